from collections import Counter


class TopKStream:
    def __init__(self, k: int) -> None:
        self.k = k
        self.stream: list[str] = []

    def add(self, item: str) -> None:
        self.stream.append(item)

    def top(self) -> list[str]:
        counts = Counter(self.stream)  # recount everything seen so far
        ranked = sorted(counts, key=lambda item: (-counts[item], item))
        return ranked[: self.k]
