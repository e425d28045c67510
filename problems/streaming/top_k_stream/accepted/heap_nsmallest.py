import heapq
from collections import Counter


class TopKStream:
    """Counter for the counts; heapq.nsmallest picks the k best keys."""

    def __init__(self, k: int) -> None:
        self.k = max(k, 0)
        self.counter: Counter = Counter()

    def add(self, item: str) -> None:
        self.counter[item] += 1

    def top(self) -> list[str]:
        best = heapq.nsmallest(self.k, self.counter.items(), key=lambda kv: (-kv[1], kv[0]))
        return [item for item, _ in best]
