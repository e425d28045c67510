"""The native backend: the runner under bubblewrap where it works, under rlimits alone where not."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

from judge.backends import seccomp
from judge.backends.base import Isolation
from judge.backends.cgroup import PidsCgroup
from judge.backends.channel import Channel
from judge.backends.session import RunnerSession, remove_stage, stage
from judge.paths import cache_dir, runner_path

NOBODY = 65534
PIDS_LIMIT = 96
TMPFS_EXTRA = 64 << 20
SANDBOX_ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
INSIDE_RUNNER, INSIDE_SOLUTION, INSIDE_TMP = "/sandbox/runner.py", "/sandbox/solution.py", "/tmp"


def interpreter() -> str:
    """The real interpreter behind a venv, so the sandbox needs only its installation, read-only."""
    return os.path.realpath(getattr(sys, "_base_executable", sys.executable))


def _system_binds() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("bin", "lib", "lib64", "lib32", "sbin"):
        host = Path("/") / name
        if host.is_symlink():
            args += ["--symlink", os.readlink(host), str(host)]
        elif host.is_dir():
            args += ["--ro-bind", str(host), str(host)]
    prefix = Path(sys.base_prefix).resolve()
    if not prefix.is_relative_to("/usr"):
        for ancestor in reversed(prefix.parents[:-1]):  # make the way there traversable for nobody
            args += ["--perms", "0755", "--dir", str(ancestor)]
        args += ["--ro-bind", str(prefix), str(prefix)]
    return args


@cache
def bubblewrap() -> str | None:
    """bwrap's path if it is installed and can actually make a sandbox on this machine.

    The probe costs a tenth of a second, so its answer is kept until bwrap, the interpreter, the
    user or the boot changes.
    """
    path = shutil.which("bwrap")
    if path is None:
        return None
    boot = Path("/proc/sys/kernel/random/boot_id")
    key = f"{path}:{os.stat(path).st_mtime}:{sys.base_prefix}:{os.getuid()}:{boot.read_text().strip()}"
    memo = cache_dir() / "bwrap-probe"
    try:
        if memo.read_text() == key:
            return path
    except OSError:
        pass
    probe = subprocess.run(
        [path, *_namespace_args(), *_system_binds(), "--proc", "/proc", "--dev", "/dev", "true"],
        capture_output=True,
        timeout=10,
    )
    if probe.returncode != 0:
        return None
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        memo.write_text(key)
    except OSError:
        pass
    return path


def _namespace_args() -> list[str]:
    common = ["--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"]
    if os.getuid() == 0:
        # No user namespace: inside one that maps root, RLIMIT_NPROC would not apply. The runner
        # drops to a real nobody itself, keeping only the two capabilities it needs for that.
        return [*common, "--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"]
    return [*common, "--unshare-user", "--uid", str(NOBODY), "--gid", str(NOBODY)]


def isolation(bwrap: str | None, cgroup: bool) -> Isolation:
    limits = "rlimits on CPU, memory, processes, file size and open files"
    pids = ["a pids cgroup"] if cgroup else []
    if bwrap:
        measures = [
            "bubblewrap",
            "no network",
            "read-only system",
            "private /tmp",
            "uid nobody",
            limits,
            *pids,
        ]
        missing = seccomp.missing()
        if missing is None:
            return Isolation("native", "full", [*measures, "a seccomp filter: no namespaces, mounts, keys or ptrace"])
        warning = f"there is no syscall filter, so isolation is reduced: {missing}."
        return Isolation("native", "reduced", measures, warning)
    return Isolation(
        "native",
        "reduced",
        [limits, *pids],
        "bubblewrap is not installed, so isolation is reduced: the solution can read your files and "
        "use the network. Install bubblewrap (apt-get install bubblewrap) for a real sandbox.",
    )


class NativeSandbox(RunnerSession):
    """The runner as a local process, under bubblewrap where it works."""

    def __init__(
        self, solution: Path, interface: dict, load_limits: dict, extras: dict[str, Path] | None = None
    ) -> None:
        """`extras` (name -> host path) are shown read-only at /sandbox/<name>; files are copied first."""
        super().__init__(interface, load_limits)
        self._stage, self._extras = stage(solution, extras)
        self._solution = self._extras.pop("solution.py")
        self._bwrap = bubblewrap()
        self._cgroup = PidsCgroup.create(PIDS_LIMIT)
        self.isolation = isolation(self._bwrap, self._cgroup is not None)
        self._process: subprocess.Popen | None = None
        self._stderr = None

    def _command(self, tmp_bytes: int, filter_fd: int | None) -> tuple[list[str], str]:
        python = [interpreter(), "-I", "-S"]
        if not self._bwrap:
            workdir = self._stage / "work"
            workdir.mkdir(exist_ok=True)
            workdir.chmod(0o777)
            return [*python, str(runner_path()), str(self._solution), str(workdir)], str(workdir)
        sandbox = [
            self._bwrap, *_namespace_args(), "--die-with-parent", "--new-session",
            *_system_binds(), "--proc", "/proc", "--dev", "/dev", "--mqueue", "/dev/mqueue",
            *(["--seccomp", str(filter_fd)] if filter_fd is not None else []),
            "--size", str(tmp_bytes), "--perms", "1777", "--tmpfs", INSIDE_TMP,
            "--perms", "0755", "--dir", "/sandbox",
            "--ro-bind", str(runner_path()), INSIDE_RUNNER,
            "--ro-bind", str(self._solution), INSIDE_SOLUTION,
            *(arg for name, path in self._extras.items() for arg in ("--ro-bind", str(path), f"/sandbox/{name}")),
            "--chdir", INSIDE_TMP,
        ]  # fmt: skip
        flags = ["--reap-all"] + (["--drop-privileges"] if os.getuid() == 0 else [])
        return [*sandbox, *python, INSIDE_RUNNER, *flags, INSIDE_SOLUTION, INSIDE_TMP], INSIDE_TMP

    def inside(self, name: str) -> str:
        """Where an extra is seen from inside the sandbox."""
        return f"/sandbox/{name}" if self._bwrap else str(self._extras[name])

    def _spawn(self) -> None:
        filter_fd = seccomp.program_fd() if self._bwrap and self.isolation.level == "full" else None
        command, cwd = self._command(2 * self._load_limits["output_bytes"] + TMPFS_EXTRA, filter_fd)
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the runner
        try:
            self._process = subprocess.Popen(
                self._cgroup.wrap(command) if self._cgroup else command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                cwd=cwd if not self._bwrap else None,
                env=SANDBOX_ENV,
                start_new_session=True,
                pass_fds=() if filter_fd is None else (filter_fd,),
            )
        finally:
            if filter_fd is not None:
                os.close(filter_fd)
        self._writer = self._process.stdin
        self._channel = Channel(self._process.stdout.fileno())

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _last_words(self) -> list[str]:
        self._stderr.seek(0)
        return self._stderr.read(4096).decode(errors="replace").strip().splitlines()

    def _stop_runner(self) -> None:
        if self._process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._process.pid, signal.SIGKILL)
        if not self._bwrap:
            _kill_session(self._process.pid)
        if self._cgroup:
            self._cgroup.kill_all()
        self._process.wait()
        for stream in (self._process.stdin, self._process.stdout, self._stderr):
            stream.close()
        self._channel.close()
        self._process = self._channel = self._writer = None

    def close(self) -> None:
        self._stop_runner()
        if self._cgroup:
            self._cgroup.remove()
        remove_stage(self._stage)


def _kill_session(session: int) -> None:
    """Without a pid namespace, find what the runner's cases left behind by their session id."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session:  # field 6 of stat: the session id
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(entry.name), signal.SIGKILL)
