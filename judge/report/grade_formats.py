"""A graded batch as a table for people, and as CSV, JSON or JUnit XML for spreadsheets and CI."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from judge import strict_json
from judge.grade import Graded
from judge.problem import Problem
from judge.report.text import printable
from judge.verdicts import Verdict

# Characters XML 1.0 cannot hold at all: a submission's message must not make the whole file unreadable.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

MESSAGE_SHOWN = 60
FIELDS = ["submission", "verdict", "passed", "total", "missed_tags", "seconds", "message"]


def row(graded: Graded) -> dict:
    return {
        "submission": str(graded.submission),
        "verdict": graded.verdict.value,
        "passed": graded.passed,
        "total": graded.total,
        "missed_tags": graded.missed,
        "seconds": round(graded.seconds, 2),
        "message": graded.message,
    }


def preview_text(message: str, limit: int = MESSAGE_SHOWN) -> str:
    """One line of a failure for the table; the JSON report has it all."""
    line = printable(message.replace("\n", " "))
    return line if len(line) <= limit else line[: limit - 1] + "…"


def text(rows: list[Graded]) -> str:
    from tabulate import tabulate

    table = [
        [g.submission.name, g.verdict.value, f"{g.passed}/{g.total}", ", ".join(g.missed), f"{g.seconds:.1f}",
         preview_text(g.message)]
        for g in rows
    ]  # fmt: skip
    counts = {}
    for graded in rows:
        counts[graded.verdict.value] = counts.get(graded.verdict.value, 0) + 1
    summary = ", ".join(f"{count} {verdict}" for verdict, count in sorted(counts.items()))
    headers = ["submission", "verdict", "passed", "missed tags", "seconds", "first failure"]
    return f"{tabulate(table, headers, tablefmt='simple')}\n{len(rows)} submissions: {summary}"


def to_csv(rows: list[Graded]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, FIELDS, lineterminator="\n")
    writer.writeheader()
    for graded in rows:
        writer.writerow({**row(graded), "missed_tags": " ".join(graded.missed)})
    return out.getvalue()


def to_json(problem: Problem, rows: list[Graded]) -> str:
    return strict_json.dumps({"problem": problem.id, "submissions": [row(graded) for graded in rows]}, indent=2)


def to_junit(problem: Problem, rows: list[Graded]) -> str:
    """One testcase per submission: a CI dashboard then shows one pass/fail line per student."""
    failed = [g for g in rows if g.verdict is not Verdict.AC and g.verdict is not Verdict.IE]
    errors = [g for g in rows if g.verdict is Verdict.IE]
    suite = ET.Element(
        "testsuite",
        name=f"judge grade {problem.id}",
        tests=str(len(rows)),
        failures=str(len(failed)),
        errors=str(len(errors)),
        time=f"{sum(g.seconds for g in rows):.3f}",
    )
    for graded in rows:
        case = ET.SubElement(
            suite, "testcase", classname=problem.id, name=graded.submission.stem, time=f"{graded.seconds:.3f}"
        )
        if graded.verdict is Verdict.AC:
            continue
        kind = "error" if graded.verdict is Verdict.IE else "failure"
        outcome = ET.SubElement(case, kind, type=graded.verdict.value, message=_NOT_XML.sub("?", graded.message))
        detail = f"{graded.verdict.meaning}: {graded.passed}/{graded.total} cases passed"
        if graded.missed:
            detail += f"; missed edge cases: {', '.join(graded.missed)}"
        outcome.text = detail
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


def write_reports(rows: list[Graded], out: Path) -> list[Path]:
    """One JSON report per submission (docs/report-schema.md), named by its stem, never overwriting
    another submission's report in the same batch."""
    from judge.report.json_report import to_json as report_json

    out.mkdir(parents=True, exist_ok=True)
    written, used = [], set()
    for graded in rows:
        stem, n = graded.submission.stem, 1
        while stem in used:
            n += 1
            stem = f"{graded.submission.stem}-{n}"
        used.add(stem)
        data = report_json(graded.report) if graded.report else row(graded)
        path = out / f"{stem}.json"
        path.write_text(strict_json.dumps(data, indent=2) + "\n", encoding="utf-8")
        written.append(path)
    return written
