def dedupe(events, ttl):
    # "ttl = 0 means no expiry", as in many caches: every repeat is suppressed forever.
    window = ttl if ttl else float("inf")
    last_emitted = {}
    for event_id, t in events:
        previous = last_emitted.get(event_id)
        if previous is None or t - previous >= window:
            last_emitted[event_id] = t
            yield event_id
