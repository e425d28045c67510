def longest_consecutive(nums):
    # Measures a run from every start, but assigns the answer instead of keeping the maximum,
    # so it reports the run whose start comes last in the input.
    values = set(nums)
    best = 0
    for x in nums:
        if x - 1 not in values:
            length = 1
            while x + length in values:
                length += 1
            best = length
    return best
