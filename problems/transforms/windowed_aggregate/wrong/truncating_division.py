def windowed_sums(events, window):
    # int(t / window) truncates toward zero, so a negative timestamp lands in the window
    # above it (e.g. -3 with window 5 goes to window 0 instead of -5).
    groups = {}
    for key, t, value in events:
        slot = (key, int(t / window) * window)
        acc = groups.setdefault(slot, [0, 0])
        acc[0] += value
        acc[1] += 1
    return [[key, start, total, count] for (key, start), (total, count) in sorted(groups.items())]
