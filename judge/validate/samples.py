"""The statement's examples are the samples: same inputs, same outputs, same order."""

from __future__ import annotations

import json
from typing import Any

from judge.cases import Case
from judge.problem import Problem
from judge.validate.examples import ExampleError, parse_examples
from judge.validate.model import Check, error, ok


def _text(value: Any) -> str:
    """Strict JSON text, so that 1 and 1.0, or True and 1, differ."""
    return json.dumps(value, sort_keys=True)


def check(problem: Problem, cases: list[Case]) -> Check:
    name = "samples = statement"
    try:
        examples = parse_examples(problem.statement_path.read_text(encoding="utf-8"))
    except ExampleError as exc:
        return error(name, f"statement.md: {exc}")
    samples = [case for case in cases if case.sample]
    if len(examples) != len(samples):
        return error(name, f"statement.md shows {len(examples)} examples, tests/samples.json has {len(samples)}")
    for example, sample in zip(examples, samples):
        for what, shown, stored in (
            ("input", example.input, sample.input),
            ("output", example.expected, sample.expected),
        ):
            if _text(shown) != _text(stored):
                return error(name, f"{example.label}: statement {what} {_text(shown)} != {sample.name} {_text(stored)}")
    return ok(name, f"{len(samples)} examples")
