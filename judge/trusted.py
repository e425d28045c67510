"""Trusted code on the host: the reference, generators and checker, and the runner's own helpers.

The host imports sandbox/runner.py for `execute` and `encode`, so the reference is called exactly
the way the sandbox calls a submission.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from judge.errors import ProblemError
from judge.paths import runner_path

_unique = itertools.count()


def load_module(path: Path) -> ModuleType:
    """Import a trusted file under a private name; its failure is the problem's fault."""
    spec = importlib.util.spec_from_file_location(f"_judge_trusted_{next(_unique)}", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise ProblemError(f"{path}: failed to load: {type(exc).__name__}: {exc}") from None
    return module


@cache
def runner() -> ModuleType:
    return load_module(runner_path())


def run_trusted(module: ModuleType, interface: dict, case_input: dict) -> Any:
    """Call a trusted solution and return its result as JSON values, as the sandbox would."""
    value = runner().execute(vars(module), interface, case_input)
    return json.loads(runner().encode(value))
