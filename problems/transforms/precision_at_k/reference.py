def precision_at_k(ranked: list[str], relevant: list[str], k: int) -> float:
    """Walk the ranking once, skipping repeats, until k distinct items are taken; count the
    relevant ones with O(1) set lookups. O(len(ranked) + len(relevant)) time, O(n) space."""
    if k == 0:
        return 0.0
    relevant_set = set(relevant)
    seen = set()
    hits = 0
    for item in ranked:
        if len(seen) == k:
            break
        if item in seen:
            continue  # a repeat counts once, at its first position
        seen.add(item)
        if item in relevant_set:
            hits += 1
    return hits / k  # k, not len(seen): missing positions count as misses
