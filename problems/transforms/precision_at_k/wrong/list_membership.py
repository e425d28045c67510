def precision_at_k(ranked, relevant, k):
    # Correct, but `item in relevant` scans the whole list for every item: O(n * k).
    if k == 0:
        return 0.0
    seen = set()
    hits = 0
    for item in ranked:
        if len(seen) == k:
            break
        if item in seen:
            continue
        seen.add(item)
        if item in relevant:
            hits += 1
    return hits / k
