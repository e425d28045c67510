from collections import deque


class RateLimiter:
    """Per user, a deque of the timestamps of that user's allowed requests.

    allow(user, t) pops the timestamps that left (t - window, t] from the left
    of the user's deque; the request is allowed when fewer than `limit` remain,
    and only then is t appended. Rejected requests are never stored. Every
    timestamp is appended and popped at most once: amortised O(1) per call, and
    O(limit) memory per user.
    """

    def __init__(self, limit: int, window: int) -> None:
        self._limit = limit
        self._window = window
        self._allowed: dict[str, deque[int]] = {}

    def allow(self, user: str, timestamp: int) -> bool:
        times = self._allowed.get(user)
        if times is None:
            times = self._allowed[user] = deque()
        oldest_kept = timestamp - self._window  # allowed at this second or earlier: out
        while times and times[0] <= oldest_kept:
            times.popleft()
        if len(times) < self._limit:
            times.append(timestamp)
            return True
        return False
