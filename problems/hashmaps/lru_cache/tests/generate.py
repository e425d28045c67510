"""Seeded generators for the large lru_cache cases, and the property search's strategy and predicates."""
import random
from collections import OrderedDict

from hypothesis import strategies as st


def large_fill_then_hot(seed: int, ops: int = 200_000, capacity: int = 10_000) -> dict:
    """Fill the cache with `capacity` distinct keys, then get the most recent key over and over.

    Nothing is ever evicted, updated or missed, and every get hits the key that is
    already the most recent: the case measures speed only. A solution that scans
    its recency list on each access pays O(capacity) per get here.
    """
    rng = random.Random(seed)
    keys = rng.sample(range(100_001), capacity)
    names = ["LRUCache"]
    args = [[capacity]]
    for key in keys:
        names.append("put")
        args.append([key, rng.randint(0, 10**9)])
    hot = keys[-1]
    while len(names) - 1 < ops:
        names.append("get")
        args.append([hot])
    return {"ops": names, "args": args}


def large_mixed(seed: int, ops: int = 200_000, capacity: int = 10_000, key_range: int = 20_000,
                hot_keys: int = 2_000, hot_share: float = 0.6, get_share: float = 0.5) -> dict:
    """Random gets and puts, `hot_share` of them on a small hot set of keys: hits,
    misses, updates and evictions are all frequent once the cache is full."""
    rng = random.Random(seed)
    pool = rng.sample(range(100_001), key_range)
    hot = pool[:hot_keys]
    names = ["LRUCache"]
    args = [[capacity]]
    while len(names) - 1 < ops:
        key = rng.choice(hot) if rng.random() < hot_share else rng.choice(pool)
        if rng.random() < get_share:
            names.append("get")
            args.append([key])
        else:
            names.append("put")
            args.append([key, rng.randint(0, 10**9)])
    return {"ops": names, "args": args}


GENERATORS = {"large_fill_then_hot": large_fill_then_hot, "large_mixed": large_mixed}


# The property search: capacity 1 to 4 over six keys, so hits, misses, updates and evictions are common.
# Capacities shrink towards 2, so a counterexample uses capacity 1 only when the bug needs it.
_OPERATION = st.one_of(
    st.integers(0, 3).map(lambda key: ("get", [key])),
    st.tuples(st.integers(0, 3), st.integers(0, 9)).map(lambda kv: ("put", [kv[0], kv[1]])),
)
STRATEGY = st.builds(
    lambda capacity, operations: {
        "ops": ["LRUCache", *(op for op, _ in operations)],
        "args": [[capacity], *(args for _, args in operations)],
    },
    st.sampled_from([2, 1, 3, 4]),
    st.lists(_OPERATION, max_size=12),
)


def _tags(case: dict) -> set[str]:
    """The edge cases an operation sequence exhibits, replayed on a correct cache."""
    capacity = case["args"][0][0]
    cache: OrderedDict = OrderedDict()
    tags = set()
    refreshed = False  # a get has hit a key that was not the most recent one
    at_eviction = set()  # keys that were least or most recent at an eviction (capacity >= 2)
    if capacity == 1:
        tags.add("capacity_one")
    for op, args in zip(case["ops"][1:], case["args"][1:]):
        key = args[0]
        if key in at_eviction:
            tags.add("eviction_order")  # evicting the newest key instead would show here
        if op == "get":
            if key not in cache:
                tags.add("missing_key")
            else:
                if key != next(reversed(cache)):
                    refreshed = True
                cache.move_to_end(key)
            continue
        if key in cache:
            tags.add("update_existing")
            cache.move_to_end(key)
        elif len(cache) == capacity:
            if refreshed:
                tags.add("get_refreshes")  # the refresh can change which key goes
            if capacity >= 2:
                at_eviction |= {next(iter(cache)), next(reversed(cache))}
            cache.popitem(last=False)
        cache[key] = args[1]
    if len(case["ops"]) - 1 >= 100_000:
        tags.add("large_ops")
    return tags


PREDICATES = {
    tag: (lambda case, tag=tag: tag in _tags(case))
    for tag in ("capacity_one", "update_existing", "get_refreshes", "eviction_order", "missing_key", "large_ops")
}


def _drop_gets_of_unseen_keys(case: dict) -> dict:
    """Delete the gets of keys that no earlier put has named: they miss, and change nothing."""
    names, args = [case["ops"][0]], [case["args"][0]]
    seen = set()
    for op, op_args in zip(case["ops"][1:], case["args"][1:]):
        if op == "put":
            seen.add(op_args[0])
        elif op_args[0] not in seen:
            continue
        names.append(op)
        args.append(op_args)
    return {"ops": names, "args": args}


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
# (Only misses on never-seen keys can be taken away safely: a miss on an evicted key may be where
# another bug shows.)
REMOVERS = {"missing_key": _drop_gets_of_unseen_keys}
