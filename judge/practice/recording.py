"""The practice hook of `judge run` and `judge test`: record the attempt and say how much time is left.

Recording never fails a run: with no session it costs one stat(); with a broken database the report is
still printed, after one warning line on stderr.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from typing import Any

import click

from judge.errors import JudgeError
from judge.practice import session, store
from judge.practice.store import Attempt


@dataclass(frozen=True)
class Mark:
    """Where the clock stood when the attempt was recorded: the header of the run's report."""

    session_id: int
    problem_id: str
    time_left_s: float
    paused: bool
    recorded: bool

    @property
    def overtime(self) -> bool:
        return self.time_left_s < 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.session_id,
            "time_left_s": round(self.time_left_s, 1),
            "overtime": self.overtime,
            "paused": self.paused,
            "recorded": self.recorded,
        }

    def header(self) -> str:
        if self.overtime:
            clock = click.style(f"OVERTIME +{session.clock_text(self.time_left_s)}", fg="red", bold=True)
            clock += ": still judged, recorded as overtime"
        else:
            clock = f"{session.clock_text(self.time_left_s)} left" + (" (paused)" if self.paused else "")
        if not self.recorded:
            clock += f" · {self.problem_id} is not part of this session, so not recorded"
        return f"practice session {self.session_id} · {clock}"


def record(attempt: Attempt) -> Mark | None:
    """Record ATTEMPT in the running session, if there is one; None when there is none (or it failed)."""
    try:
        with store.transaction() as db:
            current = session.active(db)
            if current is None:
                return None
            now = time.time()
            recorded = current.has(attempt.problem_id)
            if recorded:
                store.insert_attempt(db, current.id, current.elapsed_s(now), current.left_s(now) < 0, attempt)
            warning = session.warning(db, current, now)
    except (JudgeError, sqlite3.Error) as exc:
        click.echo(f"judge: this attempt was not recorded in your practice session: {exc}", err=True)
        return None
    if warning:
        click.echo(f"judge: {warning}", err=True)
    return Mark(current.id, attempt.problem_id, current.left_s(now), current.paused, recorded)


def record_run(report) -> Mark | None:
    """A `judge run` attempt: verdict, passed/total cases, the edge tags missed, the growth class."""
    if not store.exists():
        return None
    from judge.report.json_report import to_json

    data = to_json(report)
    return record(
        Attempt(
            problem_id=data["problem"]["id"],
            kind="run",
            verdict=data["verdict"],
            passed=data["passed"],
            total=data["total"],
            tags=tuple(edge["tag"] for edge in data["edge_cases"] if edge["status"] == "missed"),
            growth_class=(data.get("complexity") or {}).get("class"),
        )
    )


def record_test(data: dict[str, Any]) -> Mark | None:
    """A `judge test` attempt: valid or invalid, the known bugs caught of all, the edge tags left uncaught."""
    if not store.exists():
        return None
    return record(
        Attempt(
            problem_id=data["problem"],
            kind="test",
            verdict="valid" if data["valid"] else "invalid",
            passed=data["caught"],
            total=data["total"],
            tags=tuple(data["uncaught_tags"] or ()),
        )
    )
