import heapq


def running_median(stream):
    # While a heap is empty, the value simply goes there: the second value lands in the upper
    # half without being compared with the first.
    low, high = [], []
    for x in stream:
        if not low:
            heapq.heappush(low, -x)
        elif not high:
            heapq.heappush(high, x)
        elif x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        yield float(-low[0]) if len(low) > len(high) else (-low[0] + high[0]) / 2
