"""Timing checks: the student's function against the reference, as a ratio measured in one run.

Both run in sandboxed children started the same way (same interpreter, one BLAS thread,
same data transfer), timed from the grader's clock, interleaved round by round (so load
on the machine hits both alike), after a warm-up; the ratio of medians is compared with a
declared bound. A clear failure stops early instead of running a slow loop many times.
"""
from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

from autograder.results import Comparison
from autograder.sandbox.limits import Limits
from autograder.sandbox.process import StudentProcess


class ReferenceProcess:
    """The reference module running in a child of its own: the timing baseline."""

    def __init__(self, module_file: Path, limits: Limits) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="ag-ref-"))
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


def compare_speed(name: str, student: StudentProcess, reference: StudentProcess, function: str, args: tuple,
                  kwargs: dict, max_ratio: float, reference_function: str | None = None, repeats: int = 3,
                  rounds: int = 7, timeout: float = 60.0, reference_args: tuple | None = None) -> Comparison:
    """Median over `rounds` of the time for `repeats` calls, student / reference, after one warm-up round.

    reference_args: the reference's own arguments where they differ (a cache handle of its process).
    """
    ref_fn = reference_function or function
    ref_args = args if reference_args is None else reference_args
    ref_times: list[float] = []
    student_times: list[float] = []
    for r in range(rounds + 1):
        t_ref = reference.time_call(ref_fn, ref_args, kwargs, repeats, timeout)
        t_student = student.time_call(function, args, kwargs, repeats, timeout)
        if r == 0:
            if t_student > 5 * max_ratio * t_ref:  # hopeless: say so now, do not run it 7 more times
                ref_times, student_times = [t_ref], [t_student]
                break
            continue
        ref_times.append(t_ref)
        student_times.append(t_student)
    student_s = statistics.median(student_times) / repeats
    reference_s = statistics.median(ref_times) / repeats
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
