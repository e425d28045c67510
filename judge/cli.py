"""The `judge` command: a click group whose commands live one per module in judge/commands/."""

from __future__ import annotations

import os
import sys
import traceback

import click

from judge import __version__
from judge.commands import (
    doctor,
    end,
    grade,
    history,
    list_problems,
    new,
    pause,
    practice,
    run,
    sandbox,
    show,
    start,
    status,
    test,
    validate,
)
from judge.errors import JudgeError

EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # what a shell reports for a command killed by SIGPIPE


class JudgeGroup(click.Group):
    """Turns the judge's errors into one clear line and the documented exit codes."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except JudgeError as exc:
            click.echo(f"judge: {exc}", err=True)
            ctx.exit(EXIT_BAD_INPUT)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:  # the reader went away (`judge test | head`): nothing more to say
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush is quiet
            ctx.exit(EXIT_BROKEN_PIPE)
        except KeyboardInterrupt:  # click would turn it into "Aborted!" and exit 1
            click.echo("judge: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except Exception as exc:
            if os.environ.get("JUDGE_DEBUG"):
                traceback.print_exc()
            click.echo(f"judge: internal error: {type(exc).__name__}: {exc}", err=True)
            click.echo("This is the judge's fault, not yours; JUDGE_DEBUG=1 shows the traceback.", err=True)
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=JudgeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="judge")
def cli() -> None:
    """A coding-round practice judge: run your solution in a sandbox, see what you missed."""


for command in (
    run.command,
    test.command,
    list_problems.command,
    show.command,
    start.command,
    doctor.command,
    practice.command,
    status.command,
    pause.pause_command,
    pause.resume_command,
    end.command,
    history.command,
    new.command,
    validate.command,
    grade.command,
):
    cli.add_command(command)
cli.add_command(sandbox.group)


def main() -> None:
    try:
        cli.main(prog_name="judge")
    except KeyboardInterrupt:
        click.echo("judge: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
