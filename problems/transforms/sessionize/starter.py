def sessionize(events: list[list], gap: int) -> list[list]:
    """Group each user's events into sessions.

    events: [user, timestamp] pairs (user a string, timestamp an int), in any order.
    gap:    two consecutive events of the same user (in time order) belong to the same
            session when their timestamps differ by at most `gap`.

    Return one [user, start, end, count] per session, ordered by user, then start.
    `count` counts every event of the session, repeated events included.
    """
    raise NotImplementedError
