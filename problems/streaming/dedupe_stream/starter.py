from collections.abc import Iterator


def dedupe(events: Iterator[list], ttl: int) -> Iterator[str]:
    """Yield the id of each event that is not a duplicate within ttl of the id's last emission.

    events is a one-pass iterator of [event_id, timestamp] pairs (event_id a non-empty string,
    timestamp an int), in non-decreasing timestamp order; it has no len() and no indexing.
    An event (id, t) is suppressed exactly when the same id was EMITTED at a time t' with
    t - t' < ttl; otherwise its id is yielded. Suppressed events do not restart the window.
    0 <= ttl <= 10**9, up to 2 * 10**5 events.
    Example: list(dedupe(iter([["a", 0], ["a", 3], ["a", 10]]), 10)) == ["a", "a"].
    """
    raise NotImplementedError
