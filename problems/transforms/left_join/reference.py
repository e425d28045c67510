def left_join(left: list[list], right: list[list]) -> list[list]:
    """Hash join: index the right rows by key (values kept in input order), then walk the left
    rows in order and emit one row per match, or one row with None when there is none.
    O(len(left) + len(right) + len(output)) time, O(len(right)) extra space."""
    index: dict[str, list[int]] = {}
    for key, value in right:
        index.setdefault(key, []).append(value)

    out = []
    for key, left_value in left:
        matches = index.get(key)
        if matches:
            for right_value in matches:
                out.append([key, left_value, right_value])
        else:
            out.append([key, left_value, None])
    return out
