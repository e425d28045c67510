def precision_at_k(ranked, relevant, k):
    # Scores the first k positions as they are: a repeated item scores again and takes a place.
    if k == 0:
        return 0.0
    relevant_set = set(relevant)
    hits = sum(1 for item in ranked[:k] if item in relevant_set)
    return hits / k
