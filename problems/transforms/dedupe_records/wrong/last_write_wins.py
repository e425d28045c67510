def dedupe_records(records):
    # A later record always overwrites an earlier one: right only if records arrive in time order.
    latest = {}
    for record in records:
        latest[record[0]] = record
    return [latest[record_id] for record_id in sorted(latest)]
