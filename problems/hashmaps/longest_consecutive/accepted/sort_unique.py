def longest_consecutive(nums):
    # Sort the distinct values and measure maximal runs of +1 steps. O(n log n).
    values = sorted(set(nums))
    best = 0
    run = 0
    for i, x in enumerate(values):
        run = run + 1 if i and x == values[i - 1] + 1 else 1
        best = max(best, run)
    return best
