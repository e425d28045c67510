class MovingAverage:
    def __init__(self, size: int) -> None:
        self.size = size
        self.count = 0
        self.total = 0

    def next(self, val: int) -> float:
        self.count += 1
        self.total += val
        return self.total / min(self.count, self.size)
