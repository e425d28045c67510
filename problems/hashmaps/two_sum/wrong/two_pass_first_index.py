def two_sum(nums, target):
    # The classic two-pass map (value -> last index), scanning for the first index that
    # has a partner anywhere: it finds a valid pair, but not the one with the smallest j.
    where = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        j = where.get(target - x)
        if j is not None and j != i:
            return [min(i, j), max(i, j)]
    return []
