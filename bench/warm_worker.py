"""The warm worker's figures: submission start, and grading a6 against its bare training time.

    .venv/bin/python bench/warm_worker.py [--repeats N] [--skip-grading]

1. Submission start: from launching the child to the student's module imported and its first
   call answered (for torch: a first conv on the device, so CUDA start counts), median of N,
   fresh interpreter vs a child forked by the warm worker. a1 (NumPy) and a6 (torch).
2. a6 grading cost: the solution's training loop run bare in this process on the same data
   (digits, then the hidden shapes set) vs grading the solution end to end, with the warm
   worker already up (as every submission after the first in a batch) and from cold.
   Targets (issue 5, H100): graded <= 1.5x bare; start <= 0.6 s with the warm worker.
On a machine with a GPU the children use it; without one, everything runs on the CPU.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import tempfile
import time
from pathlib import Path

from autograder.assignment import load_assignment
from autograder.runner import grade_submission, prepare_submission
from autograder.sandbox import warm
from autograder.sandbox.process import Limits, StudentProcess, gpu_available, sandbox_info

NUMPY_PROBE = "import numpy as np\ndef first_call():\n    return float(np.ones((8, 8)).sum())\n"
TORCH_PROBE = """import torch
def first_call():
    device = "cuda" if torch.cuda.is_available() else "cpu"
    x = torch.randn(8, 3, 32, 32, device=device)
    conv = torch.nn.Conv2d(3, 16, 3).to(device)
    y = conv(x).sum().item()
    return [device, float(y)]
"""


def start_times(source: str, limits: Limits, use_warm: bool, repeats: int) -> tuple[list[float], object]:
    folder = Path(tempfile.mkdtemp(prefix="bench-start-"))
    folder.chmod(0o755)
    (folder / "probe.py").write_text(source)
    (folder / "probe.py").chmod(0o644)
    if use_warm:
        os.environ.pop("AUTOGRADER_NO_WARM", None)
        StudentProcess(folder, "probe", limits).start()  # the worker's own start is paid once, not measured
    else:
        os.environ["AUTOGRADER_NO_WARM"] = "1"
    times, answer = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        p = StudentProcess(folder, "probe", limits)
        p.start()
        answer = p.call("first_call")
        times.append(time.perf_counter() - started)
        p.kill()
    os.environ.pop("AUTOGRADER_NO_WARM", None)
    return times, answer


def report_start(repeats: int) -> None:
    a1, a6 = load_assignment("a1_backprop").limits, load_assignment("a6_cnn").limits
    for name, source, limits in (("a1 (numpy)", NUMPY_PROBE, a1), ("a6 (torch)", TORCH_PROBE, a6)):
        for label, use_warm in (("fresh interpreter", False), ("warm worker", True)):
            times, answer = start_times(source, limits, use_warm, repeats)
            print(f"start to first call, {name}, {label}: median {statistics.median(times):.3f} s, "
                  f"max {max(times):.3f} s over {repeats} (answer {answer})")
    worker = warm.worker_for(a6, a6.use_gpu and gpu_available())
    if worker is not None:
        print(f"warm worker start (imports {', '.join(worker.preloaded)}), paid once per grading process: "
              f"{worker.start_s:.2f} s")


def report_grading() -> None:
    spec = load_assignment("a6_cnn")
    module_spec = importlib.util.spec_from_file_location("a6_solution", spec.solution_file)
    solution = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(solution)
    import torch

    from reference import cnn as ref
    device = "cuda" if torch.cuda.is_available() else "cpu"
    budget = 20.0 if device == "cuda" else 60.0
    solution.train_and_predict(*ref.load_digits(seed=0)[:3], seed=0, time_budget_s=1.0)  # warm-up (CUDA start)
    started = time.perf_counter()
    X_train, y_train, X_test, _ = ref.load_digits(seed=0)
    solution.train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=budget)
    digits_s = time.perf_counter() - started
    X, y = ref.make_shapes(1200, seed=12345)
    X_train, y_train, X_test, _ = ref.split(X, y, 0.25, seed=1)
    solution.train_and_predict(X_train, y_train, X_test, seed=1, time_budget_s=budget)
    bare_s = time.perf_counter() - started
    print(f"a6 bare training on {device} (digits, then shapes; data made in the same process): "
          f"{bare_s:.2f} s (digits alone {digits_s:.2f} s)")
    folder = Path(tempfile.mkdtemp(prefix="bench-a6-"))
    submission = prepare_submission(spec.solution_file, spec, folder / "sub") / spec.module
    warm.close_all()
    for label in ("cold (first submission: starts the warm worker)", "warm worker up (later submissions)"):
        started = time.perf_counter()
        result = grade_submission(spec, submission)
        graded_s = time.perf_counter() - started
        print(f"a6 graded, {label}: {graded_s:.2f} s = {graded_s / bare_s:.2f}x bare; "
              f"score {result.score:g}/{result.max_score:g}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=10)
    parser.add_argument("--skip-grading", action="store_true", help="only the start times")
    args = parser.parse_args()
    info = sandbox_info()
    print(f"sandbox: {info.kind}, warm worker: {info.warm_worker}, GPU device present: {gpu_available()}")
    report_start(args.repeats)
    if not args.skip_grading:
        report_grading()


if __name__ == "__main__":
    main()
