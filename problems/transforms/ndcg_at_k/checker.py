"""Compare a float answer with a tolerance of 1e-9, absolute or relative, whichever is looser."""
import math

TOLERANCE = 1e-9


def check(case_input, expected, got):
    if isinstance(got, bool) or not isinstance(got, (int, float)):
        return False, f"expected a number (a float), got a {type(got).__name__}: {got!r:.80}"
    try:
        value = float(got)
    except OverflowError:
        return False, f"got {got!r:.80}, far outside the range of an NDCG"
    if not math.isfinite(value):
        return False, f"got {got!r}, which is not a finite number (expected {expected!r})"
    if abs(value - expected) <= TOLERANCE * max(1.0, abs(expected)):
        return True, ""
    return False, f"expected {expected!r} (within 1e-9), got {got!r}"
