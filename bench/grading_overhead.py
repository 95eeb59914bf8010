"""Where the time of grading one a1 submission goes, on this machine.

    .venv/bin/python bench/grading_overhead.py

Measures (median of repeats): starting a sandboxed child and importing a submission; one
remote call round trip; grading the solution end to end (21 tests, 84 points); and the
bundled sample class (24 submissions, two of which time out on purpose) with 1 and 2 workers.
The last two each way: "fresh" (one pytest.main per submission, AUTOGRADER_FRESH_GRADERS=1) and
"reuse" (the graders collected once per process: grading/run.py GraderRunner, as a batch worker does).
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from autograder.batch.run import grade_batch
from autograder.course.assignment import REPO_ROOT, load_assignment
from autograder.gradebook.store import Gradebook
from autograder.grading.run import grade_submission
from autograder.sandbox.confinement import sandbox_info
from autograder.sandbox.process import StudentProcess
from autograder.submissions.files import prepare_submission


def median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    spec = load_assignment("a1_backprop")
    print(f"sandbox: {sandbox_info().kind}")
    folder = prepare_submission(spec.solution_file, spec, Path(tempfile.mkdtemp()) / "sub")

    def start_and_stop() -> None:
        p = StudentProcess(folder, spec.module_name, spec.limits)
        p.start()
        p.kill()

    print(f"child start + import + stop: {median_time(start_and_stop, 10) * 1000:.0f} ms (median of 10)")
    p = StudentProcess(folder, spec.module_name, spec.limits)
    p.start()
    x, w, b = np.ones((64, 100)), np.ones((100, 10)), np.ones(10)
    rt = median_time(lambda: p.call("affine_forward", x, w, b, keep=[1]), 200)
    p.kill()
    print(f"remote call round trip (affine_forward 64x100): {rt * 1e6:.0f} us (median of 200)")
    for mode, reuse in (("fresh", False), ("reuse", True)):
        grade_submission(spec, spec.solution_file, reuse_graders=reuse)  # the runner's collection is paid once
        solution = median_time(lambda: grade_submission(spec, spec.solution_file, reuse_graders=reuse), 9)
        print(f"grade the solution (20 tests), {mode}: {solution:.3f} s (median of 9)")
    for workers in (1, 2):
        for mode, fresh in (("fresh", "1"), ("reuse", "0")):
            os.environ["AUTOGRADER_FRESH_GRADERS"] = fresh  # the pool's workers inherit it
            with Gradebook(Path(tempfile.mkdtemp()) / "gb.sqlite") as gb:
                start = time.perf_counter()
                grade_batch(spec, REPO_ROOT / "examples" / "a1_sample_class", gb, workers=workers)
                wall = time.perf_counter() - start
                results = gb.results(spec.id)
            per = statistics.median(r.duration_s for r in results)
            print(f"sample class, {workers} worker(s), {mode}: {len(results)} submissions in {wall:.1f} s wall, "
                  f"median {per:.3f} s per submission; load average {os.getloadavg()[0]:.1f}")

if __name__ == "__main__":
    main()
