"""The session database: SQLite under JUDGE_HOME, migrated in order, never lost to a crash or a bad file.

Every change happens inside one `BEGIN IMMEDIATE` transaction, so a judge killed part-way leaves the
database as it was before the change, and two commands at once wait for each other (WAL, busy timeout).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from judge import __version__
from judge.errors import JudgeError
from judge.paths import home_dir

DB_NAME = "sessions.db"
BUSY_TIMEOUT_S = 15.0
# SQLite's primary result codes for a damaged file; anything else (busy, locked, full) is not corruption.
CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}

# Schema version N is reached by running MIGRATIONS[N-1]; append, never edit a released one.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_at REAL NOT NULL,
            minutes REAL NOT NULL CHECK (minutes > 0),
            ended_at REAL,
            warned_mark INTEGER
        )""",
        "CREATE UNIQUE INDEX one_active_session ON sessions ((ended_at IS NULL)) WHERE ended_at IS NULL",
        """CREATE TABLE session_problems (
            session_id INTEGER NOT NULL REFERENCES sessions (id),
            position INTEGER NOT NULL,
            problem_id TEXT NOT NULL,
            title TEXT NOT NULL,
            suggested_minutes INTEGER NOT NULL,
            PRIMARY KEY (session_id, problem_id)
        )""",
        """CREATE TABLE pauses (
            session_id INTEGER NOT NULL REFERENCES sessions (id),
            paused_at REAL NOT NULL,
            resumed_at REAL
        )""",
        """CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL,
            problem_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('run', 'test')),
            at REAL NOT NULL,
            elapsed_s REAL NOT NULL,
            overtime INTEGER NOT NULL,
            verdict TEXT NOT NULL,
            passed INTEGER,
            total INTEGER,
            growth_class TEXT,
            FOREIGN KEY (session_id, problem_id) REFERENCES session_problems (session_id, problem_id)
        )""",
        """CREATE TABLE attempt_tags (
            attempt_id INTEGER NOT NULL REFERENCES attempts (id),
            tag TEXT NOT NULL,
            PRIMARY KEY (attempt_id, tag)
        )""",
    ),
]


def db_path() -> Path:
    return home_dir() / DB_NAME


def exists() -> bool:
    """Cheap enough for every `judge run`: no session was ever started without this file."""
    return db_path().is_file()


def _set_aside(path: Path) -> Path:
    """Move a damaged database and its WAL out of the way under one name; never delete them."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(f"{target}{suffix}")
    return target


def _written_by(db: sqlite3.Connection) -> str:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'written_by'").fetchone()
    except sqlite3.DatabaseError:
        return "a newer judge"
    return f"judge {row[0]}" if row else "a newer judge"


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to date in one transaction: a failed migration changes nothing."""
    known = len(MIGRATIONS)
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > known:
        raise JudgeError(
            f"{path} was written by {_written_by(db)} (schema {found}); this judge {__version__} knows "
            f"schema {known}. Use that judge or newer (pip install -U judge); the file was left untouched."
        )
    if found == known:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        found = db.execute("PRAGMA user_version").fetchone()[0]  # another judge may have migrated meanwhile
        for statements in MIGRATIONS[found:]:
            for statement in statements:
                db.execute(statement)
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('written_by', ?)", (__version__,))
        db.execute(f"PRAGMA user_version = {known}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        db.row_factory = sqlite3.Row
        _migrate(db, path)
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        db.close()
        raise
    return db


def _is_corrupt(exc: sqlite3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # raised by _connect's own check
        return str(exc) == "quick_check failed"
    return code & 0xFF in CORRUPT_CODES


@contextmanager
def transaction() -> Iterator[sqlite3.Connection]:
    """One atomic change (or consistent read) of the session database, with clear errors for bad files."""
    path = db_path()
    try:
        db = _connect(path)
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        finally:
            db.close()
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise JudgeError(f"the session database {path} is busy (another judge is writing); try again") from exc
        raise
    except sqlite3.DatabaseError as exc:
        if not _is_corrupt(exc):
            raise
        moved = _set_aside(path)
        raise JudgeError(
            f"the session database {path} is damaged ({exc}); it was moved aside to {moved} (nothing was "
            "deleted) and the next judge command starts a fresh one"
        ) from exc


@dataclass(frozen=True)
class Attempt:
    """One `judge run` (verdict AC/WA/…, passed/total cases) or `judge test` (valid/invalid, caught/total bugs)."""

    problem_id: str
    kind: str
    verdict: str
    passed: int | None
    total: int | None
    tags: tuple[str, ...]
    growth_class: str | None = None


def insert_attempt(db: sqlite3.Connection, session_id: int, elapsed_s: float, overtime: bool, attempt: Attempt) -> int:
    cursor = db.execute(
        "INSERT INTO attempts (session_id, problem_id, kind, at, elapsed_s, overtime, verdict, passed, total,"
        " growth_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (session_id, attempt.problem_id, attempt.kind, time.time(), elapsed_s, int(overtime), attempt.verdict,
         attempt.passed, attempt.total, attempt.growth_class),
    )  # fmt: skip
    db.executemany(
        "INSERT OR IGNORE INTO attempt_tags (attempt_id, tag) VALUES (?, ?)",
        [(cursor.lastrowid, tag) for tag in attempt.tags],
    )
    return cursor.lastrowid


def attempts_of(db: sqlite3.Connection, session_id: int) -> list[dict]:
    """A session's attempts in order, each with its tags as a list."""
    rows = db.execute(
        "SELECT a.*, (SELECT json_group_array(tag) FROM attempt_tags WHERE attempt_id = a.id) AS tags"
        " FROM attempts a WHERE session_id = ? ORDER BY a.id",
        (session_id,),
    ).fetchall()
    return [{**dict(row), "tags": json.loads(row["tags"]), "overtime": bool(row["overtime"])} for row in rows]
