"""The property search: it finds each wrong solution's bug, names its edge tag, and never cries wolf."""

from __future__ import annotations

import json

import pytest
from hypothesis import Phase, find, settings
from hypothesis.errors import NoSuchExample

from judge.backends.base import CaseRun
from judge.bank import all_problems, resolve
from judge.engine import classify, explained_search, judge, search_alone, standalone_search
from judge.search import Outcome, PropertySearch
from judge.trusted import load_module
from judge.verdicts import Verdict
from tests.in_process import in_process_search

ANCHORS = ["count_subarrays", "top_k_stream", "is_valid_bst", "sessionize"]
PROBLEMS, _ = all_problems()
GENEROUS_S = 60.0  # a budget that never cuts a search short, so every run does the same work


def within_reach(problem, tag: str) -> bool:
    """Whether small generated inputs can show this edge at all (sizes and depths they cannot). Only
    whether one exists: the same draws in the same order, with no shrinking of the first it finds."""
    generate = load_module(problem.generator_path)
    try:
        find(
            generate.STRATEGY,
            generate.PREDICATES[tag],
            settings=settings(max_examples=300, derandomize=True, database=None, phases=[Phase.generate]),
        )
    except NoSuchExample:
        return False
    return True


def searched(problem, solution, budget_s=GENEROUS_S):
    """(counterexamples, examples tried) of one search, in a sandbox of its own."""
    result = search_alone(problem, solution, budget_s)
    return result.counterexamples, result.examples


class Unasked:
    """The sandbox of a replayed search, whose every answer comes from a first run's record: a run
    here means the replay asked for an input the first run never evaluated."""

    alive = True

    def __init__(self) -> None:
        self.asked: list[str] = []

    def run(self, input_json: str, limits: dict, deadline: float) -> CaseRun:
        self.asked.append(input_json)
        return CaseRun("lost", detail="an input the first run did not evaluate")


def replayed(problem, recorded: dict[str, Outcome]) -> tuple[list, list[str]]:
    """(counterexamples, inputs not in the record) of the same search answered from `recorded`."""
    sandbox = Unasked()
    search = PropertySearch(problem, load_module(problem.generator_path), sandbox, GENEROUS_S, classify)
    search.outcomes.update(recorded)
    return explained_search(problem, search).counterexamples, sandbox.asked


def answers(outcomes: dict[str, Outcome]) -> dict[str, tuple]:
    """What decides a search's path: each input's verdict and value (not a message's timings)."""
    return {key: (o.verdict, json.dumps(o.got), o.error_type) for key, o in outcomes.items()}


WRONG = [(problem, wrong) for problem in PROBLEMS for wrong in problem.wrong]


@pytest.mark.slow
@pytest.mark.parametrize(("problem", "wrong"), WRONG, ids=[f"{p.id}-{w.name}" for p, w in WRONG])
def test_finds_and_names_each_bug(problem, wrong):
    """Every bug small inputs can show is found and named by its tag; identically, on the anchors,
    in three runs.

    What this tests is the search's logic (drawing, shrinking, naming), so the search asks an
    in-process stand-in for the sandbox (tests/in_process.py). On the anchors, a fresh real sandbox
    is then asked every input the search evaluated, and must answer each the same (verdict, value,
    error type): the stand-in's answers are the sandbox's, and the sandbox answers alike run after
    run. A second run is the same search answered from the first's record: it must ask for no other
    input and settle on the same counterexamples, so Hypothesis takes the same path too.
    """
    if not within_reach(problem, wrong.misses):
        pytest.skip(f"{wrong.misses} needs inputs larger or deeper than the search draws")
    search = in_process_search(problem, wrong.path, GENEROUS_S)
    first = explained_search(problem, search).counterexamples
    assert first, f"no counterexample for {wrong.name}"
    assert first[0].tags and wrong.misses == first[0].tags[0], (first[0].input, first[0].tags)
    predicates = load_module(problem.generator_path).PREDICATES
    for found in first:  # never a tag the input does not exhibit
        assert all(predicates[tag](found.input) for tag in found.tags)
    if problem.id not in ANCHORS:
        return
    with standalone_search(problem, wrong.path, GENEROUS_S) as fresh:
        again = {key: fresh.evaluate(json.loads(key)) for key in search.outcomes}
    assert answers(again) == answers(search.outcomes)
    replay, unrecorded = replayed(problem, search.outcomes)
    assert unrecorded == []
    signatures = [[(c.kind, json.dumps(c.input), c.tags) for c in run] for run in (first, replay)]
    assert signatures[1] == signatures[0]


