class LRUCache:
    """A fixed-capacity key-value cache that evicts the least recently used key.

    LRUCache(capacity) starts empty. get(key) returns the key's value, or -1
    when the key is not cached; a hit makes the key the most recently used.
    put(key, value) inserts or updates the key and makes it the most recently
    used; when that leaves more than `capacity` keys, the least recently used
    key is evicted.
    """

    def __init__(self, capacity: int) -> None:
        """Start an empty cache that holds at most capacity keys (capacity >= 1)."""
        raise NotImplementedError

    def get(self, key: int) -> int:
        """Return the value cached for key and mark key most recently used, or -1 if absent."""
        raise NotImplementedError

    def put(self, key: int, value: int) -> None:
        """Insert or update key with value, mark it most recently used, evict if over capacity."""
        raise NotImplementedError
