DEFAULT_GAP = 30 * 60  # half an hour, the usual web-analytics session timeout


def sessionize(events, gap):
    # "if not gap" was meant for a missing gap, but 0 is falsy too.
    if not gap:
        gap = DEFAULT_GAP
    out = []
    cur = None
    for user, t in sorted((u, t) for u, t in events):
        if cur is not None and user == cur[0] and t - cur[2] <= gap:
            cur[2] = t
            cur[3] += 1
        else:
            cur = [user, t, t, 1]
            out.append(cur)
    return out
