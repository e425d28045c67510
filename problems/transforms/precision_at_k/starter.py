def precision_at_k(ranked: list[str], relevant: list[str], k: int) -> float:
    """Return precision@k of a ranking.

    ranked:   items, best first; an item may repeat, and then counts once, at its first position.
    relevant: the distinct items that are relevant.
    k:        how many distinct items of the ranking to score.

    The answer is (number of the first k distinct items of `ranked` that are in `relevant`) / k,
    dividing by k even when `ranked` has fewer than k distinct items; 0.0 when k == 0.
    Example: precision_at_k(["d1", "d2", "d3", "d4"], ["d1", "d3", "d7"], 3) == 2 / 3.
    """
    raise NotImplementedError
