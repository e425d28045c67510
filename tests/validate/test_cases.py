"""The cases group on private copies of the fixture problem: repeated inputs and generators that
give other inputs in another process."""

from __future__ import annotations

import json

from judge.cases import case_entries, load_cases
from judge.problem import load_problem
from judge.validate.cases import regeneration, reproducible, unique_inputs

HASH_ORDER = """import random


def pair(seed: int) -> dict:
    rng = random.Random(seed)
    words = list({f"w{i}" for i in range(50)})  # hash order: another process, another list
    return {"args": {"a": rng.randint(1, 100), "b": sum(i * int(word[1:]) for i, word in enumerate(words))}}


GENERATORS = {"pair": pair}
"""


def test_a_generator_that_depends_on_the_process_is_caught(add_problem):
    (add_problem / "tests" / "generate.py").write_text(HASH_ORDER)
    problem = load_problem(add_problem)
    entries = case_entries(problem)
    check = reproducible(load_cases(problem), entries, regeneration(problem, entries))
    assert (check.result, check.detail) == (
        "error",
        "generated_pair: generator 'pair' with seed 3 gave another input",
    )


def test_the_fixture_generator_is_reproducible(add_problem):
    problem = load_problem(add_problem)
    entries = case_entries(problem)
    check = reproducible(load_cases(problem), entries, regeneration(problem, entries))
    assert (check.result, check.detail) == ("ok", "1 generated cases")


def test_repeated_hidden_inputs(add_problem):
    hidden = add_problem / "tests" / "hidden.json"
    entries = json.loads(hidden.read_text())
    entries.append({**entries[0], "name": "negative_again"})
    entries.append({"name": "sample_again", "tags": ["zero"], "args": {"a": 1, "b": 2}, "expected": 3})
    hidden.write_text(json.dumps(entries))
    check = unique_inputs(load_cases(load_problem(add_problem)))
    assert (check.result, check.detail) == ("error", "negative_again repeats the input of negative_and_positive")
