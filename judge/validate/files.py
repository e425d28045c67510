"""Files and schema: the folder loads, no author marker is left, and its id is unique in the bank."""

from __future__ import annotations

from pathlib import Path

from judge.bank import problem_folders
from judge.errors import ProblemError
from judge.problem import Problem, load_problem
from judge.validate.model import Check, error, ok

MARKER = "TODO(author)"
TEXT_SUFFIXES = {".toml", ".md", ".py", ".json"}


def unfilled_markers(root: Path) -> list[Check]:
    """One error per marker that `judge new` left, with its file and line."""
    checks = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in TEXT_SUFFIXES or not path.is_file() or "__pycache__" in path.parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if MARKER in line:
                where = f"{path.relative_to(root)}:{number}"
                checks.append(error("unfilled marker", f"{where}: {line.strip()}"))
    return checks


def unique_id(root: Path) -> Check:
    others = [folder for folder in problem_folders() if folder.name == root.name and folder != root]
    if others:
        where = ", ".join(f"{folder.parent.name}/{folder.name}" for folder in others)
        return error("unique id", f"the id {root.name!r} is also used by {where}")
    return ok("unique id")


def load(root: Path) -> tuple[Problem | None, list[Check]]:
    """The loaded problem (None when it cannot load), and the checks that decided it."""
    checks = unfilled_markers(root)
    try:
        problem = load_problem(root)
    except ProblemError as exc:
        return None, [*checks, error("files and schema", str(exc))]
    checks += [ok("files and schema", "problem.toml, required files, declared wrong solutions"), unique_id(root)]
    return problem, checks
