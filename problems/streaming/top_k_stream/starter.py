class TopKStream:
    """Track the most frequent items of a stream of strings.

    TopKStream(k) starts an empty stream. add(item) appends one occurrence of
    `item`. top() returns at most k items: the most frequent seen so far first,
    equal counts ordered by the item itself ascending (Python string order).
    """

    def __init__(self, k: int) -> None:
        """Start an empty stream that reports at most k items."""
        raise NotImplementedError

    def add(self, item: str) -> None:
        """Record one more occurrence of item (a non-empty string)."""
        raise NotImplementedError

    def top(self) -> list[str]:
        """Return up to k items, by count descending, then by item ascending."""
        raise NotImplementedError
