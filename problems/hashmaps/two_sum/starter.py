def two_sum(nums: list[int], target: int) -> list[int]:
    """Return [i, j] with i < j and nums[i] + nums[j] == target.

    Among several such pairs, return the one with the smallest j, then the smallest i.
    Return [] when there is no such pair. An index cannot be used twice, but two
    different indices may hold equal values.
    0 <= len(nums) <= 2 * 10**5, -10**9 <= nums[i], target <= 10**9.
    Example: two_sum([2, 7, 11, 15], 9) == [0, 1].
    """
    raise NotImplementedError
