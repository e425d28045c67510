"""The JSON report; its schema is schema/run.json, described in docs/report-schema.md."""

from __future__ import annotations

from typing import Any

from judge import strict_json
from judge.engine import CaseResult, RunReport
from judge.paths import bank_dir
from judge.report import input_shown
from judge.search import Counterexample

SCHEMA_ID = "judge.run/1"


def _case(result: CaseResult) -> dict[str, Any]:
    run = result.run
    data: dict[str, Any] = {
        "name": result.case.name,
        "sample": result.case.sample,
        "verdict": result.verdict.value,
        "message": result.message,
        "tags": list(result.case.tags),
        "cpu_ms": run.cpu_ms if run else None,
        "wall_ms": run.wall_ms if run else None,
        "peak_kb": run.peak_kb if run else None,
        "limit_s": result.limit_s,
        "stdout": run.stdout if run else "",
        "stderr": run.stderr if run else "",
    }
    if input_shown(result) and result.failed:
        data.update(input=result.case.input, expected=result.case.expected, got=result.got)
    if result.hints:
        data["hints"] = result.hints
    return data


def _counterexample(found: Counterexample) -> dict[str, Any]:
    outcome = found.outcome
    return {
        "kind": found.kind,
        "verdict": outcome.verdict.value,
        "message": outcome.message,
        "input": found.input,
        "expected": outcome.expected,
        "got": outcome.got,
        "tags": found.tags,
        "hints": found.hints,
    }


def _search(report: RunReport) -> dict[str, Any] | None:
    if report.search is None:
        return None
    return {
        "examples": report.search.examples,
        "seconds": round(report.search.seconds, 3),
        "counterexamples": [_counterexample(found) for found in report.search.counterexamples],
    }


def _timing(report: RunReport) -> dict[str, Any] | None:
    timing = report.timing
    if timing is None:
        return None
    memory = timing.memory
    return {
        "total_cpu_ms": timing.total_cpu_ms,
        "slowest_case": timing.slowest_case,
        "slowest_cpu_ms": timing.slowest_cpu_ms,
        "peak_kb": timing.peak_kb,
        "limit_floor_s": timing.floor_s,
        "limit_multiplier": timing.multiplier,
        "largest_limit_s": timing.largest_limit_s,
        "calibrated": timing.calibrated,
        "reference_cached": timing.reference_cached,
        "perf_cpu_ms": timing.perf_cpu_ms,
        "reference_perf_cpu_ms": timing.reference_perf_cpu_ms,
        "ratio_to_reference": round(timing.ratio, 3) if timing.ratio is not None else None,
        "memory": None
        if memory is None
        else {
            "status": memory.status,
            "message": memory.message,
            "stream_length": memory.length,
            "growth_kb": memory.growth_kb,
            "reference_growth_kb": memory.reference_growth_kb,
            "peak_kb": memory.peak_kb,
        },
    }


def _complexity(report: RunReport) -> dict[str, Any] | None:
    estimate = report.complexity
    if estimate is None:
        return None
    return {
        "status": estimate.status,
        "class": estimate.growth_class,
        "intended": estimate.intended,
        "exponent": round(estimate.exponent, 3) if estimate.exponent is not None else None,
        "exponent_stderr": round(estimate.stderr, 3) if estimate.stderr is not None else None,
        "reference_exponent": (
            round(estimate.reference_exponent, 3) if estimate.reference_exponent is not None else None
        ),
        "confidence": estimate.confidence,
        "flagged": estimate.flagged,
        "message": estimate.message,
        "points": [{"n": n, "cpu_ms": round(ms, 3)} for n, ms in estimate.points],
    }


def _evidence(edge) -> str | None:
    if edge.evidence:
        return edge.evidence.case.name
    return "property search" if edge.counterexample else None


def _problem_path(report: RunReport) -> str:
    try:
        return str(report.problem.root.relative_to(bank_dir().parent))
    except ValueError:
        return str(report.problem.root)


def to_json(report: RunReport) -> dict[str, Any]:
    problem = report.problem
    first = report.first_failure
    return {
        "schema": SCHEMA_ID,
        "problem": {
            "id": problem.id,
            "title": problem.title,
            "category": problem.category,
            "difficulty": problem.difficulty,
            "path": _problem_path(report),
        },
        "solution": {"path": str(report.solution), "label": report.solution_label},
        "sandbox": report.isolation.to_json(),
        "verdict": report.verdict.value,
        "verdict_meaning": report.verdict.meaning,
        "passed": report.passed,
        "total": len(report.results),
        "elapsed_s": round(report.elapsed_s, 3),
        "load_error": report.load_error,
        "first_failure": first.case.name if first else None,
        "cases": [_case(result) for result in report.results],
        "edge_cases": [
            {
                "tag": edge.tag,
                "summary": edge.summary,
                "status": edge.status,
                "hint": edge.hint if edge.status == "missed" else None,
                "evidence": _evidence(edge),
            }
            for edge in report.edges
        ],
        "counterexample": _counterexample(found[0]) if (found := _found(report)) else None,
        "search": _search(report),
        "timing": _timing(report),
        "complexity": _complexity(report),
        "flags": report.flags,
        "notes": report.notes,
    }


def _found(report: RunReport) -> list[Counterexample]:
    return report.search.counterexamples if report.search else []


def render(report: RunReport, session: dict[str, Any] | None = None) -> str:
    """SESSION, the practice clock at this run, is added only while a session is running."""
    data = to_json(report)
    if session is not None:
        data["session"] = session
    return strict_json.dumps(data, indent=2, ensure_ascii=False)
