"""The checks graders make: the @graded decorator and the expect_* functions (imported by graders
as autograder.testing).

A grader is a pytest file in the trusted process. Its tests receive the fixtures
``student`` (the submission, called remotely), ``oracle`` (the reference module) and
``rng`` (a NumPy Generator seeded per test, so a test can be re-run on a mistake).
Checks record a Comparison and do not raise, so one test can report every output. A test that
grades several functions puts each one's checks in a `part`, so that a function that is missing
or raises costs only its own checks.
"""
from __future__ import annotations

import builtins
import contextvars
import copy
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Callable

import numpy as np
import pytest

from autograder.grading.compare import compare_arrays, returned_kind
from autograder.results import Comparison, Tolerance, hidden_comparison
from autograder.sandbox.errors import StudentException


class GraderError(Exception):
    """The grader itself is wrong (e.g. a part's declared number of checks); never the student's fault."""


@dataclass(frozen=True)
class PartFailure:
    """A part of a test whose student call raised: its checks were recorded as one failed check.

    message: grader words only (the call's name, the kind of problem, what it costs); hidden_message:
    the same with the part's name as a hidden test shows check names. error: what was raised, whose
    text (the child's words) only TAs and public tests show.
    """

    message: str
    hidden_message: str
    problem: str
    consequence: str
    error: BaseException


@dataclass
class TestContext:
    """What one run of a test observed: its comparisons and the raw outputs behind them.

    weights: a check's weight in partial scoring when it is not 1 (a part that raised stands
    for all the checks it did not make). part_failures: the parts that raised, by check name.
    """

    comparisons: list[Comparison] = field(default_factory=list)
    outputs: dict[str, Any] = field(default_factory=dict)
    match_tolerances: dict[str, Tolerance] = field(default_factory=dict)
    functions_called: set[str] = field(default_factory=set)
    weights: dict[str, float] = field(default_factory=dict)
    part_failures: dict[str, PartFailure] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)  # what a value check compared with, by check name
    returned: list[tuple[str, Any, bool]] = field(default_factory=list)  # (function, its return, whether it
    # is one of its array arguments as given: echoes()), call by call
    trainings: dict[int, Any] = field(default_factory=dict)  # what a call's torch training did (a TrainingRecord of
    # sandbox/training_record.py), by the call's index in returned

    def weight(self, c: Comparison) -> float:
        return self.weights.get(c.name, 1.0)


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


def graded(points: float, hidden: bool = False, partial: bool = False, timeout: float | None = None,
           group: str | None = None) -> Callable[[Callable], Callable]:
    """Declare a test's points. partial=True scores points x (passed checks / checks).

    group: the gradebook column the test's points add up in (default: the test itself).
    """

    def mark(fn: Callable) -> Callable:
        return pytest.mark.graded(points=points, hidden=hidden, partial=partial, timeout=timeout, group=group)(fn)

    return mark


def expect_close(name: str, got: Any, expected: Any, tolerance: Tolerance | None = None,
                 allow_scalar: bool = False, match_tolerance: Tolerance | None = None) -> bool:
    """Compare an output of the student's with the expected value; returns whether it passed.

    match_tolerance: how close the student's output must be to a catalogued mistake's to
    name it (default: the dtype's tolerance); statistical checks need a wider one.
    """
    result = compare_arrays(name, got, expected, tolerance, allow_scalar=allow_scalar)
    _record(name, got, result, match_tolerance, expected)
    return result.passed


def _record(name: str, got: Any, result: Comparison, match_tolerance: Tolerance | None,
            expected: Any = None) -> str:
    """Record one check (and the expected value of a value check, for a diagnosis where no solution
    can be re-run: a student's own `autograder check`); returns its name in the test (made unique)."""
    ctx = current_context()
    if name in ctx.outputs:  # names key the outputs used to match mistakes: keep them unique
        n = 2
        while f"{name} #{n}" in ctx.outputs:
            n += 1
        name = f"{name} #{n}"
        result = result.model_copy(update={"name": name})
    ctx.comparisons.append(result)
    ctx.outputs[name] = got
    if expected is not None:
        ctx.expected[name] = expected
    if match_tolerance is not None:
        ctx.match_tolerances[name] = match_tolerance
    return name


