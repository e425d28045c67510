"""Hostile submissions (tests/hostile/): each gets a precise verdict, the judge survives, nothing stays.

They run on the fixture problem add_numbers (four cases), under bubblewrap and, where it makes
sense, with isolation reduced to rlimits (bubblewrap hidden from PATH).
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
from pathlib import Path

import pytest

from judge.backends.cgroup import pids_parent
from tests.conftest import ADD_NUMBERS, HOSTILE, judge_json

REDUCED = {"PATH": str(Path(sys.executable).parent)}  # a PATH without bwrap: isolation is reduced

# name -> (verdict of the run, words the first case's message must contain)
EXPECTED = {
    "infinite_loop": ("TLE", "CPU-time limit"),
    "sleep": ("TLE", "wall time"),
    "memory_bomb": ("MLE", "memory"),
    "fork_bomb": ("RE", "too many processes"),
    "output_flood": ("OLE", "printed more than"),
    "os_exit": ("RE", "exited (code 0) before returning"),
    "kill_parent": ("RE", "runner died"),
    "forged_frames": ("RE", "result channel"),
    "segfault": ("RE", "SIGSEGV"),
}


def judge_hostile(path: Path, env: dict | None = None) -> tuple[int, dict]:
    return judge_json("run", ADD_NUMBERS, path, "--budget", "8", env=env)


def check(name: str, code: int, report: dict) -> None:
    verdict, words = EXPECTED[name]
    first = report["cases"][0]
    assert code == 1
    assert (report["verdict"], first["verdict"]) == (verdict, verdict), first
    assert words in first["message"]
    assert "IE" not in {case["verdict"] for case in report["cases"]}, "the judge must survive every case"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_under_bubblewrap(name, requires_bwrap, leaves_nothing):
    code, report = judge_hostile(HOSTILE / f"{name}.py")
    assert report["sandbox"]["isolation"] == "full"
    check(name, code, report)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_with_reduced_isolation(name, leaves_nothing):
    if name == "fork_bomb" and os.getuid() == 0 and pids_parent() is None:
        pytest.skip("as root without a pids cgroup nothing would stop a fork bomb outside bubblewrap")
    code, report = judge_hostile(HOSTILE / f"{name}.py", env=REDUCED)
    assert report["sandbox"]["isolation"] == "reduced"
    assert "isolation is reduced" in report["sandbox"]["warning"]
    check(name, code, report)


def test_a_killed_runner_is_restarted_for_every_case(requires_bwrap, leaves_nothing):
    code, report = judge_hostile(HOSTILE / "kill_parent.py")
    assert [case["verdict"] for case in report["cases"]] == ["RE"] * 4


def test_no_network(requires_bwrap, tmp_path, leaves_nothing):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    accepted = []

    def accept_all():
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                accepted.append(listener.accept())

    stop = threading.Event()
    thread = threading.Thread(target=accept_all)
    thread.start()
    try:
        source = (HOSTILE / "network.py").read_text().replace("__PORT__", str(listener.getsockname()[1]))
        (tmp_path / "network.py").write_text(source)
        code, report = judge_hostile(tmp_path / "network.py")
    finally:
        stop.set()
        thread.join()
        listener.close()
    assert accepted == []
    assert report["verdict"] == "RE" and "Connection" in report["cases"][0]["message"]


def test_host_files_are_invisible(requires_bwrap, tmp_path, leaves_nothing):
    secret = tmp_path / "planted-secret.txt"
    secret.write_text("the host's secret")
    secret.chmod(0o644)
    source = (HOSTILE / "read_host_file.py").read_text().replace("__PATH__", str(secret))
    (tmp_path / "read_host_file.py").write_text(source)
    code, report = judge_hostile(tmp_path / "read_host_file.py")
    assert report["verdict"] == "RE" and "FileNotFoundError" in report["cases"][0]["message"]
    assert "the host's secret" not in str(report)
