"""Generating cases again in a process of its own, under another string-hash seed, for the
reproducibility check: a generator that iterates over a set of strings, or draws from an unseeded
random, gives other inputs here than it gave in the process that built the cases.

    python -m judge.validate.regenerate GENERATE_PY '[{"generator": ..., "seed": ..., "params": ...}, ...]'

prints one line per entry: the SHA-256 of the input's JSON text, or "error: ..." when it fails.
It starts at once and is read when needed, so it generates while the sandbox judges the solutions.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from judge.trusted import load_module, runner

HASH_SEEDS = ("12345", "54321")  # another seed than the caller's, whatever the caller's is


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class Regeneration:
    """Each entry's digest (or "error: ..."), computed in a fresh interpreter started now."""

    def __init__(self, generator_path: Path, entries: list[dict]) -> None:
        seed = HASH_SEEDS[os.environ.get("PYTHONHASHSEED") == HASH_SEEDS[0]]
        request = [{key: entry.get(key) for key in ("generator", "seed", "params")} for entry in entries]
        self.count = len(entries)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "judge.validate.regenerate", str(generator_path), json.dumps(request)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )

    def digests(self) -> list[str]:
        out, err = self._process.communicate()
        lines = out.splitlines()
        if self._process.returncode != 0 or len(lines) != self.count:
            last = (err.strip().splitlines() or ["no output"])[-1]
            return [f"error: generating again failed: {last}"] * self.count
        return lines


def main() -> None:
    generators = getattr(load_module(Path(sys.argv[1])), "GENERATORS", {})
    for entry in json.loads(sys.argv[2]):
        try:
            case_input = generators[entry["generator"]](entry["seed"] or 0, **(entry["params"] or {}))
            print(digest(runner().encode(case_input).decode()), flush=True)
        except Exception as exc:
            print(f"error: {type(exc).__name__}: {exc}".replace("\n", " "), flush=True)


if __name__ == "__main__":
    main()
