class TopKStream:
    """Running counts in a dict; top() sorts the distinct items.

    add() is O(1). top() sorts the d distinct items by name, then stably by
    count descending, so equal counts stay in ascending item order:
    O(d log d) per call, O(d) memory.
    """

    def __init__(self, k: int) -> None:
        self._k = k
        self._counts: dict[str, int] = {}

    def add(self, item: str) -> None:
        counts = self._counts
        counts[item] = counts.get(item, 0) + 1

    def top(self) -> list[str]:
        if self._k <= 0:
            return []
        ranked = sorted(self._counts)  # by item, ascending
        ranked.sort(key=self._counts.__getitem__, reverse=True)  # stable: ties keep item order
        return ranked[: self._k]
