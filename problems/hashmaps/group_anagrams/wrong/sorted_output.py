def group_anagrams(words):
    # Groups correctly, then "normalises" the answer as if any order were accepted:
    # words sorted inside each group, groups sorted.
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return sorted(sorted(group) for group in groups.values())
