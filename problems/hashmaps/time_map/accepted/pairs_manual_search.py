from collections import defaultdict


class TimeMap:
    """Per key, a list of (timestamp, value) pairs and a hand-written binary
    search for the last pair whose timestamp is <= the query."""

    def __init__(self) -> None:
        self.history: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history[key].append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        pairs = self.history.get(key)
        if not pairs:
            return ""
        lo, hi = 0, len(pairs) - 1
        best = ""
        while lo <= hi:
            mid = (lo + hi) // 2
            if pairs[mid][0] <= timestamp:
                best = pairs[mid][1]  # a candidate; look for a later one
                lo = mid + 1
            else:
                hi = mid - 1
        return best
