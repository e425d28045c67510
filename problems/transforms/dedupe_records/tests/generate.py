"""Seeded generators for the large dedupe_records cases (stdlib only), and the property search's
strategy and predicates."""
import random

from hypothesis import strategies as st


def _ids(rng: random.Random, count: int) -> list[str]:
    ids = [f"user_{i:06d}" for i in range(count)]
    rng.shuffle(ids)
    return ids


def large_mixed(seed: int, n: int = 200_000, ids: int = 80_000, span: int = 50) -> dict:
    """Random ids with random timestamps in a small range, in random order: many versions per id,
    older versions after newer ones, and equal timestamps (with different payloads)."""
    rng = random.Random(seed)
    names = _ids(rng, ids)
    records = [[name, rng.randrange(span), ""] for name in names]
    records += [[rng.choice(names), rng.randrange(span), ""] for _ in range(n - ids)]
    rng.shuffle(records)
    for position, record in enumerate(records):
        record[2] = f"p{position}"  # distinct payloads, so every tie-break shows
    return {"args": {"records": records}}


def large_unique(seed: int, n: int = 200_000) -> dict:
    """Every record has its own id: nothing to merge, only the size (and the sort) is hard."""
    rng = random.Random(seed)
    names = _ids(rng, n)
    return {"args": {"records": [[name, rng.randrange(10**9), f"row{i}"] for i, name in enumerate(names)]}}


def large_in_order(seed: int, n: int = 200_000, versions: int = 5) -> dict:
    """n // versions ids with `versions` versions each, interleaved at random, but each id's
    versions arrive in strictly increasing time: many versions, nothing out of order, no tie."""
    rng = random.Random(seed)
    names = _ids(rng, n // versions)
    slots = [name for name in names for _ in range(versions)]
    rng.shuffle(slots)
    clock = {}
    records = []
    for i, name in enumerate(slots):
        clock[name] = clock.get(name, rng.randrange(1000)) + rng.randint(1, 1000)
        records.append([name, clock[name], f"v{i}"])
    return {"args": {"records": records}}


GENERATORS = {"large_mixed": large_mixed, "large_unique": large_unique, "large_in_order": large_in_order}

# Small inputs over three ids, timestamps 0..4 and three payloads: versions, ties and
# out-of-order arrivals are common.
STRATEGY = st.builds(
    lambda records: {"args": {"records": records}},
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 4), st.sampled_from(["p", "q", "r"])).map(list),
        max_size=12,
    ),
)


def _by_id(case) -> dict:
    groups = {}
    for record in case["args"]["records"]:
        groups.setdefault(record[0], []).append(record[1])
    return groups


PREDICATES = {
    "empty": lambda case: case["args"]["records"] == [],
    "single_record": lambda case: len(case["args"]["records"]) == 1,
    # some id's last record in the input is older than its newest
    "out_of_order": lambda case: any(stamps[-1] < max(stamps) for stamps in _by_id(case).values()),
    # some id has two records at its largest updated_at
    "timestamp_ties": lambda case: any(stamps.count(max(stamps)) >= 2 for stamps in _by_id(case).values()),
    "many_versions": lambda case: any(len(stamps) >= 3 for stamps in _by_id(case).values()),
    "large_input": lambda case: len(case["args"]["records"]) >= 100_000,
}
