"""The clock: paused time does not count, overtime is negative time left, warnings come once each."""

from __future__ import annotations

import random

import pytest

from judge.errors import JudgeError
from judge.practice import session, store
from judge.problem import load_problem
from tests.conftest import ADD_NUMBERS

T0 = 1_700_000_000.0


def clock(minutes: float, pauses=(), ended_at=None) -> session.Session:
    return session.Session(1, T0, minutes, ended_at, (), tuple(pauses))


def test_elapsed_is_wall_time_minus_the_pauses():
    paused_twice = clock(10, pauses=[(T0 + 60, T0 + 120), (T0 + 300, None)])
    assert paused_twice.paused
    assert paused_twice.elapsed_s(T0 + 400) == 240  # 400 s, less 60 s and the 100 s of the open pause
    assert paused_twice.left_s(T0 + 400) == 360


def test_overtime_is_negative_time_left_and_an_ended_clock_stands_still():
    ended = clock(1, ended_at=T0 + 90)
    assert ended.left_s(T0 + 1000) == -30
    assert session.clock_text(-30) == "00:30" and session.clock_text(3723) == "1:02:03"


def test_pause_and_resume_are_recorded_and_refused_twice():
    problem = load_problem(ADD_NUMBERS)
    with store.transaction() as db:
        session.start(db, [problem], None, T0)
        paused = session.pause(db, T0 + 10)
        with pytest.raises(JudgeError, match="already paused"):
            session.pause(db, T0 + 11)
        resumed = session.resume(db, T0 + 70)
        with pytest.raises(JudgeError, match="not paused"):
            session.resume(db, T0 + 71)
    assert paused.paused and not resumed.paused
    assert resumed.pauses == ((T0 + 10, T0 + 70),)
    assert resumed.minutes == problem.suggested_minutes and resumed.elapsed_s(T0 + 100) == 40


def test_each_warning_is_given_once_and_only_by_a_session_longer_than_it():
    problem = load_problem(ADD_NUMBERS)
    with store.transaction() as db:
        twelve = session.start(db, [problem], 12, T0)
        assert session.warning(db, twelve, T0 + 60) is None
        assert session.warning(db, twelve, T0 + 150) == "10 minutes left in session 1 (09:30)."
        assert session.warning(db, twelve, T0 + 160) is None
        assert session.warning(db, twelve, T0 + 450) == "5 minutes left in session 1 (04:30)."
        assert session.warning(db, twelve, T0 + 800) is None  # overtime: the header says so instead
        session.end(db, T0 + 800)
        short = session.start(db, [problem], 4, T0)
        assert session.warning(db, short, T0 + 60) is None  # 3 minutes left of 4: no mark was crossed


def test_picking_filters_and_skips_the_solved():
    bank = [load_problem(ADD_NUMBERS)]
    assert session.pick(bank, 3, "hashmaps", "easy", set(), random.Random(0)) == bank
    with pytest.raises(JudgeError, match="no unsolved problems left to pick .*--include-solved"):
        session.pick(bank, 1, None, None, {"add_numbers"}, random.Random(0))
    with pytest.raises(JudgeError, match="no hard trees problems left to pick;"):
        session.pick(bank, 1, "trees", "hard", set(), random.Random(0))
