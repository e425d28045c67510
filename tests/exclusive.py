"""Tests marked `exclusive` have the machine to themselves, also when xdist runs the suite on every core.

Each test holds a shared lock on one file for the run while it runs (setup, call and teardown); an
exclusive test holds it alone, so the other workers wait between their tests while it runs and it
never measures its timing beside theirs. A second lock, taken briefly by every test before its share,
lets a waiting exclusive test in first: otherwise workers that never pause together could keep it
waiting for the whole run. Without xdist there is nothing to share and nothing is locked.

Waiting for the machine costs a core for as long as the other worker's test has left to run, so the
exclusive tests come first in the collection, one after another, and a worker that runs two of them
in a row keeps the machine between them: the wait is paid once, not once per test. Tests marked
`before_exclusive` (measuring what the exclusive ones read, beside the other workers) come before them.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
from pathlib import Path

import pytest

MARKER = "exclusive"
BEFORE = "before_exclusive"


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: needs the machine to itself (timing under load)")
    config.addinivalue_line("markers", f"{BEFORE}: prepares what the exclusive tests read; runs before them")


def _exclusive(item) -> bool:
    return item.get_closest_marker(MARKER) is not None


def pytest_collection_modifyitems(items) -> None:
    def rank(item) -> int:
        return 0 if item.get_closest_marker(BEFORE) else 1 if _exclusive(item) else 2

    items.sort(key=rank)  # stable: each group keeps its own order


class _Locks:
    """The run's two lock files, opened once per worker (flock locks belong to an open file)."""

    def __init__(self, run_id: str) -> None:
        folder = Path(tempfile.gettempdir())
        self.turnstile = os.open(folder / f"pytest-{run_id}.turnstile", os.O_RDWR | os.O_CREAT, 0o600)
        self.share = os.open(folder / f"pytest-{run_id}.share", os.O_RDWR | os.O_CREAT, 0o600)
        self.exclusive: bool | None = None  # what this worker holds: None for nothing

    def take(self, exclusive: bool) -> None:
        if self.exclusive == exclusive:
            return
        self.release()
        fcntl.flock(self.turnstile, fcntl.LOCK_EX)
        try:
            fcntl.flock(self.share, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        finally:
            if not exclusive:  # an exclusive test keeps the turnstile, so no new test starts meanwhile
                fcntl.flock(self.turnstile, fcntl.LOCK_UN)
        self.exclusive = exclusive

    def release(self) -> None:
        if self.exclusive is None:
            return
        fcntl.flock(self.share, fcntl.LOCK_UN)
        if self.exclusive:
            fcntl.flock(self.turnstile, fcntl.LOCK_UN)
        self.exclusive = None


_LOCKS: list[_Locks] = []


def _locks() -> _Locks | None:
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID")  # the same in every worker of one run
    if run_id is None:
        return None
    if not _LOCKS:
        _LOCKS.append(_Locks(run_id))
    return _LOCKS[0]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    locks = _locks()
    if locks is None:
        yield
        return
    locks.take(exclusive=_exclusive(item))
    try:
        yield
    finally:
        if not (_exclusive(item) and nextitem is not None and _exclusive(nextitem)):
            locks.release()
