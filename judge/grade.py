"""Grading a batch: every submission judged in its own sandbox, in parallel threads. A submission
that cannot be read, or that makes the judge fail, becomes a row of its own; the batch goes on."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from judge.backends.select import chosen_backend
from judge.engine import DEFAULT_BUDGET_S, RunReport, judge
from judge.errors import JudgeError
from judge.problem import Problem
from judge.verdicts import Verdict


@dataclass
class Graded:
    submission: Path
    verdict: Verdict
    passed: int
    total: int
    missed: list[str]
    seconds: float
    message: str = ""
    report: RunReport | None = None


def submissions(paths: list[Path]) -> list[Path]:
    """The files to grade: each file given, and the *.py files of each folder given, in order."""
    found = []
    for path in paths:
        if path.is_dir():
            inside = sorted(child for child in path.glob("*.py") if child.is_file())
            if not inside:
                raise JudgeError(f"{path}: a folder with no .py files to grade")
            found += inside
        else:
            found.append(path)
    return found


def _message(report: RunReport) -> str:
    if report.load_error:
        return report.load_error
    first = report.first_failure
    if first is not None:
        return f"{first.case.name}: {first.message}"
    found = report.search.counterexamples if report.search else []
    return f"property search: {found[0].outcome.message}" if found else ""


def grade_one(problem: Problem, submission: Path, budget_s: float, search_budget_s: float | None) -> Graded:
    """Never raises: an unreadable file is CE, a failure of the judge itself is IE, each with why."""
    if not submission.is_file() or not os.access(submission, os.R_OK):
        return Graded(submission, Verdict.CE, 0, 0, [], 0.0, "not a readable file")
    try:
        # The backend JUDGE_SANDBOX names (docker for a container boundary); no growth estimate, like
        # no search: the hidden cases decide a grade, and 40 estimates would double a batch.
        backend = chosen_backend(None)
        report = judge(problem, submission.resolve(), "submission", backend, budget_s, search_budget_s, None)
    except Exception as exc:
        return Graded(submission, Verdict.IE, 0, 0, [], 0.0, f"the judge failed: {type(exc).__name__}: {exc}")
    missed = [edge.tag for edge in report.edges if edge.status == "missed"]
    return Graded(
        submission,
        report.verdict,
        report.passed,
        len(report.results),
        missed,
        report.elapsed_s,
        _message(report),
        report,
    )


def grade(
    problem: Problem,
    paths: list[Path],
    jobs: int,
    budget_s: float = DEFAULT_BUDGET_S,
    search_budget_s: float | None = None,
    done: Callable[[Graded], None] = lambda graded: None,
) -> list[Graded]:
    """Rows in the order of `paths`; `done` is told of each as it finishes (a progress bar)."""
    rows: dict[int, Graded] = {}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(grade_one, problem, path, budget_s, search_budget_s): i for i, path in enumerate(paths)}
        for future in as_completed(futures):
            rows[futures[future]] = future.result()
            done(rows[futures[future]])
    return [rows[i] for i in range(len(paths))]
