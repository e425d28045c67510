from collections import deque


class HitCounter:
    """Stores the seconds that had hits, with a running total."""

    def __init__(self) -> None:
        self.seconds = deque()
        self.total = 0

    def hit(self, timestamp: int) -> None:
        if self.seconds and self.seconds[-1] == timestamp:
            return  # this second is already recorded
        self.seconds.append(timestamp)
        self.total += 1

    def get_hits(self, timestamp: int) -> int:
        while self.seconds and self.seconds[0] <= timestamp - 300:
            self.seconds.popleft()
            self.total -= 1
        return self.total
