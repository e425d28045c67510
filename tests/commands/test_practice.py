"""A whole practice session through the CLI, and a judge killed while it records an attempt."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import jsonschema
import pytest

from judge.practice import store
from tests.conftest import FIXTURES, REPO, judge_json, judge_process, strict_json, write_solution
from tests.report.test_json_schema import SCHEMA

BANK = {"JUDGE_PROBLEMS": str(FIXTURES)}
MINUTES = 0.15  # 9 s: room for two runs on a loaded machine, little to wait out
WRONG = "def add(a, b):\n    return abs(a) + abs(b)\n"
RIGHT = "def add(a, b):\n    return a + b\n"
CATCHING_TESTS = "from solution import add\n\n\ndef test_negatives():\n    assert add(-1, -2) == -3\n"


def judge_ok(*args: str) -> dict:
    code, data = judge_json(*args, env=BANK)
    assert code == 0, data
    return data


def run(*args: str) -> tuple[int, dict]:
    return judge_json("run", "add_numbers", "--no-search", *args, env=BANK)


@pytest.mark.slow
def test_a_whole_session_through_the_cli(private_home):
    started = judge_process("practice", "add_numbers", "--minutes", MINUTES, env=BANK)
    assert started.returncode == 0, started.stderr
    assert "Problem 1 of 1 · add_numbers" in started.stdout and "Return `a + b`." in started.stdout
    assert "the clock runs for 00:09" in started.stdout
    folder = private_home / "workspace" / "add_numbers"
    assert (folder / "solution.py").read_text() == (FIXTURES / "hashmaps/add_numbers/starter.py").read_text()
    again = judge_process("practice", "add_numbers", env=BANK)
    assert again.returncode == 2 and "session 1 is still running (add_numbers); `judge end`" in again.stderr

    write_solution(folder, WRONG)
    code, failing = run()
    assert (code, failing["verdict"], failing["session"]["recorded"]) == (1, "WA", True)
    write_solution(folder, RIGHT)
    code, accepted = run()
    assert code == 0 and not accepted["session"]["overtime"]
    jsonschema.validate(accepted, SCHEMA)
    status = judge_ok("status")
    assert status["problems"][0]["solved"] and status["problems"][0]["attempts"] == 2

    while (left := status["time_left_s"]) >= 0:  # wait out the clock
        time.sleep(left + 0.2)
        status = judge_ok("status")
    assert status["overtime"]
    text = judge_process("run", "add_numbers", "--no-search", env=BANK)
    assert text.stdout.startswith("practice session 1 · OVERTIME +") and "recorded as overtime" in text.stdout
    write_solution(folder, CATCHING_TESTS, "test_solution.py")
    code, own = judge_json("test", "add_numbers", env=BANK)
    assert (code, own["caught"], own["session"]["overtime"]) == (0, 1, True)

    card = judge_ok("end")
    (problem,) = card["problems"]
    assert problem["id"] == "add_numbers" and problem["solved"] and not problem["accepted_in_overtime"]
    assert problem["time_to_accept_s"] == pytest.approx(MINUTES * 60 - accepted["session"]["time_left_s"], abs=0.2)
    assert (problem["attempts"], problem["runs"], problem["runs_to_accept"], problem["overtime_attempts"]) == (
        4,
        3,
        2,
        2,
    )
    assert problem["missed_tags"] == ["negatives"] and problem["last_verdict"] == "AC"
    assert problem["own_tests"] == {"valid": True, "caught": 1, "total": 1}
    assert problem["growth_class"] == (accepted.get("complexity") or {}).get("class")
    assert card["overtime"] and card["time_used_s"] > MINUTES * 60 and card["solved"] == 1
    assert (
        judge_process("status").stderr
        == "judge: no practice session is running; start one with `judge practice [PROBLEM...]`\n"
    )

    history = judge_ok("history")
    assert [entry["session"] for entry in history["sessions"]] == [1]
    assert history["overall"] == {
        "sessions": 1,
        "problems": 1,
        "solved": 1,
        "solve_rate": 1.0,
        "median_time_to_accept_s": problem["time_to_accept_s"],
        "most_missed_tags": [{"tag": "negatives", "count": 1}],
    }
    skipped = judge_process("practice", env=BANK)
    assert skipped.returncode == 2 and "no unsolved problems left to pick" in skipped.stderr


# The judge as `judge run`, but it stops for good inside the recording transaction, after the attempt's
# rows are written and before they are committed, and says so by creating STALL_MARKER.
STALLED_JUDGE = """
import os, sys, time
from judge.practice import store
from judge.cli import main

insert = store.insert_attempt

def stall(*args):
    insert(*args)
    open(os.environ["STALL_MARKER"], "w").close()
    time.sleep(600)

store.insert_attempt = stall
sys.argv[0] = "judge"
main()
"""


@pytest.mark.slow
def test_killing_a_run_while_it_records_leaves_the_database_consistent(tmp_path, leaves_nothing):
    assert judge_process("practice", "add_numbers", "--minutes", "30", env=BANK).returncode == 0
    marker = tmp_path / "stalled"
    stalled = subprocess.Popen(
        [sys.executable, "-c", STALLED_JUDGE, "run", "add_numbers", "--no-search"],
        env={**os.environ, **BANK, "STALL_MARKER": str(marker)},
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not marker.exists():
        assert stalled.poll() is None and time.monotonic() < deadline, "the judge never reached the recording"
        time.sleep(0.05)
    stalled.send_signal(signal.SIGKILL)
    assert stalled.wait(timeout=30) == -signal.SIGKILL

    db = sqlite3.connect(store.db_path())
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT count(*) FROM attempts").fetchone() == (0,)  # rolled back whole,
    assert db.execute("SELECT count(*) FROM attempt_tags").fetchone() == (0,)  # its tags with it
    db.close()
    code, report = run()
    assert code == 1 and report["session"]["recorded"]
    problem = judge_ok("status")["problems"][0]
    assert problem["attempts"] == 1 and problem["missed_tags"] == ["negatives", "zero"]  # the starter's
    assert strict_json(judge_process("end", "--format", "json").stdout)["problems"][0]["attempts"] == 1
