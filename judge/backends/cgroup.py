"""A pids cgroup per sandbox where the machine lets us make one (v2 or v1).

RLIMIT_NPROC is not enforced for real root, also inside a user namespace that maps root, and it
counts every process of a uid machine-wide; a pids cgroup counts exactly one sandbox's processes.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
import uuid
from pathlib import Path

from judge.backends.scope import prefix

MOUNTINFO = Path("/proc/self/mountinfo")


def _pids_parent() -> Path | None:
    """A directory under which we may create pids-limited cgroups, or None."""
    try:
        lines = MOUNTINFO.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split()
        mount_point, fstype, options = parts[4], parts[-3], parts[-1]
        if fstype == "cgroup" and "pids" in options.split(","):
            candidate = Path(mount_point) / "judge"
        elif fstype == "cgroup2":
            controllers = Path(mount_point, "cgroup.subtree_control")
            if "pids" not in _read(controllers).split():
                continue
            candidate = Path(mount_point) / "judge"
        else:
            continue
        try:
            candidate.mkdir(exist_ok=True)
            if (candidate / "cgroup.subtree_control").exists():
                (candidate / "cgroup.subtree_control").write_text("+pids")
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return candidate
    return None


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""


_PARENT: list[Path | None] = []


def pids_parent() -> Path | None:
    if not _PARENT:
        _PARENT.append(_pids_parent())
    return _PARENT[0]


class PidsCgroup:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def create(cls, limit: int) -> PidsCgroup | None:
        parent = pids_parent()
        if parent is None:
            return None
        path = parent / (prefix() + uuid.uuid4().hex)
        try:
            path.mkdir()
            (path / "pids.max").write_text(str(limit))
        except OSError:
            return None
        return cls(path)

    def wrap(self, command: list[str]) -> list[str]:
        """The command, entering this cgroup before it execs, so nothing it starts runs outside.

        A shell does it rather than a preexec_fn: Python code between fork and exec is unsafe
        when other threads run (judge test and grade run sandboxes side by side)."""
        return ["/bin/sh", "-c", 'echo $$ > "$0" && exec "$@"', str(self.path / "cgroup.procs"), *command]

    def kill_all(self) -> None:
        kill_file = self.path / "cgroup.kill"
        if kill_file.exists():
            kill_file.write_text("1")
            return
        for _ in range(10):  # v1: a frozen-free kill loop; a fork bomb is already capped by pids.max
            pids = _read(self.path / "cgroup.procs").split()
            if not pids:
                return
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(int(pid), signal.SIGKILL)

    def remove(self) -> None:
        self.kill_all()
        for _ in range(100):
            try:
                self.path.rmdir()
                return
            except OSError:
                time.sleep(0.01)
