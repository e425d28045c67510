def group_anagrams(words):
    # No hash map: sort the positions by (sorted letters, position), so each group is a
    # contiguous block whose positions are increasing; then order the blocks by their
    # first position. O(n log n) comparisons of keys.
    keys = ["".join(sorted(word)) for word in words]
    order = sorted(range(len(words)), key=lambda i: (keys[i], i))
    blocks = []
    for i in order:
        if blocks and keys[blocks[-1][-1]] == keys[i]:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    blocks.sort(key=lambda block: block[0])
    return [[words[i] for i in block] for block in blocks]
