from math import log2


def ndcg_at_k(ranked, relevance, k):
    # Walks positions 0..k-1 of ranked, assuming the list has at least k items.
    dcg = 0.0
    for i in range(k):
        item = ranked[i]
        dcg += (2 ** relevance.get(item, 0) - 1) / log2(i + 2)
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = 0.0
    for i, grade in enumerate(ideal):
        idcg += (2**grade - 1) / log2(i + 2)
    if idcg == 0:
        return 0.0
    return dcg / idcg
