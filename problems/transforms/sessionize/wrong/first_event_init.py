def sessionize(events, gap):
    # Seeds the first session from the first event without checking there is one.
    evs = sorted((u, t) for u, t in events)
    user, t = evs[0]
    cur = [user, t, t, 1]
    out = [cur]
    for user, t in evs[1:]:
        if user == cur[0] and t - cur[2] <= gap:
            cur[2] = t
            cur[3] += 1
        else:
            cur = [user, t, t, 1]
            out.append(cur)
    return out
