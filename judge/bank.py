"""Finding problems: by path, by id, or as problems/<id>, from any directory."""

from __future__ import annotations

from pathlib import Path

from judge.errors import JudgeError, ProblemError
from judge.paths import bank_dir
from judge.problem import Problem, load_problem


def problem_folders(root: Path | None = None) -> list[Path]:
    root = root or bank_dir()
    return sorted(path.parent for path in root.glob("*/*/problem.toml"))


def locate(reference: str) -> Path:
    """The folder of what the user typed, without loading it (`judge validate` reports load errors)."""
    as_path = Path(reference).expanduser()
    if (as_path / "problem.toml").is_file():
        return as_path.resolve()
    wanted = as_path.name
    matches = [folder for folder in problem_folders() if folder.name == wanted]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        names = ", ".join(f"{m.parent.name}/{m.name}" for m in matches)
        raise JudgeError(f"problem id {wanted!r} is ambiguous: {names}; give the full path")
    if as_path.is_dir():
        raise JudgeError(f"{reference}: not a problem folder (no problem.toml)")
    raise JudgeError(f"no problem {reference!r}; `judge list` shows the bank")


def resolve(reference: str) -> Problem:
    """Turn what the user typed into a loaded problem, or one clear line saying what is wrong."""
    return load_problem(locate(reference))


def all_problems() -> tuple[list[Problem], list[str]]:
    """Every loadable problem, and one line per folder that is broken (listed, never fatal)."""
    problems, broken = [], []
    for folder in problem_folders():
        try:
            problems.append(load_problem(folder))
        except ProblemError as exc:
            broken.append(str(exc))
    return problems, broken
