def dedupe(events, ttl):
    # Takes the first event before the loop to seed the table, assuming there is one.
    first_id, first_t = next(events)
    last_emitted = {first_id: first_t}
    yield first_id
    for event_id, t in events:
        previous = last_emitted.get(event_id)
        if previous is None or t - previous >= ttl:
            last_emitted[event_id] = t
            yield event_id
