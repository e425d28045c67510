def sessionize(events, gap):
    # Keeps a set of timestamps per user, so repeated (user, time) events count once.
    seen = {}
    for user, t in events:
        seen.setdefault(user, set()).add(t)
    out = []
    for user in sorted(seen):
        cur = None
        for t in sorted(seen[user]):
            if cur is not None and t - cur[2] <= gap:
                cur[2] = t
                cur[3] += 1
            else:
                cur = [user, t, t, 1]
                out.append(cur)
    return out
