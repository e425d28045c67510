"""The candidate's workspace: a solution.py to edit and a test_solution.py built from the samples."""

from __future__ import annotations

import shutil
from pathlib import Path

from judge.cases import Case, load_cases
from judge.paths import workspace_root
from judge.problem import Problem

HELPERS = '''
def _plain(value):
    """Tuples compare equal to lists, as in the judge."""
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def build_tree(values):
    """A tree from a level-order list with None gaps, as the judge builds it."""
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    frontier, index = [root], 1
    for node in frontier:
        for side in ("left", "right"):
            if index < len(values) and values[index] is not None:
                setattr(node, side, TreeNode(values[index]))
                frontier.append(getattr(node, side))
            index += 1
    return root


def tree_values(root):
    """A tree as a level-order list with None gaps, trailing None trimmed."""
    values, queue = [], [root]
    for node in queue:
        values.append(None if node is None else node.val)
        if node is not None:
            queue += [node.left, node.right]
    while values and values[-1] is None:
        values.pop()
    return values


def build_list(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def list_values(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    return values
'''

# value type -> how the sample test builds an argument of it, and how it reads a result back
BUILD = {"tree": "build_tree({})", "linked_list": "build_list({})", "iterator": "iter({})"}
READ = {"tree": "tree_values({})", "linked_list": "list_values({})", "iterator": "list({})"}


def workspace(problem: Problem) -> Path:
    return workspace_root() / problem.id


def default_solution(problem: Problem) -> tuple[Path, str]:
    """The workspace copy if the candidate has one, else the starter; the label says which."""
    candidate = workspace(problem) / "solution.py"
    if candidate.is_file():
        return candidate, "your workspace copy"
    return problem.starter_path, "the starter"


def _argument(value, type_name: str | None) -> str:
    if isinstance(value, dict) and "$result" in value:
        return f"r{value['$result']}"
    return BUILD.get(type_name, "{}").format(repr(value))


def _read(expression: str, type_name: str | None) -> str:
    return READ.get(type_name, "{}").format(expression)


def _assert(got: str, expected) -> str:
    return f"    assert {got} is None" if expected is None else f"    assert _plain({got}) == {expected!r}"


def _test_for(problem: Problem, case: Case, index: int, checked: bool) -> list[str]:
    """One test per sample; with a checker (several right answers) the checker decides."""
    interface = problem.interface
    lines = [f"def test_sample_{index}():"]
    if interface.kind == "function":
        types = interface.types
        args = ", ".join(f"{name}={_argument(value, types.get(name))}" for name, value in case.input["args"].items())
        lines.append(f"    got = {_read(f'{interface.name}({args})', types.get('return'))}")
    else:
        results = ["None"]
        for position, (op, args) in enumerate(zip(case.input["ops"], case.input["args"])):
            types = interface.types.get(op, {})
            call = ", ".join(_argument(value, types.get(str(i))) for i, value in enumerate(args))
            if position == 0:
                lines.append(f"    obj = {interface.name}({call})")
            else:
                lines.append(f"    r{position} = obj.{op}({call})")
                results.append(_read(f"r{position}", types.get("return")))
        lines.append(f"    got = [{', '.join(results)}]")
    if checked:
        lines.append(f"    verdict = check({case.input!r}, {case.expected!r}, _plain(got))")
        lines.append("    assert (verdict[0] if isinstance(verdict, tuple) else verdict), verdict")
    else:
        lines.append(_assert("got", case.expected))
    return lines


def _uses(problem: Problem, type_name: str) -> bool:
    types = problem.interface.types
    return any(
        type_name == value
        for entry in types.values()
        for value in (entry.values() if isinstance(entry, dict) else [entry])
    )


def sample_tests(problem: Problem) -> str:
    interface = problem.interface
    nodes = [cls for cls, kind in (("TreeNode", "tree"), ("ListNode", "linked_list")) if _uses(problem, kind)]
    checked = problem.checker_path is not None
    lines = [
        f'"""Your tests for {problem.id}: the statement\'s examples to start from. Add your own edge cases.',
        "",
        f'Run them with `pytest`, then judge the solution with `judge run {problem.id}`."""',
        "",
        f"from solution import {', '.join([interface.name, *nodes])}",
        *(
            ["from _checker import check  # several answers are right: the problem's checker decides"]
            if checked
            else []
        ),
        HELPERS,
    ]
    for index, case in enumerate((c for c in load_cases(problem) if c.sample), 1):
        lines += ["", *_test_for(problem, case, index, checked), ""]
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
    if problem.checker_path:
        shutil.copyfile(problem.checker_path, folder / "_checker.py")
    return folder, kept
