import heapq


class _Half:
    """A heap wrapped in a class, ordered by key(value): heavier, same complexity."""

    def __init__(self, sign):
        self.sign = sign  # -1: a max-heap of the lower half, +1: a min-heap of the upper half
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, value):
        heapq.heappush(self.items, (self.sign * value, value))

    def pop(self):
        return heapq.heappop(self.items)[1]

    def peek(self):
        return self.items[0][1]


def running_median(stream):
    # Not a generator: collects every median, prints a trace line per number, returns a tuple.
    lower, upper = _Half(-1), _Half(1)
    medians = []
    for count, x in enumerate(stream, 1):
        if len(lower) == 0 or x <= lower.peek():
            lower.push(x)
        else:
            upper.push(x)
        while len(lower) > len(upper) + 1:
            upper.push(lower.pop())
        while len(upper) > len(lower):
            lower.push(upper.pop())
        if count % 2 == 1:
            median = lower.peek() * 1.0
        else:
            median = (lower.peek() + upper.peek()) / 2
        medians.append(median)
        print(f"[debug] #{count} x={x} halves={len(lower)}/{len(upper)} median={median}")
    return tuple(medians)
