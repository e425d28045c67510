from collections import deque


class MovingAverage:
    """A deque holding the window and an integer running sum.

    next() appends the new value, drops the oldest one once the window holds more
    than `size` values, and divides the running sum by the window's length:
    O(1) per call, O(size) memory. The sum stays an exact integer, so no
    floating-point drift builds up over a long stream.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._window: deque[int] = deque()
        self._total = 0

    def next(self, val: int) -> float:
        window = self._window
        window.append(val)
        self._total += val
        if len(window) > self._size:
            self._total -= window.popleft()
        return self._total / len(window)
