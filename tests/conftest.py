"""Shared fixtures: a private home for every test, the fixture problem, and the judge as a process."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docker
import pytest

from judge.backends import container
from judge.backends.cgroup import pids_parent
from judge.backends.native import bubblewrap
from judge.backends.scope import prefix, scope
from judge.errors import JudgeError

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "problems"
ADD_NUMBERS = FIXTURES / "hashmaps" / "add_numbers"
HOSTILE = REPO / "tests" / "hostile"
NOBODY = 65534
pytest_plugins = ["tests.exclusive"]


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    """One cache (cases, generated inputs, the reference's timings) for the whole run, xdist workers
    included: entries are keyed by content and written atomically, so sharing it is safe, and each
    problem's expensive parts are made once per run rather than once per worker."""
    if os.environ.get("PYTEST_XDIST_WORKER"):  # each worker's basetemp sits in the run's own
        shared = tmp_path_factory.getbasetemp().parent / "cache"
        shared.mkdir(exist_ok=True)
        return shared
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch, shared_cache):
    """No test reads or writes the real workspace, cache or session database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("JUDGE_HOME", str(home / "judge-home"))
    monkeypatch.setenv("JUDGE_WORKSPACE", str(home / "workspace"))
    monkeypatch.setenv("JUDGE_CACHE", str(shared_cache))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("JUDGE_SANDBOX", "native")  # tests choose a backend: `auto` would vary by machine
    return home


@pytest.fixture
def requires_bwrap():
    """Skip where bubblewrap cannot run, unless CI says it must (JUDGE_REQUIRE_BWRAP=1)."""
    if bubblewrap() is None:
        if os.environ.get("JUDGE_REQUIRE_BWRAP"):
            pytest.fail("bubblewrap is required here (JUDGE_REQUIRE_BWRAP=1) but does not work")
        pytest.skip("bubblewrap is not installed or cannot create namespaces here")


@pytest.fixture
def requires_docker():
    """Skip where the docker backend cannot run, unless CI says it must (JUDGE_REQUIRE_DOCKER=1)."""
    why = container.unavailable()
    if why is not None:
        if os.environ.get("JUDGE_REQUIRE_DOCKER"):
            pytest.fail(f"the docker backend is required here (JUDGE_REQUIRE_DOCKER=1) but: {why}")
        pytest.skip(f"the docker backend cannot run here: {why}")


def pytest_configure(config) -> None:
    """One scope per pytest process (an xdist worker, or the only one): what `leaves_nothing` looks at is
    what this process's judges made, never what a test on the other worker has running meanwhile."""
    worker = getattr(config, "workerinput", {}).get("workerid", "main")
    os.environ["JUDGE_SCOPE"] = f"pytest-{worker}-{os.getpid()}"


def judge_containers() -> set[str]:
    """Containers the judges of this scope labelled, on a daemon that answers; none where there is none."""
    return set(_scoped_containers())


def _scoped_containers() -> dict[str, dict[str, str]]:
    """name -> {pid: command} of this scope's containers (no pids for one that is not running)."""
    try:
        connected = container.client(timeout=5)
    except JudgeError:
        return {}
    mine = [container.LABEL, f"{container.LABEL}.scope={scope()}"]
    found = {}
    try:
        for box in connected.containers.list(all=True, filters={"label": mine}):
            found[box.name] = {}
            with contextlib.suppress(docker.errors.APIError):  # it stopped meanwhile
                if box.status == "running":
                    top = box.top(ps_args="-o pid,comm")
                    found[box.name] = {row[0]: row[1] for row in top.get("Processes") or []}
    finally:
        connected.close()
    return found


def scoped_cgroups() -> list[Path]:
    """The pids cgroups this scope's sandboxes made (they are named with the scope's prefix)."""
    parent = pids_parent()
    return sorted(parent.glob(f"{prefix()}*")) if parent else []


def scoped_processes() -> dict[str, str]:
    """pid -> name of every process inside this scope's cgroups, where the machine gives us cgroups;
    else every process of nobody on the machine (the sandbox's uid), as nothing finer can be told;
    and the processes running in this scope's containers."""
    found = {pid: name for processes in _scoped_containers().values() for pid, name in processes.items()}
    if pids_parent() is None:
        return found | {pid: _name(pid) for pid in _all_pids() if _uid(pid) == NOBODY}
    for cgroup in scoped_cgroups():
        for procs in cgroup.rglob("cgroup.procs"):
            with contextlib.suppress(OSError):
                found.update({pid: _name(pid) for pid in procs.read_text().split()})
    return found


def _all_pids() -> list[str]:
    return [entry.name for entry in Path("/proc").iterdir() if entry.name.isdigit()]


def _uid(pid: str) -> int | None:
    try:
        return Path("/proc", pid).stat().st_uid
    except OSError:
        return None


def _name(pid: str) -> str:
    try:
        return Path("/proc", pid, "comm").read_text().strip()
    except OSError:
        return ""


def judge_process(*args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 120):
    """The judge as a user runs it: a real process, its exit code and both streams."""
    return subprocess.run(
        [sys.executable, "-m", "judge", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd or REPO,
        timeout=timeout,
    )


def strict_json(text: str):
    """JSON by RFC 8259 only, as a strict consumer reads it: a bare NaN or Infinity fails the test."""

    def refuse(name: str):
        raise AssertionError(f"the report holds a bare {name}, which is not JSON")

    return json.loads(text, parse_constant=refuse)


def judge_json(*args: str, **kwargs) -> tuple[int, dict]:
    result = judge_process(*args, "--format", "json", **kwargs)
    assert result.stderr == "", result.stderr
    return result.returncode, strict_json(result.stdout)


def _snapshot() -> dict[str, set]:
    stages = {p.name for p in Path(tempfile.gettempdir()).glob(f"{prefix('judge-')}*")}
    return {
        "processes": {f"{pid} ({name})" for pid, name in scoped_processes().items()},
        "pids cgroups": {path.name for path in scoped_cgroups()},
        "stage folders": stages,
        "containers": judge_containers(),
    }


@pytest.fixture
def leaves_nothing():
    """Fails the test if it leaves a sandbox process, a cgroup, a staged folder or a container behind:
    of this scope, so a test running beside it on the other worker is never taken for a leftover."""
    before = _snapshot()
    yield
    for _ in range(50):  # what is dying may take a moment
        left = {kind: items - before[kind] for kind, items in _snapshot().items() if items - before[kind]}
        if not left:
            return
        time.sleep(0.1)
    raise AssertionError(f"left behind: {left}")


@pytest.fixture
def add_problem(tmp_path) -> Path:
    """A private copy of the fixture problem, safe to break."""
    copy = tmp_path / "problems" / "hashmaps" / "add_numbers"
    shutil.copytree(ADD_NUMBERS, copy)
    return copy


def write_solution(folder: Path, source: str, name: str = "solution.py") -> Path:
    path = folder / name
    path.write_text(source)
    return path
