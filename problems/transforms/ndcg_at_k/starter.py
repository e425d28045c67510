def ndcg_at_k(ranked: list[str], relevance: dict[str, int], k: int) -> float:
    """Return NDCG@k of a ranking.

    ranked:    distinct items, best first.
    relevance: grade of each judged item (0 <= grade <= 10); an item missing from it has grade 0.
    k:         how many positions to score.

    DCG@k  = sum over the first k positions i (0-based) of (2**grade - 1) / log2(i + 2).
    IDCG@k = the same sum over the k highest grades among ALL values of `relevance`.
    Return DCG@k / IDCG@k, or 0.0 when IDCG@k is 0.
    Example: ndcg_at_k(["a", "b"], {"a": 1, "b": 0, "c": 1}, 2) == 1 / (1 + 1 / log2(3)).
    """
    raise NotImplementedError
