from math import log2


def ndcg_at_k(ranked, relevance, k):
    # Assumes every ranked item has a judgment.
    dcg = 0.0
    for i, item in enumerate(ranked[:k]):
        dcg += (2 ** relevance[item] - 1) / log2(i + 2)
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = 0.0
    for i, grade in enumerate(ideal):
        idcg += (2**grade - 1) / log2(i + 2)
    if idcg == 0:
        return 0.0
    return dcg / idcg
