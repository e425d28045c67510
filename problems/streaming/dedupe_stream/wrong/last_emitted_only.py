def dedupe(events, ttl):
    # Like uniq: compares each event with the last event it emitted, and nothing older.
    last_id = None
    last_t = None
    for event_id, t in events:
        if event_id == last_id and t - last_t < ttl:
            continue
        last_id, last_t = event_id, t
        yield event_id
