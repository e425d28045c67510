def sessionize(events, gap):
    # Treats "fewer than two events" as "nothing to sessionize".
    if len(events) < 2:
        return []
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
