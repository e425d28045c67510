"""The session database: migrations keep past sessions, bad files are refused clearly and never lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from judge.practice import session, store
from judge.practice.store import Attempt
from judge.problem import load_problem
from tests.commands.test_cli import one_clear_line
from tests.conftest import ADD_NUMBERS, FIXTURES, REPO, judge_process

BANK = {"JUDGE_PROBLEMS": str(FIXTURES)}


def one_session() -> int:
    with store.transaction() as db:
        return session.start(db, [load_problem(ADD_NUMBERS)], 5, 1_700_000_000.0).id


def test_a_new_migration_keeps_past_sessions(monkeypatch):
    kept = one_session()
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, ("ALTER TABLE sessions ADD COLUMN note TEXT",)])
    with store.transaction() as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        assert [tuple(row) for row in db.execute("SELECT id, note FROM sessions")] == [(kept, None)]


def test_a_failing_migration_changes_nothing(monkeypatch):
    kept = one_session()
    broken = ("ALTER TABLE sessions ADD COLUMN note TEXT", "CREATE TABLE sessions (id)")
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, broken])
    with pytest.raises(sqlite3.OperationalError, match="already exists"), store.transaction():
        pass
    db = sqlite3.connect(store.db_path())
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert [row[1] for row in db.execute("PRAGMA table_info(sessions)")] == [
        "id", "started_at", "minutes", "ended_at", "warned_mark"
    ]  # fmt: skip
    assert db.execute("SELECT id FROM sessions").fetchall() == [(kept,)]


def test_a_newer_schema_is_refused_and_left_untouched():
    one_session()
    newer = sqlite3.connect(store.db_path(), isolation_level=None)
    newer.execute("PRAGMA user_version = 7")
    newer.close()  # the last connection to close checkpoints the WAL into the file
    before = store.db_path().read_bytes()
    result = judge_process("status")
    assert result.returncode == 2
    line = one_clear_line(result)
    assert f"{store.db_path()} was written by judge 0.1.0 (schema 7)" in line and "Use that judge or newer" in line
    assert store.db_path().read_bytes() == before


def test_a_corrupt_database_is_moved_aside_and_a_fresh_one_started():
    store.db_path().parent.mkdir(parents=True)
    store.db_path().write_bytes(b"these are not the sessions you are looking for" * 100)
    result = judge_process("status")
    assert result.returncode == 2
    line = one_clear_line(result)
    (moved,) = store.db_path().parent.glob("sessions.db.corrupt-*")
    assert f"the session database {store.db_path()} is damaged" in line and f"moved aside to {moved}" in line
    assert moved.read_bytes().startswith(b"these are not the sessions")
    assert judge_process("practice", "add_numbers", env=BANK).returncode == 0


def test_a_broken_database_never_fails_a_run():
    store.db_path().parent.mkdir(parents=True)
    store.db_path().write_bytes(b"\0garbage" * 512)
    result = judge_process("run", "add_numbers", "--no-search", env=BANK)
    assert result.returncode == 1 and "verdict   RE" in result.stdout  # the starter, judged as always
    assert one_clear_line(result).startswith("judge: this attempt was not recorded in your practice session:")


RECORDER = """
import sys
from judge.practice import recording
from judge.practice.store import Attempt
for _ in range(40):
    assert recording.record(Attempt("add_numbers", "run", "WA", 1, 4, ("negatives", "zero"))) is not None
"""


def test_two_commands_at_once_both_record_everything():
    session_id = one_session()
    writers = [subprocess.Popen([sys.executable, "-c", RECORDER], cwd=REPO) for _ in range(2)]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    with store.transaction() as db:
        attempts = store.attempts_of(db, session_id)
    assert len(attempts) == 80 and all(a["tags"] == ["negatives", "zero"] for a in attempts)


def test_an_attempt_outside_the_session_is_not_recorded():
    session_id = one_session()
    with store.transaction() as db:
        store.insert_attempt(db, session_id, 1.0, False, Attempt("add_numbers", "run", "AC", 4, 4, ()))
    from judge.practice import recording

    mark = recording.record(Attempt("two_sum", "run", "AC", 4, 4, ()))
    assert mark is not None and not mark.recorded and "two_sum is not part of this session" in mark.header()
    with store.transaction() as db:
        assert [a["problem_id"] for a in store.attempts_of(db, session_id)] == ["add_numbers"]
