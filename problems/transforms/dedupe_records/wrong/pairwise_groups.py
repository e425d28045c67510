from operator import itemgetter


def dedupe_records(records):
    if not records:
        return []
    # Stable sort by (id, updated_at): each id's last row is its newest, later input on ties.
    rows = sorted(records, key=itemgetter(0, 1))
    out = []
    for prev, cur in zip(rows, rows[1:]):
        if prev[0] != cur[0]:
            out.append(prev)
    out.append(cur)  # the last id's group ends with the last row
    return out
