"""Mutation audit of an assignment's graders: which behaviour of the solution do they not test?

Each graded function of the solution (`AssignmentSpec.functions`) is changed one small step at a
time: an operator swapped, a constant off by one, an axis changed, a term dropped, a reduction
swapped, a transpose or a copy dropped, a statement deleted, a loop cut short (OPERATORS). Each
mutant is the solution with that one function changed, graded by the assignment's own graders.
A mutant is *killed* when it loses points and *survives* when it still earns full marks: a
survivor is a behaviour no grader checks, or a rewrite that changes nothing (an equivalent
mutant). A cheap, honest filter flags survivors whose outputs are bit-identical to the
solution's on the graders' inputs and on redrawn ones as "likely equivalent"; the rest is for
a human to judge.

Why a mutator of our own rather than mutmut or cosmic-ray: those tools mutate a project's files
on disk and run the project's whole test runner once per mutant, in a fresh process (seconds each,
a torch import each for a6), and know nothing of graders' points. Here the unit is one function of
one file and its graders are an in-process pytest run of tens of milliseconds, so a mutant is a
fork of a process that has the graders' imports loaded, running only the grader tests that reach
the mutated function (learnt from the solution's own run), cheap ones first, stopping at the first
that loses points: ~0.1-0.3 s a mutant for a1-a5.

Mutants are trusted instructor code (derived from the solution), graded in-process the way
`grading.run.grade_local_module` grades the solution; but one can loop forever or allocate without
end, so each runs in a forked child with a CPU-time limit and an address-space limit.
In-process grading differs from the sandbox in a few ways, handled so that a mutant is killed
here exactly when real grading would kill it:
- arguments cross the sandbox's wire as copies, so a mutant that writes into an argument is
  invisible to the grader there; here each call gets deep copies too, except the objects that
  live in the student's process in the sandbox (`student.keep` values, kept caches);
- timing checks (`speed`) are not measured in-process: a mutant that is only slower survives;
- hidden tests draw the fixed inputs (no student seed): a survivor here may still be caught on
  some students' inputs, and vice versa.
"""
from __future__ import annotations

import ast
import contextlib
import copy
import ctypes
import importlib
import inspect
import io
import itertools
import math
import multiprocessing
import os
import re
import resource
import signal
import sys
import time
import types
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Literal
from unittest import mock

import numpy as np
import pytest
from pydantic import BaseModel, Field

from autograder.course.assignment import AssignmentSpec
from autograder.grading.mutants import (
    OPERATORS,
    LineTracer,
    Mutant,
    MutationAuditError,
    function_mutants,
    top_level_function,
)
from autograder.grading.run import grade_local_module
from autograder.grading.student import LocalStudent
from autograder.results import TestResult, utc_timestamp
from autograder.sandbox.gpu import child_gets_gpu
from autograder.version import __version__

DEFAULT_MAX_PER_FUNCTION = 40  # keeps a function with many constants (conv loops) to about a minute
MIN_TIMEOUT_S = 10.0
TIMEOUT_FACTOR = 10.0  # a mutant may use this many times the CPU time of the solution's grading run
WALL_FACTOR = 3.0  # ... and wait this many times that (a mutant that blocks uses no CPU)
GRADER_HEADROOM_MB = 3072  # the grader's own process (pytest, NumPy, torch) on top of the student's memory
EQUIVALENCE_CALLS = 8  # the graders' inputs tried per function (at most 2 from each test)
EQUIVALENCE_REDRAWS = 3  # rounds of redrawn inputs tried after them (arrays; then ints; then float settings)
EQUIVALENCE_REDRAW_BASES = 4  # graders' calls each round redraws, those that ran the mutated line first
EQUIVALENCE_MAX_VARIANTS = 60  # inputs like the graders' tried in all
EQUIVALENCE_MAX_CALL_S = 0.25  # "only if cheap": a function slower than this is left to the human

_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a child gets when its parent dies

Status = Literal["killed", "survived", "timeout", "error"]
Equivalence = Literal["likely equivalent", "differs", "not checked"]


# ----------------------------------------------------------------- the report
class MutantResult(BaseModel):
    mutant: Mutant
    status: Status
    score: float | None = None
    max_score: float | None = None
    killed_by: list[str] = Field(default_factory=list, description="the tests that lost points")
    executed: bool | None = Field(default=None, description="whether the graders ran the mutated line at all")
    equivalence: Equivalence | None = Field(default=None, description="survivors only")
    equivalence_note: str = ""
    detail: str = Field(default="", description="why it errored or timed out; a killing test's message")
    duration_s: float = 0.0


