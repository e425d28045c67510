"""Seeded generators for the large sessionize cases.

Every generated timestamp is even and every generated gap is odd, so no two events are ever
exactly `gap` apart: the large cases never probe gap_boundary.
"""
import bisect
import random

from hypothesis import strategies as st


def _user_names(rng: random.Random, count: int) -> list[str]:
    names = set()
    while len(names) < count:
        names.add("user_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)))
    return sorted(names)


def large_blocks(seed: int, events: int = 200_000, users: int = 2_000, gap: int = 101) -> dict:
    """Globally time-sorted input; each user is active in a time block of their own, blocks
    separated by more than `gap`; timestamps are distinct. Only the size is hard."""
    rng = random.Random(seed)
    names = _user_names(rng, users)
    rng.shuffle(names)  # block order unrelated to name order
    per_user = [events // users] * users
    for i in range(events - sum(per_user)):
        per_user[i] += 1
    out = []
    t = 0
    for name, k in zip(names, per_user):
        for _ in range(k):
            out.append([name, t])
            t += 2 * rng.randint(1, 150)  # even steps: sometimes within gap, sometimes not
        t += 2 * gap + 2 * rng.randint(1, 1000)
    return {"args": {"events": out, "gap": gap}}


def large_mixed(seed: int, events: int = 200_000, users: int = 1_000, gap: int = 5_001) -> dict:
    """Shuffled events of many users active at the same time, with repeated (user, time) events."""
    rng = random.Random(seed)
    names = _user_names(rng, users)
    out = []
    while len(out) < events:
        if out and rng.random() < 0.05:
            out.append(list(rng.choice(out)))  # an exact repeat
        else:
            out.append([rng.choice(names), 2 * rng.randint(0, 500_000)])
    rng.shuffle(out)
    return {"args": {"events": out, "gap": gap}}


def large_one_user(seed: int, events: int = 200_000, gap: int = 15) -> dict:
    """One user, distinct timestamps in random order."""
    rng = random.Random(seed)
    times = rng.sample(range(0, 1_000_000), events)
    return {"args": {"events": [["solo", 2 * x] for x in times], "gap": gap}}


GENERATORS = {"large_blocks": large_blocks, "large_mixed": large_mixed, "large_one_user": large_one_user}


# The property search: three users, a dozen seconds, small gaps, so boundaries and repeats are common.
STRATEGY = st.builds(
    lambda events, gap: {"args": {"events": events, "gap": gap}},
    st.lists(st.tuples(st.sampled_from(["u", "v", "w"]), st.integers(0, 12)).map(list), max_size=8),
    st.integers(0, 4),
)


def _by_user(case: dict) -> dict[str, list[int]]:
    times: dict[str, list[int]] = {}
    for user, timestamp in case["args"]["events"]:
        times.setdefault(user, []).append(timestamp)
    return times


def _interleaved(case: dict) -> bool:
    """Another user's event falls inside one user's session, between two of its events."""
    gap = case["args"]["gap"]
    everyone = sorted(t for _, t in case["args"]["events"])
    for times in _by_user(case).values():
        times = sorted(times)
        for start, end in zip(times, times[1:]):
            if end - start > gap:
                continue
            # events of anyone in [start, end], less this user's own there: someone else's remain?
            anyone = bisect.bisect_right(everyone, end) - bisect.bisect_left(everyone, start)
            own = bisect.bisect_right(times, end) - bisect.bisect_left(times, start)
            if anyone > own:
                return True
    return False


PREDICATES = {
    "empty": lambda case: case["args"]["events"] == [],
    "single_event": lambda case: len(case["args"]["events"]) == 1,
    "unsorted_input": lambda case: any(times != sorted(times) for times in _by_user(case).values()),
    "gap_boundary": lambda case: any(
        b - a == case["args"]["gap"] for times in _by_user(case).values() for a, b in zip(sorted(times), sorted(times)[1:])
    ),
    "gap_zero": lambda case: case["args"]["gap"] == 0,
    "duplicate_timestamps": lambda case: any(len(set(times)) < len(times) for times in _by_user(case).values()),
    "interleaved_users": _interleaved,
    "large_input": lambda case: len(case["args"]["events"]) >= 100_000,
}


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {
    # one more second of gap: no pair of events is exactly gap apart (unless one is gap + 1 apart)
    "gap_boundary": lambda case: {"args": {"events": case["args"]["events"], "gap": case["args"]["gap"] + 1}},
    "unsorted_input": lambda case: {"args": {"events": sorted(case["args"]["events"], key=lambda e: e[1]), "gap": case["args"]["gap"]}},
    "duplicate_timestamps": lambda case: {
        "args": {"events": [list(e) for e in dict.fromkeys(map(tuple, case["args"]["events"]))], "gap": case["args"]["gap"]}
    },
}


def sized(seed: int, n: int) -> dict:
    """The growth estimate's input of size n: shuffled, so sorting is real work."""
    return large_mixed(seed, events=n, users=max(10, n // 200))


GENERATORS["sized"] = sized
