"""`judge test PROBLEM [TESTFILE]`: are your own tests right, and which known bugs do they catch?"""

from __future__ import annotations

from pathlib import Path

import click

from judge import strict_json
from judge.bank import resolve
from judge.practice.recording import record_test
from judge.workspace import workspace


def to_json(report) -> dict:
    reference = report.against_reference
    return {
        "problem": report.problem.id,
        "test_file": str(report.test_file),
        "valid": report.valid,
        "caught": report.caught if report.valid else None,
        "total": len(report.problem.wrong),
        "uncaught_tags": report.uncaught_tags if report.valid else None,
        "tests": [{"test": t.test, "outcome": t.outcome, "message": t.message} for t in reference.tests],
        "problem_running_tests": reference.problem or None,
    }


def render(report) -> str:
    reference = report.against_reference
    lines = [click.style(f"Your tests for {report.problem.id}", bold=True) + f"  ({report.test_file})"]
    if reference.problem:
        lines.append(f"Against the reference solution {reference.problem}.")
    elif not reference.tests or not any(t.outcome == "passed" for t in reference.tests):
        lines.append("No test ran. Write functions named test_... that call the solution and assert.")
    if reference.failed:
        lines.append(click.style(f"Invalid: {len(reference.failed)} test(s) fail against the reference", fg="red"))
        lines.append("solution, so they assert something that is not true:")
        for test in reference.failed:
            lines.append(f"  {test.test}")
            lines += [f"    | {line}" for line in test.message.strip().splitlines()[-8:]]
    if not report.valid:
        lines.append("Thoroughness is unknown until every test passes against the reference.")
        lines.append(f"Next: fix the tests above, then `judge test {report.problem.id}` again.")
        return "\n".join(lines)
    passed = sum(t.outcome == "passed" for t in reference.tests)
    lines.append(click.style(f"Valid: all {passed} tests pass against the reference solution.", fg="green"))
    total = len(report.problem.wrong)
    lines.append(f"Your tests catch {report.caught} of {total} known bugs.")
    edges = report.problem.edges
    if report.uncaught_tags:
        lines.append("The bugs they miss hide in these edge cases:")
        lines += [f"  {tag}: {edges[tag].summary}" for tag in report.uncaught_tags]
        lines.append("Next: add a test for each of these, then `judge test` again.")
    else:
        lines.append("Next: every known bug is caught. Run `judge run` to face the hidden cases.")
    return "\n".join(lines)


@click.command("test")
@click.argument("problem")
@click.argument("testfile", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def command(problem: str, testfile: Path | None, fmt: str) -> None:
    """Run your pytest file (default: the workspace's test_solution.py) against known-buggy solutions."""
    from judge.candidate_tests import judge_tests  # imports pytest: only for this command

    found = resolve(problem)
    report = judge_tests(found, (testfile or workspace(found) / "test_solution.py").resolve())
    data = to_json(report)
    mark = record_test(data)  # the practice session's clock, or None; recording never fails the command
    if fmt == "json":
        click.echo(strict_json.dumps(data | ({"session": mark.to_json()} if mark else {}), indent=2))
    else:
        if mark:
            click.echo(mark.header())
        click.echo(render(report))
    raise SystemExit(0 if report.valid else 1)
