def running_median(stream):
    # Offline, without heaps: read the whole stream, sort it once, and put the values in a doubly
    # linked list in sorted order. The median of all n values is at sorted position (n - 1) // 2.
    # Then delete the values in reverse arrival order: each deletion moves the lower-middle
    # pointer by at most one step, so every earlier median costs O(1). O(n log n) for the sort.
    values = list(stream)
    n = len(values)
    if n == 0:
        return
    order = sorted(range(n), key=values.__getitem__)  # stable: equal values by arrival
    position = [0] * n
    for p, i in enumerate(order):
        position[i] = p
    prev = list(range(-1, n - 1))  # linked list over sorted positions, -1 and n are the ends
    nxt = list(range(1, n + 1))
    m = (n - 1) // 2  # sorted position of the lower middle among the values still present
    medians = [0.0] * n
    for count in range(n, 0, -1):
        if count % 2:
            medians[count - 1] = float(values[order[m]])
        else:
            medians[count - 1] = (values[order[m]] + values[order[nxt[m]]]) / 2
        if count == 1:
            break
        gone = position[count - 1]  # the value that arrived last among the `count` present
        if count % 2:  # the lower middle's rank drops by one
            if gone >= m:
                m = prev[m]
        elif gone <= m:  # the rank stays; the value at m moves down or disappears
            m = nxt[m]
        before, after = prev[gone], nxt[gone]
        if before >= 0:
            nxt[before] = after
        if after < n:
            prev[after] = before
    yield from medians
