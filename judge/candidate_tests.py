"""Judging the candidate's own tests, as Examplar judges examples.

Against the reference, a failing test is an invalid test: it asserts something untrue. Against each
known-buggy solution in wrong/, a failing test has caught that bug. The candidate hears how many
bugs their tests catch and which edge cases the others hide in, never the buggy code itself.
"""

from __future__ import annotations

import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from judge import strict_json
from judge.backends.native import NativeSandbox
from judge.errors import JudgeError
from judge.problem import Problem

TEST_LIMITS = {"cpu_s": 20, "wall_s": 60, "memory_mb": 512, "output_bytes": 8 << 20}
SITE = Path(pytest.__file__).resolve().parent.parent  # pytest and its dependencies, shown read-only


@dataclass
class TestOutcome:
    test: str
    outcome: str  # passed | failed | skipped | error
    message: str = ""


@dataclass
class SuiteRun:
    """The candidate's tests against one solution."""

    tests: list[TestOutcome]
    problem: str = ""  # why the suite could not run at all

    @property
    def failed(self) -> list[TestOutcome]:
        return [t for t in self.tests if t.outcome in ("failed", "error")]

    @property
    def caught(self) -> bool:
        return bool(self.failed or self.problem)


@dataclass
class TestReport:
    problem: Problem
    test_file: Path
    against_reference: SuiteRun
    against_wrong: dict[str, SuiteRun] = field(default_factory=dict)  # empty while the tests are invalid

    @property
    def valid(self) -> bool:
        run = self.against_reference
        return not run.problem and not run.failed and any(t.outcome == "passed" for t in run.tests)

    @property
    def caught(self) -> int:
        return sum(run.caught for run in self.against_wrong.values())

    @property
    def uncaught_tags(self) -> list[str]:
        missed = {w.misses for w in self.problem.wrong if not self.against_wrong[w.name].caught}
        return [tag for tag in self.problem.edges if tag in missed]


def _run_suite(problem: Problem, solution: Path, test_file: Path) -> SuiteRun:
    interface = {"kind": "tests", "name": problem.interface.name, "types": {}}
    name = test_file.name if test_file.name not in ("solution.py", "runner.py") else "test_solution.py"
    sandbox = NativeSandbox(solution, interface, TEST_LIMITS, {name: test_file, "site": SITE})
    try:
        if not sandbox.start().ok:
            return SuiteRun([], "the solution did not load")
        request = {"test_file": sandbox.inside(name), "site": sandbox.inside("site")}
        run = sandbox.run(json.dumps(request), TEST_LIMITS, time.monotonic() + TEST_LIMITS["wall_s"] + 5)
    finally:
        sandbox.close()
    if run.status != "ok":
        error = (run.error or {}).get("type") or run.signal or run.status
        return SuiteRun([], f"the test run ended with {error}")
    try:
        result = strict_json.loads(run.payload)
        tests = [TestOutcome(t["test"], t["outcome"], t.get("message", "")) for t in result["tests"]]
    except (ValueError, KeyError, TypeError):
        return SuiteRun([], "the test run reported nothing readable")
    return SuiteRun(tests)


def judge_tests(problem: Problem, test_file: Path) -> TestReport:
    if not test_file.is_file():
        raise JudgeError(f"no test file {str(test_file)!r}; `judge start {problem.id}` writes one")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:  # one sandbox per solution
        reference = pool.submit(_run_suite, problem, problem.reference_path, test_file)
        against = {wrong.name: pool.submit(_run_suite, problem, wrong.path, test_file) for wrong in problem.wrong}
        report = TestReport(problem, test_file, reference.result())
        if not report.valid:  # what an invalid file catches means nothing: the bugs not yet begun are not run
            pool.shutdown(cancel_futures=True)
            return report
        report.against_wrong = {name: future.result() for name, future in against.items()}
    return report
