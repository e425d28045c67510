"""One line of a validation table: a named check, its result, and what the author should look at."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass
class Validation:
    """Every check of one problem folder."""

    root: Path
    checks: list[Check]

    @property
    def errors(self) -> list[Check]:
        return [check for check in self.checks if check.result == "error"]

    @property
    def warnings(self) -> list[Check]:
        return [check for check in self.checks if check.result == "warn"]
