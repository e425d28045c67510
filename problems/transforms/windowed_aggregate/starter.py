def windowed_sums(events: list[list], window: int) -> list[list]:
    """Sum each key's event values over tumbling time windows.

    events: [key, timestamp, value] (key a string, timestamp and value ints; timestamps may be
            negative), in any order.
    window: the window length; window w covers timestamps [w * window, (w + 1) * window),
            for every integer w (negative w included).

    Return one [key, window_start, sum, count] per (key, window) holding at least one event,
    ordered by key, then window_start.
    Example: windowed_sums([["a", 12, 1], ["a", 3, 5]], 10) == [["a", 0, 5, 1], ["a", 10, 1, 1]].
    """
    raise NotImplementedError
