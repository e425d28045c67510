def dedupe(events, ttl):
    # Remembers when each id was last SEEN: suppressed repeats slide the window forward.
    last_seen = {}
    for event_id, t in events:
        previous = last_seen.get(event_id)
        if previous is None or t - previous >= ttl:
            yield event_id
        last_seen[event_id] = t
