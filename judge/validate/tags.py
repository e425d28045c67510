"""The edge-case catalogue: every tag is explained, probed by a hidden case, and missed by a known bug."""

from __future__ import annotations

from judge.cases import Case
from judge.problem import Problem
from judge.validate.model import Check, error, ok


def check(problem: Problem, cases: list[Case]) -> list[Check]:
    probed = {tag for case in cases if not case.sample for tag in case.tags}
    missed_by = {wrong.misses for wrong in problem.wrong}
    checks = []
    for tag, edge in problem.edges.items():
        gaps = []
        if not edge.summary.strip():
            gaps.append("an empty summary")
        if not edge.hint.strip():
            gaps.append("an empty hint")
        if tag not in probed:
            gaps.append("no hidden case tagged with it")
        if tag not in missed_by:
            gaps.append("no wrong solution that misses it (add one under wrong/ and [wrong.NAME] misses = ...)")
        checks.append(error(f"tag {tag}", "has " + ", ".join(gaps)) if gaps else ok(f"tag {tag}"))
    return checks
