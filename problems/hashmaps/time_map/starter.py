class TimeMap:
    """A key-value store that keeps every version of a key by timestamp.

    set(key, value, timestamp) records a version; timestamps of set calls
    strictly increase across all calls. get(key, timestamp) returns the value
    of the version of `key` with the largest timestamp <= `timestamp`, or ""
    when there is none.
    """

    def __init__(self) -> None:
        """Start an empty store."""
        raise NotImplementedError

    def set(self, key: str, value: str, timestamp: int) -> None:
        """Record that key had value at time timestamp (larger than every earlier set's)."""
        raise NotImplementedError

    def get(self, key: str, timestamp: int) -> str:
        """Return the value of key's latest version at or before timestamp, or ""."""
        raise NotImplementedError
