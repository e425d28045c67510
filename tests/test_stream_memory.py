"""The streaming memory check: a solution that keeps the stream is flagged, one that keeps counts is not."""

from __future__ import annotations

import pytest

from judge import stream_memory
from judge.backends.select import open_sandbox
from judge.bank import resolve
from judge.stream_memory import StreamPeaks, judge_memory

MB = 1024


def peaks_of(problem, relative: str) -> StreamPeaks:
    sandbox = open_sandbox(
        "native",
        problem.root / relative,
        problem.interface.to_wire(),
        problem.limits.to_wire(),
        {"stream.py": problem.stream_path},
    )
    try:
        assert sandbox.start().ok
        peaks, why = stream_memory.measure(problem, sandbox, problem.limits)
    finally:
        sandbox.close()
    assert peaks is not None, why
    return peaks


@pytest.mark.slow
def test_keeping_the_stream_is_flagged_against_the_reference(requires_bwrap):
    problem = resolve("top_k_stream")
    reference = peaks_of(problem, "reference.py")
    kept = judge_memory(problem, peaks_of(problem, "wrong/recount_stream.py"), "", reference)
    counted = judge_memory(problem, peaks_of(problem, "accepted/count_buckets.py"), "", reference)
    assert kept.status == "flagged", kept.message
    assert kept.growth_kb > reference.growth_kb + stream_memory.SLACK_KB
    assert "memory grows with the stream" in kept.message
    assert counted.status == "ok", counted.message


def test_the_verdict_on_peaks():
    problem = resolve("top_k_stream")
    reference = StreamPeaks(20 * MB, 21 * MB)
    assert judge_memory(problem, StreamPeaks(20 * MB, 60 * MB), "", reference).status == "flagged"
    assert judge_memory(problem, StreamPeaks(30 * MB, 32 * MB), "", reference).status == "ok"
    missing = judge_memory(problem, None, "a stream of 400,000 items did not finish (MemoryError)", reference)
    assert missing.status == "not_measured" and "MemoryError" in missing.message
