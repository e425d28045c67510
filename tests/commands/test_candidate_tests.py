"""`judge test`: the candidate's own tests, judged against the reference and every known bug."""

from __future__ import annotations

import pytest

from tests.conftest import REPO, judge_process, strict_json

FIXTURES = REPO / "tests" / "fixtures" / "candidate_tests"


def judge_test(name: str) -> tuple[int, dict, str]:
    as_json = judge_process("test", "count_subarrays", FIXTURES / f"{name}.py", "--format", "json")
    as_text = judge_process("test", "count_subarrays", FIXTURES / f"{name}.py")
    assert as_json.returncode == as_text.returncode and "Traceback" not in as_text.stdout + as_text.stderr
    return as_json.returncode, strict_json(as_json.stdout), as_text.stdout


@pytest.mark.slow
def test_tests_that_catch_some_bugs_name_the_untested_edges():
    code, report, text = judge_test("samples_only")
    assert code == 0
    assert (report["valid"], report["caught"], report["total"]) == (True, 2, 7)
    assert report["uncaught_tags"] == ["empty", "single_element", "zeros", "k_zero", "large_input"]
    assert "Your tests catch 2 of 7 known bugs." in text
    assert "zeros: runs of zeros" in text
    assert "sliding" not in text and "prefix_set" not in text  # the buggy code stays hidden


@pytest.mark.slow
def test_an_invalid_test_is_reported_invalid():
    code, report, text = judge_test("invalid")
    assert code == 1
    assert report["valid"] is False and report["caught"] is None
    failing = [t for t in report["tests"] if t["outcome"] == "failed"]
    assert [t["test"] for t in failing] == ["invalid.py::test_wrong_expectation"]
    assert "assert 3 == 2" in failing[0]["message"]
    assert "Thoroughness is unknown" in text and "assert 3 == 2" in text


@pytest.mark.slow
def test_a_file_that_asserts_nothing_catches_nothing():
    code, report, _ = judge_test("asserts_nothing")
    assert code == 0
    assert (report["valid"], report["caught"]) == (True, 0)
    assert len(report["uncaught_tags"]) == 7


def test_a_missing_test_file_is_one_clear_line(tmp_path):
    result = judge_process("test", "count_subarrays", tmp_path / "nope.py")
    assert result.returncode == 2
    assert result.stderr.strip().startswith("judge: no test file")
