def two_sum(nums, target):
    # Key the map by the value each earlier index is waiting for, not by the value itself:
    # waiting[v] is the earliest index k whose complement target - nums[k] equals v.
    waiting = {}
    for j, x in enumerate(nums):
        if x in waiting:
            return [waiting[x], j]
        waiting.setdefault(target - x, j)
    return []
