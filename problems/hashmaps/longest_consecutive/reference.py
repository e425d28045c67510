def longest_consecutive(nums: list[int]) -> int:
    """Length of the longest run of consecutive integers among the values of nums, in O(n).

    Put the values in a set. A value x starts a run exactly when x - 1 is absent; from each
    start, walk x + 1, x + 2, ... while they are present. Every value is walked over at most
    once (from the start of its own run), so the total work is linear.
    """
    values = set(nums)
    best = 0
    for x in values:
        if x - 1 in values:
            continue  # not the start of a run: its run is measured from its start
        end = x + 1
        while end in values:
            end += 1
        best = max(best, end - x)
    return best
