def sessionize(events: list[list], gap: int) -> list[list]:
    # One sort of all (user, timestamp) pairs, then one pass that cuts a new session
    # wherever the user changes or the time since the previous event exceeds gap.
    result = []
    cur = None  # the session being built: [user, start, end, count]
    for user, t in sorted((user, t) for user, t in events):
        if cur is not None and cur[0] == user and t - cur[2] <= gap:
            cur[2] = t
            cur[3] += 1
        else:
            cur = [user, t, t, 1]
            result.append(cur)
    return result