def expect_trajectory(name: str, got: list[Any], expected: np.ndarray, tolerance: Tolerance | None = None) -> bool:
    """Compare a sequence of per-step outputs (e.g. weights after each update) with expected (steps, ...).

    A failure names the first step that leaves the expected trajectory, where a state bug shows.
    """
    steps = len(expected)
    if not isinstance(got, list) or len(got) != steps:
        result = compare_arrays(name, got, expected, tolerance)
        _record(name, got, result, None, expected)
        return result.passed
    for step, (g, e) in enumerate(zip(got, expected), start=1):
        result = compare_arrays(f"{name} after step {step}", g, e, tolerance)
        if not result.passed:
            result = result.model_copy(update={
                "name": name,
                "message": f"{name} leaves the expected trajectory at step {step} of {steps}: "
                           f"{result.message.split(': ', 1)[1]}"})
            break
    else:
        result = Comparison(name=name, passed=True, message=f"{name}: all {steps} steps match")
    _record(name, _stack(got), result, None, expected)
    return result.passed


def expect_true(name: str, condition: bool, message: str) -> bool:
    """A check that is not numeric (a shape rule, a dtype); message says what went wrong."""
    result = Comparison(name=name, passed=bool(condition), kind="check",
                        message=f"{name}: ok" if condition else f"{name}: {message}")
    _record(name, 1.0 if condition else 0.0, result, None)  # the outcome is the output a mistake must reproduce
    return bool(condition)


def expect_arguments_kept(student: Any, function: str, arguments: dict[str, Any],
                          computed: Callable[[Any], bool] | None = None, kept: tuple[str, ...] | None = None,
                          held: tuple[str, ...] = ()) -> Any:
    """Call student.<function>(*arguments.values()) with its array arguments held in the student's process (so
    that a write into them is seen), then one check per array argument: left as given. Returns the call's value.
    For a function that must not change what it is given (a loss's predictions, a split of the data): a write
    into the caller's array is right in the returned values and still a mistake (the caller's data is lost).
    The check says "<function> changed its argument <name> in place", which the diagnosis reads to name the
    line that writes (grading/diagnosis.py). computed: whether what the call returned was computed at all (see
    returns_like); where it was not (a constant, or an argument as given), no check passes: code that does
    nothing leaves its arguments as given too, and earns nothing for it. Wrong values computed are left to the
    function's own tests (not charged twice). kept: the arguments checked (default: every array; a cache the
    student made is an array or not; a dict of parameters only where named here: the update rules' config is
    theirs to write). held: arguments that already live in the student's process (a cache its forward pass
    returned, a handle): what they hold is read back before and after the call, and checked alike."""
    given = {name: np.array(value, copy=True) for name, value in arguments.items() if isinstance(value, np.ndarray)
             and (kept is None or name in kept)}
    given |= {name: copy.deepcopy(value) for name, value in arguments.items()
              if isinstance(value, dict) and kept is not None and name in kept}
    # (a value held that came back as a plain array, not a handle, is kept in the student's process as the others)
    given |= {name: np.array(arguments[name], copy=True) for name in held
              if isinstance(arguments.get(name), np.ndarray)}
    before = {name: copy.deepcopy(_held_value(student, arguments[name])) for name in held
              if name in arguments and name not in given}
    passed = [student.keep(given[name].copy()) if name in given else value for name, value in arguments.items()]
    value = getattr(student, function)(*passed)
    arrays = [a for a in arguments.values() if isinstance(a, np.ndarray)]
    looked_at = getattr(computed, "looked_at", lambda v: v)(value)  # (not a cache beside the output)
    if computed is not None and (not computed(value) or _echoes(looked_at, arrays)):
        # what it returned stands as the checks' output: a catalogued mistake is named here only where it returns
        # the same (a constant outcome would fit every mistake of the function)
        shown = _numbers_of(value)
        for name in [*given, *before]:
            check = f"{name} ({function})"
            _record(check, shown, Comparison(name=check, passed=False, kind="check", message=f"{check}: not "
                                             f"checked: {function} returned nothing it computed (a constant, an "
                                             "argument as given, or not what it is asked to return); leaving its "
                                             "arguments as given earns credit only beside values computed"), None)
        return value
    for (name, _), handle in zip(arguments.items(), passed):
        if name not in given:
            continue
        after = student.fetch(handle)
        if isinstance(given[name], dict):
            changed = _entries_changed(after, given[name])
            expect_true(f"{name} ({function})", not changed,
                        f"{function} changed its argument {name} in place ({changed}): the caller's {name} is not "
                        f"the caller's any more; keep what you need in locals (or in a copy, dict({name})) and "
                        f"leave {name} as given")
            continue
        expect_true(f"{name} ({function})", _same_entry(after, given[name]),
                    f"{function} changed its argument {name} in place (an augmented assignment such as `{name} -= "
                    f"...`, or a write into another name for it, changes the caller's array): compute into a new "
                    f"array and leave {name} as given")
    for name, was in before.items():
        now = _held_value(student, arguments[name])
        if was is _UNREADABLE or now is _UNREADABLE:  # (one check a name all the same: the part counts them)
            expect_true(f"{name} ({function})", True, f"{name} could not be read back from your process: not "
                        "checked")
            continue
        expect_true(f"{name} ({function})", _same_nested(now, was),
                    f"{function} changed its argument {name} in place (an augmented assignment such as `{name} *= "
                    f"...`, or a write into another name for it, changes what the caller keeps there: the forward "
                    f"pass's arrays): compute into a new array and leave {name} as given")
    return value


