"""Seeded generators for the large longest_consecutive cases (stdlib only), and what the property search needs."""
import random

from hypothesis import strategies as st


def one_run(seed: int, n: int = 200_000) -> dict:
    """A single run of n consecutive positive values, shuffled: the answer is n."""
    rng = random.Random(seed)
    start = rng.randint(1, 10**9 - n)
    nums = list(range(start, start + n))
    rng.shuffle(nums)
    return {"args": {"nums": nums}}


def wide_values(seed: int, n: int = 200_000, longest: int = 5000) -> dict:
    """Values spread over [-10^9, 10^9]: a few planted runs (the longest one crossing zero and
    holding repeated values), repeats of random values, and random singletons, shuffled."""
    rng = random.Random(seed)
    nums = []
    # the longest run crosses zero; a tenth of its values appear twice
    start = -rng.randint(1, longest - 1)
    run = list(range(start, start + longest))
    nums.extend(run)
    nums.extend(rng.sample(run, longest // 10))
    # shorter runs far from it, on both sides of zero
    for length in (longest - 1, longest // 2, longest // 3, 100, 10):
        sign = rng.choice((-1, 1))
        first = sign * rng.randint(10**8, 10**9 - longest)
        nums.extend(range(first, first + length))
    # random values well away from the planted runs, some repeated
    while len(nums) < n:
        x = rng.randint(-10**9, 10**9)
        if -10**7 <= x <= 10**7:
            continue
        nums.append(x)
        if rng.random() < 0.1 and len(nums) < n:
            nums.append(x)
    nums = nums[:n]
    rng.shuffle(nums)
    return {"args": {"nums": nums}}


def short_runs(seed: int, n: int = 200_000) -> dict:
    """n distinct positive values in many short runs (lengths 1 to 4, separated by gaps of at
    least 2) and one run of length 5 placed at a random spot, shuffled: the answer is 5."""
    rng = random.Random(seed)
    lengths = []
    total = 0
    while total < n - 5:
        length = min(rng.randint(1, 4), n - 5 - total)
        lengths.append(length)
        total += length
    lengths.insert(rng.randrange(len(lengths) + 1), 5)
    nums = []
    x = rng.randint(1, 1000)
    for length in lengths:
        nums.extend(range(x, x + length))
        x += length + rng.randint(2, 5)
    rng.shuffle(nums)
    return {"args": {"nums": nums}}


GENERATORS = {
    "one_run": one_run,
    "wide_values": wide_values,
    "short_runs": short_runs,
}


# Small inputs for the property search: a dozen values in a narrow range, so runs, gaps,
# repeats and negative values happen often.
STRATEGY = st.builds(
    lambda nums: {"args": {"nums": nums}},
    st.lists(st.integers(-6, 6), max_size=12),
)


def _run_starts(nums):
    values = set(nums)
    return sum(1 for x in values if x - 1 not in values)


PREDICATES = {
    "empty": lambda case: case["args"]["nums"] == [],
    "duplicates": lambda case: len(set(case["args"]["nums"])) < len(case["args"]["nums"]),
    "negatives": lambda case: any(x < 0 for x in case["args"]["nums"]),
    "single_element": lambda case: len(case["args"]["nums"]) == 1,
    # the distinct values form two or more maximal runs
    "multiple_runs": lambda case: _run_starts(case["args"]["nums"]) >= 2,
    "large_input": lambda case: len(case["args"]["nums"]) >= 100_000,
}


def _drop_repeats(case):
    """Keep the first copy of every value."""
    return {"args": {"nums": list(dict.fromkeys(case["args"]["nums"]))}}


def _shift_non_negative(case):
    """Add the same constant to every value: the same runs, no negative value."""
    nums = case["args"]["nums"]
    c = max(0, -min(nums, default=0))
    return {"args": {"nums": [x + c for x in nums]}}


def _longest_run_only(case):
    """Keep only the values of one longest run (with their repeats, in input order)."""
    values = set(case["args"]["nums"])
    best = None
    for x in sorted(values):
        if x - 1 not in values:
            end = x
            while end + 1 in values:
                end += 1
            if best is None or end - x > best[1] - best[0]:
                best = (x, end)
    if best is None:
        return None
    return {"args": {"nums": [x for x in case["args"]["nums"] if best[0] <= x <= best[1]]}}


def _alone(tag, change):
    """Apply `change` only if it takes away this tag's feature and no other: None otherwise."""

    def remover(case):
        changed = change(case)
        if changed is None:
            return None
        for other, holds in PREDICATES.items():
            if other != tag and holds(case) and not holds(changed):
                return None
        return changed

    return remover


# The smallest change that takes a tag's feature away (and no other one): if it makes a failing
# input pass, that tag decides.
REMOVERS = {
    "duplicates": _alone("duplicates", _drop_repeats),
    "negatives": _alone("negatives", _shift_non_negative),
    "multiple_runs": _alone("multiple_runs", _longest_run_only),
}
