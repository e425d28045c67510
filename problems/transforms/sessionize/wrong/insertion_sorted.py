def sessionize(events, gap):
    # Keeps events sorted by inserting each one at its place, found by a linear scan:
    # correct, but O(n^2).
    ordered = []
    for user, t in events:
        key = (user, t)
        i = 0
        while i < len(ordered) and ordered[i] <= key:
            i += 1
        ordered.insert(i, key)
    out = []
    cur = None
    for user, t in ordered:
        if cur is not None and user == cur[0] and t - cur[2] <= gap:
            cur[2] = t
            cur[3] += 1
        else:
            cur = [user, t, t, 1]
            out.append(cur)
    return out
