"""The judge's runner: the only judge code that runs inside the sandbox.

Standard library only, run as ``python3 -I -S runner.py [--drop-privileges] [--reap-all]
[--seccomp=FILTER] SOLUTION WORKDIR``. It never executes candidate code itself: it compiles the
submission once, forks a zygote before any case can arrive, and runs each request in a child the
zygote forks, which executes the module afresh and calls it. So no case sees another's state or
input (the zygote never held one), a crash kills one case only, and the numbers it reports (CPU,
wall time, peak memory) come from the kernel via ``os.wait4`` in a process the candidate's code
never touched. After each case every place it could write is emptied.

Protocol, on stdin/stdout: every message is one JSON header line, optionally followed by exactly
``payload`` bytes. The host speaks first with ``{"interface": ..., "load_limits": ...}``; the runner
answers ``{"event": "loading"}`` once the submission's code is about to run (unless it does not
compile), then ``{"event": "ready"}`` or ``{"event": "load_error", ...}``, then one response per case
request ``{"input": ..., "limits": ...}``. A case's return value travels as the payload, untouched:
the host parses it and decides verdicts.
"""

import contextlib
import gc
import json
import os
import resource
import select
import signal
import socket
import sys
import time
import traceback

NOBODY = 65534
REQUEST_FD, RESULT_FD = 3, 4
CAPTURE_SHOWN = 4096
RESULT_CAP = 64 * 1024 * 1024
HEADER_CAP = 256 * 1024 * 1024
FD_LIMIT = 64
PROCESS_LIMIT = 64
CHANNEL_CLOSED = 71  # a child's exit code when the solution closed the fd it answers on
REPLY_S = 10.0  # how long the zygote may take to fork or reap, and a killed case's process to die
# Standard modules without import-time state of their own (not random: its seed would be every case's),
# imported by the zygote when the submission names them, so no case pays for the import in its CPU time.
PRELOADED = frozenset(
    [
        "abc",
        "array",
        "bisect",
        "collections",
        "copy",
        "dataclasses",
        "enum",
        "fractions",
        "functools",
        "heapq",
        "itertools",
        "math",
        "numbers",
        "operator",
        "re",
        "string",
        "typing",
    ]
)


class _Node:
    """Fallback node class for solutions that do not define TreeNode or ListNode."""

    def __init__(self, val=0, left=None, right=None, next=None):
        self.val, self.left, self.right, self.next = val, left, right, next


def build_tree(values, node_class):
    """Level-order list with None gaps -> root node; iterative so 10^5-deep trees build."""
    if not values or values[0] is None:
        return None
    root = node_class(values[0])
    frontier, index = [root], 1
    for node in frontier:
        for side in ("left", "right"):
            if index >= len(values):
                return root
            value = values[index]
            index += 1
            if value is not None:
                child = node_class(value)
                setattr(node, side, child)
                frontier.append(child)
    return root


def tree_to_list(root):
    """Node -> level-order list, trailing None trimmed (LeetCode's serialisation)."""
    values, queue = [], [root]
    for node in queue:
        if node is None:
            values.append(None)
        else:
            values.append(node.val)
            queue.extend((node.left, node.right))
    while values and values[-1] is None:
        values.pop()
    return values


def build_list(values, node_class):
    head = None
    for value in reversed(values or []):
        node = node_class(value)
        node.next = head
        head = node
    return head


def list_to_values(head, limit=10**7):
    values = []
    while head is not None and len(values) < limit:
        values.append(head.val)
        head = head.next
    return values


def _iterate(values, node_class):
    """A stream the solution may consume once, in order: no len(), no indexing."""
    return (value for value in values)


def _drain(result, limit=10**7):
    values = []
    for value in result:
        values.append(value)
        if len(values) >= limit:
            break
    return values


# type name -> (JSON value to argument, result to JSON value, the solution's class to build with)
CONVERTERS = {
    "tree": (build_tree, tree_to_list, "TreeNode"),
    "linked_list": (build_list, list_to_values, "ListNode"),
    "iterator": (_iterate, _drain, None),
}


