class _Tally:
    """A deliberately heavy wrapper around a dict, to cost constant factors."""

    def __init__(self):
        self.table = {}

    def add(self, key):
        entry = self.table.get(key)
        if entry is None:
            self.table[key] = [1]
        else:
            entry[0] += 1

    def count(self, key):
        entry = self.table.get(key)
        return 0 if entry is None else entry[0]


def count_subarrays(nums, k):
    print(f"[debug] count_subarrays: n={len(nums)} k={k}")
    prefixes = [0]
    for x in nums:
        prefixes.append(prefixes[-1] + x)
    tally = _Tally()
    tally.add(prefixes[0])
    total = 0
    for j in range(1, len(prefixes)):
        want = prefixes[j] - k
        total = total + tally.count(want)
        tally.add(prefixes[j])
    print(f"[debug] count_subarrays: answer={total}")
    return total
