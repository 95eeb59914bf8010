"""False-fail and catch rates of the a3 timing check on this machine, with the other core loaded.

    .venv/bin/python bench/timing_checks.py [--runs 100] [--no-load]

Runs the same comparison the grader makes (conv_forward_fast, 8 x 3 x 16 x 16 input, 8 filters
3x3, limit 10x the reference, 3 calls per round on fresh inputs, outputs checked, 7 rounds after a
warm-up) `runs` times for a correct vectorized solution and for a 4-loop naive one, while a busy
process keeps one core loaded.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from autograder.course.assignment import load_assignment
from autograder.grading.timing import ReferenceProcess, TimedSide, compare_speed
from autograder.sandbox.process import StudentProcess
from autograder.submissions.files import prepare_submission

NAIVE = """

def conv_forward_fast(x, w, b, conv_param):
    return conv_forward_naive(x, w, b, conv_param)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--no-load", action="store_true")
    args = parser.parse_args()
    spec = load_assignment("a3_conv")
    tmp = Path(tempfile.mkdtemp())
    solution = spec.solution_file.read_text()
    (tmp / "naive.py").write_text(solution + NAIVE)
    import importlib.util
    reference = ReferenceProcess(Path(importlib.util.find_spec(spec.reference).origin), spec.limits)
    rng = np.random.default_rng(0)
    x, w, b = rng.normal(size=(8, 3, 16, 16)), rng.normal(size=(8, 3, 3, 3)), rng.normal(size=8)
    param = {"stride": 1, "pad": 1}
    load = None if args.no_load else subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        for label, source in (("vectorized", spec.solution_file), ("naive 4-loop", tmp / "naive.py")):
            folder = prepare_submission(source, spec, tmp / label.replace(" ", "_"))
            student = StudentProcess(folder, spec.module_name, spec.limits)
            student.start()
            ratios, passed = [], 0
            keep = spec.keep_in_child.get("conv_forward_fast")  # the cache stays in each child, as in grading
            student_side = TimedSide(lambda fn, *a, **k: student.call(fn, *a, keep=keep, **k))
            reference_side = TimedSide(lambda fn, *a, **k: reference.process.call(fn, *a, keep=keep, **k))
            for _ in range(args.runs):
                c = compare_speed("t", student_side, reference_side, "conv_forward_fast", (x, w, b, param), {}, 10.0,
                                  "conv_forward")
                ratios.append(c.ratio)
                passed += c.passed
            student.kill()
            q = statistics.quantiles(ratios, n=100)
            print(f"{label}: passed {passed}/{args.runs}, failed {args.runs - passed}/{args.runs}; ratio median "
                  f"{statistics.median(ratios):.2f}x, p1 {q[0]:.2f}x, p99 {q[-1]:.2f}x, min {min(ratios):.2f}x, "
                  f"max {max(ratios):.2f}x (limit 10x){'' if args.no_load else ', other core loaded'}")
    finally:
        if load is not None:
            load.kill()
        reference.close()


if __name__ == "__main__":
    main()
