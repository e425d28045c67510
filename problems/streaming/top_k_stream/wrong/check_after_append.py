class TopKStream:
    def __init__(self, k: int) -> None:
        self.k = k
        self.counts: dict[str, int] = {}

    def add(self, item: str) -> None:
        self.counts[item] = self.counts.get(item, 0) + 1

    def top(self) -> list[str]:
        ranked = sorted(self.counts, key=lambda item: (-self.counts[item], item))
        result = []
        for item in ranked:
            result.append(item)
            if len(result) == self.k:
                break
        return result
