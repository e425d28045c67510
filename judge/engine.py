"""Judging one solution: run every case in a sandbox, decide verdicts on the host, find missed edges."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge import growth, stream_memory, strict_json
from judge.backends.base import CaseRun, Isolation, LoadResult
from judge.backends.select import open_sandbox
from judge.calibration import LazyProfile, ReferenceProfile, case_limits
from judge.cases import Case, load_cases
from judge.errors import JudgeError, ProblemError
from judge.hints import misconceptions
from judge.problem import Limits, Problem
from judge.search import DEFAULT_BUDGET_S as DEFAULT_SEARCH_BUDGET_S
from judge.search import Counterexample, PropertySearch, SearchResult, name_tags
from judge.timing import TimingSummary, summarize
from judge.trusted import load_module
from judge.values import compare
from judge.verdicts import Verdict, worst

DEFAULT_BUDGET_S = 30.0
MEMORY_NEAR_LIMIT = 0.9
SIGNAL_NAMES = {
    "SIGSEGV": "a segmentation fault",
    "SIGABRT": "an abort",
    "SIGBUS": "a bus error",
    "SIGILL": "an illegal instruction",
    "SIGFPE": "a floating-point exception",
}


@dataclass
class CaseResult:
    case: Case
    verdict: Verdict
    message: str = ""
    run: CaseRun | None = None
    got: Any = None
    hints: list[str] = field(default_factory=list)
    limit_s: float = 0.0  # the CPU limit this case was held to: calibrated for perf cases

    @property
    def failed(self) -> bool:
        return self.verdict not in (Verdict.AC, Verdict.NOT_RUN)


@dataclass
class EdgeStatus:
    tag: str
    summary: str
    hint: str
    status: str  # handled | missed | untested
    evidence: CaseResult | None = None
    counterexample: Counterexample | None = None


@dataclass
class RunReport:
    problem: Problem
    solution: Path
    solution_label: str
    isolation: Isolation
    verdict: Verdict
    results: list[CaseResult]
    edges: list[EdgeStatus]
    elapsed_s: float
    load_error: str | None = None
    notes: list[str] = field(default_factory=list)
    search: SearchResult | None = None
    timing: TimingSummary | None = None
    complexity: growth.GrowthEstimate | None = None

    @property
    def passed(self) -> int:
        return sum(result.verdict is Verdict.AC for result in self.results)

    @property
    def first_failure(self) -> CaseResult | None:
        return next((result for result in self.results if result.failed), None)

    @property
    def flags(self) -> list[str]:
        """What an interviewer would still say of an accepted solution: its growth, its memory."""
        flags = []
        if self.complexity and self.complexity.flagged:
            flags.append(f"its time grows faster than the intended {self.complexity.intended}")
        if self.timing and self.timing.memory and self.timing.memory.status == "flagged":
            flags.append("its memory grows with the stream")
        return flags


def start(sandbox) -> LoadResult:
    """Start the runner and load the solution. A sandbox lost before the submission's code ran is
    retried once, clean: only a second loss the same way is the judge's fault (`judge_fault`)."""
    load = sandbox.start()
    if judge_fault(load):
        load = sandbox.start()
    return load


def judge_fault(load: LoadResult) -> bool:
    """Lost before the submission's code began: nothing the candidate wrote can have caused it."""
    return load.lost and not load.started


def describe_load_failure(load: LoadResult, limits: Limits) -> str:
    """One line a candidate can act on: what stopped the module from loading, and where."""
    if load.error:
        return _error_message(load.error)
    run = load.run
    if run is None and load.lost and load.started:
        return f"your code broke the sandbox while the module loaded: {load.detail}"
    if run is None:
        return load.detail
    if run.status == "timeout" or run.signal == "SIGXCPU":
        return f"the module did not finish loading within {limits.wall_s:g} s (a loop at top level?)"
    if run.status == "error" and run.error:
        return _error_message(run.error)
    if run.status == "signal":
        return f"loading was killed by {run.signal}"
    return f"loading ended without finishing (exit code {run.exit_code})"


def _error_message(error: dict) -> str:
    where = f" at line {error['line']}" if error.get("line") else ""
    frames = error.get("frames") or []
    if frames and isinstance(frames[-1], dict) and frames[-1].get("code"):
        where += f": {frames[-1]['code']}"
    message = f": {error['message']}" if error.get("message") else ""
    return f"{error.get('type')}{message}{where}"


