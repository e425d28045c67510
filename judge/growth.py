"""The growth estimate: time a solution at geometrically spaced sizes and fit the log-log slope.

Times are the kernel's CPU time of the case's child (wait4), minimum of repeats, with the garbage
collector off, minus the child's fixed cost measured on an empty request. Only sizes whose time
stands clear of that fixed cost enter the fit, and a slope whose standard error is large is reported
as inconclusive rather than guessed at.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field, replace

from judge.cases import cached
from judge.errors import ProblemError
from judge.problem import GROWTH_CLASSES, Limits, Problem
from judge.trusted import load_module, runner

REPEATS = 3
REFERENCE_REPEATS = 5  # measured once per machine, so it can afford to be the steadier yardstick
ONE_REPEAT_MS = 300.0  # above this, one run's noise is small beside the time: no repeats
STEP_LIMIT_MS = 300.0  # a size that takes longer is the last one tried
STEP_CPU_S = 3.0  # a size is killed beyond this; the size before it is the last in the fit
MIN_FIT_MS = 8.0  # below this, fork and page-fault noise rival the work itself
MIN_POINTS = 3
FIT_POINTS = 3  # the largest sizes only: there the leading term shows, not the lower-order ones
MAX_STDERR = 0.25  # a slope less certain than this is inconclusive
CLASS_NAMES = {0: "constant or logarithmic", 1: "linear", 2: "quadratic", 3: "cubic"}
# Upper exponent of each class: n log n fits n^1.1 to n^1.3 at these sizes, and a loaded machine
# adds up to 0.3 more, so linear reaches to 1.6; quadratics measured 1.6 to 2.2.
CLASS_BOUNDS = ((0.5, 0), (1.6, 1), (2.5, 2))
REFERENCE_MARGIN = 0.5  # a worse class must grow at least this much faster than the reference
DEFAULT_BUDGET_S = 4.0


@dataclass
class Fit:
    exponent: float
    stderr: float
    points: list[tuple[int, float]]  # (n, CPU ms above the fixed cost) that entered the fit


@dataclass
class Measurement:
    points: list[tuple[int, float]] = field(default_factory=list)  # (n, CPU ms), fixed cost removed
    stopped: str = ""  # why it stopped before the largest size, if it did


@dataclass
class GrowthEstimate:
    status: str  # conclusive | inconclusive
    message: str
    intended: str
    exponent: float | None = None
    stderr: float | None = None
    reference_exponent: float | None = None
    growth_class: str | None = None  # e.g. "O(n^2)"; None unless conclusive
    confidence: str | None = None  # high | medium
    flagged: bool = False  # grows faster than the intended class
    points: list[tuple[int, float]] = field(default_factory=list)


def sizes(problem: Problem) -> list[int]:
    spec = problem.complexity
    result, n = [], spec.min_n
    while n <= spec.max_n:
        result.append(n)
        n *= 2
    return result


def growth_inputs(problem: Problem) -> list[tuple[int, str]]:
    """(n, input JSON) for each size, made by the problem's generator on the host and cached."""

    def build() -> list[tuple[int, str]]:
        spec = problem.complexity
        generate = getattr(load_module(problem.generator_path), "GENERATORS", {}).get(spec.generator)
        if generate is None:
            raise ProblemError(f"{problem.generator_path}: GENERATORS has no {spec.generator!r} ([complexity])")
        made = []
        for n in sizes(problem):
            try:
                made.append((n, runner().encode(generate(0, n=n)).decode()))
            except Exception as exc:
                raise ProblemError(f"{problem.generator_path}: {spec.generator}(0, n={n}) failed: {exc}") from None
        return made

    spec = problem.complexity
    return cached(problem, f"growth-inputs-{spec.min_n}-{spec.max_n}", build)  # the sizes are the judge's too


def _cpu(sandbox, input_json: str, limits: Limits) -> float | None:
    """One run's CPU time, or None when it did not finish cleanly."""
    if not sandbox.alive and not sandbox.start().ok:
        return None
    step = replace(limits, time_s=STEP_CPU_S)
    run = sandbox.run(input_json, {**step.to_wire(), "no_gc": True}, time.monotonic() + step.wall_s + 5)
    return run.cpu_ms if run.status == "ok" else None