def _to_argument(value, type_name, namespace):
    if type_name not in CONVERTERS:
        return value
    build, _, class_name = CONVERTERS[type_name]
    return build(value, namespace.get(class_name, _Node))


def _to_result(value, type_name):
    return CONVERTERS[type_name][1](value) if type_name in CONVERTERS else value


def execute(namespace, interface, case_input):
    """Run one case against a loaded module namespace; shared by the runner and the host.

    A function gets keyword arguments. A class is driven by operations: the first constructs, the
    rest call methods. An operation's argument {"$result": i} is what operation i returned, as the
    object itself (so deserialize(serialize(tree)) round trips); its types come per method, by
    position ("0", "1", ...) and "return".
    """
    types = interface.get("types", {})
    if interface["kind"] == "function":
        args = {name: _to_argument(value, types.get(name), namespace) for name, value in case_input["args"].items()}
        return _to_result(namespace[interface["name"]](**args), types.get("return"))
    raw, results = [], []
    target = namespace[interface["name"]]
    for op, args in zip(case_input["ops"], case_input["args"]):
        op_types = types.get(op)
        values = args
        # The plain operation (no typed argument, no earlier result) is a stream's every step: kept
        # cheap, since a case's CPU time is the judge's as much as the solution's.
        if op_types is not None or dict in map(type, args):
            op_types = op_types or {}
            values = [raw[arg["$result"]] if isinstance(arg, dict) and "$result" in arg else arg for arg in args]
            values = [_to_argument(value, op_types.get(str(i)), namespace) for i, value in enumerate(values)]
        if not raw:
            target = target(*values)
            raw.append(None)
            results.append(None)
            continue
        value = getattr(target, op)(*values)
        raw.append(value)
        results.append(value if op_types is None else _to_result(value, op_types.get("return")))
    return results


def consume_stream(namespace, interface, request):
    """The memory check: the problem's stream (tests/stream.py, trusted, stdlib only) made lazily here
    and consumed once, keeping nothing, so the child's peak memory is what the solution holds on to.

    For a function, the stream function returns the keyword arguments, one of them an iterator; for a
    class, an iterator of (operation, arguments) pairs, the first constructing."""
    source = {"__name__": "stream"}
    with open(request["path"], "rb") as handle:
        exec(compile(handle.read(), request["path"], "exec"), source)
    stream = source[request["function"]](request["seed"], request["length"])
    if interface["kind"] == "function":
        result = namespace[interface["name"]](**stream)
        if hasattr(result, "__next__"):
            for _ in result:
                pass
        return None
    pairs = iter(stream)
    _, args = next(pairs)
    target = namespace[interface["name"]](*args)
    for op, args in pairs:
        getattr(target, op)(*args)
    return None


def run_tests(request):
    """The candidate's own pytest file against the solution loaded as `solution`; pytest itself comes
    read-only from the host's site-packages, which only this mode puts on the path."""
    sys.path[:0] = [request["site"], os.path.dirname(request["test_file"])]
    sys.dont_write_bytecode = True
    import pytest  # not stdlib: imported here, in this mode only

    outcomes = []

    class Collect:
        def pytest_runtest_logreport(self, report):
            if report.when == "call" or report.failed:
                message = "" if report.passed else str(report.longrepr)[-3000:]
                outcomes.append({"test": report.nodeid, "outcome": report.outcome, "message": message})

        def pytest_collectreport(self, report):
            if report.failed:
                outcomes.append({"test": report.nodeid, "outcome": "error", "message": str(report.longrepr)[-3000:]})

    options = ["-q", "-p", "no:cacheprovider", "--rootdir", os.path.dirname(request["test_file"])]
    code = pytest.main([request["test_file"], *options], plugins=[Collect()])
    return {"exit_code": int(code), "tests": outcomes}


class NotJSON(TypeError):
    """The solution returned something the judge cannot compare (a set, an object, ...)."""


