"""An in-process stand-in for the sandbox, for tests of the search's logic (drawing, shrinking, naming
tags), not of isolation: it answers what the runner's child would, in about a tenth of the time.

Each case gets a fresh module namespace, the runner's own `execute` and `encode`, and its CPU and wall
limits as interval timers; a failure is described by the runner's own `_describe_exception`. The
anchors' search test asks a real sandbox every input this one answered and requires the same
answers, so a difference between the two fails the suite.
"""

from __future__ import annotations

import contextlib
import io
import json
import signal
import sys
import time
from pathlib import Path

from judge.backends.base import CaseRun, Isolation, LoadResult
from judge.engine import classify
from judge.problem import Problem
from judge.search import PropertySearch
from judge.trusted import load_module, runner


class _OverLimit(BaseException):  # not an Exception: a solution's `except Exception` cannot swallow it
    def __init__(self, status: str, signal_name: str | None) -> None:
        super().__init__(status)
        self.status, self.signal_name = status, signal_name


def _stop(status: str, signal_name: str | None):
    def handler(signum, frame):
        raise _OverLimit(status, signal_name)

    return handler


@contextlib.contextmanager
def _limited(cpu_s: float, wall_s: float):
    """CPU time as the kernel's RLIMIT_CPU would stop it (SIGXCPU), wall time as the host's deadline."""
    previous = (
        signal.signal(signal.SIGPROF, _stop("signal", "SIGXCPU")),
        signal.signal(signal.SIGALRM, _stop("timeout", None)),
    )
    signal.setitimer(signal.ITIMER_PROF, cpu_s)
    signal.setitimer(signal.ITIMER_REAL, wall_s)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGPROF, previous[0])
        signal.signal(signal.SIGALRM, previous[1])


def _depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


class InProcessSandbox:
    """The `Sandbox` protocol's `start` and `run`, answered in this process."""

    isolation = Isolation("in-process", "reduced", [], "a test's stand-in: no isolation at all")
    alive = True

    def __init__(self, solution: Path, interface: dict) -> None:
        self.path = str(solution)
        self.code = compile(solution.read_text(), self.path, "exec")
        self.interface = interface

    def start(self) -> LoadResult:
        return LoadResult(ok=True)

    def run(self, input_json: str, limits: dict, deadline: float) -> CaseRun:
        module = type(sys)("solution")  # as the child makes it: dataclasses look their module up
        module.__file__ = self.path
        namespace, before = module.__dict__, sys.modules.get("solution")
        sys.modules["solution"] = module
        case_input = json.loads(input_json)
        printed = io.StringIO()
        status, payload, error, signal_name = "ok", b"", None, None
        started, started_cpu = time.monotonic(), time.process_time()
        recursion = sys.getrecursionlimit()
        sys.setrecursionlimit(recursion + _depth())  # as deep as the child allows, from here
        try:
            with _limited(limits["cpu_s"], limits["wall_s"]), contextlib.redirect_stdout(printed):
                exec(self.code, namespace)
                payload = runner().encode(runner().execute(namespace, self.interface, case_input))
        except _OverLimit as over:
            status, signal_name = over.status, over.signal_name
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # the solution's failure, as the child reports it
            status, error = "error", runner()._describe_exception(exc, self.path)
        finally:
            sys.setrecursionlimit(recursion)
            sys.modules.pop("solution")
            if before is not None:
                sys.modules["solution"] = before
        output = printed.getvalue().encode()
        return CaseRun(
            status,
            payload,
            error,
            signal=signal_name,
            cpu_ms=(time.process_time() - started_cpu) * 1000,
            wall_ms=(time.monotonic() - started) * 1000,
            stdout=output[:4096].decode(errors="replace"),
            stdout_bytes=len(output),
        )

    def close(self) -> None:
        pass


def in_process_search(problem: Problem, solution: Path, budget_s: float) -> PropertySearch:
    """A property search of `solution` whose every answer comes from an `InProcessSandbox`."""
    sandbox = InProcessSandbox(solution, problem.interface.to_wire())
    return PropertySearch(problem, load_module(problem.generator_path), sandbox, budget_s, classify)
