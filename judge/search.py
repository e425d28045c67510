"""The property search: small generated inputs, the submission against the reference, shrunk failures.

Hypothesis draws inputs from the problem's STRATEGY (tests/generate.py). The submission answers in
the sandbox and the reference on the host; any disagreement is a failure. Failures of each kind
(wrong answer, crash, timeout) are shrunk separately to a minimal input by Hypothesis, derandomized
so that the same submission gets the same counterexample on every run. Every input is evaluated
once, however often the searches for the different kinds revisit it.
"""

from __future__ import annotations

import copy
import json
import time
from dataclasses import dataclass, field
from typing import Any

from judge.backends.base import Sandbox
from judge.cases import Case
from judge.errors import ProblemError
from judge.paths import cache_dir
from judge.problem import Problem
from judge.trusted import load_module, run_trusted, runner
from judge.verdicts import Verdict

DEFAULT_BUDGET_S = 5.0
MAX_EXAMPLES = 300
SEARCH_WALL_S = 0.5  # inputs are small: anything slower is a hang, and every hang costs this much
KINDS = {Verdict.WA: "wrong", Verdict.TLE: "timeout"}  # every other failing verdict is a crash
KIND_ORDER = ("wrong", "crash", "timeout")


@dataclass
class Outcome:
    verdict: Verdict
    message: str
    expected: Any
    got: Any
    error_type: str | None = None


@dataclass
class Counterexample:
    kind: str
    input: dict
    outcome: Outcome
    tags: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)


@dataclass
class SearchResult:
    counterexamples: list[Counterexample]
    examples: int
    seconds: float
    note: str = ""


class _Failure(Exception):
    def __init__(self, case_input: dict) -> None:
        super().__init__()
        self.case_input = case_input


def search_limits(problem: Problem) -> dict:
    return {**problem.limits.to_wire(), "cpu_s": 1, "wall_s": SEARCH_WALL_S}


class PropertySearch:
    """One search over one submission, sharing the run's sandbox."""

    def __init__(self, problem: Problem, generate, sandbox: Sandbox, budget_s: float, classify) -> None:
        self.problem, self.generate, self.sandbox, self.classify = problem, generate, sandbox, classify
        self.reference = load_module(problem.reference_path)
        self.deadline = time.monotonic() + budget_s
        self.budget_s = budget_s
        self.outcomes: dict[str, Outcome] = {}
        self.smallest: dict[str, dict] = {}
        self.limits = search_limits(problem)
        self.checker = load_module(problem.checker_path) if problem.checker_path else None

    def evaluate(self, case_input: dict) -> Outcome:
        """The submission's outcome on one input, from the sandbox, decided on the host."""
        key = json.dumps(case_input, sort_keys=True)
        if key in self.outcomes:
            return self.outcomes[key]
        try:
            expected = run_trusted(self.reference, self.problem.interface.to_wire(), case_input)
        except Exception as exc:
            raise ProblemError(f"the reference failed on {case_input}: {type(exc).__name__}: {exc}") from None
        case = Case("generated", (), runner().encode(case_input).decode(), runner().encode(expected).decode(), False)
        if not self.sandbox.alive:  # a crash or hang killed it: a failure of that input, then a fresh one
            self.sandbox.start()
        run = self.sandbox.run(case.input_json, self.limits, time.monotonic() + SEARCH_WALL_S + 5)
        verdict, message, got = self.classify(run, case, self.problem.limits, self.checker)
        outcome = Outcome(verdict, message, expected, got, (run.error or {}).get("type"))
        self.outcomes[key] = outcome
        return outcome

    def passes(self, case_input: dict) -> bool:
        return self.evaluate(case_input).verdict is Verdict.AC

    def confirmed_fast(self, case_input: dict) -> bool:
        """Re-run a timed-out input under the problem's real limits."""
        if not self.sandbox.alive:
            self.sandbox.start()
        case = Case("generated", (), runner().encode(case_input).decode(), "null", False)
        limits = self.problem.limits
        run = self.sandbox.run(case.input_json, limits.to_wire(), time.monotonic() + limits.wall_s + 5)
        return run.status == "ok"

    def _shrunk(self, kind: str) -> dict | None:
        """The minimal input failing with this kind, or None if none turned up in the budget."""
        from hypothesis import HealthCheck, Phase, Verbosity, given, settings  # 0.2 s: only when searching
        from hypothesis.errors import Flaky

        @settings(
            derandomize=True,
            database=None,
            max_examples=MAX_EXAMPLES,
            deadline=None,
            phases=[Phase.generate, Phase.shrink],
            suppress_health_check=list(HealthCheck),
            verbosity=Verbosity.quiet,
            print_blob=False,
            report_multiple_bugs=False,
        )
        @given(self.generate.STRATEGY)
        def property_holds(case_input: dict) -> None:
            if time.monotonic() > self.deadline:
                return  # out of budget: the shrinker keeps the smallest failure it has verified
            outcome = self.evaluate(case_input)
            if outcome.verdict is not Verdict.AC and KINDS.get(outcome.verdict, "crash") == kind:
                self.smallest[kind] = case_input  # the shrinker only moves to smaller failures
                raise _Failure(case_input)

        try:
            property_holds()
        except _Failure as failure:
            return failure.case_input
        except Flaky:  # the budget ran out mid-shrink, so the final replay passed: keep the best so far
            pass
        except ProblemError:
            raise
        except Exception as exc:  # the STRATEGY or a PREDICATE is the problem's code
            raise ProblemError(f"tests/generate.py failed in the search: {type(exc).__name__}: {exc}") from None
        return self.smallest.get(kind)

    def run(self) -> SearchResult:
        started = time.monotonic()
        from hypothesis.configuration import set_hypothesis_home_dir

        set_hypothesis_home_dir(cache_dir() / "hypothesis")  # not a .hypothesis/ wherever the user is
        counterexamples = []
        clean_pass = False  # a pass that failed on nothing: a later one draws the very same inputs
        for kind in KIND_ORDER:
            if time.monotonic() > self.deadline:
                break
            if clean_pass and not any(_kind(outcome) == kind for outcome in self.outcomes.values()):
                continue  # derandomized, and every input passes as before: it would find nothing
            case_input = self._shrunk(kind)
            if case_input is not None:
                counterexamples.append(Counterexample(kind, case_input, self.evaluate(case_input)))
            clean_pass = clean_pass or kind not in self.smallest
        note = "" if time.monotonic() <= self.deadline else f"the {self.budget_s:g} s search budget was spent"
        return SearchResult(counterexamples, len(self.outcomes), time.monotonic() - started, note)


