"""Compare the list of operation results: None for the constructor, then one average per next()
call, each within 1e-6 of the expected value, absolute or relative, whichever is looser."""
import math

TOLERANCE = 1e-6


def _describe(value) -> str:
    try:
        text = repr(value)
    except ValueError:  # an int too long to print
        return "(too large to show)"
    return text if len(text) <= 80 else text[:79] + "…"


def check(case_input, expected, got):
    ops = case_input.get("ops", [])
    if not isinstance(got, list):
        return False, f"expected a list with one result per operation, got a {type(got).__name__}"
    if len(got) != len(expected):
        return False, f"expected {len(expected)} results (one per operation), got {len(got)}"
    for index, (want, value) in enumerate(zip(expected, got)):
        op = ops[index] if index < len(ops) else "next"
        if want is None:
            if value is not None:
                return False, f"operation {index} ({op}): expected None, got {_describe(value)}"
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False, (
                f"operation {index} ({op}): expected a number (a float), "
                f"got a {type(value).__name__}: {_describe(value)}"
            )
        try:
            number = float(value)
        except OverflowError:
            return False, f"operation {index} ({op}): got {_describe(value)}, far outside any average's range"
        if not math.isfinite(number):
            return False, f"operation {index} ({op}): got {value!r}, which is not a finite number"
        if abs(number - want) > TOLERANCE * max(1.0, abs(want)):
            args = case_input.get("args", [])
            call = f"{op}({', '.join(map(repr, args[index]))})" if index < len(args) else op
            return False, f"operation {index} {call}: expected {want!r} (within 1e-6), got {value!r}"
    return True, ""
