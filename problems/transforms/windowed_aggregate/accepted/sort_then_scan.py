def windowed_sums(events: list[list], window: int) -> list[list]:
    # No dict: tag every event with its window index (Python's floor division), sort by
    # (key, window index), then run-length aggregate consecutive equal pairs. O(n log n).
    tagged = sorted((key, t // window, value) for key, t, value in events)
    out = []
    last_key = last_w = None
    for key, w, value in tagged:
        if out and key == last_key and w == last_w:
            row = out[-1]
            row[2] += value
            row[3] += 1
        else:
            out.append([key, w * window, value, 1])
            last_key, last_w = key, w
    return out
