class RateLimiter:
    """Per user, only the timestamps of the last `limit` allowed requests, in a
    ring. A request is allowed when the user has fewer than `limit` allowed
    requests so far, or when the oldest of the last `limit` allowed ones is out
    of the window: O(1) per call, worst case."""

    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.rings: dict[str, list[int]] = {}  # grows to `limit` slots, then wraps
        self.heads: dict[str, int] = {}  # index of the oldest slot once the ring is full

    def allow(self, user: str, timestamp: int) -> bool:
        if self.limit == 0:
            return False
        ring = self.rings.setdefault(user, [])
        if len(ring) < self.limit:
            ring.append(timestamp)
            return True
        head = self.heads.get(user, 0)
        if ring[head] > timestamp - self.window:
            return False  # `limit` allowed requests are still inside the window
        ring[head] = timestamp
        self.heads[user] = (head + 1) % self.limit
        return True
