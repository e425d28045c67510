class HitCounter:
    """300 buckets, one per second of the window, and a running total. The
    clock is advanced one second at a time, emptying the bucket it reuses."""

    def __init__(self) -> None:
        self.buckets = [0] * 300
        self.total = 0
        self.now = None

    def _advance(self, timestamp: int) -> None:
        if self.now is None:
            self.now = timestamp
            return
        while self.now < timestamp:
            self.now += 1
            slot = self.now % 300  # held the second now - 300, which just left the window
            self.total -= self.buckets[slot]
            self.buckets[slot] = 0

    def hit(self, timestamp: int) -> None:
        self._advance(timestamp)
        self.buckets[timestamp % 300] += 1
        self.total += 1

    def get_hits(self, timestamp: int) -> int:
        self._advance(timestamp)
        return self.total
