"""Calibrated limits: the reference, timed in the same kind of sandbox on this machine, sets them.

A perf case's CPU limit is max(floor, multiplier x the reference's CPU time on it), so a slow laptop
gets a longer limit and a constant factor never costs a correct solution its AC. The reference's
profile (perf-case times, its growth points, its memory on a long stream) is measured in a sandbox
of its own and cached per machine, keyed by the problem's content, the Python version and the
sandbox, since all three change the numbers. The growth points, the costliest part, are measured
only once a run asks for a growth estimate (validation and grading do not), then added to the entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from judge import growth, stream_memory
from judge.backends.base import Isolation
from judge.backends.select import open_sandbox
from judge.cases import Case, content_hash
from judge.errors import ProblemError
from judge.paths import cache_dir
from judge.problem import Limits, Problem

REPEATS = 2  # the least of two runs: a busy moment inflates one, rarely both
REFERENCE_CPU_S = 30.0  # the reference is trusted to finish; this only stops a broken one
GROWTH_BUDGET_S = 10.0  # more than a candidate gets: the reference's points serve every later run


@dataclass
class ReferenceProfile:
    perf_cpu_ms: dict[str, float] = field(default_factory=dict)
    growth_points: list[tuple[int, float]] | None = field(default_factory=list)  # None: not yet measured
    stream_kb: tuple[int, int] | None = None  # peak RSS at the short and the long stream
    problem_note: str = ""  # why part of the profile is missing: the problem's fault, not the candidate's
    cached: bool = False

    @property
    def growth_fit(self) -> growth.Fit | None:
        return growth.fit(self.growth_points or [])

    @property
    def stream(self) -> stream_memory.StreamPeaks | None:
        return stream_memory.StreamPeaks(*self.stream_kb) if self.stream_kb else None


def case_limits(problem: Problem, case: Case, profile: ReferenceProfile) -> Limits:
    floor = problem.limits
    reference_ms = profile.perf_cpu_ms.get(case.name) if case.perf else None
    if reference_ms is None:
        return floor
    return replace(floor, time_s=round(max(floor.time_s, floor.time_multiplier * reference_ms / 1000), 3))


def _cache_path(problem: Problem, isolation: Isolation) -> Path:
    key = f"{content_hash(problem)}:{sys.version}:{isolation.backend}:{isolation.level}"
    return cache_dir() / "timing" / f"{problem.id}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.json"


def _read(path: Path) -> ReferenceProfile | None:
    try:
        data = json.loads(path.read_text())
        return ReferenceProfile(
            perf_cpu_ms=dict(data["perf_cpu_ms"]),
            growth_points=None if data["growth_points"] is None else [tuple(p) for p in data["growth_points"]],
            stream_kb=tuple(data["stream_kb"]) if data["stream_kb"] else None,
            problem_note=data["problem_note"],
            cached=True,
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write(path: Path, profile: ReferenceProfile) -> None:
    data = asdict(profile)
    del data["cached"]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False) as handle:
            json.dump(data, handle)
        os.replace(handle.name, path)
    except OSError:
        pass  # a read-only cache only costs the next run the same measurement


def _measure(problem: Problem, backend: str, cases: list[Case], grow: bool, known: ReferenceProfile | None):
    """Measure what `known` (a cached profile) lacks: everything, or only the growth points."""
    limits = replace(problem.limits, time_s=REFERENCE_CPU_S)
    extras = {"stream.py": problem.stream_path} if problem.memory else None
    sandbox = open_sandbox(backend, problem.reference_path, problem.interface.to_wire(), limits.to_wire(), extras)
    profile = ReferenceProfile(growth_points=None) if known is None else replace(known, cached=False)
    try:
        if not sandbox.start().ok:
            profile.problem_note = "the reference did not load in the sandbox"
            return profile
        for case in (case for case in cases if case.perf and known is None):
            times = []
            for _ in range(REPEATS):
                run = sandbox.run(case.input_json, limits.to_wire(), time.monotonic() + limits.wall_s + 5)
                if run.status != "ok":
                    profile.problem_note = f"the reference failed on {case.name} ({run.status})"
                    return profile
                times.append(run.cpu_ms)
            profile.perf_cpu_ms[case.name] = min(times)
        if problem.complexity and grow:
            inputs = growth.growth_inputs(problem)
            measured = growth.measure(sandbox, inputs, problem.limits, GROWTH_BUDGET_S, growth.REFERENCE_REPEATS)
            profile.growth_points = measured.points
        if problem.memory and known is None:
            peaks, why = stream_memory.measure(problem, sandbox, problem.limits)
            if peaks is None:
                profile.problem_note = f"the reference's memory was not measured: {why}"
            else:
                profile.stream_kb = (peaks.short_kb, peaks.long_kb)
    except ProblemError as exc:
        profile.problem_note = str(exc)
    finally:
        sandbox.close()
    return profile


def reference_profile(
    problem: Problem, backend: str, isolation: Isolation, cases: list[Case], grow: bool = True
) -> ReferenceProfile:
    """The reference's numbers on this machine and sandbox: from the cache, else measured now; the
    growth points only if `grow`."""
    if not any(case.perf for case in cases) and not problem.complexity and not problem.memory:
        return ReferenceProfile()
    path = _cache_path(problem, isolation)
    profile = _read(path)
    lacks_growth = grow and problem.complexity and profile is not None and profile.growth_points is None
    if profile is None or lacks_growth:
        profile = _measure(problem, backend, cases, grow, profile)
        if not profile.problem_note:
            _write(path, profile)
    return profile


class LazyProfile:
    """The reference's profile, measured the first time a verdict depends on it: a run that fails
    every small case (the untouched starter, say) never waits for the reference to be timed."""

    def __init__(self, problem: Problem, backend: str, isolation: Isolation, cases: list[Case], grow: bool) -> None:
        self._args = (problem, backend, isolation, cases, grow)
        self._profile: ReferenceProfile | None = None
        self.seconds = 0.0  # spent measuring: the judge's cost, kept out of the candidate's budget

    def get(self) -> ReferenceProfile:
        if self._profile is None:
            started = time.monotonic()
            self._profile = reference_profile(*self._args)
            self.seconds = time.monotonic() - started
        return self._profile

    @property
    def so_far(self) -> ReferenceProfile:
        """What was measured, without measuring: empty if no verdict needed it."""
        return self._profile or ReferenceProfile()