def measure(
    sandbox, inputs: list[tuple[int, str]], limits: Limits, budget_s: float, repeats: int = REPEATS
) -> Measurement:
    """Grow the size until a step takes too long or fails, then repeat the sizes round robin while
    the budget lasts, keeping each one's least time: a load that comes and goes during the
    measurement then touches every size alike instead of bending the curve."""
    end = time.monotonic() + budget_s
    sizes = [("fixed", "null")]
    best: list[float] = []
    measured = Measurement()
    for n, input_json in [sizes[0], *inputs]:
        cpu = _cpu(sandbox, input_json, limits)
        if cpu is None:
            measured.stopped = (
                "the solution did not load for timing"
                if n == "fixed"
                else f"n = {n} did not finish within {STEP_CPU_S:g} s of CPU or failed"
            )
            break
        if n != "fixed":
            sizes.append((n, input_json))
        best.append(cpu)
        if cpu > STEP_LIMIT_MS:
            break
        if time.monotonic() > end:
            measured.stopped = "the timing budget was spent"
            break
    if not best:
        return measured
    for _ in range(repeats - 1):
        for index, (_, input_json) in enumerate(sizes):
            if best[index] <= ONE_REPEAT_MS and time.monotonic() < end:
                cpu = _cpu(sandbox, input_json, limits)
                best[index] = min(best[index], cpu) if cpu is not None else best[index]
    fixed = best[0]
    measured.points = [(n, max(cpu - fixed, 0.0)) for (n, _), cpu in zip(sizes[1:], best[1:])]
    return measured


def fit(points: list[tuple[int, float]]) -> Fit | None:
    """Least squares on log n against log time, over the sizes whose time is clear of the noise."""
    usable = [(n, ms) for n, ms in points if ms >= MIN_FIT_MS][-FIT_POINTS:]
    if len(usable) < MIN_POINTS:
        return None
    xs = [math.log(n) for n, _ in usable]
    ys = [math.log(ms) for _, ms in usable]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys)) / spread
    residuals = [y - (mean_y + slope * (x - mean_x)) for x, y in zip(xs, ys)]
    stderr = math.sqrt(sum(r * r for r in residuals) / (len(xs) - 2) / spread)
    return Fit(slope, stderr, usable)


def nearest_class(exponent: float) -> int:
    return next((power for bound, power in CLASS_BOUNDS if exponent < bound), 3)


def classify(exponent: float, wanted: int, reference: Fit | None) -> tuple[int, float]:
    """The class, and how far the slope sits from the nearest class bound.

    Absolute bounds decide, wide enough for n log n plus a loaded machine's noise (observed up to
    n^1.5). A class worse than intended must also stand clear of the reference measured on this
    machine: when both slopes bend alike (cache effects, lower-order terms), it is the machine."""
    power = nearest_class(exponent)
    if reference is not None and power > wanted and exponent - reference.exponent < REFERENCE_MARGIN:
        power = wanted
    return power, min(abs(exponent - bound) for bound, _ in CLASS_BOUNDS)


def _big_o(power: int) -> str:
    return {0: "O(1)", 1: "O(n)"}.get(power, f"O(n^{power})")


def estimate(problem: Problem, measured: Measurement, reference: Fit | None) -> GrowthEstimate:
    """What the fit says, in the words a candidate needs: the class, beside the reference's."""
    intended = problem.complexity.intended
    wanted = GROWTH_CLASSES[intended]
    if reference is not None and reference.stderr > MAX_STDERR:
        reference = None  # a noisy yardstick is worse than none: the absolute bounds decide
    found = fit(measured.points)
    ref_text = f" (reference n^{reference.exponent:.1f})" if reference else ""
    if found is None or found.stderr > MAX_STDERR:
        why = (
            "too few sizes took long enough to time"
            if found is None
            else f"the times were too noisy (n^{found.exponent:.1f} ± {2 * found.stderr:.1f})"
        )
        if measured.stopped:
            why += f"; {measured.stopped}"
        return GrowthEstimate(
            "inconclusive", f"growth inconclusive: {why}", intended, points=measured.points,
            reference_exponent=reference.exponent if reference else None,
        )  # fmt: skip
    power, off_class = classify(found.exponent, wanted, reference)
    confidence = "high" if found.stderr < 0.08 and off_class > 0.2 else "medium"
    flagged = power > wanted
    verdict = f"likely {CLASS_NAMES[power]}; intended {intended}" if flagged else f"{CLASS_NAMES[power]}, as intended"
    message = f"time grows like n^{found.exponent:.1f}{ref_text}: {verdict} ({confidence} confidence)"
    return GrowthEstimate(
        "conclusive",
        message,
        intended,
        exponent=found.exponent,
        stderr=found.stderr,
        reference_exponent=reference.exponent if reference else None,
        growth_class=_big_o(power),
        confidence=confidence,
        flagged=flagged,
        points=measured.points,
    )
