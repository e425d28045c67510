"""Seeded generators for the large precision_at_k cases (stdlib only), and the property search's
strategy and predicates."""
import random

from hypothesis import strategies as st


def _names(rng: random.Random, count: int) -> list[str]:
    """`count` distinct document ids in random order."""
    ids = [f"doc_{i:07d}" for i in range(count)]
    rng.shuffle(ids)
    return ids


def large_distinct(seed: int, n: int = 200_000, k: int = 200_000) -> dict:
    """n distinct ranked items, n relevant items of which about half are ranked; k = n, so no
    repeat and no running out: only the size is hard."""
    rng = random.Random(seed)
    pool = _names(rng, n + n // 2)
    ranked = pool[:n]
    relevant = rng.sample(ranked, n // 2) + pool[n:]
    rng.shuffle(relevant)
    return {"args": {"ranked": ranked, "relevant": relevant, "k": min(k, n)}}


def large_repeats(seed: int, n: int = 200_000, distinct: int = 150_000, k: int = 100_000) -> dict:
    """n ranked positions drawn with repeats from `distinct` items (every item at least once);
    k is below the number of distinct items, so the k-th distinct item is reached."""
    rng = random.Random(seed)
    pool = _names(rng, distinct + 50_000)
    items = pool[:distinct]
    ranked = items + [rng.choice(items) for _ in range(n - distinct)]
    rng.shuffle(ranked)
    relevant = rng.sample(items, distinct // 2) + pool[distinct:]
    rng.shuffle(relevant)
    return {"args": {"ranked": ranked, "relevant": relevant, "k": k}}


def large_short_ranking(seed: int, n: int = 200_000, distinct: int = 40_000, relevant_n: int = 200_000,
                        k: int = 200_000) -> dict:
    """n ranked positions over only `distinct` items, so the ranking runs out of distinct items
    long before k; relevant has relevant_n items."""
    rng = random.Random(seed)
    pool = _names(rng, distinct + relevant_n)
    items = pool[:distinct]
    ranked = items + [rng.choice(items) for _ in range(n - distinct)]
    rng.shuffle(ranked)
    relevant = rng.sample(items, distinct // 3) + pool[distinct : distinct + relevant_n - distinct // 3]
    rng.shuffle(relevant)
    return {"args": {"ranked": ranked, "relevant": relevant, "k": k}}


GENERATORS = {
    "large_distinct": large_distinct,
    "large_repeats": large_repeats,
    "large_short_ranking": large_short_ranking,
}

_ITEMS = ["a", "b", "c", "d", "e", "f"]

# Small inputs from six items, so repeats, overlaps and running out of items are common.
STRATEGY = st.builds(
    lambda ranked, relevant, k: {"args": {"ranked": ranked, "relevant": relevant, "k": k}},
    st.lists(st.sampled_from(_ITEMS), max_size=10),
    st.lists(st.sampled_from(_ITEMS), max_size=6, unique=True),
    st.integers(0, 12),
)


def _args(case):
    return case["args"]["ranked"], case["args"]["relevant"], case["args"]["k"]


PREDICATES = {
    # the ranking is non-empty but runs out of distinct items before k
    "k_beyond_list": lambda case: bool(_args(case)[0]) and len(set(_args(case)[0])) < _args(case)[2],
    # a repeat inside the first k positions (exactly when ranked[:k] differs from the first k distinct)
    "duplicates_in_ranked": lambda case: len(set(_args(case)[0][: _args(case)[2]])) < len(_args(case)[0][: _args(case)[2]]),
    "no_relevant": lambda case: _args(case)[1] == [],
    "k_zero": lambda case: _args(case)[2] == 0,
    "empty_ranked": lambda case: _args(case)[0] == [],
    "large_input": lambda case: max(len(_args(case)[0]), len(_args(case)[1])) >= 100_000,
}


def _fresh(taken, count: int) -> list[str]:
    """`count` item names that occur nowhere in `taken`."""
    names, i = [], 0
    while len(names) < count:
        name = f"_pad{i}"
        if name not in taken:
            names.append(name)
        i += 1
    return names


def _pad_to_k(case):
    """Append new irrelevant items until ranked has k distinct items (the answer does not change)."""
    ranked, relevant, k = _args(case)
    missing = k - len(set(ranked))
    padding = _fresh(set(ranked) | set(relevant), missing)
    return {"args": {"ranked": ranked + padding, "relevant": relevant, "k": k}}


def _fill_empty(case):
    """Replace the empty ranking by max(k, 1) new irrelevant items (the answer does not change)."""
    ranked, relevant, k = _args(case)
    return {"args": {"ranked": _fresh(set(relevant), max(k, 1)), "relevant": relevant, "k": k}}


# One tag's feature taken away, changing as little as possible (see docs/problem-format.md).
REMOVERS = {
    "k_beyond_list": _pad_to_k,
    "duplicates_in_ranked": lambda case: {"args": {**case["args"], "ranked": list(dict.fromkeys(_args(case)[0]))}},
    "no_relevant": lambda case: {"args": {**case["args"], "relevant": _fresh(set(_args(case)[0]), 1)}},
    "k_zero": lambda case: {"args": {**case["args"], "k": 1}},
    "empty_ranked": _fill_empty,
}
