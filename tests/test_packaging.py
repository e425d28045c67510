"""A plain `pip install .` carries the bank and the runner: `judge list` and `judge run` work anywhere."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, strict_json


@pytest.mark.slow
def test_installed_wheel_works_from_any_directory(tmp_path):
    wheels, target, elsewhere = tmp_path / "wheels", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", wheels, REPO], check=True, capture_output=True)
    (wheel,) = wheels.glob("judge-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", target, wheel], check=True, capture_output=True)
    assert (target / "judge" / "_data" / "sandbox" / "runner.py").is_file()
    assert (target / "judge" / "_data" / "sandbox" / "Dockerfile").is_file()  # for `judge sandbox build`
    env = {**os.environ, "PYTHONPATH": str(target)}

    def judge(*args):
        return subprocess.run(
            [sys.executable, "-m", "judge", *args], capture_output=True, text=True, env=env, cwd=elsewhere
        )

    listed = judge("list", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    entry = next(e for e in strict_json(listed.stdout) if e["id"] == "top_k_stream")
    assert entry["path"] == "problems/streaming/top_k_stream"
    run = judge("run", "problems/top_k_stream", "--format", "json")
    report = strict_json(run.stdout)
    assert run.returncode == 1 and report["solution"]["label"] == "the starter"
    assert report["solution"]["path"].startswith(str(target))
