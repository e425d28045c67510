"""`--format json` matches the documented schema (judge/report/run.schema.json) in every shape."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest

from judge.paths import PACKAGE_DIR
from tests.conftest import ADD_NUMBERS, HOSTILE, REPO, judge_json, write_solution

SCHEMA = json.loads((PACKAGE_DIR / "report" / "run.schema.json").read_text())


@pytest.mark.parametrize(
    ("source", "verdict"),
    [
        ("def add(a, b):\n    return a + b\n", "AC"),
        ("def add(a, b):\n    print('dbg')\n    return abs(a) + abs(b)\n", "WA"),
        ("def add(a, b)\n", "CE"),
        ("def add(a, b):\n    return {1}\n", "WA"),
    ],
)
def test_reports_match_the_schema(tmp_path, source, verdict):
    code, report = judge_json("run", ADD_NUMBERS, write_solution(tmp_path, source))
    jsonschema.validate(report, SCHEMA)
    assert report["verdict"] == verdict and code == (0 if verdict == "AC" else 1)
    assert {edge["status"] for edge in report["edge_cases"]} <= {"handled", "missed", "untested"}


def test_a_failing_small_case_shows_input_expected_and_got(tmp_path):
    _, report = judge_json("run", ADD_NUMBERS, write_solution(tmp_path, "def add(a, b):\n    return abs(a) + abs(b)\n"))
    failing = next(case for case in report["cases"] if case["verdict"] == "WA")
    assert failing["input"] == {"args": {"a": -5, "b": 2}}
    assert (failing["expected"], failing["got"]) == (-3, 7)
    missed = next(edge for edge in report["edge_cases"] if edge["status"] == "missed")
    assert missed == {
        "tag": "negatives",
        "summary": "a negative operand",
        "status": "missed",
        "hint": "Subtraction is addition too.",
        "evidence": "negative_and_positive",
    }


def test_reduced_isolation_is_in_the_schema():
    env = {"PATH": str(Path(sys.executable).parent)}
    _, report = judge_json("run", ADD_NUMBERS, HOSTILE / "os_exit.py", env=env)
    jsonschema.validate(report, SCHEMA)
    assert report["sandbox"]["isolation"] == "reduced" and report["sandbox"]["warning"]


def test_a_search_counterexample_is_in_the_schema():
    solution = REPO / "problems" / "hashmaps" / "count_subarrays" / "wrong" / "sliding_window.py"
    code, report = judge_json("run", "count_subarrays", solution, "--search-budget", "30")
    jsonschema.validate(report, SCHEMA)
    assert code == 1
    counterexample = report["counterexample"]
    assert counterexample["input"] == {"args": {"nums": [-1], "k": 0}}
    assert (counterexample["expected"], counterexample["got"], counterexample["tags"][0]) == (0, 1, "negatives")
    assert report["search"]["examples"] > 0 and report["search"]["counterexamples"] == [counterexample]


@pytest.mark.slow
def test_timing_growth_and_memory_are_in_the_schema():
    code, report = judge_json("run", "top_k_stream", REPO / "problems" / "streaming" / "top_k_stream" / "reference.py",
                              "--no-search")  # fmt: skip
    jsonschema.validate(report, SCHEMA)
    failed = [(case["name"], case["message"]) for case in report["cases"] if case["verdict"] != "AC"]
    assert (code, report["flags"], failed) == (0, [], [])
    timing = report["timing"]
    assert timing["calibrated"] and timing["largest_limit_s"] >= timing["limit_floor_s"]
    assert timing["memory"]["status"] == "ok" and timing["memory"]["stream_length"] == 400_000
    perf = [case for case in report["cases"] if case["name"].startswith("large_stream")]
    assert perf and all(case["limit_s"] >= timing["limit_floor_s"] for case in perf)
    assert report["complexity"]["intended"] == "O(n)" and report["complexity"]["points"]
