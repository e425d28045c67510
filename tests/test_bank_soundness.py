"""Every problem in the bank is sound: its accepted solutions pass, each wrong one fails on its tag.

Until `judge validate` exists this is the bank's proof, run through the real sandbox.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from judge.bank import all_problems
from judge.cases import check_input, load_cases
from judge.engine import judge
from judge.trusted import load_module, run_trusted
from judge.verdicts import Verdict

PROBLEMS, BROKEN = all_problems()


def test_the_bank_loads():
    assert BROKEN == []
    assert len(PROBLEMS) >= 4


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_catalogue_is_covered(problem):
    hidden = [case for case in load_cases(problem) if not case.sample]
    probed = {tag for case in hidden for tag in case.tags}
    missed_by_some_wrong = {wrong.misses for wrong in problem.wrong}
    assert set(problem.edges) == probed, "every tag needs a hidden case"
    assert set(problem.edges) == missed_by_some_wrong, "every tag needs a wrong solution that misses it"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_predicates_hold_where_cases_are_tagged(problem):
    generate = load_module(problem.generator_path)
    assert set(generate.PREDICATES) == set(problem.edges), "one predicate per edge tag"
    for case in load_cases(problem):
        if case.input_size() > 100_000:  # predicates serve the search's small inputs
            continue
        for tag in case.tags:
            assert generate.PREDICATES[tag](case.input), f"{case.name} is tagged {tag} but does not exhibit it"


@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_strategy_draws_valid_small_inputs(problem):
    generate = load_module(problem.generator_path)
    reference = load_module(problem.reference_path)

    @settings(max_examples=40, derandomize=True, database=None, deadline=None)
    @given(generate.STRATEGY)
    def draws_run_on_the_reference(case_input):
        check_input(case_input, "a STRATEGY draw", problem)
        assert len(json.dumps(case_input)) < 2_000, "search inputs should be small enough to read"
        run_trusted(reference, problem.interface.to_wire(), case_input)

    draws_run_on_the_reference()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("problem", "solution"),
    [(p, path) for p in PROBLEMS for path in [p.reference_path, *p.accepted_paths]],
    ids=lambda value: getattr(value, "id", None) or value.name,
)
def test_accepted_solutions_pass(problem, solution):
    report = judge(problem, solution, "accepted", search_budget_s=None, growth_budget_s=None)
    failures = [(r.case.name, r.verdict.value, r.message) for r in report.results if r.verdict is not Verdict.AC]
    assert report.verdict is Verdict.AC, failures


@pytest.mark.slow
@pytest.mark.parametrize(
    ("problem", "wrong"),
    [(p, wrong) for p in PROBLEMS for wrong in p.wrong],
    ids=lambda value: getattr(value, "id", None) or value.name,
)
def test_wrong_solutions_miss_their_tag(problem, wrong):
    report = judge(problem, wrong.path, "wrong", search_budget_s=None, growth_budget_s=None)
    missed = [edge.tag for edge in report.edges if edge.status == "missed"]
    assert report.verdict is not Verdict.AC
    assert missed == [wrong.misses]
