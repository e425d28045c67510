"""`judge status`: the practice clock, and how each problem of the session is going."""

from __future__ import annotations

import time

import click

from judge import strict_json
from judge.practice import session, store, text
from judge.practice.scorecard import scorecard


@click.command("status")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(fmt: str) -> None:
    """Show the practice session's clock and your progress on each problem."""
    with store.transaction() as db:
        current = session.require_active(db)
        now = time.time()
        card = scorecard(db, current, now)
        warning = session.warning(db, current, now)
    if warning:
        click.echo(f"judge: {warning}", err=True)
    click.echo(strict_json.dumps(card, indent=2) if fmt == "json" else text.status(card))
