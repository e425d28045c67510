"""What the property search relies on: one predicate per tag that holds on the cases tagged with it,
and a strategy whose draws are valid, small inputs the reference answers."""

from __future__ import annotations

import json
from types import ModuleType

from judge.cases import Case, check_input
from judge.errors import ProblemError
from judge.problem import Problem
from judge.trusted import load_module, run_trusted
from judge.validate.model import Check, error, ok, verdict

PREDICATE_INPUT_LIMIT = 100_000  # predicates serve the search's small inputs
DRAWS = 40
SMALL = 2_000


def predicates(problem: Problem, cases: list[Case], generate: ModuleType) -> Check:
    name = "predicates"
    table = getattr(generate, "PREDICATES", None)
    if not isinstance(table, dict) or set(table) != set(problem.edges):
        have = sorted(table) if isinstance(table, dict) else "none"
        return error(
            name, f"tests/generate.py needs PREDICATES with one entry per tag {sorted(problem.edges)}, has {have}"
        )
    problems = []
    for case in cases:
        if case.input_size() > PREDICATE_INPUT_LIMIT:
            continue
        for tag in case.tags:
            try:
                holds = table[tag](case.input)
            except Exception as exc:
                problems.append(f"PREDICATES[{tag!r}] raises {type(exc).__name__} on {case.name}")
                continue
            if not holds:
                problems.append(f"{case.name} is tagged {tag} but PREDICATES[{tag!r}] is false on it")
    return verdict(name, problems[:3], "hold on every tagged case")


def strategy(problem: Problem, generate: ModuleType) -> Check:
    from hypothesis import HealthCheck, given, settings  # only here: importing hypothesis costs 0.4 s

    name = "search strategy"
    if not hasattr(generate, "STRATEGY"):
        return error(name, "tests/generate.py has PREDICATES but no STRATEGY")
    reference = load_module(problem.reference_path)
    wire = problem.interface.to_wire()

    @settings(max_examples=DRAWS, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(generate.STRATEGY)
    def draws_are_valid(case_input: dict) -> None:
        check_input(case_input, "a STRATEGY draw", problem)
        size = len(json.dumps(case_input))
        if size >= SMALL:
            raise ProblemError(f"a STRATEGY draw is {size} characters; keep search inputs under {SMALL}")
        run_trusted(reference, wire, case_input)

    try:
        draws_are_valid()
    except Exception as exc:  # the failing draw is in the exception's notes
        return error(name, f"{type(exc).__name__}: {exc}".splitlines()[0])
    return ok(name, f"{DRAWS} draws valid and small")


def check(problem: Problem, cases: list[Case]) -> list[Check]:
    if not problem.generator_path.is_file():
        return [ok("property search", "no tests/generate.py: no search")]
    generate = load_module(problem.generator_path)
    if not hasattr(generate, "PREDICATES") and not hasattr(generate, "STRATEGY"):
        return [ok("property search", "no STRATEGY in tests/generate.py: no search")]
    return [predicates(problem, cases, generate), strategy(problem, generate)]
