"""Shared fixtures: a private home for every test, the fixture problem, and the judge as a process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from judge.backends import container
from judge.backends.cgroup import pids_parent
from judge.backends.native import bubblewrap
from judge.errors import JudgeError

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "problems"
ADD_NUMBERS = FIXTURES / "hashmaps" / "add_numbers"
HOSTILE = REPO / "tests" / "hostile"
NOBODY = 65534


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    """One case cache for the session: entries are keyed by content, so sharing it is safe."""
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


def judge_containers() -> set[str]:
    """Containers the judge labelled, on a daemon that answers; none where there is no daemon."""
    try:
        connected = container.client(timeout=5)
    except JudgeError:
        return set()
    try:
        return {c.name for c in connected.containers.list(all=True, filters={"label": container.LABEL})}
    finally:
        connected.close()


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
    procs = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == NOBODY:
                    procs.add(entry.name)
            except OSError:
                pass
    cgroups = {p.name for p in pids_parent().iterdir() if p.is_dir()} if pids_parent() else set()
    stages = {p.name for p in Path(os.environ.get("TMPDIR", "/tmp")).glob("judge-*")}
    return {
        "processes of nobody": procs,
        "pids cgroups": cgroups,
        "stage folders": stages,
        "containers": judge_containers(),
    }


@pytest.fixture
def leaves_nothing():
    """Fails the test if it leaves a sandbox process, a cgroup, a staged folder or a container behind."""
    before = _snapshot()
    yield
    for _ in range(50):  # what is dying may take a moment; another judge running meanwhile, longer
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
