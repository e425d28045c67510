from bisect import bisect_left


class TimeMap:
    def __init__(self) -> None:
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.times:
            return ""
        i = bisect_left(self.times[key], timestamp) - 1
        if i < 0:
            return ""
        return self.values[key][i]