_UNREADABLE = object()


def _held_value(student: Any, handle: Any) -> Any:
    """What a value kept in the student's process holds now (_UNREADABLE where it cannot be read back)."""
    try:
        return student.fetch(handle)
    except Exception:  # noqa: BLE001 - a value that cannot travel back is not checked
        return _UNREADABLE


def _same_nested(after: Any, given: Any) -> bool:
    """_same_entry, item by item through tuples, lists and dicts (a cache of several arrays); a number equal to
    itself where both are NaN."""
    if isinstance(given, (tuple, list)):
        return isinstance(after, (tuple, list)) and len(after) == len(given) and \
            all(_same_nested(a, g) for a, g in zip(after, given))
    if isinstance(given, dict):
        return isinstance(after, dict) and after.keys() == given.keys() and \
            all(_same_nested(after[k], given[k]) for k in given)
    if isinstance(given, (float, np.number)) and not isinstance(given, bool):
        return isinstance(after, (float, int, np.number)) and \
            bool(np.array_equal(np.asarray(after), np.asarray(given), equal_nan=True))
    return _same_entry(after, given)


def _entries_changed(after: Any, given: dict) -> str:
    """What a call did to a dict it was given, in words ("" where nothing): entries added, removed, changed."""
    if not isinstance(after, dict):
        return f"it is now a {type(after).__name__}"
    added, removed = sorted(map(str, set(after) - set(given))), sorted(map(str, set(given) - set(after)))
    changed = sorted(str(k) for k in set(after) & set(given) if not _same_entry(after[k], given[k]))
    said = [f"{what} {', '.join(keys)}" for what, keys in (("added", added), ("removed", removed),
                                                             ("changed", changed)) if keys]
    return "; ".join(said)


def _same_entry(after: Any, given: Any) -> bool:
    """What a call left of a value it was given is that value: an array of the same shape and entries (NaN where it
    had NaN), or an equal object."""
    if isinstance(given, np.ndarray):
        return isinstance(after, np.ndarray) and after.shape == given.shape and \
            bool(np.array_equal(after, given, equal_nan=True))
    try:
        return bool(after == given)
    except Exception:  # noqa: BLE001 - values that cannot be compared are not the same
        return False


def _numbers_of(value: Any) -> Any:
    """The numbers a call returned, flattened into one array (the parts of a tuple that hold numbers; a cache kept
    in the student's process holds none here); 0.0 where it returned none."""
    parts = value if isinstance(value, (tuple, list)) else (value,)
    numbers = []
    for part in parts:
        try:
            array = np.asarray(part, dtype=np.float64)
        except (TypeError, ValueError):
            continue
        numbers.append(array.ravel())
    return np.concatenate(numbers) if numbers else 0.0


