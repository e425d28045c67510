class MovingAverage:
    """Keeps every value in a list with a pointer to the window's first one,
    and a running sum. Prints a trace line on every call; returns an int when
    the average is a whole number."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.history = []
        self.start = 0
        self.total = 0
        print(f"init size={size}")

    def next(self, val: int):
        self.history.append(val)
        self.total = self.total + val
        while len(self.history) - self.start > self.size:
            self.total = self.total - self.history[self.start]
            self.start = self.start + 1
        count = len(self.history) - self.start
        if self.total % count == 0:
            answer = self.total // count
        else:
            answer = self.total / count
        print(f"next({val}): window of {count}")
        return answer
