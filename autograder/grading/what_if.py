"""What the solution returns when one of a call's settings is changed: a diagnosis by counterfactual.

A student's wrong output is often the right function of slightly different inputs: the kernel
flipped (a true convolution), the stride or the groups ignored (as if they were 1), test mode
computed as train mode, p where 1 - p is meant, the bias left out (as if it were 0). When no
relation between the output and the expected one fits (relations.py), the call that produced the
output is re-run on the solution once per such variation of one argument; when the solution's
output under a variation equals the student's (within the check's tolerance) and differs from
the expected one, the variation is said: "yours is what conv_forward_naive() returns with w
flipped along its last two axes".

Only trusted code runs here (the solution, in the grading process), on deep copies of the
arguments the test passed, within a time budget. Evidence rules: an output of zeros, or a lone
0 or 1, says nothing (many variations give it); the first variation that fits is said.
"""
from __future__ import annotations

import copy
import inspect
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from autograder.grading.relations import Finding, agree, numeric
from autograder.results import Tolerance
from autograder.sandbox import wire

# Settings that take one of a few words: the others of the group are what a slip gives.
CHOICES: tuple[frozenset[str], ...] = (
    frozenset({"train", "test"}), frozenset({"fan_in", "fan_out", "fan_avg"}),
    frozenset({"relu", "tanh", "sigmoid", "linear", "leaky_relu"}), frozenset({"mean", "sum"}),
    frozenset({"max", "avg", "average"}), frozenset({"normal", "uniform"}),
    frozenset({"mean_image", "standardize", "per_channel"}),
)


@dataclass(frozen=True)
class Variation:
    """One argument (or one entry of a dict argument) changed the same way in every call: how the
    change is said (with and without numbers), and the change."""

    what: str  # "stride were 1"
    plain: str  # "stride were one"
    hint: str  # what such code usually does wrong
    param: str
    key: str | int | None  # the entry of a dict argument, the item of a tuple one (a cache), or None
    change: Callable[[Any], Any]  # old value -> new value

    def apply(self, arguments: dict[str, Any]) -> dict[str, Any] | None:
        """The arguments with this change made; None when the call lacks what it changes."""
        if self.param not in arguments:
            return None
        value = arguments[self.param]
        if self.key is None:
            return arguments | {self.param: self.change(value)}
        if isinstance(value, dict) and self.key in value:
            return arguments | {self.param: value | {self.key: self.change(value[self.key])}}
        if isinstance(value, (tuple, list)) and isinstance(self.key, int) and self.key < len(value):
            items = list(value)
            items[self.key] = self.change(items[self.key])
            return arguments | {self.param: type(value)(items)}
        return None


Change = tuple[Callable[[Any], Any], str, str, str]  # (old -> new, what, plain, hint)


def _number(v: Any) -> bool:
    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_)) \
        and bool(np.isfinite(v))


def _scalar_changes(name: str, v: Any) -> Iterator[Change]:
    """The changes of one setting: a number, a word, a flag."""
    if isinstance(v, (bool, np.bool_)):
        yield (lambda x: not x, f"{name} were {not v}", f"{name} were {not v}", f"the value of {name} is not used")
    elif isinstance(v, str):
        for group in CHOICES:
            if v in group:
                for other in sorted(group - {v}):
                    yield (lambda x, o=other: o, f"{name} were '{other}'", f"{name} were '{other}'",
                           f"the branch for {name} = '{v}' computes what '{other}' asks for: is {name} read?")
    elif _number(v):
        kind = type(v)
        if v != 0:
            yield (lambda x: kind(0), f"{name} were 0", f"{name} were zero", f"{name} is left out of the computation")
        if v != 1:
            yield (lambda x: kind(1), f"{name} were 1", f"{name} were one", f"{name} is ignored (used as if it were "
                   "one)")
        if 0 < v < 1:
            yield (lambda x: 1 - x, f"{name} were 1 - {name} = {1 - v:.4g}", f"{name} were one minus {name}",
                   f"{name} and one minus {name} are mixed up (a keep probability read as a drop probability?)")
        if isinstance(v, (int, np.integer)):
            for d, word in ((-1, "one less"), (1, "one more")):
                yield (lambda x, d=d: x + d, f"{name} were {word} than given", f"{name} were {word} than given",
                       f"{name} is off by one where it is used (counted from one instead of zero, or the reverse?)")


def _array_changes(name: str, a: np.ndarray) -> Iterator[Change]:
    if a.dtype.kind != "f" or a.size < 2:
        return
    if a.ndim >= 2 and min(a.shape[-2:]) >= 2:
        yield (lambda x: np.ascontiguousarray(np.flip(x, axis=(-2, -1))), f"{name} were flipped along its last two "
               "axes (rotated by 180 degrees)", f"{name} were flipped along its last two axes", "a kernel flipped: a "
               "convolution in the mathematical sense, where the layers of a network compute a cross-correlation "
               "(no flip)")
    if a.ndim == 2 and a.shape[0] == a.shape[1]:
        yield (lambda x: x.T.copy(), f"{name} were transposed", f"{name} were transposed", "a transpose too many or "
               "missing")
    if a.ndim == 1:
        yield (np.zeros_like, f"{name} were all zeros", f"{name} were all zeros", f"{name} is not added (or not "
               "used)")
    nonzero = a[a != 0]
    if nonzero.size and a.size > nonzero.size and np.all(nonzero == nonzero[0]):  # a mask, maybe scaled
        yield (np.ones_like, f"{name} were all ones", f"{name} were all ones", f"the mask {name} is not applied")
    yield (np.negative, f"{name} were negated", f"{name} were negated", f"a sign is flipped where {name} is used")


