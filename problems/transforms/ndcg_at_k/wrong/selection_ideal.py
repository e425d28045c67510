from math import log2


def ndcg_at_k(ranked, relevance, k):
    # Correct, but builds the ideal ranking by taking max() of the remaining grades and removing
    # it, k times over: O(k * m).
    dcg = 0.0
    for i, item in enumerate(ranked[:k]):
        dcg += (2 ** relevance.get(item, 0) - 1) / log2(i + 2)
    remaining = list(relevance.values())
    idcg = 0.0
    for i in range(min(k, len(remaining))):
        best = max(remaining)
        remaining.remove(best)
        idcg += (2**best - 1) / log2(i + 2)
    if idcg == 0:
        return 0.0
    return dcg / idcg
