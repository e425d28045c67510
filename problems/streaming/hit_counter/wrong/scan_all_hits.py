class HitCounter:
    def __init__(self) -> None:
        self.hits: list[int] = []

    def hit(self, timestamp: int) -> None:
        self.hits.append(timestamp)

    def get_hits(self, timestamp: int) -> int:
        return sum(1 for t in self.hits if t > timestamp - 300)
