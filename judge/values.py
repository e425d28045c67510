"""Comparing a submission's output with the expected one, on the host, as JSON values."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

PREVIEW = 160


def same(expected: Any, got: Any) -> bool:
    """JSON equality that keeps booleans apart from numbers (True is not 1 here)."""
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(expected) is type(got) and expected == got
    if isinstance(expected, list):
        return isinstance(got, list) and len(got) == len(expected) and all(map(same, expected, got))
    if isinstance(expected, dict):
        return (
            isinstance(got, dict)
            and expected.keys() == got.keys()
            and all(same(v, got[k]) for k, v in expected.items())
        )
    if isinstance(expected, (int, float)):
        return isinstance(got, (int, float)) and expected == got
    return expected == got


def preview(value: Any, limit: int = PREVIEW) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def compare(case_input: dict, expected: Any, got: Any, checker: ModuleType | None) -> tuple[bool, str]:
    """(accepted, what differs). Operation lists name the first operation that went wrong."""
    if checker is not None:
        outcome = checker.check(case_input, expected, got)
        accepted, detail = outcome if isinstance(outcome, tuple) else (outcome, "")
        return bool(accepted), detail or ("" if accepted else "the checker rejected this output")
    if expected == got and same(expected, got):  # == first: C speed, and same() implies it
        return True, ""
    ops = case_input.get("ops")
    if ops and isinstance(got, list) and len(got) == len(expected):
        index = next(i for i, (e, g) in enumerate(zip(expected, got)) if not same(e, g))
        call = f"{ops[index]}({', '.join(preview(a, 40) for a in case_input['args'][index])})"
        return (
            False,
            f"operation {index} {call}: expected {preview(expected[index])}, got {preview(got[index])}",
        )
    return False, f"expected {preview(expected)}, got {preview(got)}"
