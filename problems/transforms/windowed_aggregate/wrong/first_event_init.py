def windowed_sums(events, window):
    # Sorts, then seeds the first group from the first event without checking there is one.
    tagged = sorted((key, t // window * window, value) for key, t, value in events)
    key, start, value = tagged[0]
    out = [[key, start, value, 1]]
    for key, start, value in tagged[1:]:
        row = out[-1]
        if key == row[0] and start == row[1]:
            row[2] += value
            row[3] += 1
        else:
            out.append([key, start, value, 1])
    return out
