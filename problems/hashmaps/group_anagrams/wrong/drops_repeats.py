def group_anagrams(words):
    # Thinks of a group as a set of words: a word already placed is not added again.
    groups = {}
    placed = set()
    for word in words:
        if word in placed:
            continue
        placed.add(word)
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
