"""Choosing a backend: --sandbox, else JUDGE_SANDBOX, else auto (Docker when it is ready, else native)."""

from __future__ import annotations

import os
from pathlib import Path

from judge.backends import container
from judge.backends.base import Sandbox
from judge.backends.native import NativeSandbox
from judge.errors import JudgeError

BACKENDS = ("auto", "native", "docker")


def chosen_backend(option: str | None) -> str:
    backend = option or os.environ.get("JUDGE_SANDBOX") or "auto"
    if backend not in BACKENDS:
        raise JudgeError(f"unknown sandbox {backend!r}: choose one of {', '.join(BACKENDS)}")
    return backend


def resolved(backend: str) -> str:
    """What `auto` means on this machine: Docker when the daemon answers and the image is built."""
    if backend != "auto":
        return backend
    return "docker" if container.unavailable() is None else "native"


def open_sandbox(
    backend: str, solution: Path, interface: dict, load_limits: dict, extras: dict[str, Path] | None = None
) -> Sandbox:
    """`extras` (name -> host file) are shown read-only inside; `sandbox.inside(name)` says where."""
    if resolved(backend) == "docker":
        return container.DockerSandbox(solution, interface, load_limits, extras)
    return NativeSandbox(solution, interface, load_limits, extras)