def classify(run: CaseRun, case: Case, limits: Limits, checker) -> tuple[Verdict, str, Any]:
    """The host's decision for one case; nothing the sandbox says is taken on trust."""
    cpu_limit_ms = limits.time_s * 1000
    memory_kb = limits.memory_mb * 1024
    near_memory = run.peak_kb >= memory_kb * MEMORY_NEAR_LIMIT
    if run.status == "lost":
        return Verdict.RE, f"your code broke the sandbox: {run.detail}", None
    if run.status == "timeout":
        wall, cpu = run.wall_ms / 1000, run.cpu_ms / 1000
        why = "waiting or sleeping?" if cpu < wall / 2 else "the machine may be busy; run again to be sure"
        return Verdict.TLE, f"still running after {wall:.1f} s of wall time, {cpu:.1f} s of it on the CPU ({why})", None
    if run.status == "signal":
        if run.signal == "SIGXCPU" or (run.signal == "SIGKILL" and run.cpu_ms >= cpu_limit_ms):
            return Verdict.TLE, f"stopped by the {limits.time_s:g} s CPU-time limit", None
        if run.signal == "SIGXFSZ":
            return Verdict.OLE, f"printed more than {limits.output_kb} KiB", None
        if near_memory:
            return Verdict.MLE, f"killed by {run.signal} at the {limits.memory_mb} MB memory limit", None
        return Verdict.RE, f"crashed with {run.signal} ({SIGNAL_NAMES.get(run.signal, 'a signal')})", None
    if run.status == "no_process":
        return Verdict.RE, "processes left running by earlier cases used up the sandbox's process limit", None
    if run.status == "result_too_large":
        return Verdict.OLE, "returned a value larger than the judge accepts (64 MiB)", None
    if run.status == "exit":
        if run.malformed:
            return Verdict.RE, "wrote into the judge's result channel instead of returning a value", None
        return (
            Verdict.RE,
            f"the process exited (code {run.exit_code}) before returning (sys.exit or os._exit?)",
            None,
        )
    if run.status == "error" and run.error:
        kind = run.error.get("type")
        if kind == "MemoryError" or (near_memory and kind == "OSError"):
            return Verdict.MLE, f"ran out of memory: the limit is {limits.memory_mb} MB", None
        if kind == "BlockingIOError":  # what fork raises at RLIMIT_NPROC or pids.max
            return (
                Verdict.RE,
                f"{_error_message(run.error)} (too many processes: the sandbox allows few)",
                None,
            )
        if kind == "NotJSON":
            return Verdict.WA, f"{run.error.get('message')}; return lists, numbers, strings or None", None
        if kind == "RecursionError":
            return (
                Verdict.RE,
                f"{_error_message(run.error)} (recursion too deep: try an explicit stack)",
                None,
            )
        return Verdict.RE, _error_message(run.error), None
    if run.status != "ok":
        return Verdict.RE, f"the sandbox reported an unknown status {run.status!r}", None
    if run.cpu_ms > cpu_limit_ms:
        return Verdict.TLE, f"used {run.cpu_ms / 1000:.2f} s of CPU; the limit is {limits.time_s:g} s", None
    if run.peak_kb > memory_kb:
        return Verdict.MLE, f"peak memory {run.peak_kb // 1024} MB; the limit is {limits.memory_mb} MB", None
    if run.stdout_bytes + run.stderr_bytes > limits.output_kb * 1024:
        return Verdict.OLE, f"printed more than {limits.output_kb} KiB", None
    if checker is None and run.payload == case.expected_json.encode():
        return Verdict.AC, "", None  # the same bytes from the same encoder: equal values
    try:
        got = strict_json.loads(run.payload) if run.payload else None
    except ValueError:
        return Verdict.RE, "returned a value the judge could not read", None
    try:
        accepted, detail = compare(case.input, case.expected, got, checker)
    except Exception as exc:  # the checker is the problem's code: its failure is ours, not theirs
        return Verdict.IE, f"the problem's checker failed: {type(exc).__name__}: {exc}", got
    return (Verdict.AC, "", got) if accepted else (Verdict.WA, detail, got)


def blame(problem: Problem, results: list[CaseResult]) -> dict[str, CaseResult]:
    """Which edge tags the failures point at, each with the first failing case as evidence.

    A failed case usually carries several tags, and only one of them is the reason. Greedily blame
    the tag whose cases fail most consistently (then the one explaining most failures), until every
    tagged failure is explained: a solution that fails every k_zero case, and passes other
    single_element cases, is blamed for k_zero even where a failing case is tagged with both.
    """
    order = list(problem.edges)
    unexplained = [result for result in results if result.failed and result.case.tags]
    blamed: dict[str, CaseResult] = {}

    def fail_rate(tag: str) -> float:
        tagged = [r for r in results if tag in r.case.tags and r.verdict is not Verdict.NOT_RUN]
        return sum(r.failed for r in tagged) / len(tagged)

    while unexplained:
        candidates = {tag for result in unexplained for tag in result.case.tags}
        tag = max(
            candidates,
            key=lambda t: (fail_rate(t), sum(t in r.case.tags for r in unexplained), -order.index(t)),
        )
        blamed[tag] = next(result for result in unexplained if tag in result.case.tags)
        unexplained = [result for result in unexplained if tag not in result.case.tags]
    return blamed


