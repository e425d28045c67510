class _Session:
    def __init__(self, user, t):
        self.user = user
        self.start = t
        self.end = t
        self.count = 1

    def as_tuple(self):
        return (self.user, self.start, self.end, self.count)


def sessionize(events, gap):
    print(f"[debug] sessionize: {len(events)} events, gap={gap}")
    # Same idea as grouping per user, with heavier constant factors: a record dict per
    # event, a key function for every sort, one object per session.  Still O(n log n).
    records_by_user = {}
    for e in events:
        record = {"user": e[0], "time": e[1]}
        records_by_user.setdefault(record["user"], []).append(record)
    sessions = []
    for user in sorted(records_by_user.keys(), key=lambda u: u):
        current = None
        for r in sorted(records_by_user[user], key=lambda r: r["time"]):
            t = r["time"]
            if current is not None and t - current.end <= gap:
                current.end = t
                current.count += 1
            else:
                current = _Session(user, t)
                sessions.append(current)
    print(f"[debug] sessionize: {len(sessions)} sessions")
    return [s.as_tuple() for s in sessions]
