"""`judge grade PROBLEM SUBMISSION...`: grade a class's files in parallel, one sandbox each."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from judge.bank import resolve
from judge.engine import DEFAULT_BUDGET_S
from judge.errors import JudgeError
from judge.grade import grade, submissions
from judge.report import grade_formats


@click.command("grade")
@click.argument("problem")
@click.argument("paths", nargs=-1, required=True, metavar="SUBMISSION...", type=click.Path(path_type=Path))
@click.option("--jobs", type=click.IntRange(min=1), default=2, show_default=True,
              help="Submissions judged at once (each in its own sandbox).")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json", "junit"]), default="text",
              show_default=True, help="The summary printed on stdout.")  # fmt: skip
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for one JSON report per submission (default: grade-<problem id>).")  # fmt: skip
@click.option("--budget", type=click.FloatRange(min=1), default=DEFAULT_BUDGET_S, show_default=True,
              help="Wall-time budget per submission, in seconds.")  # fmt: skip
@click.option("--search-budget", type=click.FloatRange(min=0), default=0, show_default=True,
              help="Seconds of property search per submission (0: none; the hidden cases decide).")  # fmt: skip
def command(
    problem: str, paths: tuple[Path, ...], jobs: int, fmt: str, out: Path | None, budget: float, search_budget: float
) -> None:
    """Grade every SUBMISSION (files, or folders of .py files) on PROBLEM; exit 0 once the batch ran."""
    found = resolve(problem)
    batch = submissions(list(paths))
    out = out or Path(f"grade-{found.id}")
    if out.exists() and not out.is_dir():
        raise JudgeError(f"--out {out}: exists and is not a folder")
    search_budget_s = search_budget or None
    if sys.stdout.isatty():
        with click.progressbar(length=len(batch), label=f"grading {len(batch)} submissions") as bar:
            rows = grade(found, batch, jobs, budget, search_budget_s, done=lambda graded: bar.update(1))
    else:
        rows = grade(found, batch, jobs, budget, search_budget_s)
    written = grade_formats.write_reports(rows, out)
    if fmt == "csv":
        click.echo(grade_formats.to_csv(rows), nl=False)
    elif fmt == "json":
        click.echo(grade_formats.to_json(found, rows))
    elif fmt == "junit":
        click.echo(grade_formats.to_junit(found, rows), nl=False)
    else:
        click.echo(grade_formats.text(rows))
        click.echo(f"{len(written)} JSON reports in {out}/")
