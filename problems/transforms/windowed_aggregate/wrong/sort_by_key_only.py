def windowed_sums(events, window):
    # Brings each key's events together with a stable sort by key, then merges consecutive
    # events in the same window: this assumes each key's events already arrive in time order.
    out = []
    for key, t, value in sorted(events, key=lambda e: e[0]):
        start = t // window * window
        if out and out[-1][0] == key and out[-1][1] == start:
            out[-1][2] += value
            out[-1][3] += 1
        else:
            out.append([key, start, value, 1])
    return out
