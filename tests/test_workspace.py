"""`judge start` gives the candidate a solution.py and sample tests that really test it."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from judge.bank import resolve
from judge.workspace import start_workspace

ANCHORS = ["top_k_stream", "count_subarrays", "is_valid_bst", "sessionize"]


def pytest_in(folder) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(folder)],
        capture_output=True,
        text=True,
        cwd=folder,
    )


@pytest.mark.parametrize("problem_id", ANCHORS)
def test_sample_tests_fail_the_starter_and_pass_the_reference(problem_id):
    problem = resolve(problem_id)
    folder, kept = start_workspace(problem)
    assert kept == [] and (folder / "statement.md").is_file()
    starter = pytest_in(folder)
    assert starter.returncode == 1 and "NotImplementedError" in starter.stdout
    shutil.copyfile(problem.reference_path, folder / "solution.py")
    accepted = pytest_in(folder)
    assert accepted.returncode == 0, accepted.stdout
    assert "passed" in accepted.stdout


def test_start_never_overwrites(tmp_path):
    problem = resolve("count_subarrays")
    folder, _ = start_workspace(problem)
    (folder / "solution.py").write_text("# my work\n")
    _, kept = start_workspace(problem)
    assert kept == ["solution.py", "test_solution.py"]
    assert (folder / "solution.py").read_text() == "# my work\n"
