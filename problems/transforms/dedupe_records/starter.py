def dedupe_records(records: list[list]) -> list[list]:
    """Keep the latest version of each record.

    records: [id, updated_at, payload] lists (id a string, updated_at an int, payload a string),
             in any order; an id may occur many times.

    Per id keep the record with the largest updated_at; on a tie, the one appearing LATER in
    `records`. Return the kept records, unchanged, as [id, updated_at, payload] lists sorted by id.
    Example: dedupe_records([["b", 2, "x"], ["a", 1, "y"], ["b", 5, "z"]])
             == [["a", 1, "y"], ["b", 5, "z"]]
    """
    raise NotImplementedError
