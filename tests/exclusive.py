"""Tests marked `exclusive` have the machine to themselves, also when xdist runs the suite on every core.

Each test holds a shared lock on one file for the run while each of its phases runs (setup, call,
teardown); an exclusive test holds it alone for its call, so the other workers wait between their
tests while it runs and it never measures its timing beside theirs. Its setup and teardown share the
machine: a fixture that only prepares (measuring a reference, say) keeps nobody waiting. A second
lock, taken briefly by every test before its share, lets a waiting exclusive test in first: otherwise
workers that never pause together could keep it waiting for the whole run. Without xdist there is
nothing to share and nothing is locked.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

MARKER = "exclusive"


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: needs the machine to itself (timing under load)")


class _Locks:
    """The run's two lock files, opened once per worker (flock locks belong to an open file)."""

    def __init__(self, run_id: str) -> None:
        folder = Path(tempfile.gettempdir())
        self.turnstile = os.open(folder / f"pytest-{run_id}.turnstile", os.O_RDWR | os.O_CREAT, 0o600)
        self.share = os.open(folder / f"pytest-{run_id}.share", os.O_RDWR | os.O_CREAT, 0o600)

    @contextlib.contextmanager
    def held(self, exclusive: bool) -> Iterator[None]:
        fcntl.flock(self.turnstile, fcntl.LOCK_EX)
        try:
            fcntl.flock(self.share, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        finally:
            if not exclusive:  # an exclusive test keeps the turnstile, so no new test starts meanwhile
                fcntl.flock(self.turnstile, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(self.share, fcntl.LOCK_UN)
            if exclusive:
                fcntl.flock(self.turnstile, fcntl.LOCK_UN)


_LOCKS: list[_Locks] = []


def _locks() -> _Locks | None:
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID")  # the same in every worker of one run
    if run_id is None:
        return None
    if not _LOCKS:
        _LOCKS.append(_Locks(run_id))
    return _LOCKS[0]


def _held(exclusive: bool):
    locks = _locks()
    return contextlib.nullcontext() if locks is None else locks.held(exclusive)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    with _held(exclusive=False):
        yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    with _held(exclusive=item.get_closest_marker(MARKER) is not None):
        yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    with _held(exclusive=False):
        yield
