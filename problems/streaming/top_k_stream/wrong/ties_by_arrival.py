class TopKStream:
    def __init__(self, k: int) -> None:
        self.k = k
        self.counts: dict[str, int] = {}  # insertion order = first arrival

    def add(self, item: str) -> None:
        self.counts[item] = self.counts.get(item, 0) + 1

    def top(self) -> list[str]:
        # stable sort: equal counts keep their arrival order
        ranked = sorted(self.counts, key=lambda item: -self.counts[item])
        return ranked[: self.k]