def encode(value):
    """Strict JSON (RFC 8259) for a result; tuples become lists, anything JSON cannot hold raises NotJSON."""

    def refuse(obj):
        raise NotJSON(f"returned a {type(obj).__name__}, which is not a JSON value")

    try:
        return json.dumps(value, default=refuse, separators=(",", ":"), allow_nan=False).encode()
    except ValueError:  # a NaN or an infinity somewhere: name the first, as JSON would have spelled it
        names = []
        json.loads(json.dumps(value, default=refuse), parse_constant=names.append)
        raise NotJSON(f"returned {names[0]}, which is not a JSON value") from None


def _frame(header, payload=b""):
    if payload:
        header["payload"] = len(payload)
    return json.dumps(header).encode() + b"\n" + payload


def _send(stream, header, payload=b""):
    stream.write(_frame(header, payload))
    stream.flush()


def _write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _describe_exception(exc, solution_path):
    """The exception, with only the submission's own frames: the judge's are noise to a candidate."""
    frames = [
        {"line": frame.lineno, "function": frame.name, "code": (frame.line or "")[:200]}
        for frame in traceback.extract_tb(exc.__traceback__)
        if frame.filename == solution_path
    ][-20:]
    if isinstance(exc, SyntaxError):  # its str() repeats file and line; its text is the culprit
        frames = [{"line": exc.lineno, "function": "<module>", "code": (exc.text or "").strip()[:200]}]
    line = frames[-1]["line"] if frames else None
    try:
        message = (exc.msg if isinstance(exc, SyntaxError) else str(exc))[:2000]
    except Exception:  # a hostile __str__ must not take the child's report down with it
        message = "<unprintable>"
    return {"type": type(exc).__name__, "message": message, "line": line, "frames": frames}


def _read_all(fd):
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _child(code, args, interface, fds):
    """A forked child: confine itself, wait for its case, run module and case, answer, exit."""
    me = os.getpid()
    os.setpgid(0, 0)
    os.chdir(args.workdir)
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it; a flood should end the case
    request_fd, result_fd, stdout_fd, stderr_fd = fds
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(stdout_fd, 1)
    os.dup2(stderr_fd, 2)
    os.dup2(request_fd, REQUEST_FD)
    os.dup2(result_fd, RESULT_FD)
    os.closerange(RESULT_FD + 1, 1 << 16)
    resource.setrlimit(resource.RLIMIT_NOFILE, (FD_LIMIT, FD_LIMIT))
    resource.setrlimit(resource.RLIMIT_NPROC, (PROCESS_LIMIT, PROCESS_LIMIT))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    limits_line, _, input_json = _read_all(REQUEST_FD).partition(b"\n")
    os.close(REQUEST_FD)
    limits = json.loads(limits_line)
    # The input is the judge's, not the solution's: parsed without the collector, then frozen, so no
    # collection during the case scans its (often 10^5) objects and charges the candidate for it.
    gc.disable()
    case_input = json.loads(input_json)
    gc.freeze()
    gc.enable()
    cpu = max(1, int(limits["cpu_s"] + 0.999))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    statm = os.open("/proc/self/statm", os.O_RDONLY)
    memory = int(os.read(statm, 100).split()[0]) * resource.getpagesize() + (limits["memory_mb"] << 20)
    os.close(statm)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["output_bytes"],) * 2)
    if limits.get("no_gc"):  # growth timing: a collection at one size and not the next is noise
        gc.disable()
    try:
        module = type(sys)("solution")
        module.__file__ = args.solution
        sys.modules["solution"] = module
        exec(code, module.__dict__)
        if case_input is None:
            payload = b""
        elif interface["kind"] == "tests":
            payload = encode(run_tests(case_input))
        elif "$stream" in case_input:
            payload = encode(consume_stream(module.__dict__, interface, case_input["$stream"]))
        else:
            payload = encode(execute(module.__dict__, interface, case_input))
        header = {"status": "ok"}
    except BaseException as exc:  # the candidate's failure, whatever it is, is this case's result
        payload, header = b"", {"status": "error", "error": _describe_exception(exc, args.solution)}
    if os.getpid() != me:  # a process the solution forked got here: only the case's own answers
        os._exit(0)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:
        pass
    try:
        _write_all(RESULT_FD, _frame(header, payload))
    except OSError:
        os._exit(CHANNEL_CLOSED)
    os._exit(0)


