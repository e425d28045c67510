class _Version:
    """A deliberately heavy record wrapper, to cost constant factors."""

    def __init__(self, position, record):
        self.position = position
        self.record_id = str(record[0])
        self.updated_at = int(record[1])
        self.payload = str(record[2])

    def rank(self):
        return (self.updated_at, self.position)

    def as_tuple(self):
        return (self.record_id, self.updated_at, self.payload)


def dedupe_records(records):
    print(f"[debug] dedupe_records: {len(records)} records")
    newest = {}
    for position, record in enumerate(records):
        version = _Version(position, record)
        kept = newest.get(version.record_id)
        if kept is None or version.rank() > kept.rank():
            newest[version.record_id] = version
    result = [newest[key].as_tuple() for key in sorted(newest.keys(), key=lambda key: key)]
    print(f"[debug] dedupe_records: kept {len(result)} of {len(records)}")
    return result
