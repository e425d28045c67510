"""The report a candidate reads: what happened, where it first went wrong, and what to do next."""

from __future__ import annotations

import json
import os
import re

import click
from tabulate import tabulate

from judge.engine import CaseResult, RunReport
from judge.paths import bank_dir
from judge.report import input_shown
from judge.verdicts import Verdict

COLOURS = {"AC": "green", "WA": "red", "RE": "red", "TLE": "yellow", "MLE": "yellow", "OLE": "yellow",
           "CE": "red", "IE": "magenta", "--": "bright_black"}  # fmt: skip
EDGE_COLOURS = {"handled": "green", "missed": "red", "untested": "bright_black"}
SHOWN_OUTPUT_LINES = 12
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Candidate output with terminal escapes and control bytes shown, never obeyed."""
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], text)


def _verdict(verdict: Verdict) -> str:
    return click.style(verdict.value, fg=COLOURS[verdict.value], bold=True)


def _header(report: RunReport) -> list[str]:
    problem = report.problem
    sandbox = report.isolation
    level = "full isolation" if sandbox.level == "full" else click.style("REDUCED isolation", fg="yellow")
    lines = [
        click.style(f"{problem.id} · {problem.title}", bold=True) + f"  ({problem.category}, {problem.difficulty})",
        f"solution  {report.solution}  ({report.solution_label})",
        f"sandbox   {sandbox.backend}, {level}: {', '.join(sandbox.measures)}",
    ]
    if sandbox.warning:
        lines.append(click.style(f"warning   {sandbox.warning}", fg="yellow"))
    summary = f"{report.passed}/{len(report.results)} cases passed · {report.elapsed_s:.2f} s"
    lines.append(f"verdict   {_verdict(report.verdict)} {report.verdict.meaning} · {summary}")
    return lines


def _case_table(report: RunReport) -> str:
    rows = []
    for index, result in enumerate(report.results, 1):
        run = result.run
        name = result.case.name + (" (sample)" if result.case.sample else "")
        cpu = f"{run.cpu_ms:.1f}" if run else ""
        peak = f"{run.peak_kb / 1024:.1f}" if run else ""
        rows.append([index, name, _verdict(result.verdict), ", ".join(result.case.tags), cpu, peak])
    headers = ["#", "case", "verdict", "tags", "cpu ms", "peak MB"]
    return tabulate(rows, headers, tablefmt="simple", colalign=("right", "left", "left", "left", "right", "right"))


def _captured(label: str, text: str, size: int) -> list[str]:
    if not size:
        return []
    lines = printable(text).splitlines()
    shown = lines[:SHOWN_OUTPUT_LINES]
    more = f" (showing the start of {size} bytes)" if size > len(text) or len(lines) > len(shown) else ""
    return [f"  your {label}{more}:", *(f"    | {line}" for line in shown)]


def _first_failure(result: CaseResult) -> list[str]:
    kind = "sample" if result.case.sample else "hidden case"
    lines = [
        click.style(f"First failing case: {result.case.name} ({kind}) {result.verdict.value}", bold=True),
        f"  {result.verdict.meaning}: {result.message}",
    ]
    if result.case.tags:
        lines.append(f"  probes    {', '.join(result.case.tags)}")
    if input_shown(result):
        lines.append(f"  input     {printable(json.dumps(result.case.input, ensure_ascii=False))}")
        if result.verdict is Verdict.WA:
            lines.append(f"  expected  {printable(json.dumps(result.case.expected, ensure_ascii=False))}")
            lines.append(f"  got       {printable(json.dumps(result.got, ensure_ascii=False))}")
    else:
        lines.append("  input     (hidden: too large to show)")
    if result.run:
        lines += _captured("stdout", result.run.stdout, result.run.stdout_bytes)
        lines += _captured("stderr", result.run.stderr, result.run.stderr_bytes)
    lines += [f"  hint      {hint}" for hint in result.hints]
    return lines


def _json(value) -> str:
    return printable(json.dumps(value, ensure_ascii=False))


def _search(report: RunReport) -> list[str]:
    search = report.search
    found = search.counterexamples
    summary = f"{search.examples} inputs tried in {search.seconds:.1f} s"
    lines = [
        click.style("Property search", bold=True)
        + f"  {summary}: "
        + (f"{len(found)} failing" if found else "no failure found")
    ]
    edges = report.problem.edges
    for counterexample in found:
        outcome = counterexample.outcome
        what = {
            "wrong": "Smallest failing input",
            "crash": "Smallest input that crashes",
            "timeout": "Smallest input that hangs",
        }[counterexample.kind]
        got = _json(outcome.got) if outcome.verdict is Verdict.WA else f"{outcome.verdict.value}: {outcome.message}"
        lead = f"  Missed edge case: {edges[counterexample.tags[0]].summary}. " if counterexample.tags else "  "
        lines.append(f"{lead}{what}: {_json(counterexample.input)}, expected {_json(outcome.expected)}, got {got}")
        if len(counterexample.tags) > 1:
            lines.append(f"  (the input also shows: {', '.join(counterexample.tags[1:])})")
        lines += [f"  hint      {hint}" for hint in counterexample.hints]
    return lines


def _seconds(ms: float) -> str:
    return f"{ms:.1f} ms" if ms < 1000 else f"{ms / 1000:.2f} s"


def _timing(report: RunReport) -> list[str]:
    timing = report.timing
    lines = [click.style("Timing", bold=True)]
    if timing.slowest_case:
        slowest = next(result for result in report.results if result.case.name == timing.slowest_case)
        lines.append(
            f"  total     {_seconds(timing.total_cpu_ms)} of CPU · slowest case {timing.slowest_case}, "
            f"{_seconds(timing.slowest_cpu_ms)} (its limit {slowest.limit_s:g} s)"
        )
    limits = f"  limits    {timing.floor_s:g} s of CPU per case"
    if timing.calibrated:
        limits += f"; a perf case gets {timing.multiplier:g}x the reference's time on this machine when that is more"
    lines.append(limits)
    if timing.ratio is not None:
        lines.append(f"  speed     {timing.ratio:.1f}x the reference's CPU time on the perf cases")
    lines.append(f"  memory    peak {timing.peak_kb / 1024:.1f} MB")
    if report.complexity:
        lines.append(f"  growth    {report.complexity.message}")
    if timing.memory:
        lines.append(f"  stream    {timing.memory.message}")
    return lines


def _edge_table(report: RunReport) -> list[str]:
    rows = [[edge.tag, click.style(edge.status, fg=EDGE_COLOURS[edge.status]), edge.summary] for edge in report.edges]
    lines = [click.style("Edge cases", bold=True), tabulate(rows, ["tag", "status", "what it probes"])]
    missed = [edge for edge in report.edges if edge.status == "missed"]
    if missed:
        lines.append("")
        lines.append(click.style("Hints for the edge cases you missed", bold=True))
        for edge in missed:
            where = edge.evidence.case.name if edge.evidence else "the property search"
            lines.append(f"  {edge.tag}: {edge.hint} (first failed in {where})")
    return lines


def _problem_ref(report: RunReport) -> str:
    """How to name the problem again: its id in the bank, else the path from here."""
    if report.problem.root.is_relative_to(bank_dir()):
        return report.problem.id
    return os.path.relpath(report.problem.root)


def _next_step(report: RunReport) -> str:
    ref = _problem_ref(report)
    command = f"judge run {ref}"
    if report.verdict is Verdict.AC and report.flags:
        return f"Next: accepted on these cases, but {' and '.join(report.flags)}. Aim for that, then `{command}` again."
    if report.verdict is Verdict.AC:
        return "Next: accepted. Write your own tests in test_solution.py, or try another problem (judge list)."
    if report.solution_label == "the starter":
        return (
            f"Next: this is the untouched starter. Run `judge start {ref}` to get a workspace "
            f"copy, write your solution there, then `{command}`."
        )
    if report.load_error:
        return f"Next: fix the error above so the module loads, then `{command}` again."
    growth = report.complexity
    if report.verdict is Verdict.TLE and growth and growth.flagged and growth.growth_class:
        return (
            f"Next: too slow, and not by a constant: your time grows like {growth.growth_class}, the intended "
            f"solution is {growth.intended}. Rethink the approach, then `{command}` again."
        )
    if report.first_failure is None:
        return f"Next: fix the smallest failing input the search found, then `{command}` again."
    return f"Next: fix the first failing case above, then `{command}` again."


def render(report: RunReport) -> str:
    lines = _header(report)
    if report.load_error:
        lead = "The judge could not start:" if report.verdict is Verdict.IE else "Your solution could not be loaded:"
        lines += ["", click.style(lead, bold=True), f"  {report.load_error}"]
    else:
        lines += ["", _case_table(report)]
        failure = report.first_failure
        if failure:
            lines += [""] + _first_failure(failure)
        if report.search:
            lines += [""] + _search(report)
        if report.timing:
            lines += [""] + _timing(report)
    lines += [""] + _edge_table(report)
    lines += [""] + report.notes + [_next_step(report)]
    return "\n".join(lines)
