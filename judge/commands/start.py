"""`judge start PROBLEM`: a workspace with the starter and tests built from the samples."""

from __future__ import annotations

import click

from judge.bank import resolve
from judge.workspace import start_workspace


@click.command("start")
@click.argument("problem")
def command(problem: str) -> None:
    """Copy PROBLEM's starter and sample tests into your workspace, and print its path."""
    found = resolve(problem)
    folder, kept = start_workspace(found)
    for name in kept:
        click.echo(f"kept your existing {name}", err=True)
    click.echo(str(folder))
    click.echo(
        f"Edit {folder / 'solution.py'}, try `pytest {folder}`, then `judge run {found.id}`.",
        err=True,
    )
