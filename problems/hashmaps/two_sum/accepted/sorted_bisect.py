from bisect import bisect_left


def two_sum(nums, target):
    # No hashing: sort the indices by value (a stable sort keeps equal values in index order),
    # keep each distinct value with the earliest index holding it, then binary-search each
    # complement. O(n log n).
    order = sorted(range(len(nums)), key=nums.__getitem__)
    values = []
    earliest = []
    for k in order:
        if not values or nums[k] != values[-1]:
            values.append(nums[k])
            earliest.append(k)
    size = len(values)
    for j, x in enumerate(nums):
        want = target - x
        p = bisect_left(values, want)
        # the earliest index of `want` is the smallest partner for j, if it lies before j
        if p < size and values[p] == want and earliest[p] < j:
            return [earliest[p], j]
    return []
