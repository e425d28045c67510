"""`judge practice [PROBLEM...]`: a coding round against a clock, with the starters fresh in the workspace."""

from __future__ import annotations

import random
import time
from pathlib import Path

import click

from judge.bank import all_problems, resolve
from judge.errors import JudgeError
from judge.practice import session, store
from judge.problem import CATEGORIES, DIFFICULTIES, Problem
from judge.workspace import sample_tests, start_workspace, workspace


def fresh_workspace(problem: Problem, session_id: int) -> tuple[Path, list[str]]:
    """The starter and sample tests, fresh for the clock: earlier work is renamed, never overwritten."""
    folder = workspace(problem)
    moved = []
    fresh = {"solution.py": problem.starter_path.read_text(encoding="utf-8"), "test_solution.py": sample_tests(problem)}
    for name, text in fresh.items():
        path = folder / name
        if path.is_file() and path.read_text(encoding="utf-8") != text:
            target = path.with_name(f"{path.stem}.before-session-{session_id}{path.suffix}")
            path.rename(target)
            moved.append(target.name)
    start_workspace(problem)
    return folder, moved


def _introduce(problem: Problem, index: int, count: int, folder: Path) -> str:
    header = (
        f"Problem {index} of {count} · {problem.id} · {problem.title}"
        f" ({problem.category}, {problem.difficulty}, {problem.suggested_minutes} min suggested)"
    )
    return "\n".join(
        [
            click.style(header, bold=True),
            f"Your solution: {folder / 'solution.py'}",
            "",
            problem.statement_path.read_text(encoding="utf-8").rstrip(),
            "",
        ]
    )


@click.command("practice")
@click.argument("problems", nargs=-1)
@click.option("--minutes", type=click.FloatRange(min=0, min_open=True),
              help="Length in minutes, decimals allowed (default: the suggested minutes summed).")  # fmt: skip
@click.option("--count", type=click.IntRange(min=1), help="How many problems to pick at random (default 1).")
@click.option("--category", type=click.Choice(CATEGORIES), help="Pick only from this category.")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Pick only problems of this difficulty.")
@click.option("--include-solved", is_flag=True, help="Also pick problems you solved in an earlier session.")
def command(
    problems: tuple[str, ...],
    minutes: float | None,
    count: int | None,
    category: str | None,
    difficulty: str | None,
    include_solved: bool,
) -> None:
    """Start a practice session timed against a clock: PROBLEMs, or --count picked at random."""
    if problems and (count or category or difficulty or include_solved):
        raise JudgeError("name the problems, or let --count/--category/--difficulty pick them, not both")
    named = list({problem.id: problem for problem in map(resolve, problems)}.values())
    with store.transaction() as db:
        session.ensure_idle(db)
        skip = set() if include_solved else session.solved_ids(db)
        chosen = named or session.pick(all_problems()[0], count or 1, category, difficulty, skip, random.Random())
        current = session.start(db, chosen, minutes, time.time())
        folders = [fresh_workspace(problem, current.id) for problem in chosen]
    for index, (problem, (folder, moved)) in enumerate(zip(chosen, folders), 1):
        for name in moved:
            click.echo(f"judge: your earlier work in {folder} was kept as {name}", err=True)
        click.echo(_introduce(problem, index, len(chosen), folder))
    if count and len(chosen) < count:
        click.echo(f"judge: only {len(chosen)} problem(s) matched, so the session has {len(chosen)}", err=True)
    click.echo(
        f"Session {current.id} started: the clock runs for {session.clock_text(current.length_s)}.\n"
        "Next: `judge run ID` judges your solution and records the attempt; `judge test ID` your own tests;\n"
        "`judge status` shows the clock; `judge pause` / `judge resume`; `judge end` closes it with a scorecard."
    )
