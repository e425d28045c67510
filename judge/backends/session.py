"""The runner protocol as every backend speaks it: load the solution, send cases, read framed answers.

A backend only says how to spawn the runner, connect to it, stop it and read its last words; what
crosses the pipe, and how a lost runner becomes a case's failure, is decided here once.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
import time
from abc import ABC, abstractmethod
from pathlib import Path
from typing import BinaryIO

from judge.backends.base import CaseRun, Isolation, LoadResult
from judge.backends.channel import Channel, ChannelError
from judge.backends.scope import prefix
from judge.trusted import runner

WATCHDOG_GRACE_S = 5.0  # only a backstop: the runner enforces wall time itself; a busy host is slow


def stage(solution: Path, extras: dict[str, Path] | None) -> tuple[Path, dict[str, Path]]:
    """A private folder holding copies of the solution and the extra files, readable by nobody's uid:
    the sandbox sees these copies, never the host's files, which could change or be links.
    Returns the folder and each extra's path (a copy for a file, the host's path for a folder)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix("judge-")))
    folder.chmod(0o755)
    staged = {}
    for name, path in {"solution.py": solution, **(extras or {})}.items():
        if path.is_file():
            shutil.copyfile(path, folder / name)
            (folder / name).chmod(0o644)
            path = folder / name
        staged[name] = path
    return folder, staged


def remove_stage(folder: Path) -> None:
    """Remove a stage folder and whatever a case left in it, however deep (no recursion to overflow)."""
    with contextlib.suppress(OSError):  # the folder is in the host's temp dir: at worst it stays there
        runner().empty(str(folder))
        folder.rmdir()


def load_result(header: dict) -> LoadResult:
    """The runner's answer to the hello: ready, a compile error, or a failed load run like a case."""
    if header.get("event") == "ready":
        return LoadResult(True)
    if isinstance(header.get("error"), dict):
        return LoadResult(False, error=header["error"])
    result = header.get("result")
    run = CaseRun.from_header(result, b"") if isinstance(result, dict) else None
    return LoadResult(False, run=run, detail="" if run else "the sandbox sent a malformed load report")


class RunnerSession(ABC):
    """One runner serving a run's cases; subclasses spawn it, and the engine restarts it after a loss."""

    isolation: Isolation
    start_grace_s = WATCHDOG_GRACE_S

    def __init__(self, interface: dict, load_limits: dict) -> None:
        self._interface, self._load_limits = interface, load_limits
        self._writer: BinaryIO | None = None
        self._channel: Channel | None = None
        self._launched = False

    # What a backend provides.
    @abstractmethod
    def _spawn(self) -> None:
        """Start a runner; set `_writer` (its requests) and `_channel` (its answers) where known."""

    def _connect(self, deadline: float) -> None:  # noqa: B027 - an optional hook, not a duty
        """Finish connecting to a spawned runner, before the first message; nothing to do for a pipe."""

    @abstractmethod
    def _stop_runner(self) -> None:
        """Kill the runner and everything it started; close both ends."""

    @abstractmethod
    def _last_words(self) -> list[str]:
        """What the runner wrote on stderr before it died, if anything."""

    @property
    @abstractmethod
    def alive(self) -> bool:
        """Whether the runner can take the next case."""

    # The protocol.
    def launch(self) -> None:
        """Spawn a fresh runner without waiting for it, so the caller can work meanwhile."""
        self._stop_runner()
        self._spawn()
        self._launched = True

    def start(self) -> LoadResult:
        """Wait for the runner (launching one if none is starting) to compile and load the solution."""
        if not self._launched:
            self.launch()
        # Counted from now, not from the launch: the caller may have built cases meanwhile.
        deadline = time.monotonic() + self._load_limits["wall_s"] + self.start_grace_s
        self._launched = False
        started = False  # whether the submission's code began to run: then a loss is the submission's doing
        try:
            self._connect(deadline)
            self._write(json.dumps({"interface": self._interface, "load_limits": self._load_limits}).encode() + b"\n")
            header, _ = self._channel.read(deadline)
            if header.get("event") == "loading":
                started = True
                header, _ = self._channel.read(deadline)
        except (ChannelError, OSError) as exc:
            return LoadResult(False, detail=self._lost_detail(exc), lost=True, started=started)
        return load_result(header)

    def run(self, input_json: str, limits: dict, deadline: float) -> CaseRun:
        """One case; on a lost sandbox the runner is gone and the engine starts another."""
        watchdog = min(deadline, time.monotonic() + limits["wall_s"] + WATCHDOG_GRACE_S)
        try:
            payload = input_json.encode()
            self._write(json.dumps({"limits": limits, "payload": len(payload)}).encode() + b"\n" + payload)
            header, payload = self._channel.read(watchdog)
        except (ChannelError, OSError) as exc:
            detail = self._lost_detail(exc)
            self._stop_runner()
            return CaseRun("lost", detail=detail, wall_ms=limits["wall_s"] * 1000)
        run = CaseRun.from_header(header, payload)
        if header.get("clean") is False:
            self._stop_runner()  # something the case left behind could not be removed
        return run

    def _write(self, data: bytes) -> None:
        self._writer.write(data)
        self._writer.flush()

    def _lost_detail(self, exc: Exception) -> str:
        if str(exc) == "timeout":
            return "the sandbox stopped answering and was restarted"
        said = self._last_words()
        why = f": {said[-1]}" if said else "; was it killed?"
        return f"the sandbox's runner died ({exc}){why} The sandbox was restarted"
