def dedupe_records(records):
    # Unpacks the records into columns first: fine for any non-empty input.
    ids, stamps, payloads = zip(*records)
    best = {}
    for i, record_id in enumerate(ids):
        if record_id not in best or stamps[i] >= stamps[best[record_id]]:
            best[record_id] = i
    return [[ids[i], stamps[i], payloads[i]] for _, i in sorted(best.items())]
