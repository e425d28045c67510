"""Cases: the samples and hidden cases of a problem, with generated inputs and their expected values.

Generated cases are expanded on the host (trusted generators, the reference for expected values)
and cached per machine under the problem's content hash, so later runs pay nothing for them.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
import tempfile
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from judge import strict_json
from judge.errors import ProblemError
from judge.paths import cache_dir
from judge.problem import Problem
from judge.trusted import load_module, run_trusted, runner

CASE_KEYS = {"name", "tags", "args", "ops", "expected", "generator", "seed", "params"}


@dataclass(frozen=True)
class Case:
    """A case keeps its input and expected value as JSON text: the host sends the one and compares
    the other as bytes, and parses them only to show or diagnose a failure."""

    name: str
    tags: tuple[str, ...]
    input_json: str
    expected_json: str
    sample: bool
    perf: bool = False  # generated: large enough to time, and held to the calibrated limit

    @cached_property
    def input(self) -> dict[str, Any]:
        return json.loads(self.input_json)

    @cached_property
    def expected(self) -> Any:
        return json.loads(self.expected_json)

    def input_size(self) -> int:
        return len(self.input_json)


def _check_entry(entry: Any, index: int, source: Path, problem: Problem) -> None:
    where = f"{source}: case {index}"
    if not isinstance(entry, dict):
        raise ProblemError(f"{where}: must be an object")
    unknown = set(entry) - CASE_KEYS
    if unknown:
        raise ProblemError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    if not isinstance(entry.get("name"), str):
        raise ProblemError(f"{where}: missing key 'name'")
    for tag in entry.get("tags", []):
        if tag not in problem.edges:
            raise ProblemError(f"{where} ({entry['name']}): tag {tag!r} is not in problem.toml [edges]")
    if "generator" in entry:
        return
    if "expected" not in entry:
        raise ProblemError(f"{where} ({entry['name']}): missing key 'expected' (or 'generator')")
    check_input(entry, where, problem)


def check_input(case_input: dict, where: str, problem: Problem) -> None:
    interface = problem.interface
    if interface.kind == "function":
        args = case_input.get("args")
        if not isinstance(args, dict) or sorted(args) != sorted(interface.params):
            raise ProblemError(f"{where}: 'args' must be an object with keys {list(interface.params)}")
        return
    ops, args = case_input.get("ops"), case_input.get("args")
    if not isinstance(ops, list) or not isinstance(args, list) or len(ops) != len(args) or not ops:
        raise ProblemError(f"{where}: 'ops' and 'args' must be lists of the same, non-zero length")
    if ops[0] != interface.name or any(op not in interface.methods for op in ops[1:]):
        raise ProblemError(f"{where}: operations must start with {interface.name} and use {interface.methods}")


def _read_entries(source: Path) -> list:
    try:
        entries = strict_json.loads(source.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProblemError(f"{source}: not valid JSON: {exc}") from None
    if not isinstance(entries, list):
        raise ProblemError(f"{source}: must be a JSON list of cases")
    return entries


def content_hash(problem: Problem) -> str:
    """Everything that decides the cases: the problem's files and the Python that runs the reference."""
    digest = hashlib.sha256(sys.version.encode())
    for path in sorted(problem.root.rglob("*")):
        relative = path.relative_to(problem.root).parts
        if path.is_file() and "__pycache__" not in relative and not any(part.startswith(".") for part in relative):
            digest.update(str(path.relative_to(problem.root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _encode(value: Any) -> str:
    """The runner's own encoding, so equal answers are equal bytes."""
    return runner().encode(value).decode()


def _expand(problem: Problem, entries: list[tuple[dict, bool]]) -> list[dict]:
    """Each case as JSON text; generator entries get their input and the reference's output."""
    generators = reference = None
    expanded = []
    for entry, sample in entries:
        if "generator" in entry:
            if generators is None:
                if not problem.generator_path.is_file():
                    raise ProblemError(f"{problem.root}: case {entry['name']!r} needs tests/generate.py")
                generators = getattr(load_module(problem.generator_path), "GENERATORS", {})
                reference = load_module(problem.reference_path)
            generate = generators.get(entry["generator"])
            if generate is None:
                raise ProblemError(f"{problem.generator_path}: GENERATORS has no {entry['generator']!r}")
            where = f"{problem.generator_path}: {entry['generator']}"
            try:
                case_input = generate(entry.get("seed", 0), **entry.get("params", {}))
            except Exception as exc:
                raise ProblemError(f"{where} failed: {type(exc).__name__}: {exc}") from None
            check_input(case_input, where, problem)
            try:
                expected = run_trusted(reference, problem.interface.to_wire(), case_input)
            except Exception as exc:
                raise ProblemError(
                    f"{problem.reference_path}: failed on case {entry['name']!r}: {type(exc).__name__}: {exc}"
                ) from None
        else:
            case_input, expected = (
                {key: entry[key] for key in ("args", "ops") if key in entry},
                entry["expected"],
            )
        expanded.append(
            {
                "name": entry["name"],
                "tags": entry.get("tags", []),
                "input_json": _encode(case_input),
                "expected_json": _encode(expected),
                "sample": sample,
                "perf": "generator" in entry,
            }
        )
    return expanded


def cached(problem: Problem, kind: str, build) -> Any:
    """What `build` makes from the problem's files, kept per machine. marshal, not JSON: the cache is
    the judge's own trusted output, and loading megabytes of JSON text held in JSON strings costs a
    large run ~0.3 s."""
    path = cache_dir() / kind / f"{problem.id}-{content_hash(problem)}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as handle:
            handle.write(marshal.dumps(data))
        os.replace(handle.name, path)
    except OSError:
        pass  # a read-only home only costs the next run the same work again
    return data


def case_entries(problem: Problem) -> list[tuple[dict, bool]]:
    """The cases as written (generators not expanded), each with whether it is a sample."""
    entries = []
    for relative, sample in (("tests/samples.json", True), ("tests/hidden.json", False)):
        source = problem.root / relative
        for index, entry in enumerate(_read_entries(source)):
            _check_entry(entry, index, source, problem)
            entries.append((entry, sample))
    return entries


def load_cases(problem: Problem) -> list[Case]:
    """Samples first, then hidden cases, each checked against the interface and the tag catalogue."""
    entries = case_entries(problem)
    names = [entry["name"] for entry, _ in entries]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise ProblemError(f"{problem.root}: case name {duplicates[0]!r} is used twice")
    needs_expansion = any("generator" in entry for entry, _ in entries)
    data = (
        cached(problem, "cases-v2", lambda: _expand(problem, entries)) if needs_expansion else _expand(problem, entries)
    )
    return [
        Case(item["name"], tuple(item["tags"]), item["input_json"], item["expected_json"], item["sample"], item["perf"])
        for item in data
    ]
