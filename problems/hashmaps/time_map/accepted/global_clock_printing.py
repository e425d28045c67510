from bisect import bisect_right


class TimeMap:
    """Every set gets a global sequence number; each key keeps the list of its
    timestamps and a list of indices into one shared value log. get() searches
    the key's timestamps with bisect. Prints a trace line on every call."""

    def __init__(self) -> None:
        self.log = []  # (key, value, timestamp) in set order
        self.times_of = {}
        self.slots_of = {}
        print("init")

    def set(self, key, value, timestamp):
        self.log.append((key, value, timestamp))
        if key not in self.times_of:
            self.times_of[key] = []
            self.slots_of[key] = []
        self.times_of[key].append(timestamp)
        self.slots_of[key].append(len(self.log) - 1)
        print(f"set {key!r}={value!r} @ {timestamp} (version {len(self.times_of[key])})")

    def get(self, key, timestamp):
        answer = ""
        if key in self.times_of:
            position = bisect_right(self.times_of[key], timestamp)
            if position > 0:
                slot = self.slots_of[key][position - 1]
                entry = self.log[slot]
                answer = entry[1]
        print(f"get {key!r} @ {timestamp} -> {answer!r}")
        return answer
