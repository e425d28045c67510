"""Seeded generators for the large sessionize cases.

Every generated timestamp is even and every generated gap is odd, so no two events are ever
exactly `gap` apart: the large cases never probe gap_boundary.
"""
import random


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
