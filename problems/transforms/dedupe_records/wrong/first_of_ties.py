def dedupe_records(records):
    # Replaces the kept record only on a strictly newer timestamp: the first of equal ones stays.
    best = {}
    for record in records:
        kept = best.get(record[0])
        if kept is None or record[1] > kept[1]:
            best[record[0]] = record
    return [best[record_id] for record_id in sorted(best)]
