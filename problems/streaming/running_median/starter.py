from collections.abc import Iterator


def running_median(stream: Iterator[int]) -> Iterator[float]:
    """After each number of the stream, yield the median of all numbers so far.

    stream is a one-pass iterator of ints (no len(), no indexing), up to 2 * 10**5 of them,
    each with |x| <= 10**9. With an odd count the median is the middle number; with an even
    count it is the mean of the two middle numbers (which may end in .5). Yield one number per
    input number; 3 and 3.0 are the same answer. An empty stream yields nothing.
    Example: list(running_median(iter([2, 7, 4, 1]))) == [2.0, 4.5, 4.0, 3.0].
    """
    raise NotImplementedError
