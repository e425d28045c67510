def windowed_sums(events, window):
    # Keeps the groups in a list and finds an event's group by scanning it:
    # correct, but O(n * groups).
    groups = []
    for key, t, value in events:
        start = t // window * window
        for group in groups:
            if group[0] == key and group[1] == start:
                group[2] += value
                group[3] += 1
                break
        else:
            groups.append([key, start, value, 1])
    groups.sort(key=lambda row: (row[0], row[1]))
    return groups
