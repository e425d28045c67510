class _Window:
    """A deliberately heavy holder for the items taken so far, to cost constant factors."""

    def __init__(self, size):
        self.size = size
        self.members = {}
        self.order = []

    def full(self):
        return len(self.order) >= self.size

    def offer(self, item):
        if item in self.members:
            return False
        self.members[item] = len(self.order)
        self.order.append(item)
        return True


def precision_at_k(ranked, relevant, k):
    print(f"[debug] precision_at_k: {len(ranked)} ranked, {len(relevant)} relevant, k={k}")
    if k == 0:
        print("[debug] precision_at_k: k == 0 -> 0.0")
        return 0.0
    lookup = {item: True for item in relevant}
    window = _Window(k)
    flags = []
    for item in ranked:
        if window.full():
            break
        if window.offer(item):
            flags.append(1 if lookup.get(item, False) else 0)
    hits = sum(flags)
    answer = float(hits) / float(k)
    print(f"[debug] precision_at_k: {hits} hits of {len(flags)} taken -> {answer}")
    return answer
