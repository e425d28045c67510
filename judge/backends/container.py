"""The Docker backend: one container per judge run, all cases inside it, the runner speaking over FIFOs.

The runner's requests and answers cross two FIFOs in a host stage folder bind-mounted at /io, so the
host reads a plain fd and `Channel` works unchanged (the attach socket would interleave stdout and
stderr in 8-byte-headed frames). Once both ends are connected the host unlinks the FIFOs, and the
runner is not dumpable, so no code in the container can open them again by path or via /proc.
The runner and the solution are mounted read-only, never baked into the image, so the image never
goes stale against the judge.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import select
import shutil
import signal
import socket
import threading
import time
import uuid
from pathlib import Path

from judge import __version__
from judge.backends import seccomp
from judge.backends.base import Isolation
from judge.backends.channel import Channel, ChannelError
from judge.backends.scope import scope
from judge.backends.session import RunnerSession, stage
from judge.errors import JudgeError
from judge.paths import runner_path

IMAGE = f"judge-sandbox:{__version__}"
LABEL = "judge"
PIDS_LIMIT = 96
CPUS = 1
TMPFS_EXTRA = 64 << 20
RUNNER_HEADROOM = 128 << 20  # the runner, the waiting child and the shell beside the case's own memory
NOBODY = "65534:65534"
SANDBOX_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
INSIDE_RUNNER, INSIDE_SOLUTION, INSIDE_IO = "/sandbox/runner.py", "/sandbox/solution.py", "/io"
# The shell stays PID 1 (the kernel shields PID 1 from signals sent inside its namespace), so a
# submission can kill its runner, as under bubblewrap; `; exit` keeps the shell from exec'ing python.
# `/io/out` is opened first: the host then knows both ends are taken once it can open `/io/in`.
RUNNER_SCRIPT = (
    f"python3 -I -S {INSIDE_RUNNER} --reap-all {{filter}}{INSIDE_SOLUTION} /tmp"
    f" >{INSIDE_IO}/out <{INSIDE_IO}/in; exit $?"
)
INSIDE_FILTER = "/sandbox/seccomp.bpf"
CONNECT_POLL_S = 0.005
MEASURES = [
    "a container of its own",
    "no network",
    "read-only root",
    "private /tmp (tmpfs)",
    "uid nobody",
    "no capabilities",
    "no-new-privileges",
    "memory, CPU and pids limits",
    "rlimits on CPU, memory, processes, file size and open files",
]


def labels() -> dict[str, str]:
    """What marks a container as a judge's: the host and process that own it, and the scope if any."""
    marks = {LABEL: "1", f"{LABEL}.host": socket.gethostname(), f"{LABEL}.pid": str(os.getpid())}
    if scope():
        marks[f"{LABEL}.scope"] = scope()
    return marks


def isolation() -> Isolation:
    """The judge's own syscall filter is stacked on Docker's default profile where libseccomp is here."""
    if seccomp.missing() is None:
        return Isolation("docker", "full", [*MEASURES, "Docker's seccomp profile and the judge's filter on top"])
    return Isolation("docker", "full", [*MEASURES, "Docker's seccomp profile"])


def _socket_missing() -> bool:
    """A quick no before importing the SDK (a quarter second): a local daemon's socket is absent."""
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    return host.startswith("unix://") and not Path(host.removeprefix("unix://")).exists()


def client(timeout: float = 30):
    """A client of a daemon that answered, else a JudgeError that says why."""
    if _socket_missing():
        raise JudgeError("no Docker daemon is running here (no socket); start one, or use --sandbox native")
    import docker

    try:
        connected = docker.from_env(timeout=timeout)
        connected.ping()
    except docker.errors.DockerException as exc:
        raise JudgeError(f"the Docker daemon does not answer ({_first_line(exc)}); use --sandbox native") from None
    return connected


def has_image(docker_client) -> bool:
    import docker

    try:
        docker_client.images.get(IMAGE)
    except docker.errors.ImageNotFound:
        return False
    return True


