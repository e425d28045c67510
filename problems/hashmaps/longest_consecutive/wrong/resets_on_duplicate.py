def longest_consecutive(nums):
    # Sorts and counts +1 steps, but a repeated value (a step of 0) restarts the count.
    if not nums:
        return 0
    nums = sorted(nums)
    best = cur = 1
    for i in range(1, len(nums)):
        if nums[i] == nums[i - 1] + 1:
            cur += 1
        else:
            cur = 1
        best = max(best, cur)
    return best
