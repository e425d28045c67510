def left_join(left: list[list], right: list[list]) -> list[list]:
    """Left-join two tables of [key, value] rows on key.

    left, right: rows [key, value] (key a string, value an int), in any order.

    For each left row, in input order: one [key, left_value, right_value] row per right row
    with the same key (right rows in their input order), or [key, left_value, None] when no
    right row has that key.
    Example: left_join([["a", 1], ["b", 2]], [["a", 10]]) == [["a", 1, 10], ["b", 2, None]].
    """
    raise NotImplementedError
