"""Running every group of checks on one problem folder, cheapest first. A folder that does not load,
or still has author markers, stops after those checks: the rest would only repeat them."""

from __future__ import annotations

from pathlib import Path

from judge.cases import Case, case_entries, load_cases
from judge.engine import RunReport
from judge.errors import ProblemError
from judge.problem import Problem
from judge.validate import cases, checker, files, samples, search, solutions, starter, tags, timing
from judge.validate.model import Check, Judgement, Validation, error, warn

HOST_GROUPS = (starter.check, tags.check, cases.check, search.check, checker.check)


def _host_checks(problem: Problem, loaded: list[Case]) -> list[Check]:
    checks = [samples.check(problem, loaded)]
    for group in HOST_GROUPS:
        try:
            checks += group(problem, loaded)
        except ProblemError as exc:  # the problem's own code failed to load or run
            checks.append(error(group.__module__.rsplit(".", 1)[-1], str(exc)))
    return checks


def validate(root: Path) -> Validation:
    root = root.resolve()
    problem, checks = files.load(root)
    if problem is None or any(check.result == "error" for check in checks):
        return Validation(root, [*checks, warn("other checks", "not run until the errors above are fixed")])
    try:
        loaded = load_cases(problem)
    except ProblemError as exc:
        return Validation(root, [*checks, error("cases load", str(exc))])
    entries = case_entries(problem)
    again = cases.regeneration(problem, entries)  # a fresh interpreter generates while the sandbox judges
    checks += _host_checks(problem, loaded)
    perf = cases.generated_names(entries)
    judged_checks: list[Check] = []
    timings: list[Check] = []
    judgements = {}
    for judged in solutions.judge_each(problem):
        judged_checks.append(solutions.check(judged))
        timings += timing.check(judged, perf)
        judgements[judged.label] = judgement(judged.report)
    checks.append(cases.reproducible(loaded, entries, again))
    return Validation(root, [*checks, *judged_checks, *timings, timing.limit_shown(timings, perf)], judgements)


def judgement(report: RunReport) -> Judgement:
    return Judgement(report.verdict.value, {r.case.name: r.verdict.value for r in report.results})
