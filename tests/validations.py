"""Each bank problem validated once per run, by whichever test asks first; the others read its result.

The bank soundness test and the Docker parity test both need every known solution judged natively
(no search, no growth). The run's cache folder is shared by the xdist workers, so one lock per
problem lets the first asker judge while a second one waits, then both read the same record.
"""

from __future__ import annotations

import fcntl
import json

from judge.paths import cache_dir
from judge.problem import Problem
from judge.validate.run import validate


def validation_of(problem: Problem) -> dict:
    """{"errors": [[check, detail], ...], "solutions": {label: {"verdict": ..., "cases": {...}}}}."""
    folder = cache_dir() / "validations"
    folder.mkdir(parents=True, exist_ok=True)
    record = folder / f"{problem.id}.json"
    with open(folder / f"{problem.id}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            validation = validate(problem.root)
            found = {
                "errors": [[check.name, check.detail] for check in validation.errors],
                "solutions": {label: judgement.to_json() for label, judgement in validation.solutions.items()},
            }
            written = record.with_suffix(".partial")
            written.write_text(json.dumps(found))
            written.rename(record)
        return json.loads(record.read_text())
