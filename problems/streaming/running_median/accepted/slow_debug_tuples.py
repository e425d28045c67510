import heapq


def running_median(stream):
    # Not a generator: collects every median, prints a trace line per number, returns a tuple.
    # Two heaps as in the reference, rebalanced with while loops and read through helpers.
    lower = []  # negated values
    upper = []

    def lower_top():
        return -lower[0]

    medians = []
    for count, x in enumerate(stream, 1):
        if len(lower) == 0 or x <= lower_top():
            heapq.heappush(lower, -x)
        else:
            heapq.heappush(upper, x)
        while len(lower) > len(upper) + 1:
            heapq.heappush(upper, -heapq.heappop(lower))
        while len(upper) > len(lower):
            heapq.heappush(lower, -heapq.heappop(upper))
        median = float(lower_top()) if count % 2 == 1 else (lower_top() + upper[0]) / 2
        medians.append(median)
        print(f"[debug] #{count} x={x} median={median}")
    return tuple(medians)
