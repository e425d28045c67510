from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.requests = defaultdict(deque)

    def allow(self, user: str, timestamp: int) -> bool:
        times = self.requests[user]
        while times and times[0] <= timestamp - self.window:
            times.popleft()
        allowed = len(times) < self.limit
        times.append(timestamp)  # log the request
        return allowed
