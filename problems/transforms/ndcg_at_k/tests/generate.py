"""Seeded generators for the large ndcg_at_k cases (stdlib only), and the property search's
strategy and predicates."""
import random

from hypothesis import strategies as st


def _names(rng: random.Random, count: int) -> list[str]:
    ids = [f"doc_{i:07d}" for i in range(count)]
    rng.shuffle(ids)
    return ids


def _grade(rng: random.Random, top: int) -> int:
    """Mostly low grades, as real judgments are: 0 about half of the time."""
    return min(top, int(rng.expovariate(0.9)))


def large_judged_pool(seed: int, n: int = 200_000, judged_ranked: int = 100_000, judged_other: int = 100_000,
                      k: int = 200_000, top: int = 4) -> dict:
    """n ranked items; `judged_ranked` of them have grades, plus `judged_other` judged items that
    were never ranked (so the ideal ranking needs them); grades 0..top."""
    rng = random.Random(seed)
    pool = _names(rng, n + judged_other)
    ranked = pool[:n]
    judged = rng.sample(ranked, judged_ranked) + pool[n:]
    rng.shuffle(judged)
    relevance = {item: _grade(rng, top) for item in judged}
    return {"args": {"ranked": ranked, "relevance": relevance, "k": k}}


def large_binary_complete(seed: int, n: int = 200_000, k: int = 200_000) -> dict:
    """Every ranked item is judged 0 or 1 and nothing else is judged; k = n. No unjudged item, no
    grade above 1, no judgment outside the ranking: only the size is hard."""
    rng = random.Random(seed)
    ranked = _names(rng, n)
    relevance = {item: rng.randint(0, 1) for item in ranked}
    items = list(relevance.items())
    rng.shuffle(items)  # key order unrelated to the ranking
    return {"args": {"ranked": ranked, "relevance": dict(items), "k": min(k, n)}}


GENERATORS = {"large_judged_pool": large_judged_pool, "large_binary_complete": large_binary_complete}

_ITEMS = ["a", "b", "c", "d", "e", "f", "g", "h"]

# Small inputs over eight items and grades 0..3, so unjudged items, zero grades, short rankings and
# judged-but-unranked items are all common.
STRATEGY = st.builds(
    lambda ranked, relevance, k: {"args": {"ranked": ranked, "relevance": relevance, "k": k}},
    st.lists(st.sampled_from(_ITEMS), max_size=8, unique=True),
    st.dictionaries(st.sampled_from(_ITEMS), st.integers(0, 3), max_size=8),
    st.integers(0, 10),
)


def _args(case):
    return case["args"]["ranked"], case["args"]["relevance"], case["args"]["k"]


def _ideal_differs(case) -> bool:
    """The k best grades of all judgments differ from the re-sorted grades of the ranked top k
    (compared without zeros, which add nothing): the ideal ranking needs other judged items."""
    ranked, relevance, k = _args(case)
    everything = [g for g in sorted(relevance.values(), reverse=True)[:k] if g > 0]
    from_ranked = [g for g in sorted((relevance.get(x, 0) for x in ranked[:k]), reverse=True) if g > 0]
    return everything != from_ranked


PREDICATES = {
    "zero_idcg": lambda case: _args(case)[2] == 0 or not any(g > 0 for g in _args(case)[1].values()),
    "k_beyond_list": lambda case: _args(case)[2] > len(_args(case)[0]),
    "graded_relevance": lambda case: _args(case)[2] > 0 and max(_args(case)[1].values(), default=0) >= 2,
    "ideal_from_all_judgments": _ideal_differs,
    "unjudged_items": lambda case: any(x not in _args(case)[1] for x in _args(case)[0][: _args(case)[2]]),
    "large_input": lambda case: max(len(_args(case)[0]), len(_args(case)[1])) >= 100_000,
}


def _fresh(taken, count: int) -> list[str]:
    """`count` item names that occur nowhere in `taken`."""
    names, i = [], 0
    while len(names) < count:
        name = f"_new{i}"
        if name not in taken:
            names.append(name)
        i += 1
    return names


def _positive_judgment(case):
    """k at least 1, and one new judged item of grade 1 (unranked), so the ideal DCG is positive."""
    ranked, relevance, k = _args(case)
    extra = _fresh(set(ranked) | set(relevance), 1)[0]
    return {"args": {"ranked": ranked, "relevance": {**relevance, extra: 1}, "k": max(k, 1)}}


def _pad_ranked(case):
    """Append new items judged 0 until ranked has k items (the answer does not change)."""
    ranked, relevance, k = _args(case)
    padding = _fresh(set(ranked) | set(relevance), k - len(ranked))
    return {"args": {"ranked": ranked + padding, "relevance": {**relevance, **dict.fromkeys(padding, 0)}, "k": k}}


def _only_ranked_count(case):
    """Grade 0 for every judged item outside the ranked top k (keys are kept)."""
    ranked, relevance, k = _args(case)
    top = set(ranked[:k])
    return {"args": {"ranked": ranked, "relevance": {x: (g if x in top else 0) for x, g in relevance.items()}, "k": k}}


def _judge_all(case):
    """Judge every item of the ranked top k that has no grade as 0 (the answer does not change)."""
    ranked, relevance, k = _args(case)
    return {"args": {"ranked": ranked, "relevance": {**dict.fromkeys(ranked[:k], 0), **relevance}, "k": k}}


# One tag's feature taken away, changing as little as possible (see docs/problem-format.md).
REMOVERS = {
    "zero_idcg": _positive_judgment,
    "k_beyond_list": _pad_ranked,
    "graded_relevance": lambda case: {"args": {**case["args"], "relevance": {x: min(g, 1) for x, g in _args(case)[1].items()}}},
    "ideal_from_all_judgments": _only_ranked_count,
    "unjudged_items": _judge_all,
}
