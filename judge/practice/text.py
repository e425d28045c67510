"""The practice commands' text output: the clock, the scorecard and the history as a candidate reads them."""

from __future__ import annotations

from typing import Any

import click
from tabulate import tabulate

from judge.practice.scorecard import RECENT_SESSIONS
from judge.practice.session import clock_text


def _clock(seconds: float | None) -> str:
    return "" if seconds is None else clock_text(seconds)


def clock_line(card: dict[str, Any]) -> str:
    length = clock_text(card["minutes"] * 60)
    if card["overtime"]:
        state = click.style(f"OVERTIME +{clock_text(card['time_left_s'])}", fg="red", bold=True)
        return f"{state} of {length}: attempts are still judged, marked overtime"
    paused = " (paused: `judge resume` starts the clock again)" if card["paused"] else ""
    return f"{clock_text(card['time_left_s'])} left of {length}{paused}"


def _result(problem: dict[str, Any]) -> str:
    if problem["solved"]:
        return click.style("solved", fg="green")
    if problem["accepted_in_overtime"]:
        return click.style("accepted in overtime", fg="yellow")
    if problem["last_verdict"] is None:
        return "not run"
    return f"not solved (last {problem['last_verdict']} {problem['passed']}/{problem['total']})"


def _own_tests(problem: dict[str, Any]) -> str:
    own = problem["own_tests"]
    if own is None:
        return "not run"
    return f"caught {own['caught']}/{own['total']} bugs" if own["valid"] else "invalid"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _attempts(problem: dict[str, Any]) -> str:
    if not problem["attempts"]:
        return "none"
    parts = [_plural(problem["runs"], "run"), _plural(problem["attempts"] - problem["runs"], "test")]
    if problem["overtime_attempts"]:
        parts.append(f"{problem['overtime_attempts']} overtime")
    return f"{problem['attempts']} ({', '.join(parts)})"


def status(card: dict[str, Any]) -> str:
    rows = [
        [p["id"], _result(p), _clock(p["time_to_accept_s"]), _attempts(p), ", ".join(p["missed_tags"])]
        for p in card["problems"]
    ]
    table = tabulate(rows, ["problem", "state", "accepted at", "attempts", "edge cases missed so far"])
    return "\n".join(
        [
            click.style(f"Practice session {card['session']}", bold=True) + f" · {clock_line(card)}",
            "",
            table,
            "",
            "Next: `judge run ID` and `judge test ID` as you go; `judge end` closes the session with its scorecard.",
        ]
    )


def scorecard(card: dict[str, Any]) -> str:
    rows = [
        [
            p["id"],
            _result(p),
            _clock(p["time_to_accept_s"]),
            _attempts(p),
            ", ".join(p["missed_tags"]) or "none",
            _own_tests(p),
            p["growth_class"] or "not measured",
        ]
        for p in card["problems"]
    ]
    headers = ["problem", "result", "time to accept", "attempts", "edge cases missed", "own tests", "growth"]
    used = f"time used {clock_text(card['time_used_s'])} of {clock_text(card['minutes'] * 60)}"
    if card["overtime"]:
        used += f" (overtime +{clock_text(card['time_left_s'])})"
    if card["pauses"]:
        used += f", {_plural(card['pauses'], 'pause')} ({clock_text(card['paused_s'])})"
    return "\n".join(
        [
            click.style(f"Scorecard · session {card['session']}", bold=True) + f" · {used}",
            "",
            tabulate(rows, headers),
            "",
            f"Solved {card['solved']} of {len(card['problems'])} in time.",
            "Next: `judge history` shows your trends; `judge practice` starts another session.",
        ]
    )


def _trend_line(label: str, trends: dict[str, Any]) -> str:
    rate = "no problems yet" if trends["solve_rate"] is None else f"solve rate {trends['solve_rate']:.0%}"
    median = trends["median_time_to_accept_s"]
    missed = ", ".join(f"{m['tag']} ({m['count']})" for m in trends["most_missed_tags"]) or "none"
    accept = f"median time to accept {clock_text(median)}" if median is not None else "nothing accepted in time"
    return f"{label}: {rate}, {accept}; most missed: {missed}"


def history(data: dict[str, Any]) -> str:
    sessions = data["sessions"]
    if not sessions:
        return "No finished sessions yet. Start one with `judge practice`, and `judge end` it for a scorecard."
    rows = [
        [
            s["session"],
            s["started_at"][:16].replace("T", " "),
            clock_text(s["minutes"] * 60),
            clock_text(s["time_used_s"]),
            f"{s['solved']}/{s['problems']}",
            _clock(s["median_time_to_accept_s"]),
            ", ".join(m["tag"] for m in s["most_missed_tags"]),
        ]
        for s in sessions
    ]
    headers = ["session", "started", "length", "used", "solved", "median to accept", "most missed"]
    overall = data["overall"]
    lines = [tabulate(rows, headers), "", _trend_line(f"All sessions ({overall['sessions']})", overall)]
    if overall["sessions"] > RECENT_SESSIONS:
        lines.append(_trend_line(f"Last {RECENT_SESSIONS} sessions", data["recent"]))
    return "\n".join(lines)
