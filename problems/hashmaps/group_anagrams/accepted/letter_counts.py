from collections import Counter


def group_anagrams(words):
    # Key each word by its multiset of letters (a frozenset of (letter, count) pairs) instead of
    # its sorted letters; the first index of each key fixes the order of the groups.
    index_of = {}
    groups = []
    for word in words:
        key = frozenset(Counter(word).items())
        slot = index_of.get(key)
        if slot is None:
            index_of[key] = len(groups)
            groups.append([word])
        else:
            groups[slot].append(word)
    return groups
