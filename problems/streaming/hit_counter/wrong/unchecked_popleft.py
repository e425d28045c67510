from collections import deque


class HitCounter:
    def __init__(self) -> None:
        self.hits = deque()

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        while self.hits[0] <= timestamp - 300:
            self.hits.popleft()
        return len(self.hits)
