"""Seeded generators for the large dedupe_stream cases, and the property-search strategy."""

import random

from hypothesis import strategies as st


def _unique_ids(rng: random.Random, count: int, prefix: str) -> list[str]:
    """count distinct ids that look random: an odd multiplier permutes the 32-bit numbers."""
    offset = rng.getrandbits(32)
    return [f"{prefix}{(i * 2654435761 + offset) & 0xFFFFFFFF:08x}" for i in range(count)]


def large_bursts(seed: int, events: int = 200_000, ttl: int = 50) -> dict:
    """Each id arrives in one short burst (1 to 4 consecutive events spanning less than ttl) and
    never again. Only the first event of a burst is emitted: about 80,000 emissions, no boundary,
    no id returning after its window, no other id in between its duplicates. Only size is hard."""
    rng = random.Random(seed)
    ids = iter(_unique_ids(rng, events, "ev-"))
    out = []
    t = rng.randint(0, 1000)
    while len(out) < events:
        event_id = next(ids)
        for _ in range(min(1 + rng.getrandbits(2), events - len(out))):
            out.append([event_id, t])
            t += rng.getrandbits(2)  # a burst of 4 spans at most 9 < ttl
        t += rng.getrandbits(2)
    return {"args": {"events": out, "ttl": ttl}}


def large_mixed(
    seed: int, events: int = 200_000, hot: int = 50, cold: int = 60_000, hot_share: float = 0.2, ttl: int = 1_000
) -> dict:
    """A few hot ids repeating constantly (suppressed, interleaved, refreshed by duplicates, and
    sometimes exactly ttl after their emission) among many cold ids that are mostly emitted."""
    rng = random.Random(seed)
    hot_ids = _unique_ids(rng, hot, "hot-")
    cold_ids = _unique_ids(rng, cold, "user-")
    out = []
    t = 0
    hot_cut = int(hot_share * 1024)
    for _ in range(events):
        r = rng.getrandbits(48)  # one draw per event: pool, id and time step from its bits
        pool = hot_ids if (r & 1023) < hot_cut else cold_ids
        out.append([pool[(r >> 10) % len(pool)], t])
        t += (r >> 40) % 3  # 0, 1 or 2
    return {"args": {"events": out, "ttl": ttl}}


def large_ttl_zero(seed: int, events: int = 200_000, distinct: int = 30) -> dict:
    """ttl = 0 over few ids with many repeats, some at the very same timestamp: all are emitted."""
    rng = random.Random(seed)
    ids = _unique_ids(rng, distinct, "k")
    out = []
    t = 10**9 - 2 * events  # large timestamps, ending near the 10^9 bound
    steps = (0, 0, 1, 2)
    for _ in range(events):
        r = rng.getrandbits(24)
        out.append([ids[(r >> 2) % distinct], t])
        t += steps[r & 3]
    return {"args": {"events": out, "ttl": 0}}


GENERATORS = {"large_bursts": large_bursts, "large_mixed": large_mixed, "large_ttl_zero": large_ttl_zero}


# The property search: three ids, timestamps a few units apart (often equal), small ttl, so
# boundaries, suppressed repeats and interleaving happen all the time.
def _build(start: int, steps: list, ttl: int) -> dict:
    events = []
    t = start
    for event_id, delta in steps:
        t += delta
        events.append([event_id, t])
    return {"args": {"events": events, "ttl": ttl}}


STRATEGY = st.builds(
    _build,
    st.integers(0, 3),
    st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 3)), max_size=10),
    st.integers(0, 5),
)


def _trace(case: dict) -> list[tuple[str, int, bool, int | None, int | None, str | None]]:
    """Per event, under the correct rule: (id, t, emitted, the id's last emission time before it,
    its last occurrence time before it, the id of the most recent emission before it)."""
    ttl = case["args"]["ttl"]
    last_emitted: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    latest = None
    rows = []
    for event_id, t in case["args"]["events"]:
        previous = last_emitted.get(event_id)
        emitted = previous is None or t - previous >= ttl
        rows.append((event_id, t, emitted, previous, last_seen.get(event_id), latest))
        if emitted:
            last_emitted[event_id] = t
            latest = event_id
        last_seen[event_id] = t
    return rows


def _boundary(case: dict) -> bool:
    """An id arrives exactly ttl after its last emission (it must be emitted again)."""
    ttl = case["args"]["ttl"]
    return any(prev is not None and t - prev == ttl for _, t, _, prev, _, _ in _trace(case))


def _suppressed_extends(case: dict) -> bool:
    """An emitted event whose id also occurred (suppressed) less than ttl before it."""
    ttl = case["args"]["ttl"]
    return any(emitted and seen is not None and t - seen < ttl for _, t, emitted, _, seen, _ in _trace(case))


def _interleaved(case: dict) -> bool:
    """A suppressed event whose id is not the most recently emitted one."""
    return any(not emitted and event_id != latest for event_id, _, emitted, _, _, latest in _trace(case))


PREDICATES = {
    "empty_stream": lambda case: case["args"]["events"] == [],
    "ttl_zero": lambda case: case["args"]["ttl"] == 0,
    "ttl_boundary": _boundary,
    "suppressed_does_not_extend": _suppressed_extends,
    "interleaved_ids": _interleaved,
    "large_stream": lambda case: len(case["args"]["events"]) >= 100_000,
}


def _off_boundary(case: dict) -> dict:
    """The same decisions without a difference of exactly ttl. For ttl > 0: timestamps doubled and
    ttl made 2 * ttl - 1 (d < ttl exactly when 2d < 2 ttl - 1, and 2d is never 2 ttl - 1). For
    ttl = 0, where every event is emitted anyway: timestamps made strictly increasing."""
    ttl = case["args"]["ttl"]
    events = case["args"]["events"]
    if ttl == 0:
        spread = len(events) + 1
        moved = [[event_id, t * spread + i] for i, (event_id, t) in enumerate(events)]
        return {"args": {"events": moved, "ttl": 0}}
    return {"args": {"events": [[event_id, 2 * t] for event_id, t in events], "ttl": 2 * ttl - 1}}


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {"ttl_boundary": _off_boundary}
