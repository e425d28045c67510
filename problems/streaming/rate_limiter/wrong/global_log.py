from collections import deque


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.allowed = deque()  # timestamps of allowed requests

    def allow(self, user: str, timestamp: int) -> bool:
        while self.allowed and self.allowed[0] <= timestamp - self.window:
            self.allowed.popleft()
        if len(self.allowed) < self.limit:
            self.allowed.append(timestamp)
            return True
        return False
