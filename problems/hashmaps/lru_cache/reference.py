from collections import OrderedDict


class LRUCache:
    """An OrderedDict kept in recency order: least recent first, most recent last.

    get() and put() are O(1): a hit is moved to the end, and an eviction pops
    the first entry. Memory is O(capacity).
    """

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._data: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        data = self._data
        if key not in data:
            return -1
        data.move_to_end(key)
        return data[key]

    def put(self, key: int, value: int) -> None:
        data = self._data
        if key in data:
            data.move_to_end(key)
        data[key] = value
        if len(data) > self._capacity:
            data.popitem(last=False)  # the least recently used key
