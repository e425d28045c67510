"""Seeded generators for the large count_subarrays cases, and the property search's strategy and predicates."""
import random

from hypothesis import strategies as st


def large_positive(seed: int, n: int = 200_000) -> dict:
    """Positive values only; k is the sum of an inner window (not a prefix sum)."""
    rng = random.Random(seed)
    nums = [rng.randint(1, 10_000) for _ in range(n)]
    prefixes = set()
    total = 0
    for x in nums:
        total += x
        prefixes.add(total)
    while True:
        a = rng.randint(1, n - 1)
        b = rng.randint(a + 1, min(n, a + 50))
        k = sum(nums[a:b])
        if k not in prefixes:
            return {"args": {"nums": nums, "k": k}}


def large_zeros(seed: int, n: int = 200_000, one_every: int = 1000) -> dict:
    """Long runs of zeros (starting at index 0) with a rare 1 between them; k = 0."""
    rng = random.Random(seed)
    nums = [0] * n
    for i in range(1, n):
        if rng.randrange(one_every) == 0:
            nums[i] = 1
    return {"args": {"nums": nums, "k": 0}}


def large_mixed(seed: int, n: int = 200_000, lo: int = -5, hi: int = 5, k: int = 3) -> dict:
    """Small values of both signs (zeros included): prefix sums repeat very often."""
    rng = random.Random(seed)
    nums = [rng.randint(lo, hi) for _ in range(n)]
    return {"args": {"nums": nums, "k": k}}


GENERATORS = {
    "large_positive": large_positive,
    "large_zeros": large_zeros,
    "large_mixed": large_mixed,
}


# The property search: small inputs, values in a narrow band so zeros, repeats and k hits are common.
STRATEGY = st.builds(
    lambda nums, k: {"args": {"nums": nums, "k": k}},
    st.lists(st.integers(-3, 3), max_size=10),
    st.integers(-4, 4),
)


def _prefix_hits_k(case: dict) -> bool:
    total = 0
    for value in case["args"]["nums"]:
        total += value
        if total == case["args"]["k"]:
            return True
    return False


PREDICATES = {
    "empty": lambda case: case["args"]["nums"] == [],
    "single_element": lambda case: len(case["args"]["nums"]) == 1,
    "zeros": lambda case: any(a == b == 0 for a, b in zip(case["args"]["nums"], case["args"]["nums"][1:])),
    "negatives": lambda case: any(value < 0 for value in case["args"]["nums"]),
    "k_zero": lambda case: case["args"]["k"] == 0,
    "whole_prefix": _prefix_hits_k,
    "large_input": lambda case: len(case["args"]["nums"]) >= 100_000,
}


def _collapse_zero_runs(case: dict) -> dict:
    nums = case["args"]["nums"]
    kept = [value for i, value in enumerate(nums) if not (value == 0 and i and nums[i - 1] == 0)]
    return {"args": {"nums": kept, "k": case["args"]["k"]}}


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {
    "negatives": lambda case: {"args": {"nums": [abs(x) for x in case["args"]["nums"]], "k": abs(case["args"]["k"])}},
    "zeros": _collapse_zero_runs,
    # a number far from k in front: no prefix sums to k any more, the other subarrays are as they were
    "whole_prefix": lambda case: {"args": {"nums": [1000, *case["args"]["nums"]], "k": case["args"]["k"]}},
    # a number far from k behind a lone one: two elements, and no new subarray sums to k
    "single_element": lambda case: {"args": {"nums": [*case["args"]["nums"], 1000], "k": case["args"]["k"]}},
}
