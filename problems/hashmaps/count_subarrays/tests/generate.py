"""Seeded generators for the large count_subarrays cases (stdlib only)."""
import random


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
