def _signature(word):
    """A deliberately slow key: a 52-slot letter histogram, filled one letter at a time."""
    counts = [0] * 52
    for ch in word:
        if "a" <= ch <= "z":
            counts[ord(ch) - ord("a")] += 1
        else:
            counts[26 + ord(ch) - ord("A")] += 1
    return tuple(counts)


def group_anagrams(words):
    print(f"[debug] group_anagrams: {len(words)} words")
    firsts = {}
    members = {}
    for position in range(len(words)):
        word = words[position]
        sig = _signature(word)
        if sig not in firsts:
            firsts[sig] = position
            members[sig] = []
        members[sig].append(word)
    ordered = sorted(firsts, key=lambda sig: firsts[sig])
    print(f"[debug] group_anagrams: {len(ordered)} groups")
    return tuple(tuple(members[sig]) for sig in ordered)