def edge_statuses(
    problem: Problem, results: list[CaseResult], counterexamples: list[Counterexample] = ()
) -> list[EdgeStatus]:
    blamed = blame(problem, results)
    found = {}
    for counterexample in counterexamples:
        if counterexample.tags:
            found.setdefault(counterexample.tags[0], counterexample)
    statuses = []
    for tag, edge in problem.edges.items():
        tagged = [result for result in results if tag in result.case.tags]
        if tag in blamed or tag in found:
            status = "missed"
        elif tagged and all(result.verdict is not Verdict.NOT_RUN for result in tagged):
            status = "handled"
        else:
            status = "untested"
        statuses.append(EdgeStatus(tag, edge.summary, edge.hint, status, blamed.get(tag), found.get(tag)))
    return statuses


def _run_cases(
    sandbox, problem: Problem, cases: list[Case], calibration: LazyProfile, checker, budget_s: float, load_error
) -> list[CaseResult]:
    """Each case under its limit. A perf case's limit comes from the reference's time, measured when
    the first perf case comes, once the solution has passed a case (else the floor decides nothing)."""
    results: list[CaseResult] = []
    started = time.monotonic()
    for case in cases:
        passed_some = any(result.verdict is Verdict.AC for result in results)
        profile = calibration.get() if case.perf and passed_some else calibration.so_far
        limits = case_limits(problem, case, profile)
        # The budget is the candidate's: timing the reference is the judge's own cost.
        if load_error or time.monotonic() - calibration.seconds >= started + budget_s:
            results.append(CaseResult(case, Verdict.NOT_RUN, limit_s=limits.time_s))
            continue
        if not sandbox.alive:
            restart = start(sandbox)
            if not restart.ok:
                message = f"the sandbox could not be restarted: {describe_load_failure(restart, limits)}"
                verdict = Verdict.IE if judge_fault(restart) else Verdict.RE
                results.append(CaseResult(case, verdict, message, limit_s=limits.time_s))
                continue
        # The budget decides which cases start; a case that started has its own limits to finish in.
        run = sandbox.run(case.input_json, limits.to_wire(), time.monotonic() + limits.wall_s + 5)
        verdict, message, got = classify(run, case, limits, checker)
        results.append(CaseResult(case, verdict, message, run, got, limit_s=limits.time_s))
    return results


def _growth(problem: Problem, sandbox, profile: ReferenceProfile, budget_s: float) -> growth.GrowthEstimate:
    measured = growth.measure(sandbox, growth.growth_inputs(problem), problem.limits, budget_s)
    return growth.estimate(problem, measured, profile.growth_fit)


def _memory(problem: Problem, sandbox, profile: ReferenceProfile) -> stream_memory.MemoryCheck | None:
    if profile.stream is None:
        return None  # the reference was not measured: the profile's note says why
    peaks, why = stream_memory.measure(problem, sandbox, problem.limits)
    return stream_memory.judge_memory(problem, peaks, why, profile.stream)


def explain(problem: Problem, search: PropertySearch, cases: list[Case], found: Counterexample) -> None:
    """Name a counterexample's edge tags, and the known misconceptions that fail exactly the same way."""
    outcome = found.outcome
    alike = misconceptions(problem, found.input, outcome.verdict, outcome.got, outcome.error_type)
    found.hints = [wrong.hint for wrong in alike]
    suspects = [wrong.misses for wrong in alike]
    found.tags = name_tags(problem, search.generate, cases, found.input, search.passes, suspects)


@contextlib.contextmanager
def standalone_search(problem: Problem, solution: Path, budget_s: float) -> Iterator[PropertySearch]:
    """A property search with a native sandbox of its own, loaded: for tests and benchmarks."""
    sandbox = open_sandbox("native", solution, problem.interface.to_wire(), problem.limits.to_wire())
    try:
        load = sandbox.start()
        if not load.ok:
            raise JudgeError(f"{solution}: did not load: {describe_load_failure(load, problem.limits)}")
        yield PropertySearch(problem, load_module(problem.generator_path), sandbox, budget_s, classify)
    finally:
        sandbox.close()


