"""JSON by RFC 8259 and nothing more: NaN and Infinity are neither read nor written.

Python's json module reads and writes them by default, and one bare NaN makes a whole report
unreadable to a strict consumer (JSON.parse, a schema validator, a CI step)."""

from __future__ import annotations

import json
from typing import Any


def _refuse(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def loads(text: str | bytes) -> Any:
    return json.loads(text, parse_constant=_refuse)


def dumps(value: Any, **options: Any) -> str:
    return json.dumps(value, allow_nan=False, **options)
