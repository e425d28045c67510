"""The timing summary of a run: total CPU, the slowest case, the ratio to the reference, memory."""

from __future__ import annotations

from dataclasses import dataclass

from judge.calibration import ReferenceProfile
from judge.problem import Problem
from judge.stream_memory import MemoryCheck


@dataclass
class TimingSummary:
    total_cpu_ms: float
    slowest_case: str | None
    slowest_cpu_ms: float
    peak_kb: int
    floor_s: float
    multiplier: float
    largest_limit_s: float
    calibrated: bool  # perf cases got limits from the reference's times on this machine
    reference_cached: bool
    perf_cpu_ms: float | None = None  # the solution's CPU on the perf cases it finished
    reference_perf_cpu_ms: float | None = None  # the reference's on the same cases
    memory: MemoryCheck | None = None

    @property
    def ratio(self) -> float | None:
        if not self.perf_cpu_ms or not self.reference_perf_cpu_ms:
            return None
        return self.perf_cpu_ms / self.reference_perf_cpu_ms


def summarize(problem: Problem, results, profile: ReferenceProfile, memory: MemoryCheck | None) -> TimingSummary:
    """`results` are the engine's CaseResults, each with the limit its case was held to."""
    ran = [result for result in results if result.run is not None]
    slowest = max(ran, key=lambda result: result.run.cpu_ms, default=None)
    finished_perf = [result for result in ran if result.run.status == "ok" and result.case.name in profile.perf_cpu_ms]
    return TimingSummary(
        total_cpu_ms=round(sum(result.run.cpu_ms for result in ran), 3),
        slowest_case=slowest.case.name if slowest else None,
        slowest_cpu_ms=slowest.run.cpu_ms if slowest else 0.0,
        peak_kb=max((result.run.peak_kb for result in ran), default=0),
        floor_s=problem.limits.time_s,
        multiplier=problem.limits.time_multiplier,
        largest_limit_s=max((result.limit_s for result in results), default=problem.limits.time_s),
        calibrated=bool(profile.perf_cpu_ms),
        reference_cached=profile.cached,
        perf_cpu_ms=sum(result.run.cpu_ms for result in finished_perf) if finished_perf else None,
        reference_perf_cpu_ms=(
            sum(profile.perf_cpu_ms[result.case.name] for result in finished_perf) if finished_perf else None
        ),
        memory=memory,
    )
