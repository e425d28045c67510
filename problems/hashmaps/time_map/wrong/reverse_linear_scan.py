class TimeMap:
    def __init__(self) -> None:
        self.store = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.store.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        versions = self.store.get(key, [])
        for i in range(len(versions) - 1, -1, -1):  # newest first
            if versions[i][0] <= timestamp:
                return versions[i][1]
        return ""
