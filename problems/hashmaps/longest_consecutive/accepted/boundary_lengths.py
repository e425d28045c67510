def longest_consecutive(nums):
    # Grow runs as values arrive: span[x] is the length of the run x belongs to, kept exact at
    # both ends of every run. A new value joins the run ending at x - 1 and the one starting at
    # x + 1, and only the two new ends need updating. O(n).
    span = {}
    best = 0
    for x in nums:
        if x in span:
            continue  # a repeated value changes nothing
        left = span.get(x - 1, 0)
        right = span.get(x + 1, 0)
        length = left + 1 + right
        span[x] = length
        span[x - left] = length
        span[x + right] = length
        if length > best:
            best = length
    return best
