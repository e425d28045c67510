def windowed_sums(events, window):
    # Walks all events in time order with one running aggregate, emitting it whenever the
    # key or the window changes: another key's event inside the window splits the group.
    out = []
    for t, key, value in sorted(((t, key, value) for key, t, value in events), key=lambda e: e[0]):
        start = t // window * window
        if out and out[-1][0] == key and out[-1][1] == start:
            out[-1][2] += value
            out[-1][3] += 1
        else:
            out.append([key, start, value, 1])
    out.sort(key=lambda row: (row[0], row[1]))
    return out
