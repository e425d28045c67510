"""The docker backend: what `auto` picks, the image command, cleanup on every exit, and parity with native.

Every test here needs a Docker daemon and the sandbox image (`requires_docker`): they skip with the
reason where there is none, and fail instead under JUDGE_REQUIRE_DOCKER=1 (CI).
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jsonschema
import pytest

from judge.backends import container
from judge.backends.select import resolved
from judge.bank import resolve
from tests.conftest import ADD_NUMBERS, HOSTILE, REPO, judge_containers, judge_json, judge_process, strict_json
from tests.report.test_json_schema import SCHEMA
from tests.validations import validation_of

pytestmark = pytest.mark.docker
ANCHORS = ["count_subarrays", "top_k_stream", "is_valid_bst", "sessionize"]
NO_DAEMON = {"DOCKER_HOST": "unix:///nonexistent/docker.sock"}


def test_auto_is_native_without_a_daemon(monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", NO_DAEMON["DOCKER_HOST"])
    assert "no Docker daemon" in container.unavailable()
    assert resolved("auto") == "native"


def test_auto_is_native_without_the_image(requires_docker, monkeypatch):
    monkeypatch.setattr(container, "IMAGE", "judge-sandbox:never-built")
    assert "judge sandbox build" in container.unavailable()
    assert resolved("auto") == "native"


def test_auto_is_docker_with_daemon_and_image(requires_docker):
    assert resolved("auto") == "docker"
    assert resolved("native") == "native"


def test_asking_for_docker_without_a_daemon_is_one_clear_line():
    result = judge_process("run", ADD_NUMBERS, "--sandbox", "docker", env=NO_DAEMON)
    assert result.returncode == 2
    assert result.stderr.startswith("judge: no Docker daemon") and "--sandbox native" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


@pytest.mark.slow
def test_sandbox_build_rebuilds_the_image_from_its_base(requires_docker):
    inspect = ["docker", "image", "inspect", container.IMAGE, "--format"]
    base = subprocess.run([*inspect, '{{index .Config.Labels "judge.base"}}'], capture_output=True, text=True)
    before = subprocess.run([*inspect, "{{.Id}}"], capture_output=True, text=True).stdout
    result = judge_process("sandbox", "build", "--base", base.stdout.strip())
    assert result.returncode == 0, result.stderr
    assert f"built {container.IMAGE}" in result.stdout
    assert subprocess.run([*inspect, "{{.Id}}"], capture_output=True, text=True).stdout == before  # all cached


@pytest.mark.slow
def test_sandbox_build_from_a_missing_base_says_what_to_do(requires_docker):
    result = judge_process("sandbox", "build", "--base", "judge-no-such-base:never")
    assert result.returncode == 2
    assert "available locally" in result.stderr and "--base" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_interrupted_judge_removes_its_container(signum, requires_docker, leaves_nothing):
    before = judge_containers()
    judge = subprocess.Popen(
        [sys.executable, "-m", "judge", "run", ADD_NUMBERS, HOSTILE / "sleep.py", "--sandbox", "docker"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not judge_containers() - before:  # wait until its container exists: interrupted mid-run
        assert judge.poll() is None and time.monotonic() < deadline, judge.stderr.read() if judge.stderr else ""
        time.sleep(0.1)
    time.sleep(1)  # a case is sleeping inside it now
    judge.send_signal(signum)
    _, stderr = judge.communicate(timeout=60)
    assert judge.returncode == 128 + signum, stderr
    assert "Traceback" not in stderr
    assert judge_containers() - before == set()


@pytest.mark.slow
def test_containers_of_a_judge_killed_outright_are_swept(requires_docker, leaves_nothing):
    import docker

    dead = subprocess.Popen(["true"])
    dead.wait()  # a pid that no longer runs, as a judge killed by SIGKILL leaves behind
    client = docker.from_env()
    owner = {**container.labels(), f"{container.LABEL}.pid": str(dead.pid)}  # this scope's, so the test sees it
    orphan = client.containers.create(container.IMAGE, ["true"], labels=owner)
    try:
        doctor = strict_json(judge_process("doctor", "--format", "json").stdout)
        assert any(c["check"] == "docker leftovers" and orphan.name in c["detail"] for c in doctor), doctor
        code, report = judge_json("run", ADD_NUMBERS, HOSTILE / "spinning_thread.py", "--sandbox", "docker")
        assert report["verdict"] == "AC"
        jsonschema.validate(report, SCHEMA)  # a docker report is a documented report too
        assert orphan.name not in judge_containers()
    finally:
        with contextlib.suppress(docker.errors.NotFound):
            client.api.remove_container(orphan.id, force=True)
        client.close()


def _verdicts(problem: str, solution: Path, backend: str) -> tuple[str, list[str]]:
    """The run's and each case's verdict. No search, and the growth estimate and memory check for the
    reference only: neither decides a verdict, and they would add seconds to every solution that
    passes a case; on the reference they still run in each backend."""
    timing = [] if solution.name == "reference.py" else ["--no-growth"]
    code, report = judge_json("run", problem, solution, "--no-search", *timing, "--sandbox", backend, timeout=300)
    if not timing and report["complexity"] is not None:  # a problem that asks for growth gets it
        assert report["complexity"]["status"] in ("conclusive", "inconclusive"), report["complexity"]
    return report["verdict"], [case["verdict"] for case in report["cases"]]


@pytest.mark.slow
@pytest.mark.parametrize("problem", ANCHORS)
def test_docker_and_native_agree_on_every_known_solution(problem, requires_docker, requires_bwrap, leaves_nothing):
    """The reference and every wrong solution get the same verdicts in a container as under bubblewrap.

    The wrong solutions' native verdicts are the bank validation's, which judges each of them once per
    run just as `judge run --no-search --no-growth` does; the reference is run here on both backends,
    growth and all. A case on the edge of its time limit may be TLE on one backend and not the other
    when the machine is busy, so a case may differ only where one side says TLE; every other verdict,
    and the run's verdict apart from such a case, must match.
    """
    folder = resolve(problem).root
    reference = folder / "reference.py"
    wrong = sorted((folder / "wrong").glob("*.py"))
    runs = [(reference, "native"), *((solution, "docker") for solution in [reference, *wrong])]
    with ThreadPoolExecutor(max_workers=2) as pool:
        found = dict(zip(runs, pool.map(lambda run: _verdicts(problem, *run), runs)))
    validated = validation_of(resolve(problem))["solutions"]
    for solution in wrong:
        judgement = validated[f"wrong/{solution.name}"]
        found[solution, "native"] = judgement["verdict"], list(judgement["cases"].values())
    for solution in [reference, *wrong]:
        (native, native_cases), (docker, docker_cases) = found[solution, "native"], found[solution, "docker"]
        assert len(native_cases) == len(docker_cases), solution.name
        differing = [(n, d) for n, d in zip(native_cases, docker_cases) if n != d]
        assert all("TLE" in pair for pair in differing), f"{solution.name}: {differing}"
        assert native == docker or differing, f"{solution.name}: native {native}, docker {docker}"
    assert found[reference, "docker"][0] == "AC"
