def count_subarrays(nums, k):
    # An early exit meant for the trivial case, written as len <= 1.
    if len(nums) <= 1:
        return 0
    seen = {0: 1}
    prefix = 0
    count = 0
    for x in nums:
        prefix += x
        count += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