class Fault(Exception):
    """The runner cannot go on (its zygote is gone, a case's process will not die): the host restarts it."""


class Zygote:
    """The parent of every case: forked before any request is read, it never holds a case's input, so a
    case forked from it finds nothing of an earlier one in its memory (no frame, no object, no freed
    buffer). It only forks (on "fork", given the child's four descriptors) and reaps (on "reap PID",
    answering the kernel's status and rusage); the runner reads and writes everything else."""

    def __init__(self, code, args, interface):
        self.socket, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.pid = os.fork()
        if self.pid == 0:
            try:
                self.socket.close()
                _serve_forks(theirs, code, args, interface)
            finally:
                os._exit(70)
        theirs.close()
        self.socket.settimeout(REPLY_S)

    def _ask(self, message, fds=()):
        try:
            socket.send_fds(self.socket, [message], list(fds))
            reply = self.socket.recv(256)
        except OSError as exc:
            raise Fault(f"the zygote did not answer ({exc}): did a case kill it?") from None
        if not reply:
            raise Fault("the zygote died: did a case kill it?")
        return json.loads(reply)

    def fork(self, fds):
        """A new case child holding `fds`; its pid, or None at the process limit."""
        return self._ask(b"fork", fds)

    def reap(self, pid):
        """(wait status, CPU seconds, peak RSS in KiB) of a child that has exited."""
        return self._ask(b"reap %d" % pid)


def _preload(code):
    """Import the PRELOADED modules the submission names (in its functions too), before any case exists."""
    codes, names = [code], set()
    for each in codes:
        names.update(each.co_names)
        codes += [const for const in each.co_consts if isinstance(const, type(code))]
    for name in PRELOADED & names:
        __import__(name)


def _serve_forks(connection, code, args, interface):
    """The zygote's loop; it ends when the runner does, and its children are killed with the sandbox."""
    os.dup2(os.open(os.devnull, os.O_RDWR), 0)  # the protocol's pipes are the runner's alone
    os.dup2(0, 1)
    _preload(code)
    gc.freeze()  # no case's collection walks (and so copies the pages of) what every case inherits
    while True:
        message, fds, _, _ = socket.recv_fds(connection, 64, 4)
        if not message:
            os._exit(0)
        if message == b"fork":
            try:
                pid = os.fork()
            except BlockingIOError:
                pid = None
            if pid == 0:
                connection.close()
                try:
                    _child(code, args, interface, fds)
                finally:
                    os._exit(70)
            if pid:
                os.setpgid(pid, pid)  # also here, so the runner can kill the group as soon as it knows the pid
            for fd in fds:
                os.close(fd)
            connection.send(json.dumps(pid).encode())
            continue
        pid = int(message.split()[1])
        while True:
            _, status, usage = os.wait4(pid, 0)
            if not os.WIFSTOPPED(status):  # a child that made us its tracer reports its stops too
                break
            os.kill(pid, signal.SIGKILL)
        connection.send(json.dumps([status, usage.ru_utime + usage.ru_stime, usage.ru_maxrss]).encode())


