"""Time limits with a margin: the perf cases (the generated ones) make a performance-wrong solution
TLE by far, and every accepted solution passes by far. Within the margin a verdict could flip on a
busier or faster machine, so that is a warning that prints the times."""

from __future__ import annotations

from judge.engine import CaseResult
from judge.validate.model import Check, ok, warn
from judge.validate.solutions import Judged
from judge.verdicts import Verdict

MARGIN = 2.0
KILLED = ("signal", "timeout")


def _cpu_s(result: CaseResult) -> float:
    return result.run.cpu_ms / 1000 if result.run else 0.0


def _share(result: CaseResult) -> float:
    """How much of its own limit a case used: perf cases have calibrated limits of their own."""
    return _cpu_s(result) / result.limit_s


def _accepted(item: Judged) -> Check:
    timed = [result for result in item.report.results if result.run]
    if not timed:
        return ok(f"{item.label} time", "no case ran")
    slowest = max(timed, key=_share)
    detail = f"slowest {slowest.case.name}: {_cpu_s(slowest):.2f} s of CPU, limit {slowest.limit_s:g} s"
    if _share(slowest) > 1 / MARGIN:
        return warn(f"{item.label} time", f"{detail}: within the {MARGIN:g}x margin, it could TLE elsewhere")
    return ok(f"{item.label} time", detail)


def _killed(result: CaseResult) -> bool:
    return result.verdict is Verdict.NOT_RUN or (result.run is not None and result.run.status in KILLED)


def _performance_wrong(item: Judged, perf: set[str]) -> Check:
    results = [result for result in item.report.results if result.case.name in perf]
    slowest = max(results, key=lambda result: (_killed(result), _share(result)))
    name = f"{item.label} TLE"
    if _killed(slowest):
        return ok(name, f"{slowest.case.name}: stopped at its {slowest.limit_s:g} s limit")
    detail = f"slowest {slowest.case.name}: {_cpu_s(slowest):.2f} s of CPU, limit {slowest.limit_s:g} s"
    if _share(slowest) < MARGIN:
        return warn(
            name, f"{detail}: within the {MARGIN:g}x margin, it could pass elsewhere; make the perf cases larger"
        )
    return ok(name, detail)


def check(item: Judged, perf: set[str]) -> list[Check]:
    """The margin of one judged solution: accepted ones all, wrong ones when TLE on the perf cases."""
    if not perf:
        return []
    if item.wrong is None:
        return [_accepted(item)] if item.report.verdict is Verdict.AC else []
    on_perf = [result for result in item.report.results if result.case.name in perf]
    if any(result.verdict in (Verdict.TLE, Verdict.NOT_RUN) for result in on_perf):
        return [_performance_wrong(item, perf)]
    return []


def limit_shown(checks: list[Check], perf: set[str]) -> Check:
    """Whether any wrong solution proved the limit tight: without one, a slow solution could pass."""
    if not perf:
        return ok("time limits", "no generated (perf) cases")
    if any(check.name.endswith(" TLE") for check in checks):
        return ok("time limits", "a slow wrong solution is TLE on the perf cases")
    return warn("time limits", "no wrong solution is TLE on the perf cases: nothing shows the limit is tight")
