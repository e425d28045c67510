"""How much the judge costs on top of the work itself, measured side by side in one run.

    python bench/bench_run.py [PROBLEM] [--repeat N] [--round-trips N]

1. `judge run --no-search` of the reference (the whole CLI, a fresh process each time) against a
   bare in-process loop over the same cases: import the reference, call it, encode the answer,
   compare it. The difference is the judge's own overhead per run (goal: under 0.5 s).
2. The per-case round trip: N trivial cases through one sandbox, against the same calls made
   in-process (goal: under 2 ms per case).
Medians, because these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.backends.native import NativeSandbox  # noqa: E402
from judge.bank import resolve  # noqa: E402
from judge.cases import load_cases  # noqa: E402
from judge.trusted import load_module, runner  # noqa: E402

TRIVIAL = "def add(a, b):\n    return a + b\n"


def bare_loop(problem) -> float:
    """The cases' own cost: what any judge must pay, with no sandbox and no process."""
    cases = load_cases(problem)
    module = load_module(problem.reference_path)
    interface = problem.interface.to_wire()
    started = time.perf_counter()
    for case in cases:
        got = runner().encode(runner().execute(vars(module), interface, json.loads(case.input_json)))
        assert got == case.expected_json.encode(), case.name
    return time.perf_counter() - started


def cli_run(problem) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "judge",
            "run",
            str(problem.root),
            str(problem.reference_path),
            "--format",
            "json",
            "--no-search",  # the search has a budget of its own; this measures judging the cases
        ],
        capture_output=True,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr.decode()
    return elapsed


def round_trips(count: int, tmp: Path) -> tuple[float, float, float]:
    """(sandbox start s, per-case ms through the sandbox, per-case ms in-process)."""
    solution = tmp / "solution.py"
    solution.write_text(TRIVIAL)
    limits = {"cpu_s": 2, "wall_s": 5, "memory_mb": 256, "output_bytes": 1 << 20}
    interface = {"kind": "function", "name": "add", "types": {}}
    sandbox = NativeSandbox(solution, interface, limits)
    try:
        started = time.perf_counter()
        assert sandbox.start().ok
        start_s = time.perf_counter() - started
        started = time.perf_counter()
        for i in range(count):
            run = sandbox.run(json.dumps({"args": {"a": i, "b": 1}}), limits, time.monotonic() + 60)
            assert run.status == "ok" and run.payload == str(i + 1).encode()
        sandboxed = (time.perf_counter() - started) / count * 1000
    finally:
        sandbox.close()
    namespace: dict = {}
    exec(compile(TRIVIAL, "solution.py", "exec"), namespace)
    started = time.perf_counter()
    for i in range(count):
        runner().encode(runner().execute(namespace, interface, json.loads(json.dumps({"args": {"a": i, "b": 1}}))))
    in_process = (time.perf_counter() - started) / count * 1000
    return start_s, sandboxed, in_process


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("problem", nargs="?", default="top_k_stream")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--round-trips", type=int, default=500)
    args = parser.parse_args()
    problem = resolve(args.problem)
    cases = load_cases(problem)  # warms the per-machine case cache, as any second run finds it
    cli_run(problem)
    bare, cli = [], []
    for _ in range(args.repeat):  # interleaved, so both see the same machine load
        bare.append(bare_loop(problem))
        cli.append(cli_run(problem))
    bare_s, cli_s = statistics.median(bare), statistics.median(cli)
    print(f"problem {problem.id}: {len(cases)} cases, medians of {args.repeat} interleaved runs")
    print(f"  bare in-process loop     {bare_s:7.3f} s")
    print(f"  judge run (CLI process)  {cli_s:7.3f} s   ratio {cli_s / bare_s:.2f}x")
    print(f"  judge's own overhead     {cli_s - bare_s:7.3f} s per run (goal < 0.5 s)")
    tmp = Path(__import__("tempfile").mkdtemp())
    starts, per_case, in_proc = zip(*(round_trips(args.round_trips, tmp) for _ in range(3)))
    print(f"round trip: {args.round_trips} trivial cases through one sandbox, median of 3")
    print(f"  sandbox start            {statistics.median(starts) * 1000:7.1f} ms")
    print(f"  per case, sandboxed      {statistics.median(per_case):7.3f} ms")
    print(f"  per case, in-process     {statistics.median(in_proc):7.3f} ms")
    overhead = statistics.median(per_case) - statistics.median(in_proc)
    print(f"  round-trip overhead      {overhead:7.3f} ms per case (goal < 2 ms)")


if __name__ == "__main__":
    main()
