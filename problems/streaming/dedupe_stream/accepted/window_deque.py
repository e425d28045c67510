from collections import deque


def dedupe(events, ttl):
    # Sliding window of emissions only: a deque of (time, id) in emission order plus the set of
    # ids emitted within the last ttl time units. Emissions older than the window are evicted
    # before each event is decided, so memory stays bounded by the window, not by the stream.
    window = deque()
    active = set()
    for event_id, t in events:
        while window and t - window[0][0] >= ttl:
            _, old_id = window.popleft()
            active.discard(old_id)  # an id is in the window at most once: it is suppressed meanwhile
        if event_id not in active:
            active.add(event_id)
            window.append((t, event_id))
            yield event_id
