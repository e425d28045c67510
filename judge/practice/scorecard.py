"""What an interviewer writes down: per problem and per session, and the trends across sessions.

`judge status` shows the same scorecard while the clock runs; `judge end` shows it once it has stopped.
"""

from __future__ import annotations

import sqlite3
import statistics
from collections import Counter
from datetime import datetime
from typing import Any

from judge.practice import store
from judge.practice.session import Session, SessionProblem, load

RECENT_SESSIONS = 5
MOST_MISSED = 5


def iso(moment: float | None) -> str | None:
    return None if moment is None else datetime.fromtimestamp(moment).astimezone().isoformat(timespec="seconds")


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


def _problem(problem: SessionProblem, attempts: list[dict]) -> dict[str, Any]:
    runs = [a for a in attempts if a["kind"] == "run"]
    tests = [a for a in attempts if a["kind"] == "test"]
    accepted = next((a for a in runs if a["verdict"] == "AC"), None)
    last_run, last_test = (runs[-1] if runs else None), (tests[-1] if tests else None)
    return {
        "id": problem.id,
        "title": problem.title,
        "solved": accepted is not None and not accepted["overtime"],
        "accepted_in_overtime": accepted is not None and accepted["overtime"],
        "time_to_accept_s": round(accepted["elapsed_s"], 1) if accepted else None,
        "attempts": len(attempts),
        "runs": len(runs),
        "runs_to_accept": runs.index(accepted) + 1 if accepted else None,
        "overtime_attempts": sum(a["overtime"] for a in attempts),
        "last_verdict": last_run["verdict"] if last_run else None,
        "passed": last_run["passed"] if last_run else None,
        "total": last_run["total"] if last_run else None,
        "missed_tags": _unique(tag for a in runs for tag in sorted(a["tags"])),
        "own_tests": (
            {"valid": last_test["verdict"] == "valid", "caught": last_test["passed"], "total": last_test["total"]}
            if last_test
            else None
        ),
        "growth_class": last_run["growth_class"] if last_run else None,
    }


def scorecard(db: sqlite3.Connection, session: Session, now: float) -> dict[str, Any]:
    attempts = store.attempts_of(db, session.id)
    problems = [_problem(p, [a for a in attempts if a["problem_id"] == p.id]) for p in session.problems]
    return {
        "session": session.id,
        "started_at": iso(session.started_at),
        "ended_at": iso(session.ended_at),
        "minutes": session.minutes,
        "time_used_s": round(session.elapsed_s(now), 1),
        "time_left_s": round(session.left_s(now), 1),
        "overtime": session.left_s(now) < 0,
        "paused": session.paused,
        "pauses": len(session.pauses),
        "paused_s": round(session.paused_s(now), 1),
        "solved": sum(p["solved"] for p in problems),
        "problems": problems,
    }


def _trends(cards: list[dict[str, Any]]) -> dict[str, Any]:
    problems = [p for card in cards for p in card["problems"]]
    times = [p["time_to_accept_s"] for p in problems if p["solved"]]
    missed = Counter(tag for p in problems for tag in p["missed_tags"])
    solved = sum(p["solved"] for p in problems)
    return {
        "problems": len(problems),
        "solved": solved,
        "solve_rate": round(solved / len(problems), 3) if problems else None,
        "median_time_to_accept_s": round(statistics.median(times), 1) if times else None,
        "most_missed_tags": [{"tag": tag, "count": count} for tag, count in missed.most_common(MOST_MISSED)],
    }


def history(db: sqlite3.Connection, now: float) -> dict[str, Any]:
    """Ended sessions, oldest first, each with its own trend numbers; then all of them, and the recent ones."""
    rows = db.execute("SELECT * FROM sessions WHERE ended_at IS NOT NULL ORDER BY id").fetchall()
    cards = [scorecard(db, load(db, row), now) for row in rows]
    sessions = [
        {
            "session": card["session"],
            "started_at": card["started_at"],
            "minutes": card["minutes"],
            "time_used_s": card["time_used_s"],
            "problem_ids": [p["id"] for p in card["problems"]],
            **_trends([card]),
        }
        for card in cards
    ]
    recent = cards[-RECENT_SESSIONS:]
    return {
        "sessions": sessions,
        "overall": {"sessions": len(cards), **_trends(cards)},
        "recent": {"sessions": len(recent), **_trends(recent)},
    }
