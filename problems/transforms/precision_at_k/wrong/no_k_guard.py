def precision_at_k(ranked, relevant, k):
    # Never special-cases k == 0, so it ends with 0 / 0.
    relevant_set = set(relevant)
    seen = set()
    hits = 0
    for item in ranked:
        if len(seen) == k:
            break
        if item in seen:
            continue
        seen.add(item)
        if item in relevant_set:
            hits += 1
    return hits / k
