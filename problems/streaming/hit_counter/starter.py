class HitCounter:
    """Count the hits of the past 300 seconds.

    hit(timestamp) records one hit at that second. get_hits(timestamp) returns
    how many hits have a timestamp in (timestamp - 300, timestamp]. Timestamps
    never decrease from one call to the next.
    """

    def __init__(self) -> None:
        """Start with no hits."""
        raise NotImplementedError

    def hit(self, timestamp: int) -> None:
        """Record one hit at second `timestamp`."""
        raise NotImplementedError

    def get_hits(self, timestamp: int) -> int:
        """Return the number of hits with a timestamp in (timestamp - 300, timestamp]."""
        raise NotImplementedError
