"""Seeded generators for the large hit_counter cases, and the property search's strategy and predicates."""
import random
from collections import deque

from hypothesis import strategies as st

WINDOW = 300


def _case(calls: list[tuple[str, int]]) -> dict:
    return {"ops": ["HitCounter", *(op for op, _ in calls)], "args": [[], *([t] for _, t in calls)]}


def large_distinct_seconds(seed: int, calls: int = 200_000) -> dict:
    """Hits one to three seconds apart, never two in the same second, with a get_hits
    after most of them, always while the last hit is still inside the window and
    never exactly 300 seconds after a hit: the case measures speed only (no boundary,
    no burst, no empty window, no long gap). A solution that scans every hit ever
    recorded does O(number of hits) work per get_hits."""
    rng = random.Random(seed)
    t = rng.randint(1, 1_000_000)
    hit_seconds: set[int] = set()
    out: list[tuple[str, int]] = []
    last_hit = None
    while len(out) < calls:
        if last_hit is None or rng.random() < 0.5:
            t += rng.randint(1, 3)
            out.append(("hit", t))
            hit_seconds.add(t)
            last_hit = t
            continue
        for query in (t, t + 1, t + 2):
            if query - WINDOW not in hit_seconds and query < last_hit + WINDOW:
                t = query
                out.append(("get_hits", t))
                break
    return _case(out)


def large_bursty(seed: int, calls: int = 200_000) -> dict:
    """Bursts of up to 50 hits in one second, get_hits exactly 300 seconds after
    earlier hits, and quiet spells of 300 to 2,000 seconds that empty the window."""
    rng = random.Random(seed)
    t = rng.randint(1, 1_000)
    recent: list[int] = []
    out: list[tuple[str, int]] = []
    while len(out) < calls:
        roll = rng.random()
        if roll < 0.01:
            t += rng.randint(WINDOW, 2_000)  # quiet spell
            out.append(("get_hits", t))
        elif roll < 0.35:
            for _ in range(rng.randint(1, 50)):  # a burst in one second
                out.append(("hit", t))
            recent.append(t)
            t += rng.randint(0, 4)
        elif roll < 0.5:
            # exactly 300 s after an earlier burst, when that moment is at most 5 s away
            ahead = [second + WINDOW for second in recent if t <= second + WINDOW <= t + 5]
            if ahead:
                t = min(ahead)
            out.append(("get_hits", t))
        else:
            out.append(("get_hits", t))
            t += rng.randint(0, 2)
        if len(recent) > 200:
            del recent[:100]
    return _case(out[:calls])


GENERATORS = {"large_distinct_seconds": large_distinct_seconds, "large_bursty": large_bursty}


# The property search: a dozen calls whose timestamps step by 0 (bursts), a little, or by about
# 300 (the boundary), from a small start. Jumps of 10^8 s (long_gap) are left out: their wrong
# solution fails by running out of time, not by answering differently.
_STEP = st.sampled_from([0, 0, 0, 1, 2, 5, 150, 299, 300, 301, 600])
STRATEGY = st.builds(
    lambda start, steps: _case(
        [(op, start + sum(step for _, step in steps[: i + 1])) for i, (op, _) in enumerate(steps)]
    ),
    st.integers(1, 5),
    st.lists(st.tuples(st.sampled_from(["hit", "get_hits"]), _STEP), max_size=12),
)


def _tags(case: dict) -> set[str]:
    """The edge cases a call sequence exhibits, replayed with hits counted per second."""
    tags = set()
    window: deque[list[int]] = deque()  # [second, hits in that second], seconds in the window
    total = 0
    repeated = 0  # seconds in the window with two hits or more
    previous = None
    for op, args in zip(case["ops"][1:], case["args"][1:]):
        t = args[0]
        if previous is not None and t - previous >= 100_000_000:
            tags.add("long_gap")
        previous = t
        if op == "hit":
            if window and window[-1][0] == t:
                window[-1][1] += 1
                repeated += window[-1][1] == 2
            else:
                window.append([t, 1])
            total += 1
            continue
        while window and window[0][0] <= t - WINDOW:
            second, count = window.popleft()
            if second == t - WINDOW:
                tags.add("window_boundary")  # hits exactly 300 s old: no longer counted
            total -= count
            repeated -= count >= 2
        if repeated:
            tags.add("same_timestamp")
        if total == 0:
            tags.add("no_hits")
    if len(case["ops"]) - 1 >= 100_000:
        tags.add("large_stream")
    return tags


PREDICATES = {
    tag: (lambda case, tag=tag: tag in _tags(case))
    for tag in ("window_boundary", "same_timestamp", "long_gap", "no_hits", "large_stream")
}


def _drop_boundary_hits(case: dict) -> dict:
    """Delete every hit that some later get_hits sees exactly 300 seconds old."""
    queried = {args[0] for op, args in zip(case["ops"][1:], case["args"][1:]) if op == "get_hits"}
    calls = [
        (op, args[0])
        for op, args in zip(case["ops"][1:], case["args"][1:])
        if not (op == "hit" and args[0] + WINDOW in queried)
    ]
    return _case(calls)


def _one_hit_per_second(case: dict) -> dict:
    """Keep only the first hit of each second."""
    seen: set[int] = set()
    calls = []
    for op, args in zip(case["ops"][1:], case["args"][1:]):
        if op == "hit":
            if args[0] in seen:
                continue
            seen.add(args[0])
        calls.append((op, args[0]))
    return _case(calls)


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {"window_boundary": _drop_boundary_hits, "same_timestamp": _one_hit_per_second}
