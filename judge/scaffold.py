"""`judge new`: a complete problem folder whose parts to write are marked `TODO(author):`, so that
`judge validate` lists exactly what is left (file and line) until the author has written them."""

from __future__ import annotations

import re
from pathlib import Path

from judge.bank import problem_folders
from judge.errors import JudgeError
from judge.paths import bank_dir
from judge.problem import CATEGORIES

VALID_ID = re.compile(r"[a-z][a-z0-9_]{1,47}")

PROBLEM_TOML = """\
id = "{id}"
title = "TODO(author): a short title"
category = "{category}"
difficulty = "easy"                 # easy | medium | hard
suggested_minutes = 15

# TODO(author): the function the candidate writes and its parameters, as in starter.py
# (a design problem uses kind = "class", the class name, and methods = [...]; see docs/problem-format.md)
[interface]
kind = "function"
name = "solve"
params = ["nums"]

[limits]
time_s = 2.0                        # CPU seconds per case

# One table per edge case the hidden cases probe. Rename the tag everywhere it appears.
[edges.empty]
summary = "TODO(author): one line, what the case probes (e.g. an empty list)"
hint = "TODO(author): what a candidate who misses it should think about"

# One table per known-buggy solution in wrong/, and the tag whose cases it fails.
[wrong.assumes_nonempty]
misses = "empty"
hint = "TODO(author): the misconception, as the report will show it"
"""

STATEMENT = """\
# TODO(author): the title

TODO(author): the task, in a few sentences: what `solve(nums)` receives and returns.

## Examples

**Example 1**

Input: `nums = [1, 2, 3]`

Output: `6`

TODO(author): why. Every example here must equal a case of tests/samples.json, in the same order.

## Constraints

- TODO(author): the sizes and value ranges, e.g. `0 <= len(nums) <= 10^5`.
"""

STARTER = '''\
def solve(nums: list[int]) -> int:
    """TODO(author): what the function returns, as the candidate should read it."""
    raise NotImplementedError
'''

REFERENCE = """\
def solve(nums: list[int]) -> int:
    raise NotImplementedError  # TODO(author): the accepted solution
"""

WRONG = """\
def solve(nums: list[int]) -> int:
    raise NotImplementedError  # TODO(author): a solution with one misconception: it fails the `empty` cases
"""

EDITORIAL = """\
# Editorial

TODO(author): the intended approach, its complexity, and the common mistakes in words.
"""

SAMPLES = """\
[
  {"name": "example_1", "tags": [], "args": {"nums": [1, 2, 3]}, "expected": "TODO(author): the answer"}
]
"""

HIDDEN = """\
[
  {"name": "empty_list", "tags": ["empty"], "args": {"nums": []}, "expected": "TODO(author): the answer"},
  {"name": "large_1", "tags": [], "generator": "large", "seed": 1}
]
"""

GENERATE = '''\
"""Seeded generators for the large (perf) cases, and what the property search needs."""

import random

from hypothesis import strategies as st


def large(seed: int, size: int = 100_000) -> dict:
    rng = random.Random(seed)
    # TODO(author): an input big enough that a too-slow solution times out
    return {"args": {"nums": [rng.randint(-1000, 1000) for _ in range(size)]}}


GENERATORS = {"large": large}

# Small inputs in the case-input shape (a dozen elements at most).
STRATEGY = st.builds(lambda nums: {"args": {"nums": nums}}, st.lists(st.integers(-4, 4), max_size=10))  # TODO(author)

# One predicate per edge tag: does this input exhibit it?
PREDICATES = {
    "empty": lambda case: case["args"]["nums"] == [],  # TODO(author): one per tag in problem.toml
}
'''

FILES = {
    "problem.toml": PROBLEM_TOML,
    "statement.md": STATEMENT,
    "editorial.md": EDITORIAL,
    "starter.py": STARTER,
    "reference.py": REFERENCE,
    "wrong/assumes_nonempty.py": WRONG,
    "tests/samples.json": SAMPLES,
    "tests/hidden.json": HIDDEN,
    "tests/generate.py": GENERATE,
}


def target(name: str) -> tuple[str, str]:
    """CATEGORY/ID checked, with one line saying what is wrong."""
    category, slash, problem_id = name.strip("/").partition("/")
    if not slash or "/" in problem_id:
        raise JudgeError(f"{name!r}: give CATEGORY/ID, for example hashmaps/{category if not slash else 'my_problem'}")
    if category not in CATEGORIES:
        raise JudgeError(f"unknown category {category!r}: choose one of {', '.join(CATEGORIES)}")
    if not VALID_ID.fullmatch(problem_id):
        raise JudgeError(f"invalid id {problem_id!r}: lowercase letters, digits and _, starting with a letter")
    return category, problem_id


def scaffold(name: str) -> Path:
    """Write the folder under the bank (JUDGE_PROBLEMS moves it); never over an existing problem."""
    category, problem_id = target(name)
    root = bank_dir() / category / problem_id
    if root.exists():
        raise JudgeError(f"{root} already exists; choose another id")
    taken = [folder for folder in problem_folders() if folder.name == problem_id]
    if taken:
        raise JudgeError(f"the id {problem_id!r} is taken by {taken[0]}; ids are unique across the bank")
    for relative, text in FILES.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("{id}", problem_id).replace("{category}", category), encoding="utf-8")
    return root
