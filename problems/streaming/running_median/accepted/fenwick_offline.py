def running_median(stream):
    # Offline order statistics: read the stream once into a list, compress the values to ranks,
    # then add them one by one to a Fenwick tree of counts and find the k-th smallest by binary
    # lifting. O(n log n) time, O(n) memory.
    values = list(stream)
    if not values:
        return
    ranks = sorted(set(values))
    rank_of = {v: i for i, v in enumerate(ranks, 1)}
    size = len(ranks)
    tree = [0] * (size + 1)
    top_step = 1 << size.bit_length()

    def kth(k):
        """The k-th smallest value added so far (1-based)."""
        pos, step = 0, top_step
        while step:
            nxt = pos + step
            if nxt <= size and tree[nxt] < k:
                pos = nxt
                k -= tree[nxt]
            step >>= 1
        return ranks[pos]  # 1-based position pos + 1 holds ranks[pos]

    for count, x in enumerate(values, 1):
        i = rank_of[x]
        while i <= size:
            tree[i] += 1
            i += i & -i
        if count % 2:
            yield float(kth((count + 1) // 2))
        else:
            yield (kth(count // 2) + kth(count // 2 + 1)) / 2
