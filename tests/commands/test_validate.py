"""`judge validate` usage: one problem or --all, and a clear line otherwise."""

from __future__ import annotations

import pytest

from tests.conftest import judge_process


@pytest.mark.parametrize("args", [(), ("two_sum", "--all")])
def test_one_problem_or_all(args):
    result = judge_process("validate", *args)
    assert (result.returncode, result.stderr) == (2, "judge: give one PROBLEM or --all\n")


def test_an_unknown_problem():
    result = judge_process("validate", "no_such_problem")
    assert (result.returncode, result.stderr) == (
        2,
        "judge: no problem 'no_such_problem'; `judge list` shows the bank\n",
    )
