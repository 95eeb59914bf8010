"""The shape of a student's random draws beside the correct code's, where a statistic of them fails its check (a
kurtosis of 2.37 where a normal's is 3): the draws themselves say which family they come from (a normal cut off at
two standard deviations, a uniform where a normal is asked, clipped draws piled at a bound, draws of one sign)."""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from autograder.grading.relations import Finding, numeric

MIN_DRAWS = 2000  # fewer draws tell a distribution's tails too roughly
# two standardized samples closer than this many times sqrt((n + m) / (n m)) (Kolmogorov-Smirnov distance) are
# taken to have one shape (1.95: the distance two samples of one distribution exceed once in a thousand)
SAME_SHAPE_KS = 1.95
PILED = 0.005  # a share of draws at exactly the largest magnitude that a continuous draw never gives: clipped


def _pooled(returned: Sequence[tuple[str, Any, bool]], function: str) -> np.ndarray | None:
    arrays = [x for f, v, _ in returned if f == function and (x := numeric(v)) is not None and x.ndim > 0]
    if not arrays:
        return None
    pooled = np.concatenate([a.ravel().astype(np.float64) for a in arrays])
    return pooled if pooled.size >= MIN_DRAWS and np.isfinite(pooled).all() and pooled.std() > 0 else None


def _standardized(x: np.ndarray) -> np.ndarray:
    return (x - x.mean()) / x.std()


def _kurtosis(z: np.ndarray) -> float:
    return float(np.mean(z ** 4))


def _ks(a: np.ndarray, b: np.ndarray) -> float:
    """The two-sample Kolmogorov-Smirnov distance: the largest gap between the empirical distribution functions."""
    a, b = np.sort(a), np.sort(b)
    grid = np.concatenate([a, b])
    return float(np.max(np.abs(np.searchsorted(a, grid, side="right") / a.size -
                                np.searchsorted(b, grid, side="right") / b.size)))


def _normal_cut_at(k: float) -> tuple[float, float]:
    """A standard normal cut off at +-k (redrawn beyond): its largest magnitude in its own standard deviations,
    and its kurtosis."""
    phi = math.exp(-k * k / 2) / math.sqrt(2 * math.pi)
    mass = math.erf(k / math.sqrt(2))
    var = 1 - 2 * k * phi / mass
    fourth = 3 - (2 * k ** 3 * phi + 6 * k * phi) / mass  # E[z^4] of the truncated standard normal
    return k / math.sqrt(var), fourth / var ** 2


def _cut_at(which: int, value: float) -> float | None:
    """The k at which a normal cut off at +-k standard deviations has `value` as its largest magnitude in its own
    standard deviations (which 0) or as its kurtosis (which 1); both rise with k (the kurtosis from 1.8, a
    uniform's, to 3). Bisection; None outside 1 < k < 3.5."""
    low, high = 1.0, 3.5
    if not _normal_cut_at(low)[which] < value < _normal_cut_at(high)[which]:
        return None
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if _normal_cut_at(mid)[which] < value else (low, mid)
    return (low + high) / 2


def _listed(values: np.ndarray) -> str:
    shown = ", ".join(f"{v:.6g}" for v in values[:4])
    return shown + (", ..." if values.size > 4 else "")


MAX_PLACES = 6  # draws rounded to this many decimal places or fewer are said rounded


def _whole_values(values: np.ndarray, right: np.ndarray) -> tuple[str, str, str] | None:
    """Few distinct draws that are each a whole number, a whole power of 10 or 2, or a multiple of 10 ** -k for k up
    to MAX_PLACES (where the correct code's are not): (the values listed, what that says, in plain words), or
    None."""
    def whole(x: np.ndarray) -> bool:
        return bool(np.all(np.abs(x - np.round(x)) <= 1e-9 * np.maximum(1.0, np.abs(x))))
    if whole(values) and not whole(right):
        return (_listed(values), "every one a whole number. Whole numbers drawn (rng.integers, or draws rounded) "
                "where any value between the bounds is meant (rng.uniform)?", "whole numbers")
    if np.all(values > 0) and np.all(right > 0):
        for base in (10, 2):
            exponents, right_exponents = np.log(values) / np.log(base), np.log(right) / np.log(base)
            if whole(exponents) and not whole(right_exponents):
                return (_listed(values), f"every one a whole power of {base}. The exponents are drawn as whole "
                        f"numbers (rng.integers) or rounded, where an exponent uniform between the bounds' is meant "
                        f"(log{base} of the bounds handed to rng.uniform)?", f"whole powers of {base}")
    for places in range(1, MAX_PLACES + 1):  # (a grid of 10 ** -places: draws rounded, np.round(draws, places))
        if whole(values * 10.0 ** places) and not whole(right * 10.0 ** places):
            return (_listed(values), f"every one a multiple of {10.0 ** -places:g}. The draws are rounded to {places} "
                    f"decimal place{'s' if places > 1 else ''} (np.round(..., {places})) where the correct code "
                    "returns them as drawn?", f"values rounded to {places} decimal place{'s' if places > 1 else ''}")
    return None


