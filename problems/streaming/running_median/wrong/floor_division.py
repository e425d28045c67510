import heapq


def running_median(stream):
    # Averages the two middle numbers with integer division.
    low, high = [], []
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
            yield -low[0]
        else:
            yield (-low[0] + high[0]) // 2
