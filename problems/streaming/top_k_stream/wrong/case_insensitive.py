class TopKStream:
    def __init__(self, k: int) -> None:
        self.k = k
        self.counts: dict[str, int] = {}

    def add(self, item: str) -> None:
        key = item.lower()  # normalise so "Apple" and "apple" count together
        self.counts[key] = self.counts.get(key, 0) + 1

    def top(self) -> list[str]:
        ranked = sorted(self.counts, key=lambda item: (-self.counts[item], item))
        return ranked[: self.k]
