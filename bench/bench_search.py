"""What the property search costs, and how fast it finds each anchor's known bugs.

    python bench/bench_search.py [PROBLEM ...] [--budget SECONDS]

For each problem: the search on the reference (seconds, distinct inputs run: the cost a correct
solution pays), then for every wrong solution whose bug small inputs can show, the time until the
search returned its shrunk counterexample, and the tag it named. Medians of --repeat runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.bank import resolve  # noqa: E402
from judge.engine import search_alone  # noqa: E402

ANCHORS = ["count_subarrays", "top_k_stream", "is_valid_bst", "sessionize"]
OUT_OF_REACH = {"large_input", "large_stream", "degenerate_depth"}


def one_search(problem, solution: Path, budget: float):
    result = search_alone(problem, solution, budget)
    return result.seconds, result.examples, result.counterexamples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("problems", nargs="*", default=ANCHORS)
    parser.add_argument("--budget", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for problem_id in args.problems:
        problem = resolve(problem_id)
        runs = [one_search(problem, problem.reference_path, args.budget) for _ in range(args.repeat)]
        seconds = statistics.median(r[0] for r in runs)
        examples = statistics.median(r[1] for r in runs)
        print(f"{problem.id}: reference searched in {seconds:.2f} s, {examples:.0f} inputs, {len(runs[0][2])} failures")
        for wrong in problem.wrong:
            if wrong.misses in OUT_OF_REACH:
                continue
            runs = [one_search(problem, wrong.path, args.budget) for _ in range(args.repeat)]
            found = runs[0][2]
            named = found[0].tags[0] if found and found[0].tags else "-"
            mark = "ok" if named == wrong.misses else "MISNAMED"
            print(
                f"  {wrong.name:26s} {statistics.median(r[0] for r in runs):6.2f} s  "
                f"inputs {statistics.median(r[1] for r in runs):4.0f}  named {named:22s} {mark}"
            )


if __name__ == "__main__":
    main()