class AssignmentAudit(BaseModel):
    assignment: str
    functions: list[str] = Field(description="the graded functions audited")
    not_audited: list[str] = Field(default_factory=list, description="graded functions left out (--functions)")
    generated: dict[str, int] = Field(description="mutants generated per function, before the cap")
    max_per_function: int | None
    total: int
    killed: int
    survived: int
    timeouts: int
    errors: int
    mutation_score: float | None = Field(
        description="(killed + timeouts) / (killed + survived + timeouts): a timeout fails a graded call too")
    likely_equivalent: int
    baseline_s: float = Field(description="the solution's in-process grading run")
    timeout_s: float
    workers: int
    duration_s: float
    results: list[MutantResult]

    @property
    def survivors(self) -> list[MutantResult]:
        return [r for r in self.results if r.status == "survived"]


class MutationReport(BaseModel):
    created_at: str = Field(default_factory=utc_timestamp)
    grader_version: str = __version__
    operators: dict[str, str] = Field(default_factory=lambda: dict(OPERATORS))
    assignments: list[AssignmentAudit] = Field(default_factory=list)



def select_mutants(mutants: list[Mutant], cap: int | None) -> list[Mutant]:
    """At most cap mutants, deterministically: operators taken in turn (the first of each, then the
    second of each...), so a cap keeps every kind of change rather than the first lines only."""
    if cap is None or len(mutants) <= cap:
        return mutants
    rank: dict[str, int] = {}
    order = []
    for position, m in enumerate(mutants):
        rank[m.operator] = rank.get(m.operator, -1) + 1
        order.append((rank[m.operator], position, m))
    kept = sorted(order, key=lambda o: (o[0], o[1]))[:cap]
    return [m for _, _, m in sorted(kept, key=lambda o: o[1])]


# ----------------------------------------------------------------- grading one module in a child
class _KeptObjects:
    """Objects that stay in the student's process in the sandbox (student.keep values, kept caches):
    calls get them as they are, every other argument as a copy, as over the wire."""

    def __init__(self) -> None:
        self._objects: dict[int, Any] = {}  # holding them also keeps their ids from being reused

    def add(self, value: Any) -> Any:
        self._objects[id(value)] = value
        return value

    def keep(self, value: Any) -> Any:
        return self.add(copy.deepcopy(value))

    def copy_in(self, value: Any) -> Any:
        return copy.deepcopy(value, dict(self._objects))  # the memo maps each kept object to itself


