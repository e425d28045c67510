"""The examples a statement shows, read back as case inputs and outputs so they can be compared with
tests/samples.json. The bank writes them in three ways, all under `## Examples` and `**Example N**`:

    Input: `nums = [1, 1, 1]`, `k = 2`          a code block of assignments     a code block of operations
    Output: `2`                                  root = [2, 1, 3], p = 6          ops:    ["LRUCache", "get"]
                                                 Output: `True` (or a block)      args:   [[2], [1]]
                                                                                  output: [null, -1]
Values are JSON or Python literals (`None`, `True`, `iter([...])` for an iterator argument).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Any

_SECTION = re.compile(r"^##\s+Examples?\s*$(.*?)(?=^##\s|\Z)", re.M | re.S)
_HEADER = re.compile(r"^\*\*(Example[^*]*)\*\*\s*$", re.M)
_BLOCK = re.compile(r"^```[^\n]*\n(.*?)^```", re.M | re.S)
_INPUT_LINE = re.compile(r"^Input[^:\n]*:(.*)$", re.M)
_OUTPUT_LINE = re.compile(r"^Output[^:\n]*:(.*)$", re.M)
_TICKED = re.compile(r"`([^`]+)`")
_OPS_KEYS = ("ops", "args", "output")
_NAMES = {"None": None, "null": None, "True": True, "true": True, "False": False, "false": False}


class ExampleError(ValueError):
    """An example the parser cannot read; the message says which and why."""


@dataclass(frozen=True)
class Example:
    label: str
    input: dict[str, Any]
    expected: Any


def _value(node: ast.AST) -> Any:
    """A literal as JSON values: lists for tuples, the iterator's list for iter([...])."""
    if isinstance(node, ast.Constant) and not isinstance(node.value, bytes):
        return node.value
    if isinstance(node, ast.Name) and node.id in _NAMES:
        return _NAMES[node.id]
    if isinstance(node, ast.List | ast.Tuple):
        return [_value(item) for item in node.elts]
    if isinstance(node, ast.Dict) and None not in node.keys:
        return {_value(key): _value(value) for key, value in zip(node.keys, node.values)}
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        value = _value(node.operand)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return -value if isinstance(node.op, ast.USub) else value
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "iter"
        and len(node.args) == 1
    ):
        return _value(node.args[0])
    raise ExampleError(f"{ast.unparse(node)!r} is not a literal value")


def _parse(source: str, what: str) -> ast.expr:
    try:
        return ast.parse(source.strip(), mode="eval").body
    except SyntaxError:
        raise ExampleError(f"cannot read the {what} {source.strip()!r}") from None


def parse_value(source: str) -> Any:
    return _value(_parse(source, "value"))


def parse_assignments(source: str) -> dict[str, Any]:
    """`a = 1, b = [2]` (commas or new lines between them) as {"a": 1, "b": [2]}."""
    joined = ", ".join(line.strip().rstrip(",") for line in source.strip().splitlines() if line.strip())
    call = _parse(f"_({joined})", "input")
    if not isinstance(call, ast.Call) or call.args or not call.keywords:
        raise ExampleError(f"the input {source.strip()!r} is not of the form `name = value, ...`")
    return {keyword.arg: _value(keyword.value) for keyword in call.keywords}


def _operations(block: str) -> tuple[dict[str, Any], Any]:
    rows = {}
    for line in block.strip().splitlines():
        key, _, value = line.partition(":")
        rows[key.strip()] = parse_value(value)
    if sorted(rows) != sorted(_OPS_KEYS):
        raise ExampleError(f"an operations block needs the lines {', '.join(_OPS_KEYS)}, found {', '.join(rows)}")
    return {"ops": rows["ops"], "args": rows["args"]}, rows["output"]


def _function_call(body: str) -> tuple[dict[str, Any], Any]:
    output = _OUTPUT_LINE.search(body)
    if output is None:
        raise ExampleError("no `Output:` line")
    before, after = body[: output.start()], body[output.end() :]
    input_line = _INPUT_LINE.search(before)
    if input_line:
        ticked = _TICKED.findall(input_line.group(1))
        case_input = parse_assignments("\n".join(ticked)) if ticked else parse_assignments(input_line.group(1))
    else:
        blocks = _BLOCK.findall(before)
        if not blocks:
            raise ExampleError("no `Input:` line and no code block of assignments before `Output:`")
        case_input = parse_assignments(blocks[-1])
    inline = _TICKED.search(output.group(1))
    if inline:
        return {"args": case_input}, parse_value(inline.group(1))
    block = _BLOCK.search(after)
    if block is None or after[: block.start()].strip():
        raise ExampleError("`Output:` is followed by neither a `value` nor a code block")
    return {"args": case_input}, parse_value(block.group(1))


def _example(label: str, body: str) -> Example:
    first_block = _BLOCK.search(body)
    if first_block and first_block.group(1).lstrip().startswith("ops:"):
        case_input, expected = _operations(first_block.group(1))
    else:
        case_input, expected = _function_call(body)
    return Example(label, case_input, expected)


def parse_examples(statement: str) -> list[Example]:
    """Every example of the statement, in order; ExampleError names the one that cannot be read."""
    section = _SECTION.search(statement)
    if section is None:
        raise ExampleError("no `## Examples` section")
    parts = _HEADER.split(section.group(1))
    if len(parts) < 3:
        raise ExampleError("the `## Examples` section has no `**Example 1**` header")
    examples = []
    for label, body in zip(parts[1::2], parts[2::2]):
        try:
            examples.append(_example(label.strip(), body))
        except ExampleError as exc:
            raise ExampleError(f"{label.strip()}: {exc}") from None
    return examples
