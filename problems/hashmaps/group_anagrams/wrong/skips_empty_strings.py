def group_anagrams(words):
    # Treats empty strings as "not a word" and drops them.
    groups = {}
    for word in words:
        if not word:
            continue
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
