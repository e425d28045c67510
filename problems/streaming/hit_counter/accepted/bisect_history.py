from bisect import bisect_right


class HitCounter:
    """Every hit's timestamp in a list, which is sorted because timestamps never
    decrease. get_hits binary-searches for the first hit inside the window:
    O(log n) per call, O(n) memory."""

    def __init__(self) -> None:
        self.times: list[int] = []

    def hit(self, timestamp: int) -> None:
        self.times.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        first_inside = bisect_right(self.times, timestamp - 300)
        return len(self.times) - first_inside
