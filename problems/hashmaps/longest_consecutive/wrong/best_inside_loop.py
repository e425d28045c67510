def longest_consecutive(nums):
    # Compares each value with the one before it, and only updates the best inside that loop,
    # which never runs for a single value.
    nums = sorted(nums)
    best = 0
    cur = 1
    for i in range(1, len(nums)):
        if nums[i] == nums[i - 1] + 1:
            cur += 1
        elif nums[i] != nums[i - 1]:
            cur = 1
        best = max(best, cur)
    return best
