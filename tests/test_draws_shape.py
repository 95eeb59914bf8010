"""The shape of a student's random draws beside the correct code's (autograder.grading.distribution)."""
from __future__ import annotations

import numpy as np

from autograder.course.assignment import load_assignment
from autograder.grading.distribution import draws_shape_finding, draws_spread_finding
from tests.test_diagnosis import graded, with_function


def _calls(draws: np.ndarray) -> list[tuple[str, np.ndarray, bool]]:
    return [("init", part, False) for part in np.split(draws, 3)]


def _said(mine: np.ndarray, right: np.ndarray) -> str:
    found = draws_shape_finding("init", _calls(mine), _calls(right))
    return "" if found is None else found.message


RNG = np.random.default_rng(0)
NORMAL = RNG.normal(0.0, 0.1, size=30_000)
UNIFORM = RNG.uniform(-0.1, 0.1, size=30_000)


def test_draws_of_the_asked_shape_say_nothing_whatever_their_scale_and_centre():
    assert _said(3 * RNG.normal(0.0, 0.1, size=30_000) + 1, NORMAL) == ""
    assert _said(RNG.uniform(-3, 3, size=30_000), UNIFORM) == ""
    assert _said(RNG.normal(size=300), RNG.normal(size=300)) == ""  # (too few draws to tell tails)


def test_a_normal_cut_off_at_two_standard_deviations_is_said_truncated():
    w = RNG.normal(size=60_000)
    w = w[np.abs(w) <= 2][:30_000] * 0.1
    said = _said(w, NORMAL)
    assert "their kurtosis, 2.3" in said and "a normal cut off at about 2.0 of its standard deviations" in said and \
        "(a truncated normal)" in said, said


def test_clipped_uniform_one_signed_and_normal_for_uniform_draws_are_said():
    clipped = np.clip(RNG.normal(0.0, 0.1, size=30_000), -0.15, 0.15)
    assert "sit exactly at +-0.15" in _said(clipped, NORMAL) and "clipped" in _said(clipped, NORMAL)
    assert "a uniform draw where the correct code draws a normal one" in _said(RNG.uniform(-1, 1, 30_000), NORMAL)
    assert "a normal draw where the correct code draws a uniform one" in _said(RNG.normal(size=30_000), UNIFORM)
    assert "every one of your init() draws (30000 of them in this test) is at least 0" in \
        _said(RNG.uniform(0, 0.2, size=30_000), UNIFORM)


def test_the_same_draws_repeated_are_said_repeated_not_cut_off():
    """A generator made anew from one seed for every row: each row the same 150 draws (their largest is below a
    normal sample's of 30000: not a bound)."""
    rows = np.tile(RNG.normal(0.0, 0.1, size=150), (200, 1)).ravel()
    said = _said(rows, RNG.normal(0.0, 0.1, size=30_000))
    assert "hold only 150 different values, where the correct code's hold 30000: the same draws repeated" in said, said


def test_draws_of_whole_numbers_or_whole_powers_are_said_so_not_repeated():
    """Exponents drawn with rng.integers for a log-uniform (hold-out 62's rk8: "the same draws repeated (a generator
    made anew ...)", false): three values, each a whole power of 10; whole numbers where the correct code's are not
    are said as whole numbers; repeated draws that are neither stay repeated."""
    log_uniform = 10.0 ** RNG.uniform(-4, -1, size=30_000)
    said = _said(10.0 ** RNG.integers(-4, -1, size=30_000), log_uniform)
    assert "hold only 3 different values, 0.0001, 0.001, 0.01, where the correct code's hold 30000: every one a " \
        "whole power of 10" in said and "repeated" not in said, said
    said = _said(RNG.integers(-3, 4, size=30_000).astype(float), RNG.uniform(-3, 3, size=30_000))
    assert "every one a whole number" in said and "repeated" not in said, said
    assert "whole" not in _said(np.tile(RNG.normal(0.0, 0.1, size=150), 200), NORMAL)
    # draws rounded to decimal places: a grid of 0.01, not the same draws repeated (hold-out 67's rp8)
    said = _said(np.round(RNG.normal(0.0, 0.1, size=30_000), 2), NORMAL)
    assert "every one a multiple of 0.01. The draws are rounded to 2 decimal places" in said and \
        "repeated" not in said, said
    assert "multiple of" not in _said(np.tile(RNG.normal(0.0, 0.1, size=150), 200), NORMAL)