def returns_like(expected: Any, first: bool = False) -> Callable[[Any], bool]:
    """A `computed` for expect_arguments_kept: the call returned values of the expected's form (a tuple part by
    part: the same shapes), finite, and no array among them constant (zeros, a fill); first: only the first part
    of what it returned is looked at (a forward pass's output beside a cache of the student's own). Right or
    wrong is the function's own tests' to say: this tells code that computes from code that does nothing."""
    def alike(got: Any, want: Any) -> bool:
        x, y = _numbers_of(got), np.asarray(want, dtype=np.float64)
        if not isinstance(x, np.ndarray) or x.size != y.size or np.shape(got) != y.shape or \
                not np.isfinite(x).all():
            return False
        return x.size < 2 or bool(np.ptp(x) > 0)

    def looked_at(value: Any) -> Any:
        return (value[0] if isinstance(value, (tuple, list)) and value else None) if first else value

    def computed(value: Any) -> bool:
        value = looked_at(value)
        if isinstance(expected, tuple):
            return isinstance(value, (tuple, list)) and len(value) == len(expected) and \
                all(alike(v, e) for v, e in zip(value, expected))
        return alike(value, expected)
    computed.looked_at = looked_at  # type: ignore[attr-defined]
    return computed


def _echoes(value: Any, arrays: list[np.ndarray]) -> bool:
    """A part of what a call returned is one of its array arguments as given (w returned as it came)."""
    parts = value if isinstance(value, (tuple, list)) else (value,)
    return any(isinstance(p, np.ndarray) and p.shape == a.shape and np.array_equal(p, a) for p in parts for a in arrays)


GLOBAL_RANDOM_CHECK = "np.random's global generator left alone"


def expect_global_random_untouched(student: Any, function: str, reproducible: bool = True) -> bool:
    """One check: no call of student.<function> so far seeded or drew from NumPy's global generator, where its draws
    are reproducible (reproducible: the test's same-seed check passed). For a function given a seed that it must draw
    with: np.random.seed(seed) and then np.random.normal(...) reproduces its draws (every statistical and same-seed
    check passes) but reseeds every later random draw of the program calling it. Draws that a seed does not
    reproduce fail the same-seed check already, whatever generator they come from: this one passes then (so that
    unseeded draws from any generator fail the same checks, and are named as one mistake)."""
    return expect_true(GLOBAL_RANDOM_CHECK, function not in student.changed_numpy_random or not reproducible,
                       f"{function}() seeded or drew from NumPy's global generator (np.random.seed, np.random.normal, "
                       "...), which changes every later random draw of the program that calls it: leave it alone "
                       "(no np.random.seed, no np.random.<draw>) and draw only from rng = "
                       "np.random.default_rng(seed)")


def _stack(values: list[Any]) -> Any:
    """Per-step outputs as one array (for matching against a mistake), when they are plain numbers."""
    numeric = all(isinstance(v, (np.ndarray, int, float, np.number)) and not isinstance(v, bool) for v in values)
    if numeric and len({np.shape(v) for v in values}) == 1:
        return np.array(values, dtype=np.float64)
    return values


def expect_accuracy(name: str, logits: Any, labels: np.ndarray, low: float, high: float,
                    seen_labels: np.ndarray | None = None) -> float:
    """Accuracy computed here from the student's logits (N, C) on labels they never saw; credit scales
    linearly from 0 at `low` to 1 at `high`. The logits are recorded so a catalogued mistake that
    produces the same logits can be named. Returns the credit.

    seen_labels: the labels of training images asked for after the test images (evaluation.with_seen_images):
    the logits then have len(labels) + len(seen_labels) rows, the last ones scored apart (not for credit: how
    well the model fits what it trained on, which the diagnosis reads)."""
    seen = np.asarray(seen_labels) if seen_labels is not None else np.zeros(0, dtype=int)
    n = len(labels) + len(seen)
    # (one column is no logits: its argmax is class 0 for every image, whatever the model learned)
    if not isinstance(logits, np.ndarray) or logits.ndim != 2 or logits.shape[0] != n or logits.shape[1] < 2 \
            or logits.dtype.kind not in "fiu":
        what = f"shape {logits.shape} {logits.dtype}" if isinstance(logits, np.ndarray) else returned_kind(logits)
        # no got_shape: for a hidden test it says "usable logits" and would show the message, which quotes the
        # shape the student's code chose (results.hidden_comparison)
        result = Comparison(name=name, passed=False, kind="score", credit=0.0, expected_shape=[n],
                            message=f"{name}: expected logits of shape ({n}, classes), got {what}")
        _record(name, logits, result, None)
        return 0.0
    finite = np.isfinite(logits).all()
    predicted = logits.argmax(axis=1)
    accuracy = float((predicted[:len(labels)] == labels).mean()) if finite else 0.0
    seen_accuracy = float((predicted[len(labels):] == seen).mean()) if finite and len(seen) else None
    credit = float(np.clip((accuracy - low) / (high - low), 0.0, 1.0)) if finite else 0.0
    never = _never_predicted(np.asarray(labels), predicted[:len(labels)]) if finite else []
    message = (f"{name}: accuracy {accuracy:.3f} (full points at {high:.2f}, none below {low:.2f})" if finite
               else f"{name}: the logits contain NaN or Inf")
    result = Comparison(name=name, passed=credit >= 1.0, kind="score", credit=credit, message=message,
                        got_shape=list(logits.shape), got_dtype=str(logits.dtype),
                        accuracy=accuracy if finite else None, seen_accuracy=seen_accuracy, seen_count=len(seen),
                        never_predicted=never)
    _record(name, logits, result, Tolerance(rtol=1e-5, atol=1e-5))
    return credit


