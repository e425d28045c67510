"""Cases load strictly, generated ones get the reference's answer, and the expansion is cached."""

from __future__ import annotations

import json

import pytest

from judge.cases import load_cases
from judge.errors import ProblemError
from judge.problem import load_problem


def test_generated_case_gets_reference_output(add_problem):
    cases = {case.name: case for case in load_cases(load_problem(add_problem))}
    generated = cases["generated_pair"]
    args = generated.input["args"]
    assert generated.expected == args["a"] + args["b"]
    assert cases["example_1"].sample and not generated.sample


def test_expansion_is_cached_per_content(add_problem, tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_CACHE", str(tmp_path / "cache"))
    problem = load_problem(add_problem)
    load_cases(problem)
    cached = list((tmp_path / "cache" / "cases-v2").glob("add_numbers-*.marshal"))
    assert len(cached) == 1
    (add_problem / "tests" / "generate.py").write_text("raise RuntimeError('must not run again')\n")
    with pytest.raises(ProblemError, match="must not run again"):  # content changed: a new key
        load_cases(load_problem(add_problem))


def write_hidden(problem_dir, cases):
    (problem_dir / "tests" / "hidden.json").write_text(json.dumps(cases))


@pytest.mark.parametrize(
    ("cases", "message"),
    [
        ([{"name": "x", "tags": ["nope"], "args": {"a": 1, "b": 2}, "expected": 3}], "tag 'nope' is not in"),
        ([{"name": "x", "args": {"a": 1}, "expected": 1}], "'args' must be an object with keys ['a', 'b']"),
        ([{"name": "x", "args": {"a": 1, "b": 2}}], "missing key 'expected'"),
        ([{"name": "x", "args": {"a": 1, "b": 2}, "expected": 3, "extra": 1}], "unknown key 'extra'"),
        ([{"name": "example_1", "args": {"a": 1, "b": 2}, "expected": 3}], "case name 'example_1' is used twice"),
        ([{"name": "x", "generator": "nope"}], "GENERATORS has no 'nope'"),
        ({"name": "x"}, "must be a JSON list"),
    ],
)
def test_bad_cases_are_named(add_problem, cases, message):
    write_hidden(add_problem, cases)
    with pytest.raises(ProblemError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_cases(load_problem(add_problem))


def test_broken_json_names_the_file(add_problem):
    (add_problem / "tests" / "hidden.json").write_text("[{")
    with pytest.raises(ProblemError, match="hidden.json: not valid JSON"):
        load_cases(load_problem(add_problem))
