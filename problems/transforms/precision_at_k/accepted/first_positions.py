def precision_at_k(ranked, relevant, k):
    # Record each item's first position, rank the distinct items by it, and count the
    # relevant ones among the first k with a set intersection.
    if k == 0:
        return 0.0
    first = {}
    for position, item in enumerate(ranked):
        first.setdefault(item, position)
    top = sorted(first, key=first.__getitem__)[:k]
    return len(set(top) & set(relevant)) / k
