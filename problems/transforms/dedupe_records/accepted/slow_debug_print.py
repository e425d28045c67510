class _Version:
    """A deliberately heavy record wrapper, to cost constant factors."""

    __slots__ = ("position", "record")

    def __init__(self, position, record):
        self.position = position
        self.record = record

    def newer_than(self, other):
        return (self.record[1], self.position) > (other.record[1], other.position)


def dedupe_records(records):
    print(f"[debug] dedupe_records: {len(records)} records")
    newest = {}
    for position, record in enumerate(records):
        version = _Version(position, record)
        kept = newest.get(record[0])
        if kept is None or version.newer_than(kept):
            newest[record[0]] = version
    result = [tuple(newest[key].record) for key in sorted(newest)]
    print(f"[debug] dedupe_records: kept {len(result)} of {len(records)}")
    return result
