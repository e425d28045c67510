"""`judge run PROBLEM [SOLUTION]`: judge a solution in the sandbox and report what happened."""

from __future__ import annotations

import os
from pathlib import Path

import click

from judge.backends.select import BACKENDS, chosen_backend
from judge.bank import resolve
from judge.engine import DEFAULT_BUDGET_S, DEFAULT_SEARCH_BUDGET_S, judge
from judge.errors import JudgeError
from judge.growth import DEFAULT_BUDGET_S as GROWTH_BUDGET_S
from judge.practice.recording import record_run
from judge.verdicts import Verdict
from judge.workspace import default_solution


def use_colour() -> bool | None:
    """None lets click decide by the terminal; NO_COLOR always wins."""
    return False if os.environ.get("NO_COLOR") else None


@click.command("run")
@click.argument("problem")
@click.argument("solution", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--sandbox", type=click.Choice(BACKENDS), help="Sandbox backend (default: JUDGE_SANDBOX or auto).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--budget", type=click.FloatRange(min=1), default=DEFAULT_BUDGET_S, show_default=True,
              help="Wall-time budget for the whole run, in seconds.")  # fmt: skip
@click.option("--search-budget", type=click.FloatRange(min=0.5), default=DEFAULT_SEARCH_BUDGET_S, show_default=True,
              help="Seconds for the property search after the fixed cases.")  # fmt: skip
@click.option("--no-search", is_flag=True, help="Skip the property search.")
@click.option("--no-growth", is_flag=True, help="Skip the growth estimate and the streaming memory check.")
def command(
    problem: str,
    solution: Path | None,
    sandbox: str | None,
    fmt: str,
    budget: float,
    search_budget: float,
    no_search: bool,
    no_growth: bool,
) -> None:
    """Judge SOLUTION (default: your workspace copy, else the starter) on PROBLEM's cases."""
    found = resolve(problem)
    if solution is None:
        solution, label = default_solution(found)
    elif not solution.is_file():
        raise JudgeError(f"no solution file {str(solution)!r}")
    else:
        label = "the given file"
    search_budget_s = None if no_search else search_budget
    growth_budget_s = None if no_growth else GROWTH_BUDGET_S
    report = judge(found, solution.resolve(), label, chosen_backend(sandbox), budget, search_budget_s, growth_budget_s)
    mark = record_run(report)  # the practice session's clock, or None; recording never fails the run
    if fmt == "json":
        from judge.report.json_report import render

        click.echo(render(report, session=mark.to_json() if mark else None))
    else:
        from judge.report.text import render  # tabulate costs a JSON run 60 ms, so only here

        if mark:
            click.echo(mark.header(), color=use_colour())
        click.echo(render(report), color=use_colour())
    raise SystemExit(0 if report.verdict is Verdict.AC else 1)
