def sessionize(events, gap):
    # Groups by user (stable sort keeps input order) but never sorts by timestamp:
    # assumes each user's events already arrive in time order.
    out = []
    cur = None
    for user, t in sorted(events, key=lambda e: e[0]):
        if cur is not None and user == cur[0] and t - cur[2] <= gap:
            cur[2] = t
            cur[3] += 1
        else:
            cur = [user, t, t, 1]
            out.append(cur)
    return out
