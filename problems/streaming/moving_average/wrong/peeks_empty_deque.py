from collections import deque


class MovingAverage:
    """The window is the size - 1 values before this one, plus the new value."""

    def __init__(self, size: int) -> None:
        self.earlier = deque(maxlen=size - 1)
        self.earlier_sum = 0

    def next(self, val: int) -> float:
        result = (self.earlier_sum + val) / (len(self.earlier) + 1)
        if len(self.earlier) == self.earlier.maxlen:
            self.earlier_sum -= self.earlier[0]  # about to be pushed out by the append
        self.earlier.append(val)
        self.earlier_sum += val
        return result
