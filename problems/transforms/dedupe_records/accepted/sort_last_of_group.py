from operator import itemgetter


def dedupe_records(records):
    # A stable sort by (id, updated_at) puts each id's versions in time order, and keeps equal
    # timestamps in input order, so the last row of each id's run is the one to keep. O(n log n).
    rows = sorted(records, key=itemgetter(0, 1))
    out = []
    for i, row in enumerate(rows):
        if i + 1 == len(rows) or rows[i + 1][0] != row[0]:
            out.append(row)
    return out
