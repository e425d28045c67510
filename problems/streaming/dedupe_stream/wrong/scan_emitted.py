def dedupe(events, ttl):
    # Keeps every emission and scans them all for a recent one with the same id: O(n^2).
    emitted = []
    for event_id, t in events:
        if any(other == event_id and t - when < ttl for other, when in emitted):
            continue
        emitted.append((event_id, t))
        yield event_id
