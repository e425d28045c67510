def precision_at_k(ranked, relevant, k):
    # Takes the first item before the loop, without checking that there is one.
    if k == 0:
        return 0.0
    relevant_set = set(relevant)
    first = ranked[0]
    seen = {first}
    hits = 1 if first in relevant_set else 0
    for item in ranked[1:]:
        if len(seen) == k:
            break
        if item in seen:
            continue
        seen.add(item)
        if item in relevant_set:
            hits += 1
    return hits / k
