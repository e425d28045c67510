def left_join(left, right):
    # Indexes the right table as key -> value: a later right row with the same key
    # overwrites the earlier one, so every left row gets at most one match.
    index = {}
    for key, value in right:
        index[key] = value
    out = []
    for key, left_value in left:
        if key in index:
            out.append([key, left_value, index[key]])
        else:
            out.append([key, left_value, None])
    return out
