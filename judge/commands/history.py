"""`judge history`: past sessions, and whether you are getting better."""

from __future__ import annotations

import time

import click

from judge import strict_json
from judge.practice import store, text
from judge.practice.scorecard import history


@click.command("history")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(fmt: str) -> None:
    """List finished practice sessions with trends: solve rate, median time to accept, most-missed edge cases."""
    with store.transaction() as db:
        data = history(db, time.time())
    click.echo(strict_json.dumps(data, indent=2) if fmt == "json" else text.history(data))
