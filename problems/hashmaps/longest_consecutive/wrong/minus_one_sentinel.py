def longest_consecutive(nums):
    # Sorted scan that uses -1 as "no previous value yet", as if values were never negative:
    # a -1 in the input is then mistaken for a repeat of that sentinel.
    best = 0
    cur = 0
    prev = -1
    for x in sorted(nums):
        if x == prev:
            continue  # a repeated value
        if x == prev + 1:
            cur += 1
        else:
            cur = 1
        best = max(best, cur)
        prev = x
    return best
