"""`judge list`: the bank, filtered by category."""

from __future__ import annotations

import click

from judge import strict_json
from judge.bank import all_problems
from judge.paths import bank_dir
from judge.problem import CATEGORIES


@click.command("list")
@click.option("--category", type=click.Choice(CATEGORIES), help="Only this category.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(category: str | None, fmt: str) -> None:
    """List the problems in the bank."""
    from tabulate import tabulate  # imported here: it costs every other command 60 ms

    root = bank_dir().parent
    problems, broken = all_problems()
    for line in broken:
        click.echo(f"judge: skipped a broken problem: {line}", err=True)
    entries = [
        {
            "id": problem.id,
            "category": problem.category,
            "title": problem.title,
            "difficulty": problem.difficulty,
            "suggested_minutes": problem.suggested_minutes,
            "path": str(problem.root.relative_to(root)),
        }
        for problem in problems
        if category in (None, problem.category)
    ]
    if fmt == "json":
        click.echo(strict_json.dumps(entries, indent=2))
        return
    rows = [[e["id"], e["category"], e["difficulty"], e["suggested_minutes"], e["title"]] for e in entries]
    click.echo(tabulate(rows, ["id", "category", "difficulty", "minutes", "title"]))
    click.echo(f"\n{len(entries)} problems. Start one with `judge start ID`, read it with `judge show ID`.")
