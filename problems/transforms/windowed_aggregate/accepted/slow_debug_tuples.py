class _Bucket:
    """One (key, window) aggregate as an object, to cost constant factors."""

    def __init__(self, key, start):
        self.key = key
        self.start = start
        self.values = []

    def add(self, value):
        self.values.append(value)

    def as_tuple(self):
        return (self.key, self.start, sum(self.values), len(self.values))


def _window_start(t, window):
    # divmod's quotient is the floor, for negative t as well.
    quotient, _remainder = divmod(t, window)
    return quotient * window


def windowed_sums(events, window):
    print(f"[debug] windowed_sums: {len(events)} events, window={window}")
    # Nested dicts key -> window start -> bucket, each bucket keeping all its values,
    # then sorted keys and sorted starts with key functions. Still O(n log n).
    by_key = {}
    for event in events:
        record = {"key": event[0], "time": event[1], "value": event[2]}
        start = _window_start(record["time"], window)
        starts = by_key.setdefault(record["key"], {})
        if start not in starts:
            starts[start] = _Bucket(record["key"], start)
        starts[start].add(record["value"])
    rows = []
    for key in sorted(by_key, key=lambda k: k):
        for start in sorted(by_key[key], key=lambda s: s):
            rows.append(by_key[key][start].as_tuple())
    print(f"[debug] windowed_sums: {len(rows)} rows")
    return rows