def _never_predicted(labels: np.ndarray, predicted: np.ndarray) -> list[tuple[int, int, bool]]:
    """The one class of the test images never predicted (with how many test images it has, and whether it is the
    highest label), where the test split has four classes or more and the images of the others are predicted at
    0.9 or better (a model that learned all but that class); else []. With two or three classes, or many other
    predictions wrong (a model that learned poorly misses some class too), it is what many mistakes give."""
    classes, counts = np.unique(labels, return_counts=True)
    never = [(int(k), int(n), bool(k == classes[-1])) for k, n in zip(classes, counts) if not np.any(predicted == k)]
    if len(classes) < 4 or len(never) != 1:
        return []
    others = labels != never[0][0]
    return never if float((predicted[others] == labels[others]).mean()) >= 0.9 else []


def expect_raises(name: str, call: Callable[[], Any], exception: str = "ValueError") -> bool:
    """A check that call() raises the named exception (e.g. an invalid configuration is rejected)."""
    from autograder.sandbox.errors import StudentCodeError, StudentException

    try:
        value = call()
    except StudentCodeError as e:  # from the sandbox: only a raised exception counts, not a crash
        if not isinstance(e, StudentException) or e.not_implemented:
            raise
        raised = e.type_name
    except NotImplementedError:
        raise
    except Exception as e:  # noqa: BLE001 - trusted code run in-process (solution, mistakes)
        raised = type(e).__name__
    else:
        raised = None
    ok = raised == exception
    if ok:
        message = f"{name}: raises {exception}"
    elif raised is None:
        message = f"{name}: should raise {exception}, but returned {value!r}"
    else:
        message = f"{name}: raised {raised}, expected {exception}"
    _record(name, 1.0 if ok else 0.0, Comparison(name=name, passed=ok, message=message, kind="check"), None)
    return ok


def expect_one_of(name: str, got: Any, accepted: dict[str, Any], tolerance: Tolerance | None = None) -> bool:
    """Compare got with several accepted answers, by the name of the convention each follows (where
    legitimate conventions differ, e.g. which of tied maxima gets max pooling's gradient); passes when
    it matches any. The first is the reference's convention: a failure is reported against it."""
    results = {label: compare_arrays(name, got, expected, tolerance) for label, expected in accepted.items()}
    matched = next((label for label, r in results.items() if r.passed), None)
    if matched is not None:
        result = results[matched].model_copy(update={"message": f"{name}: ok ({matched})"})
    else:
        first = next(iter(results.values()))
        result = first.model_copy(update={"message": f"{first.message} (accepted: {'; '.join(accepted)})"})
    _record(name, got, result, None)
    return result.passed


# What the grader's own use of a returned value raises when the value is unusable (unpacking a
# single array into (out, cache), indexing a None): the student's doing, like an exception in their code.
_UNUSABLE_RETURN = (TypeError, ValueError, IndexError, KeyError, AttributeError)


def _unusable_return(error: BaseException, grader_file: str) -> bool:
    """An exception raised by the grader's own code (grader_file) on a value the student returned, as
    opposed to one raised inside the reference, the framework or a trusted module (the instructor's
    error, or a mutant's): only the former is the student's doing."""
    if not isinstance(error, _UNUSABLE_RETURN):
        return False
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and tb.tb_frame.f_code.co_filename == grader_file


