"""Isolation between cases and the syscall floor, on both isolating backends (bubblewrap and Docker),
spoken to directly through the sandbox so a test can choose each case's input."""

from __future__ import annotations

import json
import time
import uuid

import pytest

from judge.backends.select import open_sandbox
from tests.conftest import HOSTILE

ADD = {"kind": "function", "name": "add", "types": {}}
LIMITS = {"cpu_s": 10, "wall_s": 20, "memory_mb": 256, "output_bytes": 1 << 20}


@pytest.fixture(params=["bubblewrap", pytest.param("docker", marks=pytest.mark.docker)])
def backend(request) -> str:
    request.getfixturevalue("requires_bwrap" if request.param == "bubblewrap" else "requires_docker")
    return "native" if request.param == "bubblewrap" else "docker"


def run_cases(backend: str, hostile: str, inputs: list[dict]) -> list:
    """Each input as one case in one sandbox; every case's returned value, in order."""
    sandbox = open_sandbox(backend, HOSTILE / f"{hostile}.py", ADD, LIMITS)
    try:
        assert sandbox.start().ok
        values = []
        for case_input in inputs:
            run = sandbox.run(json.dumps(case_input), LIMITS, time.monotonic() + 60)
            assert run.status == "ok", run
            values.append(json.loads(run.payload))
        return values
    finally:
        sandbox.close()


def args(a: str) -> dict:
    return {"args": {"a": a, "b": ""}}


@pytest.mark.slow
def test_no_case_finds_an_earlier_cases_input(backend, leaves_nothing):
    secrets = [f"EARLIER-CASE-{uuid.uuid4().hex}" for _ in range(3)]
    *planted, searched = run_cases(backend, "search_earlier_cases", [*map(args, secrets), args("search")])
    for secret, plant in zip(secrets, planted):
        # The search works: in its own case it finds the secret in memory and everywhere it was planted.
        assert plant["found"] == [secret]
        assert {"/tmp", "mqueue", "sysv shm"} <= set(plant["planted"])
        if backend == "docker":
            assert "/dev/shm" in plant["planted"]
    assert searched == [], "a case found the input of an earlier one"


@pytest.mark.slow
def test_the_syscall_floor_holds(backend, leaves_nothing):
    (outcome,) = run_cases(backend, "syscall_floor", [args("")])
    refused = {call: said for call, said in outcome.items() if call in ("unshare", "mount", "add_key", "ptrace")}
    assert all(said.startswith("refused") for said in refused.values()), refused
    assert outcome["fork"] is True and outcome["thread"] is True
