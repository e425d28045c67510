def dedupe_records(records):
    # Sort the positions by (id, updated_at, position): within an id the last one is the newest
    # and, among equal timestamps, the latest in the input. Keep the last of each id. O(n log n).
    order = sorted(range(len(records)), key=lambda i: (records[i][0], records[i][1], i))
    out = []
    for j, i in enumerate(order):
        if j + 1 == len(order) or records[order[j + 1]][0] != records[i][0]:
            out.append(list(records[i]))
    return out
