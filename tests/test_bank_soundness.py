"""Every problem in the bank is sound: `judge validate` finds no error in it.

The validator judges each accepted and wrong solution once, in the real sandbox, and checks the
rest on the host (samples, expected values, tags, predicates, strategy, checker). Each problem is
validated once per run: the Docker parity test reads the same native verdicts (tests/validations.py).
"""

from __future__ import annotations

import pytest

from judge.bank import all_problems
from tests.validations import validation_of

PROBLEMS, BROKEN = all_problems()


def test_the_bank_loads():
    assert BROKEN == []
    assert len(PROBLEMS) >= 4


@pytest.mark.slow
@pytest.mark.parametrize("problem", PROBLEMS, ids=lambda p: p.id)
def test_the_problem_validates(problem):
    assert validation_of(problem)["errors"] == []
