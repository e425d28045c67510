def group_anagrams(words):
    # Starts the first group from words[0] before the loop, without checking there is one.
    first = words[0]
    groups = {"".join(sorted(first)): [first]}
    for word in words[1:]:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
