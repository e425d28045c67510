from collections.abc import Iterator


def dedupe(events: Iterator[list], ttl: int) -> Iterator[str]:
    """One pass with a dict from id to the time it was last emitted.

    An event (id, t) is yielded when the id was never emitted or t - last_emitted >= ttl; only a
    yielded event updates the dict, so suppressed duplicates never extend the window.
    O(1) per event, O(distinct ids) memory.
    """
    last_emitted: dict[str, int] = {}
    for event_id, t in events:
        previous = last_emitted.get(event_id)
        if previous is None or t - previous >= ttl:
            last_emitted[event_id] = t
            yield event_id
