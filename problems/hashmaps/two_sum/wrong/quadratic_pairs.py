def two_sum(nums, target):
    # Every j, then every i before it: the order gives the right tie-break, but O(n^2).
    for j in range(len(nums)):
        for i in range(j):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
