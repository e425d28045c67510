class _Row:
    """One right-table row as an object, to cost constant factors."""

    def __init__(self, position, key, value):
        self.position = position
        self.key = key
        self.value = value


def _emit(joined, key, left_value, right_value):
    joined.append(tuple([key, left_value, right_value]))


def left_join(left, right):
    print(f"[debug] left_join: {len(left)} left rows, {len(right)} right rows")
    # The same hash join with heavier bookkeeping: a row object per right row, a
    # defensive re-sort of each bucket by position, a record dict per left row, and
    # a helper call per output row (which comes out as a tuple).
    buckets = {}
    for position, row in enumerate(right):
        record = _Row(position, row[0], row[1])
        if record.key not in buckets:
            buckets[record.key] = []
        buckets[record.key].append(record)
    for key in list(buckets.keys()):
        buckets[key] = sorted(buckets[key], key=lambda r: r.position)
    joined = []
    for row in left:
        record = {"key": row[0], "value": row[1]}
        bucket = buckets.get(record["key"], [])
        if len(bucket) == 0:
            _emit(joined, record["key"], record["value"], None)
            continue
        for match in bucket:
            _emit(joined, record["key"], record["value"], match.value)
    print(f"[debug] left_join: {len(joined)} output rows")
    return joined
