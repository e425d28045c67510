import heapq


def running_median(stream):
    # Seeds one heap per half with the first two values; a stream too short to seed yields nothing.
    try:
        a = next(stream)
        b = next(stream)
    except StopIteration:
        return
    low, high = [-min(a, b)], [max(a, b)]
    yield float(a)
    yield (a + b) / 2
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
