def windowed_sums(events: list[list], window: int) -> list[list]:
    """Hash aggregation: each event's window starts at (t // window) * window (floor division, so a
    negative timestamp falls in the window below zero that contains it), and [sum, count] is kept
    per key, per window start, in nested dicts. Then keys are sorted, and each key's window starts.
    O(n + g log g) time for n events in g non-empty (key, window) groups, O(g) extra space."""
    by_key: dict[str, dict[int, list[int]]] = {}
    for key, t, value in events:
        starts = by_key.get(key)
        if starts is None:
            starts = by_key[key] = {}
        start = t // window * window
        acc = starts.get(start)
        if acc is None:
            starts[start] = [value, 1]
        else:
            acc[0] += value
            acc[1] += 1

    rows = []
    for key in sorted(by_key):
        starts = by_key[key]
        for start in sorted(starts):
            total, count = starts[start]
            rows.append([key, start, total, count])
    return rows
