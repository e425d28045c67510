def running_median(stream):
    # Keeps every number and sorts them all again for each median: O(n^2 log n).
    seen = []
    for x in stream:
        seen.append(x)
        ordered = sorted(seen)
        n = len(ordered)
        if n % 2:
            yield float(ordered[n // 2])
        else:
            yield (ordered[n // 2 - 1] + ordered[n // 2]) / 2
