def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group the words that are anagrams of each other (same letters, same counts, case-sensitive).

    Groups are ordered by the position of their first word in `words`; inside a group, words
    keep their input order, and repeated words are all kept.
    0 <= len(words) <= 10**5, 0 <= len(words[i]) <= 50, letters 'a'-'z' and 'A'-'Z' only,
    at most 10**6 letters in total.
    Example: group_anagrams(["eat", "tea", "tan", "ate", "nat", "bat"])
             == [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]].
    """
    raise NotImplementedError
