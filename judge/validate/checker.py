"""The checker accepts the reference's answers and rejects junk without raising."""

from __future__ import annotations

from typing import Any

from judge.cases import Case
from judge.problem import Problem
from judge.trusted import load_module, run_trusted
from judge.validate.model import Check, ok, verdict

JUNK: list[Any] = [None, "junk", -1, 0.5, [], [[None]], {"junk": True}, [["deeply", ["wrong"]], {"x": []}]]
CHECKED_INPUT_LIMIT = 100_000  # the reference runs on the host: small cases are enough


def _accepts(outcome: Any) -> bool:
    return bool(outcome[0] if isinstance(outcome, tuple) else outcome)


def check(problem: Problem, cases: list[Case]) -> list[Check]:
    if problem.checker_path is None:
        return [ok("checker", "none: answers compare as JSON values")]
    checker = load_module(problem.checker_path)
    reference = load_module(problem.reference_path)
    wire = problem.interface.to_wire()
    rejects, crashes, accepts = [], [], []
    for case in cases:
        if case.input_size() > CHECKED_INPUT_LIMIT:
            continue
        try:
            answer = run_trusted(reference, wire, case.input)
        except Exception:
            continue  # "expected = reference" reports a reference that fails
        try:
            if not _accepts(checker.check(case.input, case.expected, answer)):
                rejects.append(f"rejects the reference's answer on {case.name}")
        except Exception as exc:
            crashes.append(f"raises {type(exc).__name__}: {exc} on the reference's answer to {case.name}")
        for junk in JUNK:
            if junk == answer:
                continue
            try:
                if _accepts(checker.check(case.input, case.expected, junk)):
                    accepts.append(f"accepts {junk!r} on {case.name}")
            except Exception as exc:
                crashes.append(f"raises {type(exc).__name__}: {exc} on junk {junk!r} ({case.name})")
    return [
        verdict("checker accepts the reference", rejects[:3], "on every small case"),
        verdict("checker rejects junk", (crashes + accepts)[:3], f"{len(JUNK)} junk values per case, no crash"),
    ]
