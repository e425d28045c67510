"""Seeded generators for the large windowed_aggregate cases (stdlib only), and the
property-search strategy and edge predicates."""
import random

from hypothesis import strategies as st


def _names(rng: random.Random, count: int) -> list[str]:
    names = set()
    while len(names) < count:
        names.add("m_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)))
    return sorted(names)


def large_single_key(seed: int, n: int = 200_000, window: int = 1_000, max_step: int = 100) -> dict:
    """One key, positive timestamps in increasing order, none a multiple of window; steps of 1 to
    max_step, so about 2 * window / max_step events per window (n / 20 groups by default).
    Only the size is hard."""
    rng = random.Random(seed)
    events = []
    t = rng.randint(1, window - 1)
    for _ in range(n):
        events.append(["sensor", t, rng.randint(-1_000_000, 1_000_000)])
        t += rng.randint(1, max_step)
        if t % window == 0:
            t += 1
    return {"args": {"events": events, "window": window}}


def large_mixed(seed: int, n: int = 200_000, keys: int = 200, window: int = 10_000_000,
                span: int = 500_000_000, boundary_share: float = 0.05) -> dict:
    """Shuffled events of many keys with timestamps in [-span, span]; a share of them sit exactly
    on a window start. At most keys * (2 * span / window + 1) groups (about 2x10^4 by default)."""
    rng = random.Random(seed)
    names = _names(rng, keys)
    lo_w, hi_w = -(span // window), span // window
    events = []
    for _ in range(n):
        if rng.random() < boundary_share:
            t = rng.randint(lo_w, hi_w) * window
        else:
            t = rng.randint(-span, span)
        events.append([rng.choice(names), t, rng.randint(-1_000_000, 1_000_000)])
    rng.shuffle(events)
    return {"args": {"events": events, "window": window}}


GENERATORS = {"large_single_key": large_single_key, "large_mixed": large_mixed}


# Small inputs for the property search: few keys, small windows and timestamps around zero, so
# boundaries, negative timestamps, shared windows and unsorted orders all come up often.
_event = st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(-12, 12), st.integers(-3, 3)).map(list)
STRATEGY = st.builds(
    lambda events, window: {"args": {"events": events, "window": window}},
    st.lists(_event, max_size=10),
    st.integers(1, 6),
)


def _times(case):
    return [t for _, t, _ in case["args"]["events"]]


PREDICATES = {
    "empty": lambda case: case["args"]["events"] == [],
    "window_boundary": lambda case: any(t % case["args"]["window"] == 0 for t in _times(case)),
    "negative_timestamps": lambda case: any(t < 0 for t in _times(case)),
    "unsorted_input": lambda case: any(a > b for a, b in zip(_times(case), _times(case)[1:])),
    "multiple_keys": lambda case: len({key for key, _, _ in case["args"]["events"]}) >= 2,
    "large_input": lambda case: len(case["args"]["events"]) >= 100_000,
}
