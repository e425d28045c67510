"""`judge new` then `judge validate`: precise messages until the marked parts are written, then valid."""

from __future__ import annotations

import re

import pytest

from judge.scaffold import scaffold
from judge.validate.run import validate
from tests.conftest import judge_process, strict_json

# What an author writes in place of each marked part: a complete, small problem.
FILLED = {
    "problem.toml": """\
id = "sum_list"
title = "Sum of a list"
category = "hashmaps"
difficulty = "easy"
suggested_minutes = 5

[interface]
kind = "function"
name = "solve"
params = ["nums"]

[limits]
time_s = 2.0

[edges.empty]
summary = "an empty list"
hint = "The sum of nothing is 0."

[wrong.assumes_nonempty]
misses = "empty"
hint = "A solution that starts from nums[0] fails exactly like this."
""",
    "statement.md": """\
# Sum of a list

Return the sum of `nums`.

## Examples

**Example 1**

Input: `nums = [1, 2, 3]`

Output: `6`

1 + 2 + 3.

## Constraints

- `0 <= len(nums) <= 10^5`
""",
    "editorial.md": "# Editorial\n\nAdd them up, starting from 0.\n",
    "starter.py": """\
def solve(nums: list[int]) -> int:
    \"\"\"Return the sum of nums.\"\"\"
    raise NotImplementedError
""",
    "reference.py": "def solve(nums: list[int]) -> int:\n    return sum(nums)\n",
    "wrong/assumes_nonempty.py": "def solve(nums: list[int]) -> int:\n    return nums[0] + sum(nums[1:])\n",
    "tests/samples.json": '[{"name": "example_1", "tags": [], "args": {"nums": [1, 2, 3]}, "expected": 6}]\n',
    "tests/hidden.json": """[
  {"name": "empty_list", "tags": ["empty"], "args": {"nums": []}, "expected": 0},
  {"name": "large_1", "tags": [], "generator": "large", "seed": 1}
]
""",
}


@pytest.fixture
def bank(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_PROBLEMS", str(tmp_path))
    return tmp_path


def test_new_then_validate_lists_every_marker(bank):
    created = judge_process("new", "hashmaps/sum_list")
    assert created.returncode == 0, created.stderr
    assert "judge validate" in created.stdout
    result = judge_process("validate", "sum_list", "--format", "json")
    assert result.returncode == 1
    (report,) = strict_json(result.stdout)["problems"]
    markers = [c["detail"].split(": ", 1)[0] for c in report["checks"] if c["check"] == "unfilled marker"]
    assert markers == [
        "editorial.md:3",
        "problem.toml:2",
        "problem.toml:7",
        "problem.toml:19",
        "problem.toml:20",
        "problem.toml:25",
        "reference.py:2",
        "starter.py:2",
        "statement.md:1",
        "statement.md:3",
        "statement.md:13",
        "statement.md:17",
        "tests/generate.py:10",
        "tests/generate.py:17",
        "tests/generate.py:21",
        "tests/hidden.json:2",
        "tests/samples.json:2",
        "wrong/assumes_nonempty.py:2",
    ]
    assert report["checks"][-1] == {
        "check": "other checks",
        "result": "warn",
        "detail": "not run until the errors above are fixed",
    }


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("hashmaps/two_sum_copy", "already exists; choose another id"),
        ("graphs/new_one", "unknown category 'graphs': choose one of hashmaps, trees, streaming, transforms"),
        ("trees/Bad-Id", "invalid id 'Bad-Id': lowercase letters, digits and _"),
        ("two_sum_copy", "give CATEGORY/ID, for example hashmaps/two_sum_copy"),
    ],
)
def test_new_refuses_with_one_line(bank, name, message):
    (bank / "hashmaps" / "two_sum_copy").mkdir(parents=True)
    result = judge_process("new", name)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.slow
def test_once_filled_it_validates(bank):
    root = scaffold("hashmaps/sum_list")
    generate = root / "tests" / "generate.py"
    generate.write_text(re.sub(r" *# TODO\(author\).*", "", generate.read_text()))  # its code stands as it is
    for relative, text in FILLED.items():
        (root / relative).write_text(text)
    validation = validate(root)
    assert validation.errors == []
    assert [c.name for c in validation.warnings] == ["time limits"]  # no slow wrong solution in this small problem
