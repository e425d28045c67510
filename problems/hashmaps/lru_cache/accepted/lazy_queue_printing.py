from collections import deque


class LRUCache:
    """Lazy deletion: every use appends (key, stamp) to a queue and records the
    key's newest stamp. Eviction pops queue entries from the left, skipping the
    stale ones whose stamp is no longer the key's newest. Amortised O(1), but
    heavier than a linked list, and it prints a trace line on every call."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values = {}
        self.stamp_of = {}
        self.queue = deque()
        self.clock = 0
        print(f"init capacity={capacity}")

    def _touch(self, key):
        self.clock = self.clock + 1
        self.stamp_of[key] = self.clock
        self.queue.append((key, self.clock))

    def _evict(self):
        while True:
            key, stamp = self.queue.popleft()
            if key in self.stamp_of and self.stamp_of[key] == stamp:
                del self.stamp_of[key]
                del self.values[key]
                return key

    def get(self, key):
        if key in self.values:
            self._touch(key)
            value = self.values[key]
        else:
            value = -1
        print(f"get {key} -> {value} (size {len(self.values)}, queue {len(self.queue)})")
        return value

    def put(self, key, value):
        evicted = None
        if key not in self.values and len(self.values) == self.capacity:
            evicted = self._evict()
        self.values[key] = value
        self._touch(key)
        if len(self.queue) > 4 * self.capacity + 16:
            # drop stale entries so the queue stays proportional to the cache
            self.queue = deque(entry for entry in self.queue if self.stamp_of.get(entry[0]) == entry[1])
        print(f"put {key}={value} evicted={evicted} (size {len(self.values)})")
