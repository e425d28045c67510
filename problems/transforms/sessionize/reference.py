def sessionize(events: list[list], gap: int) -> list[list]:
    """Bucket each user's timestamps in a dict, sort each bucket, and cut a new session
    wherever two consecutive timestamps are more than `gap` apart.
    O(n log n) time, O(n) space."""
    times_by_user: dict[str, list[int]] = {}
    for user, t in events:
        times_by_user.setdefault(user, []).append(t)

    sessions = []
    for user in sorted(times_by_user):
        times = times_by_user[user]
        times.sort()
        start = prev = times[0]
        count = 0
        for t in times:
            if t - prev > gap:
                sessions.append([user, start, prev, count])
                start, count = t, 0
            prev = t
            count += 1
        sessions.append([user, start, prev, count])
    return sessions
