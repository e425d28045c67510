from collections import deque


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.allowed: dict[str, deque] = {}

    def allow(self, user: str, timestamp: int) -> bool:
        if user not in self.allowed:
            self.allowed[user] = deque([timestamp])  # a new user has nothing in the window
            return True
        times = self.allowed[user]
        while times and times[0] <= timestamp - self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(timestamp)
            return True
        return False
