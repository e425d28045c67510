def sessionize(events, gap):
    # Walks all events in global time order with one open session: any event from
    # another user closes it, so users active at the same time split each other up.
    out = []
    cur = None
    for t, user in sorted((t, u) for u, t in events):
        if cur is not None and user == cur[0] and t - cur[2] <= gap:
            cur[2] = t
            cur[3] += 1
        else:
            cur = [user, t, t, 1]
            out.append(cur)
    out.sort(key=lambda s: (s[0], s[1]))
    return out
