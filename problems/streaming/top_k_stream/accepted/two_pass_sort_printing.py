class TopKStream:
    """Same counting, but top() builds (item, count) pairs and sorts twice
    (by item, then stably by count descending). Prints a trace line on every
    call and returns a tuple."""

    def __init__(self, k: int) -> None:
        self.k = k
        self.counts = {}
        print(f"init k={k}")

    def add(self, item: str) -> None:
        if item in self.counts:
            self.counts[item] = self.counts[item] + 1
        else:
            self.counts[item] = 1
        print(f"add {item!r} -> {self.counts[item]}")

    def top(self):
        pairs = []
        for item in self.counts:
            pairs.append((item, self.counts[item]))
        pairs.sort(key=lambda p: p[0])
        pairs.sort(key=lambda p: p[1], reverse=True)
        answer = []
        for item, count in pairs:
            if len(answer) >= self.k:
                break
            answer.append(item)
        print(f"top -> {len(answer)} items over {len(pairs)} distinct")
        return tuple(answer)
