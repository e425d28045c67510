def group_anagrams(words):
    # Normalises case in the key, so "Tea" joins "eat".
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word.lower())), []).append(word)
    return list(groups.values())
