class MovingAverage:
    def __init__(self, size: int) -> None:
        self.size = size
        self.slots = [0] * size  # the window starts out as `size` zeros
        self.pos = 0
        self.total = 0

    def next(self, val: int) -> float:
        self.total += val - self.slots[self.pos]
        self.slots[self.pos] = val
        self.pos = (self.pos + 1) % self.size
        return self.total / self.size
