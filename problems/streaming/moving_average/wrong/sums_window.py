from collections import deque


class MovingAverage:
    def __init__(self, size: int) -> None:
        self.window = deque(maxlen=size)  # drops the oldest value by itself

    def next(self, val: int) -> float:
        self.window.append(val)
        return sum(self.window) / len(self.window)
