class TimeMap:
    def __init__(self) -> None:
        self.log = []  # every set, in timestamp order

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.log.append((timestamp, key, value))

    def get(self, key: str, timestamp: int) -> str:
        for i in range(len(self.log) - 1, -1, -1):
            time, k, value = self.log[i]
            if k == key and time <= timestamp:
                return value
        return ""
