from bisect import bisect_right


class RateLimiter:
    """Per user, a list of every allowed timestamp (sorted, since time never
    goes back); the count inside the window comes from a binary search.
    Prints a trace line on every call."""

    def __init__(self, limit, window):
        self.limit = limit
        self.window = window
        self.history = {}
        print(f"init limit={limit} window={window}")

    def allow(self, user, timestamp):
        if user not in self.history:
            self.history[user] = []
        times = self.history[user]
        first_inside = bisect_right(times, timestamp - self.window)
        inside = len(times) - first_inside
        decision = inside < self.limit
        if decision:
            times.append(timestamp)
        print(f"allow({user!r}, {timestamp}): {inside} in window -> {decision}")
        return decision
