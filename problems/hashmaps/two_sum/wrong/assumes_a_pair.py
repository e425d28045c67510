def two_sum(nums, target):
    # Written for "exactly one solution exists": nothing is returned after the loop.
    first = {}
    for j, x in enumerate(nums):
        i = first.get(target - x)
        if i is not None:
            return [i, j]
        if x not in first:
            first[x] = j
