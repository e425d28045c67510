"""Timing holds on a busy machine: with every other core kept busy by a CPU hog, each anchor's
quadratic solution is TLE or flagged quadratic, and its reference and accepted solutions are AC,
in 5 runs of 5."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from judge.bank import resolve
from judge.engine import judge
from judge.verdicts import Verdict

ANCHORS = ["count_subarrays", "top_k_stream", "is_valid_bst", "sessionize"]
RUNS = 5


@pytest.fixture
def cpu_hog():
    """One spinning process per core but one, so the judge shares the machine as on a busy laptop."""
    hogs = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(max(1, (os.cpu_count() or 2) - 1))
    ]
    yield
    for hog in hogs:
        hog.kill()
        hog.wait()


@pytest.mark.slow
@pytest.mark.parametrize("problem_id", ANCHORS)
def test_verdicts_hold_under_load(problem_id, cpu_hog, requires_bwrap):
    problem = resolve(problem_id)
    quadratic = [wrong for wrong in problem.wrong if wrong.complexity == "O(n^2)"]
    assert quadratic, "every anchor has a quadratic wrong solution"
    correct = [problem.reference_path, *problem.accepted_paths]
    outcomes = []
    for _ in range(RUNS):
        for path in correct:
            report = judge(problem, path, "x", search_budget_s=None, growth_budget_s=None)
            outcomes.append((path.name, report.verdict is Verdict.AC, report.verdict.value))
        for wrong in quadratic:
            report = judge(problem, wrong.path, "x", search_budget_s=None)
            flagged = report.complexity is not None and report.complexity.growth_class == "O(n^2)"
            caught = report.verdict is Verdict.TLE or flagged
            outcomes.append((wrong.name, caught, report.verdict.value, report.complexity and report.complexity.message))
    failures = [outcome for outcome in outcomes if not outcome[1]]
    assert failures == [], failures
