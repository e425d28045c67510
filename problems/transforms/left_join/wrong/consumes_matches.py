def left_join(left, right):
    # Pops a key's matches out of the index once they have been joined (to "free" them),
    # so a second left row with the same key finds nothing.
    index = {}
    for key, value in right:
        index.setdefault(key, []).append(value)
    out = []
    for key, left_value in left:
        matches = index.pop(key, [])
        if matches:
            for right_value in matches:
                out.append([key, left_value, right_value])
        else:
            out.append([key, left_value, None])
    return out
