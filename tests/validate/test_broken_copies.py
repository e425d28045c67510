"""Each deliberately broken copy of a bank problem is caught by the check made for it, by name."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from judge.cases import load_cases
from judge.engine import judge
from judge.paths import bank_dir
from judge.problem import load_problem
from judge.validate import cases, checker, files, solutions, tags
from judge.validate.model import Check
from tests.conftest import judge_process, strict_json

TWO_SUM = bank_dir() / "hashmaps" / "two_sum"
MOVING_AVERAGE = bank_dir() / "streaming" / "moving_average"


def copy_of(source: Path, bank: Path, monkeypatch) -> Path:
    """A private bank holding one copy (JUDGE_PROBLEMS points at it): the real bank stays untouched."""
    copy = bank / source.parent.name / source.name
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setenv("JUDGE_PROBLEMS", str(bank))
    return copy


def without_generated(root: Path) -> Path:
    """The copy without its generated cases, for checks that read stored cases only: a changed copy
    has a new content hash, and generating its large cases again would cost seconds for nothing."""
    hidden = root / "tests" / "hidden.json"
    hidden.write_text(json.dumps([entry for entry in json.loads(hidden.read_text()) if "generator" not in entry]))
    return root


def errors(checks: list[Check]) -> dict[str, str]:
    return {check.name: check.detail for check in checks if check.result == "error"}


def test_a_wrong_expected_value(tmp_path, monkeypatch):
    root = without_generated(copy_of(TWO_SUM, tmp_path, monkeypatch))
    hidden = root / "tests" / "hidden.json"
    entries = json.loads(hidden.read_text())
    entries[3]["expected"] = [0, 1]
    hidden.write_text(json.dumps(entries))
    problem = load_problem(root)
    found = errors(cases.check(problem, load_cases(problem)))
    assert found == {"expected = reference": "no_pair_distinct: stored [0,1], the reference returns []"}


@pytest.mark.slow
def test_a_wrong_solution_that_passes(tmp_path, monkeypatch):
    root = copy_of(TWO_SUM, tmp_path, monkeypatch)
    shutil.copy(root / "reference.py", root / "wrong" / "assumes_a_pair.py")
    problem = load_problem(root)
    (wrong,) = [w for w in problem.wrong if w.name == "assumes_a_pair"]
    report = judge(problem, wrong.path, "wrong", search_budget_s=None)
    found = errors([solutions.check(solutions.Judged("wrong/assumes_a_pair.py", report, wrong))])
    assert found == {
        "wrong/assumes_a_pair.py misses no_pair": "it is AC: no case catches this bug; add a hidden case tagged no_pair"
    }


def test_an_uncovered_tag(tmp_path, monkeypatch):
    root = copy_of(TWO_SUM, tmp_path, monkeypatch)
    toml = root / "problem.toml"
    toml.write_text(toml.read_text() + '\n[edges.unsorted]\nsummary = "unsorted input"\nhint = "Sort nothing."\n')
    problem = load_problem(root)
    found = errors(tags.check(problem, load_cases(problem)))
    assert list(found) == ["tag unsorted"]
    assert "no hidden case tagged with it" in found["tag unsorted"]
    assert "no wrong solution that misses it" in found["tag unsorted"]


def test_a_misspelled_key(tmp_path, monkeypatch):
    root = copy_of(TWO_SUM, tmp_path, monkeypatch)
    toml = root / "problem.toml"
    toml.write_text(toml.read_text().replace("hint =", "hnit =", 1))
    problem, checks = files.load(root)
    assert problem is None
    assert "unknown key 'edges.no_pair.hnit' (did you mean 'edges.no_pair.hint'?)" in errors(checks)["files and schema"]


def test_the_command_reports_the_broken_copy_and_exits_1(tmp_path, monkeypatch):
    root = copy_of(TWO_SUM, tmp_path, monkeypatch)
    toml = root / "problem.toml"
    toml.write_text(toml.read_text().replace("hint =", "hnit =", 1))
    result = judge_process("validate", "two_sum", "--format", "json")
    assert result.returncode == 1, result.stderr
    (report,) = strict_json(result.stdout)["problems"]
    results = [(c["check"], c["result"]) for c in report["checks"]]
    assert results == [("files and schema", "error"), ("other checks", "warn")]


def test_a_copy_whose_id_is_taken(tmp_path, monkeypatch):
    copy_of(TWO_SUM, tmp_path, monkeypatch)
    twin = tmp_path / "streaming" / "two_sum"
    shutil.copytree(TWO_SUM, twin, ignore=shutil.ignore_patterns("__pycache__"))
    toml = twin / "problem.toml"
    toml.write_text(toml.read_text().replace('category = "hashmaps"', 'category = "streaming"'))
    _, checks = files.load(twin)
    assert errors(checks) == {"unique id": "the id 'two_sum' is also used by hashmaps/two_sum"}


def checker_copy(tmp_path, monkeypatch, source: str) -> Path:
    root = without_generated(copy_of(MOVING_AVERAGE, tmp_path, monkeypatch))
    (root / "checker.py").write_text(source)
    return root


CRASHING_CHECKER = "def check(case_input, expected, got):\n    return got == expected or got[0] == expected[0]\n"


def test_a_checker_that_crashes_on_junk(tmp_path, monkeypatch):
    root = checker_copy(tmp_path, monkeypatch, CRASHING_CHECKER)
    problem = load_problem(root)
    found = errors(checker.check(problem, load_cases(problem)))
    assert list(found) == ["checker rejects junk"]
    assert found["checker rejects junk"].startswith(
        "raises TypeError: 'NoneType' object is not subscriptable on junk None"
    )


def test_a_checker_that_accepts_junk(tmp_path, monkeypatch):
    root = checker_copy(tmp_path, monkeypatch, "def check(case_input, expected, got):\n    return True\n")
    problem = load_problem(root)
    found = errors(checker.check(problem, load_cases(problem)))
    assert found["checker rejects junk"].startswith("accepts None on")