def explained_search(problem: Problem, search: PropertySearch) -> SearchResult:
    """Run a search and explain its counterexamples as a run explains them."""
    result = search.run()
    cases = load_cases(problem)
    for found in result.counterexamples:
        explain(problem, search, cases, found)
    return result


def search_alone(problem: Problem, solution: Path, budget_s: float) -> SearchResult:
    """The property search on its own, in a sandbox of its own."""
    with standalone_search(problem, solution, budget_s) as search:
        return explained_search(problem, search)


def _search(problem: Problem, sandbox, cases: list[Case], budget_s: float, notes: list[str]) -> SearchResult | None:
    """The property search after the fixed cases; a broken strategy or reference is noted, not fatal."""
    try:
        generate = load_module(problem.generator_path)
        if not hasattr(generate, "STRATEGY"):
            return None
        search = PropertySearch(problem, generate, sandbox, budget_s, classify)
        result = search.run()
        kept = []
        for found in result.counterexamples:
            if found.kind == "timeout" and search.confirmed_fast(found.input):
                continue  # slow only under the search's tight wall limit: noise, not a bug
            explain(problem, search, cases, found)
            kept.append(found)
        result.counterexamples = kept
    except ProblemError as exc:  # the problem's own code failed: the candidate still gets the fixed cases
        notes.append(f"The property search was skipped because the problem is broken: {exc}.")
        return None
    if result.note:
        notes.append(f"Property search: {result.note}.")
    return result


def judge(
    problem: Problem,
    solution: Path,
    label: str,
    backend: str = "native",
    budget_s: float = DEFAULT_BUDGET_S,
    search_budget_s: float | None = DEFAULT_SEARCH_BUDGET_S,
    growth_budget_s: float | None = growth.DEFAULT_BUDGET_S,
) -> RunReport:
    """The samples, then the hidden cases (until the budget is spent), then the growth estimate and
    the memory check where the problem asks for them, then the property search."""
    started = time.monotonic()
    limits = problem.limits
    # Loading the module is held to the same limits as a case: top-level work counts too.
    extras = {"stream.py": problem.stream_path} if problem.memory else None
    sandbox = open_sandbox(backend, solution, problem.interface.to_wire(), limits.to_wire(), extras)
    notes: list[str] = []
    search = complexity = memory = None
    try:
        sandbox.launch()  # the runner boots while the cases load
        cases = load_cases(problem)
        checker = load_module(problem.checker_path) if problem.checker_path else None
        load = start(sandbox)
        load_error = None if load.ok else describe_load_failure(load, limits)
        calibration = LazyProfile(problem, backend, sandbox.isolation, cases, grow=bool(growth_budget_s))
        results = _run_cases(sandbox, problem, cases, calibration, checker, budget_s, load_error)
        passed_some = any(result.verdict is Verdict.AC for result in results)
        timed = passed_some and growth_budget_s and (problem.complexity or problem.memory)
        profile = calibration.get() if timed else calibration.so_far
        if profile.problem_note:
            notes.append(f"Timing: {profile.problem_note}; limits fall back to the problem's floor.")
        if load_error is None and timed:
            if problem.complexity:
                complexity = _growth(problem, sandbox, profile, growth_budget_s)
            if problem.memory:
                memory = _memory(problem, sandbox, profile)
        if load_error is None and search_budget_s and problem.generator_path.is_file():
            search = _search(problem, sandbox, cases, search_budget_s, notes)
    finally:
        sandbox.close()
    counterexamples = search.counterexamples if search else []
    if load_error and judge_fault(load):
        verdict = Verdict.IE
        load_error = f"the sandbox did not start, twice ({load.detail}); is the machine overloaded? Run again."
    elif load_error:
        verdict = Verdict.CE
    else:
        verdict = worst([r.verdict for r in results] + [c.outcome.verdict for c in counterexamples])
    if any(result.verdict is Verdict.NOT_RUN for result in results) and not load_error:
        notes.insert(0, f"The run's {budget_s:g} s budget was spent; the remaining cases were not run.")
    first = next((result for result in results if result.failed), None)
    if first is not None and first.run is not None:
        error_type = (first.run.error or {}).get("type")
        alike = misconceptions(problem, first.case.input, first.verdict, first.got, error_type)
        first.hints = [wrong.hint for wrong in alike]
    return RunReport(
        problem=problem,
        solution=solution,
        solution_label=label,
        isolation=sandbox.isolation,
        verdict=verdict,
        results=results,
        edges=edge_statuses(problem, results, counterexamples),
        elapsed_s=time.monotonic() - started,
        load_error=load_error,
        notes=notes,
        search=search,
        timing=summarize(problem, results, profile, memory),
        complexity=complexity,
    )
