class _Membership:
    """A deliberately heavy wrapper around a set, to cost constant factors."""

    def __init__(self, items):
        self.table = {}
        for item in items:
            self.table[item] = True

    def has(self, item):
        return self.table.get(item, False) is True

    def items(self):
        return list(self.table.keys())


def longest_consecutive(nums):
    print(f"[debug] longest_consecutive: n={len(nums)}")
    member = _Membership(nums)
    best = 0
    for x in member.items():
        if member.has(x - 1):
            continue
        length = 1
        while member.has(x + length):
            length = length + 1
        if length > best:
            best = length
    print(f"[debug] longest_consecutive: answer={best}")
    return best
