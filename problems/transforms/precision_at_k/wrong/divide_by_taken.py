def precision_at_k(ranked, relevant, k):
    # Divides by the number of items actually taken instead of by k.
    relevant_set = set(relevant)
    taken = []
    seen = set()
    for item in ranked:
        if len(taken) == k:
            break
        if item not in seen:
            seen.add(item)
            taken.append(item)
    if not taken:
        return 0.0
    hits = sum(1 for item in taken if item in relevant_set)
    return hits / len(taken)
