"""Grading throughput: submissions per minute with `judge grade --jobs 1` and `--jobs 2`.

    python bench/bench_grade.py [PROBLEM] [--submissions N] [--repeat R]

The batch is the problem's own solutions (reference, accepted/, wrong/) copied round-robin into N
student files, so it mixes accepted, wrong and slow submissions as a class would. Each round grades
the same batch with --jobs 1 and then --jobs 2 (interleaved, so both see the same machine load),
through the real CLI; the figures are medians over the rounds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.bank import resolve  # noqa: E402

JOBS = (1, 2)


def build_batch(problem, folder: Path, count: int) -> list[Path]:
    sources = [problem.reference_path, *problem.accepted_paths, *(wrong.path for wrong in problem.wrong)]
    batch = []
    for i, source in zip(range(count), cycle(sources)):
        batch.append(Path(shutil.copy(source, folder / f"student_{i:02}.py")))
    return batch


def grade_seconds(problem_root: Path, batch: list[Path], jobs: int, out: Path) -> float:
    command = [sys.executable, "-m", "judge", "grade", str(problem_root), *map(str, batch)]
    started = time.perf_counter()
    subprocess.run([*command, "--jobs", str(jobs), "--format", "csv", "--out", str(out)], check=True,
                   capture_output=True, cwd=ROOT)  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problem", nargs="?", default="two_sum")
    parser.add_argument("--submissions", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    problem = resolve(args.problem)
    seconds: dict[int, list[float]] = {jobs: [] for jobs in JOBS}
    with tempfile.TemporaryDirectory() as folder:
        batch = build_batch(problem, Path(folder), args.submissions)
        grade_seconds(problem.root, batch[:1], 1, Path(folder) / "warm")  # the case cache, built once
        for _ in range(args.repeat):
            for jobs in JOBS:
                seconds[jobs].append(grade_seconds(problem.root, batch, jobs, Path(folder) / "out"))
    print(f"{problem.id}: {args.submissions} submissions, {args.repeat} rounds (median)")
    for jobs in JOBS:
        median = statistics.median(seconds[jobs])
        rate = args.submissions / median * 60
        print(f"  --jobs {jobs}: {median:6.1f} s per batch, {rate:6.1f} submissions/minute")


if __name__ == "__main__":
    main()
