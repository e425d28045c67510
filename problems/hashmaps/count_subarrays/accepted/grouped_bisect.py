from bisect import bisect_left


def count_subarrays(nums, k):
    # Group prefix-sum positions by value (each list is ascending), then for every end j
    # binary-search how many positions of the needed value lie before j. O(n log n).
    positions = {}
    prefix = 0
    sums = [0]
    positions.setdefault(0, []).append(0)
    for j, x in enumerate(nums, 1):
        prefix += x
        sums.append(prefix)
        positions.setdefault(prefix, []).append(j)
    total = 0
    for j in range(1, len(sums)):
        where = positions.get(sums[j] - k)
        if where:
            total += bisect_left(where, j)
    return total