def _kind(outcome: Outcome) -> str | None:
    """Which search an outcome fails: none for a pass. `property_holds` spells the same test out
    rather than call this: Hypothesis derives its derandomized seed from that function's source, and
    a changed source would draw other inputs than every earlier run did."""
    return None if outcome.verdict is Verdict.AC else KINDS.get(outcome.verdict, "crash")


def _holds(predicate, case_input: dict) -> bool:
    try:
        return bool(predicate(copy.deepcopy(case_input)))
    except Exception:  # a predicate that cannot read this input does not claim it
        return False


def name_tags(
    problem: Problem, generate, cases: list[Case], case_input: dict, passes, suspects: list[str] = ()
) -> list[str]:
    """The edge tags this input exhibits, the one that matters first. Only tags whose predicate holds
    are named.

    Each of the problem's REMOVERS takes one tag's feature away. If the changed input then passes,
    the tag decides; a removal that touched no other tag decides more surely than one that did. If
    it still fails, the tag is beside the point. Within each group, a tag whose known-buggy solution
    fails exactly this way (`suspects`) goes first, then the more specific (fewer hidden cases).
    """
    predicates = getattr(generate, "PREDICATES", {})
    order = list(problem.edges)
    shown = [tag for tag in order if tag in predicates and _holds(predicates[tag], case_input)]
    frequency = {tag: sum(tag in case.tags for case in cases) for tag in shown}
    group = dict.fromkeys(shown, 2)  # 0 decides cleanly, 1 decides, 2 unknown, 3 beside the point
    for tag, remove in getattr(generate, "REMOVERS", {}).items():
        if tag not in shown:
            continue
        changed = remove(copy.deepcopy(case_input))
        if changed is None or _holds(predicates[tag], changed):
            continue  # the remover could not take the feature away here
        clean = all(_holds(predicates[other], changed) for other in shown if other != tag)
        group[tag] = (0 if clean else 1) if passes(changed) else 3
    return sorted(shown, key=lambda tag: (group[tag], tag not in suspects, frequency[tag], order.index(tag)))