class Child:
    """A child forked ahead of its case, confined and blocked until it gets its input.

    The one place a case's process starts (`Child(...)`) and the one place it ends (`reap`)."""

    def __init__(self, zygote, workdir):
        self.zygote = zygote
        request_r, self.request_w = os.pipe()
        self.result_r, result_w = os.pipe()
        self.stdout_fd, self.stderr_fd = _capture_file(workdir), _capture_file(workdir)
        try:
            self.pid = zygote.fork((request_r, result_w, self.stdout_fd, self.stderr_fd))
        finally:
            os.close(request_r)
            os.close(result_w)
        self.pidfd = os.pidfd_open(self.pid) if self.pid else None

    def give(self, limits, input_json):
        """Hand over the case; a child that died early just leaves the pipe unread."""
        with contextlib.suppress(BrokenPipeError):
            _write_all(self.request_w, json.dumps(limits).encode() + b"\n" + input_json)
        os.close(self.request_w)
        self.request_w = None

    def exited(self, timeout=0):
        return bool(select.select([self.pidfd], [], [], timeout)[0])

    def reap(self):
        """Kill the case's process group, wait (bounded) for the child to die, then have the zygote
        reap it: (wait status, CPU seconds, peak KiB)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.pid, signal.SIGKILL)
        if not self.exited(REPLY_S):
            raise Fault(f"a case's process ({self.pid}) did not die when killed")
        return self.zygote.reap(self.pid)

    def close(self):
        for fd in (self.request_w, self.result_r, self.pidfd, self.stdout_fd, self.stderr_fd):
            if fd is not None:
                os.close(fd)


def _capture_file(workdir):
    """An unnamed file for the child's output: no path the candidate could swap or link."""
    return os.open(workdir, os.O_TMPFILE | os.O_RDWR, 0o600)


def _read_capture(fd):
    shown, size = os.pread(fd, CAPTURE_SHOWN, 0), os.fstat(fd).st_size
    return shown.decode("utf-8", "backslashreplace"), size


def scratch_places(workdir, own_sandbox):
    """Every place a case can write and the next could read: the work directory and, in a sandbox of
    our own, each tmpfs or mqueue mount we may write to (/tmp, /dev/shm, /dev/mqueue)."""
    places = [workdir]
    if not own_sandbox:
        return places  # the host's own /tmp and /dev/shm are not ours to empty
    with open("/proc/self/mountinfo") as mounts:
        for line in mounts:
            fields = line.split()
            point, kind = fields[4], fields[fields.index("-") + 1]
            writable = os.path.isdir(point) and os.access(point, os.W_OK)  # not Docker's masks over /proc files
            if kind in ("tmpfs", "mqueue") and point not in places and writable:
                places.append(point)
    return places


