def count_subarrays(nums, k):
    # Every start, every end, with a running sum: correct but O(n^2).
    n = len(nums)
    count = 0
    for i in range(n):
        s = 0
        for j in range(i, n):
            s += nums[j]
            if s == k:
                count += 1
    return count
