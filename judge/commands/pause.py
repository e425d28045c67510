"""`judge pause` and `judge resume`: each other's inverse, both recorded in the session."""

from __future__ import annotations

import time

import click

from judge.practice import session, store


@click.command("pause")
def pause_command() -> None:
    """Stop the practice clock; the pause is recorded in the session."""
    now = time.time()
    with store.transaction() as db:
        current = session.pause(db, now)
    left = session.clock_text(current.left_s(now))
    click.echo(f"Session {current.id} paused with {left} left. `judge resume` starts the clock again.")


@click.command("resume")
def resume_command() -> None:
    """Start the practice clock again after `judge pause`."""
    now = time.time()
    with store.transaction() as db:
        current = session.resume(db, now)
    click.echo(f"Session {current.id} resumed: {session.clock_text(current.left_s(now))} left.")
