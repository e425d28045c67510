"""One line of a validation table: a named check, its result, and what the author should look at."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Result = Literal["ok", "warn", "error"]


@dataclass(frozen=True)
class Check:
    name: str
    result: Result
    detail: str = ""


def ok(name: str, detail: str = "") -> Check:
    return Check(name, "ok", detail)


def warn(name: str, detail: str) -> Check:
    return Check(name, "warn", detail)


def error(name: str, detail: str) -> Check:
    return Check(name, "error", detail)


def verdict(name: str, problems: list[str], fine: str) -> Check:
    """An error listing what is wrong, or ok with what was checked."""
    return error(name, "; ".join(problems)) if problems else ok(name, fine)


@dataclass(frozen=True)
class Judgement:
    verdict: str
    cases: dict[str, str]  # case name -> verdict, in the order the cases ran

    def to_json(self) -> dict:
        return {"verdict": self.verdict, "cases": self.cases}


@dataclass
class Validation:
    """Every check of one problem folder."""

    root: Path
    checks: list[Check]
    # Each known solution's verdict and its cases' ("reference", "wrong/NAME.py"): what the checks read.
    solutions: dict[str, Judgement] = field(default_factory=dict)

    @property
    def errors(self) -> list[Check]:
        return [check for check in self.checks if check.result == "error"]

    @property
    def warnings(self) -> list[Check]:
        return [check for check in self.checks if check.result == "warn"]
