class RateLimiter:
    """A sliding-window rate limiter, per user.

    RateLimiter(limit, window) allows a user's request at time t when that user
    had fewer than `limit` allowed requests with a timestamp in (t - window, t].
    Rejected requests do not count. Timestamps never decrease from one call to
    the next.
    """

    def __init__(self, limit: int, window: int) -> None:
        """At most `limit` allowed requests per user in any `window` seconds."""
        raise NotImplementedError

    def allow(self, user: str, timestamp: int) -> bool:
        """Decide the request of `user` at second `timestamp`: True if allowed."""
        raise NotImplementedError
