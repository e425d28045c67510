"""How well the growth estimate classifies the bank's solutions of known class, and how noisy the
reference's time is.

    python bench/bench_growth.py [PROBLEM ...] [--cv-runs 10]

Confusion table: every problem with a [complexity] table; its reference and accepted solutions are
of the intended class, each wrong solution of the class its `complexity` key gives (else the
intended one). Each is measured in the sandbox exactly as `judge run` measures it, and classified
beside the reference measured in the same run. "inconclusive" is the estimator declining to guess
(too noisy, too few timeable sizes, or a solution that crashed on the growth inputs).

CV: the coefficient of variation (stdev / mean) of the reference's CPU time on its largest perf
case over --cv-runs runs, each in a fresh child of one sandbox, and the median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge import growth  # noqa: E402
from judge.backends.select import open_sandbox  # noqa: E402
from judge.bank import all_problems, resolve  # noqa: E402
from judge.cases import load_cases  # noqa: E402
from judge.problem import GROWTH_CLASSES  # noqa: E402

COLUMNS = ["O(1)", "O(n)", "O(n^2)", "O(n^3)", "inconclusive"]
ANCHORS = ["count_subarrays", "top_k_stream", "is_valid_bst", "sessionize"]


def measured(problem, solution: Path, repeats: int = growth.REPEATS) -> growth.Measurement:
    sandbox = open_sandbox("native", solution, problem.interface.to_wire(), problem.limits.to_wire())
    try:
        if not sandbox.start().ok:
            return growth.Measurement(stopped="did not load")
        budget = growth.DEFAULT_BUDGET_S if repeats == growth.REPEATS else 10.0
        return growth.measure(sandbox, growth.growth_inputs(problem), problem.limits, budget, repeats)
    finally:
        sandbox.close()


def classify(problem) -> list[tuple[str, str, str, str]]:
    """(solution, true class, estimated class, message) for each solution of the problem."""
    reference = growth.fit(measured(problem, problem.reference_path, growth.REFERENCE_REPEATS).points)
    intended = problem.complexity.intended
    solutions = [("reference", problem.reference_path, intended)]
    solutions += [(f"accepted/{path.stem}", path, intended) for path in problem.accepted_paths]
    solutions += [(f"wrong/{wrong.name}", wrong.path, wrong.complexity or intended) for wrong in problem.wrong]
    rows = []
    for name, path, truth in solutions:
        found = growth.estimate(problem, measured(problem, path), reference)
        rows.append((name, truth, found.growth_class or "inconclusive", found.message))
    return rows


def bucket(big_o: str) -> str:
    """The class as the estimator can tell it: n log n is linear to a log-log slope."""
    return {0: "O(1)", 1: "O(n)", 2: "O(n^2)", 3: "O(n^3)"}[GROWTH_CLASSES[big_o]]


def coefficient_of_variation(problem, runs: int) -> tuple[str, float, float]:
    largest = max((case for case in load_cases(problem) if case.perf), key=lambda case: case.input_size())
    limits = problem.limits
    sandbox = open_sandbox("native", problem.reference_path, problem.interface.to_wire(), limits.to_wire())
    try:
        assert sandbox.start().ok
        times = []
        for _ in range(runs):
            run = sandbox.run(largest.input_json, limits.to_wire(), time.monotonic() + limits.wall_s + 5)
            times.append(run.cpu_ms)
    finally:
        sandbox.close()
    return largest.name, statistics.median(times), statistics.stdev(times) / statistics.mean(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("problems", nargs="*")
    parser.add_argument("--cv-runs", type=int, default=10)
    args = parser.parse_args()
    problems = [resolve(p) for p in args.problems] or [p for p in all_problems()[0] if p.complexity]
    confusion: Counter = Counter()
    for problem in problems:
        print(f"== {problem.id} (intended {problem.complexity.intended})")
        for name, truth, found, message in classify(problem):
            confusion[bucket(truth), found] += 1
            print(f"  {name:34s} {truth:11s} -> {found:13s} {message}")
    truths = sorted({truth for truth, _ in confusion}, key=COLUMNS.index)
    table = [[truth, *(confusion[truth, column] for column in COLUMNS)] for truth in truths]
    print("\nConfusion (rows: known class, columns: estimate)")
    print(tabulate(table, ["known \\ estimated", *COLUMNS], tablefmt="github"))
    right = sum(confusion[truth, truth] for truth in truths)
    wrong = sum(n for (truth, found), n in confusion.items() if found not in (truth, "inconclusive"))
    total = sum(confusion.values())
    print(f"correct {right}/{total}, misclassified {wrong}, inconclusive {total - right - wrong}")
    print(f"\nReference CPU time on its largest perf case, {args.cv_runs} runs")
    rows = [(p.id, *coefficient_of_variation(p, args.cv_runs)) for p in problems if p.id in ANCHORS or args.problems]
    print(tabulate([(i, c, f"{m:.1f}", f"{cv:.3f}") for i, c, m, cv in rows], ["problem", "case", "median ms", "CV"]))


if __name__ == "__main__":
    main()
