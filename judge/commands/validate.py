"""`judge validate PROBLEM|--all`: is the problem sound? A table of checks per problem; exit 1 on errors."""

from __future__ import annotations

import click

from judge import strict_json
from judge.bank import locate, problem_folders
from judge.commands.run import use_colour
from judge.errors import JudgeError
from judge.validate.model import Validation

COLOURS = {"ok": "green", "warn": "yellow", "error": "red"}


def to_json(validations: list[Validation]) -> dict:
    return {
        "valid": not any(v.errors for v in validations),
        "problems": [
            {
                "path": str(v.root),
                "errors": len(v.errors),
                "warnings": len(v.warnings),
                "checks": [{"check": c.name, "result": c.result, "detail": c.detail} for c in v.checks],
                "solutions": {label: judgement.to_json() for label, judgement in v.solutions.items()},
            }
            for v in validations
        ],
    }


def render(validation: Validation) -> str:
    from tabulate import tabulate  # only for text output

    rows = [[c.name, click.style(c.result, fg=COLOURS[c.result], bold=c.result != "ok"), c.detail]
            for c in validation.checks]  # fmt: skip
    table = tabulate(rows, ["check", "result", "detail"], tablefmt="simple", maxcolwidths=[None, None, 90])
    errors, warnings = len(validation.errors), len(validation.warnings)
    if errors:
        summary = click.style(f"{errors} error(s)", fg="red", bold=True) + f", {warnings} warning(s): fix the errors"
    else:
        summary = click.style("valid", fg="green", bold=True) + f", {warnings} warning(s)"
    return f"{click.style(str(validation.root), bold=True)}\n{table}\n{summary}\n"


@click.command("validate")
@click.argument("problem", required=False)
@click.option("--all", "every", is_flag=True, help="Validate every problem in the bank.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(problem: str | None, every: bool, fmt: str) -> None:
    """Prove PROBLEM sound: files, starter, samples, cases, tags, solutions, time limits, checker."""
    from judge.validate.run import validate  # judging code: only for this command

    if every == (problem is not None):
        raise JudgeError("give one PROBLEM or --all")
    folders = problem_folders() if every else [locate(problem)]
    if not folders:
        raise JudgeError("the bank has no problems")
    validations = []
    for folder in folders:
        validation = validate(folder)
        validations.append(validation)
        if fmt == "text":
            click.echo(render(validation), color=use_colour())
    if fmt == "json":
        click.echo(strict_json.dumps(to_json(validations), indent=2))
    elif every:
        bad = sum(bool(v.errors) for v in validations)
        click.echo(f"{len(validations) - bad} of {len(validations)} problems valid.")
    raise SystemExit(1 if any(v.errors for v in validations) else 0)
