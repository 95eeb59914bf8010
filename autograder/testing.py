"""What grader test files use: the @graded decorator and the expect_* checks.

A grader is a pytest file in the trusted process. Its tests receive the fixtures
``student`` (the submission, called remotely), ``oracle`` (the reference module) and
``rng`` (a NumPy Generator seeded per test, so a test can be re-run on a mistake).
Checks record a Comparison and do not raise, so one test can report every output.
"""
from __future__ import annotations

import contextvars
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import pytest

from autograder.compare import compare_arrays
from autograder.models import Comparison, Tolerance


@dataclass
class TestContext:
    """What one run of a test observed: its comparisons and the raw outputs behind them."""

    comparisons: list[Comparison] = field(default_factory=list)
    outputs: dict[str, Any] = field(default_factory=dict)
    functions_called: set[str] = field(default_factory=set)


_current: contextvars.ContextVar[TestContext | None] = contextvars.ContextVar("autograder_test", default=None)


def current_context() -> TestContext:
    ctx = _current.get()
    if ctx is None:  # a check used outside the grader plugin (e.g. plain pytest): still record
        ctx = TestContext()
        _current.set(ctx)
    return ctx


def activate(ctx: TestContext) -> contextvars.Token:
    return _current.set(ctx)


def deactivate(token: contextvars.Token) -> None:
    _current.reset(token)


def graded(points: float, hidden: bool = False, partial: bool = False, timeout: float | None = None
           ) -> Callable[[Callable], Callable]:
    """Declare a test's points. partial=True scores points x (passed checks / checks)."""

    def mark(fn: Callable) -> Callable:
        return pytest.mark.graded(points=points, hidden=hidden, partial=partial, timeout=timeout)(fn)

    return mark


def expect_close(name: str, got: Any, expected: Any, tolerance: Tolerance | None = None,
                 allow_scalar: bool = False) -> bool:
    """Compare an output of the student's with the expected value; returns whether it passed."""
    result = compare_arrays(name, got, expected, tolerance, allow_scalar=allow_scalar)
    ctx = current_context()
    ctx.comparisons.append(result)
    ctx.outputs[name] = got
    return result.passed


def expect_true(name: str, condition: bool, message: str) -> bool:
    """A check that is not numeric (a shape rule, a dtype); message says what went wrong."""
    ctx = current_context()
    ctx.comparisons.append(Comparison(name=name, passed=bool(condition),
                                      message=f"{name}: ok" if condition else f"{name}: {message}"))
    return bool(condition)


def scalar_tolerance(rtol: float = 1e-7, atol: float = 1e-10) -> Tolerance:
    return Tolerance(rtol=rtol, atol=atol)


def as_float_array(value: Any) -> Any:
    """Scalars the student returns as numpy or Python numbers become 0-d arrays for comparison."""
    if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
        return np.asarray(value, dtype=np.float64)
    return value
