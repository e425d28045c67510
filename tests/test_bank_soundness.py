"""Every problem in the bank is sound: its accepted solutions pass, each wrong one fails on its tag.

Until `judge validate` exists this is the bank's proof, run through the real sandbox.
"""

from __future__ import annotations

import pytest

from judge.bank import all_problems
from judge.cases import load_cases
from judge.engine import judge
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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("problem", "solution"),
    [(p, path) for p in PROBLEMS for path in [p.reference_path, *p.accepted_paths]],
    ids=lambda value: getattr(value, "id", None) or value.name,
)
def test_accepted_solutions_pass(problem, solution):
    report = judge(problem, solution, "accepted", search_budget_s=None)
    failures = [(r.case.name, r.verdict.value, r.message) for r in report.results if r.verdict is not Verdict.AC]
    assert report.verdict is Verdict.AC, failures


@pytest.mark.slow
@pytest.mark.parametrize(
    ("problem", "wrong"),
    [(p, wrong) for p in PROBLEMS for wrong in p.wrong],
    ids=lambda value: getattr(value, "id", None) or value.name,
)
def test_wrong_solutions_miss_their_tag(problem, wrong):
    report = judge(problem, wrong.path, "wrong", search_budget_s=None)
    missed = [edge.tag for edge in report.edges if edge.status == "missed"]
    assert report.verdict is not Verdict.AC
    assert missed == [wrong.misses]
