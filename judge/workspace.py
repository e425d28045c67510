"""The candidate's workspace: a solution.py to edit and a test_solution.py built from the samples."""

from __future__ import annotations

import shutil
from pathlib import Path

from judge.cases import Case, load_cases
from judge.paths import workspace_root
from judge.problem import Problem


def workspace(problem: Problem) -> Path:
    return workspace_root() / problem.id


def default_solution(problem: Problem) -> tuple[Path, str]:
    """The workspace copy if the candidate has one, else the starter; the label says which."""
    candidate = workspace(problem) / "solution.py"
    if candidate.is_file():
        return candidate, "your workspace copy"
    return problem.starter_path, "the starter"


def _test_for(problem: Problem, case: Case, index: int) -> list[str]:
    interface = problem.interface
    name = f"test_sample_{index}"
    if interface.kind == "class":
        lines = [f"def {name}():", f"    obj = {interface.name}(*{case.input['args'][0]!r})"]
        for op, args, expected in zip(case.input["ops"][1:], case.input["args"][1:], case.expected[1:]):
            call = f"obj.{op}(*{args!r})"
            lines.append(
                f"    assert {call} is None" if expected is None else f"    assert _plain({call}) == {expected!r}"
            )
        return lines
    args = ", ".join(
        f"{param}=build_tree({value!r})" if interface.types.get(param) == "tree" else f"{param}={value!r}"
        for param, value in case.input["args"].items()
    )
    return [f"def {name}():", f"    assert _plain({interface.name}({args})) == {case.expected!r}"]


def sample_tests(problem: Problem) -> str:
    interface = problem.interface
    names = [interface.name] + (["TreeNode"] if "tree" in interface.types.values() else [])
    lines = [
        f'"""Your tests for {problem.id}: the statement\'s examples to start from. Add your own edge cases.',
        "",
        f'Run them with `pytest`, or judge them with `judge test {problem.id}`."""',
        "",
        f"from solution import {', '.join(names)}",
        "",
        "",
        "def _plain(value):",
        '    """Tuples compare equal to lists, as in the judge."""',
        "    if isinstance(value, (list, tuple)):",
        "        return [_plain(item) for item in value]",
        "    return value",
        "",
    ]
    if "tree" in interface.types.values():
        lines += [
            "",
            "def build_tree(values):",
            '    """A tree from a level-order list with None gaps, as the judge builds it."""',
            "    if not values or values[0] is None:",
            "        return None",
            "    root = TreeNode(values[0])",
            "    frontier, index = [root], 1",
            "    for node in frontier:",
            "        for side in ('left', 'right'):",
            "            if index < len(values) and values[index] is not None:",
            "                setattr(node, side, TreeNode(values[index]))",
            "                frontier.append(getattr(node, side))",
            "            index += 1",
            "    return root",
            "",
        ]
    for index, case in enumerate((c for c in load_cases(problem) if c.sample), 1):
        lines += ["", *_test_for(problem, case, index), ""]
    return "\n".join(lines)


def start_workspace(problem: Problem) -> tuple[Path, list[str]]:
    """Create the workspace; never overwrite what the candidate already wrote."""
    folder = workspace(problem)
    folder.mkdir(parents=True, exist_ok=True)
    kept = []
    solution, tests = folder / "solution.py", folder / "test_solution.py"
    if solution.exists():
        kept.append(solution.name)
    else:
        shutil.copyfile(problem.starter_path, solution)
    if tests.exists():
        kept.append(tests.name)
    else:
        tests.write_text(sample_tests(problem), encoding="utf-8")
    shutil.copyfile(problem.statement_path, folder / "statement.md")
    return folder, kept
