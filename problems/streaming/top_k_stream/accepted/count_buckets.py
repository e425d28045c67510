from collections import defaultdict


class TopKStream:
    """Buckets: count -> set of items with that count.

    top() walks the counts from highest to lowest, sorting each bucket, and
    stops as soon as k items are collected.
    """

    def __init__(self, k: int) -> None:
        self.k = k
        self.count_of: dict[str, int] = {}
        self.buckets: defaultdict[int, set[str]] = defaultdict(set)

    def add(self, item: str) -> None:
        old = self.count_of.get(item, 0)
        if old:
            bucket = self.buckets[old]
            bucket.discard(item)
            if not bucket:
                del self.buckets[old]
        self.count_of[item] = old + 1
        self.buckets[old + 1].add(item)

    def top(self) -> list[str]:
        result: list[str] = []
        if self.k <= 0:
            return result
        for count in sorted(self.buckets, reverse=True):
            for item in sorted(self.buckets[count]):
                result.append(item)
                if len(result) == self.k:
                    return result
        return result
