from bisect import bisect_right


class TimeMap:
    """Per key, two parallel lists: timestamps (ascending) and values.

    Set timestamps only grow, so set() appends in O(1) and each key's
    timestamps stay sorted. get() binary-searches for the last timestamp
    <= the query: O(log v) for a key with v versions. Memory is O(sets).
    """

    def __init__(self) -> None:
        self._times: dict[str, list[int]] = {}
        self._values: dict[str, list[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        if key not in self._times:
            self._times[key] = []
            self._values[key] = []
        self._times[key].append(timestamp)
        self._values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self._times.get(key)
        if not times:
            return ""
        i = bisect_right(times, timestamp)  # versions [0, i) have time <= timestamp
        return self._values[key][i - 1] if i else ""
