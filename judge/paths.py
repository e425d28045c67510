"""Where the bank and the runner live: beside the package in a checkout, inside it when installed."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT_ROOT = PACKAGE_DIR.parent
_INSTALLED_DATA = PACKAGE_DIR / "_data"


def _data_root() -> Path:
    if (_CHECKOUT_ROOT / "sandbox" / "runner.py").is_file():
        return _CHECKOUT_ROOT
    return _INSTALLED_DATA


def bank_dir() -> Path:
    """The problem bank; JUDGE_PROBLEMS points elsewhere (an instructor's own bank)."""
    override = os.environ.get("JUDGE_PROBLEMS")
    return Path(override).resolve() if override else _data_root() / "problems"


def runner_path() -> Path:
    return _data_root() / "sandbox" / "runner.py"


def cache_dir() -> Path:
    if os.environ.get("JUDGE_CACHE"):
        return Path(os.environ["JUDGE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "judge"


def home_dir() -> Path:
    """Where practice sessions are kept (JUDGE_HOME); by default the user data directory, as XDG says."""
    if os.environ.get("JUDGE_HOME"):
        return Path(os.environ["JUDGE_HOME"]).expanduser()
    base = os.environ.get("XDG_DATA_HOME")
    return (Path(base) if base else Path.home() / ".local" / "share") / "judge"


def workspace_root() -> Path:
    override = os.environ.get("JUDGE_WORKSPACE")
    return Path(override).expanduser() if override else Path.home() / "judge-workspace"
