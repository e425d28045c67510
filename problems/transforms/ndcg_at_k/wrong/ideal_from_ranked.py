from math import log2


def ndcg_at_k(ranked, relevance, k):
    # The "ideal" ranking re-sorts the grades of the ranked top k only, ignoring every other judgment.
    grades = [relevance.get(item, 0) for item in ranked[:k]]
    dcg = 0.0
    for i, grade in enumerate(grades):
        dcg += (2**grade - 1) / log2(i + 2)
    idcg = 0.0
    for i, grade in enumerate(sorted(grades, reverse=True)):
        idcg += (2**grade - 1) / log2(i + 2)
    if idcg == 0:
        return 0.0
    return dcg / idcg
