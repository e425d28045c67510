"""`judge show PROBLEM`: the statement, as the candidate should read it."""

from __future__ import annotations

import click

from judge.bank import resolve


@click.command("show")
@click.argument("problem")
def command(problem: str) -> None:
    """Print PROBLEM's statement."""
    found = resolve(problem)
    click.echo(found.statement_path.read_text(encoding="utf-8").rstrip())
    click.echo(f"\nSuggested time: {found.suggested_minutes} minutes. Start with `judge start {found.id}`.")
