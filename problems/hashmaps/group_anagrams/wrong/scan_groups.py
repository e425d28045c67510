def group_anagrams(words):
    # A list of groups, each found by comparing the word's sorted letters with every
    # group's key in turn: O(number of words x number of groups).
    keys = []
    groups = []
    for word in words:
        key = sorted(word)
        for i in range(len(keys)):
            if keys[i] == key:
                groups[i].append(word)
                break
        else:
            keys.append(key)
            groups.append([word])
    return groups
