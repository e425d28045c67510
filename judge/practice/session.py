"""The session clock: elapsed = wall time since the start minus the paused intervals.

Wall time (time.time), not a monotonic clock, because a session spans many judge processes and may span
a reboot. The lifecycle functions take an open transaction of the store, and the time, from the command.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from judge.errors import JudgeError
from judge.problem import Problem

WARNING_MARKS = (10, 5)  # minutes left; each is announced once, by whichever command first sees it crossed
NO_SESSION = "no practice session is running; start one with `judge practice [PROBLEM...]`"


@dataclass(frozen=True)
class SessionProblem:
    id: str
    title: str
    suggested_minutes: int


@dataclass(frozen=True)
class Session:
    id: int
    started_at: float
    minutes: float
    ended_at: float | None
    problems: tuple[SessionProblem, ...]
    pauses: tuple[tuple[float, float | None], ...]

    @property
    def length_s(self) -> float:
        return self.minutes * 60

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1][1] is None

    def _stop(self, now: float) -> float:
        return self.ended_at if self.ended_at is not None else now

    def paused_s(self, now: float) -> float:
        stop = self._stop(now)
        return sum((resumed if resumed is not None else stop) - start for start, resumed in self.pauses)

    def elapsed_s(self, now: float) -> float:
        return max(0.0, self._stop(now) - self.started_at - self.paused_s(now))

    def left_s(self, now: float) -> float:
        """Negative once the clock has run out: that much overtime."""
        return self.length_s - self.elapsed_s(now)

    def has(self, problem_id: str) -> bool:
        return any(problem.id == problem_id for problem in self.problems)


def clock_text(seconds: float) -> str:
    """12:05, or 1:02:03 past an hour."""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    text = f"{rest // 60:02d}:{rest % 60:02d}"
    return f"{hours}:{text}" if hours else text


def load(db: sqlite3.Connection, row: sqlite3.Row) -> Session:
    problems = db.execute(
        "SELECT problem_id, title, suggested_minutes FROM session_problems WHERE session_id = ? ORDER BY position",
        (row["id"],),
    ).fetchall()
    pauses = db.execute("SELECT paused_at, resumed_at FROM pauses WHERE session_id = ? ORDER BY rowid", (row["id"],))
    return Session(
        id=row["id"],
        started_at=row["started_at"],
        minutes=row["minutes"],
        ended_at=row["ended_at"],
        problems=tuple(SessionProblem(*problem) for problem in problems),
        pauses=tuple((start, resumed) for start, resumed in pauses.fetchall()),
    )


def active(db: sqlite3.Connection) -> Session | None:
    row = db.execute("SELECT * FROM sessions WHERE ended_at IS NULL").fetchone()
    return load(db, row) if row else None


def require_active(db: sqlite3.Connection) -> Session:
    session = active(db)
    if session is None:
        raise JudgeError(NO_SESSION)
    return session


def solved_ids(db: sqlite3.Connection) -> set[str]:
    """Problems accepted (in time) in any session."""
    rows = db.execute("SELECT DISTINCT problem_id FROM attempts WHERE kind = 'run' AND verdict = 'AC' AND NOT overtime")
    return {row[0] for row in rows}


def pick(
    bank: Sequence[Problem],
    count: int,
    category: str | None,
    difficulty: str | None,
    skip: set[str],
    rng: random.Random,
) -> list[Problem]:
    """COUNT problems at random among those matching the filters, leaving out SKIP."""
    matching = [
        problem
        for problem in bank
        if category in (None, problem.category) and difficulty in (None, problem.difficulty) and problem.id not in skip
    ]
    if not matching:
        filters = " ".join(filter(None, (difficulty, category)))
        what = ("unsolved " if skip else "") + (f"{filters} " if filters else "")
        more = " (--include-solved adds the ones you solved before)" if skip else ""
        raise JudgeError(f"no {what}problems left to pick{more}; `judge list` shows the bank")
    return rng.sample(matching, min(count, len(matching)))


def ensure_idle(db: sqlite3.Connection) -> None:
    running = active(db)
    if running is not None:
        raise JudgeError(
            f"session {running.id} is still running ({', '.join(p.id for p in running.problems)}); "
            "`judge end` closes it with its scorecard"
        )


def start(db: sqlite3.Connection, problems: Sequence[Problem], minutes: float | None, now: float) -> Session:
    """A new session on PROBLEMS; the caller has checked with ensure_idle (the schema allows one at a time)."""
    length = minutes if minutes is not None else sum(problem.suggested_minutes for problem in problems)
    cursor = db.execute("INSERT INTO sessions (started_at, minutes) VALUES (?, ?)", (now, length))
    db.executemany(
        "INSERT INTO session_problems (session_id, position, problem_id, title, suggested_minutes)"
        " VALUES (?, ?, ?, ?, ?)",
        [(cursor.lastrowid, i, p.id, p.title, p.suggested_minutes) for i, p in enumerate(problems)],
    )
    return require_active(db)


def pause(db: sqlite3.Connection, now: float) -> Session:
    session = require_active(db)
    if session.paused:
        raise JudgeError(f"session {session.id} is already paused; `judge resume` starts the clock again")
    db.execute("INSERT INTO pauses (session_id, paused_at) VALUES (?, ?)", (session.id, now))
    return require_active(db)


def resume(db: sqlite3.Connection, now: float) -> Session:
    session = require_active(db)
    if not session.paused:
        raise JudgeError(f"session {session.id} is not paused; `judge pause` stops the clock")
    db.execute("UPDATE pauses SET resumed_at = ? WHERE session_id = ? AND resumed_at IS NULL", (now, session.id))
    return require_active(db)


def end(db: sqlite3.Connection, now: float) -> Session:
    """Close the session; an open pause ends with it, so the clock stops where it stood."""
    session = require_active(db)
    db.execute("UPDATE pauses SET resumed_at = ? WHERE session_id = ? AND resumed_at IS NULL", (now, session.id))
    db.execute("UPDATE sessions SET ended_at = ? WHERE id = ?", (now, session.id))
    return load(db, db.execute("SELECT * FROM sessions WHERE id = ?", (session.id,)).fetchone())


def warning(db: sqlite3.Connection, session: Session, now: float) -> str | None:
    """The warning due now, if no command has given it yet; marks longer than the session never apply."""
    left_min = session.left_s(now) / 60
    crossed = [mark for mark in WARNING_MARKS if left_min <= mark < session.minutes]
    if not crossed or left_min <= 0:
        return None
    mark = min(crossed)
    updated = db.execute(
        "UPDATE sessions SET warned_mark = ? WHERE id = ? AND (warned_mark IS NULL OR warned_mark > ?)",
        (mark, session.id, mark),
    )
    if not updated.rowcount:
        return None
    return f"{mark} minutes left in session {session.id} ({clock_text(session.left_s(now))})."
