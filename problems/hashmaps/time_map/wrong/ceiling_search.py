class TimeMap:
    def __init__(self) -> None:
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if not times or timestamp < times[0]:
            return ""
        lo, hi = 0, len(times) - 1
        while lo < hi:  # first version with time >= timestamp (or the last one)
            mid = (lo + hi) // 2
            if times[mid] < timestamp:
                lo = mid + 1
            else:
                hi = mid
        return self.values[key][lo]
