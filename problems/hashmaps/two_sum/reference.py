def two_sum(nums: list[int], target: int) -> list[int]:
    """Return [i, j] (i < j, smallest j, then smallest i) with nums[i] + nums[j] == target, or [].

    One left-to-right pass with a map from each value to the first index where it occurs.
    At index j the map holds only indices before j, so the first hit is the pair with the
    smallest j, and the stored first index is the smallest i for it.
    """
    first = {}  # value -> first index where it occurs
    for j, x in enumerate(nums):
        i = first.get(target - x)  # look up before recording x: j must not pair with itself
        if i is not None:
            return [i, j]
        if x not in first:  # keep the earliest index, never overwrite it
            first[x] = j
    return []
