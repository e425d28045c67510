"""problem.toml is checked strictly: every error names the file and the key."""

import re

import pytest

from judge.errors import ProblemError
from judge.problem import load_problem


def edit_toml(problem, old, new):
    toml = problem / "problem.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new, 1))


def test_fixture_loads(add_problem):
    problem = load_problem(add_problem)
    assert problem.id == "add_numbers"
    assert problem.interface.params == ("a", "b")
    assert problem.limits.time_s == 1.0
    assert list(problem.edges) == ["negatives", "zero"]
    assert problem.wrong[0].misses == "negatives"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("title =", "titel =", "unknown key 'titel' (did you mean 'title'?)"),
        ('hint = "Zero', 'hnt = "Zero', "unknown key 'edges.zero.hnt' (did you mean 'edges.zero.hint'?)"),
        ("time_s = 1.0", "time_sec = 1.0", "unknown key 'limits.time_sec'"),
        (
            'difficulty = "easy"',
            'difficulty = "trivial"',
            "key 'difficulty' must be one of easy, medium, hard",
        ),
        (
            'misses = "negatives"',
            'misses = "negative"',
            "key 'wrong.ignores_negatives.misses' names no edge tag",
        ),
        ("suggested_minutes = 5", 'suggested_minutes = "5"', "key 'suggested_minutes' must be a int"),
        ('id = "add_numbers"', 'id = "add"', "key 'id' is 'add' but the folder is 'add_numbers'"),
        ('kind = "function"', 'kind = "method"', "key 'interface.kind' must be 'function' or 'class'"),
        ('params = ["a", "b"]', "", "missing key 'interface.params'"),
        ("[limits]", "[limits\n", "not valid TOML"),
    ],
)
def test_errors_name_the_file_and_the_key(add_problem, old, new, message):
    edit_toml(add_problem, old, new)
    with pytest.raises(ProblemError) as error:
        load_problem(add_problem)
    assert str(error.value).startswith(str(add_problem / "problem.toml"))
    assert message in str(error.value)


def test_missing_file_is_named(add_problem):
    (add_problem / "starter.py").unlink()
    with pytest.raises(ProblemError, match=re.escape("missing file starter.py")):
        load_problem(add_problem)


def test_undeclared_wrong_solution(add_problem):
    (add_problem / "wrong" / "sneaky.py").write_text("def add(a, b): return 0\n")
    with pytest.raises(ProblemError, match=re.escape("wrong/sneaky.py is not declared in [wrong]")):
        load_problem(add_problem)


def test_declared_wrong_solution_needs_its_file(add_problem):
    (add_problem / "wrong" / "ignores_negatives.py").unlink()
    with pytest.raises(ProblemError, match=re.escape("has no file wrong/ignores_negatives.py")):
        load_problem(add_problem)


def test_not_a_problem_folder(tmp_path):
    with pytest.raises(ProblemError, match="no problem.toml"):
        load_problem(tmp_path)
