"""JUDGE_SCOPE: one name on everything a judge makes on the machine (pids cgroups, stage folders,
containers), so judges running side by side (a test runner's workers, graders sharing a host) can
each find what they left behind without mistaking another's work in progress for it."""

from __future__ import annotations

import os
import re

from judge.errors import JudgeError

_VALID = re.compile(r"[A-Za-z0-9_.-]{1,64}")


def scope() -> str:
    """The scope's name, or "" when none is set."""
    name = os.environ.get("JUDGE_SCOPE", "")
    if name and not _VALID.fullmatch(name):
        raise JudgeError(f"JUDGE_SCOPE={name!r} is not a valid scope: use up to 64 letters, digits, '.', '_' or '-'")
    return name


def prefix(start: str = "") -> str:
    """A name's beginning inside the scope: `start` then "<scope>-", or `start` alone without one."""
    current = scope()
    return f"{start}{current}-" if current else start
