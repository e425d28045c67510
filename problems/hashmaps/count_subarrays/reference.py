def count_subarrays(nums: list[int], k: int) -> int:
    """Count contiguous non-empty subarrays summing to k, in O(n) with a prefix-sum map.

    A subarray nums[i:j] sums to k exactly when prefix[j] - prefix[i] == k, so for each end j
    we add how many earlier prefixes (including the empty prefix 0) equal prefix[j] - k.
    """
    seen = {0: 1}  # the empty prefix: lets subarrays that start at index 0 be counted
    prefix = 0
    count = 0
    for x in nums:
        prefix += x
        count += seen.get(prefix - k, 0)  # look up before recording the current prefix
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
