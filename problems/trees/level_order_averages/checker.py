"""Float comparison for level_order_averages: element by element, within 1e-9 absolute or relative.

Never raises: a result of the wrong type, length or size is a rejection with a reason.
"""

import math

TOLERANCE = 1e-9


def _show(value):
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def check(case_input, expected, got):
    if not isinstance(got, list):
        return False, f"expected a list of {len(expected)} floats, got {type(got).__name__}"
    if len(got) != len(expected):
        return False, f"expected {len(expected)} averages (one per level), got {len(got)}"
    for level, (want, have) in enumerate(zip(expected, got)):
        if isinstance(have, bool) or not isinstance(have, (int, float)):
            return False, f"level {level}: expected a number, got {type(have).__name__}"
        try:
            value = float(have)
        except OverflowError:
            value = math.inf
        if not math.isfinite(value) or abs(value - want) > TOLERANCE * max(1.0, abs(want)):
            return False, f"level {level}: expected {_show(want)}, got {_show(have)}"
    return True
