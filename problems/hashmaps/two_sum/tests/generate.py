"""Seeded generators for the large two_sum cases (stdlib only), and what the property search needs."""
import random

from hypothesis import strategies as st


def single_pair_at_end(seed: int, n: int = 200_000) -> dict:
    """Distinct non-negative values with exactly one valid pair, whose j is the last index.

    Every value but the last is 1 mod 4, the last is 2 mod 4 and the target is 3 mod 4: two
    values that are 1 mod 4 sum to 2 mod 4, so the only pair is (i0, n - 1). The target is odd,
    so no value is target / 2.
    """
    rng = random.Random(seed)
    ks = rng.sample(range(100_000_000), n)
    nums = [4 * k + 1 for k in ks[:-1]]
    nums.append(4 * ks[-1] + 2)
    i0 = rng.randrange(n - 1)
    return {"args": {"nums": nums, "target": nums[i0] + nums[-1]}}


def no_pair(seed: int, n: int = 200_000) -> dict:
    """Distinct multiples of 3 of both signs and a target that is 1 mod 3: no pair at all
    (and target / 2, when whole, is 2 mod 3, so it is not in nums either)."""
    rng = random.Random(seed)
    nums = [3 * k for k in rng.sample(range(-333_333_333, 333_333_334), n)]
    target = 3 * rng.randint(-300_000_000, 300_000_000) + 1
    return {"args": {"nums": nums, "target": target}}


def repeated_values(seed: int, n: int = 200_000, distinct: int = 1000) -> dict:
    """Many copies of a few even values, then one odd value at the end: every pair ends at
    the last index, and its partner value occurs many times (the first copy must be reported)."""
    rng = random.Random(seed)
    pool = [2 * k for k in rng.sample(range(1, 10_000_000), distinct)]
    nums = [rng.choice(pool) for _ in range(n - 1)]
    partner = nums[rng.randrange(n // 10)]  # an early value, with many later copies
    last = 2 * rng.randint(1, 10_000_000) + 1
    nums.append(last)
    return {"args": {"nums": nums, "target": partner + last}}


GENERATORS = {
    "single_pair_at_end": single_pair_at_end,
    "no_pair": no_pair,
    "repeated_values": repeated_values,
}


# Small inputs for the property search: few values, so pairs, duplicates and x + x == target
# happen often.
STRATEGY = st.builds(
    lambda nums, target: {"args": {"nums": nums, "target": target}},
    st.lists(st.integers(-5, 5), max_size=10),
    st.integers(-8, 8),
)


def _pair_ends(nums, target):
    """The indices j that have a partner i < j (O(n))."""
    seen = set()
    ends = []
    for j, x in enumerate(nums):
        if target - x in seen:
            ends.append(j)
        seen.add(x)
    return ends


def _half(target):
    return target // 2 if target % 2 == 0 else None


PREDICATES = {
    # no two distinct indices sum to target
    "no_pair": lambda case: not _pair_ends(case["args"]["nums"], case["args"]["target"]),
    # some value occurs more than once
    "duplicate_values": lambda case: len(set(case["args"]["nums"])) < len(case["args"]["nums"]),
    # target is x + x for a value x in nums, so an index could be paired with itself
    "same_index_twice": lambda case: _half(case["args"]["target"]) is not None
    and _half(case["args"]["target"]) in case["args"]["nums"],
    "negatives": lambda case: any(x < 0 for x in case["args"]["nums"]),
    # pairs end at two or more different indices j, so the smallest-j rule decides
    "earliest_pair": lambda case: len(set(_pair_ends(case["args"]["nums"], case["args"]["target"]))) >= 2,
    "large_input": lambda case: len(case["args"]["nums"]) >= 100_000,
}


def _shift_non_negative(case):
    """Add c to every number and 2c to the target: the same pairs, no negative number."""
    nums, target = case["args"]["nums"], case["args"]["target"]
    c = max(0, -min(nums, default=0))
    return {"args": {"nums": [x + c for x in nums], "target": target + 2 * c}}


def _drop_repeats(case):
    """Keep the first copy of every value."""
    return {"args": {"nums": list(dict.fromkeys(case["args"]["nums"])), "target": case["args"]["target"]}}


def _drop_halves(case):
    """Remove every copy of target / 2, so no index can pair with itself."""
    nums, target = case["args"]["nums"], case["args"]["target"]
    half = _half(target)
    return {"args": {"nums": [x for x in nums if x != half], "target": target}}


def _alone(tag, change):
    """Apply `change` only if it takes away this tag's feature and no other: None otherwise."""

    def remover(case):
        changed = change(case)
        for other, holds in PREDICATES.items():
            if other != tag and holds(case) and not holds(changed):
                return None
        return changed

    return remover


# The smallest change that takes a tag's feature away (and no other one): if it makes a failing
# input pass, that tag decides.
REMOVERS = {
    "duplicate_values": _alone("duplicate_values", _drop_repeats),
    "same_index_twice": _alone("same_index_twice", _drop_halves),
    "negatives": _alone("negatives", _shift_non_negative),
}
