"""What the training probe (autograder/sandbox/training_probe.py) costs a student's torch training.

The a6 solution's train_and_predict on scikit-learn's digits, called as the sandboxed child calls it, with
and without the probe, alternately; prints the median seconds of each and the overhead. The probe must
leave the logits bit-for-bit the same (checked on every pair).

    .venv/bin/python bench/training_probe.py [--rows 1200] [--repeats 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import types
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "autograder" / "sandbox"))

import child  # noqa: E402 - the child's side, in-process

from autograder.course.assignment import load_assignment  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1200)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from sklearn.datasets import load_digits
    X, y = load_digits(return_X_y=True)
    X = (X[:args.rows] / 16).reshape(-1, 1, 8, 8).astype(np.float32)
    y = y[:args.rows].astype(np.int64)
    module = types.ModuleType("submission")
    exec(compile(load_assignment("a6_cnn").solution_file.read_text(), "cnn.py", "exec"), module.__dict__)
    request = {"function": "train_and_predict", "args": [X, y, X[:200]], "kwargs": {"seed": 0, "time_budget_s": 600.0}}
    seconds: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(args.repeats):
        values = {}
        for probed in (False, True):
            started = time.perf_counter()
            frame = child.run_student_function(module, request, child.Objects(), probed=probed)
            seconds[probed].append(time.perf_counter() - started)
            values[probed] = frame["value"]
        assert np.array_equal(values[False], values[True]), "the probe changed the logits"
    plain, probed = statistics.median(seconds[False]), statistics.median(seconds[True])
    print(f"a6 solution, {args.rows} digits, median of {args.repeats}: {plain:.2f} s unprobed, {probed:.2f} s "
          f"probed, overhead {100 * (probed / plain - 1):+.1f}%; logits identical")


if __name__ == "__main__":
    main()
