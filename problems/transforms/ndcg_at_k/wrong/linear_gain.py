from math import log2


def ndcg_at_k(ranked, relevance, k):
    # Uses the grade itself as the gain instead of 2**grade - 1.
    dcg = 0.0
    for i, item in enumerate(ranked[:k]):
        dcg += relevance.get(item, 0) / log2(i + 2)
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = 0.0
    for i, grade in enumerate(ideal):
        idcg += grade / log2(i + 2)
    if idcg == 0:
        return 0.0
    return dcg / idcg