def empty(place):
    """Remove everything under `place`, however deep: a loop holding one descriptor, not a recursion,
    and links are removed, never followed. The host empties its stage folders with it too."""
    fd, path = os.open(place, os.O_RDONLY | os.O_DIRECTORY), []
    try:
        while True:
            folder = None
            with os.scandir(fd) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folder = entry.name
                        break
                    os.unlink(entry.name, dir_fd=fd)
            if folder is not None:  # go down
                inner = _enter(folder, fd)
                path.append(folder)
            elif path:  # emptied: go back up and remove it
                inner = os.open("..", os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            else:
                return
            os.close(fd)
            fd = inner
            if folder is None:
                os.rmdir(path.pop(), dir_fd=fd)
    finally:
        os.close(fd)


def _enter(folder, parent):
    """Open a sub-folder, never a link; one the case locked against us is unlocked first (it is ours)."""
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
    try:
        return os.open(folder, flags, dir_fd=parent)
    except PermissionError:
        os.chmod(folder, 0o700, dir_fd=parent)
        return os.open(folder, flags, dir_fd=parent)


def _remove_ipc():
    """SysV objects outlive their process in the sandbox's IPC namespace: remove every one."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    removers = {"shm": lambda i: libc.shmctl(i, 0, None), "msg": lambda i: libc.msgctl(i, 0, None)}
    removers["sem"] = lambda i: libc.semctl(i, 0, 0)  # IPC_RMID is 0 for all three
    for kind, remove in removers.items():
        with open(f"/proc/sysvipc/{kind}") as table:
            for line in table.readlines()[1:]:
                if remove(int(line.split()[1])) != 0:
                    raise OSError(ctypes.get_errno(), f"could not remove a SysV {kind} object")


def wipe(places, own_sandbox):
    """Empty every scratch place after a case; what could not be removed, or None."""
    try:
        for place in places:
            empty(place)
        if own_sandbox:
            _remove_ipc()
    except OSError as exc:
        return f"{exc.filename or place}: {exc.strerror}"
    return None


class Runner:
    def __init__(self, code, args, interface):
        self.args = args
        self.zygote = Zygote(code, args, interface)
        self.places = scratch_places(args.workdir, args.reap_all)
        self.spare = None

    def _fork(self):
        """The next child, or None while leftovers hold every process the limits allow."""
        child = Child(self.zygote, self.args.workdir)
        if child.pid is None:
            child.close()
            return None
        return child

    def _take_spare(self):
        """The waiting child, unless an earlier case killed it: then a new one."""
        child, self.spare = self.spare, None
        if child is not None and child.exited():
            child.reap()
            child.close()
            child = None
        return child or self._fork()

    def run_case(self, limits, input_json):
        """Hand the case to the waiting child, fork the next one, supervise and reap; (header, payload)."""
        child = self._take_spare()
        if child is None:
            return {"status": "no_process"}, b""
        started = time.monotonic()
        child.give(limits, input_json)
        self.spare = self._fork()
        chunks, timed_out, too_large = _collect(child, started + limits["wall_s"])
        status, cpu_s, peak_kb = child.reap()
        wall = time.monotonic() - started
        _kill_leftovers(self.args.reap_all, {self.zygote.pid, self.spare and self.spare.pid})
        self._reap_orphans()
        stdout, stdout_bytes = _read_capture(child.stdout_fd)
        stderr, stderr_bytes = _read_capture(child.stderr_fd)
        child.close()
        left = wipe(self.places, self.args.reap_all)
        header = {
            "clean": left is None,
            "cpu_ms": round(cpu_s * 1000, 3),
            "wall_ms": round(wall * 1000, 3),
            "peak_kb": peak_kb,
            "stdout": stdout,
            "stdout_bytes": stdout_bytes,
            "stderr": stderr,
            "stderr_bytes": stderr_bytes,
        }
        if left is not None:
            header["unclean"] = left
        if timed_out:
            header["status"] = "timeout"
        elif too_large:
            header["status"] = "result_too_large"
        elif os.WIFSIGNALED(status):
            header["status"] = "signal"
            header["signal"] = signal.Signals(os.WTERMSIG(status)).name
        elif os.WEXITSTATUS(status) == CHANNEL_CLOSED:
            header["status"] = "error"
            message = f"your code closed the file descriptor ({RESULT_FD}) the judge reads its answer from"
            header["error"] = {"type": "OSError", "message": message, "line": None, "frames": []}
        elif os.WEXITSTATUS(status) != 0:
            header["status"] = "exit"
            header["exit_code"] = os.WEXITSTATUS(status)
        else:
            return _parse_child_frame(b"".join(chunks), header)
        return header, b""

    def _reap_orphans(self):
        """Orphans of a case are ours (we are their subreaper): reap them, so no zombie holds a pid."""
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            if pid == self.zygote.pid:
                raise Fault("the zygote died: did a case kill it?")

    def stop(self):
        if self.spare:
            os.kill(self.spare.pid, signal.SIGKILL)


def _collect(child, deadline):
    """Read the child's answer until it exits; (chunks, timed out, answer too large)."""
    chunks, size, watched = [], 0, [child.result_r, child.pidfd]
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return chunks, True, False
        ready, _, _ = select.select(watched, [], [], remaining)
        if child.result_r in ready:
            chunk = os.read(child.result_r, 1 << 20)
            size += len(chunk)
            if size > RESULT_CAP:
                return chunks, False, True
            chunks.append(chunk)
            if not chunk:
                watched.remove(child.result_r)
        if child.pidfd in ready:
            break
    os.set_blocking(child.result_r, False)
    while child.result_r in watched:  # what the child wrote just before it exited
        try:
            chunk = os.read(child.result_r, 1 << 20)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return chunks, False, False


def _parse_child_frame(data, header):
    """The child's frame is as untrusted as the code that ran beside it: check its shape."""
    if not data:
        header["status"] = "exit"
        header["exit_code"] = 0
        return header, b""
    line, _, payload = data.partition(b"\n")
    try:
        child = json.loads(line)
        if not isinstance(child, dict) or child.get("payload", 0) != len(payload):
            raise ValueError("frame length mismatch")
    except ValueError:
        header["status"] = "exit"
        header["exit_code"] = 0
        header["malformed"] = True
        return header, b""
    header["status"] = child.get("status")
    if "error" in child:
        header["error"] = child["error"]
    return header, payload


def _kill_leftovers(reap_all, keep):
    """Processes a case started must not survive it (its own group is killed already); `keep` must."""
    if not reap_all:
        return
    keep = {1, os.getpid(), *keep}
    for _ in range(100):  # inside our own pid namespace: every process but these is a leftover
        leftovers = [int(name) for name in os.listdir("/proc") if name.isdigit() and int(name) not in keep]
        killed = 0
        for leftover in leftovers:
            try:
                os.kill(leftover, signal.SIGKILL)
                killed += 1
            except (ProcessLookupError, PermissionError):
                pass
        if not killed:
            return
        time.sleep(0.001)


def _confine_runner():
    """Orphaned grandchildren come to us, not to a host init that may reap them late; and, not dumpable,
    our /proc/<pid>/fd is closed to the cases (same uid), so none can reopen the protocol and forge it."""
    import ctypes

    PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER = 4, 36
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def _load_filter(path):
    """Stack the judge's seccomp filter (a BPF program libseccomp built on the host) on the sandbox's own,
    for the runner and every case: where bubblewrap cannot load it for us (Docker)."""
    import ctypes

    PR_SET_NO_NEW_PRIVS, PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 38, 22, 2

    class Program(ctypes.Structure):  # struct sock_fprog
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_char_p)]

    with open(path, "rb") as source:
        code = source.read()
    program = Program(len(code) // 8, code)  # each instruction is 8 bytes
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    if prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) or prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(program)):
        raise OSError(ctypes.get_errno(), "the seccomp filter could not be loaded")


