"""Outputs are compared as JSON values: tuples equal lists, booleans are not numbers."""

import pytest

from judge.values import compare, same


@pytest.mark.parametrize(
    ("expected", "got", "equal"),
    [
        ([1, [2, 3]], [1, [2, 3]], True),
        (True, 1, False),
        (1, True, False),
        (0, False, False),
        (1, 1.0, True),
        ({"a": [1]}, {"a": [1]}, True),
        ({"a": 1}, {"b": 1}, False),
        ([1, 2], [1, 2, 3], False),
        (None, [], False),
        ("é", "é", True),
    ],
)
def test_same(expected, got, equal):
    assert same(expected, got) is equal


def test_operations_name_the_first_wrong_call():
    case_input = {"ops": ["TopKStream", "add", "top"], "args": [[1], ["a"], []]}
    accepted, detail = compare(case_input, [None, None, ["a"]], [None, None, ["b"]], None)
    assert not accepted
    assert detail == 'operation 2 top(): expected ["a"], got ["b"]'


def test_long_values_are_shortened():
    accepted, detail = compare({"args": {}}, list(range(1000)), [], None)
    assert not accepted and "…" in detail and len(detail) < 400
