def group_anagrams(words):
    # Keys each word by the set of letters it uses, forgetting how many times each occurs.
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(set(word))), []).append(word)
    return list(groups.values())
