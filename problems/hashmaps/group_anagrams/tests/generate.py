"""Seeded generators for the large group_anagrams cases (stdlib only), and what the property search needs."""
import random
import string

from hypothesis import strategies as st


def _shuffled(rng, letters):
    letters = list(letters)
    rng.shuffle(letters)
    return "".join(letters)


def sorted_dictionary(seed: int, n: int = 100_000, max_group: int = 3) -> dict:
    """n distinct lower-case words, none repeating a letter, in groups of 1..max_group anagrams
    (about n / 2 groups). Listed group by group, each group sorted and the groups sorted, like a
    word list: the required output order is then also the sorted order."""
    rng = random.Random(seed)
    keys = set()
    while len(keys) * max_group < 2 * n:
        keys.add("".join(sorted(rng.sample(string.ascii_lowercase, rng.randint(5, 10)))))
    groups = []
    total = 0
    for key in sorted(keys):
        if total >= n:
            break
        size = min(rng.randint(1, max_group), n - total)
        members = set()
        while len(members) < size:
            members.add(_shuffled(rng, key))
        groups.append(sorted(members))
        total += size
    groups.sort()
    return {"args": {"words": [word for group in groups for word in group]}}


def shuffled_mix(seed: int, n: int = 100_000, alphabet: str = "aAbBcCdDeE", max_len: int = 8) -> dict:
    """n random words (length 0..max_len) over a small mixed-case alphabet, in random order:
    tens of thousands of groups, repeated words, empty strings, repeated letters, and groups
    that only differ in case."""
    rng = random.Random(seed)
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len))) for _ in range(n)]
    return {"args": {"words": words}}


def long_words(seed: int, n: int = 20_000, keys: int = 200, length: int = 50) -> dict:
    """n words of the maximum length (50), each a shuffle of one of `keys` random multisets of
    letters (letters repeat inside a word), in random order: 10^6 letters in total."""
    rng = random.Random(seed)
    bases = ["".join(rng.choice(string.ascii_letters) for _ in range(length)) for _ in range(keys)]
    words = [_shuffled(rng, rng.choice(bases)) for _ in range(n)]
    return {"args": {"words": words}}


GENERATORS = {
    "sorted_dictionary": sorted_dictionary,
    "shuffled_mix": shuffled_mix,
    "long_words": long_words,
}


# Small inputs for the property search: short words over four letters of both cases, so empty
# strings, repeats, case-only differences and repeated letters happen often.
STRATEGY = st.builds(
    lambda words: {"args": {"words": words}},
    st.lists(st.text(alphabet="abAB", max_size=4), max_size=10),
)


def _groups(words, key):
    return len({key(word) for word in words})


def _exact(word):
    return "".join(sorted(word))


def _in_required_order(words):
    groups = {}
    for word in words:
        groups.setdefault(_exact(word), []).append(word)
    required = list(groups.values())
    return required == sorted(sorted(group) for group in required)


PREDICATES = {
    "empty_list": lambda case: case["args"]["words"] == [],
    "empty_string": lambda case: "" in case["args"]["words"],
    "duplicates": lambda case: len(set(case["args"]["words"])) < len(case["args"]["words"]),
    # ignoring case would merge groups that are different
    "case_sensitive": lambda case: _groups(case["args"]["words"], lambda w: _exact(w.lower()))
    < _groups(case["args"]["words"], _exact),
    # keying by the set of letters would merge groups that are different
    "repeated_letters": lambda case: _groups(case["args"]["words"], lambda w: _exact(set(w)))
    < _groups(case["args"]["words"], _exact),
    # the required order (first appearance, input order) is not the sorted order
    "input_order": lambda case: not _in_required_order(case["args"]["words"]),
    "large_input": lambda case: len(case["args"]["words"]) >= 10_000,
}


def _words(case, words):
    return {"args": {"words": words}}


def _fill_empty(case):
    """Every "" becomes "z" (a letter the strategy never draws): same repeats, no empty string."""
    return _words(case, [word or "z" for word in case["args"]["words"]])


def _drop_repeats(case):
    """Keep the first occurrence of every word."""
    return _words(case, list(dict.fromkeys(case["args"]["words"])))


def _distinct_cases(case):
    """Upper-case letters become lower-case letters the strategy never draws (A -> n, B -> o, ...):
    the same groups, but no two groups differ only in case."""
    table = str.maketrans(string.ascii_uppercase, "nopqrstuvwxyzabcdefghijklm")
    return _words(case, [word.translate(table) for word in case["args"]["words"]])


def _single_letters(case):
    """Each word keeps one copy of each of its letters."""
    return _words(case, ["".join(dict.fromkeys(word)) for word in case["args"]["words"]])


def _required_order_sorted(case):
    """The same words, listed group by group in sorted order."""
    groups = {}
    for word in case["args"]["words"]:
        groups.setdefault(_exact(word), []).append(word)
    return _words(case, [word for group in sorted(sorted(g) for g in groups.values()) for word in group])


def _alone(tag, change):
    """Apply `change` only if it takes away this tag's feature and no other: None otherwise."""

    def remover(case):
        changed = change(case)
        for other, holds in PREDICATES.items():
            if other != tag and holds(case) and not holds(changed):
                return None
        return changed

    return remover


# The smallest change that takes a tag's feature away (and no other one): if it makes a failing
# input pass, that tag decides.
REMOVERS = {
    "empty_string": _alone("empty_string", _fill_empty),
    "duplicates": _alone("duplicates", _drop_repeats),
    "case_sensitive": _alone("case_sensitive", _distinct_cases),
    "repeated_letters": _alone("repeated_letters", _single_letters),
    "input_order": _alone("input_order", _required_order_sorted),
}
