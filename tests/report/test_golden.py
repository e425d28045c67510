"""Golden reports: for each folder in tests/golden/, the exact text a candidate reads.

Times, memory and paths vary from run to run and are masked; everything else must match to the
letter. After a deliberate change to the report, regenerate with UPDATE_GOLDEN=1 and read the diff.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.conftest import ADD_NUMBERS, REPO, judge_process

GOLDEN = REPO / "tests" / "golden"
CASE_ROW = re.compile(r"^(\s*\d+\s+\S.*?)\s+[\d.]+\s+[\d.]+$")
MEASURED = re.compile(r"^\s+(total|speed|memory)\s")  # the timing lines whose numbers are measurements


def normalise(report: str, solution: Path) -> str:
    lines = []
    for line in report.replace(str(solution), "<solution>").replace(str(REPO), "<repo>").splitlines():
        line = re.sub(r"· [\d.]+ s$", "· <elapsed>", line)
        line = re.sub(r"^sandbox .*", "sandbox <depends on the machine>", line)
        line = CASE_ROW.sub(lambda match: f"{match.group(1)}  <cpu> <peak>", line)
        if MEASURED.match(line):
            line = re.sub(r"\d+(\.\d+)?", "<n>", re.sub(r"slowest case \S+,", "slowest case <case>,", line))
        lines.append(re.sub(r"\s+", " ", line).rstrip())
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", sorted(path.name for path in GOLDEN.iterdir()))
def test_golden_report(name):
    folder = GOLDEN / name
    solution = folder / "solution.py"
    result = judge_process("run", ADD_NUMBERS, solution, env={"NO_COLOR": "1"})
    assert result.stderr == ""
    actual = normalise(result.stdout, solution)
    expected_file = folder / "report.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        expected_file.write_text(actual)
    assert actual == expected_file.read_text()
