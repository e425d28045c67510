from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.allowed = defaultdict(deque)

    def allow(self, user: str, timestamp: int) -> bool:
        times = self.allowed[user]
        while times and times[0] <= timestamp - self.window:
            times.popleft()
        if len(times) < self.limit:
            if not times or times[-1] != timestamp:  # this second is already logged
                times.append(timestamp)
            return True
        return False
