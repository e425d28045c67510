from collections import deque


class HitCounter:
    """One deque entry per hit (not per second). Both methods first expire the
    hits that left the window, one at a time. Prints a trace line on every call."""

    def __init__(self):
        self.hits = deque()
        print("init")

    def _expire(self, timestamp):
        while True:
            if len(self.hits) == 0:
                break
            if self.hits[0] > timestamp - 300:
                break
            self.hits.popleft()

    def hit(self, timestamp):
        self._expire(timestamp)
        self.hits.append(timestamp)
        print("hit at {}: {} hits in the window".format(timestamp, len(self.hits)))

    def get_hits(self, timestamp):
        self._expire(timestamp)
        count = len(self.hits)
        print("get_hits({}) -> {}".format(timestamp, count))
        return count
