import heapq


def running_median(stream):
    # A set guards the heaps "to avoid storing the same value twice": repeats do not count.
    seen = set()
    low, high = [], []
    for x in stream:
        if x not in seen:
            seen.add(x)
            if not low or x <= -low[0]:
                heapq.heappush(low, -x)
            else:
                heapq.heappush(high, x)
            if len(low) > len(high) + 1:
                heapq.heappush(high, -heapq.heappop(low))
            elif len(high) > len(low):
                heapq.heappush(low, -heapq.heappop(high))
        yield float(-low[0]) if len(low) > len(high) else (-low[0] + high[0]) / 2
