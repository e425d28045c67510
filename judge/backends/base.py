"""What every backend returns, and what the engine may ask of one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class CaseRun:
    """One case as the sandbox saw it; the engine turns it into a verdict."""

    status: str  # ok | error | timeout | signal | exit | result_too_large | lost
    payload: bytes = b""
    error: dict[str, Any] | None = None
    signal: str | None = None
    exit_code: int | None = None
    malformed: bool = False
    cpu_ms: float = 0.0
    wall_ms: float = 0.0
    peak_kb: int = 0
    stdout: str = ""
    stdout_bytes: int = 0
    stderr: str = ""
    stderr_bytes: int = 0
    detail: str = ""

    @classmethod
    def from_header(cls, header: dict, payload: bytes) -> CaseRun:
        """Build from the runner's header, keeping only well-typed fields."""
        fields = {
            "status": str, "error": dict, "signal": str, "exit_code": int, "malformed": bool,
            "cpu_ms": (int, float), "wall_ms": (int, float), "peak_kb": int,
            "stdout": str, "stdout_bytes": int, "stderr": str, "stderr_bytes": int,
        }  # fmt: skip
        known = {k: v for k, v in header.items() if k in fields and isinstance(v, fields[k])}
        known.setdefault("status", "lost")
        return cls(payload=payload, **known)


@dataclass
class LoadResult:
    ok: bool
    error: dict[str, Any] | None = None  # a SyntaxError found while compiling
    run: CaseRun | None = None  # the failed load, run like a case
    detail: str = ""
    lost: bool = False  # the runner itself never answered
    started: bool = False  # the submission's code had begun to run: a loss from then on is its own doing


@dataclass
class Isolation:
    backend: str
    level: str  # "full" or "reduced"
    measures: list[str] = field(default_factory=list)
    warning: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "backend": self.backend,
            "isolation": self.level,
            "measures": self.measures,
            "warning": self.warning,
        }


class Sandbox(Protocol):
    isolation: Isolation

    @property
    def alive(self) -> bool: ...

    def inside(self, name: str) -> str: ...

    def launch(self) -> None: ...

    def start(self) -> LoadResult: ...

    def run(self, input_json: str, limits: dict, deadline: float) -> CaseRun: ...

    def close(self) -> None: ...
