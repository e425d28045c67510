"""Loading a problem package: problem.toml checked strictly, so a typo is an error, not a default."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.errors import ProblemError

CATEGORIES = ("hashmaps", "trees", "streaming", "transforms")
DIFFICULTIES = ("easy", "medium", "hard")
VALUE_TYPES = ("tree", "linked_list", "iterator")
REQUIRED_FILES = ("statement.md", "starter.py", "reference.py", "tests/samples.json", "tests/hidden.json")

# key -> (type, required); nested tables are checked by their own schemas below.
TOP_LEVEL = {
    "id": (str, True),
    "title": (str, True),
    "category": (str, True),
    "difficulty": (str, True),
    "suggested_minutes": (int, True),
    "interface": (dict, True),
    "limits": (dict, False),
    "edges": (dict, True),
    "wrong": (dict, False),
    "complexity": (dict, False),
    "memory": (dict, False),
}
INTERFACE = {
    "kind": (str, True),
    "name": (str, True),
    "methods": (list, False),
    "params": (list, False),
    "types": (dict, False),
}
LIMITS = {
    "time_s": ((int, float), False),
    "time_multiplier": ((int, float), False),
    "memory_mb": (int, False),
    "output_kb": (int, False),
}
EDGE = {"summary": (str, True), "hint": (str, True)}
WRONG = {"misses": (str, True), "hint": (str, True), "complexity": (str, False)}
COMPLEXITY = {"intended": (str, True), "generator": (str, True), "min_n": (int, False), "max_n": (int, False)}
MEMORY = {"stream": (str, True), "length": (int, False)}
# The classes a growth estimate can tell apart, by the exponent of n they grow like.
GROWTH_CLASSES = {"O(1)": 0, "O(log n)": 0, "O(n)": 1, "O(n log n)": 1, "O(n^2)": 2, "O(n^3)": 3}


@dataclass(frozen=True)
class Interface:
    kind: str
    name: str
    methods: tuple[str, ...] = ()
    params: tuple[str, ...] = ()
    types: dict[str, Any] = field(default_factory=dict)

    def to_wire(self) -> dict[str, Any]:
        """What the runner needs to call the submission (see sandbox/runner.py: execute)."""
        return {"kind": self.kind, "name": self.name, "types": dict(self.types)}


@dataclass(frozen=True)
class Limits:
    """time_s is the floor of a case's CPU limit; a perf case gets time_multiplier x the reference's
    CPU time on it when that is more, so a slow machine slows the limit down with the reference."""

    time_s: float = 2.0
    time_multiplier: float = 5.0
    memory_mb: int = 256
    output_kb: int = 32 * 1024

    @property
    def wall_s(self) -> float:
        """Wall time gets room for printing and scheduling noise; CPU time is the real limit."""
        return self.time_s * 2 + 1

    def to_wire(self) -> dict[str, Any]:
        return {
            "cpu_s": self.time_s,
            "wall_s": self.wall_s,
            "memory_mb": self.memory_mb,
            "output_bytes": self.output_kb * 1024,
        }


@dataclass(frozen=True)
class EdgeCase:
    tag: str
    summary: str
    hint: str


@dataclass(frozen=True)
class WrongSolution:
    name: str
    path: Path
    misses: str
    hint: str
    complexity: str | None = None  # its time class where it differs from the intended one


@dataclass(frozen=True)
class Complexity:
    """The intended time class, and a generator making an input of size n: GENERATORS[generator](seed, n=n)."""

    intended: str
    generator: str
    min_n: int = 250
    max_n: int = 512_000

    @property
    def exponent(self) -> int:
        return GROWTH_CLASSES[self.intended]


@dataclass(frozen=True)
class StreamMemory:
    """Memory must not grow with the stream: tests/stream.py's `stream`(seed, length) is consumed in the sandbox."""

    stream: str
    length: int = 400_000


@dataclass(frozen=True)
class Problem:
    id: str
    title: str
    category: str
    difficulty: str
    suggested_minutes: int
    root: Path
    interface: Interface
    limits: Limits
    edges: dict[str, EdgeCase]
    wrong: tuple[WrongSolution, ...]
    complexity: Complexity | None = None
    memory: StreamMemory | None = None

    @property
    def statement_path(self) -> Path:
        return self.root / "statement.md"

    @property
    def starter_path(self) -> Path:
        return self.root / "starter.py"

    @property
    def reference_path(self) -> Path:
        return self.root / "reference.py"

    @property
    def generator_path(self) -> Path:
        return self.root / "tests" / "generate.py"

    @property
    def stream_path(self) -> Path:
        """Standard library only: unlike generate.py it runs inside the sandbox."""
        return self.root / "tests" / "stream.py"

    @property
    def checker_path(self) -> Path | None:
        path = self.root / "checker.py"
        return path if path.is_file() else None

    @property
    def accepted_paths(self) -> list[Path]:
        return sorted((self.root / "accepted").glob("*.py"))


