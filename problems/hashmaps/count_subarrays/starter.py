def count_subarrays(nums: list[int], k: int) -> int:
    """Return the number of contiguous, non-empty subarrays of ``nums`` whose sum is ``k``.

    0 <= len(nums) <= 2 * 10**5, -10**4 <= nums[i] <= 10**4, -10**9 <= k <= 10**9.
    Example: count_subarrays([1, 1, 1], 2) == 2.
    """
    raise NotImplementedError
