import heapq


class TopKStream:
    def __init__(self, k: int) -> None:
        self.k = k
        self.counts: dict[str, int] = {}

    def add(self, item: str) -> None:
        self.counts[item] = self.counts.get(item, 0) + 1

    def top(self) -> list[str]:
        if not self.counts:
            return []
        heap = [(-count, item) for item, count in self.counts.items()]
        heapq.heapify(heap)
        return [heapq.heappop(heap)[1] for _ in range(self.k)]
