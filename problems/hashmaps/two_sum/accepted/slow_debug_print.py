class _Positions:
    """A deliberately heavy index: every value keeps the list of all its positions."""

    def __init__(self):
        self.table = {}

    def record(self, value, index):
        if value in self.table:
            self.table[value].append(index)
        else:
            self.table[value] = [index]

    def earliest(self, value):
        found = self.table.get(value)
        if found is None or len(found) == 0:
            return None
        return found[0]


def two_sum(nums, target):
    print(f"[debug] two_sum: n={len(nums)} target={target}")
    positions = _Positions()
    for j in range(len(nums)):
        value = nums[j]
        need = target - value
        i = positions.earliest(need)
        if i is not None and i < j:
            print(f"[debug] two_sum: found ({i}, {j})")
            return (i, j)
        positions.record(value, j)
    print("[debug] two_sum: no pair")
    return ()