def _across_the_wire(fn: Callable, positions: list[int] | None, kept: _KeptObjects) -> Callable:
    def call(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = kept.copy_in((args, kwargs))
        value = fn(*args, **kwargs)
        if positions and -1 in positions:
            kept.add(value)
        elif positions and isinstance(value, tuple):
            for p in positions:
                if p < len(value):
                    kept.add(value[p])
        return value

    return call


def _facade(module: types.ModuleType, keep: dict[str, list[int]], kept: _KeptObjects) -> types.ModuleType:
    """What the graders' `student` sees: the module's functions called as through the sandbox."""
    facade = types.ModuleType(module.__name__)
    for name, value in vars(module).items():
        wrapped = _across_the_wire(value, keep.get(name), kept) if isinstance(value, types.FunctionType) else value
        setattr(facade, name, wrapped)
    return facade


@dataclass
class _RecordedCall:
    args: tuple
    kwargs: dict
    seconds: float
    covered: bool  # the mutated line ran during this call


@dataclass
class _Recorder:
    """Calls of one function (its inputs as they were): the first few of each grader test, so that
    every way the graders call it (a mode, a setting, a loss with and without labels) is among them."""

    limit: int
    per_test: int = 2
    tracer: LineTracer | None = None
    calls: list[_RecordedCall] = field(default_factory=list)
    _by_test: dict[str, int] = field(default_factory=dict)

    def wrap(self, fn: Callable) -> Callable:
        def recorded(*args: Any, **kwargs: Any) -> Any:
            snapshot = None
            test = os.environ.get("PYTEST_CURRENT_TEST", "")
            if len(self.calls) < self.limit and self._by_test.get(test, 0) < self.per_test:
                self._by_test[test] = self._by_test.get(test, 0) + 1
                try:
                    snapshot = copy.deepcopy((args, kwargs))
                except Exception:  # noqa: BLE001 - an input that cannot be copied is not recorded
                    snapshot = None
            started, hits = time.perf_counter(), self.tracer.hits if self.tracer else 0
            value = fn(*args, **kwargs)
            if snapshot is not None:
                covered = self.tracer is None or self.tracer.hits > hits
                self.calls.append(_RecordedCall(snapshot[0], snapshot[1], time.perf_counter() - started, covered))
            return value

        return recorded


_TEST_NAME = re.compile(r"::([^:\s\[]+)")


@dataclass
class _Reach:
    """What the solution's grading run showed: which tests call each function (directly or through
    another), and which parameters some call left to their default."""

    tests: dict[str, set[str]] = field(default_factory=dict)
    defaulted: dict[str, set[str]] = field(default_factory=dict)

    def trace(self, fn: Callable, name: str) -> Callable:
        signature = inspect.signature(fn)

        def traced(*args: Any, **kwargs: Any) -> Any:
            match = _TEST_NAME.search(os.environ.get("PYTEST_CURRENT_TEST", ""))
            if match:
                self.tests.setdefault(name, set()).add(match.group(1))
            try:
                given = signature.bind(*args, **kwargs).arguments
                self.defaulted.setdefault(name, set()).update(p for p in signature.parameters if p not in given)
            except TypeError:
                pass
            return fn(*args, **kwargs)

        return traced


def _module_from_source(source: str, path: Path, name: str) -> types.ModuleType:
    """Trusted instructor code (the solution or a mutant of it), compiled under the solution's file name."""
    module = types.ModuleType(name)
    module.__file__ = str(path)
    exec(compile(source, str(path), "exec"), module.__dict__)  # noqa: S102 - the instructor's own code
    return module


@dataclass
class _Task:
    """What one child grades: the solution itself (mutant None, the baseline) or one mutant."""

    spec: AssignmentSpec
    source: str
    solution: str = ""  # the unmutated source, for the equivalence filter
    mutant: Mutant | None = None
    batches: list[str] = field(default_factory=lambda: [""])  # -k expressions run in turn ("" all tests)
    equivalence: bool = True
    memory_mb: int | None = None
    threads: int = 1
    cpu_limit_s: float | None = None  # the kernel's backstop (RLIMIT_CPU) behind the parent's own timeout


def _bound_child(task: _Task) -> None:
    """The child's limits: memory, CPU time, CPU threads, no output onto the instructor's terminal,
    and no life after its parent (a runaway mutant must not outlive a killed audit)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if task.memory_mb:
        limit = task.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if task.cpu_limit_s:
        seconds = int(task.cpu_limit_s) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(task.threads)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(task.threads)
    except ImportError:
        pass


def _grade(task: _Task) -> dict[str, Any]:
    """Grade the task's module in this process; the outcome as plain data for the parent."""
    spec = task.spec
    module = _module_from_source(task.source, spec.solution_file, f"mutation_{spec.module_name}")
    recorder, original = _Recorder(EQUIVALENCE_CALLS), None
    reach = _Reach()
    if task.mutant is None:  # the baseline notes which tests reach each function, for the mutants' -k
        for name in spec.functions:
            if isinstance(getattr(module, name, None), types.FunctionType):
                setattr(module, name, reach.trace(getattr(module, name), name))
    else:
        original = getattr(module, task.mutant.function)
        setattr(module, task.mutant.function, recorder.wrap(original))
    kept = _KeptObjects()
    started = time.monotonic()
    tracer = LineTracer(original, watch=task.mutant.line) if task.mutant is not None else contextlib.nullcontext()
    recorder.tracer = tracer if isinstance(tracer, LineTracer) else None
    tests: list[TestResult] = []
    with mock.patch.object(LocalStudent, "keep", staticmethod(kept.keep)), tracer:
        for select in task.batches:  # cheap tests first; the first batch that loses points ends the run
            result = grade_local_module(spec, _facade(module, spec.keep_in_child, kept), mode="check",
                                        select=select or None)
            tests += result.tests
            if any(t.points_earned < t.points_possible - 1e-9 for t in result.tests):
                break
    lost = [t for t in tests if t.points_earned < t.points_possible - 1e-9]
    outcome: dict[str, Any] = {
        "status": "killed" if lost else "survived", "score": round(sum(t.points_earned for t in tests), 6),
        "max_score": round(sum(t.points_possible for t in tests), 6), "killed_by": [t.id for t in lost],
        "detail": _first_line(lost[0].message) if lost else "", "duration_s": round(time.monotonic() - started, 3),
        "reached": {k: sorted(v) for k, v in reach.tests.items()},
        "defaulted": {k: sorted(v) for k, v in reach.defaulted.items()},
        "test_durations": {t.id: t.duration_s for t in tests}}
    if task.mutant is not None:
        outcome["executed"] = task.mutant.line in tracer.lines  # type: ignore[union-attr]
        if not lost and task.equivalence:
            outcome["equivalence"], outcome["equivalence_note"] = _equivalence(
                task, original, recorder.calls, outcome["executed"])
    return outcome


def _first_line(message: str, limit: int = 160) -> str:
    line = message.strip().splitlines()[0] if message.strip() else ""
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _child_main(conn: Connection, task: _Task) -> None:
    _bound_child(task)
    try:
        outcome = _grade(task)
    except BaseException as e:  # noqa: BLE001 - whatever stops the grading run is the mutant's outcome
        outcome = {"status": "error", "detail": _first_line(f"{type(e).__name__}: {e}", 400)}
    conn.send(outcome)
    conn.close()


# ----------------------------------------------------------------- the equivalence filter
def _equivalence(task: _Task, mutated: Callable, calls: list[_RecordedCall],
                 executed: bool) -> tuple[Equivalence, str]:
    """Compare the mutated function with the solution's, bit for bit (outputs and arguments after
    the call), on the graders' own inputs and on redrawn ones. Honest by construction: a line the
    graders never run is not judged, and "likely equivalent" needs at least one redrawn input
    (defaults made explicit and varied too) on which the solution returned finite values."""
    assert task.mutant is not None
    if not executed:
        return "not checked", "the graders never run this line: no test reaches this case"
    if not calls:
        return "not checked", "the graders never call this function with inputs that can be copied"
    slowest = max(c.seconds for c in calls)
    if slowest > EQUIVALENCE_MAX_CALL_S:
        return "not checked", f"one call takes {slowest:.2f} s; left to a human"
    solution = getattr(_module_from_source(task.solution, task.spec.solution_file, "mutation_solution"),
                       task.mutant.function)
    first = calls[0]
    if not _same(_outcome(solution, first.args, first.kwargs), _outcome(solution, first.args, first.kwargs)):
        return "not checked", "the solution's function gives different results on the same inputs"
    for c in calls:
        verdict, _ = _compare(solution, mutated, c.args, c.kwargs, task.mutant.line)
        if verdict:
            return "differs", f"on the graders' own inputs: {verdict}"
    informative = 0
    strings = _string_constants(task.solution, task.mutant.function)
    bases = sorted(calls, key=lambda c: not c.covered)  # calls that ran the mutated line first
    for args, kwargs, how in _variants(solution, bases, strings, task.mutant.parameter):
        expected = _outcome(solution, args, kwargs)
        if not _same(expected, _outcome(solution, args, kwargs)):
            continue  # random without a seed on these inputs (a seed left out): nothing to compare
        verdict, ran = _compare(solution, mutated, args, kwargs, task.mutant.line)
        if verdict:
            return "differs", f"{how}: {verdict}"
        if ran and expected[0] == "returned" and _has_finite(expected[1]):
            informative += 1  # only inputs that run the mutated line say anything about it
    if not informative:
        return "not checked", (f"identical on the graders' {len(calls)} input(s); no other input that runs "
                               "this line could be tried")
    return "likely equivalent", (f"bit-identical to the solution on the graders' {len(calls)} input(s) and on "
                                 f"{informative} other one(s) like them")


def _variants(fn: Callable, calls: list[_RecordedCall], strings: list[str],
              parameter: str | None = None) -> Iterator[tuple[tuple, dict, str]]:
    """Inputs like the graders', other than theirs: the mutated default's parameter left out (when the
    mutant changes a default), float arrays redrawn in their own range, ints nudged, float parameters
    scaled (defaults passed explicitly, so they vary too, all but the mutated one), each key of a dict
    argument left out in turn (a setting's default), each text argument set to another text of the
    function (a mode), each integer argument set to 0, 1, 2 and 3 (boundaries). At most
    EQUIVALENCE_MAX_VARIANTS, never one equal to the call it comes from. Each comes with how it was
    made, for the note that tells the instructor which input a test should use."""
    rng = np.random.default_rng(0)
    made = 0
    names = _parameter_names(fn)
    redraws = ("graders' inputs with arrays redrawn", "... and integers nudged", "... and float parameters scaled")

    def candidates() -> Iterator[tuple[tuple, tuple, dict, str]]:
        if parameter is not None:
            for base in calls:
                yield ((base.args, base.kwargs), *_without(fn, base.args, base.kwargs, parameter),
                       f"graders' inputs with {parameter} left to its default")
        for i in range(EQUIVALENCE_REDRAWS):
            for base, explicit in itertools.product(calls[:EQUIVALENCE_REDRAW_BASES], (False, True)):
                given = _with_defaults(fn, base.args, base.kwargs, parameter) if explicit else (base.args, base.kwargs)
                how = redraws[min(i, 2)].replace("...", redraws[0]) + (", defaults passed" if explicit else "")
                yield (base.args, base.kwargs), *_redrawn(given, rng, vary_ints=i >= 1, vary_floats=i >= 2), how
        for base in calls:
            args, kwargs = _with_defaults(fn, base.args, base.kwargs, parameter)
            for place, value in [*enumerate(args), *kwargs.items()]:
                name = names[place] if isinstance(place, int) and place < len(names) else str(place)
                if isinstance(value, dict):
                    for key in value:
                        left_out = {k: v for k, v in value.items() if k != key}
                        yield ((args, kwargs), *_set_argument(args, kwargs, place, left_out),
                               f"graders' inputs with {name}[{key!r}] left out")
                elif isinstance(value, str):
                    for other in strings:
                        if other != value:
                            yield ((args, kwargs), *_set_argument(args, kwargs, place, other),
                                   f"graders' inputs with {name}={other!r}")
                elif type(value) is int:  # boundaries: a size, a step or a count of 0 to 3
                    for small in range(4):
                        yield ((args, kwargs), *_set_argument(args, kwargs, place, small),
                               f"graders' inputs with {name}={small}")

    for base, args, kwargs, how in candidates():
        if made >= EQUIVALENCE_MAX_VARIANTS:
            return
        if not _same((args, kwargs), base):
            made += 1
            yield args, kwargs, how


def _parameter_names(fn: Callable) -> list[str]:
    try:
        return list(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return []


def _set_argument(args: tuple, kwargs: dict, place: int | str, value: Any) -> tuple[tuple, dict]:
    if isinstance(place, int):
        return args[:place] + (value,) + args[place + 1:], kwargs
    return args, {**kwargs, place: value}


def _string_constants(source: str, function: str) -> list[str]:
    """The texts written in a function (modes such as "train"/"test"), its docstring left out."""
    fn = top_level_function(ast.parse(source), function)
    if fn is None:
        return []
    docstring = ast.get_docstring(fn, clean=False)
    found = {n.value for n in ast.walk(fn) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return sorted(found - {docstring})


def _with_defaults(fn: Callable, args: tuple, kwargs: dict, but: str | None = None) -> tuple[tuple, dict]:
    """The same call with every parameter the caller left to its default passed explicitly (but one:
    the parameter whose default a mutant changed, which must stay each function's own)."""
    try:
        bound = inspect.signature(fn).bind(*args, **kwargs)
    except (TypeError, ValueError):
        return args, kwargs
    given = set(bound.arguments)
    bound.apply_defaults()
    if but is not None and but not in given:
        bound.arguments.pop(but, None)
    return bound.args, bound.kwargs


def _without(fn: Callable, args: tuple, kwargs: dict, parameter: str) -> tuple[tuple, dict]:
    """The same call with one parameter left to its default."""
    try:
        bound = inspect.signature(fn).bind(*args, **kwargs)
    except (TypeError, ValueError):
        return args, kwargs
    bound.arguments.pop(parameter, None)
    return bound.args, bound.kwargs


def _outcome(fn: Callable, args: tuple, kwargs: dict) -> tuple[str, Any, Any]:
    """("returned", value, arguments after the call) or ("raised", exception type, arguments)."""
    args, kwargs = copy.deepcopy((args, kwargs))
    try:
        with np.errstate(all="ignore"):
            return "returned", fn(*args, **kwargs), (args, kwargs)
    except Exception as e:  # noqa: BLE001 - raising the same exception is the same behaviour
        return "raised", type(e).__name__, (args, kwargs)


def _compare(solution: Callable, mutated: Callable, args: tuple, kwargs: dict, line: int) -> tuple[str, bool]:
    """("", ...) when both behave the same on these inputs, else how they differ; and whether the
    mutant's call ran its mutated line."""
    a = _outcome(solution, args, kwargs)
    with LineTracer(mutated, watch=line) as tracer:
        b = _outcome(mutated, args, kwargs)
    ran = tracer.hits > 0
    if a[0] != b[0]:
        return f"the solution {a[0]} ({_short(a[1])}), the mutant {b[0]} ({_short(b[1])})", ran
    if not _same(a[1], b[1]):
        return _difference(a[1], b[1]), ran
    if not _same(a[2], b[2]):
        return "the arguments differ after the call (written in place)", ran
    return "", ran


def _short(value: Any) -> str:
    return value if isinstance(value, str) else type(value).__name__


def _same(a: Any, b: Any) -> bool:
    """Bit-identical values: same types, shapes, dtypes and numbers (NaN equal to NaN)."""
    if isinstance(a, (np.ndarray, np.generic)) or isinstance(b, (np.ndarray, np.generic)):
        if type(a) is not type(b):
            return False
        a, b = np.asarray(a), np.asarray(b)
        if a.shape != b.shape or a.dtype != b.dtype:
            return False
        return bool(np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - values that cannot say whether they are equal are not called equal
        return a is b


def _difference(a: Any, b: Any) -> str:
    """How two outputs differ: their types, or the largest difference of their numbers, said to be at
    rounding level when it is (a mutant equal in exact arithmetic, e.g. a term that is zero)."""
    diffs: list[tuple[float, float]] = []  # (max |a - b|, max |a|) per pair of numeric leaves
    types: list[str] = []

    def collect(x: Any, y: Any) -> None:
        if isinstance(x, (tuple, list)) and isinstance(y, (tuple, list)) and len(x) == len(y):
            for u, v in zip(x, y):
                collect(u, v)
        elif isinstance(x, dict) and isinstance(y, dict) and x.keys() == y.keys():
            for k in x:
                collect(x[k], y[k])
        else:
            kind_x, kind_y = _kind(x), _kind(y)
            if kind_x != kind_y:
                types.append(f"{kind_x} vs {kind_y}")
            try:
                u, v = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
            except (TypeError, ValueError):
                return
            if u.shape == v.shape and u.size:
                with np.errstate(all="ignore"):
                    diffs.append((float(np.nanmax(np.abs(u - v))), float(np.nanmax(np.abs(u)))))

    collect(a, b)
    finite = [(d, m) for d, m in diffs if np.isfinite(d)]
    largest = max(finite, default=None)
    if types and (largest is None or largest[0] == 0):
        return f"same numbers, other types ({types[0]})"
    if largest is None:
        return "outputs differ"
    rounding = 0 < largest[0] <= 1e-12 * max(largest[1], 1.0)
    return f"outputs differ (max |difference| {largest[0]:.3g}{', rounding level' if rounding else ''})"


def _kind(value: Any) -> str:
    dtype = getattr(value, "dtype", None)
    return f"{type(value).__name__}[{dtype}]" if dtype is not None else type(value).__name__


def _has_finite(value: Any) -> bool:
    if isinstance(value, (tuple, list)):
        return any(_has_finite(v) for v in value)
    if isinstance(value, dict):
        return any(_has_finite(v) for v in value.values())
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return True  # not a number: an informative output all the same
    return bool(np.isfinite(arr).any())


def _redrawn(value: Any, rng: np.random.Generator, vary_ints: bool, vary_floats: bool) -> Any:
    """value with its float arrays redrawn in their own range (probabilities stay probabilities), and
    optionally its Python ints nudged up (sizes, steps) and its Python floats scaled (rates)."""
    if isinstance(value, np.ndarray) and value.dtype.kind == "f" and value.size:
        with np.errstate(all="ignore"):
            lo, hi = np.nanmin(value), np.nanmax(value)
        if np.isfinite(lo) and np.isfinite(hi) and lo < hi:
            return rng.uniform(lo, hi, value.shape).astype(value.dtype)
        return value.copy()
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and vary_ints:
        return value + int(rng.integers(0, 3))
    if isinstance(value, float) and vary_floats:
        return value * float(rng.uniform(0.5, 1.5))
    if isinstance(value, tuple):
        return tuple(_redrawn(v, rng, vary_ints, vary_floats) for v in value)
    if isinstance(value, list):
        return [_redrawn(v, rng, vary_ints, vary_floats) for v in value]
    if isinstance(value, dict):
        return {k: _redrawn(v, rng, vary_ints, vary_floats) for k, v in value.items()}
    return copy.deepcopy(value)


# ----------------------------------------------------------------- running children in parallel
@dataclass
class _Running:
    task: _Task
    process: Any
    started: float


def _run_children(tasks: list[_Task], workers: int, timeout_s: float,
                  on_done: Callable[[_Task, dict[str, Any]], None] | None = None) -> list[dict[str, Any]]:
    """Each task in a forked child, at most `workers` at a time; a child past timeout_s is killed.

    Fork, not spawn: the child starts with the grader's imports (pytest, NumPy, torch) already
    loaded, which is what makes a mutant cost ~0.1 s. The parent never runs torch, so forking is safe.
    """
    context = multiprocessing.get_context("fork")
    pending = deque(enumerate(tasks))
    running: dict[Connection, tuple[int, _Running]] = {}
    outcomes: dict[int, dict[str, Any]] = {}

    def finish(conn: Connection, outcome: dict[str, Any]) -> None:
        index, job = running.pop(conn)
        job.process.join(timeout=5)
        if job.process.is_alive():
            job.process.kill()
            job.process.join()
        conn.close()
        outcome.setdefault("duration_s", round(time.monotonic() - job.started, 3))
        outcomes[index] = outcome
        if on_done:
            on_done(job.task, outcome)

    try:
        while pending or running:
            while pending and len(running) < workers:
                index, task = pending.popleft()
                receive, send = context.Pipe(duplex=False)
                process = context.Process(target=_child_main, args=(send, task), daemon=True)
                process.start()
                send.close()  # so that a child that dies makes its pipe read as ended
                running[receive] = (index, _Running(task, process, time.monotonic()))
            for conn in wait(list(running), timeout=0.05):
                try:
                    outcome = conn.recv()  # type: ignore[union-attr]
                except EOFError:  # killed by a signal, or it called os._exit
                    process = running[conn][1].process  # type: ignore[index]
                    process.join(timeout=5)
                    outcome = {"status": "error",
                               "detail": f"the mutant's process ended without a result (exit code {process.exitcode})"}
                finish(conn, outcome)  # type: ignore[arg-type]
            now = time.monotonic()
            for conn, (_, job) in list(running.items()):
                cpu, wall = _cpu_seconds(job.process.pid), now - job.started
                if cpu > timeout_s or wall > WALL_FACTOR * timeout_s:
                    job.process.kill()
                    spent = f"{cpu:.0f} s of CPU time" if cpu > timeout_s else f"{wall:.0f} s waiting"
                    finish(conn, {"status": "timeout", "detail": f"killed after {spent}", "duration_s": round(wall, 3)})
    finally:  # interrupted (Ctrl-C, an error in a callback): no child outlives the audit
        for _, job in running.values():
            job.process.kill()
    return [outcomes[i] for i in range(len(tasks))]


def _cpu_seconds(pid: int | None) -> float:
    """The CPU time a child has used: what a loop without end piles up, and what a machine busy
    with other work does not inflate (its wall time would), so a slow survivor is not a timeout."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


# ----------------------------------------------------------------- the audit
def _warm_up(spec: AssignmentSpec, source: str) -> None:
    """Load here, once, what every child would otherwise load again: the solution's and the
    reference's imports (torch for a6: imported, never run, so forking stays safe) and pytest's
    own modules and plugin list (a collect-only run of the graders). A mutant then costs its tests."""
    _module_from_source(source, spec.solution_file, "mutation_warm_up")
    importlib.import_module(spec.reference)
    tests = spec.tests_dir
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        pytest.main([str(tests), "-q", "--collect-only", "--import-mode=importlib", "-o", "addopts=", "--rootdir",
                     str(tests), "--assert=plain", "-p", "no:cacheprovider", "-p", "no:randomly"])


def audit_assignment(spec: AssignmentSpec, functions: Iterable[str] | None = None,
                     max_per_function: int | None = DEFAULT_MAX_PER_FUNCTION, workers: int | None = None,
                     timeout_s: float | None = None, equivalence: bool = True, memory_mb: int | None = None,
                     on_result: Callable[[MutantResult, int, int], None] | None = None) -> AssignmentAudit:
    """Mutate the solution's graded functions (all, or `functions`) and grade every mutant.

    max_per_function: a cap on each function's mutants (None: all), chosen by select_mutants.
    timeout_s: CPU seconds per mutant (default: TIMEOUT_FACTOR x the solution's grading run, at least
    MIN_TIMEOUT_S); a mutant is also stopped after WALL_FACTOR x that in wall time.
    memory_mb: the address space of each child (default: the assignment's memory limit plus the
    grader's own; none when the graders give the code a GPU, whose driver needs a vast address space).
    on_result: called after each mutant with (its result, how many are done, how many in all).
    """
    started = time.monotonic()
    chosen = list(functions) if functions is not None else list(spec.functions)
    unknown = [f for f in chosen if f not in spec.functions]
    if unknown:
        raise MutationAuditError(f"{spec.id} grades no function {', '.join(unknown)}; its graded functions are "
                                 f"{', '.join(spec.functions)}")
    source = spec.solution_file.read_text(encoding="utf-8")
    generated: dict[str, int] = {}
    mutants: list[Mutant] = []
    for function in chosen:
        found = function_mutants(source, function)
        generated[function] = len(found)
        mutants += select_mutants(found, max_per_function)
    workers = max(1, min(workers or len(os.sched_getaffinity(0)), max(1, len(mutants))))
    threads = max(1, len(os.sched_getaffinity(0)) // workers)
    if memory_mb is None and not child_gets_gpu(spec.limits):
        memory_mb = spec.limits.memory_mb + GRADER_HEADROOM_MB
    common: dict[str, Any] = {"spec": spec, "solution": source, "equivalence": equivalence, "memory_mb": memory_mb,
                              "threads": threads}
    _warm_up(spec, source)

    baseline_limit = float(spec.submission_timeout_s)
    baseline = _run_children([_Task(source=source, cpu_limit_s=2 * baseline_limit, **common)], 1, baseline_limit)[0]
    if baseline["status"] != "survived":  # "survived" here: the unmutated solution kept full marks
        raise MutationAuditError(f"the solution of {spec.id} does not earn full marks in-process, so no mutant "
                                 f"can be judged: {baseline.get('killed_by') or ''} {baseline.get('detail', '')}")
    reached: dict[str, list[str]] = baseline["reached"]
    timeout = timeout_s or max(MIN_TIMEOUT_S, TIMEOUT_FACTOR * baseline["duration_s"])

    results: dict[str, MutantResult] = {}
    tasks = []
    for m in mutants:
        not_run = _outcome_without_running(m, reached, baseline["defaulted"])
        if not_run is not None:
            results[m.id] = not_run
        else:
            tasks.append(_Task(source=m.source, mutant=m, batches=_batches(reached[m.function],
                                                                            baseline["test_durations"]),
                               cpu_limit_s=2 * timeout, **common))
    total = len(mutants)

    def done(task: _Task, outcome: dict[str, Any]) -> None:
        assert task.mutant is not None
        for key in ("reached", "defaulted", "test_durations"):
            outcome.pop(key, None)
        results[task.mutant.id] = MutantResult(mutant=task.mutant, **outcome)
        if on_result:
            on_result(results[task.mutant.id], len(results), total)

    _run_children(tasks, workers, timeout, done)
    ordered = [results[m.id] for m in mutants]
    return _audit(spec, chosen, generated, max_per_function, ordered, baseline["duration_s"], timeout, workers,
                  time.monotonic() - started)


def _outcome_without_running(mutant: Mutant, reached: dict[str, list[str]],
                              defaulted: dict[str, list[str]]) -> MutantResult | None:
    """The result of a mutant that cannot change any grader's run (the solution's run shows it), or None."""
    if not reached.get(mutant.function):
        return MutantResult(mutant=mutant, status="survived", executed=False, equivalence="not checked",
                            equivalence_note="no grader test calls this function, directly or not (not run)")
    if mutant.parameter is not None and mutant.parameter not in defaulted.get(mutant.function, []):
        return MutantResult(mutant=mutant, status="survived", executed=False, equivalence="differs",
                            equivalence_note=f"a default value changed, and every grader call passes "
                                             f"{mutant.parameter} itself (not run)")
    return None


def _batches(tests: list[str], durations: dict[str, float], cheap_s: float = 1.0) -> list[str]:
    """-k expressions for the tests that reach a function: the cheap ones together, then each slow one
    alone, quickest first, so that a mutant a cheap test kills never waits for a slow one (a6's training)."""
    cheap = [t for t in tests if durations.get(t, 0.0) < cheap_s]
    slow = sorted((t for t in tests if t not in cheap), key=lambda t: durations.get(t, 0.0))
    return ([" or ".join(cheap)] if cheap else []) + slow


def _audit(spec: AssignmentSpec, chosen: list[str], generated: dict[str, int], cap: int | None,
           results: list[MutantResult], baseline_s: float, timeout_s: float, workers: int,
           duration_s: float) -> AssignmentAudit:
    count = {s: sum(r.status == s for r in results) for s in ("killed", "survived", "timeout", "error")}
    judged = count["killed"] + count["survived"] + count["timeout"]
    return AssignmentAudit(
        assignment=spec.id, functions=chosen, not_audited=[f for f in spec.functions if f not in chosen],
        generated=generated, max_per_function=cap, total=len(results), killed=count["killed"],
        survived=count["survived"], timeouts=count["timeout"], errors=count["error"],
        mutation_score=round((count["killed"] + count["timeout"]) / judged, 4) if judged else None,
        likely_equivalent=sum(r.equivalence == "likely equivalent" for r in results),
        baseline_s=round(baseline_s, 3), timeout_s=round(timeout_s, 1), workers=workers,
        duration_s=round(duration_s, 1), results=results)


# ----------------------------------------------------------------- what the instructor reads
def print_audit(audit: AssignmentAudit, console: Any = None) -> None:
    """The audit's summary and every mutant not killed (survivors, timeouts, errors) on a rich console."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = console or Console()
    score = "n/a" if audit.mutation_score is None else f"{audit.mutation_score:.1%}"
    console.print(f"[bold]{audit.assignment}[/]: {audit.total} mutants of {len(audit.functions)} function(s): "
                  f"{audit.killed} killed, {audit.survived} survived ({audit.likely_equivalent} likely equivalent), "
                  f"{audit.timeouts} timeouts, {audit.errors} errors; [bold]mutation score {score}[/] "
                  f"({audit.duration_s:.0f} s, {audit.workers} worker(s), {audit.timeout_s:.0f} s per mutant at most)")
    capped = {f: n for f, n in audit.generated.items() if audit.max_per_function and n > audit.max_per_function}
    if capped:
        console.print(f"  capped at {audit.max_per_function} mutants per function: "
                      + ", ".join(f"{f} ({n} generated)" for f, n in capped.items()))
    if audit.not_audited:
        console.print(f"  not audited: {', '.join(audit.not_audited)}")
    shown = [r for r in audit.results if r.status != "killed"]
    if not shown:
        return
    table = Table(show_lines=True)
    table.add_column("function:line")
    table.add_column("operator")
    table.add_column("before -> after", overflow="fold", ratio=3)
    table.add_column("verdict", overflow="fold", ratio=2)
    for r in shown:
        m = r.mutant
        if r.status == "survived":
            kind = "never run" if r.executed is False and r.equivalence == "not checked" else r.equivalence
            verdict = f"survived: {kind or 'not checked'}\n[dim]{escape(r.equivalence_note)}[/]"
        else:
            verdict = f"[yellow]{r.status}[/]\n[dim]{escape(r.detail)}[/]"
        table.add_row(f"{m.function}:{m.line}{'' if m.in_solution_block else '*'}", m.operator,
                      f"{escape(m.before)}\n[green]{escape(m.after)}[/]", verdict)
    console.print(table)
    if any(not r.mutant.in_solution_block for r in shown):
        console.print("[dim]* outside the solution blocks: code the release gives students[/]")


def write_report(report: MutationReport, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report.model_dump_json(indent=2), encoding="utf-8")
