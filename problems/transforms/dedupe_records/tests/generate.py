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


def _distinct_stamps(case):
    """updated_at * n + position: every timestamp distinct, the same records win (later on ties)."""
    records = case["args"]["records"]
    n = len(records)
    return {"args": {"records": [[r[0], r[1] * n + i, r[2]] for i, r in enumerate(records)]}}


def _two_versions_at_most(case):
    """Per id keep only the winning record and, if it is not the winner, the id's last record."""
    records = case["args"]["records"]
    winner, last = {}, {}
    for i, r in enumerate(records):
        if r[0] not in winner or r[1] >= records[winner[r[0]]][1]:
            winner[r[0]] = i
        last[r[0]] = i
    keep = set(winner.values()) | set(last.values())
    return {"args": {"records": [r for i, r in enumerate(records) if i in keep]}}


def _other_id(case):
    records = case["args"]["records"]
    taken = {r[0] for r in records}
    name = next(f"_other{i}" for i in range(len(records) + 1) if f"_other{i}" not in taken)
    return {"args": {"records": records + [[name, 0, ""]]}}


# One tag's feature taken away, changing as little as possible (see docs/problem-format.md).
REMOVERS = {
    "empty": lambda case: {"args": {"records": [["a", 0, "p"]]}},
    "single_record": _other_id,
    # a stable sort by time keeps equal timestamps in input order: the same records win
    "out_of_order": lambda case: {"args": {"records": sorted(case["args"]["records"], key=lambda r: r[1])}},
    "timestamp_ties": _distinct_stamps,
    "many_versions": _two_versions_at_most,
}
