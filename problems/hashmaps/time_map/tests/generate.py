"""Seeded generators for the large time_map cases, and the property search's strategy and predicates."""
import random
import string
from bisect import bisect_left, bisect_right

from hypothesis import strategies as st


def _word(rng: random.Random, low: int = 3, high: int = 8) -> str:
    return "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(rng.randint(low, high)))


def large_one_key_history(seed: int, ops: int = 200_000, set_share: float = 0.5) -> dict:
    """One key whose history grows to about ops * set_share versions, with gets at
    random earlier times: exact hits and times between versions, never before the
    first version (which is at time 1) and never on another key."""
    rng = random.Random(seed)
    key = _word(rng)
    names, args = ["TimeMap"], [[]]
    clock = 0
    while len(names) - 1 < ops:
        if clock == 0 or rng.random() < set_share:
            clock = 1 if clock == 0 else clock + rng.randint(1, 5)
            names.append("set")
            args.append([key, _word(rng), clock])
        else:
            names.append("get")
            args.append([key, rng.randint(1, clock + 3)])
    return {"ops": names, "args": args}


def large_many_keys(seed: int, keys: int = 50_000, gets: int = 50_000) -> dict:
    """`keys` distinct keys set once each (odd timestamps), then gets of those keys at a
    later even time: every answer is the key's only version. Nothing is missing, early,
    exact or between versions; a solution that scans all sets on a get is too slow."""
    rng = random.Random(seed)
    pool = set()
    while len(pool) < keys:
        pool.add(_word(rng, 4, 10))
    pool = sorted(pool)  # a set of strings iterates in hash order, which changes per process
    rng.shuffle(pool)
    names, args = ["TimeMap"], [[]]
    for i, key in enumerate(pool):
        names.append("set")
        args.append([key, _word(rng), 2 * i + 1])
    for _ in range(gets):
        names.append("get")
        i = rng.randrange(keys)
        args.append([pool[i], 2 * rng.randint(i + 1, keys + 10)])
    return {"ops": names, "args": args}


def large_mixed(seed: int, ops: int = 200_000, keys: int = 2_000, missing: int = 200) -> dict:
    """Many keys with many versions each, gets at random times (before, between, exactly
    at and after versions) and on keys that were never set."""
    rng = random.Random(seed)
    pool = set()
    while len(pool) < keys + missing:
        pool.add(_word(rng))
    pool = sorted(pool)
    rng.shuffle(pool)
    used, never = pool[:keys], pool[keys:]
    seen: dict[str, list[int]] = {}
    names, args = ["TimeMap"], [[]]
    clock = 0
    while len(names) - 1 < ops:
        roll = rng.random()
        if roll < 0.45 or clock == 0:
            clock += rng.randint(1, 3)
            key = rng.choice(used)
            seen.setdefault(key, []).append(clock)
            names.append("set")
            args.append([key, _word(rng), clock])
        elif roll < 0.5:
            names.append("get")
            args.append([rng.choice(never), rng.randint(1, clock + 5)])
        else:
            key = rng.choice(used)
            times = seen.get(key)
            if times and rng.random() < 0.3:
                t = rng.choice(times)  # exactly at a version
            else:
                t = rng.randint(1, clock + 5)
            names.append("get")
            args.append([key, t])
    return {"ops": names, "args": args}


GENERATORS = {
    "large_one_key_history": large_one_key_history,
    "large_many_keys": large_many_keys,
    "large_mixed": large_mixed,
}


# The property search: three keys and four values; each set moves the clock on by 1 to 3, and each
# get looks a few ticks around the clock. Offsets shrink towards +1 (just after the latest set).
_OPERATION = st.one_of(
    st.tuples(st.just("set"), st.sampled_from("abc"), st.sampled_from(["p", "q", "r", "s"]), st.integers(1, 3)),
    st.tuples(st.just("get"), st.sampled_from("abc"), st.sampled_from([1, 0, -1, -2, -3, -4, 2, 3])),
)


def _build(operations: list) -> dict:
    names, args = ["TimeMap"], [[]]
    clock = 0
    for op in operations:
        if op[0] == "set":
            clock += op[3]
            names.append("set")
            args.append([op[1], op[2], clock])
        else:
            names.append("get")
            args.append([op[1], max(1, clock + op[2])])
    return {"ops": names, "args": args}


STRATEGY = st.lists(_OPERATION, max_size=12).map(_build)


def _gets(case: dict):
    """Each get with the timestamps its key had been set at so far."""
    history: dict[str, list[int]] = {}
    for index, (op, args) in enumerate(zip(case["ops"][1:], case["args"][1:]), start=1):
        if op == "set":
            history.setdefault(args[0], []).append(args[2])
        else:
            yield index, args[0], args[1], history.get(args[0], [])


def _tags(case: dict) -> set[str]:
    """The edge cases an operation sequence exhibits."""
    tags = set()
    for _, key, t, times in _gets(case):
        if not times:
            tags.add("missing_key")
            continue
        at_or_before = bisect_right(times, t)
        if at_or_before == 0:
            tags.add("before_first")
        if at_or_before > 0 and times[at_or_before - 1] == t:
            tags.add("exact_timestamp")
        if 0 < at_or_before < len(times) and times[at_or_before - 1] < t:
            tags.add("between_timestamps")
        if at_or_before >= 2:
            tags.add("many_versions_one_key")
    if len(case["ops"]) - 1 >= 100_000:
        tags.add("large_ops")
    return tags


PREDICATES = {
    tag: (lambda case, tag=tag: tag in _tags(case))
    for tag in ("missing_key", "before_first", "exact_timestamp", "between_timestamps",
                "many_versions_one_key", "large_ops")
}


def _drop_gets(case: dict, drop) -> dict:
    """The case without the gets for which drop(times, t) holds: a get changes nothing."""
    names, args = [case["ops"][0]], [case["args"][0]]
    skip = {index for index, key, t, times in _gets(case) if drop(times, t)}
    for index, (op, op_args) in enumerate(zip(case["ops"][1:], case["args"][1:]), start=1):
        if index not in skip:
            names.append(op)
            args.append(op_args)
    return {"ops": names, "args": args}


def _move_gets(case: dict, move) -> dict:
    """The case with each get's timestamp replaced by move(times, t)."""
    moved = {index: move(times, t) for index, key, t, times in _gets(case)}
    args = [list(a) for a in case["args"]]
    for index, t in moved.items():
        args[index][1] = t
    return {"ops": list(case["ops"]), "args": args}


def _doubled_off_exact(case: dict) -> dict:
    """Every timestamp doubled, then each get at exactly a version of its key one tick later:
    the order of all times is unchanged, so every answer is the same, but no get is exact."""
    args = [list(a) for a in case["args"]]
    for index, op in enumerate(case["ops"][1:], start=1):
        if op == "set":
            args[index][2] *= 2
        else:
            args[index][1] *= 2
    doubled = {"ops": list(case["ops"]), "args": args}
    for index, key, t, times in _gets(doubled):  # times: the versions so far
        if t in times:
            args[index][1] = t + 1
    return doubled


def _floor_between(times: list[int], t: int) -> int:
    """A time strictly between two versions moves back onto the earlier one: same answer."""
    i = bisect_right(times, t)
    if 0 < i < len(times) and times[i - 1] < t:
        return times[i - 1]
    return t


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {
    "missing_key": lambda case: _drop_gets(case, lambda times, t: not times),
    "before_first": lambda case: _drop_gets(case, lambda times, t: bool(times) and t < times[0]),
    "exact_timestamp": _doubled_off_exact,
    "between_timestamps": lambda case: _move_gets(case, _floor_between),
}