def _family(k: float) -> str:
    """The correct code's draws in words, by their kurtosis k: normal or uniform, else by the number."""
    if abs(k - 3.0) < 0.15:
        return "normal"
    if abs(k - 1.8) < 0.1:
        return "uniform"
    return f"of kurtosis {k:.3g}"


def draws_shape_finding(function: str, mine: Sequence[tuple[str, Any, bool]],
                        right: Sequence[tuple[str, Any, bool]]) -> Finding | None:
    """function's draws in a test (what its calls returned: the student's, and the correct code's on the same
    calls), where their shapes differ once each is standardized (their mean and spread taken out): how, in words
    and numbers. None where they have one shape, or too few draws are returned to tell."""
    ours, theirs = _pooled(mine, function), _pooled(right, function)
    if ours is None or theirs is None:
        return None
    z, zr = _standardized(ours), _standardized(theirs)
    right_kurtosis = _kurtosis(zr)
    family = _family(right_kurtosis)
    if ours.min() >= 0 > theirs.min() or ours.max() <= 0 < theirs.max():
        sign = "at least 0" if ours.min() >= 0 else "at most 0"
        return Finding("draws_shape", f"every one of your {function}() draws ({ours.size} of them in this test) is "
                       f"{sign}, where the correct code's ({family}) take both signs: a draw between 0 and a bound "
                       "where one between -bound and bound is meant?",
                       f"your {function}() draws take one sign only, where the correct code's take both.")
    distinct, right_distinct = np.unique(ours).size, np.unique(theirs).size
    if distinct < 0.5 * ours.size and distinct < 0.5 * right_distinct:
        if (whole := _whole_values(np.unique(ours), np.unique(theirs))) is not None:
            return Finding("draws_shape", f"your {function}() draws ({ours.size} of them in this test) hold only "
                           f"{distinct} different values, {whole[0]}, where the correct code's hold {right_distinct}"
                           f": {whole[1]}", f"your {function}() draws only {whole[2]}, where the correct code's "
                           "take any value of their range.")
        return Finding("draws_shape", f"your {function}() draws ({ours.size} of them in this test) hold only "
                       f"{distinct} different values, where the correct code's hold {right_distinct}: the same draws "
                       "repeated (a generator made anew from the same seed for each row or call, or one draw "
                       "copied across an axis?)", f"your {function}() repeats the same draws where the correct "
                       "code's are all different.")
    if _ks(z, zr) < SAME_SHAPE_KS * math.sqrt((z.size + zr.size) / (z.size * zr.size)):
        return None
    if family not in ("normal", "uniform"):
        return None  # (a skewed distribution's shape, a log-uniform's, is not said: what cuts it off is not known)
    largest, right_largest = float(np.abs(z).max()), float(np.abs(zr).max())
    kurtosis = _kurtosis(z)
    said = (f"your {function}() draws ({ours.size} of them in this test) have another shape than the correct "
            f"code's ({family}), their mean and spread taken out")
    plain = f"your {function}() draws from another distribution than the correct code's ({family})"
    bound = np.abs(ours).max()
    piled = float(np.mean(np.isclose(np.abs(ours), bound, rtol=1e-12, atol=0.0)))
    if largest < 0.85 * right_largest:
        if piled >= PILED:
            return Finding("draws_shape", f"{said}: {100 * piled:.2g}% of yours sit exactly at +-{bound:.6g}, "
                           "where no draw of a continuous distribution repeats: they are clipped (np.clip, or a "
                           "minimum and maximum taken) where the correct code leaves its draws as drawn.",
                           f"{plain}: yours are clipped at a bound.")
        if family == "normal" and abs(kurtosis - 1.8) < 0.1 and abs(largest - math.sqrt(3)) < 0.05:
            return Finding("draws_shape", f"{said}: yours spread evenly up to +-{bound:.6g} (kurtosis "
                           f"{kurtosis:.3g}: a uniform distribution's is 1.8, a normal's 3), a uniform draw where "
                           "the correct code draws a normal one.", f"{plain}: yours are uniform.")
        # (the bound said as the one the kurtosis gives, read to one decimal; the largest draw agrees with it)
        k, reached = _cut_at(1, kurtosis), _cut_at(0, largest)
        if family == "normal" and reached is not None and k is not None and abs(reached - k) < 0.15:
            return Finding("draws_shape", f"{said}: none of yours lies beyond {largest:.3g} of their standard "
                           f"deviations, where {theirs.size} normal draws reach {right_largest:.3g}, and their "
                           f"kurtosis, {kurtosis:.3g} (a normal's is 3), is that of a normal cut off at about "
                           f"{k:.1f} of its standard deviations: draws redrawn or dropped beyond a bound (a truncated "
                           "normal) where the correct code keeps every normal draw.",
                           f"{plain}: yours are a normal cut off at a bound (truncated).")
        return Finding("draws_shape", f"{said}: none of yours lies beyond {largest:.3g} of their standard deviations, "
                       f"where the correct code's reach {right_largest:.3g} (kurtosis {kurtosis:.3g} where "
                       f"{right_kurtosis:.3g}): your draws are cut off at a bound.",
                       f"{plain}: yours are cut off at a bound.")
    if family == "uniform" and abs(kurtosis - 3.0) < 0.15:
        return Finding("draws_shape", f"{said}: yours reach {largest:.3g} of their standard deviations, where uniform "
                       f"draws stop at {math.sqrt(3):.4g} (kurtosis {kurtosis:.3g}, a normal's 3; a uniform's 1.8): a "
                       "normal draw where the correct code draws a uniform one.", f"{plain}: yours are normal.")
    if largest > 1.25 * right_largest:
        return Finding("draws_shape", f"{said}: yours reach {largest:.3g} of their standard deviations where the "
                       f"correct code's reach {right_largest:.3g} (kurtosis {kurtosis:.3g} where {right_kurtosis:.3g}):"
                       " heavier tails than the distribution asked.", f"{plain}: yours have heavier tails.")
    return None


