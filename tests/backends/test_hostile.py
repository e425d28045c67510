"""Hostile submissions (tests/hostile/): each gets a precise verdict, the judge survives, nothing stays.

They run on the fixture problem add_numbers (four cases) on every backend: native under bubblewrap,
native with isolation reduced to rlimits (bubblewrap hidden from PATH), and Docker. The verdicts
expected are the same on all three; where reduced isolation cannot confine something by design, the
test says so and skips.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from judge.backends.cgroup import pids_parent
from tests.conftest import ADD_NUMBERS, HOSTILE, judge_json, scoped_processes

SECRET = "the host's secret"

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
    "daemon_grandchild": ("AC", ""),  # and the daemon is gone after the run
    "disk_fill": ("RE", "No space left on device"),
    "spinning_thread": ("AC", ""),
    "ignore_sigterm": ("TLE", "wall time"),
    "close_fds": ("RE", "closed the file descriptor (4)"),
    "deep_recursion": ("RE", "SIGSEGV"),
    "terminal_escapes": ("WA", "expected 3"),
    "always_equal": ("WA", "got -12345"),
    "steal_channel": ("RE", "forged into: []"),
}

# Failures while the module loads: once the submission's code runs, a lost sandbox is its own doing
LOAD_EXPECTED = {
    "load_kills_runner": ("CE", "your code broke the sandbox while the module loaded"),
    "load_deep_tree": ("AC", ""),  # the judge removes what the load left, however deep
    "load_traced_zombie": ("AC", ""),
}


@dataclass
class Backend:
    name: str
    env: dict[str, str]
    isolation: str
    requires: str | None = None
    cannot: dict[str, str] = field(default_factory=dict)  # hostile name -> why this backend cannot confine it


BACKENDS = {
    "bubblewrap": Backend("native", {"JUDGE_SANDBOX": "native"}, "full", "requires_bwrap"),
    "reduced": Backend(
        "native",
        {"JUDGE_SANDBOX": "native", "PATH": str(Path(sys.executable).parent)},  # a PATH without bwrap
        "reduced",
        cannot={
            "disk_fill": "without bubblewrap the solution writes to the host's disk, which nothing caps",
            "load_deep_tree": "without bubblewrap the work folder is on the host's disk, where 1500 folders a case "
            "can outlast the time limit",
        },
    ),
    "docker": Backend("docker", {"JUDGE_SANDBOX": "docker"}, "full", "requires_docker"),
}
if os.getuid() == 0:
    BACKENDS["reduced"].cannot["steal_channel"] = "as root, without bubblewrap, the solution runs as root too"
    if pids_parent() is None:
        BACKENDS["reduced"].cannot["fork_bomb"] = "as root without a pids cgroup nothing stops a fork bomb"


def _backend(request) -> Backend:
    backend = BACKENDS[request.param]
    if backend.requires:
        request.getfixturevalue(backend.requires)
    return backend


@pytest.fixture(params=["bubblewrap", "reduced", pytest.param("docker", marks=pytest.mark.docker)])
def backend(request) -> Backend:
    return _backend(request)


@pytest.fixture(params=["bubblewrap", pytest.param("docker", marks=pytest.mark.docker)])
def isolating_backend(request) -> Backend:
    """The backends that hide the host: its files, network, processes and environment."""
    return _backend(request)


def judge_hostile(path: Path, backend: Backend, *extra: str, env: dict | None = None) -> tuple[int, dict]:
    code, report = judge_json("run", ADD_NUMBERS, path, "--budget", "8", *extra, env={**backend.env, **(env or {})})
    assert (report["sandbox"]["backend"], report["sandbox"]["isolation"]) == (backend.name, backend.isolation)
    return code, report


def planted(tmp_path: Path, name: str, **values: str) -> Path:
    """A copy of a hostile file with the test's values written into its __PLACEHOLDERS__."""
    source = (HOSTILE / f"{name}.py").read_text()
    for key, value in values.items():
        source = source.replace(f"__{key}__", value)
    (tmp_path / f"{name}.py").write_text(source)
    return tmp_path / f"{name}.py"


def host_secret(tmp_path: Path) -> Path:
    secret = tmp_path / "planted-secret.txt"
    secret.write_text(SECRET)
    secret.chmod(0o644)
    return secret


