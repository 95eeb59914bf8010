"""What a wrong output's relation to the expected one suggests, said in the student's terms.

When no catalogued mistake reproduces a failing output, the output is compared with the expected
one, and with the test's inputs, for relations that point at a cause: every entry N times the
expected (a division by the batch size forgotten), the expected transposed, one step ahead of the
expected trajectory, wrong only near the border (padding), float32 precision, NaN on large inputs...

Honesty rules every detector keeps: a relation is said only when it holds within the check's
tolerance on every entry it speaks of, and only when it is not trivially true (an expected of
zeros is every multiple of itself; a symmetric matrix is its own transpose). A lone number is
weak evidence: for a scalar only exact named constants count (N, 1/2, -1, ...), never "some
factor". No relation found: None, and the feedback says nothing more than the comparison did.

A Finding carries two sentences: `message` quotes the evidence (values, indices, shapes);
`plain` is grader words only, without a number (results.without_numbers): what a hidden test's
student may read before the reveal (values there are drawn from the student's own inputs).
"""
from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from autograder.results import Tolerance
from autograder.sandbox import wire


@dataclass(frozen=True)
class Finding:
    """A relation between a student's output and the expected one, and what it suggests."""

    relation: str  # its class: "scaled", "transposed", "shifted_steps", ...
    message: str  # with the evidence
    plain: str  # grader words only, no number
    weak: bool = False  # seen on one simple number only: said when another output of the test shows it too
    claim: str = ""  # what must be the same for two outputs to corroborate each other ("" : plain)
    # it lists possible causes rather than one (a factor no constant of the test names): the line where the values
    # part is still looked for (diagnosis._queue_departure)
    lists_causes: bool = False
    factor: float = 0.0  # scaled's: the common factor c (got = c * expected); 0 for the other relations
    reading: str = ""  # ... named by a "setting" of the test's calls (gain = 2) or a "number" of the formulas (2)

    @property
    def key(self) -> tuple[str, str]:
        return self.relation, self.claim or self.plain


@dataclass(frozen=True)
class Named:
    """A quantity of the test, named as the student knows it (an argument, what a call returned)."""

    label: str  # "dout, the argument of relu_backward()"
    value: np.ndarray
    plain: str = ""  # the label without a digit ("" : label has none)

    @property
    def plain_label(self) -> str:
        return self.plain or self.label


@dataclass(frozen=True)
class Constant:
    """A number a wrong factor may be: N (the batch size), p (the keep probability), momentum..."""

    symbol: str  # "N"
    value: float
    meaning: str  # "the batch size"


@dataclass(frozen=True)
class Scene:
    """What else is known about the test that produced an output; every field may be empty.

    inputs: the arrays the test passed to the student's functions (by argument name).
    quantities: other arrays of the test: what its calls returned, its other checked outputs.
    constants: numbers a factor may be, with their meaning.
    start: for a trajectory, the weights before the first step (the shape of one step).
    trajectory: the output is a sequence of steps along axis 0 (weights after each update).
    stateful: the calls that made it can carry state from one to the next (a config dict, a cache returned);
    a schedule of the step alone (cosine_lr(step, ...)) cannot.
    indices: the 1-D integer arrays among the inputs, one entry per example (labels, classes), any length.
    """

    inputs: tuple[Named, ...] = ()
    quantities: tuple[Named, ...] = ()
    constants: tuple[Constant, ...] = ()
    start: np.ndarray | None = None
    trajectory: bool = False
    stateful: bool = True
    indices: tuple[Named, ...] = ()


# -- closeness, as the checks compare (compare.py), with NaN/Inf matched by position

def close(a: np.ndarray, b: np.ndarray, tol: Tolerance) -> np.ndarray:
    """Elementwise: abs error <= atol or CS231n relative error <= rtol; a NaN or +-Inf agrees with a
    NaN or +-Inf at the same position (both mark an overflow or a 0/0), never with a number.
    a, b: the same shape (or broadcastable)."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    finite_a, finite_b = np.isfinite(a), np.isfinite(b)
    with np.errstate(all="ignore"):
        abs_err = np.abs(a - b)
        rel_err = abs_err / np.maximum(1e-8, np.abs(a) + np.abs(b))
        ok = (abs_err <= tol.atol) | (rel_err <= tol.rtol)
    return np.where(finite_a & finite_b, ok, ~finite_a & ~finite_b)


# the errors of a float given where an int is needed (a size, an index, a count)
FLOAT_FOR_INT = re.compile(r"'float' object cannot be interpreted as an integer|"
                           r"slice indices must be integers|only integers, slices|integer scalar arrays|"
                           r"expected an integer|must be an integer|'numpy\.float64' object cannot be interpreted|"
                           r"must be int, not float")


def agree(a: Any, b: Any, tol: Tolerance) -> bool:
    """Same shape and close everywhere (see close)."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return a.shape == b.shape and bool(close(a, b, tol).all())


def numeric(value: Any) -> np.ndarray | None:
    """A student's output as a float64 array, when it is numbers (a list of numbers too); else None."""
    if isinstance(value, (bool, np.bool_)) or value is None:
        return None
    if isinstance(value, np.ndarray):
        return value.astype(np.float64) if value.dtype.kind in "fiu" else None
    if isinstance(value, (int, float, np.number)):
        return np.asarray(value, dtype=np.float64)
    if isinstance(value, (list, tuple)):
        try:
            arr = np.asarray(value)
        except (ValueError, TypeError):
            return None
        return arr.astype(np.float64) if arr.dtype.kind in "fiu" and arr.dtype != np.bool_ else None
    return None


def numbers_side_by_side(a: Any, b: Any) -> list[tuple[np.ndarray | None, np.ndarray | None]]:
    """The numbers of two values side by side (None where one has a number and the other not). A value
    kept in the student's process (a handle to a cache) is not compared: in-process runs hold it as it is."""
    if isinstance(a, wire.Handle) or isinstance(b, wire.Handle):
        return []
    if isinstance(a, (tuple, list)) or isinstance(b, (tuple, list)):
        if not (isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)) and len(a) == len(b)):
            return [(None, None)]
        return [pair for x, y in zip(a, b) for pair in numbers_side_by_side(x, y)]
    if isinstance(a, dict) or isinstance(b, dict):
        if not (isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys()):
            return [(None, None)]
        return [pair for k in a for pair in numbers_side_by_side(a[k], b[k])]
    x, y = numeric(a), numeric(b)
    if x is None and y is None:
        return []  # neither is a number (a handle to a kept cache, a string): nothing to compare
    return [(x, y)]


def _scale(a: np.ndarray) -> float:
    finite = a[np.isfinite(a)]
    return float(np.abs(finite).max()) if finite.size else 0.0


def _trivial(expected: np.ndarray, tol: Tolerance) -> bool:
    """An expected value with nothing to relate to: empty, or zero within the tolerance."""
    return expected.size == 0 or _scale(expected) <= max(tol.atol, 1e-300) * 10


def _fmt(x: float) -> str:
    return f"{x:.4g}"


