from collections import deque


class MovingAverage:
    """Updates the average itself instead of a sum."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.window = deque()
        self.avg = 0.0

    def next(self, val: int) -> float:
        self.window.append(val)
        if len(self.window) > self.size:
            leaving = self.window.popleft()
            self.avg += (val - leaving) / self.size
        else:
            self.avg += (val - self.avg) / len(self.window)
        # repeated float updates can drift a hair below zero: clamp it away
        if self.avg < 0:
            self.avg = 0.0
        return self.avg
