"""The judge as a user meets it: exit codes, one clear line for bad input, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from judge.cli import cli
from tests.conftest import ADD_NUMBERS, REPO, judge_process, strict_json, write_solution

TOP_K = "problems/streaming/top_k_stream"


def one_clear_line(result) -> str:
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("problem", ["problems/nope", "nope"])
def test_unknown_problem_exits_2(problem):
    result = judge_process("run", problem)
    assert result.returncode == 2
    assert one_clear_line(result) == f"judge: no problem '{problem}'; `judge list` shows the bank"


def test_missing_solution_file_exits_2():
    result = judge_process("run", TOP_K, "no/such/solution.py")
    assert result.returncode == 2
    assert one_clear_line(result) == "judge: no solution file 'no/such/solution.py'"


def test_misspelled_key_exits_2(tmp_path):
    copy = tmp_path / "add_numbers"
    shutil.copytree(ADD_NUMBERS, copy)
    toml = copy / "problem.toml"
    toml.write_text(toml.read_text().replace("memory_mb", "memroy_mb"))
    result = judge_process("run", copy)
    assert result.returncode == 2
    line = one_clear_line(result)
    assert str(toml) in line and "unknown key 'limits.memroy_mb' (did you mean 'limits.memory_mb'?)" in line


def test_bad_option_exits_2():
    result = judge_process("run", TOP_K, "--sandbox", "vm")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_syntax_error_is_ce_naming_the_line(tmp_path):
    solution = write_solution(tmp_path, "class TopKStream:\n    def __init__(self, k)\n        pass\n")
    result = judge_process("run", TOP_K, solution)
    assert result.returncode == 1 and "Traceback" not in result.stdout + result.stderr
    assert "CE Could not load" in result.stdout
    assert "SyntaxError: expected ':' at line 2: def __init__(self, k)" in result.stdout


def test_the_starter_on_a_fresh_clone():
    result = judge_process("run", TOP_K)
    assert result.returncode == 1 and result.stderr == ""
    assert "(the starter)" in result.stdout
    assert "NotImplementedError" in result.stdout
    assert "Next: this is the untouched starter. Run `judge start top_k_stream`" in result.stdout


def test_the_reference_is_accepted():
    result = judge_process("run", "top_k_stream", f"{TOP_K}/reference.py")
    assert result.returncode == 0, result.stdout
    assert "AC Accepted · 27/27 cases passed" in result.stdout


def test_start_then_run_uses_the_workspace(private_home):
    started = judge_process("start", "top_k_stream")
    assert started.returncode == 0
    folder = private_home / "workspace" / "top_k_stream"
    assert started.stdout.strip() == str(folder)
    assert (folder / "solution.py").read_text() == (REPO / TOP_K / "starter.py").read_text()
    (folder / "solution.py").write_text((REPO / TOP_K / "reference.py").read_text())
    again = judge_process("start", "top_k_stream")
    assert "kept your existing solution.py" in again.stderr
    result = judge_process("run", "problems/top_k_stream")
    assert result.returncode == 0 and "(your workspace copy)" in result.stdout


def test_show_prints_the_statement():
    result = judge_process("show", "count_subarrays")
    assert result.returncode == 0
    assert result.stdout.startswith((REPO / "problems/hashmaps/count_subarrays/statement.md").read_text()[:40])


def test_doctor_reports_every_check():
    result = judge_process("doctor", "--format", "json")
    assert result.returncode == 0

    checks = {item["check"]: item for item in strict_json(result.stdout)}
    assert {"python", "bubblewrap", "docker", "cgroups", "auto sandbox"} <= set(checks)
    assert checks["auto sandbox"]["status"] in ("full", "reduced")
    docker_ready = checks["docker"]["status"] == "ok" and checks.get("docker image", {}).get("status") == "ok"
    assert checks["auto sandbox"]["detail"].startswith("docker:" if docker_ready else "native:")


def test_internal_errors_exit_3(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the engine fell over")

    monkeypatch.setattr("judge.commands.run.judge", broken)
    result = CliRunner().invoke(cli, ["run", "top_k_stream"])
    assert result.exit_code == 3
    assert "internal error: RuntimeError: the engine fell over" in result.output
    assert "Traceback" not in result.output


def test_a_reader_that_goes_away_is_no_internal_error():
    """`judge show ... | head -1`: a closed pipe ends the judge quietly, not with an internal error."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the judge writes a byte
    try:
        result = subprocess.run(
            [sys.executable, "-m", "judge", "show", "top_k_stream"], stdout=write_end, stderr=subprocess.PIPE, cwd=REPO
        )
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (141, b"")