def test_a_truncated_xavier_normal_is_said_beside_its_kurtosis_check(tmp_path):
    """Hold-out 30's qe4 (nothing: the kurtosis comparison alone): Keras' glorot_normal, redrawn beyond two
    standard deviations and scaled so that its std is right."""
    a4 = load_assignment("a4_init")
    source = with_function(a4, '''
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain) / 0.87962566103423978
    w = rng.normal(0.0, std, size=shape)
    outside = np.abs(w) > 2 * std
    while outside.any():
        w[outside] = rng.normal(0.0, std, size=int(outside.sum()))
        outside = np.abs(w) > 2 * std
    return w
''')
    t = graded(a4, source, tmp_path, select="test_xavier_normal_draws")["test_xavier_normal_draws"]
    said = [d.message for d in t.diagnoses if d.relation == "draws_shape"]
    assert said and "your xavier_normal() draws" in said[0] and "(a truncated normal)" in said[0], t.diagnoses
    # the line where the values part is still looked for, and said beside the draws' shape (np.clip's line)
    clipped = with_function(a4, '''
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    w = np.random.default_rng(seed).normal(0.0, std, size=shape)
    return np.clip(w, -2 * std, 2 * std)
''')
    (tmp_path / "clipped").mkdir()
    t = graded(a4, clipped, tmp_path / "clipped", select="test_xavier_normal_draws")["test_xavier_normal_draws"]
    assert {"draws_shape", "departure"} <= {d.relation for d in t.diagnoses}, t.diagnoses


def test_the_shape_of_draws_of_another_family_than_normal_or_uniform_is_not_said():
    """Uniform draws where log-uniform ones are asked: "cut off at a bound" would be false (the catalogue names
    that mistake; the shape of a skewed distribution is not read here)."""
    rng = np.random.default_rng(1)
    assert _said(rng.uniform(1e-4, 1e-1, 30_000), 10 ** rng.uniform(-4, -1, 30_000)) == ""


def _spread_said(mine: np.ndarray, right: np.ndarray) -> str:
    found = draws_spread_finding("init", _calls(mine), _calls(right))
    return "" if found is None else found.message


def test_draws_of_the_right_shape_spread_a_simple_factor_too_widely_say_the_factor():
    """Hold-out 35's qj4 (nothing: the std comparisons alone): normals made by hand as sqrt(-log u1) cos(2 pi u2),
    the 2 of Box-Muller left out, have the right shape and 1/sqrt(2) of the spread."""
    u1, u2 = 1.0 - RNG.random(30_000), RNG.random(30_000)
    said = _spread_said(0.1 * np.sqrt(-np.log(u1)) * np.cos(2 * np.pi * u2), NORMAL)
    assert "about 1/sqrt(2) (0.7071;" in said and "a factor 2 missing under a square root" in said, said
    assert "about sqrt(3) (1.732;" in _spread_said(RNG.uniform(-0.1, 0.1, 30_000) * np.sqrt(3), UNIFORM)
    assert "about 3 (3;" in _spread_said(RNG.uniform(-0.1, 0.1, 30_000) * 3, UNIFORM)
    # the same spread, one that no factor of the list fits, or another shape: nothing said of the spread
    assert _spread_said(RNG.normal(0.0, 0.1, size=30_000), NORMAL) == ""
    assert _spread_said(RNG.normal(0.0, 0.125, size=30_000), NORMAL) == ""
    assert _spread_said(RNG.uniform(-0.2, 0.2, size=30_000), NORMAL) == ""
    assert _spread_said(RNG.normal(0.0, 0.14, size=300), RNG.normal(0.0, 0.1, size=300)) == ""  # too few draws
