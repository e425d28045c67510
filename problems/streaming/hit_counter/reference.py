from collections import deque


class HitCounter:
    """A deque of [second, hits in that second] pairs and a running total.

    hit() adds to the last pair when the second repeats, or appends a new one.
    get_hits(t) pops the pairs that fell out of (t - 300, t] from the left and
    returns the running total. Every pair is appended and popped at most once,
    so each call is amortised O(1); memory is O(300) pairs, since only seconds
    inside the window stay.
    """

    WINDOW = 300

    def __init__(self) -> None:
        self._seconds: deque[list[int]] = deque()
        self._total = 0

    def _expire(self, timestamp: int) -> None:
        seconds = self._seconds
        oldest_kept = timestamp - self.WINDOW  # hits at this second or earlier are out
        while seconds and seconds[0][0] <= oldest_kept:
            self._total -= seconds.popleft()[1]

    def hit(self, timestamp: int) -> None:
        self._expire(timestamp)
        seconds = self._seconds
        if seconds and seconds[-1][0] == timestamp:
            seconds[-1][1] += 1
        else:
            seconds.append([timestamp, 1])
        self._total += 1

    def get_hits(self, timestamp: int) -> int:
        self._expire(timestamp)
        return self._total