class _Args:
    def __init__(self, argv):
        flags = {arg for arg in argv if arg.startswith("--")}
        self.drop_privileges = "--drop-privileges" in flags
        self.reap_all = "--reap-all" in flags
        self.seccomp = next((flag.removeprefix("--seccomp=") for flag in flags if flag.startswith("--seccomp=")), None)
        self.solution, self.workdir = [arg for arg in argv if not arg.startswith("--")]


def _read_message(stream):
    line = stream.readline(HEADER_CAP)
    if not line:
        return None, b""
    header = json.loads(line)
    return header, stream.read(header.get("payload", 0))


def main(argv):
    args = _Args(argv)
    if args.drop_privileges and os.getuid() == 0:
        os.setgroups([])
        os.setresgid(NOBODY, NOBODY, NOBODY)
        os.setresuid(NOBODY, NOBODY, NOBODY)
    _confine_runner()
    if args.seccomp:
        _load_filter(args.seccomp)
    protocol_in, protocol_out = sys.stdin.buffer, sys.stdout.buffer
    hello, _ = _read_message(protocol_in)
    interface = hello["interface"]
    try:
        with open(args.solution, "rb") as source:
            code = compile(source.read(), args.solution, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        _send(protocol_out, {"event": "load_error", "error": _describe_exception(exc, args.solution)})
        return
    runner = Runner(code, args, interface)  # the zygote forks now: the host sends no case before "ready"
    try:
        _send(protocol_out, {"event": "loading"})  # from here on, the submission's code runs
        header, _ = runner.run_case(hello["load_limits"], b"null")
        if header["status"] != "ok":
            _send(protocol_out, {"event": "load_error", "result": header})
            return
        _send(protocol_out, {"event": "ready"})
        while True:
            request, input_json = _read_message(protocol_in)
            if request is None:
                break
            header, payload = runner.run_case(request["limits"], input_json)
            _send(protocol_out, header, payload)
    except Fault as exc:
        print(exc, file=sys.stderr, flush=True)  # the host shows it as the sandbox's last words
        sys.exit(1)
    finally:
        runner.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
