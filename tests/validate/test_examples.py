"""Reading a statement's examples back: the three ways the bank writes them, and precise errors."""

from __future__ import annotations

import pytest

from judge.validate.examples import ExampleError, parse_examples

FUNCTION = """# T

## Examples

**Example 1**

Input: `nums = [1, -2]`, `k = 2`

Output: `None`

Why.

**Example 2**

```
events = iter([["a", 0]])
gap = 5
```

Output:
```
[["a", 0, True]]
```

## Constraints

- none
"""

OPERATIONS = """## Examples

**Example 1**

```
ops:      ["LRUCache", "put", "get"]
args:     [[1], [1, 1], [1]]
output:   [null, null, 1]
```
"""


def test_inline_and_block_function_examples():
    first, second = parse_examples(FUNCTION)
    assert (first.label, first.input, first.expected) == ("Example 1", {"args": {"nums": [1, -2], "k": 2}}, None)
    assert second.input == {"args": {"events": [["a", 0]], "gap": 5}}
    assert second.expected == [["a", 0, True]]


def test_operation_examples():
    (example,) = parse_examples(OPERATIONS)
    assert example.input == {"ops": ["LRUCache", "put", "get"], "args": [[1], [1, 1], [1]]}
    assert example.expected == [None, None, 1]


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ("# T\n\nNo examples here.\n", "no `## Examples` section"),
        ("## Examples\n\nInput: `a = 1`\n", "no `**Example 1**` header"),
        (FUNCTION.replace("Output: `None`", "Result: `None`"), "Example 1: no `Output:` line"),
        (FUNCTION.replace("gap = 5", "gap = open('x')"), "Example 2: \"open('x')\" is not a literal value"),
        (OPERATIONS.replace("output:", "outputs:"), "Example 1: an operations block needs the lines"),
    ],
)
def test_an_unreadable_example_is_named(statement, message):
    with pytest.raises(ExampleError) as raised:
        parse_examples(statement)
    assert message in str(raised.value)
