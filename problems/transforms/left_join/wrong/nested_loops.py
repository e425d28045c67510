def left_join(left, right):
    # For every left row, scan the whole right table: correct, but O(n * m).
    out = []
    for key, left_value in left:
        matched = False
        for right_key, right_value in right:
            if right_key == key:
                out.append([key, left_value, right_value])
                matched = True
        if not matched:
            out.append([key, left_value, None])
    return out
