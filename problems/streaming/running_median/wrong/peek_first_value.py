import heapq


def running_median(stream):
    # Seeds the lower heap with the first value before the loop, assuming there is one.
    first = next(stream)
    low, high = [-first], []
    yield float(first)
    for x in stream:
        if x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        yield float(-low[0]) if len(low) > len(high) else (-low[0] + high[0]) / 2
