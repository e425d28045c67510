import heapq


def running_median(stream):
    # The lower half is a max-heap of negated values, read back with abs() instead of a minus.
    low, high = [], []
    for x in stream:
        if not low or x <= abs(low[0]):
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, abs(heapq.heappop(low)))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        yield float(abs(low[0])) if len(low) > len(high) else (abs(low[0]) + high[0]) / 2
