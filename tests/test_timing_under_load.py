"""Timing holds on a busy machine: with every other core kept busy by a CPU hog, each anchor's
quadratic solution is TLE or flagged quadratic, and its reference and accepted solutions are AC,
in 5 runs of 5. The reference's profile is measured before, beside the other workers, and the hog
runs only while solutions are judged.

Only the perf cases' verdicts can move with the load: every other case runs in milliseconds against
a limit of seconds. So each solution is judged in full once, and its perf cases alone, under the
limits a full run holds them to, in the other four runs: as many timed samples under load as five
full runs take, for a fifth of the rest. A quadratic run is caught at its first TLE (a run is TLE as
soon as one case is); only if none comes is it judged in full, growth and all.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from judge.backends.select import open_sandbox
from judge.bank import resolve
from judge.calibration import case_limits, reference_profile
from judge.cases import load_cases
from judge.engine import classify, judge
from judge.problem import Problem
from judge.trusted import load_module
from judge.verdicts import Verdict

ANCHORS = ["count_subarrays", "top_k_stream", "is_valid_bst", "sessionize"]
RUNS = 5


@contextlib.contextmanager
def cpu_hog() -> Iterator[None]:
    """One spinning process per core but one, so the judge shares the machine as on a busy laptop."""
    hogs = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(max(1, (os.cpu_count() or 2) - 1))
    ]
    try:
        yield
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


def measure_reference(problem: Problem) -> None:
    """The reference's profile, which the limits under load come from: complete, and cached."""
    cases = load_cases(problem)
    sandbox = open_sandbox("native", problem.reference_path, problem.interface.to_wire(), problem.limits.to_wire())
    profile = reference_profile(problem, "native", sandbox.isolation, cases, grow=True)
    assert profile.problem_note == ""
    assert set(profile.perf_cpu_ms) == {case.name for case in cases if case.perf}
    assert profile.growth_points


@pytest.mark.slow
@pytest.mark.before_exclusive
@pytest.mark.parametrize("problem_id", ANCHORS)
def test_the_reference_is_measured_before_the_load(problem_id, requires_bwrap):
    """Measuring the reference judges no solution, so it runs beside the other workers, just before
    the exclusive tests (tests/exclusive.py orders them). The load test measures it again only if the
    schedule ran it first, and reads the cache otherwise."""
    measure_reference(resolve(problem_id))


def perf_verdicts(problem: Problem, solution, stop_at_tle: bool) -> list[tuple[str, Verdict, str]]:
    """(case, verdict, message) of each perf case, judged as a full run judges it: the same sandbox,
    the limit calibrated against the reference, the host's classification."""
    cases = [case for case in load_cases(problem) if case.perf]
    checker = load_module(problem.checker_path) if problem.checker_path else None
    sandbox = open_sandbox("native", solution, problem.interface.to_wire(), problem.limits.to_wire())
    verdicts = []
    try:
        assert sandbox.start().ok
        profile = reference_profile(problem, "native", sandbox.isolation, cases)
        for case in cases:
            if not sandbox.alive:
                assert sandbox.start().ok
            limits = case_limits(problem, case, profile)
            run = sandbox.run(case.input_json, limits.to_wire(), time.monotonic() + limits.wall_s + 5)
            verdict, message, _ = classify(run, case, limits, checker)
            verdicts.append((case.name, verdict, message))
            if stop_at_tle and verdict is Verdict.TLE:
                break
    finally:
        sandbox.close()
    return verdicts


def quadratic_caught(problem: Problem, wrong) -> tuple[bool, str, str | None]:
    report = judge(problem, wrong.path, "x", search_budget_s=None)
    flagged = report.complexity is not None and report.complexity.growth_class == "O(n^2)"
    return (
        report.verdict is Verdict.TLE or flagged,
        report.verdict.value,
        report.complexity and report.complexity.message,
    )


@pytest.mark.slow
@pytest.mark.exclusive
@pytest.mark.parametrize("problem_id", ANCHORS)
def test_verdicts_hold_under_load(problem_id, requires_bwrap):
    problem = resolve(problem_id)
    measure_reference(problem)
    with cpu_hog():
        outcomes = _judged_under_load(problem)
    failures = [outcome for outcome in outcomes if not outcome[1]]
    assert failures == [], failures


def _judged_under_load(problem: Problem) -> list[tuple]:
    """(solution, whether it got what it should, what it got) of every judging, in the order they ran."""
    quadratic = [wrong for wrong in problem.wrong if wrong.complexity == "O(n^2)"]
    assert quadratic, "every anchor has a quadratic wrong solution"
    assert any(case.perf for case in load_cases(problem)), "every anchor has perf cases"
    correct = [problem.reference_path, *problem.accepted_paths]
    outcomes = []
    for path in correct:
        report = judge(problem, path, "x", search_budget_s=None, growth_budget_s=None)
        outcomes.append((path.name, report.verdict is Verdict.AC, report.verdict.value))
    for wrong in quadratic:
        outcomes.append((wrong.name, *quadratic_caught(problem, wrong)))
    for _ in range(RUNS - 1):
        for path in correct:
            failed = [(name, v.value, m) for name, v, m in perf_verdicts(problem, path, False) if v is not Verdict.AC]
            outcomes.append((path.name, not failed, failed))
        for wrong in quadratic:
            if any(verdict is Verdict.TLE for _, verdict, _ in perf_verdicts(problem, wrong.path, True)):
                outcomes.append((wrong.name, True, "TLE"))
            else:
                outcomes.append((wrong.name, *quadratic_caught(problem, wrong)))
    return outcomes
