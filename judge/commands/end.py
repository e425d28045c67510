"""`judge end`: stop the clock and fill in the interviewer's scorecard."""

from __future__ import annotations

import time

import click

from judge import strict_json
from judge.practice import session, store, text
from judge.practice.scorecard import scorecard


@click.command("end")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(fmt: str) -> None:
    """Close the practice session and show its scorecard."""
    now = time.time()
    with store.transaction() as db:
        card = scorecard(db, session.end(db, now), now)
    click.echo(strict_json.dumps(card, indent=2) if fmt == "json" else text.scorecard(card))
