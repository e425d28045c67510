"""A problem is found by path, by id, or as problems/<id>; anything else is one clear error."""

import pytest

from judge.bank import resolve
from judge.errors import JudgeError
from tests.conftest import ADD_NUMBERS, REPO, judge_json


@pytest.mark.parametrize(
    "reference", ["problems/hashmaps/count_subarrays", "count_subarrays", "problems/count_subarrays"]
)
def test_three_ways_to_name_a_problem(reference, monkeypatch):
    monkeypatch.chdir(REPO)
    assert resolve(reference).id == "count_subarrays"


def test_a_folder_outside_the_bank():
    assert resolve(str(ADD_NUMBERS)).id == "add_numbers"


@pytest.mark.parametrize("reference", ["nope", "problems/nope"])
def test_unknown_problem(reference):
    with pytest.raises(JudgeError, match="no problem .*judge list"):
        resolve(reference)


def test_list_from_any_directory(tmp_path):
    code, entries = judge_json("list", cwd=tmp_path)
    assert code == 0
    ids = {entry["id"] for entry in entries}
    assert {"top_k_stream", "count_subarrays", "is_valid_bst", "sessionize"} <= ids
    entry = next(e for e in entries if e["id"] == "top_k_stream")
    assert entry == {
        "id": "top_k_stream",
        "category": "streaming",
        "title": entry["title"],
        "difficulty": entry["difficulty"],
        "suggested_minutes": entry["suggested_minutes"],
        "path": "problems/streaming/top_k_stream",
    }


def test_list_by_category():
    code, entries = judge_json("list", "--category", "trees")
    assert code == 0
    assert entries and {entry["category"] for entry in entries} == {"trees"}
