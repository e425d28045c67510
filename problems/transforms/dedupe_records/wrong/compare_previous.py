def dedupe_records(records):
    # Compares each record with the previous version of its id, not with the best one kept.
    best = {}
    previous = {}
    for record in records:
        record_id = record[0]
        if record_id not in previous or record[1] >= previous[record_id][1]:
            best[record_id] = record
        previous[record_id] = record
    return [best[record_id] for record_id in sorted(best)]
