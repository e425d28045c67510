"""`judge new CATEGORY/ID`: scaffold a problem folder for an author to fill in."""

from __future__ import annotations

import click

from judge.scaffold import FILES, scaffold


@click.command("new")
@click.argument("name", metavar="CATEGORY/ID")
def command(name: str) -> None:
    """Create a problem folder under the bank, its parts to write marked TODO(author):."""
    root = scaffold(name)
    click.echo(f"Created {root}:")
    for relative in FILES:
        click.echo(f"  {relative}")
    click.echo("Next: replace every TODO(author): marker (docs/authoring.md walks through it), then")
    click.echo(f"  judge validate {root}")
    click.echo("lists what is still missing, and passes once the problem is sound.")
