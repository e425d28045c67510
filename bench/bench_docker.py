"""What the Docker backend costs against the native one, measured interleaved in one run.

    python bench/bench_docker.py [PROBLEM] [--repeat N]

1. Container start overhead: create + start + the runner ready with the solution loaded, against
   the same for a native sandbox (bubblewrap where it works), each opened and closed N times.
2. The whole `judge run --no-search` of PROBLEM's reference (default top_k_stream), a fresh CLI
   process each time, on docker and on native, alternating so both see the same machine load.
Medians, because these machines are shared and noisy. Needs the image (`judge sandbox build`).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.backends.select import open_sandbox  # noqa: E402
from judge.bank import resolve  # noqa: E402

BACKENDS = ("docker", "native")


def ready_time(problem, backend: str) -> float:
    """From nothing to a runner that has loaded the reference and waits for its first case."""
    started = time.perf_counter()
    sandbox = open_sandbox(backend, problem.reference_path, problem.interface.to_wire(), problem.limits.to_wire())
    try:
        assert sandbox.start().ok, backend
        return time.perf_counter() - started
    finally:
        sandbox.close()


def cli_run(problem, backend: str) -> float:
    started = time.perf_counter()
    command = [sys.executable, "-m", "judge", "run", str(problem.root), str(problem.reference_path)]
    result = subprocess.run([*command, "--no-search", "--sandbox", backend, "--format", "json"], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("problem", nargs="?", default="top_k_stream")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    problem = resolve(args.problem)
    ready: dict[str, list[float]] = {backend: [] for backend in BACKENDS}
    runs: dict[str, list[float]] = {backend: [] for backend in BACKENDS}
    for _ in range(args.repeat):
        for backend in BACKENDS:
            ready[backend].append(ready_time(problem, backend))
    for _ in range(args.repeat):
        for backend in BACKENDS:
            runs[backend].append(cli_run(problem, backend))
    ready_docker, ready_native = (statistics.median(ready[backend]) for backend in BACKENDS)
    run_docker, run_native = (statistics.median(runs[backend]) for backend in BACKENDS)
    print(f"{problem.id}, medians of {args.repeat}, docker and native interleaved")
    print(
        f"sandbox ready (create, start, load): docker {ready_docker:.3f} s, native {ready_native:.3f} s, "
        f"container overhead {ready_docker - ready_native:+.3f} s"
    )
    print(
        f"judge run --no-search, whole CLI:    docker {run_docker:.2f} s, native {run_native:.2f} s, "
        f"ratio {run_docker / run_native:.2f}"
    )


if __name__ == "__main__":
    main()