# factors a spread may be off by, in words: where such a factor comes from
SPREAD_FACTORS: tuple[tuple[float, str, str], ...] = (
    (math.sqrt(2), "sqrt(2)", "a factor 2 too many under a square root"),
    (1 / math.sqrt(2), "1/sqrt(2)", "a factor 2 missing under a square root"),
    (2.0, "2", "a factor 2 too many"),
    (0.5, "1/2", "a factor 2 missing (or a division by 2 too many)"),
    (math.sqrt(3), "sqrt(3)", "a factor 3 too many under a square root (a uniform's bound, sqrt(3) std, where the "
     "std is meant?)"),
    (1 / math.sqrt(3), "1/sqrt(3)", "a factor 3 missing under a square root (a std taken as a uniform's bound?)"),
    (3.0, "3", "a factor 3 too many"),
    (1 / 3, "1/3", "a factor 3 missing"),
)


def draws_spread_finding(function: str, mine: Sequence[tuple[str, Any, bool]],
                         right: Sequence[tuple[str, Any, bool]]) -> Finding | None:
    """function's draws in a test beside the correct code's on the same calls, where both have one shape once
    standardized and yours are spread a simple factor (sqrt(2), 1/2, sqrt(3), ...) more or less widely, within
    the error the number of draws leaves on the ratio of two standard deviations: the factor, and where such a
    factor comes from. None where the spreads agree within that error, or no one factor of the list fits."""
    ours, theirs = _pooled(mine, function), _pooled(right, function)
    if ours is None or theirs is None:
        return None
    z, zr = _standardized(ours), _standardized(theirs)
    if _ks(z, zr) >= SAME_SHAPE_KS * math.sqrt((z.size + zr.size) / (z.size * zr.size)):
        return None  # another shape: said by draws_shape_finding, or not at all
    ratio = float(ours.std() / theirs.std())
    # the relative standard error of the ratio of two sample standard deviations: (kurtosis - 1) / 4n each
    error = math.sqrt((_kurtosis(z) - 1) / (4 * z.size) + (_kurtosis(zr) - 1) / (4 * zr.size))
    if abs(math.log(ratio)) < 6 * error:
        return None
    fits = [(c, name, why) for c, name, why in SPREAD_FACTORS if abs(ratio / c - 1) < 3 * error]
    if len(fits) != 1:
        return None
    c, name, why = fits[0]
    return Finding("draws_spread", f"your {function}() draws ({ours.size} of them in this test) have the shape of the "
                   f"correct code's, but their standard deviation, {ours.std():.4g}, is {ratio:.4g} times the correct "
                   f"code's, {theirs.std():.4g}: about {name} ({c:.4g}; a ratio of the spreads of this many draws is "
                   f"uncertain by about {100 * error:.2g}%), {why}, in the standard deviation's formula or in how the "
                   "draws are made.",
                   f"your {function}() draws have the right shape but a standard deviation {name} times the correct "
                   f"code's: {why}.")
