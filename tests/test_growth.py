"""The growth estimate: the fit on known curves, the words it chooses, and a real measurement."""

from __future__ import annotations

import random

import pytest

from judge import growth
from judge.backends.select import open_sandbox
from judge.bank import resolve

SIZES = [1000 * 2**i for i in range(8)]


def curve(power: float, scale: float = 1e-4, noise: float = 0.0, seed: int = 0) -> list[tuple[int, float]]:
    rng = random.Random(seed)
    return [(n, scale * n**power * (1 + rng.uniform(-noise, noise))) for n in SIZES]


@pytest.mark.parametrize("power", [1.0, 1.15, 2.0, 3.0])
def test_the_fit_recovers_the_exponent(power):
    fitted = growth.fit(curve(power, scale=1e-2 / 1000**power * 1000))
    assert fitted.exponent == pytest.approx(power, abs=0.01)
    assert fitted.stderr < 0.01


def test_only_the_largest_sizes_enter_the_fit():
    """A linear term at small n must not drag a quadratic's slope down."""
    points = [(n, 0.01 * n + 1e-6 * n * n) for n in SIZES]
    assert growth.fit(points).exponent > 1.6


def test_times_too_small_to_measure_give_no_fit():
    assert growth.fit([(n, 1.0) for n in SIZES]) is None
    assert growth.fit([(1000, 50.0), (2000, 100.0)]) is None


@pytest.mark.parametrize(("exponent", "power"), [(0.2, 0), (0.9, 1), (1.2, 1), (1.5, 1), (1.65, 2), (2.3, 2), (2.6, 3)])
def test_classes_by_exponent(exponent, power):
    assert growth.nearest_class(exponent) == power


def estimate_for(points, reference_power=1.0):
    problem = resolve("count_subarrays")
    return growth.estimate(problem, growth.Measurement(points), growth.fit(curve(reference_power, 1e-3)))


def test_a_quadratic_solution_is_flagged_beside_a_linear_reference():
    found = estimate_for(curve(2.0, 1e-5))
    assert (found.status, found.growth_class, found.flagged, found.confidence) == ("conclusive", "O(n^2)", True, "high")
    assert found.message.startswith("time grows like n^2.0 (reference n^1.0): likely quadratic; intended O(n)")


def test_a_linear_solution_is_as_intended():
    found = estimate_for(curve(1.0, 1e-3))
    assert (found.growth_class, found.flagged) == ("O(n)", False)
    assert "linear, as intended" in found.message


def test_the_reference_is_the_yardstick():
    """A slope that bends like the reference's is the machine, not the solution."""
    found = estimate_for(curve(1.7, 1e-4), reference_power=1.5)
    assert (found.growth_class, found.flagged) == ("O(n)", False)
    assert growth.classify(1.7, 1, None)[0] == 2, "without a reference, the absolute bounds decide"
    assert growth.classify(1.8, 1, growth.fit(curve(1.2, 1e-3)))[0] == 2


def test_noise_is_inconclusive_not_a_guess():
    noisy = [(n, ms) for n, ms in curve(1.5, 1e-3)]
    noisy[-2] = (noisy[-2][0], noisy[-2][1] * 6)
    found = estimate_for(noisy)
    assert found.status == "inconclusive"
    assert found.growth_class is None and not found.flagged
    assert "too noisy" in found.message


def test_too_fast_is_inconclusive_and_says_why():
    found = estimate_for([(n, 0.5) for n in SIZES])
    assert found.status == "inconclusive"
    assert "too few sizes took long enough" in found.message


@pytest.mark.slow
@pytest.mark.exclusive  # a slope of CPU times: measured with nothing else running
@pytest.mark.parametrize(("solution", "power"), [("reference.py", 1), ("wrong/quadratic_running_sum.py", 2)])
def test_measured_in_the_sandbox(solution, power):
    """Real children, real CPU times: the quadratic one also stops growing at its step limit."""
    problem = resolve("count_subarrays")
    sandbox = open_sandbox("native", problem.root / solution, problem.interface.to_wire(), problem.limits.to_wire())
    try:
        assert sandbox.start().ok
        measured = growth.measure(sandbox, growth.growth_inputs(problem), problem.limits, budget_s=30)
    finally:
        sandbox.close()
    fitted = growth.fit(measured.points)
    assert growth.nearest_class(fitted.exponent) == power
    if power == 2:
        assert measured.points[-1][0] < growth.sizes(problem)[-1], "the quadratic must stop before the largest size"
