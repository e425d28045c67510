def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words that are anagrams of each other, in O(total length * log(word length)).

    Two words are anagrams exactly when their sorted letters are equal, so the sorted letters
    are the group's key. A dict keeps its keys in insertion order, so the groups come out in
    the order of their first word, and each group's list grows in input order.
    """
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
