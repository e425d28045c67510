"""`judge grade`: a class's batch, mixed accepted, wrong and hostile, graded with the right verdicts."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import pty
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from judge import grade as grading
from judge.problem import load_problem
from tests.backends.test_hostile import EXPECTED as HOSTILE_VERDICTS
from tests.conftest import ADD_NUMBERS, HOSTILE, judge_process, strict_json

# name -> (source, verdict); written beside copies of the fixture's own solutions.
WRONG_VARIANTS = {
    "subtracts": ("def add(a, b):\n    return a - b\n", "WA"),
    "multiplies": ("def add(a, b):\n    return a * b\n", "WA"),
    "returns_text": ("def add(a, b):\n    return str(a + b)\n", "WA"),
    "syntax_error": ("def add(a, b)\n    return a + b\n", "CE"),
    "fails_on_import": ("import no_such_module\n\ndef add(a, b):\n    return a + b\n", "CE"),
    "divides_by_zero": ("def add(a, b):\n    return (a + b) // 0\n", "RE"),
    "missing_function": ("def plus(a, b):\n    return a + b\n", "RE"),
}
TAKES_ABSOLUTES = 5
ACCEPTED = 40 - TAKES_ABSOLUTES - len(WRONG_VARIANTS) - len(HOSTILE_VERDICTS) - 1  # the rest of a class of 40


def build_batch(folder) -> dict[str, str]:
    """40 submissions, one file per student, and the verdict each must get."""
    expected = {}
    for i in range(ACCEPTED):
        shutil.copy(ADD_NUMBERS / "reference.py", folder / f"accepted_{i:02}.py")
        expected[f"accepted_{i:02}"] = "AC"
    for i in range(TAKES_ABSOLUTES):
        shutil.copy(ADD_NUMBERS / "wrong" / "ignores_negatives.py", folder / f"absolutes_{i}.py")
        expected[f"absolutes_{i}"] = "WA"
    for name, (source, verdict) in WRONG_VARIANTS.items():
        (folder / f"{name}.py").write_text(source)
        expected[name] = verdict
    for name, (verdict, _) in HOSTILE_VERDICTS.items():
        shutil.copy(HOSTILE / f"{name}.py", folder / f"hostile_{name}.py")
        expected[f"hostile_{name}"] = verdict
    (folder / "unreadable.py").symlink_to(folder / "nowhere")  # its own row, and the batch goes on
    expected["unreadable"] = "CE"
    return expected


@pytest.mark.slow
def test_forty_submissions_get_their_verdicts(tmp_path, requires_bwrap, leaves_nothing):
    batch = tmp_path / "class"
    batch.mkdir()
    expected = build_batch(batch)
    assert len(expected) == 40
    paths = sorted(batch.glob("*.py"))
    out = tmp_path / "reports"
    result = judge_process("grade", ADD_NUMBERS, *paths, "--jobs", "2", "--budget", "8", "--format", "junit",
                           "--out", out, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr
    suite = ET.fromstring(result.stdout)
    verdicts = {}
    for case in suite.iter("testcase"):
        outcome = case.find("failure") if case.find("failure") is not None else case.find("error")
        verdicts[case.get("name")] = "AC" if outcome is None else outcome.get("type")
    assert verdicts == expected
    assert suite.get("tests") == "40" and suite.get("errors") == "0"
    reports = {path.stem: strict_json(path.read_text()) for path in out.glob("*.json")}
    assert len(reports) == 40
    assert reports["absolutes_0"]["edge_cases"][0]["status"] == "missed"  # the full run report, per submission
    assert reports["unreadable"]["message"] == "not a readable file"


def test_csv_and_json_summaries(tmp_path):
    missing = tmp_path / "gone.py"
    good = shutil.copy(ADD_NUMBERS / "reference.py", tmp_path / "alice.py")
    as_json = judge_process("grade", ADD_NUMBERS, good, missing, "--format", "json", "--out", tmp_path / "r")
    assert as_json.returncode == 0, as_json.stderr
    rows = strict_json(as_json.stdout)["submissions"]
    assert [(r["verdict"], r["passed"], r["total"]) for r in rows] == [("AC", 4, 4), ("CE", 0, 0)]
    as_csv = judge_process("grade", ADD_NUMBERS, good, "--format", "csv", "--out", tmp_path / "r")
    (row,) = csv.DictReader(io.StringIO(as_csv.stdout))
    assert (row["verdict"], row["passed"], row["missed_tags"]) == ("AC", "4", "")


def test_bad_usage_exits_2(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = judge_process("grade", ADD_NUMBERS, empty)
    assert result.returncode == 2
    assert result.stderr.strip() == f"judge: {empty}: a folder with no .py files to grade"


def test_a_judge_failure_is_one_row_and_the_batch_goes_on(tmp_path, monkeypatch):
    real_judge = grading.judge

    def judge_failing_on_bob(problem, path, *args):
        if path.name == "bob.py":
            raise RuntimeError("the judge broke")
        return real_judge(problem, path, *args)

    monkeypatch.setattr(grading, "judge", judge_failing_on_bob)
    files = [Path(shutil.copy(ADD_NUMBERS / "reference.py", tmp_path / f"{name}.py")) for name in ("alice", "bob")]
    rows = grading.grade(load_problem(ADD_NUMBERS), files, jobs=2)
    assert [(row.verdict.value, row.message) for row in rows] == [
        ("AC", ""),
        ("IE", "the judge failed: RuntimeError: the judge broke"),
    ]


def test_a_terminal_gets_a_progress_bar(tmp_path):
    """Run under a pseudo-terminal, as an instructor would: the bar is drawn, then the table."""
    main, secondary = pty.openpty()
    good = shutil.copy(ADD_NUMBERS / "reference.py", tmp_path / "alice.py")
    command = [sys.executable, "-m", "judge", "grade", str(ADD_NUMBERS), good, "--out", str(tmp_path / "r")]
    process = subprocess.Popen(command, stdout=secondary, stderr=secondary, env={**os.environ, "TERM": "dumb"})
    os.close(secondary)
    output = b""
    with contextlib.suppress(OSError):  # the terminal closes when the judge exits
        while chunk := os.read(main, 4096):
            output += chunk
    os.close(main)
    assert process.wait(timeout=60) == 0
    text = output.decode()
    assert "grading 1 submissions" in text
    assert text.index("grading 1 submissions") < text.index("1 submissions: 1 AC")
