def two_sum(nums, target):
    # The usual one-pass map, but every occurrence overwrites the stored index, so a
    # repeated value remembers its latest position instead of its first.
    seen = {}
    for j, x in enumerate(nums):
        comp = target - x
        if comp in seen:
            return [seen[comp], j]
        seen[x] = j
    return []
