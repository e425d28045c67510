def left_join(left, right):
    # "A left join is the inner join plus the left rows that found no partner":
    # builds the two parts separately and concatenates them, so the unmatched rows
    # all end up after the matched ones instead of in their place in left order.
    index = {}
    for key, value in right:
        index.setdefault(key, []).append(value)
    inner = []
    unmatched = []
    for key, left_value in left:
        if key in index:
            for right_value in index[key]:
                inner.append([key, left_value, right_value])
        else:
            unmatched.append([key, left_value, None])
    return inner + unmatched
