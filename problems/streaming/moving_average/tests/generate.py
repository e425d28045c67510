"""Seeded generators for the large moving_average cases, and the property search's strategy and predicates."""
import random

from hypothesis import strategies as st


def _case(size: int, values: list[int]) -> dict:
    return {"ops": ["MovingAverage", *(["next"] * len(values))], "args": [[size], *([v] for v in values)]}


def large_idle_then_active(seed: int, calls: int = 200_000, size: int = 10_000) -> dict:
    """A stream of zeros, then `size` positive values at the very end.

    The window is full (of zeros) before any non-zero value arrives, and only
    zeros ever leave it, and no average is negative: the case measures speed only.
    A solution that sums the whole window on every call still does size additions
    per call.
    """
    rng = random.Random(seed)
    size = min(size, calls)
    values = [0] * (calls - size) + [rng.randint(1, 100_000) for _ in range(size)]
    return _case(size, values)


def large_random(seed: int, calls: int = 200_000, size: int = 10_000, lo: int = -100_000,
                 hi: int = 100_000) -> dict:
    """Uniform values in [lo, hi]: the window fills, then slides for the rest of the stream."""
    rng = random.Random(seed)
    return _case(size, [rng.randint(lo, hi) for _ in range(calls)])


GENERATORS = {"large_idle_then_active": large_idle_then_active, "large_random": large_random}


# The property search: windows of 1 to 4 over a dozen small values (zeros and negatives common).
STRATEGY = st.builds(
    _case,
    st.integers(1, 4),
    st.lists(st.integers(-3, 3), max_size=12),
)


def _tags(case: dict) -> set[str]:
    """The edge cases a stream exhibits, replayed call by call with exact integer sums."""
    size = case["args"][0][0]
    values = [args[0] for args in case["args"][1:]]
    tags = set()
    if size == 1 and values:
        tags.add("size_one")
    total = 0
    for n, val in enumerate(values, 1):
        total += val
        if n > size:
            leaving = values[n - 1 - size]
            total -= leaving
            if leaving != 0:
                tags.add("window_slides")  # a value that matters leaves the window
        elif n < size and total != 0:
            tags.add("window_not_full")  # the partial average differs from a zero-padded one
        if total < 0:
            tags.add("negatives")  # this window's average is below zero
    if len(values) >= 100_000 and size >= 1_000:
        tags.add("large_stream")
    return tags


PREDICATES = {
    tag: (lambda case, tag=tag: tag in _tags(case))
    for tag in ("window_not_full", "size_one", "negatives", "window_slides", "large_stream")
}


def _no_negatives(case: dict) -> dict:
    """Every value made non-negative."""
    return _case(case["args"][0][0], [abs(args[0]) for args in case["args"][1:]])


def _zero_leaving_values(case: dict) -> dict:
    """Every value that ever leaves the window set to 0, so the window only slides over zeros."""
    size = case["args"][0][0]
    values = [args[0] for args in case["args"][1:]]
    leaving = max(0, len(values) - size)
    return _case(size, [0] * leaving + values[leaving:])


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {"negatives": _no_negatives, "window_slides": _zero_leaving_values}