def processes_named(name: str) -> list[str]:
    """This scope's processes of that name: a hostile file run by the other worker is not ours."""
    return [pid for pid, comm in scoped_processes().items() if comm == name]


def check(name: str, code: int, report: dict) -> None:
    verdict, words = EXPECTED[name]
    first = report["cases"][0]
    assert code == (0 if verdict == "AC" else 1)
    assert (report["verdict"], first["verdict"]) == (verdict, verdict), first
    assert words in first["message"]
    assert "IE" not in {case["verdict"] for case in report["cases"]}, "the judge must survive every case"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_submission(name, backend, leaves_nothing):
    if name in backend.cannot:
        pytest.skip(backend.cannot[name])
    code, report = judge_hostile(HOSTILE / f"{name}.py", backend)
    check(name, code, report)
    for _ in range(50):  # a daemon the sandbox missed would live on; a dying one takes a moment
        if not processes_named("hostiledaemon"):
            break
        time.sleep(0.1)
    assert processes_named("hostiledaemon") == [], "a daemonised grandchild outlived the run"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(LOAD_EXPECTED))
def test_load_time_failure_is_blamed_on_the_submission(name, backend, leaves_nothing):
    if name in backend.cannot:
        pytest.skip(backend.cannot[name])
    verdict, words = LOAD_EXPECTED[name]
    code, report = judge_hostile(HOSTILE / f"{name}.py", backend)
    assert (code, report["verdict"]) == (0 if verdict == "AC" else 1, verdict), report.get("load_error")
    assert words in (report["load_error"] or "")
    assert "IE" not in {case["verdict"] for case in report["cases"]}


@pytest.mark.slow
def test_a_killed_runner_is_restarted_for_every_case(backend, leaves_nothing):
    code, report = judge_hostile(HOSTILE / "kill_parent.py", backend)
    assert [case["verdict"] for case in report["cases"]] == ["RE"] * 4


@pytest.mark.slow
def test_terminal_escapes_are_shown_escaped(isolating_backend, leaves_nothing):
    result = judge_process_text(HOSTILE / "terminal_escapes.py", isolating_backend)
    assert "\x1b" not in result and "\x07" not in result
    assert r"\xff\xfe\xc3 \x1b[2J\x1b[31mred" in result  # what was printed, shown, never obeyed


def judge_process_text(path: Path, backend: Backend) -> str:
    from tests.conftest import judge_process

    result = judge_process("run", ADD_NUMBERS, path, "--no-search", env=backend.env)
    assert result.returncode == 1 and result.stderr == "", result.stderr
    return result.stdout


@pytest.mark.slow
def test_the_judges_environment_is_invisible(isolating_backend, leaves_nothing):
    code, report = judge_hostile(HOSTILE / "env_secrets.py", isolating_backend, env={"JUDGE_TEST_SECRET": SECRET})
    assert report["verdict"] == "RE" and "RuntimeError" in report["cases"][0]["message"]
    assert "LC_ALL" in report["cases"][0]["message"], "the submission did read its own environment"
    assert SECRET not in str(report)


@pytest.mark.slow
def test_planted_symlinks_are_never_followed(backend, tmp_path, leaves_nothing):
    code, report = judge_hostile(planted(tmp_path, "plant_symlinks", PATH=str(host_secret(tmp_path))), backend)
    assert report["verdict"] == "AC"
    assert SECRET not in str(report) and "root:" not in str(report)


@pytest.mark.slow
def test_no_network(isolating_backend, tmp_path, leaves_nothing):
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
        port = str(listener.getsockname()[1])
        code, report = judge_hostile(planted(tmp_path, "network", PORT=port), isolating_backend)
    finally:
        stop.set()
        thread.join()
        listener.close()
    assert accepted == []
    message = report["cases"][0]["message"]
    assert report["verdict"] == "RE" and ("Connection" in message or "Network is unreachable" in message)


@pytest.mark.slow
def test_host_files_are_invisible(isolating_backend, tmp_path, leaves_nothing):
    hostile = planted(tmp_path, "read_host_file", PATH=str(host_secret(tmp_path)))
    code, report = judge_hostile(hostile, isolating_backend)
    assert report["verdict"] == "RE" and "FileNotFoundError" in report["cases"][0]["message"]
    assert SECRET not in str(report)
