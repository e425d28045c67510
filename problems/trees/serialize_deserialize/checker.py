"""Round-trip checker: serialize's string is the candidate's own format, so only its type is checked;
deserialize(serialize(root)) must give back the original tree (same shape, same int values)."""


def _canonical(values):
    """A level-order list (nulls for gaps) in the judge's normal form: entries past the last node's
    children dropped and trailing nulls trimmed. Iterative; works on the shape only."""
    if not values or values[0] is None:
        return []
    out = [values[0]]
    frontier, index, head = 1, 1, 0  # frontier: nodes placed so far
    while head < frontier and index < len(values):
        for _ in range(2):
            if index >= len(values):
                break
            value = values[index]
            index += 1
            out.append(value)
            if value is not None:
                frontier += 1
        head += 1
    while out and out[-1] is None:
        out.pop()
    return out


def _show(value, limit=80):
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check(case_input, expected, got):
    try:
        return _check(case_input, got)
    except Exception as exc:  # never raise on junk: a rejection with a reason
        return (False, f"the output could not be checked: {type(exc).__name__}")


def _check(case_input, got):
    if not isinstance(got, list) or len(got) != 3:
        return (False, f"expected one result per operation (3), got {_show(got)}")
    serialized, rebuilt = got[1], got[2]
    if not isinstance(serialized, str):
        return (False, f"serialize() must return a str, got {type(serialized).__name__}")
    if not isinstance(rebuilt, list):
        return (False, f"deserialize() must return a TreeNode or None, got {_show(rebuilt)}")
    source = case_input["args"][1][0]
    if not isinstance(source, list):
        return (False, "this case holds no tree to compare with")
    original = _canonical(source)
    rebuilt = _canonical(rebuilt)
    for position, value in enumerate(rebuilt):
        if value is not None and (type(value) is not int):
            return (
                False,
                f"deserialize() gave a node value {_show(value)} of type {type(value).__name__}, "
                f"not int (level-order position {position})",
            )
    if rebuilt == original:
        return (True, "")
    for position, (want, have) in enumerate(zip(original, rebuilt)):
        if want != have:
            return (
                False,
                f"deserialize(serialize(root)) is a different tree: at level-order position {position} "
                f"expected {'null' if want is None else want}, got {'null' if have is None else have}",
            )
    return (
        False,
        f"deserialize(serialize(root)) is a different tree: {len(original)} level-order entries "
        f"expected, got {len(rebuilt)}",
    )
