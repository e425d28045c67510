def precision_at_k(ranked, relevant, k):
    # Treats "no relevant items" as an undefined metric, the way recall would be.
    if not relevant:
        return float("nan")
    if k == 0:
        return 0.0
    relevant_set = set(relevant)
    seen = set()
    hits = 0
    for item in ranked:
        if len(seen) == k:
            break
        if item in seen:
            continue
        seen.add(item)
        hits += item in relevant_set
    return hits / k