def unavailable() -> str | None:
    """Why the docker backend cannot run here, or None when it can."""
    try:
        connected = client(timeout=3)
    except JudgeError as exc:
        return str(exc)
    try:
        if not has_image(connected):
            return f"the sandbox image {IMAGE} is not built: run `judge sandbox build`"
    finally:
        connected.close()
    return None


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


class DockerSandbox(RunnerSession):
    """The runner in a container of its own; a lost runner restarts the same container."""

    start_grace_s = 15.0  # a container start on a busy machine takes seconds, before the runner even begins

    def __init__(
        self, solution: Path, interface: dict, load_limits: dict, extras: dict[str, Path] | None = None
    ) -> None:
        """`extras` (name -> host path) are shown read-only at /sandbox/<name>; files are copied first."""
        super().__init__(interface, load_limits)
        self._client = client()
        if not has_image(self._client):
            self._client.close()
            raise JudgeError(f"the sandbox image {IMAGE} is not built: run `judge sandbox build` first")
        _sweep_orphans(self._client)
        self.isolation = isolation()
        self._name = f"judge-{uuid.uuid4().hex[:12]}"
        self._stage, self._extras = stage(solution, extras)
        self._solution = self._extras.pop("solution.py")
        self._io = self._stage / "io"
        self._io.mkdir(mode=0o755)
        self._created = self._running = False
        self._starting: threading.Thread | None = None
        self._start_failed: Exception | None = None
        self._out_fd: int | None = None
        _OPEN.add(self)
        _handle_termination()

    def inside(self, name: str) -> str:
        """Where an extra is seen from inside the container."""
        return f"/sandbox/{name}"

    def _fifo(self, name: str) -> Path:
        path = self._io / name
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        os.mkfifo(path)
        path.chmod(0o666)  # the runner is nobody; the umask would leave it out
        return path

    def _spawn(self) -> None:
        """Start the container in the background: the engine loads its cases meanwhile."""
        self._fifo("in")
        self._out_fd = os.open(self._fifo("out"), os.O_RDONLY | os.O_NONBLOCK)
        self._channel = Channel(self._out_fd)
        self._running = True
        self._starting = threading.Thread(target=self._start_container, daemon=True)
        self._starting.start()

    def _start_container(self) -> None:
        try:
            if not self._created:
                self._create()
            self._client.api.start(self._name)
        except Exception as exc:  # the SDK raises many kinds; the caller re-raises it as it was
            self._start_failed = exc

    def _started(self) -> None:
        """Wait for the background start; its failure is the judge's (or the daemon's), raised here."""
        if self._starting is not None:
            self._starting.join()
            self._starting = None
        failed, self._start_failed = self._start_failed, None
        if failed is not None:
            raise failed

    def _create(self) -> None:
        from docker.types import Mount

        limits = self._load_limits
        tmp_bytes = 2 * limits["output_bytes"] + TMPFS_EXTRA
        filters = []
        if seccomp.missing() is None:
            (self._stage / "seccomp.bpf").write_bytes(seccomp.program())
            filters = [Mount(INSIDE_FILTER, str(self._stage / "seccomp.bpf"), type="bind", read_only=True)]
        script = RUNNER_SCRIPT.format(filter=f"--seccomp={INSIDE_FILTER} " if filters else "")
        memory = (limits["memory_mb"] << 20) + tmp_bytes + RUNNER_HEADROOM  # tmpfs pages count too
        self._client.containers.create(
            IMAGE,
            ["sh", "-c", script],
            name=self._name,
            user=NOBODY,
            working_dir="/tmp",
            environment=SANDBOX_ENV,
            network_mode="none",
            read_only=True,
            tmpfs={"/tmp": f"size={tmp_bytes},mode=1777"},
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            mem_limit=memory,
            memswap_limit=memory,
            nano_cpus=CPUS * 10**9,
            pids_limit=PIDS_LIMIT,
            mounts=[
                Mount(INSIDE_RUNNER, str(runner_path()), type="bind", read_only=True),
                Mount(INSIDE_SOLUTION, str(self._solution), type="bind", read_only=True),
                Mount(INSIDE_IO, str(self._io), type="bind", read_only=True),
                *filters,
                *(
                    Mount(self.inside(name), str(path), type="bind", read_only=True)
                    for name, path in self._extras.items()
                ),
            ],
            labels=labels(),
            init=False,
        )
        self._created = True

    def _connect(self, deadline: float) -> None:
        """Open the request FIFO once the runner's side holds it (opening blocks it until then)."""
        self._started()
        polls = 0
        while True:
            try:
                fd = os.open(self._io / "in", os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError as exc:
                if exc.errno != errno.ENXIO:
                    raise
            if time.monotonic() > deadline:
                raise ChannelError("timeout")
            polls += 1
            if polls % 100 == 0 and not self._container_running():
                raise ChannelError("its container exited before it started")
            time.sleep(CONNECT_POLL_S)
        os.set_blocking(fd, True)
        self._writer = open(fd, "wb")  # noqa: SIM115 - lives as long as the runner
        for name in ("in", "out"):
            (self._io / name).unlink()

    def _container_running(self) -> bool:
        return self._client.api.inspect_container(self._name)["State"]["Running"]

    @property
    def alive(self) -> bool:
        """Running, and its answer FIFO not hung up (the runner exits on its own only when it dies)."""
        if not self._running or self._out_fd is None:
            return False
        poller = select.poll()
        poller.register(self._out_fd, select.POLLIN)
        return not any(events & select.POLLHUP for _, events in poller.poll(0))

    def _last_words(self) -> list[str]:
        import docker

        try:
            said = self._client.api.logs(self._name, stdout=False, stderr=True, tail=20)
        except docker.errors.DockerException:
            return []
        return said.decode(errors="replace").strip().splitlines()

    def _stop_runner(self) -> None:
        import docker

        with contextlib.suppress(Exception):  # a start that failed fails the run, not its cleanup
            self._started()
        if self._running:
            with contextlib.suppress(docker.errors.APIError):  # it may have stopped on its own
                self._client.api.kill(self._name)
            with contextlib.suppress(docker.errors.NotFound):  # or was never created: its start failed
                self._client.api.wait(self._name)
            self._running = False
        if self._writer is not None:
            with contextlib.suppress(OSError):
                self._writer.close()
        if self._channel is not None:
            self._channel.close()
            os.close(self._out_fd)
        self._writer = self._channel = self._out_fd = None

    def close(self) -> None:
        """Remove the container, whatever state it is in; also from atexit and a termination signal."""
        import docker

        if self not in _OPEN:
            return
        _OPEN.discard(self)
        with contextlib.suppress(Exception):  # let a create in flight finish, so that it is removed too
            self._started()
        with contextlib.suppress(docker.errors.NotFound):  # an interrupted create may have made none
            self._client.api.remove_container(self._name, force=True)
        self._running = False
        self._stop_runner()
        self._client.close()
        shutil.rmtree(self._stage, ignore_errors=True)


_OPEN: set[DockerSandbox] = set()


@atexit.register
def _close_all() -> None:
    for sandbox in list(_OPEN):
        sandbox.close()


def _handle_termination() -> None:
    """SIGTERM and SIGHUP unwind like Ctrl-C, so every `finally` (and close) runs; only if unhandled."""
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) is signal.SIG_DFL:
            signal.signal(signum, _exit_on_signal)


def _exit_on_signal(signum: int, frame) -> None:
    raise SystemExit(128 + signum)


def orphans(docker_client) -> list:
    """Containers left by judges on this host that were killed outright (SIGKILL, power loss)."""
    here = f"{LABEL}.host={socket.gethostname()}"
    found = []
    for container in docker_client.containers.list(all=True, filters={"label": [LABEL, here]}):
        owner = container.labels.get(f"{LABEL}.pid", "")
        if owner.isdigit() and not Path(f"/proc/{owner}").exists():
            found.append(container)
    return found


def _sweep_orphans(docker_client) -> None:
    import docker

    for container in orphans(docker_client):
        with contextlib.suppress(docker.errors.APIError):
            container.remove(force=True)