@pytest.mark.slow
@pytest.mark.parametrize("problem_id", ANCHORS)
def test_accepted_solutions_pass_the_search(problem_id):
    problem = resolve(problem_id)
    for solution in [problem.reference_path, *problem.accepted_paths]:
        found, examples = searched(problem, solution)
        assert found == [] and examples > 20, solution.name


FALSE_ALARM_RUNS, FALSE_ALARM_BATCHES = 200, 8


@pytest.fixture(scope="module")
def reference_draws() -> list[dict]:
    """The inputs a search of count_subarrays's reference draws, from a search that must find nothing."""
    problem = resolve("count_subarrays")
    with standalone_search(problem, problem.reference_path, budget_s=5) as search:
        assert search.run().counterexamples == []
        return [json.loads(key) for key in search.outcomes]


@pytest.mark.slow
@pytest.mark.parametrize("batch", range(FALSE_ALARM_BATCHES))
def test_no_false_alarms_in_200_runs(batch, reference_draws):
    """200 searches of the reference, each in a sandbox of its own, cry wolf on no input.

    The search is derandomized: every run draws the very inputs the first one drew, and while all of
    them pass, the same ones in the same order. So a run is its evaluations, each input in the sandbox
    under the search's tight limits, judged by the same code; only the identical drawing is not
    repeated. The runs are split into batches that the workers share.
    """
    problem = resolve("count_subarrays")
    for _ in range(FALSE_ALARM_RUNS // FALSE_ALARM_BATCHES):
        with standalone_search(problem, problem.reference_path, budget_s=5) as search:
            alarms = [(draw, search.evaluate(draw)) for draw in reference_draws]
        assert [alarm for alarm in alarms if alarm[1].verdict is not Verdict.AC] == []


def test_the_report_shows_the_counterexample_and_the_misconception():
    problem = resolve("count_subarrays")
    report = judge(
        problem, problem.root / "wrong" / "sliding_window.py", "wrong", search_budget_s=GENEROUS_S, growth_budget_s=None
    )
    (found,) = report.search.counterexamples
    assert found.input == {"args": {"nums": [-1], "k": 0}}
    assert (found.outcome.expected, found.outcome.got, found.outcome.verdict) == (0, 1, Verdict.WA)
    assert found.tags[0] == "negatives"  # the removers showed that making it positive makes it pass
    assert any("two pointers" in hint for hint in found.hints)
    assert any("two pointers" in hint for hint in report.first_failure.hints)
    negatives = next(edge for edge in report.edges if edge.tag == "negatives")
    assert negatives.status == "missed"


def test_the_search_alone_can_fail_a_run(tmp_path):
    """A solution that passes every fixed case but breaks on a small generated input is not accepted."""
    problem = resolve("count_subarrays")
    source = problem.reference_path.read_text() + (
        "\n\n_reference = count_subarrays\n\n\ndef count_subarrays(nums, k):\n"
        "    if nums == [3, 3]:\n        return -1\n    return _reference(nums, k)\n"
    )
    (tmp_path / "solution.py").write_text(source)
    report = judge(problem, tmp_path / "solution.py", "x", search_budget_s=GENEROUS_S, growth_budget_s=None)
    assert report.passed == len(report.results)
    assert report.verdict is Verdict.WA
    (found,) = report.search.counterexamples
    assert found.input == {"args": {"nums": [3, 3], "k": 0}}  # shrunk: k went to its simplest value
    assert found.tags == ["k_zero"]  # the only tag the input exhibits, even if it is not the reason
