def windowed_sums(events: list[list], window: int) -> list[list]:
    """Hash aggregation: each event's window starts at (t // window) * window (floor division, so
    negative timestamps fall in the window below them), accumulate [sum, count] per
    (key, window_start) in a dict, then sort the groups.
    O(n + g log g) time for n events in g groups, O(g) extra space."""
    groups: dict[tuple[str, int], list[int]] = {}
    for key, t, value in events:
        slot = (key, t // window * window)
        acc = groups.get(slot)
        if acc is None:
            groups[slot] = [value, 1]
        else:
            acc[0] += value
            acc[1] += 1
    return [[key, start, total, count] for (key, start), (total, count) in sorted(groups.items())]
