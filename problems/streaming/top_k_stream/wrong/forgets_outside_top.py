class TopKStream:
    """Keeps counters only for the k items currently on top (O(k) memory)."""

    def __init__(self, k: int) -> None:
        self.k = k
        self.counts: dict[str, int] = {}

    def _key(self, item: str):
        return (-self.counts[item], item)

    def add(self, item: str) -> None:
        if self.k <= 0:
            return
        if item in self.counts:
            self.counts[item] += 1
            return
        if len(self.counts) < self.k:
            self.counts[item] = 1
            return
        # full: the newcomer (count 1) replaces the weakest tracked item if it ranks higher
        weakest = max(self.counts, key=self._key)
        if (-1, item) < self._key(weakest):
            del self.counts[weakest]
            self.counts[item] = 1

    def top(self) -> list[str]:
        return sorted(self.counts, key=self._key)[: self.k]
