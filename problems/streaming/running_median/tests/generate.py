"""Seeded generators for the large running_median cases, and the property-search strategy."""

import heapq
import random

from hypothesis import strategies as st

LIMIT = 10**9


def large_distinct_even(seed: int, n: int = 200_000) -> dict:
    """Distinct, even, non-negative numbers in random order, the second above the first: every
    median is a whole number and nothing else is tricky. Only the size is hard."""
    rng = random.Random(seed)
    values = [2 * v for v in rng.sample(range(LIMIT // 2 + 1), n)]
    if n >= 2 and values[1] < values[0]:
        values[0], values[1] = values[1], values[0]
    return {"args": {"stream": values}}


def large_small_range(seed: int, n: int = 200_000, spread: int = 1_000) -> dict:
    """Values in [-spread, spread]: heavy duplication, negatives, medians ending in .5."""
    rng = random.Random(seed)
    width = 2 * spread + 1
    return {"args": {"stream": [rng.randrange(width) - spread for _ in range(n)]}}


def large_descending(seed: int, n: int = 200_000) -> dict:
    """Distinct values strictly decreasing from near 10^9 to near -10^9."""
    rng = random.Random(seed)
    values = rng.sample(range(-LIMIT, LIMIT + 1), n)
    values.sort(reverse=True)
    return {"args": {"stream": values}}


GENERATORS = {
    "large_distinct_even": large_distinct_even,
    "large_small_range": large_small_range,
    "large_descending": large_descending,
}


# The property search: a dozen small numbers of both signs, so repeats, negative and half medians
# and a second value below the first are all common.
STRATEGY = st.builds(
    lambda values: {"args": {"stream": values}},
    st.lists(st.integers(-6, 6), max_size=12),
)


def _middle_sums(values: list[int]):
    """For each even-length prefix, the sum of its two middle numbers (two heaps, O(n log n))."""
    low: list[int] = []
    high: list[int] = []
    for x in values:
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) == len(high):
            yield -low[0] + high[0]


def _stream(case: dict) -> list[int]:
    return case["args"]["stream"]


PREDICATES = {
    "empty_stream": lambda case: len(_stream(case)) == 0,
    "single_value": lambda case: len(_stream(case)) == 1,
    "even_count": lambda case: any(total % 2 for total in _middle_sums(_stream(case))),
    "duplicates": lambda case: len(set(_stream(case))) < len(_stream(case)),
    "negatives": lambda case: any(x < 0 for x in _stream(case)),
    "descending_input": lambda case: len(_stream(case)) >= 2 and _stream(case)[1] < _stream(case)[0],
    "large_stream": lambda case: len(_stream(case)) >= 100_000,
}


def _shift_non_negative(case: dict) -> dict:
    """Every value moved up by the same amount so the smallest is 0: order, repeats, the first
    step and the parity of every middle sum stay as they were."""
    values = _stream(case)
    low = min(values, default=0)
    shift = -low if low < 0 else 0
    return {"args": {"stream": [x + shift for x in values]}}


def _doubled(case: dict) -> dict:
    """Every value doubled: every middle sum becomes even, nothing else changes."""
    return {"args": {"stream": [2 * x for x in _stream(case)]}}


def _first_two_ascending(case: dict) -> dict:
    """The first two values swapped into ascending order: every prefix of two or more values
    holds the same numbers as before."""
    values = list(_stream(case))
    if len(values) >= 2 and values[1] < values[0]:
        values[0], values[1] = values[1], values[0]
    return {"args": {"stream": values}}


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {
    "negatives": _shift_non_negative,
    "even_count": _doubled,
    "descending_input": _first_two_ascending,
}
