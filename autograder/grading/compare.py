"""Numeric comparison of a student output with the expected one.

Reports shape, dtype, NaN/Inf, max abs error, max relative error (CS231n style:
|x - y| / max(1e-8, |x| + |y|)) and the index of the worst element.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from autograder.results import Comparison, Tolerance
from autograder.sandbox import wire

# Declared per dtype of the *expected* value; a check may override them. Never chosen by the dtype
# the student returns: a float16 return must not buy itself a 1e-2 tolerance.
DEFAULT_TOLERANCES: dict[str, Tolerance] = {
    "float64": Tolerance(rtol=1e-7, atol=1e-10),
    "float32": Tolerance(rtol=1e-4, atol=1e-6),
    "float16": Tolerance(rtol=1e-2, atol=1e-3),
}


def rel_error(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Elementwise CS231n relative error |x - y| / max(1e-8, |x| + |y|)."""
    return np.abs(x - y) / np.maximum(1e-8, np.abs(x) + np.abs(y))


def describe_type(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"ndarray {value.dtype} {tuple(value.shape)}"
    return type(value).__name__


def returned_kind(value: Any) -> str:
    """What a value is, for a check's message: "Tensor" says less than "a torch.Tensor, which stays in your
    process (not a NumPy array: .detach().cpu().numpy() makes one)"."""
    if isinstance(value, wire.Handle):
        if value.type_name == "numpy.ndarray":  # an array the wire does not carry: not of numbers
            return "a NumPy array that does not hold numbers (dtype object?), which stays in your process"
        hint = ": .detach().cpu().numpy() makes one" if value.type_name.startswith("torch.") else ""
        return f"a {value.type_name}, which stays in your process (not a NumPy array{hint})"
    if isinstance(value, np.ndarray):
        return f"an array of shape {tuple(value.shape)} ({value.dtype})"
    if isinstance(value, (int, float, np.number)) and not isinstance(value, (bool, np.bool_)):
        kind = type(value).__name__  # ("float32" alone reads as a dtype, not as a scalar)
        return f"one number ({'an' if kind[0] in 'aeio' else 'a'} {kind})"
    return type(value).__name__


def _fail(name: str, message: str, **extra: Any) -> Comparison:
    return Comparison(name=name, passed=False, message=message, **extra)


def compare_arrays(
    name: str,
    got: Any,
    expected: np.ndarray | float,
    tolerance: Tolerance | None = None,
    allow_scalar: bool = False,
) -> Comparison:
    """Compare got with expected elementwise within tolerance.

    tolerance: the check's declaration; without one, the default for the expected value's dtype
    (float64 for Python numbers and integers). A return of lower precision than the expected value
    is compared at that same tolerance, and a failure says it lost precision.
    """
    expected_dtype = _precision_dtype(expected)
    expected_arr = np.asarray(expected, dtype=np.float64)
    base = {"expected_shape": list(expected_arr.shape), "got_type": describe_type(got)}

    if isinstance(got, (bool, np.bool_)) or not isinstance(got, (np.ndarray, int, float, np.number)):
        what = "a NumPy array" if expected_arr.ndim else "a number"
        return _fail(name, f"{name}: expected {what}, got {returned_kind(got)}", **base)
    if not isinstance(got, np.ndarray):
        if expected_arr.ndim and not allow_scalar:
            return _fail(name, f"{name}: expected an array of shape {expected_arr.shape}, got a scalar", **base)
        got = np.asarray(got, dtype=np.float64)
    base["got_shape"] = list(got.shape)
    base["got_dtype"] = str(got.dtype)
    if got.dtype.kind not in "fiu":
        return _fail(name, f"{name}: dtype {got.dtype} is not numeric", **base)
    if got.shape != expected_arr.shape:
        return _fail(
            name, f"{name}: shape {tuple(got.shape)} differs from the expected {tuple(expected_arr.shape)}", **base
        )
    tol = tolerance or DEFAULT_TOLERANCES.get(str(expected_dtype), DEFAULT_TOLERANCES["float64"])
    base["tolerance"] = tol
    g = got.astype(np.float64)

    got_nan, exp_nan = np.isnan(g), np.isnan(expected_arr)
    got_inf, exp_inf = np.isinf(g), np.isinf(expected_arr)
    base["nan_count"] = int(got_nan.sum())
    base["inf_count"] = int(got_inf.sum())
    bad_special = (got_nan != exp_nan) | (got_inf != exp_inf) | (got_inf & exp_inf & (np.sign(g) != np.sign(expected_arr)))
    if bad_special.any():
        idx = np.unravel_index(int(np.argmax(bad_special)), g.shape)
        return _fail(
            name,
            f"{name}: {int(bad_special.sum())} element(s) are NaN/Inf where the expected value is finite "
            f"(or the reverse); first at index {list(map(int, idx))}: got {float(g[idx]):.10g}, "
            f"expected {float(expected_arr[idx]):.10g}",
            worst_index=[int(i) for i in idx],
            got_at_worst=_finite_or_none(g[idx]),
            expected_at_worst=_finite_or_none(expected_arr[idx]),
            **base,
        )
    finite = ~(exp_nan | exp_inf)
    if g.size == 0 or not finite.any():
        return Comparison(name=name, passed=True, message=f"{name}: matches", **base)
    g_f, e_f = np.where(finite, g, 0.0), np.where(finite, expected_arr, 0.0)
    abs_err = np.abs(g_f - e_f)
    rel_err = rel_error(g_f, e_f)
    # How far each element is outside its tolerance (<= 1 means within).
    violation = np.minimum(abs_err / max(tol.atol, 1e-300), rel_err / max(tol.rtol, 1e-300))
    outside = violation > 1.0
    # The worst element: the largest absolute error among those outside tolerance.
    worst_flat = int(np.argmax(np.where(outside, abs_err, -1.0))) if outside.any() else int(np.argmax(violation))
    worst = np.unravel_index(worst_flat, g.shape)
    stats = dict(
        max_abs_error=float(abs_err.max()),
        max_rel_error=float(rel_err.max()),
        worst_index=[int(i) for i in worst],
        expected_at_worst=float(expected_arr[worst]),
        got_at_worst=float(g[worst]),
    )
    n_bad = int(outside.sum())
    stats.update(_report_extras(g, expected_arr, abs_err, failing=bool(n_bad)))
    if n_bad:
        return _fail(
            name,
            f"{name}: {n_bad} of {g.size} element(s) outside tolerance (rtol {tol.rtol:g}, atol {tol.atol:g}); "
            f"worst at index {stats['worst_index']}: got {stats['got_at_worst']:.10g}, "
            f"expected {stats['expected_at_worst']:.10g} (max abs error {stats['max_abs_error']:.3g}, "
            f"max rel error {stats['max_rel_error']:.3g}){_precision_loss(got.dtype, expected_dtype)}",
            **stats,
            **base,
        )
    return Comparison(
        name=name,
        passed=True,
        message=f"{name}: matches (max rel error {stats['max_rel_error']:.2g})",
        **stats,
        **base,
    )


def _precision_dtype(expected: Any) -> np.dtype:
    """The floating-point precision the expected value carries (float64 for numbers and integers)."""
    dtype = getattr(expected, "dtype", None)
    if dtype is not None and np.dtype(dtype).kind == "f":
        return np.dtype(dtype)
    return np.dtype(np.float64)


def _precision_loss(got: np.dtype, expected: np.dtype) -> str:
    """A failing output of lower precision than the expected value: say so, it is often the cause."""
    if got.kind == "f" and got.itemsize < expected.itemsize:
        return (f"; your output is {got}, which loses precision: the expected value is {expected}, "
                f"compute and return {expected}")
    return ""


def _report_extras(got: np.ndarray, expected: np.ndarray, abs_err: np.ndarray, failing: bool) -> dict[str, Any]:
    """What a report plots: small outputs in full, the error map of a failing 2-D+ output."""
    extras: dict[str, Any] = {}
    if 0 < got.size <= 64:
        extras["got_values"] = [float(v) for v in got.ravel()]
        extras["expected_values"] = [float(v) for v in expected.ravel()]
    if failing and got.ndim >= 2:
        plane = abs_err[(0,) * (got.ndim - 2)][:48, :48]
        extras["error_map"] = [[float(v) for v in row] for row in plane]
    return extras


def _finite_or_none(v: float) -> float | None:
    return float(v) if np.isfinite(v) else None


def outputs_match(a: Any, b: Any, tolerance: Tolerance) -> bool:
    """Whether two outputs agree, NaN matching NaN: used to match a failing output to a mistake."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        if not (isinstance(a, (np.ndarray, float, int)) and isinstance(b, (np.ndarray, float, int))):
            return False
        a_arr, b_arr = np.asarray(a), np.asarray(b)
        if a_arr.shape != b_arr.shape or a_arr.dtype.kind not in "fiu" or b_arr.dtype.kind not in "fiu":
            return False
        return bool(np.allclose(a_arr.astype(np.float64), b_arr.astype(np.float64),
                                rtol=tolerance.rtol, atol=tolerance.atol, equal_nan=True))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return bool(np.isclose(float(a), float(b), rtol=tolerance.rtol, atol=tolerance.atol, equal_nan=True))
    return False
