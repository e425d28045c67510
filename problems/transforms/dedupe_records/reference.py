def dedupe_records(records: list[list]) -> list[list]:
    """One pass keeping the best record per id in a dict (a later record replaces the kept one
    when its updated_at is larger or equal), then one sort of the ids.
    O(n + d log d) time for n records and d distinct ids, O(d) extra space."""
    best: dict[str, list] = {}
    for record in records:
        kept = best.get(record[0])
        if kept is None or record[1] >= kept[1]:  # >=: on a tie the later record wins
            best[record[0]] = record
    return [best[record_id] for record_id in sorted(best)]
