import heapq
from collections.abc import Iterator


def running_median(stream: Iterator[int]) -> Iterator[float]:
    """Two heaps: `low` is a max-heap (stored negated) of the smaller half, `high` a min-heap of
    the larger half. Invariant: every value in low <= every value in high, and
    len(low) == len(high) or len(low) == len(high) + 1, so the median is low's top (odd count)
    or the mean of both tops (even count). O(log n) per number, O(n) memory.
    """
    low: list[int] = []  # negated values: -low[0] is the largest of the smaller half
    high: list[int] = []
    for x in stream:
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            yield float(-low[0])
        else:
            yield (-low[0] + high[0]) / 2