def _shape(shape: Sequence[int]) -> str:
    return "(" + ", ".join(str(int(n)) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def _integers(a: np.ndarray) -> bool:
    return bool(np.isfinite(a).all() and np.all(a == np.round(a)))


def _simple(a: np.ndarray) -> bool:
    """A lone number made of small whole numbers (a fraction of them, or the root of one: 1/300,
    sqrt(2/512)): such numbers are often in a simple ratio by chance, so a ratio seen on one of
    them is weak evidence. Numbers computed from drawn data are not simple."""
    if a.size != 1 or not np.isfinite(a).all():
        return False
    x = float(a.ravel()[0])
    for v in (x, x * x):
        f = Fraction(v).limit_denominator(20_000)
        if abs(v * f.denominator - f.numerator) <= 1e-7:  # v = p / q up to float rounding
            return True
    return False


# -- named factors

@dataclass(frozen=True)
class _Factor:
    value: float
    says: str  # "N=6 times the expected, N being the batch size: did you forget to divide by the batch size?"
    plain: str
    setting: bool = False  # read off a setting of the test's calls (gain = 2), not a number of the formulas
    # ... its inverse (1/lr): read as a setting too, but a number of the formulas it equals is kept beside it
    inverse: bool = False


@functools.cache
def _fixed_factors() -> tuple[_Factor, ...]:
    """The numbers of the formulas a wrong factor is checked against (2, 1/2, sqrt(2), the gains...), each with what
    it suggests."""
    found = [
        _Factor(2.0, "twice the expected: a factor 2 too many", "twice the expected: a factor two too many"),
        _Factor(0.5, "half the expected: a factor 2 is missing (the derivative of a square carries a 2; a range "
                "from 0 to a is half as wide as one from -a to a)", "half the expected: a factor two is missing (the "
                "derivative of a square carries a two; a range from zero to a is half as wide as one from minus a "
                "to a)"),
        _Factor(-1.0, "the negative of the expected: a sign is flipped", "the negative of the expected: a sign is "
                "flipped"),
        _Factor(-2.0, "-2 times the expected: a sign is flipped and a factor 2 is extra",
                "minus twice the expected: a sign is flipped and a factor two is extra"),
        _Factor(-0.5, "-1/2 times the expected: a sign is flipped and a factor 2 is missing",
                "minus half the expected: a sign is flipped and a factor two is missing"),
        _Factor(math.sqrt(2), "sqrt(2) times the expected: a factor 2 too many inside a square root",
                "the square root of two times the expected: a factor two too many inside a square root"),
        _Factor(1 / math.sqrt(2), "1/sqrt(2) times the expected: a factor 2 is missing inside a square root "
                "(as in sqrt(2 / fan_in))", "the expected divided by the square root of two: a factor two is missing "
                "inside a square root (as in the square root of two over fan_in)"),
        # (both ways a 3 comes under a root: a uniform's bound for its std, or a count 3 times off under the root,
        # a fan of a 3-wide kernel's axis left out)
        _Factor(math.sqrt(3), "sqrt(3) times the expected: a uniform's bound taken for its standard deviation "
                "(U(-a, a) has standard deviation a / sqrt(3)), or a count under a square root 3 times too small (a "
                "size of 3 left out of a product)", "the square root of three times the expected: a uniform's bound "
                "taken for its standard deviation, or a count under a square root three times too small"),
        _Factor(1 / math.sqrt(3), "1/sqrt(3) times the expected: a uniform's standard deviation taken for its bound "
                "(U(-a, a) has standard deviation a / sqrt(3), so a = sqrt(3) * std), or a count under a square root "
                "3 times too large", "the expected divided by the square root of three: a uniform's standard "
                "deviation taken for its bound, or a count under a square root three times too large"),
    ]
    return tuple(found + _gain_factors([f.value for f in found]))


def formulas_number(value: float) -> bool:
    """Whether value is one of the formulas' numbers a factor is read as (2, 1/2, -1, sqrt(2), the gains...): a
    number code writes for many reasons, which tells no factor apart."""
    return any(math.isclose(f.value, value, rel_tol=1e-9) for f in _fixed_factors())


def _factors(constants: Sequence[Constant]) -> list[_Factor]:
    """The constants a wrong factor is checked against, each with what it suggests: the formulas' numbers, then those
    of the test's settings."""
    found = list(_fixed_factors())
    for c in constants:
        v, s, m = c.value, c.symbol, c.meaning
        if not np.isfinite(v) or v in (0.0, 1.0, -1.0):
            continue
        if s == "N":
            found += [
                _Factor(v, f"N={_fmt(v)} times the expected, N being {m}: did you forget to divide by {m}?",
                        f"N times the expected, N being {m}: did you forget to divide by {m}?"),
                _Factor(1 / v, f"1/N of the expected (N={_fmt(v)}, {m}): did you divide by {m} where a sum is asked "
                        "for, or divide twice?", f"the expected divided by N, N being {m}: did you divide by {m} where "
                        "a sum is asked for, or divide twice?")]
        elif s.endswith(".size"):  # all the entries of an array argument
            found += [
                _Factor(v, f"{s}={_fmt(v)} times the expected ({m}): a sum over its entries where their mean is "
                        f"asked (np.sum for np.mean), or a division by {s} missing",
                        f"{s} times the expected ({m}): a sum over its entries where their mean is asked, or a "
                        f"division by {s} missing"),
                _Factor(1 / v, f"1/{s} of the expected ({s}={_fmt(v)}, {m}): a mean over its entries where their "
                        f"sum is asked (np.mean for np.sum), or a division by {s} extra",
                        f"the expected divided by {s} ({m}): a mean over its entries where their sum is asked, or a "
                        f"division by {s} extra")]
        else:
            # a setting under a square root where it scales the result itself (a gain of 2 as a variance's factor);
            # not a small one (a rate, a penalty) nor a square (sqrt(4) is the formulas' 2)
            if v >= 2 and s.isidentifier() and not math.sqrt(v).is_integer():
                found += [
                    _Factor(1 / math.sqrt(v), f"1/sqrt({s}) times the expected ({s}={_fmt(v)}, {m}): {s} taken under "
                            f"a square root where it multiplies the result itself (sqrt({s}) where {s} is meant), or "
                            f"a factor sqrt({s}) missing", f"the expected divided by the square root of {s} ({m}): {s} "
                            "taken under a square root where it multiplies the result itself", setting=True),
                    _Factor(math.sqrt(v), f"sqrt({s}) times the expected ({s}={_fmt(v)}, {m}): a factor sqrt({s}) "
                            "too many, or a square root left out of a division by it", f"the square root of {s} "
                            f"times the expected ({m}): a factor of its square root too many", setting=True)]
            found += [
                _Factor(v, f"{s}={_fmt(v)} times the expected ({s}: {m}): a division by {s} is missing, or a factor "
                        f"{s} is extra", f"{s} times the expected ({s}: {m}): a division by {s} is missing, or a "
                        f"factor {s} is extra", setting=True),
                _Factor(1 / v, f"1/{s} of the expected ({s}={_fmt(v)}, {m}): a factor {s} is missing, or a division "
                        f"by {s} is extra", f"the expected divided by {s} ({s}: {m}): a factor {s} is missing, or a "
                        f"division by {s} is extra", inverse=True)]
        if s == "N" and v > 2:
            found += [
                _Factor(v - 1, f"N-1={_fmt(v - 1)} times the expected (N={_fmt(v)}, {m}): a division by N - 1 is "
                        "missing", f"N minus one times the expected, N being {m}: a division by N minus one is "
                        "missing"),
                _Factor((v - 1) / v, f"(N-1)/N times the expected (N={_fmt(v)}, {m}): N - 1 (unbiased) where N is "
                        "asked for, or the reverse", f"N minus one over N times the expected, N being {m}: N minus "
                        "one where N is asked for, or the reverse"),
                _Factor(v / (v - 1), f"N/(N-1) times the expected (N={_fmt(v)}, {m}): N where N - 1 (unbiased) is "
                        "asked for, or the reverse", f"N over N minus one times the expected, N being {m}: N where N "
                        "minus one is asked for, or the reverse"),
            ]
        if 0 < v < 1:
            found += [
                _Factor(1 - v, f"1-{s}={_fmt(1 - v)} times the expected ({s}={_fmt(v)}, {m}): {s} and 1 - {s} "
                        "mixed up?", f"one minus {s} times the expected, {s} being {m}: {s} and one minus {s} mixed "
                        "up?"),
                _Factor(1 / (1 - v), f"1/(1-{s}) times the expected ({s}={_fmt(v)}, {m}): {s} and 1 - {s} mixed up?",
                        f"the expected divided by one minus {s}, {s} being {m}: {s} and one minus {s} mixed up?"),
                _Factor(v / (1 - v), f"{s}/(1-{s}) times the expected ({s}={_fmt(v)}, {m}): 1 - {s} used where {s} "
                        f"is asked for?", f"{s} over one minus {s} times the expected, {s} being {m}: one minus {s} "
                        f"used where {s} is asked for?"),
                _Factor((1 - v) / v, f"(1-{s})/{s} times the expected ({s}={_fmt(v)}, {m}): 1 - {s} used where {s} "
                        f"is asked for?", f"one minus {s} over {s} times the expected, {s} being {m}: one minus {s} "
                        f"used where {s} is asked for?"),
                _Factor((1 - v) / (1 + v), f"(1-{s})/(1+{s}) times the expected ({s}={_fmt(v)}, {m}): 1 - {s} where "
                        f"1 + {s} is meant?", f"one minus {s} over one plus {s} times the expected, {s} being {m}: one "
                        f"minus {s} where one plus {s} is meant?"),
                _Factor((1 + v) / (1 - v), f"(1+{s})/(1-{s}) times the expected ({s}={_fmt(v)}, {m}): 1 + {s} where "
                        f"1 - {s} is meant?", f"one plus {s} over one minus {s} times the expected, {s} being {m}: one "
                        f"plus {s} where one minus {s} is meant?"),
            ]
    # one size where another is meant: a gradient divided by the number of classes D where the batch size N is meant
    sizes = [c for c in constants if c.symbol in SIZE_SYMBOLS and c.value >= 2]
    for a in sizes:
        for b in sizes:
            if a.value != b.value:
                found.append(_Factor(
                    a.value / b.value, f"{a.symbol}/{b.symbol} = {_fmt(a.value)}/{_fmt(b.value)} times the expected "
                    f"({a.symbol}: {a.meaning}, {b.symbol}: {b.meaning}): a division by {b.symbol} where one by "
                    f"{a.symbol} is meant", f"{a.symbol} over {b.symbol} times the expected ({a.symbol}: {a.meaning}, "
                    f"{b.symbol}: {b.meaning}): a division by {b.symbol} where one by {a.symbol} is meant"))
    return found


# the gains an initialization scales its std by, one per activation (torch.nn.init.calculate_gain): another's in
# the place of ReLU's (He's), or ReLU's in another's, is a mistake of its own, named as such where the ratio is not
# already a factor above
# (its text, its value, whose it is, the text and whose in words: a hidden test's sentence has no digits)
ACTIVATION_GAINS = (
    ("sqrt(2)", math.sqrt(2), "ReLU's", "the square root of two", "ReLU's"),
    ("5/3", 5 / 3, "tanh's", "five thirds", "tanh's"),
    ("1", 1.0, "a linear or sigmoid layer's", "one", "a linear or sigmoid layer's"),
    ("sqrt(1/3)", math.sqrt(1 / 3), "torch's default for Linear and Conv weights, a leaky ReLU's with slope sqrt(5)",
     "the square root of one third", "torch's default for Linear and Conv weights"),
)


def _gain_factors(taken: Sequence[float]) -> list[_Factor]:
    """One activation's gain where another's is meant (tanh's 5/3 for ReLU's sqrt(2)), the ratios not in taken."""
    found: list[_Factor] = []
    for mine, mine_value, mine_of, mine_words, mine_of_words in ACTIVATION_GAINS:
        for meant, meant_value, meant_of, meant_words, meant_of_words in ACTIVATION_GAINS:
            ratio = mine_value / meant_value
            # (only against ReLU's sqrt(2), He's gain: 3/5, 5/3 and their like are too common a number to name)
            if mine == meant or "sqrt(2)" not in (mine, meant) or any(abs(ratio - t) <= 1e-3 * abs(t) for t in taken):
                continue
            found.append(_Factor(
                ratio, f"{mine}/{meant} = {_fmt(ratio)} times the expected: the gain {mine} ({mine_of}) where "
                f"{meant} ({meant_of}) is meant?", f"{mine_words} over {meant_words} times the expected: the gain "
                f"{mine_words} ({mine_of_words}) where {meant_words} ({meant_of_words}) is meant?"))
    return found


SIZE_SYMBOLS = ("N", "D", "H*W")  # the sizes scene_of names (grading/diagnosis.py)


def _named_factors(c: float, constants: Sequence[Constant], within: float) -> list[_Factor]:
    """The named factors c is, within a relative `within`, each said once. A factor within 1e-3 of 1
    (1 - eps for a tiny eps) is closeness, never a named factor."""
    found: list[_Factor] = []
    for f in _factors(constants):
        if abs(f.value - 1) > 1e-3 and abs(c - f.value) <= within * abs(f.value) and f.says not in [x.says for x in found]:
            found.append(f)
    # a number of the formulas (He's 2) that is also a setting of the test's calls (gain = 2): the setting's reading
    settings = [f for f in found if f.setting]
    return [f for f in found if not (f in _fixed_factors() and any(abs(f.value - g.value) <= 1e-9 * abs(f.value)
                                                                   for g in settings))]


# -- detectors: each takes (got, expected, tol, scene) and returns a Finding or None

Detector = Callable[[np.ndarray, np.ndarray, Tolerance, Scene], "Finding | None"]


# what gives NaN or Inf from finite inputs, but an overflow
_NAN_CAUSES = ("a division by zero (or zero over zero), the log of zero, or the log or square root of a negative "
               "number (a value that should stay positive and does not)")


OVERFLOW_CLAIM = "non_finite:large_inputs"  # NaN or Inf on inputs large enough to overflow np.exp


def non_finite(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """NaN or Inf where the expected is finite: an overflow on large inputs, or a 0/0 or log(0)."""
    bad = ~np.isfinite(g) & np.isfinite(e)
    if not bad.any():
        return None
    count = f"{int(bad.sum())} of {g.size} entries are" if g.size > 1 else "your value is"
    plain_count = "entries are" if g.size > 1 else "your value is"
    largest = max((_scale(q.value) for q in scene.inputs), default=0.0)
    if largest >= 80:  # np.exp overflows above 88 in float32, 709 in float64
        return Finding("non_finite", f"{count} NaN or Inf where the expected values are finite, and this test's "
                       f"inputs reach {_fmt(largest)}: if your values are finite on smaller inputs, numbers this "
                       "large overflow or underflow on the way (np.exp is Inf above 709 and 0 below -745, and 0 / 0 "
                       "or log(0) follow; shift each row by its own maximum before np.exp, or rescale); if not, "
                       + _NAN_CAUSES,
                       f"{plain_count} NaN or Inf where the expected values are finite, on large inputs: if yours are "
                       "finite on smaller inputs, numbers this large overflow or underflow on the way (np.exp of a "
                       "large number is Inf, of a large negative one zero; shift each row by its own maximum before "
                       "np.exp, or rescale); if not, " + _NAN_CAUSES, claim=OVERFLOW_CLAIM)
    return Finding("non_finite", f"{count} NaN or Inf where the expected values are finite: {_NAN_CAUSES}, or an "
                   f"overflow", f"{plain_count} NaN or Inf where the expected values are finite: {_NAN_CAUSES}, or "
                   "an overflow")


def integer_array(got: Any, e: np.ndarray) -> Finding | None:
    """Yours is an array of integers holding the expected values with their fractions cut off (truncated, floored
    or rounded): the result was written into an integer array, or converted to one. Said from the array's own
    dtype: an int array where the expected has fractions."""
    if not isinstance(got, np.ndarray) or got.dtype.kind not in "iu" or got.shape != e.shape or got.size < 2 or \
            not np.isfinite(e).all() or _integers(e):
        return None
    g = got.astype(np.float64)
    for cut, how in ((np.trunc, "cut off"), (np.floor, "rounded down"), (np.round, "rounded")):
        if np.array_equal(g, cut(e)):
            k = int(np.argmax(np.abs(e - g)))
            example = f" ({_fmt(float(e.flat[k]))} became {int(g.flat[k])})"
            question = ("is the result written into an array of integers (np.array([0] * n), np.zeros(n, dtype=int), "
                        "np.zeros_like of an integer array), or converted with int() or astype(int)? Make it an array "
                        "of floats")
            plain = ("is the result written into an array of integers (made from a list of whole numbers, or with "
                     "dtype=int), or converted with int()? Make it an array of floats")
            return Finding("integer_array", f"yours is an array of integers ({got.dtype}): the expected values with "
                           f"their fractions {how}{example}: {question}",
                           f"yours is an array of integers: the expected values with their fractions {how}: {plain}")
    return None


def whole_numbers(g: np.ndarray, e: np.ndarray) -> Finding | None:
    """Yours holds whole numbers (in a float array) where the expected has fractions, each the expected value rounded
    down (or cut off): a floor division `//` where `/` is meant, or an int() on the way. Only where one of yours is a
    whole number other than 0 and +-1 (those many mistakes give: a scale left out leaves 1 where 1 / p is meant)."""
    if g.shape != e.shape or g.size < 2 or not (np.isfinite(g).all() and np.isfinite(e).all()):
        return None
    whole = np.round(g)  # (up to the last bits: out / x of a kept unit scaled by 3 is 3.0000000000000004)
    if not np.allclose(g, whole, rtol=1e-9, atol=1e-12) or not np.any(np.abs(whole) >= 2) or \
            np.count_nonzero(~np.isclose(e, np.round(e), rtol=1e-9, atol=1e-12)) < max(1, e.size // 2):
        return None
    for cut, how in ((np.floor, "rounded down"), (np.trunc, "cut off toward 0")):
        if np.array_equal(whole, cut(e)):
            k = int(np.argmax(np.abs(e - g)))
            rounded = np.array_equal(whole, np.round(e))  # (fractions all below one half: any of them gives it)
            how = "made a whole number" if rounded else how
            question = ("a floor division (`//`) where a division (`/`) is meant, or an int(), np.floor or round() on "
                        "the way?" if rounded else
                        "a floor division (`//`) where a division (`/`) is meant, or an int() or np.floor on the way?")
            return Finding("whole_numbers", f"yours holds whole numbers where the expected has fractions: each is the "
                           f"expected value {how} ({_fmt(float(e.flat[k]))} became {_fmt(float(whole.flat[k]))}): "
                           f"{question}",
                           f"yours holds whole numbers where the expected has fractions, each the expected value "
                           f"{how}: a floor division where a division is meant, or an int() on the way?")
    return None


# inputs this large may overflow or underflow np.exp on the way (exp(-x ** 2 / 2) is 0 from x = 39 on)
LARGE_INPUT = 30.0
UNDERFLOW_INPUT = 700.0  # inputs whose exp may underflow to 0 on the way (np.exp(-745) is 0)
EXP_LIMITS = ("np.exp is Inf above 709 and 0 below -745: np.exp(x - inf), a number over Inf, or a probability or "
              "likelihood computed outside log space, is 0; shift each row by its own maximum before np.exp, and keep "
              "products of probabilities in log space with log-sum-exp")


def zeros(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """All zeros where the expected is not: an array allocated and never filled, or not returned. A few
    whole numbers all 0 (a smallest and a largest offset) are what many mistakes give: not said."""
    whole = e.dtype.kind in "iub" or bool(np.all(np.isfinite(e)) and np.all(e == np.round(e)))
    if _trivial(e, tol) or g.size < 2 or not np.all(g == 0) or (whole and g.size < 4):
        return None
    largest = max((_scale(q.value) for q in scene.inputs), default=0.0)
    if largest >= LARGE_INPUT:  # (as non_finite: np.exp overflows above 88 in float32, 709 in float64)
        return Finding("zeros", f"every entry of yours is 0 while the expected is not, and this test's inputs reach "
                       f"{_fmt(largest)}: if yours are right on smaller inputs, numbers this large overflow or "
                       f"underflow on the way ({EXP_LIMITS}); if not, is an array made with np.zeros never filled, or "
                       "the result computed into another variable than the one returned?",
                       "every entry of yours is zero while the expected is not, on large inputs: if yours are right "
                       "on smaller inputs, numbers this large overflow or underflow on the way (np.exp of a large "
                       "number is Inf, of a large negative one zero: shift each row by its own maximum before np.exp, "
                       "work in log space); if not, is an array of zeros never filled, or the result computed into "
                       "another variable?")
    return Finding("zeros", "every entry of yours is 0 while the expected is not: is an array made with np.zeros "
                   "never filled, is the result computed into another variable than the one returned, or is a "
                   "number smaller than its divisor floor-divided (// rounds it down to 0)?",
                   "every entry of yours is zero while the expected is not: is an array of zeros never filled, is "
                   "the result computed into another variable than the one returned, or is a number smaller than "
                   "its divisor floor-divided (// rounds it down to zero)?")


def another_quantity(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours is one of the test's inputs, or another quantity of the test (what a call returned,
    another checked output), possibly negated: the wrong variable is returned."""
    if g.size < 2:
        return None
    for kind, quantities in (("returned_input", scene.inputs), ("returned_other", scene.quantities)):
        for q in quantities:
            v = q.value
            if v.shape != g.shape or _trivial(v, tol) or agree(v, e, tol) or agree(-v, e, tol):
                continue
            for sign, word in ((1.0, ""), (-1.0, " negated")):
                if agree(g, sign * v, tol):
                    if kind == "returned_input":
                        return Finding(kind, f"yours is {q.label}{word}, unchanged: the computation is missing, or "
                                       "its result is not what you return", f"yours is {q.plain_label}{word}, "
                                       "unchanged: the computation is missing, or its result is not what you return")
                    return Finding(kind, f"yours equals {q.label}{word}: is the wrong variable returned?",
                                   f"yours equals {q.plain_label}{word}: is the wrong variable returned?")
    return None


def _name_of(q: Named) -> str:
    """The name a quantity's label begins with ("features" of "features (an argument of cam())")."""
    return q.label.split(" ")[0].rstrip(",")


def _combines(x: np.ndarray, e: np.ndarray, picked: np.ndarray, tol: Tolerance) -> bool:
    """The expected is no slice of x along axis 1 (for each example, any one of them) and no multiple of the picked
    slice plus a constant: it combines the slices (a weighted sum), as picked_slice says."""
    slices = np.moveaxis(x, 1, 0)  # (K, N, ...)
    # slice k agrees with the expected at example n, for each (k, n): another index would pick the expected
    alike = np.stack([close(s, e, tol).reshape(len(e), -1).all(axis=1) for s in slices])
    if alike.any(axis=0).all():
        return False
    with np.errstate(all="ignore"):
        design = np.stack([picked.ravel(), np.ones(picked.size)], axis=1)
        fit, *_ = np.linalg.lstsq(design, e.ravel(), rcond=None)
    return not (np.all(np.isfinite(fit)) and agree((design @ fit).reshape(e.shape), e, tol))


def picked_slice(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours is, for each example n, one slice of an input X along its axis 1: X[n, idx[n]] for an index array of
    the inputs (a class number used to pick a channel), or X[:, k] for one k; where the expected combines them."""
    if g.ndim < 2 or g.size < 4:
        return None
    n = g.shape[0]
    for q in scene.inputs:
        x = q.value
        if x.ndim != g.ndim + 1 or x.shape[0] != n or x.shape[2:] != g.shape[1:] or x.shape[1] < 2:
            continue
        for index in scene.indices:
            idx = index.value.ravel()
            if idx.size != n or not _integers(idx) or idx.min() < 0 or idx.max() >= x.shape[1]:
                continue
            picked = x[np.arange(n), idx.astype(int)]
            if not _trivial(picked, tol) and agree(g, picked, tol) and _combines(x, e, picked, tol):
                x_name, i_name = _name_of(q), _name_of(index)
                return Finding("picked_slice", f"yours is {x_name}[n, {i_name}[n]] for every n: one slice of "
                               f"{q.label} along its axis 1 ({x.shape[1]} long), picked by {index.label}, where the "
                               f"expected is computed from all {x.shape[1]} of them: {i_name} is used as an index "
                               f"into axis 1 of {x_name} where it indexes something else (the weights of a class?)",
                               "yours is one slice of an input along its second axis, picked by an index array of "
                               "the inputs, where the expected is computed from all of them: the index is used "
                               "where it indexes something else")
        for k in range(min(x.shape[1], 64)):
            picked = x[:, k]
            if not _trivial(picked, tol) and agree(g, picked, tol) and _combines(x, e, picked, tol):
                x_name = _name_of(q)
                return Finding("picked_slice", f"yours is {x_name}[:, {k}] for every example: slice {k} of "
                               f"{q.label} along its axis 1 ({x.shape[1]} long), where the expected is computed "
                               f"from all {x.shape[1]} of them", "yours is one slice of an input along its second "
                               "axis, where the expected is computed from all of them")
    return None


def _significant(g: np.ndarray, e: np.ndarray, tol: Tolerance) -> np.ndarray:
    """Entries where both are finite and the expected is clearly not zero (a factor is measurable)."""
    floor = max(tol.atol * 10, _scale(e) * 1e-6, 1e-300)
    return np.isfinite(g) & np.isfinite(e) & (np.abs(e) > floor)


def unnamed_factor(c: float) -> tuple[str, str]:
    """(what, plain) of a common factor no constant of the test names."""
    return (f"{_fmt(c)} times the expected (one common factor): the formula is right up to a constant; look for a "
            "missing or extra scale (a 1/N, a 2, a learning rate, a square root)",
            "the expected times one common factor: the formula is right up to a constant; look for a missing or "
            "extra scale (a division by N, a two, a learning rate, a square root)")


def _factor(g: np.ndarray, e: np.ndarray, tol: Tolerance, constants: Sequence[Constant]
            ) -> tuple[str, str, bool, float, str] | None:
    """(what, plain, unnamed, c, reading) when got = c * expected for one constant c, e.g. ("twice the expected:
    ...", ..., False, 2.0, "number"); reading: "setting" (named by a setting of the test's calls, gain = 2), "number"
    (a number of the formulas, 2 or sqrt(2)) or "" (a size of the test, several readings, none). c is named when it
    is one of the factors listed (N, 1/2, -1, p, ...); an unnamed c (said with a list of where a scale goes wrong)
    needs four entries that show it."""
    if _trivial(e, tol) or not np.array_equal(np.isfinite(g), np.isfinite(e)):
        return None
    sig = _significant(g, e, tol)
    n = int(sig.sum())
    if n == 0:
        return None
    c = float(np.sum(g[sig] * e[sig]) / np.sum(e[sig] ** 2))
    if not np.isfinite(c) or abs(c) < 1e-12 or abs(c - 1) < 1e-9:
        return None
    if n == 1 and (_integers(g) and _integers(e)):
        return None  # two whole numbers are often in a ratio of 2 by chance
    within = 1e-6 if n == 1 else max(1e-6, min(tol.rtol, 1e-2))
    named = [f for f in _named_factors(c, constants, within) if agree(g, f.value * e, tol)]
    if len(named) == 1:
        reading = "setting" if named[0].setting or named[0].inverse else \
            "number" if named[0] in _fixed_factors() else ""
        return named[0].says, named[0].plain, False, c, reading
    if named:  # the same number has several meanings here (N - 1 = D = 3): say each, choose none
        return (f"{_fmt(c)} times the expected, which fits more than one cause: " + "; or ".join(f.says for f in named),
                "the expected times a factor that fits more than one cause: " + "; or ".join(f.plain for f in named),
                False, c, "")
    if n >= 4 and abs(c - 1) > 1e-3 and agree(g, c * e, tol):  # nearer 1 it is closeness, not a factor
        return (*unnamed_factor(c), True, c, "")
    return None


def scaled(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """got = c * expected for one constant c: named (N, 1/N, 2, 1/2, -1, p, ...) when it is one."""
    found = _factor(g, e, tol, scene.constants)
    if found is None:
        return None
    prefix = "every entry is " if g.size > 1 else "yours is "
    return Finding("scaled", prefix + found[0], prefix + found[1], weak=_simple(e), claim=found[1],
                   lists_causes=found[2], factor=found[3], reading=found[4])


def scaled_per_feature(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """got = c * expected with c the same for every row (axis 0) but different across the other axes: a
    per-feature statistic (a standard deviation, a norm) computed over the wrong axes, or one number
    used where one per feature is asked for."""
    if g.shape != e.shape or g.ndim < 2 or g.shape[0] < 3 or not (np.isfinite(g).all() and np.isfinite(e).all()):
        return None
    sig = _significant(g, e, tol)
    if not sig.all():
        return None
    with np.errstate(all="ignore"):
        c = g / e
    per_feature = c[0]
    if not agree(c, np.broadcast_to(per_feature, c.shape), tol) or agree(per_feature, np.full_like(per_feature,
                                                                                                   per_feature.flat[0]),
                                                                         Tolerance(rtol=1e-3, atol=0.0)):
        return None
    for q in (*scene.inputs, *scene.quantities):  # the factor one of the test's arrays, or its inverse
        v = q.value
        if v.shape != per_feature.shape or not np.isfinite(v).all() or not np.all(v != 0):
            continue
        for factor, said in ((v, "times"), (1.0 / v, "divided by")):
            if agree(per_feature, factor, Tolerance(rtol=1e-6, atol=0.0)):
                missing = "extra" if said == "times" else "missing"
                return Finding("scaled_per_feature", f"yours is the expected {said} {q.label}, feature by feature: "
                               f"that factor is {missing} where the output is computed",
                               f"yours is the expected {said} {q.plain_label}, feature by feature: that factor is "
                               f"{missing}")
    if (row := _row_as_factor(per_feature, scene)) is not None:
        return row
    return Finding("scaled_per_feature", f"yours is the expected times a factor that is the same for every row but "
                   f"differs from feature to feature (from {_fmt(float(per_feature.min()))} to "
                   f"{_fmt(float(per_feature.max()))}): a per-feature statistic (a standard deviation, a norm) computed "
                   "over the wrong axes or of the wrong data (another split's, the input's own), one used in place of "
                   "another (a std where its inverse is meant, or kept in a cache where the other is documented), or "
                   "one number used where one per feature is asked for",
                   "yours is the expected times a factor that is the same for every row but differs from feature to "
                   "feature: a per-feature statistic (a standard deviation, a norm) computed over the wrong axes or of "
                   "the wrong data (another split's, the input's own), one used in place of another (a std where its "
                   "inverse is meant, or kept in a cache where the other is documented), or one number used where one "
                   "per feature is asked for")


def _row_as_factor(per_feature: np.ndarray, scene: Scene) -> Finding | None:
    """The per-feature factor is one row of one of the test's arrays (x[1] where a mask was meant): an array read
    where a tuple holding it is meant takes `[1]` as its row 1, not as the tuple's second part."""
    for q in (*scene.inputs, *scene.quantities):
        v = q.value
        if v.ndim != per_feature.ndim + 1 or v.shape[1:] != per_feature.shape or v.shape[0] < 2:
            continue
        rows = [i for i in range(v.shape[0]) if agree(per_feature, v[i], Tolerance(rtol=1e-6, atol=0.0))]
        if len(rows) != 1:
            continue
        i = rows[0]
        unpacked = (f" (is the array returned alone where a pair holding it is asked? Then `[{i}]` of it, meant "
                    f"as the pair's part {i}, is its row {i})") if "returns" in q.label and i <= 2 else ""
        return Finding("scaled_per_feature", f"yours is the expected times row {i} of {q.label}, feature by feature: "
                       f"that row stands where a per-feature factor (a mask, a scale) is meant{unpacked}",
                       f"yours is the expected times one row of {q.plain_label}, feature by feature: that row stands "
                       "where a per-feature factor is meant")
    return None


# (what it is, how NumPy writes it along an axis): per-column (per-row) statistics a value may be scaled by
_AXIS_STATISTICS: tuple[tuple[str, str, Callable[[np.ndarray, int], np.ndarray]], ...] = (
    ("standard deviation", "{a}.std(axis={k})", lambda a, k: np.std(a, axis=k)),
    ("sample standard deviation", "{a}.std(axis={k}, ddof=1)", lambda a, k: np.std(a, axis=k, ddof=1)),
    ("variance", "{a}.var(axis={k})", lambda a, k: np.var(a, axis=k)),
    ("mean", "{a}.mean(axis={k})", lambda a, k: np.mean(a, axis=k)),
    ("norm", "np.linalg.norm({a}, axis={k})", lambda a, k: np.linalg.norm(a, axis=k)),
    ("largest magnitude", "np.abs({a}).max(axis={k})", lambda a, k: np.abs(a).max(axis=k)),
    ("sum", "{a}.sum(axis={k})", lambda a, k: np.sum(a, axis=k)),
)


def scaled_by_statistic(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """got = expected times (or divided by) a per-column or per-row statistic of an input, entry by entry, the
    factor differing between entries: a scaling by that statistic done and not undone (weights fitted to features
    divided by their std, and returned as they are), or undone where none was made."""
    if g.ndim != 1 or g.shape != e.shape or g.size < 2 or not (np.isfinite(g).all() and np.isfinite(e).all()):
        return None
    if not _significant(g, e, tol).all():
        return None
    with np.errstate(all="ignore"):
        ratio = g / e
    if agree(ratio, np.full_like(ratio, ratio[0]), Tolerance(rtol=1e-3, atol=0.0)):
        return None  # one factor for all: scaled says it
    exact = Tolerance(rtol=1e-6, atol=0.0)
    for q in scene.inputs:
        v = q.value
        if v.ndim != 2 or not np.isfinite(v).all():
            continue
        for k in (0, 1):
            if v.shape[1 - k] != g.size or v.shape[k] < 2:
                continue
            for what, code, f in _AXIS_STATISTICS:
                with np.errstate(all="ignore"):
                    stat = f(v, k)
                if not np.isfinite(stat).all() or not np.all(stat != 0):
                    continue
                for factor, said in ((stat, "times"), (1.0 / stat, "divided by")):
                    if agree(ratio, factor, exact):
                        a = q.label.split(" (")[0]
                        each = "column" if k == 0 else "row"
                        made = code.format(a=a, k=k)
                        how = ("scaled by that statistic and never scaled back (as weights fitted to "
                               f"{a} / {made} are, returned without dividing them by it)" if said == "times" else
                               "divided by it where nothing is to be undone")
                        return Finding("scaled_by_statistic", f"entry by entry, yours is the expected {said} the "
                                       f"{what} of each {each} of {q.label}, {made}: your values are {how}",
                                       f"entry by entry, yours is the expected {said} a per-{each} {what} of an "
                                       "input: a scaling by that statistic not undone, or undone where none was made")
    return None


def powered(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """got = expected**2 (a variance where a standard deviation is asked) or sqrt(expected)."""
    if _trivial(e, tol) or agree(e, e ** 2, tol) or not np.isfinite(e).all():
        return None
    if agree(g, e ** 2, tol):
        return Finding("squared", "yours is the square of the expected: a variance where a standard deviation is "
                       "asked for? (std = sqrt(var))", "yours is the square of the expected: a variance where a "
                       "standard deviation is asked for? (the standard deviation is the square root of the variance)",
                       weak=_simple(e))
    if np.all(e >= 0) and agree(g, np.sqrt(e), tol):
        return Finding("square_root", "yours is the square root of the expected: a standard deviation where a "
                       "variance is asked for, or a square root taken over more than it should cover?", "yours is the "
                       "square root of the expected: a standard deviation where a variance is asked for, or a square "
                       "root taken over more than it should cover?", weak=_simple(e))
    return None


def softmaxed(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours is the softmax (or the log-softmax) of the expected along its last axis: probabilities where the
    scores (logits) are asked, e.g. a softmax applied before returning what the grader reads as logits."""
    if g.shape != e.shape or g.ndim < 1 or g.shape[-1] < 2 or _trivial(e, tol) or not np.isfinite(e).all() or \
            not np.isfinite(g).all():
        return None
    shifted = e - e.max(axis=-1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
    loose = Tolerance(rtol=max(tol.rtol, 1e-6), atol=max(tol.atol, 1e-9))
    if agree(g, np.exp(log_probs), loose) and not agree(e, np.exp(log_probs), loose):
        return Finding("softmaxed", "yours is the softmax of the expected along its last axis: probabilities where "
                       "the scores (logits) are asked; return the scores before the softmax", "yours is the softmax "
                       "of the expected: probabilities where the scores (logits) are asked")
    if agree(g, log_probs, loose) and not agree(e, log_probs, loose):
        return Finding("softmaxed", "yours is the log-softmax of the expected along its last axis: log-probabilities "
                       "where the scores (logits) are asked; return the scores before the log-softmax", "yours is the "
                       "log-softmax of the expected: log-probabilities where the scores (logits) are asked")
    return None


def logged(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours is the natural log of the expected (log-probabilities where probabilities are asked), or its exp: at
    every entry where the expected is above 1e-12; where it is less (a probability that underflows to 0), yours is
    below log(1e-12) too."""
    if g.shape != e.shape or g.size < 2 or _trivial(e, tol) or not np.isfinite(g).all() or not np.isfinite(e).all():
        return None
    loose = Tolerance(rtol=max(tol.rtol, 1e-6), atol=max(tol.atol, 1e-9))
    positive = e > 1e-12
    if positive.sum() >= 2 and (e >= 0).all() and (g[~positive] < np.log(1e-12)).all() and \
            agree(g[positive], np.log(e[positive]), loose) and (g < 0).any():
        return Finding("logged", "yours is the natural log of the expected at every entry (np.exp of yours is the "
                       f"expected{'; where it is 0, yours is a large negative number' if (~positive).any() else ''}): "
                       "log-probabilities where the probabilities are asked? Return their exp (or skip the log).",
                       "yours is the log of the expected: log-probabilities where the probabilities are asked?")
    if (g > 0).all() and g.max() < 1e300 and agree(g, np.exp(e), loose) and (e < 0).any():
        return Finding("logged", "yours is np.exp of the expected at every entry: the probabilities where their logs "
                       "(log-probabilities) are asked? Return the log (or skip the exp).",
                       "yours is the exp of the expected: probabilities where their logs are asked?")
    return None


def normalized_axis(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Both are non-negative and sum to 1 along an axis, but not the same one: probabilities normalized
    over the wrong axis (a softmax over the batch instead of over the classes)."""
    if g.shape != e.shape or g.ndim < 2 or not (np.isfinite(g).all() and np.isfinite(e).all()) \
            or g.min() < 0 or e.min() < 0:
        return None
    loose = Tolerance(rtol=max(tol.rtol, 1e-9), atol=max(tol.atol, 1e-9))

    def unit_axes(a: np.ndarray) -> list[int]:
        return [k for k in range(a.ndim) if a.shape[k] >= 2 and agree(a.sum(axis=k), np.ones_like(a.sum(axis=k)), loose)]

    mine, asked = unit_axes(g), unit_axes(e)
    if not mine or not asked or set(mine) & set(asked):
        return None
    return Finding("normalized_axis", f"yours sums to 1 along axis {mine[0]}; the expected sums to 1 along axis "
                   f"{asked[0]}: normalized over the wrong axis (e.g. a softmax's sum over the batch where each row, "
                   "over the classes, is asked: axis=1, keepdims=True)", "yours sums to one along another axis than "
                   "the expected: normalized over the wrong axis (e.g. a softmax's sum over the batch where each row, "
                   "over the classes, is asked)")


def partly_powered(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Right at some entries and the square (or square root) of the expected at all the others: a
    variance where a standard deviation is asked for, in some of the outputs."""
    if g.shape != e.shape or g.size < 2 or not (np.isfinite(g).all() and np.isfinite(e).all()) or _trivial(e, tol):
        return None
    right = close(g, e, tol)
    if right.all() or not right.any():
        return None
    with np.errstate(all="ignore"):
        for power, word, plain in ((e ** 2, "the square", "a variance where a standard deviation is asked for"),
                                   (np.sqrt(np.abs(e)), "the square root", "a standard deviation where a variance "
                                    "is asked for")):
            other = close(g, power, tol) & ~right
            if not other.any() or not (right | other).all() or (other.sum() == 1 and _simple(e[other])):
                continue
            at = [int(i) for i in np.flatnonzero(other)][:8]
            return Finding("squared_in_part", f"at flat indices {at} yours is {word} of the expected and the "
                               f"others are right: {plain} there?", f"at some entries yours is {word} of the "
                               f"expected and the others are right: {plain} there?")
    return None


def staircase(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """A schedule: the expected stays constant for runs of steps and changes between them, yours changes
    at (nearly) every step and agrees with it at the start of each run: a division where an integer
    division (//) is asked for."""
    if g.shape != e.shape or g.ndim != 1 or g.size < 6 or not (np.isfinite(g).all() and np.isfinite(e).all()):
        return None
    same_e = close(e[1:], e[:-1], tol)
    same_g = close(g[1:], g[:-1], tol)
    starts = np.concatenate([[True], ~same_e])  # the first step of each run of the expected
    if same_e.mean() < 0.5 or same_g.mean() > 0.2 or not close(g[starts], e[starts], tol).all():
        return None
    return Finding("staircase", "the expected stays the same for runs of steps and changes between them; yours "
                   "changes at every step and agrees with it at the start of each run: a division (/) where an "
                   "integer division (//) is asked for (e.g. step // step_size)", "the expected stays the same for "
                   "runs of steps; yours changes at every step: a division where an integer division is asked for")


def permuted(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """got = expected with its axes transposed or permuted (the shapes may differ)."""
    if e.ndim < 2 or e.ndim > 5 or g.size != e.size or _trivial(e, tol):
        return None
    for perm in itertools.permutations(range(e.ndim)):
        if perm == tuple(range(e.ndim)):
            continue
        moved = e.transpose(perm)
        if moved.shape != g.shape or agree(moved, e, tol) or not agree(g, moved, tol):
            continue
        if e.ndim == 2:
            shapes = f" (shape {_shape(g.shape)} for {_shape(e.shape)})" if g.shape != e.shape else ""
            return Finding("transposed", f"yours is the expected transposed{shapes}: a .T too many or missing, or the "
                           "operands of a product in the other order (x.T @ dout vs dout.T @ x)",
                           "yours is the expected transposed: a transpose too many or missing, or the operands of a "
                           "product in the other order")
        return Finding("axes_permuted", f"yours is the expected with its axes in the order {perm} (shape "
                       f"{_shape(g.shape)} for {_shape(e.shape)}): the axes are mixed up (a transpose or reshape "
                       "that moves them, e.g. (N, C, H, W) against (N, H, W, C))", "yours is the expected with its "
                       "axes in another order: a transpose or reshape moves them")
    return None


def entries_reordered(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """A short vector (16 entries or fewer) of distinct numbers whose entries are the expected's in another
    order: statistics listed in another order than the docstring's, two results returned in each other's place."""
    if g.shape != e.shape or e.ndim != 1 or not 3 <= e.size <= 16 or not np.isfinite(e).all() \
            or not np.isfinite(g).all():
        return None
    same = close(g[:, None], e[None, :], tol)  # [i, j]: your entry i is the expected's j
    if not (same.sum(axis=1) == 1).all() or not (same.sum(axis=0) == 1).all():
        return None  # some entry is none of the expected's, or the expected's are not told apart
    order = same.argmax(axis=1)
    moved = [int(i) for i in np.flatnonzero(order != np.arange(e.size))]
    if not moved:
        return None
    said = ", ".join(f"your [{i}] is the expected [{int(order[i])}]" for i in moved)
    said += "; the others are in place" if len(moved) < e.size else ""
    return Finding("entries_reordered", f"your entries are the expected ones in another order: {said}. Check the "
                   "order the docstring lists them in (or the order you return them in).",
                   "your entries are the expected ones in another order: check the order the docstring lists them in "
                   "(or the order you return them in).")


EXPONENT_ATOL = 1e-6  # an exponent this close to a whole number is whole (float32's powers of ten are 1e-8 off)


def whole_powers(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Every entry a whole power of 10 (or of 2), the expected's own rounded to the nearest power (or down, or up),
    where the expected's are not all whole powers and at least two entries part: the exponents rounded (np.round,
    int(), //) before the base is raised to them (a log-spaced grid of whole decades where half-decades are asked)."""
    if g.shape != e.shape or g.size < 2 or not np.all(np.isfinite(g)) or not np.all(np.isfinite(e)) or \
            np.any(g <= 0) or np.any(e <= 0) or scene.trajectory:
        return None
    wrong = ~close(g, e, tol)
    if wrong.sum() < 2:
        return None
    for base, log in ((10, np.log10), (2, np.log2)):
        mine, meant = log(g.astype(np.float64)), log(e.astype(np.float64))
        # (float32 powers of ten are a few 1e-8 off in their exponent; a constant is no grid of powers)
        if not np.allclose(mine, np.round(mine), rtol=0, atol=EXPONENT_ATOL) or \
                np.allclose(meant, np.round(meant), rtol=0, atol=EXPONENT_ATOL) or np.unique(np.round(mine)).size < 2:
            continue
        whole, gap = np.round(mine), np.round(mine) - meant  # (how far each exponent was moved, and which way)
        for how, fits in (("down", (gap <= EXPONENT_ATOL) & (gap > -1)), ("up", (gap >= -EXPONENT_ATOL) & (gap < 1)),
                          ("to the nearest", np.abs(gap) <= 0.5 + EXPONENT_ATOL)):  # (one way only, where it is)
            if not np.all(fits) or np.allclose(meant, whole, rtol=0, atol=EXPONENT_ATOL):
                continue
            k = int(np.flatnonzero(wrong.ravel())[0])
            return Finding("whole_powers", f"every entry of yours is a whole power of {base}: the expected's, "
                           f"rounded {how} one ({g.ravel()[k]:.3g} where {e.ravel()[k]:.3g} is expected; "
                           f"{int(wrong.sum())} of {g.size} entries part). The exponents are rounded to whole "
                           f"numbers (np.round, int(), //) before {base} is raised to them: raise {base} to the "
                           "exponents as they are.",
                           "every entry of yours is a whole power of the base (ten, or two), the expected's rounded: "
                           "the exponents are rounded to whole numbers before the base is raised to them.")
    return None


def entries_of_others(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """A short vector (16 entries or fewer) whose wrong entries each hold the value the expected has at another of its
    entries, the others right: one quantity computed again in another's place (a line copied and not changed, the
    weights' mean where the gradient's is asked). Not where the expected's entries are not told apart, nor for whole
    numbers (counts are alike by chance), nor for one wrong entry alone, nor along a trajectory."""
    if g.shape != e.shape or e.ndim != 1 or not 3 <= e.size <= 16 or not np.isfinite(e).all() \
            or not np.isfinite(g).all() or _integers(e):
        return None
    if (close(e[:, None], e[None, :], tol).sum(axis=1) > 1).any():
        return None
    wrong = np.flatnonzero(~close(g, e, tol))
    # (one entry alike another is too easily chance, a schedule restarting at its first value among them; a
    # sequence of steps is a trajectory, not a list of quantities)
    if not 2 <= wrong.size < e.size or scene.trajectory:
        return None
    same = close(g[:, None], e[None, :], tol)  # [i, j]: your entry i is the expected's j
    if any(same[i].sum() != 1 for i in wrong):
        return None
    said = ", ".join(f"your [{int(i)}] is the expected [{int(same[i].argmax())}]" for i in wrong)
    return Finding("entries_of_others", f"the entries of yours that are wrong hold what the expected has at other "
                   f"entries: {said}; the others are right. One quantity is computed again in another's place (a line "
                   f"copied and not changed?): check what entr{'y' if wrong.size == 1 else 'ies'} "
                   f"{', '.join(f'[{int(i)}]' for i in wrong)} {'is' if wrong.size == 1 else 'are'} computed from.",
                   "the wrong entries of yours hold what the expected has at other entries, the others are right: one "
                   "quantity computed again in another's place (a line copied and not changed?).")


def trace_of_products(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """A square matrix where one number is asked, whose diagonal adds up to it: a sum of squares (or of products)
    written as a matrix product, A.T @ A, which holds every column's products with every other column, the sum
    asked only on its diagonal."""
    if e.size != 1 or g.ndim != 2 or g.shape[0] != g.shape[1] or g.shape[0] < 2 or _trivial(e, tol) or \
            _integers(e) or not np.all(np.isfinite(g)) or not agree(g, g.T, tol) or \
            not np.any(g[~np.eye(g.shape[0], dtype=bool)]):
        return None  # (a product A.T @ A is symmetric, and off its diagonal not all zero; a count is not a sum)
    if not agree(np.trace(g), e.reshape(()), tol):
        return None
    return Finding("trace_of_products", f"yours is a {g.shape[0]} x {g.shape[1]} matrix where one number is asked, and "
                   "its diagonal adds up to the expected number (its trace): a sum of squares or products written as a "
                   "matrix product (A.T @ A multiplies every column with every other one; the sum asked is on its "
                   "diagonal alone). Sum the entries' products instead: np.sum(A * A), or np.einsum('ij,ij->', A, B).",
                   "yours is a square matrix where one number is asked, and its diagonal adds up to the expected: a "
                   "sum of products written as a matrix product; sum the entries' products instead.")


def reversed_axis(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """got = expected reversed along one axis, or flipped along its last two (a kernel rotated by 180 degrees)."""
    if e.ndim < 1 or _trivial(e, tol) or g.shape != e.shape:
        return None
    flips: list[tuple[int, ...]] = [(a,) for a in range(e.ndim)] + ([(e.ndim - 2, e.ndim - 1)] if e.ndim >= 2 else [])
    for axes in flips:
        if any(e.shape[a] < 2 for a in axes):
            continue
        flipped = np.flip(e, axis=axes)
        if agree(flipped, e, tol) or not agree(g, flipped, tol):
            continue
        if len(axes) == 2:
            return Finding("reversed", "yours is the expected flipped along its last two axes (rotated by 180 "
                           "degrees): a kernel flipped, or a window read backwards", "yours is the expected flipped "
                           "along its last two axes: a kernel flipped, or a window read backwards")
        return Finding("reversed", f"yours is the expected in reverse order along axis {axes[0]}: two values swapped "
                       "(e.g. fan_in and fan_out) or an index running backwards", "yours is the expected in reverse "
                       "order along one axis: values swapped, or an index running backwards")
    return None


def empty(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours has no entries where the expected has some: a slice that selects nothing."""
    if g.size or not e.size:
        return None
    return Finding("empty", f"yours is empty (shape {_shape(g.shape)} for {_shape(e.shape)}): a slice selects "
                   "nothing (a[p:-p] is empty when p is 0: use a[p:p + H]), or a loop never runs",
                   "yours is empty: a slice selects nothing (a[p:-p] is empty when p is zero: use a[p:p + H]), or a "
                   "loop never runs")


def _axes_too_many(g: np.ndarray, e: np.ndarray, n: int) -> list[int]:
    """The axes k >= 1 of g, n long, without which g has e's shape (and e's first axis is n long)."""
    if g.ndim != e.ndim + 1 or e.ndim < 1 or e.shape[0] != n or g.shape[0] != n:
        return []
    return [k for k in range(1, g.ndim) if g.shape[k] == n and g.shape[:k] + g.shape[k + 1:] == e.shape]


def _row_index_hint(index: Named) -> str:
    name = index.label.split(" ")[0]
    return (f"an index array used without a row index: x[:, {name}] or x[..., {name}] picks, for every row, the "
            f"entries of every row's {name}; pair it with the rows, x[np.arange(N), ..., {name}], for one per row. "
            f"Or what was picked by {name} (one per row) is combined with the rows by a product that pairs every row "
            "with every other (np.tensordot, np.dot or @ over the rows' axis): keep the rows paired, np.einsum with "
            "the row axis in both operands and in the result")


def indexed_without_rows(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """An axis too many, as long as an index array of the inputs (labels, classes: one per example), and
    yours[i, ..., i] is the expected: x[..., y] (x[:, y]) where x[np.arange(N), ..., y] is meant."""
    for index in scene.indices:
        n = index.value.size
        for k in _axes_too_many(g, e, n) if n >= 2 else ():
            if not agree(np.moveaxis(np.diagonal(g, axis1=0, axis2=k), -1, 0), e, tol):
                continue
            also = f" (or an ({n},) array broadcast against an ({n}, 1) one)" if g.ndim == 2 else ""
            return Finding("indexed_without_rows", f"yours has shape {_shape(g.shape)} where {_shape(e.shape)} is "
                           f"expected: axis {k} is one too many, {n} long like {index.label}, and yours[i, ..., i] "
                           f"along it is the expected: {_row_index_hint(index)}{also}",
                           "yours has an axis too many, as long as an index array of the inputs, and its diagonal is "
                           "the expected: an index array used without a row index (x[:, y] where "
                           "x[np.arange(N), y] is meant), or a product that pairs every row with every other")
    return None


def _row_width(rows: np.ndarray, cols: np.ndarray, flat: np.ndarray) -> int | None:
    """The one width W >= 2, above every column, with flat = rows * W + cols at every entry (whole numbers; the
    columns taking two values at least), or None."""
    if not (_integers(rows) and _integers(cols) and _integers(flat)) or not np.any(rows) or \
            np.any(rows < 0) or np.any(cols < 0):
        return None
    picked = rows != 0
    widths = np.unique((flat[picked] - cols[picked]) / rows[picked])
    if widths.size != 1 or not float(widths[0]).is_integer() or widths[0] <= max(cols.max(), 1) or \
            np.unique(cols).size < 2:
        return None  # (a width of 1, or one column throughout: a sum over the pair reads as well)
    width = int(widths[0])
    return width if np.array_equal(rows * width + cols, flat) else None


def index_pairs(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Positions in a 2-D map said as (row, col) pairs where one flat index row * W + col is expected (a trailing or
    leading axis of 2 too many: np.unravel_index's pair kept, or argmax of each axis), or the reverse."""
    for pairs, flat, asked in ((g, e, "flat"), (e, g, "pairs")):
        if pairs.ndim != flat.ndim + 1 or flat.size < 2:
            continue
        for axis in (pairs.ndim - 1, 0):
            if pairs.shape[axis] != 2 or tuple(np.delete(pairs.shape, axis)) != flat.shape:
                continue
            rows, cols = np.moveaxis(pairs, axis, 0)
            width = _row_width(rows, cols, flat)
            if width is None:
                continue
            where = "a trailing" if axis else "a leading"
            if asked == "flat":
                return Finding("index_pairs", f"yours has shape {_shape(g.shape)} where {_shape(e.shape)} is "
                               f"expected: {where} axis of 2 holds each position as a (row, col) pair, and row * "
                               f"{width} + col is the expected at every entry: the position is asked as one flat "
                               f"index within each map of width {width} (row * {width} + col, np.ravel_multi_index), "
                               "not as a pair", "yours holds each position as a (row, col) pair where one flat index "
                               "within the map (row times its width plus col) is expected")
            return Finding("index_pairs", f"yours has shape {_shape(g.shape)} where {_shape(e.shape)} is expected: "
                           f"each of yours is a flat index, row * {width} + col, where the expected holds the "
                           f"(row, col) pair in {where} axis of 2: split it (np.unravel_index, or divmod by "
                           f"{width})", "yours holds flat indices where (row, col) pairs are expected: split each "
                           "(np.unravel_index)")
    return None


def reshaped(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """The right values in another shape."""
    if g.shape == e.shape or g.size != e.size or g.size < 2 or not agree(g.ravel(), e.ravel(), tol):
        return None
    if g.squeeze().shape == e.squeeze().shape:
        # one example and one label: an index array's axis is 1 long too, and its values are right
        index = next((q for q in scene.indices if q.value.size == 1 and _axes_too_many(g, e, 1)), None)
        if index is not None:
            return Finding("reshaped", f"your values are right but your shape is {_shape(g.shape)} where "
                           f"{_shape(e.shape)} is expected: an axis of length 1 too many, as long as "
                           f"{index.label}: {_row_index_hint(index)} (one example here, so the values agree); or "
                           "keepdims=True, [..., None]", "your values are right but an axis of length one is too "
                           "many: an index array without a row index, keepdims, or a new axis")
        return Finding("reshaped", f"your values are right but your shape is {_shape(g.shape)} where "
                       f"{_shape(e.shape)} is expected: an axis of length 1 too many or missing (keepdims=True, "
                       "[:, None], a shape written (n, 1) where (n,) is meant, as in size=(n, 1), or a missing "
                       "reshape)", "your values are right but an axis of length one is too many or missing (keepdims, "
                       "a new axis, a shape written with an extra one, or a missing reshape)")
    return Finding("reshaped", f"your values are right but in shape {_shape(g.shape)}; reshape them to "
                   f"{_shape(e.shape)} (e.g. .reshape(...) on it, or on the input it is computed from)", "your values "
                   "are right but in another shape: reshape them to the expected one (or the input they are computed "
                   "from)")


def reshaped_untransposed(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours holds the expected values in another order: the expected read as a (k, rest) matrix and
    transposed, flattened into your shape. A reshape where a transpose is needed first (an affine
    weight (C*H*W, M) reshaped to (M, C, H, W) without .T), or the reverse."""
    if g.size != e.size or g.size < 4 or max(g.ndim, e.ndim) < 2 or _trivial(e, tol):
        return None
    for k in sorted({e.shape[0], e.shape[-1], g.shape[0], g.shape[-1]}):
        if k < 2 or g.size % k or k == g.size:
            continue
        moved = e.reshape(k, -1).T.ravel()
        if agree(moved, e.ravel(), tol) or not agree(g.ravel(), moved, tol):
            continue
        rest = g.size // k
        return Finding("reshaped_untransposed", f"yours holds the expected values in another order: the expected "
                       f"read as a ({k}, {rest}) matrix, transposed, then reshaped to {_shape(g.shape)}: a reshape "
                       "where a transpose is needed first, or the reverse (e.g. W.reshape(M, C, H, W) where "
                       "W.T.reshape(M, C, H, W) is meant)", "yours holds the expected values in another order, that "
                       "of the expected transposed before a reshape: a reshape where a transpose is needed first, or "
                       "the reverse")
    return None


def reduced_other_axis(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours has the shape of a batch input with one axis removed, the expected that input with another
    removed: a sum or mean over the wrong axis (dgamma of shape (N,) where (D,) is asked for)."""
    if g.shape == e.shape:
        return None
    if e.ndim == 0 and g.ndim >= 1:
        # one number asked, yours one per entry of an input's other axes: reduced over one axis, not all of them
        for q in scene.inputs:
            shape = q.value.shape
            if len(shape) != g.ndim + 1 or len(set(shape)) != len(shape) or g.size < 2:
                continue
            mine = [k for k in range(len(shape)) if shape[:k] + shape[k + 1:] == g.shape and shape[k] > 1]
            if mine:
                return Finding("reduced_other_axis", f"yours has shape {_shape(g.shape)}, {q.label} of shape "
                               f"{_shape(shape)} without axis {mine[0]}, where the expected is one number: a sum, "
                               f"mean or norm over axis {mine[0]} only (axis={mine[0]}), where it is taken over all "
                               "the entries?", f"yours has the shape of {q.plain_label} with one axis removed, where "
                               "the expected is one number: a sum, mean or norm over one axis only, where it is taken "
                               "over all the entries?")
        return None
    if g.ndim != e.ndim:
        return None
    for q in scene.inputs:
        shape = q.value.shape
        if len(shape) != g.ndim + 1 or len(set(shape)) != len(shape):
            continue  # two axes of one length: which was removed cannot be told
        without = {k: shape[:k] + shape[k + 1:] for k in range(len(shape))}
        # (an axis of length 1 "removed" is no sum over it: a (3, 2, 5) from (1, 3, 2, 5) comes as well of a
        # product broadcast to (3, 3, 2, 5) and summed over its axis 1, the right one)
        mine = [k for k, s in without.items() if s == g.shape and shape[k] > 1]
        asked = [k for k, s in without.items() if s == e.shape]
        if mine and asked and mine != asked:
            return Finding("reduced_other_axis", f"yours has shape {_shape(g.shape)}, {q.label} of shape "
                           f"{_shape(shape)} without axis {mine[0]}; the expected {_shape(e.shape)} is it without axis "
                           f"{asked[0]}: a sum or mean over the wrong axis (axis={mine[0]} where axis={asked[0]} is "
                           "asked for)?", f"yours has the shape of {q.plain_label} with another axis removed than the "
                           "expected: a sum or mean over the wrong axis?")
    return None


def respaced_grid(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Another number of evenly spaced points (in linear or log space) between the same two ends: a grid's count
    off (np.linspace(low, high, n - 1)), not steps cut short."""
    if g.ndim != 1 or e.ndim != 1 or g.size == e.size or min(g.size, e.size) < 3 or \
            not (np.isfinite(g).all() and np.isfinite(e).all()) or not agree(g[[0, -1]], e[[0, -1]], tol):
        return None
    for space, f in (("evenly", lambda a: a), ("evenly in log space", np.log)):
        with np.errstate(all="ignore"):
            fg, fe = f(g), f(e)
        if not (np.isfinite(fg).all() and np.isfinite(fe).all()):
            continue
        dg, de = np.diff(fg), np.diff(fe)
        even = Tolerance(rtol=1e-6, atol=1e-12 * float(np.abs(fe).max() + 1))
        if agree(dg, np.full_like(dg, dg[0]), even) and agree(de, np.full_like(de, de[0]), even) and dg[0] != 0:
            fewer = "fewer" if g.size < e.size else "more"
            return Finding("respaced_grid", f"yours has {g.size} points where {e.size} are expected, spread {space} "
                           f"between the same two ends ({_fmt(float(e[0]))} and {_fmt(float(e[-1]))}): a grid of "
                           f"{abs(e.size - g.size)} point{'s' if abs(e.size - g.size) > 1 else ''} {fewer}, its count "
                           "off (np.linspace's and np.logspace's num counts both ends: n points, not n - 1 or n + 1)",
                           f"yours has {fewer} points than expected, spread {space} between the same two ends: the "
                           "grid's count is off (np.linspace's num counts both ends)")
    return None


def fewer_steps(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Fewer rows (steps) than expected, the first of them right: steps are missing (a last, shorter
    batch dropped, a loop one short)."""
    if g.ndim < 1 or g.ndim != e.ndim or g.shape[1:] != e.shape[1:] or not 0 < g.shape[0] < e.shape[0]:
        return None
    rows = close(g, e[:g.shape[0]], tol).reshape(g.shape[0], -1).all(axis=1)
    k = int(np.argmin(rows)) if not rows.all() else len(rows)
    if k == 0:
        return None
    if k == g.shape[0] and g.ndim == 1 and not scene.trajectory and scene.start is None:
        # entries, not the steps of an iteration (a path's rows are), all yours right: the last are left out
        last = "the last one is" if e.shape[0] - g.shape[0] == 1 else "the last ones are"
        return Finding("fewer_steps", f"yours has {g.shape[0]} entries where {e.shape[0]} are expected, and your "
                       f"first {k} match the expected's: {last} missing (a value left out of what you return, or a "
                       "loop or range that stops one short)", "yours has fewer entries than expected and your first "
                       "ones match: the last are missing (a value left out, or a loop that stops short)")
    return Finding("fewer_steps", f"yours has {g.shape[0]} rows (steps) where {e.shape[0]} are expected, and your "
                   f"first {k} match the expected's: steps are missing (a last, shorter batch of each epoch dropped, "
                   "or a loop that stops early)", "yours has fewer rows (steps) than expected and your first ones "
                   "match: steps are missing (a last, shorter batch of each epoch dropped, or a loop that stops "
                   "early)")


def last_pass_only(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """One value (or row) where one per pass of a loop is expected (a layer's statistic, a step's), and it is the
    expected's last and no other: only the loop's last pass is kept (the append written after the loop)."""
    if e.ndim < 1 or e.shape[0] < 3 or g.shape not in (e.shape[1:], (1, *e.shape[1:])) or _trivial(e, tol):
        return None
    mine = g.reshape(e.shape[1:])
    if [k for k in range(e.shape[0]) if agree(mine, e[k], tol)] != [e.shape[0] - 1]:
        return None
    return Finding("last_pass_only", f"yours is one value where {e.shape[0]} are expected (one for each pass of a "
                   "loop: a layer, a step), and it is the expected's last: only the loop's last pass is kept (a value "
                   "appended, or the list made, after the loop instead of inside it; or a name set anew on every pass "
                   "where each pass's value should be kept)",
                   "yours is one value where one for each pass of a loop is expected, and it is the expected's last: "
                   "only the loop's last pass is kept (a value appended after the loop instead of inside it, or a "
                   "name set anew on every pass)")


MAX_BLOCK_OFFSETS = 4096  # where one output may lie inside the other: tried, at most


def block_of(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """One output is a block of the other: the expected lies inside yours (a padding kept, rows too many at
    the end) or yours inside the expected (a border or a last row lost). Said by axis, with the sizes."""
    if g.ndim != e.ndim or g.ndim == 0 or g.shape == e.shape:
        return None
    if all(a >= b for a, b in zip(g.shape, e.shape)):
        big, small, bigger = g, e, True
    elif all(a <= b for a, b in zip(g.shape, e.shape)):
        big, small, bigger = e, g, False
    else:
        return None
    extra = [a - b for a, b in zip(big.shape, small.shape)]
    if small.size < 4 or _trivial(small, tol) or math.prod(d + 1 for d in extra) > MAX_BLOCK_OFFSETS:
        return None
    found = [o for o in itertools.product(*(range(d + 1) for d in extra))
             if agree(big[tuple(slice(k, k + n) for k, n in zip(o, small.shape))], small, tol)]
    if len(found) != 1:
        return None  # nowhere, or in several places (values that repeat): nothing certain
    offset = found[0]
    axes = [k for k, d in enumerate(extra) if d]
    names = ("axes " if len(axes) > 1 else "axis ") + " and ".join(str(k) for k in axes)
    shapes = f"yours has shape {_shape(g.shape)} where {_shape(e.shape)} is expected"
    if all(2 * offset[k] == extra[k] for k in axes):  # the same border on both sides of each axis
        widths = sorted({offset[k] for k in axes})
        width = str(widths[0]) if len(widths) == 1 else " / ".join(str(offset[k]) for k in axes)
        if bigger:
            return Finding("padded", f"{shapes}, and the expected is yours without a border of {width} on each side "
                           f"({names}): the padding is kept; crop it off the result",
                           "yours is larger than expected and the expected is yours without its border: the padding "
                           "is kept; crop it off the result")
        along = "them" if len(axes) > 1 else "it"
        return Finding("cropped", f"{shapes}, and yours is the expected without a border of {width} on each side "
                       f"({names}): that border is missing (the input not padded along {along}, or a border cropped "
                       "off that belongs to the result: a padding removed twice, or from the wrong array)",
                       "yours is smaller than expected and is the expected without its border: "
                       "the input not padded along an axis, or something cropped off that belongs to the result")
    if all(offset[k] == 0 for k in axes):  # the start lines up: the end is too long or too short
        counts = ", ".join(f"{g.shape[k]} where {e.shape[k]}" for k in axes)
        if bigger:
            return Finding("extra_at_end", f"{shapes}: your first entries along {names} are the expected ones "
                           f"and yours goes on past them (yours has {counts}): a size or a loop bound too large",
                           "yours is larger than expected, and its first entries are the expected ones: a size or a "
                           "loop bound too large")
        if any(small.shape[k] < 3 for k in axes):
            return None  # one or two entries along an axis: its first ones, or every k-th (a loop stepping by k)?
        return Finding("missing_at_end", f"{shapes}: yours is the expected's first entries along {names} "
                       f"(yours has {counts}): the last ones are missing (a size or a loop bound too small, an "
                       "output row or column left out)", "yours is smaller than expected and is the expected's first "
                       "entries: the last ones are missing (a size or a loop bound too small)")
    return None


def broadcast(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """(n, n) where (n,) or (n, 1) is expected, the expected on its diagonal: (n,) broadcast against (n, 1)."""
    n = e.size
    if n < 2 or e.squeeze().ndim != 1 or g.shape != (n, n) or not agree(np.diagonal(g), e.ravel(), tol):
        return None
    return Finding("broadcast", f"yours has shape {_shape(g.shape)} where {_shape(e.shape)} is expected, and its "
                   f"diagonal is the expected value: NumPy broadcast an ({n},) array against an ({n}, 1) one (e.g. "
                   "y - pred with pred of shape (n, 1)); make both the same shape", "yours is square where a vector "
                   "is expected, and its diagonal is the expected value: NumPy broadcast a vector against a column "
                   "(e.g. y - pred with pred a column); make both the same shape")


Axes = int | tuple[int, ...] | None


def _reductions(a: np.ndarray) -> list[tuple[str, Axes, np.ndarray]]:
    """(how, axes, a reduced): sums and means over each axis, over each set of two or more axes (up to
    4-D arrays: db of a convolution sums over (0, 2, 3)), and over all."""
    out: list[tuple[str, Axes, np.ndarray]] = []
    axes: list[Axes] = list(range(a.ndim))
    if a.ndim <= 4:
        axes += [t for k in range(2, a.ndim) for t in itertools.combinations(range(a.ndim), k)]
    for axis in [*axes, None]:
        with np.errstate(all="ignore"):
            out += [("sum", axis, a.sum(axis=axis)), ("mean", axis, a.mean(axis=axis))]
    return out


def _over(how: str, axis: Axes) -> str:
    if axis is None:
        return f"{how} over all entries"
    return f"{how} over axes {axis}" if isinstance(axis, tuple) else f"{how} over axis {axis}"


def not_reduced(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """The expected is yours summed or averaged over an axis (a missing reduction), or the reverse."""
    if g.shape == e.shape or _trivial(e, tol):
        return None
    if g.ndim > e.ndim and g.shape[g.ndim - e.ndim:] == e.shape and agree(g, np.broadcast_to(e, g.shape), tol):
        # every row of yours is the expected, whole: nothing was left unreduced; the value met an array of your
        # shape on the way (a running mean started as np.zeros_like(x), then blended with the batch's mean)
        copies = int(np.prod(g.shape[:g.ndim - e.ndim]))
        if copies == 1:  # one row: nothing shows a broadcast, only that the value is left in an array
            return Finding("not_reduced", f"yours (shape {_shape(g.shape)}) holds the expected value, but as an array "
                           f"where shape {_shape(e.shape)} is asked: a reduction over the rows (a sum or mean) never "
                           "taken, which one row does not show, or a value left in an array: reduce it",
                           "yours holds the expected value, but in an array with more axes than asked: a reduction "
                           "never taken, or a value left in an array")
        return Finding("broadcast_copies", f"yours (shape {_shape(g.shape)}) holds the expected value {copies} "
                       f"times over, once in each row: it was computed right and then broadcast against an array of "
                       f"shape {_shape(g.shape)}, something it is added to or multiplied with having that shape (a "
                       "running average or a default started with np.zeros_like(x) or np.ones_like(x), the batch's "
                       f"shape, where one value per feature, np.zeros({_shape(e.shape)}), is meant?)",
                       "yours holds the expected value once in each row: it was computed right, then broadcast "
                       "against an array of the batch's shape it is combined with (a running average or a default "
                       "started with np.zeros_like(x), where one value per feature is meant?)")
    if g.ndim > e.ndim:
        for how, axis, r in _reductions(g):
            if r.shape == e.shape and agree(r, e, tol):
                return Finding("not_reduced", f"the expected is the {_over(how, axis)} of yours (shape "
                               f"{_shape(g.shape)} for {_shape(e.shape)}): take the {how} (e.g. db = "
                               "dout.sum(axis=0): the same bias is added to every row)",
                               f"the expected is the {how} of yours over one or more axes: take the {how} (e.g. the bias "
                               "gradient sums over the batch: the same bias is added to every row)")
    if g.ndim < e.ndim:
        for how, axis, r in _reductions(e):
            if r.shape == g.shape and agree(g, r, tol):
                return Finding("over_reduced", f"yours is the {_over(how, axis)} of the expected (shape "
                               f"{_shape(g.shape)} for {_shape(e.shape)}): keep that axis, no {how} there",
                               f"yours is the {how} of the expected over one or more axes: keep them, no {how} there")
    return None


def wrong_reduction(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours and the expected are reductions of the same input, over other axes or by sum vs mean."""
    for q in scene.inputs:
        if q.value.ndim < 1 or _trivial(q.value, tol):
            continue
        reductions = _reductions(q.value)
        mine = next(((h, a) for h, a, r in reductions if r.shape == g.shape and agree(g, r, tol)), None)
        asked = next(((h, a) for h, a, r in reductions if r.shape == e.shape and agree(e, r, tol)), None)
        if mine is None or asked is None or mine == asked or _trivial(e, tol):
            continue
        (h1, a1), (h2, a2) = mine, asked
        if a1 == a2:
            return Finding("wrong_reduction", f"yours is the {_over(h1, a1)} of {q.label}; the expected is its "
                           f"{h2}: {'average' if h1 == 'mean' else 'sum'} where the {h2} is asked for",
                           f"yours is the {h1} of {q.plain_label}; the expected is its {h2} over the same axis")
        return Finding("wrong_reduction", f"yours is the {_over(h1, a1)} of {q.label}; the expected is its "
                       f"{_over(h2, a2)}: the wrong axis", f"yours reduces {q.plain_label} over another axis "
                       "than the expected does: the wrong axis")
    return None


# (what it is, how NumPy writes it): whole-array statistics a student may take for another
_STATISTICS: tuple[tuple[str, str, Callable[[np.ndarray], float]], ...] = (
    ("mean", "np.mean({a})", lambda a: float(np.mean(a))),
    ("mean of the absolute values", "np.mean(np.abs({a}))", lambda a: float(np.mean(np.abs(a)))),
    ("mean of the squares", "np.mean({a} ** 2)", lambda a: float(np.mean(a ** 2))),
    ("root mean square", "np.sqrt(np.mean({a} ** 2))", lambda a: float(np.sqrt(np.mean(a ** 2)))),
    ("standard deviation", "np.std({a})", lambda a: float(np.std(a))),
    ("sample standard deviation (Bessel's correction)", "np.std({a}, ddof=1)", lambda a: float(np.std(a, ddof=1))),
    ("variance", "np.var({a})", lambda a: float(np.var(a))),
    ("sample variance (Bessel's correction)", "np.var({a}, ddof=1)", lambda a: float(np.var(a, ddof=1))),
    ("sum", "np.sum({a})", lambda a: float(np.sum(a))),
    ("sum of the absolute values", "np.sum(np.abs({a}))", lambda a: float(np.sum(np.abs(a)))),
    ("sum of the squares", "np.sum({a} ** 2)", lambda a: float(np.sum(a ** 2))),
    ("norm", "np.linalg.norm({a})", lambda a: float(np.linalg.norm(a))),
    ("median", "np.median({a})", lambda a: float(np.median(a))),
    ("largest entry", "np.max({a})", lambda a: float(np.max(a))),
    ("smallest entry", "np.min({a})", lambda a: float(np.min(a))),
    ("largest magnitude", "np.max(np.abs({a}))", lambda a: float(np.max(np.abs(a)))),
    # a statistic taken along one axis, then averaged (per column, per row): not the whole array's
    ("mean of the standard deviations along axis 0 (one per column)", "np.std({a}, axis=0).mean()",
     lambda a: float(np.std(a, axis=0).mean())),
    ("mean of the standard deviations along the last axis (one per row)", "np.std({a}, axis=-1).mean()",
     lambda a: float(np.std(a, axis=-1).mean())),
    ("mean of the variances along axis 0 (one per column)", "np.var({a}, axis=0).mean()",
     lambda a: float(np.var(a, axis=0).mean())),
    ("mean of the variances along the last axis (one per row)", "np.var({a}, axis=-1).mean()",
     lambda a: float(np.var(a, axis=-1).mean())),
)


def _statistics(a: np.ndarray) -> list[tuple[str, str, float]]:
    with np.errstate(all="ignore"):
        return [(what, code, f(a)) for what, code, f in _STATISTICS]


def wrong_statistic(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Each wrong number of yours is another whole-array statistic of the input whose statistic the
    expected is (the mean of |g| where its mean is asked, a std with ddof=1 where np.std is asked).
    Both sides named on the same input: a coincidence of two floats is not enough."""
    if g.shape != e.shape or g.size > 16 or not np.isfinite(e).all():
        return None
    bad = ~close(g, e, tol).reshape(-1)
    # each input's statistics, once: every wrong number is checked against them all
    arrays = [(q, _statistics(q.value)) for q in scene.inputs if q.value.size >= 3 and not _trivial(q.value, tol)]
    said: list[tuple[int, Named, str, str, str, str]] = []
    for i in np.flatnonzero(bad):
        gi, ei = np.array(g.reshape(-1)[i]), np.array(e.reshape(-1)[i])
        found = None
        for q, stats in arrays:
            asked = next((s for s in stats if agree(np.array(s[2]), ei, tol)), None)
            if asked is None:
                continue
            mine = next((s for s in stats if s[0] != asked[0] and agree(np.array(s[2]), gi, tol)
                         and not agree(np.array(s[2]), np.array(asked[2]), tol)), None)
            if mine is not None:
                found = (int(i), q, mine[0], mine[1], asked[0], asked[1])
                break
        if found is None:
            return None
        said.append(found)
    if not said:
        return None
    parts = []
    for i, q, mine, mine_code, asked, asked_code in said:
        a = q.label.split(" (")[0]  # the name as the student wrote it: grads['W1']
        parts.append(f"your value{f' [{i}]' if g.ndim else ''} is the {mine} of {q.label}, "
                     f"{mine_code.format(a=a)}, where its {asked}, {asked_code.format(a=a)}, is asked")
    # grader words without the input's name: the same mistake on every parameter is one diagnosis
    pairs = sorted({f"the {mine} of an input where its {asked} is asked" for _, _q, mine, _m, asked, _a in said})
    more = f" (and {len(parts) - 3} more)" if len(parts) > 3 else ""
    return Finding("wrong_statistic", "; ".join(parts[:3]) + more + ": the wrong statistic",
                   "one or more of your values is another statistic: " + "; ".join(pairs[:3]))


def _rows_agree(g: np.ndarray, e: np.ndarray, tol: Tolerance) -> np.ndarray:
    """Per index along axis 0: whether that row agrees."""
    return close(g, e, tol).reshape(g.shape[0], -1).all(axis=1)


def shifted_steps(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Along axis 0 (steps): yours[k] = expected[k+1] (a step ahead), expected[k-1] (behind), or
    expected[2k+1] (two steps per call)."""
    n = g.shape[0] if g.ndim else 0
    if g.shape != e.shape or n < 3 or _trivial(e, tol) or agree(e[1:], e[:-1], tol):
        return None
    step = "step" if scene.trajectory else "entry"
    if agree(g[:-1], e[1:], tol):
        if scene.trajectory:
            return Finding("shifted_steps", "at every step yours equals the expected one step later: you are one "
                           "step ahead (the state or step count is updated before it is used, or counted from 1)",
                           "at every step yours equals the expected one step later: you are one step ahead (the "
                           "state or step count is updated before it is used, or counted from one)")
        return Finding("shifted_steps", f"each {step} of yours along axis 0 equals the expected's next one: an "
                       "off-by-one (the index or step count starts one too late, e.g. step + 1)", f"each {step} of "
                       "yours along the first axis equals the expected's next one: an off-by-one (the index or step "
                       "count starts one too late)")
    if agree(g[1:], e[:-1], tol):
        return Finding("shifted_steps", f"each {step} of yours along axis 0 equals the expected's previous one: "
                       "you are one step behind (the value before the update is returned, or the count starts one "
                       "too early)", f"each {step} of yours along the first axis equals the expected's previous one: "
                       "you are one step behind (the value before the update is returned, or the count starts one "
                       "too early)")
    half = len(e[1::2])
    if scene.trajectory and half >= 2 and agree(g[:half], e[1::2], tol):
        return Finding("two_steps_per_call", "after each of your calls the weights are where the expected ones are "
                       "after two steps: each call updates twice (the state is updated twice per call?)",
                       "after each of your calls the weights are where the expected ones are after two steps: "
                       "each call updates twice")
    return None


def never_moves(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """A trajectory that stays where it is while the expected one moves."""
    if not scene.trajectory or g.shape != e.shape or g.shape[0] < 2 or agree(e, e[:1].repeat(len(e), 0), tol):
        return None
    if not agree(g, g[:1].repeat(len(g), 0), tol):
        return None
    if scene.start is not None and agree(g[0], scene.start, tol):
        return Finding("never_moves", "your weights never change: the update is computed but not applied, or not "
                       "returned", "your weights never change: the update is computed but not applied, or not "
                       "returned")
    return Finding("never_moves", "your weights stop changing after the first step: the later updates are zero "
                   "(the state decays to nothing, or the step is not applied)", "your weights stop changing after "
                   "the first step: the later updates are zero")


def first_step(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """A trajectory whose first update (from the start) is c times the expected first update. Only
    c = -1 is named: an update like Adam's first one is the same size in every entry whatever its
    cause, so a ratio that happens to equal a named constant says little."""
    if not scene.trajectory or scene.start is None or g.shape != e.shape or scene.start.shape != g.shape[1:]:
        return None
    if agree(g[0], e[0], tol):
        return None
    mine, asked = g[0] - scene.start, e[0] - scene.start
    loose = Tolerance(rtol=max(tol.rtol, 1e-6), atol=tol.atol)
    if _trivial(asked, loose) or not (np.isfinite(mine).all() and np.isfinite(asked).all()):
        return None
    if agree(mine, -asked, loose):
        return Finding("first_step", "your first update (from the starting weights) is the negative of the expected "
                       "one: the update climbs the gradient; check its sign", "your first update is the negative of "
                       "the expected one: the update climbs the gradient; check its sign")
    c = float(np.sum(mine * asked) / np.sum(asked * asked))
    if mine.size < 2 or not np.isfinite(c) or abs(c) < 1e-12 or not agree(mine, c * asked, loose):
        return None
    if abs(c - 1) < 1e-4:  # the same step but for rounding (a float32 state): not a size to name
        return None
    magnitudes = np.abs(asked)
    if float(magnitudes.max() - magnitudes.min()) > 1e-3 * float(magnitudes.max()):  # not Adam's sign-like first step
        named = [f for f in _named_factors(c, scene.constants, 1e-6) if agree(mine, f.value * asked, loose)]
        if len(named) == 1:
            return Finding("first_step", f"your first update (from the starting weights) is {named[0].says}",
                           f"your first update is {named[0].plain}")
    direction = "the same way as" if c > 0 else "against"
    return Finding("first_step", f"your first update (from the starting weights) points {direction} the expected one "
                   f"and is {_fmt(abs(c))} times its size: the first step's size is off (how the state starts: a "
                   "moving average's first value, its decay, a bias correction, a momentum term, the learning rate)",
                   f"your first update points {direction} the expected one but its size differs by one common factor: "
                   "the first step's size is off (how the state starts: a moving average's first value, its decay, "
                   "a bias correction, a momentum term, the learning rate)", lists_causes=True)


def state_not_kept(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """A trajectory right for its first k steps and wrong from then on: state lost between calls."""
    if not scene.trajectory or not scene.stateful or g.shape != e.shape or g.shape[0] < 3:
        return None
    rows = _rows_agree(g, e, tol)
    k = int(np.argmin(rows)) if not rows.all() else len(rows)
    if k == 0 or k >= len(rows) - 1 or rows[k:].any():
        return None
    if not np.allclose(g[:k], e[:k], rtol=1e-9, atol=1e-12 * float(np.nanmax(np.abs(e[:k]), initial=0.0)),
                       equal_nan=True):
        return None  # the first steps already part, if within the check's tolerance (an epsilon placed otherwise):
        # the update itself differs, and its error grows; nothing says state is lost
    first = "your first step matches" if k == 1 else f"your first {k} steps match"
    return Finding("state_not_kept", f"{first}, then your weights leave the "
                   "expected path for good: the update is right from a fresh state, so what it carries from one "
                   "call to the next (its state in config: velocity, moments, step count) is probably not kept, "
                   "not updated, or used wrongly once it is no longer its first value (a step count in a bias "
                   "correction)", "your first steps match, then your weights leave the expected path for good: the "
                   "update is right from a fresh state, so what it carries from one call to the next (its state in "
                   "config: velocity, moments, step count) is probably not kept, not updated, or used wrongly once "
                   "it is no longer its first value (a step count in a bias correction)")


def _one_hots(inputs: Sequence[Named], shape: tuple[int, ...]) -> list[Named]:
    """The one-hot matrices (N, C) of the label vectors among the inputs: the term a softmax gradient
    subtracts at each row's true class."""
    found = []
    if len(shape) != 2:
        return found
    for q in inputs:
        y = q.value
        if y.ndim == 1 and len(y) == shape[0] and _integers(y) and y.min() >= 0 and y.max() < shape[1]:
            hot = np.zeros(shape)
            hot[np.arange(shape[0]), y.astype(int)] = 1.0
            name, plain = _name(q), q.plain_label.split(" (")[0]
            found.append(Named(f"the one-hot of {name} (1 at each row's class {name}, 0 elsewhere)", hot,
                               f"the one-hot of {plain} (one at each row's class, zero elsewhere)"))
    return found


def _broadcast_inputs(inputs: Sequence[Named], shape: tuple[int, ...]) -> list[Named]:
    """The vectors among the inputs spread along the one axis of `shape` their length fits (a bias b (F,)
    over the filters of (N, F, H, W)): the term a bias adds."""
    found = []
    for q in inputs:
        v = q.value
        if v.ndim != 1 or len(shape) < 2 or _integers(v):
            continue
        fits = [k for k, n in enumerate(shape) if n == len(v)]
        if len(fits) == 1:
            view = [1] * len(shape)
            view[fits[0]] = len(v)
            found.append(Named(q.label, np.broadcast_to(v.reshape(view), shape).copy(), q.plain))
    return found


def missing_term(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """got - expected = k * (an input): a term proportional to that input is missing or extra."""
    if _trivial(e, tol) or not (np.isfinite(g).all() and np.isfinite(e).all()) or g.shape != e.shape or g.size < 2:
        return None
    d = g - e
    spread = _broadcast_inputs(scene.inputs, g.shape)
    for q in [*scene.inputs, *_one_hots(scene.inputs, g.shape), *spread]:
        v = q.value
        if v.shape != g.shape or _trivial(v, tol) or not np.isfinite(v).all():
            continue
        k = float(np.sum(d * v) / np.sum(v * v))
        if abs(k) < 1e-12 or not agree(g, e + k * v, tol):
            continue
        if any(q is x for x in spread) and abs(k - round(k)) <= 1e-6 and round(k) != 0:  # a vector added k times
            times = abs(round(k))
            state = f"{times} time{'s' if times > 1 else ''} too {'many' if k > 0 else 'few'}"
            return Finding("missing_term", f"yours differs from the expected by {round(k):+d} x {q.label}, spread "
                           f"along its axis: it is added {state} (e.g. a bias added inside a loop over channels, or "
                           "not added at all)", f"yours differs from the expected by a whole multiple of "
                           f"{q.plain_label}: it is added too {'many' if k > 0 else 'few'} times (e.g. a bias added "
                           "inside a loop over channels, or not added at all)")
        matching = [c for c in scene.constants if abs(abs(k) - c.value) <= 1e-6 * c.value]
        named = matching[0] if len({c.symbol for c in matching}) == 1 else None  # two meanings: name neither
        if named is not None:
            sign = "-" if k < 0 else "+"
            amount, plain_amount = f"{sign}{named.symbol} x {q.label}", f"{sign}{named.symbol} times {q.plain_label}"
            return Finding("missing_term", f"yours differs from the expected by exactly {amount} ({named.symbol}="
                           f"{_fmt(named.value)}, {named.meaning}): that term is {'missing' if k < 0 else 'extra'} "
                           "(e.g. the regularization's reg * W in a gradient)", f"yours differs from the expected by "
                           f"{plain_amount}: that term is {'missing' if k < 0 else 'extra'}")
        return Finding("missing_term", f"yours differs from the expected by {_fmt(k)} x {q.label}: a term "
                       "proportional to it is missing or extra (e.g. a regularization term reg * W)", "yours differs "
                       f"from the expected by a multiple of {q.plain_label}: a term proportional to it is missing "
                       "or extra")
    return None


def _sigmoid(q: np.ndarray) -> np.ndarray:
    return 0.5 * (1 + np.tanh(q / 2))  # never overflows


# The local derivatives a backward pass of an elementwise function is written with: (form, its value).
LOCAL_FORMS: tuple[tuple[str, Callable[[np.ndarray], np.ndarray]], ...] = (
    ("{q}", lambda q: q), ("1 - {q}", lambda q: 1 - q), ("{q} * (1 - {q})", lambda q: q * (1 - q)),
    ("1 - {q}**2", lambda q: 1 - q ** 2), ("{q}**2", lambda q: q ** 2), ("1 + {q}", lambda q: 1 + q),
    ("-{q}", lambda q: -q), ("sigmoid({q})", _sigmoid), ("sigmoid({q}) * (1 - sigmoid({q}))",
                                                         lambda q: _sigmoid(q) * (1 - _sigmoid(q))),
    ("tanh({q})", np.tanh), ("1 - tanh({q})**2", lambda q: 1 - np.tanh(q) ** 2), ("exp({q})", np.exp),
)


def _name(q: Named) -> str:
    return q.label.split(" (")[0]


def local_derivative(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """A backward pass of an elementwise function, dx = dout * f'(...): yours divided by the upstream
    gradient (an argument named d...) is a simple expression of another argument (the cache), and not
    the expression the expected one is: the local derivative is written wrong."""
    if g.shape != e.shape or g.size < 4 or not (np.isfinite(g).all() and np.isfinite(e).all()) or _trivial(e, tol):
        return None
    upstream = [u for u in scene.inputs if u.value.shape == g.shape and _name(u).startswith("d")]
    for u in upstream:
        sig = np.abs(u.value) > max(tol.atol * 10, _scale(u.value) * 1e-3)
        if sig.sum() < 4:
            continue
        for q in scene.inputs:
            if q is u or q.value.shape != g.shape or not np.isfinite(q.value).all() or _trivial(q.value, tol):
                continue
            with np.errstate(all="ignore"):
                forms = [(form, u.value * f(q.value)) for form, f in LOCAL_FORMS]
            mine = next((form for form, v in forms if agree(g[sig], v[sig], tol)), None)
            if mine is None or agree(g, e, tol):
                continue
            asked = next((form for form, v in forms if agree(e[sig], v[sig], tol)), None)
            if asked == mine:
                continue
            name, plain = _name(q), q.plain_label.split(" (")[0]
            expected = (f"the expected is {asked.format(q=name)}" if asked else "the expected is another expression")
            plain_expected = (f"the expected is {asked.format(q=plain)}" if asked else
                              "the expected is another expression")
            said = f"yours divided by {_name(u)} is {mine.format(q=name)} at every entry, {expected}: the local " \
                   f"derivative is written wrong: differentiate the forward function ({q.label})"
            return Finding("local_derivative", said, f"yours divided by {_name(u)} is {mine.format(q=plain)}, "
                           f"{plain_expected}: the local derivative is written wrong (differentiate the forward "
                           "function)")
    return None


# Constants a loss carries that a student may leave out: (as written, in words, what it is).
NAMED_OFFSETS: tuple[tuple[str, str, float, str], ...] = (
    ("0.5 * log(2 pi)", "one half of log two pi", 0.5 * math.log(2 * math.pi), "the Gaussian's normalizing constant"),
    ("log(2 pi)", "log two pi", math.log(2 * math.pi), "twice the Gaussian's normalizing constant"),
    ("log(2)", "log two", math.log(2), "a log of two"),
)


def _penalties(scene: Scene) -> list[tuple[str, str, float, str]]:
    """The L2 penalty of the test's weight matrices (arguments named W...), whole and halved, as a loss
    may carry it: reg * sum(W**2) against 0.5 * reg * sum(W**2)."""
    reg = next((c.value for c in scene.constants if c.symbol in ("reg", "weight_decay", "lam", "l2")), None)
    weights = [q.value for q in scene.inputs if _name(q).replace("params['", "").startswith("W")]
    if reg is None or not weights:
        return []
    total = float(sum(np.sum(w ** 2) for w in weights))
    return [("0.5 * reg * sum(W**2)", "one half of reg times the sum of the squared weights", 0.5 * reg * total,
             "the L2 penalty: check its factor, reg * sum(W**2) or 0.5 * reg * sum(W**2) as the docstring says")]


def _named_offset(k: float, g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """got = expected + m * c for a named constant c (0.5 log 2 pi...) counted m times: once, once per
    entry of a row of an input, or once per entry of an input (a loss summed, or averaged over rows)."""
    rows = next((c.value for c in scene.constants if c.symbol == "N"), None)
    counts = {1.0} | {float(q.value.size) for q in scene.inputs}
    if rows:
        counts |= {q.value.size / rows for q in scene.inputs if q.value.size % rows == 0}
    for written, words, c, meaning in [*NAMED_OFFSETS, *_penalties(scene)]:
        for m in sorted(counts):
            if abs(abs(k) - m * c) <= 1e-6 * m * c and agree(g, e + math.copysign(m * c, k), tol):
                times = "" if m == 1 else f"{_fmt(m)} x "
                state = "extra" if k > 0 else "missing"
                return Finding("named_offset", f"yours is the expected {'+' if k > 0 else '-'} {times}{written} "
                               f"({meaning}{', once per output' if m > 1 else ''}): that constant term is {state}",
                               f"yours is the expected {'plus' if k > 0 else 'minus'} a whole number of times "
                               f"{words} ({meaning}): that constant term is {state}")
    return None


def _counted_argument(k: float, g: np.ndarray, e: np.ndarray, scene: Scene) -> Finding | None:
    """A count (whole numbers) off by exactly a whole-number argument of the call (or, where none fits, the product
    of two others): what is counted once per that argument is missing or extra (a bias per channel in a parameter count).
    Two arguments of that value are both said (the other calls of the test tell them apart); not for 1 (an
    off-by-one says it), nor where more fit."""
    if g.size != 1 or not (_integers(g) and _integers(e)) or abs(k) < 2:
        return None
    whole = {c.symbol: c for c in scene.constants if c.value >= 2 and float(c.value).is_integer()
             and c.meaning.startswith("the argument ")}  # not a size read off the data (N, D): those fit anything
    fits = [(c.symbol, c.meaning) for c in whole.values() if c.value == abs(k)]
    if not fits:
        names = sorted(whole)
        fits = [(f"{a} x {b}", f"{whole[a].meaning} times {whole[b].meaning}") for i, a in enumerate(names)
                for b in names[i + 1:] if whole[a].value * whole[b].value == abs(k)]  # two arguments, not one twice
    if not 1 <= len(fits) <= 2:
        return None
    symbol = " or ".join(f for f, _ in fits)
    meaning = "; or ".join(m for _, m in fits)
    word, state = ("more", "extra") if k > 0 else ("fewer", "missing")
    return Finding("counted_argument", f"yours is {_fmt(abs(k))} {word} than the expected: exactly {symbol} "
                   f"({meaning}): something counted once per {symbol} is {state} (e.g. a bias per channel)", f"yours is "
                   f"{'more' if k > 0 else 'less'} than the expected by exactly {symbol} ({meaning}): something "
                   f"counted once per {symbol} is {state}")


def offset(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """got = expected + k for one constant k: off by one for whole numbers, a constant term for arrays."""
    if g.shape != e.shape or not (np.isfinite(g).all() and np.isfinite(e).all()) or e.size == 0:
        return None
    d = g - e
    k = float(np.median(d))
    if _trivial(e, tol) or abs(k) <= tol.atol or not agree(g, e + k, tol):
        return None
    if _integers(g) and _integers(e) and abs(k) == 1:
        word = "more" if k > 0 else "less"
        prefix = "every entry of yours is" if g.size > 1 else "yours is"
        return Finding("off_by_one", f"{prefix} 1 {word} than the expected: an off-by-one (a + 1 too many or "
                       "missing, or a floor division where the formula divides exactly)", f"{prefix} one {word} than "
                       "the expected: an off-by-one (a plus one too many or missing)", weak=g.size == 1,
                       claim=f"one {word}")
    named = _named_offset(k, g, e, tol, scene)
    if named is not None:
        return named
    counted = _counted_argument(k, g, e, scene)
    if counted is not None:
        return counted
    if e.size < 2 or agree(e, np.full_like(e, e.flat[0]), tol):
        return None
    return Finding("offset", f"every entry is the expected {'+' if k > 0 else '-'} {_fmt(abs(k))}: one constant "
                   "term is missing or extra (a bias, a mean that is not subtracted, a + 1)", "every entry is the "
                   "expected plus one common constant: a constant term is missing or extra (a bias, a mean that is "
                   "not subtracted)")


def _binary(v: np.ndarray) -> bool:
    """Both 0s and 1s, and nothing else (a binary target, a mask given as input)."""
    return v.size >= 2 and bool(np.isin(v, (0, 1)).all()) and bool((v == 0).any()) and bool((v == 1).any())


def where_input(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Wrong exactly where an input is 0 (the kink of ReLU), or exactly where it is negative; wrong exactly where a
    binary input (a target) is 0, or 1: the term of that class."""
    if g.shape != e.shape:
        return None
    bad = _wrong(g, e, tol)
    if bad is None or bad.all():
        return None
    for q in scene.inputs:
        v = q.value
        if v.shape == g.shape and _binary(v):  # a target of 0s and 1s: each value picks a term of the formula
            for value in (0, 1):
                if np.array_equal(bad, v == value):
                    return Finding("where_input", f"yours is wrong exactly where {q.label} is {value} "
                                   f"({int(bad.sum())} of {g.size} entries) and right where it is {1 - value}: the "
                                   f"part of the formula for {value}s is missing or wrong (a term with "
                                   f"{'(1 - t)' if value == 0 else 't'}, for a target t?)",
                                   f"yours is wrong exactly where {q.plain_label} is {'zero' if value == 0 else 'one'} "
                                   f"and right elsewhere: the part of the formula for those entries is missing or "
                                   f"wrong")
        if v.shape != g.shape or _integers(v):  # labels and indices: their zeros are a class, not a kink
            continue
        at_zero = v == 0
        if at_zero.any() and not at_zero.all() and not (bad & ~at_zero).any():
            return Finding("where_input", f"yours is wrong exactly where {q.label} is 0 ({int(bad.sum())} of "
                           f"{g.size} entries) and right everywhere else: the boundary case at 0 (> against >=)",
                           f"yours is wrong exactly where {q.plain_label} is zero and right everywhere else: the "
                           "boundary case at zero (> against >=)")
        for mask, word in ((v < 0, "negative"), (v > 0, "positive")):
            if np.array_equal(bad, mask):
                return Finding("where_input", f"yours is wrong exactly where {q.label} is {word} ({int(bad.sum())} "
                               f"of {g.size} entries) and right elsewhere: the branch for {word} inputs",
                               f"yours is wrong exactly where {q.plain_label} is {word} and right elsewhere: the "
                               f"branch for {word} inputs")
    return None


def at_ties(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Wrong only at entries whose input value occurs more than once in that input (ties: equal
    maxima in a pooling window, equal scores): how ties are broken."""
    if g.shape != e.shape:
        return None
    bad = _wrong(g, e, tol)
    if bad is None:
        return None
    for q in scene.inputs:
        v = q.value
        if v.shape != g.shape or not np.isfinite(v).all():
            continue
        _, inverse, counts = np.unique(v, return_inverse=True, return_counts=True)
        tied = counts[inverse.reshape(v.shape)] > 1
        # all wrong entries at ties: chance when ties are common (zeros after a ReLU), so the odds of that
        # by chance must be small
        if tied.any() and float(tied.mean()) ** int(bad.sum()) <= 0.01 and not (bad & ~tied).any():
            if v.ndim >= 2 and len(v) > 1:
                constant = np.all(v == v[:1], axis=0)  # features with one value over every row: a spread of 0
                if constant.any() and np.array_equal(bad.any(axis=0), constant):
                    return Finding("constant_features", f"yours is wrong only in the features of {q.label} that "
                                   f"hold one value over all its {len(v)} rows ({int(constant.sum())} of them: "
                                   "a standard deviation, or a range, of 0): a division by that spread without "
                                   "the eps that keeps it from being 0 (or a constant feature handled otherwise)?",
                                   f"yours is wrong only in the features of {q.plain_label} that are constant over "
                                   "its rows (a spread of 0): a division by that spread without eps?")
            return Finding("ties", f"yours is wrong only at entries of {q.label} whose value occurs more than once "
                           f"({int(bad.sum())} of {g.size}; ties): how ties are broken (which of equal maxima gets the "
                           "gradient, or whether each of them does)", f"yours is wrong only where {q.plain_label} has "
                           "equal values (ties): how ties are broken (which of equal maxima gets the gradient, or "
                           "whether each of them does)")
    return None


def _mixed_signs(d: np.ndarray) -> bool:
    """Rounding errors go either way; a small term placed differently (eps inside a square root) moves
    every entry the same way. d: the differences, signed so that positive means larger in magnitude."""
    d = d[d != 0]
    return d.size > 0 and 0.1 <= float(np.mean(d > 0)) <= 0.9


def lower_precision(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Close everywhere but outside a tight tolerance because of float32 or float16 arithmetic: your
    values are exactly float32 (float16) numbers while the expected are not, or (float32 only) their
    relative errors are spread over the whole range float32 rounding makes (1e-8 to 1e-6)."""
    if g.shape != e.shape or _trivial(e, tol) or not np.array_equal(np.isfinite(g), np.isfinite(e)):
        return None
    fin = np.isfinite(e)
    gf, ef = g[fin], e[fin]
    sig = np.abs(ef) > max(tol.atol * 10, _scale(e) * 1e-6)
    if not sig.any():
        return None
    with np.errstate(all="ignore"):
        rel = (np.abs(gf - ef) / np.maximum(1e-300, np.abs(gf) + np.abs(ef)))[sig]
    worst = float(rel.max())
    for dtype, limit, name in ((np.float32, 1e-6, "float32"), (np.float16, 2e-3, "float16")):
        exact = bool(np.all(gf.astype(dtype).astype(np.float64) == gf)) and not np.all(ef.astype(dtype) == ef)
        rounding = (name == "float32" and not scene.trajectory and rel.size >= 4 and 1e-8 <= worst <= limit
                    and float(np.mean(rel > worst / 30)) >= 0.5 and _mixed_signs(((gf - ef) * np.sign(ef))[sig]))
        if worst <= limit and (exact or rounding):
            how = f"your values are {name} numbers" if exact else \
                f"your relative errors are spread up to {_fmt(worst)}, as {name} rounding makes them"
            plain_how = f"your values are {name} numbers" if exact else \
                f"your relative errors are of the size {name} rounding makes"
            where = "an array or a constant of that dtype, torch's default" if name == "float32" else \
                "an array or a constant of that dtype, or a cast to it"
            return Finding(name, f"{how}: a precision issue, not a wrong formula: something computes in {name} "
                           f"({where}); compute in float64",
                           f"{plain_how}: a precision issue, not a wrong formula: something computes in {name}; "
                           "compute in float64")
    return None


def nearly(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Close everywhere (relative error <= 1e-3) but outside the check's tolerance: a small numerical difference."""
    if g.shape != e.shape or _trivial(e, tol) or not np.array_equal(np.isfinite(g), np.isfinite(e)):
        return None
    near = Tolerance(rtol=1e-3, atol=tol.atol)
    if not agree(g, e, near):
        return None
    fin = np.isfinite(e)
    with np.errstate(all="ignore"):
        worst = float((np.abs(g - e) / np.maximum(1e-8, np.abs(g) + np.abs(e)))[fin].max())
    causes = ("a small numerical difference (lower precision, a cruder approximation such as a one-sided "
              "difference, an epsilon placed differently), or a part of the computation whose effect is small left "
              "out or added (a bias never updated, a small term, a last step)")
    return Finding("close", f"yours is within a relative {_fmt(worst)} of the expected everywhere, but the check asks "
                   f"for {_fmt(tol.rtol)}: {causes}",
                   f"yours is close to the expected everywhere but not within the check's tolerance: {causes}")


def _indices_along(bad: np.ndarray, axis: int) -> np.ndarray:
    return np.flatnonzero(np.moveaxis(bad, axis, 0).reshape(bad.shape[axis], -1).any(axis=1))


def _wrong(g: np.ndarray, e: np.ndarray, tol: Tolerance) -> np.ndarray | None:
    """Where yours is wrong, for the detectors that read a pattern into it; None when nothing is
    wrong or every wrong entry is within a relative 1e-3 (rounding has no pattern to tell)."""
    bad = ~close(g, e, tol)
    if not bad.any() or not (bad & ~close(g, e, Tolerance(rtol=1e-3, atol=tol.atol))).any():
        return None
    return bad


def absolute_value_missing(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """The expected is never negative, and yours is its negative exactly where yours is negative, right elsewhere:
    yours is a signed value whose absolute value is asked (an np.abs left out, or applied before a step that
    brings the sign back)."""
    if g.shape != e.shape or g.size < 3 or not (np.isfinite(g).all() and np.isfinite(e).all()) or (e < 0).any():
        return None
    bad = _wrong(g, e, tol)
    if bad is None or not agree(np.abs(g), e, tol) or not (g[bad] < 0).all():
        return None
    return Finding("absolute_value_missing", f"yours is the negative of the expected at the {int(bad.sum())} of "
                   f"{g.size} entries where yours is negative, and right at all the others: the expected is the "
                   "absolute value of yours (an np.abs left out, or applied to pick a value whose signed self is "
                   "returned)", "yours is right up to the sign where it is negative: the absolute value is asked "
                   "(an np.abs left out?)")


def added_repeatedly(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Right at most entries, and where yours is wrong it is the expected times a whole number of at least 2, not
    one factor for all (twice here, four times there): a value added once per time its place comes up (np.add.at, or
    += over windows or indices that repeat) where it is meant to be placed once."""
    if g.shape != e.shape or g.size < 3 or not (np.isfinite(g).all() and np.isfinite(e).all()):
        return None
    bad = _wrong(g, e, tol)
    if bad is None or 2 * int(bad.sum()) > g.size or not (e[bad] != 0).all():
        return None
    times = g[bad] / e[bad]
    whole = np.round(times)
    if not (np.abs(times - whole) <= 1e-9 * np.abs(whole)).all() or whole.min() < 2 or whole.max() > 16 or \
            len(np.unique(whole)) < 2:
        return None
    counts = ", ".join(str(int(k)) for k in np.unique(whole)[:4])
    return Finding("added_repeatedly", f"only {int(bad.sum())} of your {g.size} entries are wrong, and there yours is "
                   f"the expected times a whole number ({counts}), one per entry: each of those values is added once "
                   "for every time its place comes up where it is meant to be placed once (np.add.at, or += through "
                   "windows or indices that repeat, where an assignment is meant)",
                   "where yours is wrong it is the expected times a whole number: a value added once for every time "
                   "its place comes up, where it is meant to be placed once (np.add.at or += where = is meant)")


def scaled_where_wrong(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Right at most entries, and where yours is wrong it is the expected times one named factor (lr, N, 2, -1...):
    one of several values computed with that factor extra or missing (a statistic of five, the fifth given lr * g
    where g is meant)."""
    if g.shape != e.shape or g.size < 3 or not (np.isfinite(g).all() and np.isfinite(e).all()):
        return None
    bad = _wrong(g, e, tol)
    if bad is None or 2 * int(bad.sum()) > g.size:
        return None
    found = _factor(g[bad], e[bad], tol, scene.constants)
    if found is None or found[2]:  # a factor no constant of the test names: said of the whole only
        return None
    where = [list(map(int, i)) for i in np.argwhere(bad)]
    at = ", ".join(str(i) for i in where[:3]) + (", ..." if len(where) > 3 else "")
    one = len(where) == 1
    return Finding("scaled_where_wrong", f"only {len(where)} of your {g.size} entries {'is' if one else 'are'} wrong "
                   f"(at {at}), and there yours is {found[0]} (the others are right: the mistake is in what computes "
                   f"{'that entry' if one else 'those entries'} alone)",
                   f"only some entries are wrong, and there yours is {found[1]} (the mistake is in what computes those "
                   "entries alone)", claim=found[1], factor=found[3], reading=found[4])


def border(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Feature maps (3+ axes) wrong only within 1 or 2 of the edges of their last two axes (the
    padding region), on at least a quarter of that region, and right in an interior at least half
    as large as it."""
    if g.shape != e.shape or g.ndim < 3 or min(g.shape[-2:]) < 3:
        return None
    bad = _wrong(g, e, tol)
    if bad is None:
        return None
    h, w = g.shape[-2:]
    rows, cols = np.arange(h)[:, None], np.arange(w)[None, :]
    for k in (1, 2):
        edge = (rows < k) | (rows >= h - k) | (cols < k) | (cols >= w - k)
        if (bad & ~edge).any():
            continue
        planes = bad.size // (h * w)
        if (~edge).sum() < edge.sum() / 2 or bad.sum() < 0.25 * edge.sum() * planes:
            return None
        plane = bad.reshape(-1, h, w).any(axis=0)
        sides = [name for name, part in (("top", plane[:k]), ("bottom", plane[h - k:]), ("left", plane[:, :k]),
                                         ("right", plane[:, w - k:])) if part.mean() >= 0.5]
        where = "all four edges" if len(sides) == 4 else " and ".join(sides) + " edge" + ("s" if len(sides) > 1 else "")
        return Finding("border", f"only entries within {k} of the {where} are wrong (along the last two axes); the "
                       "interior is right: look at the padding (its width, its value, on both sides) or at the "
                       "windows that touch it", f"only entries near the {where} are wrong; the interior is right: "
                       "look at the padding (its width, its value, on both sides) or at the windows that touch it")
    return None


def one_index(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Wrong at one index along one axis only (one channel, one row, one column), right elsewhere."""
    if g.shape != e.shape or g.ndim < 1 or g.size < 4:
        return None
    bad = _wrong(g, e, tol)
    if bad is None:
        return None
    if bad.sum() == 1:
        if g.size < 16:
            return None  # one wrong entry of a few: as likely chance as an edge case
        at = [int(i) for i in np.argwhere(bad)[0]]
        return Finding("one_index", f"only one entry of {g.size} is wrong, at index {at}: an edge case (the first or "
                       "last element, a boundary of a loop, or where two windows overlap and one contribution "
                       "overwrites another: = for +=)", "only one entry is wrong: an edge case (the first or last "
                       "element, a boundary of a loop, or where two windows overlap and one contribution overwrites "
                       "another)")
    if bad.sum() < 3:
        return None  # two wrong entries share an index along some axis as easily by chance
    for axis in range(g.ndim):
        idx = _indices_along(bad, axis)
        if g.shape[axis] >= 3 and len(idx) == 1 and np.take(bad, idx[0], axis=axis).mean() >= 0.5:
            i = int(idx[0])
            what = "the last" if i == g.shape[axis] - 1 else ("the first" if i == 0 else "one")
            return Finding("one_index", f"only index {i} along axis {axis} is wrong (of {g.shape[axis]}): {what} "
                           "channel, row or column is handled differently (a loop bound, an index off by one)",
                           f"only {what} index along one axis is wrong: one channel, row or column is handled "
                           "differently (a loop bound, an index off by one)")
    return None


def end_block(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Along axis 0 (steps, rows): right up to some index and wrong at every index from there on (something
    carried from step to step, or the end of a loop), or wrong in the first few only (the start)."""
    if g.shape != e.shape or g.ndim < 1:
        return None
    bad = _wrong(g, e, tol)
    if bad is None:
        return None
    for axis in (0,):  # steps, epochs, rows: along other axes a run of wrong entries is chance
        n, idx = g.shape[axis], _indices_along(bad, axis)
        k = len(idx)
        if n < 3 or k < 2 or k == n:
            continue
        right = np.setdiff1d(np.arange(n), idx)
        if not np.any(np.take(e, right, axis=axis)):
            continue  # the right ones expect exactly 0 (a unit that is off): right by nothing the code did
        if np.array_equal(idx, np.arange(n - k, n)) and scene.trajectory and not scene.stateful:
            # steps of a function of the step alone (a schedule): nothing is carried; what depends on the step is off
            return Finding("end_block", f"the first {n - k} of {n} steps are right and every one from step {n - k} "
                           "on is wrong: nothing is carried from step to step here, so the mistake is in how the "
                           "step enters the formula (it agrees where the step is small)", "the first steps are right "
                           "and every one after them is wrong: nothing is carried from step to step here, so the "
                           "mistake is in how the step enters the formula")
        if np.array_equal(idx, np.arange(n - k, n)):
            # (steps: the first wrong one may be the first of its kind, a batch shorter than the others, whose
            # error every later step inherits; said beside carried state, which gives the same picture)
            return Finding("end_block", f"along axis {axis} the first {n - k} of {n} are right and every one from "
                           f"index {n - k} on is wrong: if these are steps, either what is carried from one step (or "
                           f"epoch) to the next goes wrong (state, a shuffle made once) or step {n - k} is the first "
                           "of its kind (the first shorter batch, the first of a new epoch) and every later step "
                           "inherits its error; if they are rows, the end is handled differently (the last, smaller "
                           "batch, a loop that stops early)", "along one axis the first ones are right and every one "
                           "after them is wrong: if these are steps, either what is carried from one step (or epoch) "
                           "to the next goes wrong (state, a shuffle made once) or the first wrong step is the first "
                           "of its kind (the first shorter batch, the first of a new epoch); if they are rows, the "
                           "end is handled differently (the last, smaller batch, a loop that stops early)")
        if k <= n // 2 and np.array_equal(idx, np.arange(k)):
            return Finding("end_block", f"only the first {k} of {n} along axis {axis} are wrong: the start is "
                           "handled differently (the initial value, the first step)", "only the first few along one "
                           "axis are wrong: the start is handled differently (the initial value, the first step)")
    return None


def shifted_window(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Over the last two axes, yours is the expected moved by a few rows and columns (where they
    overlap they agree): padding on one side only, or a window that starts at the wrong index."""
    if g.shape != e.shape or g.ndim < 2 or min(g.shape[-2:]) < 3 or _trivial(e, tol):
        return None
    h, w = g.shape[-2:]
    for di, dj in sorted(itertools.product(range(-2, 3), repeat=2), key=lambda d: abs(d[0]) + abs(d[1])):
        if (di, dj) == (0, 0) or (h - abs(di)) * (w - abs(dj)) < h * w / 2:
            continue
        mine = g[..., max(di, 0):h + min(di, 0), max(dj, 0):w + min(dj, 0)]
        asked = e[..., max(-di, 0):h + min(-di, 0), max(-dj, 0):w + min(-dj, 0)]
        if _trivial(asked, tol) or agree(asked, e[..., max(di, 0):h + min(di, 0), max(dj, 0):w + min(dj, 0)], tol):
            continue  # the expected looks the same moved: nothing to tell
        if agree(mine, asked, tol):
            moves = [f"{abs(di)} row{'s' if abs(di) > 1 else ''} {'down' if di > 0 else 'up'}"] if di else []
            moves += [f"{abs(dj)} column{'s' if abs(dj) > 1 else ''} {'right' if dj > 0 else 'left'}"] if dj else []
            return Finding("shifted", f"yours is the expected moved {' and '.join(moves)} (where they overlap they "
                           "agree): the padding is on one side only, or a window starts at the wrong index",
                           "yours is the expected moved by a few rows or columns (where they overlap they agree): the "
                           "padding is on one side only, or a window starts at the wrong index")
    return None


def strided(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Wrong at every s-th index along one of the last two axes (s = 2, 3, 4; three periods at least),
    right at the others: the stride. Only on feature maps (three axes or more: channels and space);
    the rows and columns of a matrix are examples and classes, which no stride steps over (a test
    that alternates near and far rows makes every 2nd row wrong by chance: hold-out 34)."""
    if g.shape != e.shape or g.ndim < 3:
        return None
    bad = _wrong(g, e, tol)
    if bad is None:
        return None
    for axis in range(max(0, g.ndim - 2), g.ndim):  # a stride steps over rows and columns: the last two axes
        n, idx = g.shape[axis], _indices_along(bad, axis)
        for s in (2, 3, 4):
            if n < 3 * s:
                continue  # fewer than three periods: a pattern this short is chance
            residues = {int(i) % s for i in idx}
            if len(residues) == s or any(sum(1 for i in idx if i % s == r) < 2 for r in residues):
                continue
            in_class = np.isin(np.arange(n) % s, sorted(residues))
            if np.moveaxis(bad, axis, 0)[in_class].mean() < 0.5:
                continue  # a few scattered entries, not a pattern
            which = ", ".join(str(r) for r in sorted(residues))
            nth = {2: "2nd", 3: "3rd", 4: "4th"}[s]
            return Finding("strided", f"only the indices {which} modulo {s} along axis {axis} are wrong (every {nth} "
                           "position), the others are right: check how the stride is used (window i starts at "
                           "i * stride) and what overlapping windows add up", "only every few positions along one "
                           "axis are wrong, in a regular pattern, the others are right: check how the stride is used "
                           "(window i starts at i times the stride) and what overlapping windows add up")
    return None


def clipped_at_zero(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours is the expected with its negative entries (or its positive ones) replaced by 0, the rest right:
    max(expected, 0) (a running maximum started at 0, a ReLU where none belongs), or min(expected, 0)."""
    if g.shape != e.shape or g.size < 4 or not (np.isfinite(g).all() and np.isfinite(e).all()):
        return None
    for clipped, sign, taken in ((np.maximum(e, 0.0), "negative", "maximum"), (np.minimum(e, 0.0), "positive",
                                                                                "minimum")):
        changed = int((~close(clipped, e, tol)).sum())
        kept = int((np.abs(clipped) > 0).sum())  # entries of the other sign, right as they are: one at least
        if changed >= 2 and kept >= 1 and agree(g, clipped, tol):
            return Finding("clipped_at_zero", f"yours is the expected with its {changed} {sign} entries replaced by 0, "
                           f"and right at the others: a {taken} taken with 0 (a running {taken} started at 0 instead "
                           f"of the first value, or a {'ReLU' if taken == 'maximum' else 'clip'} where none belongs?)",
                           f"yours is the expected with its {sign} entries replaced by zero, and right at the others: "
                           f"a {taken} taken with zero (a running {taken} started at zero instead of the first value, "
                           f"or a {'ReLU' if taken == 'maximum' else 'clip'} where none belongs?)")
    return None


def one_number_per_row(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Each row of yours (along the first axis) is one number repeated, where the expected's rows vary: one value
    computed per row, as where a whole row is handled at once (x[i] a row, shifted together) where each entry is
    meant; said with what that number is, where it is the sum or the mean of the expected's row."""
    if g.shape != e.shape or g.ndim < 2 or g[0].size < 2 or len(g) < 2 or not np.isfinite(g).all():
        return None
    mine, right = g.reshape(len(g), -1), e.reshape(len(e), -1)
    if not agree(mine, np.repeat(mine[:, :1], mine.shape[1], axis=1), tol) or agree(mine, right, tol):
        return None
    if sum(np.ptp(row) > 1e-12 * max(1.0, float(np.abs(row).max())) for row in right) < 2:
        return None  # the expected's rows are constant too (or all but one): nothing tells
    column = mine[:, 0]
    if agree(column, np.full_like(column, column[0]), tol):  # the whole array one number
        total = " (the sum of all the expected's entries)" if agree(column[:1], np.array([right.sum()]), tol) \
            else ""
        return Finding("one_number_per_row",
                       f"every entry of yours is the same number, {column[0]:.6g}{total}, where the expected's entries "
                       "vary: one value computed for the whole array (the whole array handled at once, x + h "
                       "shifting every entry, where each entry is meant?)",
                       "every entry of yours is the same number, where the expected's entries vary: one value "
                       "computed for the whole array (the whole array handled at once where each entry is meant?)")
    sums = ", the sum of that row of the expected," if agree(column, right.sum(axis=1), tol) else \
        ", the mean of that row of the expected," if agree(column, right.mean(axis=1), tol) else ""
    return Finding("one_number_per_row",
                   f"each of your {len(g)} rows holds one number{sums} repeated, where the expected varies along "
                   "the row: a value computed once per row (a whole row handled at once, as x[i] is when x has "
                   "two axes, where each entry is meant?)",
                   f"each of your rows holds one number{sums} repeated, where the expected varies along the row: a "
                   "value computed once per row (a whole row handled at once where each entry is meant?)")


def _normalized(x: np.ndarray) -> bool:
    """Values that bear a normalization's mark: from 0 to 1 (min-max), mean 0 and std 1, or a largest magnitude
    of 1."""
    lo, hi = float(x.min()), float(x.max())
    return bool(np.isclose(lo, 0.0, atol=1e-9) and np.isclose(hi, 1.0)) or \
        bool(np.isclose(x.mean(), 0.0, atol=1e-9) and np.isclose(x.std(), 1.0)) or \
        bool(np.isclose(np.abs(x).max(), 1.0))


def rescaled_per_example(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours is, example by example (along the first axis), the expected times a number plus a number, not the
    same for all: a normalization (min-max, mean and std) applied to each example where none is asked (its
    zeros move with the rest: no mask), or one left out."""
    if g.shape != e.shape or g.ndim < 2 or g[0].size < 3 or not np.isfinite(g).all():
        return None
    if len(g) == 1 and not _normalized(g[0]):
        return None  # one example times a number plus a number is what any affine slip gives: no normalization
    fits = []
    for mine, right in zip(g.reshape(len(g), -1), e.reshape(len(e), -1)):
        if np.ptp(right) <= 1e-12 * max(1.0, float(np.abs(right).max())):
            return None
        if agree(mine, right, tol):
            return None  # an example right as it is: not each one rescaled
        a, b = np.polyfit(right, mine, 1)
        if not agree(a * right + b, mine, tol):
            return None
        fits.append((a, b))
    a, b = np.array(fits).T
    if len(g) > 1 and np.allclose(a, a[0], rtol=1e-6) and np.allclose(b, b[0], rtol=1e-6, atol=1e-9):
        return None  # one factor and one offset for all: the scale and offset relations say it
    each = f"for each of the {len(g)} examples" if len(g) > 1 else "for its one example"
    others = " (not the same for all examples)" if len(g) > 1 else ""
    return Finding("rescaled_per_example", f"yours is, {each}, the expected times a number plus a number{others}: a "
                   "normalization of each example (min-max, or by its mean and std) applied where none is asked, or "
                   "one left out?", f"yours is, for each example, the expected times a number plus a number{others}: "
                   "a normalization of each example applied where none is asked, or one left out?")


def unwritten_slices(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours is exactly 0 on whole slices along one axis (every entry at some indices of that axis, a last block of
    them or the first) where the expected is not, and right everywhere else: those entries were never written (a
    loop over that axis that stops early, range(C) where range(F) is meant)."""
    if g.shape != e.shape or g.ndim < 2 or g.size < 4 or _trivial(e, tol) or not np.isfinite(g).all():
        return None
    bad = ~close(g, e, tol)
    if not bad.any() or not (g[bad] == 0).all():
        return None
    for axis in range(g.ndim):
        n = g.shape[axis]
        others = tuple(k for k in range(g.ndim) if k != axis)
        wrong = np.flatnonzero(bad.any(axis=others))
        zero = np.flatnonzero((np.moveaxis(g, axis, 0).reshape(n, -1) == 0).all(axis=1))
        if n < 3 or not 0 < len(wrong) < n or not set(wrong) <= set(zero) or (axis == 0 and len(wrong) > 1):
            continue  # (along the first axis, one slice only: a block of whole examples 0 is as often a mask)
        last = np.array_equal(wrong, np.arange(n - len(wrong), n))
        if not (last or np.array_equal(wrong, np.arange(len(wrong)))):
            continue
        where = f"the last {len(wrong)} of the {n}" if last else f"the first {len(wrong)} of the {n}"
        indices = f"{wrong[0]}" if len(wrong) == 1 else f"{wrong[0]} to {wrong[-1]}"
        return Finding("unwritten_slices", f"yours is 0 at every entry with index {indices} along axis {axis} ({where}"
                       f" along it), where the expected is not, and right at all the others: those entries are never "
                       "written. A loop over that axis that stops early or starts late (a range of another length: "
                       "range(C) where range(F) is meant?), or a slice that leaves them out.",
                       f"yours is zero on whole slices at the {'end' if last else 'start'} of one axis, and right "
                       "elsewhere: those entries are never written (a loop over that axis of the wrong length?).")
    ends = _unwritten_ends(g, bad)
    if ends:  # the last rows and the last columns (two loops each one pass short): an L of entries never written
        said = " and ".join(f"the last {k} of the {g.shape[a]} along axis {a}" for a, k in ends)
        return Finding("unwritten_slices", f"yours is 0 at every entry in {said}, where the expected is not, and "
                       "right at all the others: those entries are never written. Loops over those axes that stop "
                       "early (a range one short: H2 - H where H2 - H + 1 is meant?), or slices that leave them out.",
                       "yours is zero on the last slices of two axes, and right elsewhere: those entries are never "
                       "written (loops over those axes one pass short?).")
    return None


def _unwritten_ends(g: np.ndarray, bad: np.ndarray) -> list[tuple[int, int]]:
    """[(axis, k)]: the last k slices along each of two axes or more (past the first) are all 0 in g, and together they
    hold every wrong entry (bad) and no right one; [] where no such union of tails does."""
    tails = []
    for axis in range(1, g.ndim):
        n, k = g.shape[axis], 0
        while k < n - 1 and not np.take(g, n - 1 - k, axis=axis).any():
            k += 1
        if k:
            tails.append((axis, k))
    if len(tails) < 2:
        return []
    covered = np.zeros(g.shape, dtype=bool)
    for axis, k in tails:
        index = [slice(None)] * g.ndim
        index[axis] = slice(g.shape[axis] - k, None)
        covered[tuple(index)] = True
    # (every wrong entry in those tails, which are all 0, and some entry outside them)
    return tails if bad.any() and not (bad & ~covered).any() and not covered.all() else []


def masked(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """Yours is 0 on part of the entries where the expected is not, and c times the expected on the
    rest (c = 1 included): a mask, and maybe a scale, applied where the expected applies none."""
    if g.shape != e.shape or g.size < 4 or _trivial(e, tol) or not np.isfinite(g).all():
        return None
    dropped = (g == 0) & (e != 0) & ~close(g, e, tol)
    kept = ~(g == 0)
    if dropped.sum() < 2 or dropped.mean() > 0.95 or not (e[kept] != 0).any() or (dropped | kept).sum() < g.size:
        return None
    if _unwritten_ends(g, ~close(g, e, tol)):
        return None  # (the last slices of two axes never written: no mask, unwritten_slices says it)
    if agree(g[kept], e[kept], tol):
        rest, plain_rest = "right at the others", "right at the others"
    else:
        found = _factor(g[kept], e[kept], tol, scene.constants)
        if found is None:
            return None
        rest, plain_rest = found[0].split(":")[0] + " at the others", found[1].split(":")[0] + " at the others"
    return Finding("masked", f"yours is 0 at {int(dropped.sum())} of {g.size} entries where the expected is not, and "
                   f"{rest}: a mask (and a scale) is applied where the expected applies none (dropout in test "
                   "mode? a mask of the wrong entries?)", f"yours is zero at entries where the expected is not, and "
                   f"{plain_rest}: a mask is applied where the expected applies none (dropout in test mode? a mask "
                   "of the wrong entries?)")


ZEROS_MISSING = "the expected is exactly 0 at"  # how zero_pattern's finding of zeros missing from yours begins


def zero_pattern(g: np.ndarray, e: np.ndarray, tol: Tolerance, scene: Scene) -> Finding | None:
    """The expected is exactly 0 on part of its entries (a mask) and yours is not there, or the reverse."""
    if g.shape != e.shape or g.size < 4 or _trivial(e, tol):
        return None
    e0, g0 = e == 0, g == 0
    largest = max((_scale(q.value) for q in scene.inputs), default=0.0)
    # (np.exp is 0 below -745: inputs of fractions that large, not pixel counts or labels)
    underflowing = max((_scale(q.value) for q in scene.inputs if not _integers(q.value)), default=0.0)
    zeros_missing = 0.05 <= e0.mean() <= 0.95 and (e0 & ~g0).sum() >= 0.5 * e0.sum()
    if zeros_missing and underflowing >= UNDERFLOW_INPUT:
        # (on inputs this large the expected's zeros may be underflows: exp of a large negative number, a weight
        # that vanishes; a mask is then no more likely than another computation of what underflows)
        return Finding("zero_pattern", f"{ZEROS_MISSING} {int(e0.sum())} of {e.size} entries, but yours is not 0 at "
                       f"{int((e0 & ~g0).sum())} of them, and this test's inputs reach {_fmt(underflowing)}: there "
                       "the expected may be values that underflow to 0 (an exp of a large negative number, a weight "
                       "that vanishes), which yours computes otherwise (normalized over another axis, or from other "
                       "terms), or a mask (which entries receive a value) is missing or wrong", "the expected is "
                       "exactly zero at part of its entries on large inputs, but yours is not zero there: values "
                       "that underflow to zero in the expected are computed otherwise in yours, or a mask is "
                       "missing or wrong", lists_causes=True)
    if zeros_missing:
        return Finding("zero_pattern", f"{ZEROS_MISSING} {int(e0.sum())} of {e.size} entries (inputs "
                       f"that do not affect the output get nothing), but yours is not 0 at {int((e0 & ~g0).sum())} of "
                       "them: a mask (which entries receive a value) is missing or wrong", "the expected is exactly "
                       "zero at part of its entries, but yours is not zero there: a mask (which entries receive a "
                       "value) is missing or wrong")
    bad = ~close(g, e, tol)
    dropped = g0 & ~e0 & bad
    if dropped.sum() >= 3 and dropped.sum() >= 0.5 * bad.sum() and largest >= LARGE_INPUT:
        return Finding("zero_pattern", f"yours is 0 at {int(dropped.sum())} of {g.size} entries where the expected is "
                       f"not, and this test's inputs reach {_fmt(largest)}: numbers this large may underflow or "
                       f"overflow on the way ({EXP_LIMITS}); else nothing reaches those entries, or what reached them "
                       "was overwritten (a mask of the wrong entries, = where contributions must add up with +=)",
                       "yours is zero at entries where the expected is not, on large inputs: numbers this large may "
                       "underflow or overflow on the way (keep probabilities in log space, shift before np.exp); else "
                       "nothing reaches those entries, or what reached them was overwritten")
    if dropped.sum() >= 3 and dropped.sum() >= 0.5 * bad.sum():
        return Finding("zero_pattern", f"yours is 0 at {int(dropped.sum())} of {g.size} entries where the expected is "
                       "not: nothing reaches them, what reached them was overwritten (a mask of the wrong entries, "
                       "a loop or window that does not cover them such as a stride not applied, or = where "
                       "contributions must add up with +=), or a floor division (//) rounded values below their "
                       "divisor down to 0", "yours is zero at entries where the expected is not: nothing reaches "
                       "them, what reached them was overwritten (a mask of the wrong entries, a loop or window that "
                       "does not cover them such as a stride not applied, or = where contributions must add up with "
                       "+=), or a floor division (//) rounded them down to zero")
    return None


SAME_SHAPE: tuple[Detector, ...] = (
    non_finite, softmaxed, logged, zeros, wrong_reduction, wrong_statistic, another_quantity, shifted_steps, scaled,
    powered, picked_slice,
    normalized_axis, staircase, partly_powered, permuted,
    reshaped_untransposed, reversed_axis, entries_reordered, whole_powers, entries_of_others, scaled_per_feature,
    scaled_by_statistic, never_moves, first_step,
    state_not_kept, missing_term,
    local_derivative,
    offset, where_input, at_ties, lower_precision, shifted_window, clipped_at_zero, one_number_per_row,
    rescaled_per_example, unwritten_slices, masked, absolute_value_missing, added_repeatedly, scaled_where_wrong,
    border, one_index, end_block, strided, zero_pattern,
    nearly)
# (another quantity before the reduction over another axis: yours equal, entry for entry, to another output's
# expected value of your shape (db2 where db1 is asked) says more than an axis that happens to give your shape; a
# reduction left out, after: db = dout is dout unchanged, and what is missing is its sum)
OTHER_SHAPE: tuple[Detector, ...] = (empty, trace_of_products, permuted, indexed_without_rows, index_pairs,
                                     reshaped, reshaped_untransposed, broadcast,
                                     not_reduced, wrong_reduction, another_quantity, reduced_other_axis,
                                     respaced_grid, fewer_steps, last_pass_only, block_of)


# NumPy's broadcasting error: the two shapes met (and, for an in-place operation, the target's again)
BROADCAST_SHAPES = re.compile(r"operands could not be broadcast together with (?:remapped )?shapes "
                              r"\(([\d,\s]*)\)\s*\(([\d,\s]*)\)(?:\s*\(([\d,\s]*)\))?")
_NOT_ALIGNED = re.compile(r"shapes \(([\d,\s]*)\) and \(([\d,\s]*)\) not aligned")
# an assignment through an index whose result has other axes than the value written
_INDEXING_RESULT = re.compile(r"value array of shape \(([\d,\s]*)\) could not be broadcast to indexing result of "
                              r"shape \(([\d,\s]*)\)")


_SHAPES_SAID = re.compile(r"expected (?:finite )?logits of shape \((\d+), (\w+)\), got (?:shape|an array of shape) "
                          r"\((\d+), (\d+)\)")


def transposed_logits(message: str) -> Finding | None:
    """A check that wanted (examples, classes) logits and got (classes, examples): its message's two shapes, the
    examples along the other axis."""
    m = _SHAPES_SAID.search(message)
    if m is None:
        return None
    rows, columns, got_rows, got_columns = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
    if got_columns != rows or got_rows == rows or (columns.isdigit() and int(columns) != got_rows):
        return None
    return Finding("transposed", f"yours has shape ({got_rows}, {got_columns}): one column per example where one row "
                   f"per example is asked ({rows}, {columns}): the logits are transposed (a .T too many, or the scores "
                   "computed as W @ X.T, or the model's output read classes first)?",
                   "yours has one column per example where one row per example is asked: the logits are transposed?")


_ARRAY_SHAPES_SAID = re.compile(r"expected an array of shape \(([\d, ]+)\),? got \(([\d, ]+)\)")


def axes_reordered(message: str, transposes: bool = True) -> Finding | None:
    """A check that wanted an array of one shape and got its sizes in another order (3 axes or more, the sizes not
    all alike): reversed, as .T reverses every axis, or permuted otherwise. transposes: whether the code that made it
    moves axes at all (.T, transpose, swapaxes, ...); where it does not, reversed sizes come of the shape it was made
    in."""
    m = _ARRAY_SHAPES_SAID.search(message)
    if m is None:
        return None
    asked, got = dims_in(m.group(1)), dims_in(m.group(2))
    if len(asked) < 3 or got == asked or sorted(got) != sorted(asked) or len(set(asked)) < 2:
        return None
    if got == asked[::-1] and not transposes:
        return Finding("axes_reordered", f"yours has shape {_shape(got)}, the expected {_shape(asked)} with its axes "
                       "in reverse order, and your code moves no axes: the array is made in a shape that lists the "
                       "sizes last-first (a shape reversed, `shape[::-1]`, or sizes written in another order?). Make "
                       "it in the shape asked.",
                       "yours has the expected's axes in reverse order, and your code moves no axes: the array is made "
                       "in a shape that lists the sizes last-first; make it in the shape asked.")
    if got == asked[::-1]:
        return Finding("axes_reordered", f"yours has shape {_shape(got)}, the expected {_shape(asked)} with its axes "
                       "in reverse order: .T (or np.transpose with no axes) reverses every axis of an array with more "
                       "than two, not only the first two. Swap only the axes meant (np.swapaxes(a, 0, 1), or "
                       ".transpose(1, 0, 2, 3)).",
                       "yours has the expected's axes in reverse order: .T reverses every axis of an array with more "
                       "than two; swap only the axes meant.")
    swapped = (asked[1], asked[0], *asked[2:])
    if got == swapped[::-1]:
        return Finding("axes_reordered", f"yours has shape {_shape(got)}: {_shape(swapped)} with its axes in reverse "
                       f"order, where {_shape(asked)} is asked: an array made with its first two axes swapped (torch's "
                       "layout, (in, out, ...)?) and brought back with .T, which reverses every axis of an array with "
                       "more than two, not only the first two. Swap only those (np.swapaxes(a, 0, 1)).",
                       "yours is an array made with its first two axes swapped and brought back with .T, which "
                       "reverses every axis; swap only the first two.")
    return Finding("axes_reordered", f"yours has shape {_shape(got)}, the sizes of the expected {_shape(asked)} in "
                   "another order: its axes are laid out otherwise (a transpose or reshape in another order?); "
                   "transpose with the axes in the order asked.",
                   "yours has the expected's sizes in another order: its axes are laid out otherwise.")


def dims_in(text: str) -> tuple[int, ...]:
    """The sizes in an error message's shape text: "64, 8, 8, 1" -> (64, 8, 8, 1)."""
    return tuple(int(d) for d in text.replace(" ", "").split(",") if d)


# NumPy's words, and torch's
OUT_OF_BOUNDS = re.compile(r"index (-?\d+) is out of bounds for (?:axis|dimension) (\d+) with size (\d+)")


def index_error(message: str) -> Finding | None:
    """What an index past the end of an axis (NumPy's IndexError) most often is: one past the last entry (counting
    from 1, a range one step too long), or, further off, an index computed from another size."""
    m = OUT_OF_BOUNDS.search(message)
    if not m:
        return None
    index, axis, size = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if index == size or index == -size - 1:
        last = f"{size - 1}" if index == size else f"-{size}"
        text = (f"the error: index {index} on axis {axis} of an array of {size} is one past its "
                f"{'last' if index == size else 'first'} entry (at {last}): an index counted from 1 where Python "
                "counts from 0 (or a range one step too long), or one computed with another axis's length (a divmod "
                "by the height where the width is meant, rows indexed by what counts columns)?")
        plain = ("the error: an index one past the end of an axis: counted from one where Python counts from zero (or "
                 "a range one step too long), or computed with another axis's length?")
        return Finding("index_error", text, plain)
    if axis == 0 and index > size:  # rows: an index of a longer array's rows
        return Finding("index_error", f"the error: index {index} into the {size} rows of an array (axis 0), "
                       f"beyond its end: indices made for a longer array, used on this one (a permutation or batch "
                       f"indices of one set, the training rows, used on another of {size} rows, the test split or a "
                       "batch?), or an index computed with another array's length?",
                       "the error: an index beyond the rows of an array: indices made for a longer array (the "
                       "training rows' indices used on the test split or a batch?), or computed with another array's "
                       "length?")
    return Finding("index_error", f"the error: index {index} on axis {axis} of an array of {size}, beyond its end: is "
                   "the index computed with another axis's length or another array's, or counted past the end?",
                   "the error: an index beyond the end of an axis: is it computed with another axis's length or "
                   "another array's, or counted past the end?")


def truth_value_error(message: str) -> Finding | None:
    """NumPy refusing an array of several entries where Python needs one True or False: an `if` on an argument that
    may be None or an array (`if not y:`, `if params.get("Ws"):`), or `and`/`or` between arrays."""
    if "truth value of an array with more than one element is ambiguous" not in message:
        return None
    text = ("the error: an array was used where Python needs one True or False: in an `if`, a `while`, `not`, `and` "
            "or `or` (`if not y:` asks whether a whole array is true, which NumPy refuses for more than one entry: "
            "to ask whether it was given, compare with None, `if y is None:`, or look for the key, `\"W\" in "
            "params`; to ask about its entries, use .any() or .all(), or & and | between arrays), or in one of "
            "Python's own functions that compares (max(z, 0), min, sorted: NumPy's np.maximum(z, 0) works entry by "
            "entry)")
    plain = ("the error: an array was used where Python needs one True or False: in an if, not, and, or (to ask "
             "whether it was given, compare with None or look for the key; about its entries, use any() or all()), "
             "or in Python's own max or min (NumPy's maximum works entry by entry)")
    return Finding("truth_value_error", text, plain)


def shape_error(message: str) -> Finding | None:
    """What NumPy did when the student's code raised a shape error, from the error's own shapes: broadcasting
    lines shapes up from their last axis (an array of the row sums, (N,), meets the columns of (N, C), not its
    rows); a matrix product needs the left's last axis to match the right's first. Said whatever the cause
    upstream: how the shapes met is a fact of the error."""
    m = BROADCAST_SHAPES.search(message)
    if m:
        a, b = dims_in(m.group(1)), dims_in(m.group(2))
        if len(a) < len(b):
            a, b = b, a
        if not a or not b:
            return None
        if len(b) < len(a):
            met = a[len(a) - len(b):]
            fits = [p for p in range(len(a) - len(b)) if a[p:p + len(b)] == b]
            last = "the last axis" if len(b) == 1 else f"the last {len(b)} axes"
            text = (f"NumPy lines shapes up from their last axis, so {_shape(b)} meets {last} of "
                    f"{_shape(a)}, of size{'' if len(b) == 1 else 's'} {', '.join(map(str, met))}")
            plain = "NumPy lines shapes up from their last axis, so the smaller array meets the other's last axes"
            if fits:
                p = fits[-1]
                spread = ", ".join([":"] * len(b) + ["None"] * (len(a) - len(b) - p))
                where = " or ".join(f"{q}" if len(b) == 1 else f"{q}-{q + len(b) - 1}" for q in fits)
                axes = "axis" if len(b) == 1 else "axes"
                there = "there" if len(fits) == 1 else f"with {axes} {where.split(' or ')[-1]}"
                text += (f"; its sizes match ax{'is' if len(b) == 1 else 'es'} {where} instead: to line it up {there}, "
                         f"give it the shape {_shape(b + (1,) * (len(a) - len(b) - p))} (`[{spread}]`, or "
                         "keepdims=True in the sum, mean or max that made it)")
                plain += (", not the axes its sizes match: give it axes of size one (None, or keepdims=True in the "
                          "reduction that made it)")
            return Finding("shape_error", f"the error: {text}.", f"the error: {plain}.")
        differ = [i for i, (x, y) in enumerate(zip(a, b)) if x != y and 1 not in (x, y)]
        if not differ:
            return None
        text = (f"NumPy matches {_shape(a)} and {_shape(b)} axis by axis, and they differ at ax"
                f"{'is' if len(differ) == 1 else 'es'} {', '.join(map(str, differ))} "
                f"({'; '.join(f'{a[i]} against {b[i]}' for i in differ)}) where neither is 1")
        text += ": is one the other transposed?" if b == a[::-1] and a != b else "."
        return Finding("shape_error", f"the error: {text}", "the error: the two arrays' sizes differ at an axis "
                       "where neither is one, so NumPy cannot line them up.")
    m = _INDEXING_RESULT.search(message)
    if m:
        value, result = dims_in(m.group(1)), dims_in(m.group(2))
        if len(result) == len(value) + 1 and result[:len(value)] == value:
            # (an index array of the value's shape on the first axis of a 2-D array: each index takes a whole row)
            return Finding("shape_error", f"the error: the index picks {_shape(result)}: an array of "
                           f"{_shape(value)} indices given for the first axis of an array of more than one axis "
                           f"takes a whole row of {result[-1]} values for each index, not one entry. To write single "
                           "positions, give an index per axis (np.unravel_index of flat positions), or write "
                           "into the array's flattened view (.ravel() of a contiguous array) with the flat ones.",
                           "the error: an index array on the first axis of a 2-D array picks whole rows, not single "
                           "entries: give an index per axis, or index the flattened array.")
        return None
    m = _NOT_ALIGNED.search(message)
    if m:
        a, b = dims_in(m.group(1)), dims_in(m.group(2))
        if not a or not b:
            return None
        inner = b[0] if len(b) == 1 else b[-2]
        which = "only axis" if len(b) == 1 else "first axis" if len(b) == 2 else \
            f"second-to-last axis (axis {len(b) - 2})"
        text = (f"a matrix product needs the last axis of the left ({a[-1]}, of {_shape(a)}) to match the "
                f"{which} of the right ({inner}, of {_shape(b)})")
        if len(b) > 2:  # np.dot of an N-d array contracts its second-to-last axis, not its first
            text += (": np.dot sums over the second-to-last axis of an array of more than two axes"
                     + (f"; its first axis ({b[0]}) matches: np.tensordot(left, right, axes=1), or an einsum, sums "
                        "over that one" if b[0] == a[-1] else ""))
        elif len(b) == 2 and a[-1] == b[-1]:
            text += ": the right one transposed (.T) would fit"
        elif len(a) == 2 and b[0] == a[0]:
            text += ": the left one transposed (.T) would fit"
        return Finding("shape_error", f"the error: {text}.", "the error: a matrix product needs the left's last axis "
                       "to match the right's first.")
    return None


def sequences_for_numbers(got: Any, e: np.ndarray) -> Finding | None:
    """A tuple or list of yours holding tuples or lists where the expected holds numbers; said with Python's
    repetition where one is k copies of a shorter one (3 * (3, 3) is (3, 3, 3, 3, 3, 3), not a product)."""
    if not isinstance(got, (tuple, list)) or e.ndim != 1 or len(got) != e.size:
        return None
    nested = [(i, part) for i, part in enumerate(got) if isinstance(part, (tuple, list))]
    if not nested:
        return None
    i, part = nested[0]
    shown = f"({', '.join(map(str, part[:6]))}{', ...' if len(part) > 6 else ''})"
    kind = type(part).__name__
    # the shortest unit of two entries or more (a kernel's (kh, kw)) that the sequence is copies of
    unit_length = next((n for n in range(2, len(part) // 2 + 1) if len(part) % n == 0 and
                        list(part) == list(part[:n]) * (len(part) // n)), None)
    repeated = len(part) // unit_length if unit_length else None
    if repeated is None:
        return Finding("sequence_for_number", f"your value {i} is a {kind} of {len(part)} entries, {shown}, where a "
                       f"number is expected ({e.ravel()[i]:.6g}): a {kind} used where its entries are meant to be "
                       "combined into one number?",
                       f"one of your values is a {kind} where a number is expected: a {kind} used where its entries "
                       "are meant to be combined into one number?")
    unit = tuple(part[:unit_length])
    return Finding("sequence_for_number", f"your value {i} is a {kind} of {len(part)} entries, {shown}, where a number "
                   f"is expected ({e.ravel()[i]:.6g}): it is {unit} repeated {repeated} times, what {repeated} * "
                   f"{unit} gives in Python (a number times a {kind} repeats it). Multiply by the product of its "
                   "entries (math.prod) where a product is meant.",
                   f"one of your values is a {kind} where a number is expected: a {kind} repeated, as a number times "
                   f"a {kind} gives in Python; multiply by the product of its entries (math.prod).")


def values_returned(got: Any, expected: tuple, names: Sequence[str] = ()) -> Finding | None:
    """Your return holds another number of values than the correct code's tuple (one array where the pair
    (next_w, config) is asked): said with the correct code's names for them (names: the expressions of its return
    statement, () where it has none) and, where your one value is one of them, which."""
    count = len(got) if isinstance(got, tuple) else 1
    if count == len(expected) or len(expected) < 2:
        return None
    asked = f"({', '.join(names)})" if len(names) == len(expected) else f"{len(expected)} values"
    if count > 1:
        return Finding("values_returned", f"your function returns {count} values where {len(expected)} are asked: "
                       f"{asked}; return them in that order",
                       "your function returns another number of values than is asked: return them in the order asked")
    which = ""
    g = numeric(got)
    for i, part in enumerate(expected):
        p = numeric(part)
        if g is not None and p is not None and g.shape == p.shape and np.allclose(g, p, rtol=1e-5, atol=1e-8):
            others = [name for j, name in enumerate(names) if j != i]
            left_out = f"{' and '.join(others)} {'is' if len(others) == 1 else 'are'} left out" if others else \
                "the others are left out"
            which = f": it is the right {names[i] if names else f'value {i}'}, but {left_out}"
            break
    return Finding("values_returned", f"your function returns one value ({describe_value(got)}) where "
                   f"{len(expected)} are asked: {asked}{which}. Return all of them, in that order",
                   "your function returns one value where several are asked: return all of them, in the order asked")


def describe_value(value: Any) -> str:
    """A value in a few words: an array of shape (5, 4), a dict, a float."""
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    # (an object kept in the student's process comes back as a handle that knows its type's name: that is said)
    kind = getattr(value, "type_name", None) if type(value).__name__ == "Handle" else None
    kind = kind or type(value).__name__
    return f"an {kind}" if kind[:1] in "aeiou" else f"a {kind}"


def relate(got: Any, expected: Any, tolerance: Tolerance, scene: Scene = Scene()) -> Finding | None:
    """The first relation that holds between a student's output and the expected one, or None.

    got: what the student returned (any value); expected: the expected value (array or number);
    tolerance: the check's (how close counts as equal); scene: the test's inputs and quantities.
    """
    if got is None:
        return Finding("returned_none", "yours is None: is a `return` missing, or a value never stored where it is "
                       "read back (an entry of a dict such as bn_param or config that your function should set)?",
                       "yours is None: is a return statement missing, or a value never stored where it is read back "
                       "(an entry of a dict your function should set)?")
    e = numeric(expected)
    if e is None:
        return None
    if isinstance(got, (tuple, list)) and len(got) >= 2:
        for i, part in enumerate(got):
            p = numeric(part)
            if p is not None and p.size and agree(p, e, tolerance):
                return Finding("returned_tuple", f"you return {len(got)} values where one is asked for; value {i} "
                               "of them is the expected one: return it alone", "you return several values where one "
                               "is asked for; one of them is the expected one: return it alone")
    g = numeric(got)
    if g is None:
        return sequences_for_numbers(got, e)
    if agree(g, e, tolerance):
        return None
    found = integer_array(got, e) or whole_numbers(g, e)
    if found is not None:
        return found
    detectors = SAME_SHAPE if g.shape == e.shape else OTHER_SHAPE
    with np.errstate(all="ignore"):
        for detect in detectors:
            found = detect(g, e, tolerance, scene)
            if found is not None:
                return found
    return None
