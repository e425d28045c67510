"""Calibrated limits: held to the reference's time on this machine, cached per machine and sandbox."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from judge.backends.base import Isolation
from judge.bank import resolve
from judge.calibration import ReferenceProfile, case_limits, reference_profile
from judge.cases import load_cases
from judge.engine import judge
from judge.problem import load_problem
from judge.verdicts import Verdict
from tests.conftest import ADD_NUMBERS

NATIVE = Isolation("native", "full")


def test_a_perf_case_gets_the_multiple_of_the_reference_when_that_is_more():
    problem = load_problem(ADD_NUMBERS)  # floor 1 s, multiplier 5
    cases = {case.name: case for case in load_cases(problem)}
    profile = ReferenceProfile(perf_cpu_ms={"generated_pair": 400.0})
    assert cases["generated_pair"].perf and not cases["example_1"].perf
    assert case_limits(problem, cases["generated_pair"], profile).time_s == 2.0
    assert case_limits(problem, cases["example_1"], profile).time_s == 1.0
    slow_machine_free = ReferenceProfile(perf_cpu_ms={"generated_pair": 10.0})
    assert case_limits(problem, cases["generated_pair"], slow_machine_free).time_s == 1.0


def test_the_profile_is_cached_per_sandbox():
    problem = load_problem(ADD_NUMBERS)
    cases = load_cases(problem)
    first = reference_profile(problem, "native", Isolation("native", "unique-level-for-this-test"), cases)
    again = reference_profile(problem, "native", Isolation("native", "unique-level-for-this-test"), cases)
    assert not first.cached and again.cached
    assert again.perf_cpu_ms == first.perf_cpu_ms and set(first.perf_cpu_ms) == {"generated_pair"}
    other = reference_profile(problem, "native", Isolation("native", "another-level-for-this-test"), cases)
    assert not other.cached


def test_growth_points_are_measured_only_when_a_run_asks_for_them():
    """Validation and grading ask for no growth estimate: their profile has none, and a later run that
    asks gets the points added, the perf times kept."""
    problem = resolve("count_subarrays")
    cases = load_cases(problem)
    isolation = Isolation("native", "growth-on-demand-for-this-test")
    without = reference_profile(problem, "native", isolation, cases, grow=False)
    assert without.growth_points is None and without.growth_fit is None and without.perf_cpu_ms
    assert reference_profile(problem, "native", isolation, cases, grow=False).cached
    grown = reference_profile(problem, "native", isolation, cases, grow=True)
    assert not grown.cached and grown.perf_cpu_ms == without.perf_cpu_ms
    assert grown.growth_fit is not None
    again = reference_profile(problem, "native", isolation, cases, grow=False)
    assert again.cached and again.growth_points == grown.growth_points


@pytest.fixture
def tight_count_subarrays(tmp_path) -> Path:
    """count_subarrays with a floor far below its perf cases: the calibrated limit alone decides."""
    copy = tmp_path / "problems" / "hashmaps" / "count_subarrays"
    shutil.copytree(resolve("count_subarrays").root, copy)
    toml = copy / "problem.toml"
    toml.write_text(re.sub(r"(?m)^time_s = .*$", "time_s = 0.01", toml.read_text()))
    return copy


def three_times_slower(tmp_path: Path, problem_root: Path) -> Path:
    """The reference, doing all its work three times: a constant factor, not a worse class."""
    source = (problem_root / "reference.py").read_text().replace("def count_subarrays(", "def _once(", 1)
    path = tmp_path / "three_times.py"
    path.write_text(source + "\n\ndef count_subarrays(nums, k):\n    return [_once(nums, k) for _ in range(3)][0]\n")
    return path


@pytest.mark.slow
@pytest.mark.exclusive  # a ratio of CPU times: measured with nothing else running
def test_constant_factors_never_cause_tle_but_a_worse_class_does(tight_count_subarrays, tmp_path):
    problem = load_problem(tight_count_subarrays)
    assert "time_s = 0.01" in (tight_count_subarrays / "problem.toml").read_text()
    slow = judge(problem, three_times_slower(tmp_path, problem.root), "x", search_budget_s=None, growth_budget_s=None)
    assert slow.verdict is Verdict.AC, [(r.case.name, r.message) for r in slow.results if r.failed]
    perf = [result for result in slow.results if result.case.perf]
    assert perf and all(result.limit_s > problem.limits.time_s for result in perf)
    assert 2 < slow.timing.ratio < 5
    quadratic = judge(
        problem, problem.root / "wrong" / "quadratic_running_sum.py", "x", search_budget_s=None, growth_budget_s=None
    )
    assert quadratic.verdict is Verdict.TLE
    assert all(result.verdict is Verdict.TLE for result in quadratic.results if result.case.perf)
