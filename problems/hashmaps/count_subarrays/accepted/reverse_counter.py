from collections import Counter
from itertools import accumulate


def count_subarrays(nums, k):
    # Scan the prefix sums right to left: for each start prefix P[i], count the later
    # prefixes P[j] (j > i) equal to P[i] + k.
    prefixes = [0]
    prefixes.extend(accumulate(nums))
    later = Counter()
    total = 0
    for p in reversed(prefixes):
        total += later[p + k]
        later[p] += 1
    return total
