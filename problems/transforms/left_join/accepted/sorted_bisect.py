from bisect import bisect_left, bisect_right


def left_join(left: list[list], right: list[list]) -> list[list]:
    # No hash map: sort the right rows by key (a stable sort keeps equal keys in input order),
    # then binary-search each left key's run of matches. O((n + m) log m + output).
    ordered = sorted(right, key=lambda row: row[0])
    keys = [row[0] for row in ordered]
    out = []
    for key, left_value in left:
        lo = bisect_left(keys, key)
        hi = bisect_right(keys, key, lo)
        if lo == hi:
            out.append([key, left_value, None])
        else:
            out.extend([key, left_value, ordered[i][1]] for i in range(lo, hi))
    return out
