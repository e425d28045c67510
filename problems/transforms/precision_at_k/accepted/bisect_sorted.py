from bisect import bisect_left
from itertools import islice


def precision_at_k(ranked, relevant, k):
    # dict.fromkeys keeps first occurrences in order; islice takes the first k of them.
    # Membership by binary search in the sorted relevant list: O((n + k) log n).
    if k == 0:
        return 0.0
    top = list(islice(dict.fromkeys(ranked), k))
    pool = sorted(relevant)
    hits = 0
    for item in top:
        i = bisect_left(pool, item)
        if i < len(pool) and pool[i] == item:
            hits += 1
    return hits / k
