"""Every verdict the engine can give, on the fixture problem, through the real sandbox."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from judge.backends.base import LoadResult
from judge.cases import Case
from judge.engine import CaseResult, blame, edge_statuses, judge, judge_fault, start
from judge.problem import load_problem
from judge.verdicts import Verdict
from tests.conftest import ADD_NUMBERS, judge_json, write_solution


def run(problem_dir: Path, source: str, tmp_path: Path, **options):
    solution = write_solution(tmp_path, dedent(source))
    return judge(load_problem(problem_dir), solution, "the given file", **options)


def test_accepted(add_problem, tmp_path):
    report = run(add_problem, "def add(a, b):\n    return a + b\n", tmp_path)
    assert report.verdict is Verdict.AC and report.passed == 4
    assert [edge.status for edge in report.edges] == ["handled", "handled"]


def test_printing_and_tuples_are_fine(add_problem, tmp_path):
    report = run(add_problem, "def add(a, b):\n    print('thinking', a, b)\n    return a + b\n", tmp_path)
    assert report.verdict is Verdict.AC
    assert report.results[0].run.stdout == "thinking 1 2\n"


def test_wrong_answer_names_the_missed_edge(add_problem, tmp_path):
    report = run(add_problem, "def add(a, b):\n    return abs(a) + abs(b)\n", tmp_path)
    assert report.verdict is Verdict.WA
    assert report.first_failure.case.name == "negative_and_positive"
    assert report.first_failure.message == "expected -3, got 7"
    statuses = {edge.tag: edge.status for edge in report.edges}
    assert statuses == {"negatives": "missed", "zero": "handled"}


def test_booleans_are_not_numbers(add_problem, tmp_path):
    report = run(add_problem, "def add(a, b):\n    return True if a + b == 1 else a + b\n", tmp_path)
    assert report.verdict is Verdict.AC  # no case sums to 1
    report = run(add_problem, "def add(a, b):\n    return float(a + b)\n", tmp_path)
    assert report.verdict is Verdict.AC  # 3.0 == 3 as JSON numbers


@pytest.mark.parametrize(
    ("source", "verdict", "message"),
    [
        ("def add(a, b):\n    return {a + b}\n", Verdict.WA, "returned a set, which is not a JSON value"),
        (
            "def add(a, b):\n    x = 1\n    return x / 0\n",
            Verdict.RE,
            "ZeroDivisionError: division by zero at line 3: return x / 0",
        ),
        ("def add(a, b):\n    return add(a, b)\n", Verdict.RE, "recursion too deep"),
        ("def add(a, b):\n    return float('nan')\n", Verdict.WA, "returned NaN, which is not a JSON value"),
        ("def add(a, b):\n    return [1, -1e999]\n", Verdict.WA, "returned -Infinity, which is not a JSON value"),
    ],
    ids=["set_is_not_json", "runtime_error_names_the_line", "recursion_suggests_a_stack", "nan", "infinity"],
)
def test_first_failure_says_why(add_problem, tmp_path, source, verdict, message):
    report = run(add_problem, source, tmp_path)
    assert report.verdict is verdict
    assert message in report.first_failure.message


def test_syntax_error_is_ce_with_its_line(add_problem, tmp_path):
    report = run(add_problem, "def add(a, b):\n    return a +\n", tmp_path)
    assert report.verdict is Verdict.CE
    assert report.load_error.startswith("SyntaxError: invalid syntax") and "line 2" in report.load_error
    assert all(result.verdict is Verdict.NOT_RUN for result in report.results)
    assert {edge.status for edge in report.edges} == {"untested"}


def test_import_error_is_ce(add_problem, tmp_path):
    report = run(add_problem, "import numpy_is_not_here\n", tmp_path)
    assert report.verdict is Verdict.CE
    assert (
        report.load_error
        == "ModuleNotFoundError: No module named 'numpy_is_not_here' at line 1: import numpy_is_not_here"
    )


@pytest.mark.slow
def test_a_module_that_never_loads_is_ce(add_problem, tmp_path):
    report = run(add_problem, "while True:\n    pass\n", tmp_path)
    assert report.verdict is Verdict.CE
    assert "did not finish loading" in report.load_error


def test_a_broken_checker_is_the_judges_fault(add_problem, tmp_path):
    (add_problem / "checker.py").write_text("def check(case_input, expected, got):\n    raise KeyError('x')\n")
    report = run(add_problem, "def add(a, b):\n    return a + b\n", tmp_path)
    assert report.verdict is Verdict.IE
    assert "the problem's checker failed: KeyError" in report.first_failure.message


def test_a_checker_decides_with_its_reason(add_problem, tmp_path):
    checker = "def check(case_input, expected, got):\n    return abs(got - expected) <= 1, 'off by more than one'\n"
    (add_problem / "checker.py").write_text(checker)
    assert run(add_problem, "def add(a, b):\n    return a + b + 1\n", tmp_path).verdict is Verdict.AC
    report = run(add_problem, "def add(a, b):\n    return a + b + 2\n", tmp_path)
    assert report.verdict is Verdict.WA and report.first_failure.message == "off by more than one"


@pytest.mark.slow
def test_the_run_budget_stops_a_hanging_solution(add_problem, tmp_path):
    report = run(add_problem, "import time\ndef add(a, b):\n    time.sleep(60)\n", tmp_path, budget_s=4)
    verdicts = [result.verdict for result in report.results]
    assert verdicts[0] is Verdict.TLE and Verdict.NOT_RUN in verdicts
    assert report.verdict is Verdict.TLE
    assert report.elapsed_s < 12
    assert "budget was spent" in report.notes[0]


def result(name: str, tags: tuple[str, ...], verdict: Verdict) -> CaseResult:
    return CaseResult(Case(name, tags, "{}", "null", False), verdict)


def test_blame_points_at_the_tag_that_fails_consistently(add_problem):
    problem = load_problem(add_problem)
    results = [
        result("zero_only", ("zero",), Verdict.AC),
        result("both", ("zero", "negatives"), Verdict.WA),
        result("negatives_only", ("negatives",), Verdict.WA),
    ]
    assert set(blame(problem, results)) == {"negatives"}
    statuses = {
        edge.tag: (edge.status, edge.evidence.case.name if edge.evidence else None)
        for edge in edge_statuses(problem, results)
    }
    assert statuses == {"negatives": ("missed", "both"), "zero": ("handled", None)}


def test_untested_when_no_case_or_not_run(add_problem):
    problem = load_problem(add_problem)
    results = [result("zero_only", ("zero",), Verdict.NOT_RUN)]
    assert [edge.status for edge in edge_statuses(problem, results)] == ["untested", "untested"]


def test_a_forged_nan_is_refused_and_the_report_stays_json(tmp_path):
    forger = """
        import json
        real = json.dumps
        json.dumps = lambda value, *args, **options: "NaN" if "separators" in options else real(value, *args, **options)

        def add(a, b):
            return a + b
        """
    code, report = judge_json("run", ADD_NUMBERS, write_solution(tmp_path, dedent(forger)), "--no-search")
    assert report["verdict"] == "RE"  # judge_json parsed it strictly: no bare NaN anywhere
    assert report["cases"][0]["message"] == "returned a value the judge could not read"


class Starts:
    """A sandbox whose start() answers from a list, to test what the engine does with each."""

    def __init__(self, *answers: LoadResult) -> None:
        self.answers = list(answers)

    def start(self) -> LoadResult:
        return self.answers.pop(0)


def test_a_sandbox_lost_before_the_code_ran_is_retried_once_and_only_then_the_judges_fault():
    lost = LoadResult(False, lost=True, detail="gone")
    assert start(Starts(lost, LoadResult(True))).ok
    assert judge_fault(start(Starts(lost, lost)))
    own = Starts(LoadResult(False, lost=True, started=True), LoadResult(True))
    assert not start(own).ok and not judge_fault(LoadResult(False, lost=True, started=True))  # no retry: its own