def _check_table(table: dict, schema: dict, where: str, source: Path) -> None:
    for key in table:
        if key not in schema:
            close = difflib.get_close_matches(key, schema, n=1)
            suggestion = f" (did you mean '{where}{close[0]}'?)" if close else ""
            raise ProblemError(f"{source}: unknown key '{where}{key}'{suggestion}")
    for key, (kind, required) in schema.items():
        if key not in table:
            if required:
                raise ProblemError(f"{source}: missing key '{where}{key}'")
            continue
        value = table[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            wanted = kind.__name__ if isinstance(kind, type) else "number"
            raise ProblemError(f"{source}: key '{where}{key}' must be a {wanted}, not {value!r}")


def _check_types(types: dict, allowed: set[str], where: str, source: Path) -> None:
    for name, type_name in types.items():
        if name not in allowed:
            raise ProblemError(f"{source}: key '{where}{name}' names no parameter")
        if type_name not in VALUE_TYPES:
            raise ProblemError(f"{source}: key '{where}{name}' must be one of {', '.join(VALUE_TYPES)}")


def _interface(data: dict, source: Path) -> Interface:
    _check_table(data, INTERFACE, "interface.", source)
    kind = data["kind"]
    if kind not in ("function", "class"):
        raise ProblemError(f"{source}: key 'interface.kind' must be 'function' or 'class', not {kind!r}")
    if kind == "function" and "params" not in data:
        raise ProblemError(f"{source}: missing key 'interface.params' (a function interface needs it)")
    if kind == "class" and "methods" not in data:
        raise ProblemError(f"{source}: missing key 'interface.methods' (a class interface needs it)")
    types = data.get("types", {})
    if kind == "function":
        _check_types(types, set(data["params"]) | {"return"}, "interface.types.", source)
    else:
        for op, table in types.items():
            if op not in [data["name"], *data["methods"]] or not isinstance(table, dict):
                raise ProblemError(f"{source}: key 'interface.types.{op}' must be a table for a method")
            positions = {str(i) for i in range(10)} | {"return"}
            _check_types(table, positions, f"interface.types.{op}.", source)
    return Interface(
        kind=kind,
        name=data["name"],
        methods=tuple(data.get("methods", ())),
        params=tuple(data.get("params", ())),
        types=dict(types),
    )


def load_problem(root: Path) -> Problem:
    """Read and check one problem folder; every error names the file and the key."""
    source = root / "problem.toml"
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProblemError(f"{root}: not a problem folder (no problem.toml)") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProblemError(f"{source}: not valid TOML: {exc}") from None
    _check_table(data, TOP_LEVEL, "", source)
    for key, allowed in (("category", CATEGORIES), ("difficulty", DIFFICULTIES)):
        if data[key] not in allowed:
            raise ProblemError(f"{source}: key '{key}' must be one of {', '.join(allowed)}")
    if data["id"] != root.name:
        raise ProblemError(f"{source}: key 'id' is {data['id']!r} but the folder is {root.name!r}")
    limits_table = data.get("limits", {})
    _check_table(limits_table, LIMITS, "limits.", source)
    edges = {}
    for tag, table in data["edges"].items():
        if not isinstance(table, dict):
            raise ProblemError(f"{source}: key 'edges.{tag}' must be a table with summary and hint")
        _check_table(table, EDGE, f"edges.{tag}.", source)
        edges[tag] = EdgeCase(tag, table["summary"], table["hint"])
    wrong = []
    for name, table in data.get("wrong", {}).items():
        if not isinstance(table, dict):
            raise ProblemError(f"{source}: key 'wrong.{name}' must be a table with misses and hint")
        _check_table(table, WRONG, f"wrong.{name}.", source)
        if table["misses"] not in edges:
            raise ProblemError(f"{source}: key 'wrong.{name}.misses' names no edge tag: {table['misses']!r}")
        path = root / "wrong" / f"{name}.py"
        if not path.is_file():
            raise ProblemError(f"{source}: key 'wrong.{name}' has no file wrong/{name}.py")
        _check_growth_class(table.get("complexity"), f"wrong.{name}.complexity", source)
        wrong.append(WrongSolution(name, path, table["misses"], table["hint"], table.get("complexity")))
    undeclared = {p.stem for p in (root / "wrong").glob("*.py")} - {w.name for w in wrong}
    if undeclared:
        raise ProblemError(f"{source}: wrong/{sorted(undeclared)[0]}.py is not declared in [wrong]")
    for relative in REQUIRED_FILES:
        if not (root / relative).is_file():
            raise ProblemError(f"{root}: missing file {relative}")
    complexity = memory = None
    if "complexity" in data:
        _check_table(data["complexity"], COMPLEXITY, "complexity.", source)
        _check_growth_class(data["complexity"]["intended"], "complexity.intended", source)
        complexity = Complexity(**data["complexity"])
    if "memory" in data:
        _check_table(data["memory"], MEMORY, "memory.", source)
        memory = StreamMemory(**data["memory"])
        if not (root / "tests" / "stream.py").is_file():
            raise ProblemError(f"{source}: key 'memory.stream' needs the file tests/stream.py")
    return Problem(
        id=data["id"],
        title=data["title"],
        category=data["category"],
        difficulty=data["difficulty"],
        suggested_minutes=data["suggested_minutes"],
        root=root,
        interface=_interface(data["interface"], source),
        limits=Limits(**limits_table),
        edges=edges,
        wrong=tuple(wrong),
        complexity=complexity,
        memory=memory,
    )


def _check_growth_class(name: str | None, key: str, source: Path) -> None:
    if name is not None and name not in GROWTH_CLASSES:
        raise ProblemError(f"{source}: key '{key}' must be one of {', '.join(GROWTH_CLASSES)}")
