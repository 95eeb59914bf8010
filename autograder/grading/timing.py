"""Timing checks: the student's function against the reference, as a ratio measured in one run.

Both run in sandboxed children started the same way (same interpreter, one BLAS thread,
same data transfer), timed from the grader's clock, interleaved call by call (so load on the
machine hits both alike), after a warm-up; the ratio of the fastest rounds is compared with a declared
bound. A timed call is an ordinary call: the child cannot tell it from any other, each one
gets fresh inputs, its output is checked against the reference's, and it spends the test's
and the submission's time budgets. A clear failure stops early instead of running a slow
loop many times.
"""
from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from autograder.grading.compare import compare_arrays
from autograder.results import Comparison, Tolerance
from autograder.sandbox import wire
from autograder.sandbox.confinement import owned_tempdir
from autograder.sandbox.limits import Limits
from autograder.sandbox.process import StudentProcess


class ReferenceProcess:
    """The reference module running in a child of its own: the timing baseline."""

    def __init__(self, module_file: Path, limits: Limits) -> None:
        self._dir = owned_tempdir("ref")
        self._dir.chmod(0o755)
        target = self._dir / "reference_impl.py"
        shutil.copyfile(module_file, target)
        target.chmod(0o644)
        self.process = StudentProcess(self._dir, "reference_impl", limits)
        self.process.start()

    def close(self) -> None:
        self.process.kill()
        shutil.rmtree(self._dir, ignore_errors=True)


class ReferenceBaseline:
    """The `speed` fixture's reference child for one grading run: started on first use, restarted
    if it died, closed with the run."""

    def __init__(self, module_file: Path, limits: Limits) -> None:
        self.module_file = module_file
        self.limits = limits
        self._running: ReferenceProcess | None = None

    def process(self) -> StudentProcess:
        if self._running is None or not self._running.process.alive:
            if self._running is not None:
                self._running.close()
            self._running = ReferenceProcess(self.module_file, self.limits)
        return self._running.process

    def close(self) -> None:
        if self._running is not None:
            self._running.close()


class TimedSide:
    """One side of a timing check: calls a function of the student's or the reference's child and
    returns (value, wall seconds on the grader's clock). The student's side goes through the
    `student` fixture, so its calls are ordinary calls (nothing tells the child it is timed) and
    spend the test's and the submission's budgets."""

    def __init__(self, call: Callable[..., Any]) -> None:
        self._call = call

    def __call__(self, function: str, args: tuple, kwargs: dict) -> tuple[Any, float]:
        start = time.perf_counter()
        value = self._call(function, *args, **kwargs)
        return value, time.perf_counter() - start


def fresh_inputs(args: tuple, rng: np.random.Generator) -> tuple:
    """The same inputs with new values: every floating-point array gets noise of a tenth of its
    spread, so no two timed calls repeat an input (a memo or a cache of answers does not help),
    while shapes, dtypes, integers, parameter dicts and handles stay as they are."""
    def fresh(value: Any) -> Any:
        if isinstance(value, np.ndarray) and value.dtype.kind == "f" and value.size:
            spread = float(np.std(value)) or 1.0
            return (value + rng.normal(0.0, 0.1 * spread, value.shape)).astype(value.dtype)
        return value
    return tuple(fresh(a) for a in args)


def output_mismatch(name: str, got: Any, expected: Any, tolerance: Tolerance | None) -> str:
    """'' when a timed call's output agrees with the reference's on the same inputs, else why not.

    Strict about structure (a tuple of the same length, arrays where the reference has arrays), so a
    child cannot skip the comparison by returning something else; values kept in the reference's child
    (handles: caches) are not compared, as the student's are kept too.
    """
    if isinstance(expected, wire.Handle):
        return ""
    if isinstance(expected, (tuple, list)):
        if type(got) is not type(expected) or len(got) != len(expected):
            return f"{name}: returned {type(got).__name__}, not a {type(expected).__name__} of {len(expected)}"
        return next((why for g, e in zip(got, expected) if (why := output_mismatch(name, g, e, tolerance))), "")
    if isinstance(expected, (np.ndarray, np.number, int, float)) and not isinstance(expected, (bool, np.bool_)):
        comparison = compare_arrays(name, got, expected, tolerance, allow_scalar=not isinstance(expected, np.ndarray))
        return "" if comparison.passed else comparison.message
    return "" if type(got) is type(expected) and got == expected else f"{name}: differs from the reference's output"


def compare_speed(name: str, student: TimedSide, reference: TimedSide, function: str, args: tuple,
                  kwargs: dict, max_ratio: float, reference_function: str | None = None, repeats: int = 3,
                  rounds: int = 7, reference_args: Callable[[tuple], tuple] | None = None,
                  tolerance: Tolerance | None = None) -> Comparison:
    """Median over `rounds` of the time for `repeats` calls, student / reference, after one warm-up round.

    Every call gets fresh inputs (fresh_inputs), the same for both sides, and every output of the
    student's is checked against the reference's: skipping work when timed costs the check.
    reference_args: maps the student's arguments to the reference's where they differ (a cache
    handle of its own process).
    """
    ref_fn = reference_function or function
    noise = np.random.default_rng()  # unseeded: the child cannot predict the timed inputs
    ref_times: list[float] = []
    student_times: list[float] = []
    warm_up = (0.0, 0.0)
    for r in range(rounds + 1):
        t_ref = t_student = 0.0
        for _ in range(repeats):
            call_args = fresh_inputs(args, noise)
            expected, seconds = reference(ref_fn, reference_args(call_args) if reference_args else call_args, kwargs)
            t_ref += seconds
            got, seconds = student(function, call_args, kwargs)
            t_student += seconds
            wrong = output_mismatch(f"{function}() output", got, expected, tolerance)
            if wrong:
                return Comparison(name=name, kind="timing", passed=False,
                                  message=f"{name}: a timed call returned a wrong result, so its time does not "
                                          f"count ({wrong})")
        if r == 0:
            warm_up = (t_ref, t_student)
            continue
        ref_times.append(t_ref)
        student_times.append(t_student)
        # hopeless in the warm-up and in the first timed round: say so now, do not run it 6 more times (one
        # round alone is not enough: a stall of the machine during it failed a vectorized solution)
        if r == 1 and t_student > 5 * max_ratio * t_ref and warm_up[1] > 5 * max_ratio * warm_up[0]:
            break
    # the fastest round of each side, as timeit advises: load only ever adds time, and adds more of it, in
    # proportion, to the fast side's calls (a loaded machine's latency on each call to a child): the medians of a
    # naive loop and the reference measured 8x apart under load, where they are 28x apart on an idle machine
    student_s = min(student_times) / repeats
    reference_s = min(ref_times) / repeats
    ratio = student_s / reference_s
    common: dict[str, Any] = dict(name=name, kind="timing", student_s=student_s, reference_s=reference_s,
                                  ratio=ratio, max_ratio=max_ratio)
    if ratio <= max_ratio:
        return Comparison(passed=True, message=f"{name}: {ratio:.1f}x the reference's time (limit {max_ratio:g}x)",
                          **common)
    return Comparison(
        passed=False,
        message=(f"{name}: {function}() takes {student_s * 1e3:.2f} ms per call, {ratio:.0f}x the reference's "
                 f"{reference_s * 1e3:.2f} ms (limit {max_ratio:g}x): vectorize it (no Python loops over "
                 "pixels or batch elements)"),
        **common)
