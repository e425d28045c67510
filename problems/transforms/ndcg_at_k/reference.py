from heapq import nlargest
from math import log2


def ndcg_at_k(ranked: list[str], relevance: dict[str, int], k: int) -> float:
    """DCG over the first k ranked items (unjudged items have grade 0); IDCG over the k largest
    grades of all judgments, taken with a heap. O(n + m log k) time, O(k) extra space."""
    dcg = 0.0
    for i, item in enumerate(ranked[:k]):
        grade = relevance.get(item, 0)
        if grade:
            dcg += (2**grade - 1) / log2(i + 2)
    idcg = 0.0
    for i, grade in enumerate(nlargest(k, relevance.values())):
        if grade == 0:
            break
        idcg += (2**grade - 1) / log2(i + 2)
    return dcg / idcg if idcg > 0 else 0.0
