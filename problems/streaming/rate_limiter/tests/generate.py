"""Seeded generators for the large rate_limiter cases, and the property search's strategy and predicates."""
import random
from bisect import bisect_left, bisect_right

from hypothesis import strategies as st


def _case(limit: int, window: int, requests: list[tuple[str, int]]) -> dict:
    return {
        "ops": ["RateLimiter", *(["allow"] * len(requests))],
        "args": [[limit, window], *([user, t] for user, t in requests)],
    }


def large_single_user(seed: int, requests: int = 200_000, limit: int = 10_000, window: int = 5_000) -> dict:
    """One user, one request per second: with window < limit every request is allowed
    and the window never gets near the limit (not even counting its boundary). The
    case measures speed only: a solution that rescans the user's whole history does
    O(requests so far) work per call."""
    rng = random.Random(seed)
    start = rng.randint(1, 1_000)
    return _case(limit, window, [("solo", start + i) for i in range(requests)])


def large_many_users(seed: int, requests: int = 200_000, users: int = 20, limit: int = 5,
                     window: int = 60) -> dict:
    """Busy users over slowly advancing time: bursts in one second, retries after
    rejections, requests exactly `window` seconds after an allowed one."""
    rng = random.Random(seed)
    names = [f"user{i:02d}" for i in range(users)]
    t = rng.randint(1, 1_000)
    out: list[tuple[str, int]] = []
    last_seen: dict[str, int] = {}
    while len(out) < requests:
        user = rng.choice(names)
        roll = rng.random()
        if roll < 0.1:
            out.extend([(user, t)] * rng.randint(2, 2 * limit))  # a burst in one second
        elif roll < 0.2 and user in last_seen and last_seen[user] + window >= t:
            t = last_seen[user] + window  # exactly one window after this user's last request
            out.append((user, t))
        else:
            out.append((user, t))
        last_seen[user] = t
        if rng.random() < 0.3:
            t += rng.randint(1, 3)
    return _case(limit, window, out[:requests])


GENERATORS = {"large_single_user": large_single_user, "large_many_users": large_many_users}


# The property search: two users, limits 0 to 3 and windows 1 to 4 over a dozen requests whose
# timestamps step by 0 to 4, so bursts, boundaries and rejections are common.
_STEP = st.sampled_from([0, 0, 1, 1, 2, 3, 4])
STRATEGY = st.builds(
    lambda limit, window, start, steps: _case(
        limit, window, [(user, start + sum(step for _, step in steps[: i + 1])) for i, (user, _) in enumerate(steps)]
    ),
    st.integers(0, 3),
    st.integers(1, 4),
    st.integers(1, 3),
    st.lists(st.tuples(st.sampled_from(["a", "b"]), _STEP), max_size=12),
)


def _tags(case: dict) -> set[str]:
    """The edge cases a request sequence exhibits, replayed on a correct limiter.

    Each tag is the exact condition under which a solution with that one mistake first
    answers differently: at some request, the user's allowed requests in (t - window, t]
    are fewer than `limit`, but counting one more thing would reach it (all users'
    allowed requests, those exactly `window` old, the user's rejected requests); or they
    reach `limit` while their distinct timestamps do not.
    """
    limit, window = case["args"][0]
    tags = set()
    allowed: dict[str, list[int]] = {}  # per user, every allowed timestamp
    distinct: dict[str, list[int]] = {}  # per user, allowed timestamps without repeats
    every: dict[str, list[int]] = {}  # per user, every request's timestamp
    everyone: list[int] = []  # every user's allowed timestamps
    requests = 0
    for user, t in case["args"][1:]:
        requests += 1
        mine = allowed.setdefault(user, [])
        seconds = distinct.setdefault(user, [])
        tried = every.setdefault(user, [])
        cut = t - window
        inside = len(mine) - bisect_right(mine, cut)
        if inside < limit:
            if len(everyone) - bisect_right(everyone, cut) >= limit:
                tags.add("per_user")
            if len(mine) - bisect_left(mine, cut) >= limit:
                tags.add("window_boundary")
            if len(tried) - bisect_right(tried, cut) >= limit:
                tags.add("rejected_not_counted")
            mine.append(t)
            everyone.append(t)
            if not seconds or seconds[-1] != t:
                seconds.append(t)
        elif len(seconds) - bisect_right(seconds, cut) < limit:
            tags.add("burst_same_timestamp")
        tried.append(t)
    if limit == 0 and requests:
        tags.add("limit_zero")
    if requests >= 100_000:
        tags.add("large_stream")
    return tags


PREDICATES = {
    tag: (lambda case, tag=tag: tag in _tags(case))
    for tag in (
        "per_user",
        "window_boundary",
        "rejected_not_counted",
        "burst_same_timestamp",
        "limit_zero",
        "large_stream",
    )
}


def _drop_rejected(case: dict) -> dict:
    """Delete the rejected requests: the others are decided the same way, and none is rejected."""
    limit, window = case["args"][0]
    allowed: dict[str, list[int]] = {}
    kept = []
    for user, t in case["args"][1:]:
        mine = allowed.setdefault(user, [])
        if len(mine) - bisect_right(mine, t - window) < limit:
            mine.append(t)
            kept.append((user, t))
    return _case(limit, window, kept)


# The smallest change that takes a tag's feature away: if it makes a failing input pass, that tag decides.
REMOVERS = {"rejected_not_counted": _drop_rejected}
