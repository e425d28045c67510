"""Seeded generators for the large left_join cases (stdlib only), and the property-search
strategy and edge predicates."""
import random
from collections import Counter

from hypothesis import strategies as st


def _keys(rng: random.Random, count: int) -> list[str]:
    names = set()
    while len(names) < count:
        names.add("k" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7)))
    return sorted(names)


def large_unique(seed: int, n: int = 100_000) -> dict:
    """A one-to-one join: n distinct keys on each side, the same keys in two different shuffled
    orders. Every left row has exactly one match; only the size is hard."""
    rng = random.Random(seed)
    keys = _keys(rng, n)
    left_keys = keys[:]
    right_keys = keys[:]
    rng.shuffle(left_keys)
    rng.shuffle(right_keys)
    left = [[k, rng.randint(-10**9, 10**9)] for k in left_keys]
    right = [[k, rng.randint(-10**9, 10**9)] for k in right_keys]
    return {"args": {"left": left, "right": right}}


def large_mixed(seed: int, n: int = 100_000, pool: int = 70_000) -> dict:
    """n rows on each side drawn from a pool of keys: right keys occur at most twice (so the output
    stays within 2n rows), left keys repeat, and some left keys are missing from the right."""
    rng = random.Random(seed)
    keys = _keys(rng, pool)
    right = []
    used = Counter()
    while len(right) < n:
        k = rng.choice(keys)
        if used[k] < 2:
            used[k] += 1
            right.append([k, rng.randint(-1000, 1000)])
    left = [[rng.choice(keys), rng.randint(-1000, 1000)] for _ in range(n)]
    return {"args": {"left": left, "right": right}}


GENERATORS = {"large_unique": large_unique, "large_mixed": large_mixed}


# Small inputs for the property search: a few keys and values, so misses, repeats on both sides
# and empty tables all come up often.
_row = st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.integers(-3, 3)).map(list)
STRATEGY = st.builds(
    lambda left, right: {"args": {"left": left, "right": right}},
    st.lists(_row, max_size=6),
    st.lists(_row, max_size=6),
)


def _right_counts(case):
    return Counter(key for key, _ in case["args"]["right"])


PREDICATES = {
    "no_match": lambda case: any(key not in _right_counts(case) for key, _ in case["args"]["left"]),
    "one_to_many": lambda case: any(_right_counts(case)[key] >= 2 for key, _ in case["args"]["left"]),
    "duplicate_left_keys": lambda case: any(
        count >= 2 for count in Counter(key for key, _ in case["args"]["left"]).values()
    ),
    "empty_right": lambda case: case["args"]["right"] == [],
    "empty_left": lambda case: case["args"]["left"] == [],
    "large_input": lambda case: len(case["args"]["left"]) + len(case["args"]["right"]) >= 100_000,
}
