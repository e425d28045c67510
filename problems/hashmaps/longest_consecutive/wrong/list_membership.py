def longest_consecutive(nums):
    # The right idea (only count from the start of a run), but membership is tested on the
    # list itself, so every test scans it: O(n^2).
    best = 0
    for x in nums:
        if x - 1 in nums:
            continue
        length = 1
        while x + length in nums:
            length += 1
        best = max(best, length)
    return best
