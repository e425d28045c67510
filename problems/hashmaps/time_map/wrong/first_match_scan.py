class TimeMap:
    def __init__(self) -> None:
        self.store = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.store.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for time, value in self.store.get(key, []):
            if time <= timestamp:
                return value
        return ""