def _problem_of(error: BaseException, part_name: str) -> tuple[str, str | None]:
    """(what went wrong, in grader words only; the name of the student's function that raised, if known).

    The child chooses an exception's type name and message: only the call's name (the grader's) and
    the kind of problem are used, and a type name only when it is one of Python's own exceptions."""
    if not isinstance(error, StudentException):
        return (f"{part_name}: the grader could not use a value it returned (check the number and kind of "
                "values returned)"), None
    function = error.function
    if error.type_name == "MissingFunction":
        return f"{function}() is missing", function
    if error.not_implemented:
        return f"{function}() is not implemented yet", function
    builtin = getattr(builtins, error.type_name, None)
    is_builtin = isinstance(builtin, type) and issubclass(builtin, BaseException)
    return f"{function}() raised {error.type_name if is_builtin else 'an exception'}", function


def _consequence(part_name: str, function: str | None, left: float, made: float, note: str) -> str:
    """What a part that raised costs: e.g. 'its 3 checks earn nothing; the rest of this test is scored on its own'."""
    count = "check" if left == 1 else f"{left:g} checks"
    if made:
        what = f"the remaining {count} of {part_name}"
    else:
        what = f"its {count}" if function == part_name else f"the {count} of {part_name}"
    note = f" ({note})" if note else ""
    return f"{what} {'earns' if left == 1 else 'earn'} nothing{note}; the rest of this test is scored on its own"


class Part:
    """The checks of one function (or one case) in a test that grades several, scored on their own.

        with part("rmsprop"):
            expect_trajectory("W (rmsprop)", path(student.rmsprop), expected_rmsprop)
        with part("nesterov_momentum"):
            expect_trajectory("W (nesterov_momentum)", path(student.nesterov_momentum), expected_nesterov)

    checks: how many checks the part makes when all goes well (checked: a miscount is a GraderError).
    When the student's code raises inside the part (a missing function, NotImplementedError, any
    exception), or returns a value the grader cannot use, the rest of the part is skipped and the checks
    it did not make are recorded as one failed check named after the part, weighing as many checks;
    the test goes on, and partial=True scores it per check as usual. A timeout, a crash, a broken reply
    or a used-up time budget still end the test: the child is gone, and what follows would not run.

    Compute expected values (oracle calls) before the part: a student release replays the oracle's
    answers in order, and a part that stops early must not skip one. A part that needs another part's
    output (a backward pass on its forward pass's cache) goes inside it; the outer part counts its checks.
    note: added to the failure message, in grader words (e.g. what else depends on this function).
    """

    def __init__(self, name: str, checks: int = 1, note: str = "") -> None:
        if checks < 1:
            raise GraderError(f"part {name!r}: a part makes at least one check")
        self.name = name
        self.checks = checks
        self.note = note
        self.error: BaseException | None = None  # what the student's code raised in it, if it did
        self._ctx: TestContext | None = None
        self._start = 0

    @property
    def failed(self) -> bool:
        return self.error is not None

    def __enter__(self) -> Part:
        self._ctx = current_context()
        self._start = len(self._ctx.comparisons)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        ctx = self._ctx
        assert ctx is not None
        made = sum(ctx.weight(c) for c in ctx.comparisons[self._start:])
        if exc is None:
            if made != self.checks:
                raise GraderError(f"part {self.name!r} declares {self.checks} checks but made {made:g}")
            return False
        grader_file = tb.tb_frame.f_code.co_filename if tb is not None else ""  # where the `with` is
        if not isinstance(exc, StudentException) and not _unusable_return(exc, grader_file):
            return False  # a timeout, a crash, the budget, the reference or the grader failing: the test ends here
        self.error = exc
        left = max(1.0, self.checks - made)  # at least one: a call that raised after its checks still costs
        problem, function = _problem_of(exc, self.name)
        consequence = _consequence(self.name, function, left, made, self.note)
        # A hidden test shows the part's name as it shows a check's: without values a grader drew into it.
        hidden_name = hidden_comparison(Comparison(name=self.name, passed=False, message="")).name
        hidden_problem = _problem_of(exc, hidden_name)[0]
        hidden = f"{hidden_problem}: {_consequence(hidden_name, function, left, made, self.note)}"
        message = f"{problem}: {consequence}"
        # The recorded output is a constant: nothing the child chose.
        name = _record(self.name, 0.0, Comparison(name=self.name, passed=False, kind="check", message=message), None)
        if left != 1:
            ctx.weights[name] = left
        ctx.part_failures[name] = PartFailure(message=message, hidden_message=hidden, problem=problem,
                                              consequence=consequence, error=exc)
        return True


