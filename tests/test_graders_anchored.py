"""Every grader check is anchored to the reference, never to the student's own functions.

A "consistently wrong" submission returns every floating-point output of the solution times 1.5:
its loss is wrong, and its gradient is the exact gradient of that wrong loss, its numerical
gradient agrees with its analytic one, and so on. A check whose expected value is computed from
the student's functions (finite differences of the student's loss, a student's forward pass fed
to a student's backward pass) cannot tell it from the honest code. Every value check that compares
nonzero outputs in the solution's run must therefore fail on it.
"""
from __future__ import annotations

import types
from typing import Any

import numpy as np
import pytest

from autograder.course.assignment import load_assignment
from autograder.course.mistakes import load_module_from_file
from autograder.grading.run import grade_local_module
from tests.conftest import REPO

ASSIGNMENTS = sorted(p.name for p in (REPO / "solutions").iterdir() if (p / "assignment.toml").is_file())
SCALE = 1.5
# Checks meant to be unchanged when every output is scaled, by test id or by the start of the check's
# name. Each says why; every other check must fail on the scaled submission.
SCALE_INVARIANT: dict[str, str] = {
    "test_batchnorm_running_averages": "its outputs are written into a dict the student's function mutates in place, "
                                       "which this wrapper does not scale; its expected values come from the oracle",
    "mean of draws": "the mean of zero-mean draws stays zero when scaled (the std check catches the scale)",
    "kurtosis of draws": "kurtosis does not depend on scale (the std check catches the scale)",
    "share of draws in each quarter of a decade": "where each draw lies within its decade is spread alike when every "
                                                  "draw is scaled (the share of each decade catches the scale)",
    "running_mean and running_var after test mode": "the running averages the caller passed in, read back from the "
                                                    "dict the student's function may mutate (this wrapper does not "
                                                    "scale it): test mode must leave them as they were",
}


def scale_invariant(test_id: str, check: str) -> bool:
    return test_id in SCALE_INVARIANT or any(check.startswith(k) for k in SCALE_INVARIANT)


def scaled(value: Any) -> Any:
    """value with every floating-point number in it times SCALE (containers rebuilt, never mutated)."""
    if isinstance(value, np.ndarray) and value.dtype.kind in "fiu":
        return value * SCALE
    if isinstance(value, (int, float, np.number)) and not isinstance(value, (bool, np.bool_)):
        return float(value) * SCALE
    if isinstance(value, tuple):
        return tuple(scaled(v) for v in value)
    if isinstance(value, list):
        return [scaled(v) for v in value]
    if isinstance(value, dict):
        return {k: scaled(v) for k, v in value.items()}
    return value


def consistently_wrong(solution: types.ModuleType) -> types.ModuleType:
    """The solution with every public function's floating-point outputs scaled."""
    module = types.ModuleType(f"{solution.__name__}_scaled")
    for name, fn in vars(solution).items():
        if callable(fn) and not name.startswith("_") and getattr(fn, "__module__", None) == solution.__name__ \
                and isinstance(fn, types.FunctionType):
            setattr(module, name, lambda *a, _fn=fn, **k: scaled(_fn(*a, **k)))
        else:
            setattr(module, name, fn)
    return module


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_no_check_is_satisfied_by_a_consistently_wrong_submission(assignment):
    spec = load_assignment(assignment)
    solution = load_module_from_file(spec.solution_file, f"anchored_{assignment}")
    honest = grade_local_module(spec, solution)
    nonzero_values = {(t.id, c.name) for t in honest.tests for c in t.comparisons
                      if c.kind == "value" and (c.got_at_worst or any(c.got_values or []))}
    result = grade_local_module(spec, consistently_wrong(solution))
    self_consistent = sorted({f"{t.id}: {c.name}" for t in result.tests for c in t.comparisons
                              if c.passed and (t.id, c.name) in nonzero_values and not scale_invariant(t.id, c.name)})
    assert not self_consistent, (
        f"these checks pass a submission whose every output is {SCALE}x the right one: their expected "
        f"values must come from the reference (oracle), not from the student's own functions: {self_consistent}")
