def count_subarrays(nums, k):
    # Remembers which prefix sums were seen, not how many times.
    seen = {0}
    prefix = 0
    count = 0
    for x in nums:
        prefix += x
        if prefix - k in seen:
            count += 1
        seen.add(prefix)
    return count