def part(name: str, checks: int = 1, note: str = "") -> Part:
    """`with part("nesterov_momentum"):` scores the checks inside on their own (see Part)."""
    return Part(name, checks, note)


def or_fallback(call: Callable[[], Any], fallback: Any) -> Any:
    """call()'s value, or fallback when the student's code raises in it or returns something unusable.

    For a value another function needs whose own checks are elsewhere: the cache of a forward pass,
    with the documented cache as fallback, so that the backward pass is graded on its own when the
    forward pass is missing or raises. A timeout or a crash still ends the test.
    """
    try:
        return call()
    except StudentException:
        return fallback
    except _UNUSABLE_RETURN as e:
        if _unusable_return(e, getattr(getattr(call, "__code__", None), "co_filename", "")):
            return fallback
        raise


class SpeedCheck:
    """The `speed` fixture: speed.compare(student, "conv_forward_fast", x, w, b, param, max_ratio=8).

    Timed calls are the student's ordinary calls (through the `student` fixture, within the test's
    budget), each on fresh inputs and checked against the reference's output (see grading/timing.py).
    """

    def __init__(self, get_reference: Callable[[], Any] | None, note: str = "") -> None:
        self._get_reference = get_reference  # None: not measurable in this run (local code, no reference)
        self._note = note

    def _not_measured(self, name: str) -> Comparison:
        return Comparison(name=name, passed=True, kind="timing", message=f"{name}: not measured here{self._note}")

    def _sides(self, student: Any, function: str) -> tuple[Any, Any, Any] | None:
        """(student's timed side, reference's timed side, the reference's process), or None when not measurable."""
        from autograder.grading.timing import TimedSide

        if self._get_reference is None or getattr(student, "_process", None) is None:
            return None
        reference = self._get_reference()
        keep = student.kept_positions(function)
        return (TimedSide(lambda fn, *a, **k: getattr(student, fn)(*a, **k)),
                TimedSide(lambda fn, *a, **k: reference.call(fn, *a, keep=keep, **k)), reference)

    def compare(self, student: Any, function: str, *args: Any, max_ratio: float, reference_function: str | None = None,
                repeats: int = 3, tolerance: Tolerance | None = None, **kwargs: Any) -> bool:
        """Time function(*args, **kwargs) against the reference's; outputs must match within tolerance."""
        from autograder.grading.timing import compare_speed

        name = f"time of {function}()"
        sides = self._sides(student, function)
        if sides is None:
            result = self._not_measured(name)
        else:
            result = compare_speed(name, *sides[:2], function, args, kwargs, max_ratio, reference_function, repeats,
                                   tolerance=tolerance)
        _record(name, result.ratio, result, None)
        return result.passed

    def compare_backward(self, student: Any, forward: str, backward: str, forward_args: tuple, dout: Any, *,
                         max_ratio: float, reference_forward: str | None = None,
                         reference_backward: str | None = None, repeats: int = 3,
                         tolerance: Tolerance | None = None) -> bool:
        """Time backward(dout, cache) where each side's cache comes from its own forward(*forward_args)."""
        from autograder.grading.timing import compare_speed

        name = f"time of {backward}()"
        sides = self._sides(student, backward)
        if sides is None:
            result = self._not_measured(name)
        else:
            student_side, reference_side, reference = sides
            student_cache = getattr(student, forward)(*forward_args)[1]
            reference_cache = reference.call(reference_forward or forward, *forward_args,
                                             keep=student.kept_positions(forward) or [1])[1]
            result = compare_speed(name, student_side, reference_side, backward, (dout, student_cache), {}, max_ratio,
                                   reference_backward, repeats, reference_args=lambda a: (a[0], reference_cache),
                                   tolerance=tolerance)
        _record(name, result.ratio, result, None)
        return result.passed


def scalar_tolerance(rtol: float = 1e-7, atol: float = 1e-10) -> Tolerance:
    return Tolerance(rtol=rtol, atol=atol)


def as_float_array(value: Any) -> Any:
    """Scalars the student returns as numpy or Python numbers become 0-d arrays for comparison."""
    if isinstance(value, (int, float, np.number)) and not isinstance(value, bool):
        return np.asarray(value, dtype=np.float64)
    return value
