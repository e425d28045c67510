class MovingAverage:
    """A preallocated ring buffer of `size` slots, a write index, and a count
    of how many slots hold real values. The slot about to be overwritten holds
    the value that leaves the window."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.slots = [0] * size
        self.pos = 0
        self.count = 0
        self.total = 0

    def next(self, val: int) -> float:
        if self.count == self.size:
            self.total -= self.slots[self.pos]  # the oldest value leaves
        else:
            self.count += 1
        self.slots[self.pos] = val
        self.total += val
        self.pos += 1
        if self.pos == self.size:
            self.pos = 0
        return self.total / self.count
