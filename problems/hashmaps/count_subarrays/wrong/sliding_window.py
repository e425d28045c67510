def count_subarrays(nums, k):
    # Two pointers: (#windows with sum <= k) - (#windows with sum <= k - 1).
    # Correct only while growing a window never lowers its sum, i.e. no negatives.
    def at_most(target):
        if target < 0:
            return 0
        left = 0
        s = 0
        windows = 0
        for right, x in enumerate(nums):
            s += x
            while s > target:
                s -= nums[left]
                left += 1
            windows += right - left + 1
        return windows

    return at_most(k) - at_most(k - 1)
