"""Misconception hints: when a wrong answer is exactly what a known-buggy solution returns.

The problem's wrong/ solutions are trusted files, so they run on the host, in-process, and only on
small inputs, each under a short alarm in case a bug of theirs loops.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager
from functools import cache
from types import ModuleType

from judge.problem import Problem, WrongSolution
from judge.trusted import load_module, run_trusted
from judge.values import same
from judge.verdicts import Verdict

SMALL_INPUT_CHARS = 10_000
WRONG_SOLUTION_S = 2.0  # small inputs take milliseconds; this only stops a buggy loop
MAX_SHARED = 2  # more buggy solutions agreeing says nothing specific


class _Slow(Exception):
    pass


@contextmanager
def _alarm(seconds: float):
    def expire(*_):
        raise _Slow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@cache
def _module(wrong: WrongSolution) -> ModuleType:
    return load_module(wrong.path)


def _outcome(problem: Problem, wrong: WrongSolution, case_input: dict) -> tuple[str, object]:
    """("value", JSON) or ("error", exception name), as the buggy solution behaves on this input."""
    try:
        with _alarm(WRONG_SOLUTION_S):
            return "value", run_trusted(_module(wrong), problem.interface.to_wire(), case_input)
    except _Slow:
        return "slow", None
    except Exception as exc:
        return "error", type(exc).__name__


def misconceptions(
    problem: Problem, case_input: dict, verdict: Verdict, got, error_type: str | None
) -> list[WrongSolution]:
    """The one or two known-buggy solutions that fail exactly as this submission did."""
    if verdict not in (Verdict.WA, Verdict.RE) or len(str(case_input)) > SMALL_INPUT_CHARS:
        return []
    matches = []
    for wrong in problem.wrong:
        kind, value = _outcome(problem, wrong, case_input)
        if (verdict is Verdict.WA and kind == "value" and same(value, got)) or (
            verdict is Verdict.RE and kind == "error" and value == error_type
        ):
            matches.append(wrong)
    return matches if len(matches) <= MAX_SHARED else []
