import math


def ndcg_at_k(ranked, relevance, k):
    # Grades are small integers (0..10), so the ideal ranking comes from a counting sort:
    # count each grade, then hand out positions from the highest grade down. O(n + m + k).
    discounts = [1.0 / math.log2(i + 2) for i in range(min(k, max(len(ranked), len(relevance))))]
    dcg = 0.0
    for i in range(min(k, len(ranked))):
        grade = relevance.get(ranked[i], 0)
        dcg += (2**grade - 1) * discounts[i]
    counts = [0] * 11
    for grade in relevance.values():
        counts[grade] += 1
    idcg = 0.0
    position = 0
    for grade in range(10, 0, -1):
        for _ in range(counts[grade]):
            if position >= k:
                break
            idcg += (2**grade - 1) * discounts[position]
            position += 1
    if idcg == 0:
        return 0.0
    return dcg / idcg
