def count_subarrays(nums, k):
    # The map starts empty, so the empty prefix 0 is never available to match.
    seen = {}
    prefix = 0
    count = 0
    for x in nums:
        prefix += x
        count += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
