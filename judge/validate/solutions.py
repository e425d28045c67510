"""The known solutions, each judged once in the sandbox: accepted ones pass, each wrong one fails and
misses exactly the tag it is declared to miss. The timing checks read the same reports."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from judge.engine import RunReport, judge
from judge.problem import Problem, WrongSolution
from judge.validate.model import Check, error, ok
from judge.verdicts import Verdict


@dataclass
class Judged:
    label: str  # "reference", "accepted/NAME.py", "wrong/NAME.py"
    report: RunReport
    wrong: WrongSolution | None = None


def judge_each(problem: Problem) -> Iterator[Judged]:
    """One solution at a time, so that only one report (large answers and all) is held at once.
    No property search: validation must be deterministic, and the fixed cases decide it."""
    known = [("reference", problem.reference_path, None)]
    known += [(f"accepted/{path.name}", path, None) for path in problem.accepted_paths]
    known += [(f"wrong/{wrong.path.name}", wrong.path, wrong) for wrong in problem.wrong]
    for label, path, wrong in known:
        yield Judged(label, judge(problem, path, label, "native", search_budget_s=None, growth_budget_s=None), wrong)


def _first_failure(report: RunReport) -> str:
    if report.load_error:
        return f"{report.verdict.value}: {report.load_error}"
    first = report.first_failure
    return f"{first.verdict.value} on {first.case.name}: {first.message}" if first else report.verdict.value


def _accepted(item: Judged) -> Check:
    report = item.report
    if report.verdict is Verdict.AC:
        return ok(f"{item.label} is AC", f"{report.passed}/{len(report.results)} cases")
    return error(f"{item.label} is AC", f"{report.verdict.value}: {_first_failure(report)}")


def _wrong(item: Judged) -> Check:
    report, tag = item.report, item.wrong.misses
    name = f"{item.label} misses {tag}"
    if report.verdict is Verdict.AC:
        return error(name, "it is AC: no case catches this bug; add a hidden case tagged " + tag)
    missed = [edge.tag for edge in report.edges if edge.status == "missed"]
    if tag not in missed:
        return error(name, f"it fails ({_first_failure(report)}) but misses {missed or 'no tag'}, not {tag}")
    others = [other for other in missed if other != tag]
    if others:
        return error(name, f"it also misses {others}: one misconception per wrong solution")
    return ok(name, _first_failure(report))


def check(item: Judged) -> Check:
    return _wrong(item) if item.wrong else _accepted(item)
