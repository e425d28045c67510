def longest_consecutive(nums: list[int]) -> int:
    """Return the length of the longest run of consecutive integers x, x + 1, ..., x + k - 1
    that all occur in `nums` (in any order; repeated values count once). 0 for an empty list.

    0 <= len(nums) <= 2 * 10**5, -10**9 <= nums[i] <= 10**9.
    Example: longest_consecutive([100, 4, 200, 1, 3, 2]) == 4  (the run 1, 2, 3, 4).
    """
    raise NotImplementedError
