"""The streaming memory check: does the solution's memory grow with the length of the stream?

The problem's tests/stream.py makes the stream lazily inside the sandbox, so the input itself never
sits in memory. The solution consumes it at two lengths, each in a fresh child; the growth of the
kernel's peak RSS between the two, beside the reference's growth, tells a solution that keeps the
whole stream from one that keeps a summary.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, replace

from judge.problem import Limits, Problem

SHORT_FRACTION = 4  # the short stream is a quarter of the long one
SLACK_KB = 8 * 1024  # allocator noise and caches stay under this; a kept stream does not
STREAM_CPU_S = 10.0


@dataclass
class StreamPeaks:
    short_kb: int
    long_kb: int

    @property
    def growth_kb(self) -> int:
        return max(self.long_kb - self.short_kb, 0)


@dataclass
class MemoryCheck:
    status: str  # ok | flagged | not_measured
    message: str
    length: int
    growth_kb: int | None = None
    reference_growth_kb: int | None = None
    peak_kb: int | None = None


def _request(problem: Problem, sandbox, length: int) -> str:
    stream = {"path": sandbox.inside("stream.py"), "function": problem.memory.stream, "seed": 0, "length": length}
    return json.dumps({"$stream": stream})


def measure(problem: Problem, sandbox, limits: Limits) -> tuple[StreamPeaks | None, str]:
    """Peaks at a short and the long length, or None and why not."""
    length = problem.memory.length
    stream_limits = replace(limits, time_s=STREAM_CPU_S)
    peaks = []
    for size in (length // SHORT_FRACTION, length):
        if not sandbox.alive and not sandbox.start().ok:
            return None, "the sandbox could not be restarted"
        deadline = time.monotonic() + stream_limits.wall_s + 5
        run = sandbox.run(_request(problem, sandbox, size), stream_limits.to_wire(), deadline)
        if run.status != "ok":
            what = (run.error or {}).get("type") or run.signal or run.status
            return None, f"a stream of {size:,} items did not finish ({what})"
        peaks.append(run.peak_kb)
    return StreamPeaks(*peaks), ""


def judge_memory(problem: Problem, candidate: StreamPeaks | None, why: str, reference: StreamPeaks) -> MemoryCheck:
    length = problem.memory.length
    if candidate is None:
        return MemoryCheck("not_measured", f"memory on a long stream not measured: {why}", length)
    short = length // SHORT_FRACTION
    grew = f"{candidate.growth_kb / 1024:.1f} MB from {short:,} to {length:,} items"
    beside = f"the reference's: {reference.growth_kb / 1024:.1f} MB"
    if candidate.growth_kb > reference.growth_kb + SLACK_KB:
        message = f"memory grows with the stream: {grew} ({beside}). Keep a summary, not the stream itself."
        status = "flagged"
    else:
        message = f"memory stays flat on a long stream: {grew} ({beside})"
        status = "ok"
    return MemoryCheck(status, message, length, candidate.growth_kb, reference.growth_kb, candidate.long_kb)
