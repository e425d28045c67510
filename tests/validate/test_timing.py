"""Time limits with a 2x margin: inside it a verdict could flip on another machine, so it warns with
the times. The reports are built from CPU times (as the sandbox reports them) so the margins are exact."""

from __future__ import annotations

from judge.backends.base import CaseRun, Isolation
from judge.cases import load_cases
from judge.engine import CaseResult, RunReport
from judge.problem import load_problem
from judge.validate.solutions import Judged
from judge.validate.timing import check, limit_shown
from judge.verdicts import Verdict
from tests.conftest import ADD_NUMBERS

PROBLEM = load_problem(ADD_NUMBERS)  # limit 1 s; its one generated case is generated_pair
PERF = {"generated_pair"}
LIMIT_S = PROBLEM.limits.time_s  # each case carries the limit it was held to; here the floor for all


def judged(label: str, perf_run: CaseRun, verdict: Verdict, wrong: bool = False) -> Judged:
    results = [
        CaseResult(case, verdict, run=perf_run, limit_s=LIMIT_S)
        if case.name in PERF
        else CaseResult(case, Verdict.AC, run=CaseRun("ok"), limit_s=LIMIT_S)
        for case in load_cases(PROBLEM)
    ]
    report = RunReport(PROBLEM, ADD_NUMBERS, label, Isolation("native", "full"), verdict, results, [], 1.0)
    return Judged(label, report, PROBLEM.wrong[0] if wrong else None)


def checks_of(*items: Judged) -> list:
    checks = [row for item in items for row in check(item, PERF)]
    return [*checks, limit_shown(checks, PERF)]


def test_clear_margins_are_ok():
    checks = checks_of(
        judged("reference", CaseRun("ok", cpu_ms=120), Verdict.AC),
        judged("wrong/slow.py", CaseRun("signal", signal="SIGXCPU", cpu_ms=1010), Verdict.TLE, wrong=True),
        judged("wrong/slower.py", CaseRun("ok", cpu_ms=2500), Verdict.TLE, wrong=True),
        judged("wrong/wrong_answer.py", CaseRun("ok", cpu_ms=5), Verdict.WA, wrong=True),
    )
    assert [(c.name, c.result) for c in checks] == [
        ("reference time", "ok"),
        ("wrong/slow.py TLE", "ok"),
        ("wrong/slower.py TLE", "ok"),
        ("time limits", "ok"),
    ]
    assert checks[1].detail == "generated_pair: stopped at its 1 s limit"


def test_verdicts_within_the_margin_warn_with_the_times():
    checks = checks_of(
        judged("reference", CaseRun("ok", cpu_ms=700), Verdict.AC),
        judged("wrong/almost.py", CaseRun("ok", cpu_ms=1300), Verdict.TLE, wrong=True),
    )
    assert [(c.result, c.detail) for c in checks[:2]] == [
        ("warn", "slowest generated_pair: 0.70 s of CPU, limit 1 s: within the 2x margin, it could TLE elsewhere"),
        (
            "warn",
            "slowest generated_pair: 1.30 s of CPU, limit 1 s: within the 2x margin, it could pass elsewhere; "
            "make the perf cases larger",
        ),
    ]


def test_no_slow_wrong_solution_leaves_the_limit_unproven():
    checks = checks_of(judged("reference", CaseRun("ok", cpu_ms=10), Verdict.AC))
    assert checks[-1].result == "warn"
    assert "nothing shows the limit is tight" in checks[-1].detail


def test_a_perf_case_is_held_to_its_own_calibrated_limit():
    """1.2 s of CPU is past the floor (1 s) but well inside the 5 s the reference's time gave the case."""
    item = judged("reference", CaseRun("ok", cpu_ms=1200), Verdict.AC)
    next(result for result in item.report.results if result.case.name in PERF).limit_s = 5.0
    (row,) = check(item, PERF)
    assert (row.result, row.detail) == ("ok", "slowest generated_pair: 1.20 s of CPU, limit 5 s")
