def dedupe(events, ttl):
    # Emits again only once the emission is strictly more than ttl old.
    last_emitted = {}
    for event_id, t in events:
        previous = last_emitted.get(event_id)
        if previous is None or t - previous > ttl:
            last_emitted[event_id] = t
            yield event_id
