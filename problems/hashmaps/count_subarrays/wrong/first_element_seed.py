def count_subarrays(nums, k):
    # Handles the first element before the loop without checking there is one.
    prefix = nums[0]
    count = 1 if prefix == k else 0
    seen = {0: 1}
    seen[prefix] = seen.get(prefix, 0) + 1
    for x in nums[1:]:
        prefix += x
        count += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
