class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.history: dict[str, list] = {}  # every request: (timestamp, allowed)

    def allow(self, user: str, timestamp: int) -> bool:
        history = self.history.setdefault(user, [])
        recent = sum(1 for t, ok in history if ok and t > timestamp - self.window)
        allowed = recent < self.limit
        history.append((timestamp, allowed))
        return allowed
