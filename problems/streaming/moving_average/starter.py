class MovingAverage:
    """Average of the last `size` values of a stream of integers.

    MovingAverage(size) starts an empty stream. next(val) appends `val` and
    returns the average of the last `size` values seen, or of all of them while
    fewer than `size` have arrived.
    """

    def __init__(self, size: int) -> None:
        """Start an empty stream with a window of `size` values (size >= 1)."""
        raise NotImplementedError

    def next(self, val: int) -> float:
        """Append val and return the average of the values now in the window."""
        raise NotImplementedError
