def dedupe(events, ttl):
    # Not a generator: collects everything, prints a trace line per event, and returns a tuple.
    # Same dict of last emission times, with extra work per event: O(n), heavier constants.
    emitted_at = {}
    out = []
    for position, event in enumerate(events):
        event_id, t = event[0], event[1]
        if event_id in emitted_at and t - emitted_at[event_id] < ttl:
            print(f"[debug] #{position} {event_id!r}@{t}: duplicate of {emitted_at[event_id]}")
            continue
        emitted_at[event_id] = t
        out.append(event_id)
        print(f"[debug] #{position} {event_id!r}@{t}: emit")
    return tuple(out)