def _sequence_changes(name: str, s: list | tuple) -> Iterator[Change]:
    if len(s) < 2 or not all(_number(x) for x in s):
        return
    if any(x != 1 for x in s):
        yield (lambda x: type(x)(type(i)(1) for i in x), f"every entry of {name} were 1", f"every entry of {name} "
               "were one", f"{name} is ignored (every entry used as if it were one)")
    if s[0] != s[1]:
        yield (lambda x: type(x)([x[1], x[0], *x[2:]]), f"the first two entries of {name} were swapped",
               f"the first two entries of {name} were swapped", f"the first two entries of {name} are mixed up (e.g. "
               "(out, in) read as (in, out))")
    if len(s) > 2 and list(s) != list(reversed(s)):
        yield (lambda x: type(x)(reversed(x)), f"{name} were in reverse order", f"{name} were in reverse order",
               f"{name} is read in the wrong order")


def variations(arguments: dict[str, Any]) -> Iterator[Variation]:
    """Each way of changing one argument (or one entry of a dict argument) that a typical slip amounts
    to, read off one call's arguments: the settings first, then the arrays, smallest first (a kernel
    before the input it slides over: flipping a kernel that covers its whole input gives what flipping
    the input gives)."""
    arrays = sorted((p for p, v in arguments.items() if isinstance(v, np.ndarray)), key=lambda p: arguments[p].size)
    for param in [p for p in arguments if p not in arrays] + arrays:
        value = arguments[param]
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and key not in ("seed", "rng"):
                    name = f"{param}['{key}']"
                    entry = _array_changes(name, item) if isinstance(item, np.ndarray) else _scalar_changes(name, item)
                    for change, what, plain, hint in entry:
                        yield Variation(what, plain, hint, param, key, change)
            continue
        if isinstance(value, (tuple, list)) and not all(_number(x) for x in value):
            for i, item in enumerate(value[:8]):  # a cache: its arrays, one at a time
                if isinstance(item, np.ndarray):
                    for change, what, plain, hint in _array_changes(f"{param}[{i}]", item):
                        yield Variation(what, plain, hint, param, i, change)
            continue
        changes = (_array_changes(param, value) if isinstance(value, np.ndarray) else
                   _sequence_changes(param, value) if isinstance(value, (list, tuple)) else
                   _scalar_changes(param, value))
        for change, what, plain, hint in changes:
            yield Variation(what, plain, hint, param, None, change)


def callable_with(fn: Callable, arguments: dict[str, Any]) -> bool:
    """fn can be called again with these arguments by name (no *args, no **kwargs)."""
    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) for p in parameters) and \
        set(arguments) <= {p.name for p in parameters}


def _call(fn: Callable, arguments: dict[str, Any]) -> Any:
    args = {k: wire.build_function(v) if isinstance(v, wire.FunctionSpec) else v
            for k, v in copy.deepcopy(arguments).items()}
    with np.errstate(all="ignore"):
        return fn(**args)


def what_if(function: str, fn: Callable, calls: list[dict[str, Any]], locate: Callable[[list[Any]], Any],
            got: Any, expected: Any, tol: Tolerance, budget_s: float = 1.0) -> Finding | None:
    """The first variation of the calls fn(**arguments) (one call, or the steps of a schedule whose
    returns make up the output) whose output equals the student's `got` and not the `expected` one,
    said as a Finding; else None.

    function: the name the student knows fn by; locate: the checked output from what the calls returned.
    """
    g = numeric(got)
    if g is None or not g.size or np.all(g == 0) or (g.size == 1 and float(g.ravel()[0]) in (0.0, 1.0)):
        return None
    if not calls or not all(callable_with(fn, arguments) for arguments in calls):
        return None
    deadline = time.monotonic() + budget_s
    for variation in variations(calls[0]):
        if time.monotonic() > deadline:
            return None
        changed = [variation.apply(arguments) for arguments in calls]
        if any(c is None for c in changed):
            continue
        try:
            value = numeric(locate([_call(fn, arguments) for arguments in changed if arguments is not None]))
        except Exception:  # noqa: BLE001 - a variation the solution rejects tells nothing
            continue
        if value is None or value.shape != g.shape or agree(value, expected, tol) or not agree(g, value, tol):
            continue
        return Finding("as_if", f"yours is what the correct {function}() returns if {variation.what}: {variation.hint}",
                       f"yours is what the correct {function}() returns if {variation.plain}: {variation.hint}")
    return None
