"""The warm worker's figures: submission start, and grading a6 against its bare training time.

    .venv/bin/python bench/warm_worker.py [--repeats N] [--skip-grading]

1. Submission start: from launching the child to the student's module imported and its first
   call answered (for torch: a first conv on the device, so CUDA start counts), median of N,
   fresh interpreter vs a child forked by the warm worker. a1 (NumPy) and a6 (torch).
2. a6 grading cost: the solution's training loop run bare in a process of its own on the same
   data (digits, then the hidden shapes set), timed from its first call, vs grading the
   solution end to end, with the warm worker already up (as every submission after the first
   in a batch) and from cold.
   Targets (issue 5, H100): graded <= 1.5x bare; start <= 0.6 s with the warm worker.
On a machine with a GPU the children use it; without one, everything runs on the CPU.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from autograder.course.assignment import REPO_ROOT, load_assignment
from autograder.grading.run import grade_submission
from autograder.sandbox import warm
from autograder.sandbox.confinement import child_threads, sandbox_info
from autograder.sandbox.gpu import child_gets_gpu, gpu_available
from autograder.sandbox.limits import Limits
from autograder.sandbox.process import StudentProcess
from autograder.submissions.files import prepare_submission

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
        first = StudentProcess(folder, "probe", limits)  # the worker's own start is paid once, not measured
        first.start()
        first.kill()
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
    worker = warm.worker_for(a6, child_gets_gpu(a6))
    if worker is not None:
        print(f"warm worker start (imports {', '.join(worker.preloaded)}), paid once per grading process: "
              f"{worker.start_s:.2f} s")


BARE_RUN = """
import importlib.util, json, sys, time
import torch
sys.path.insert(0, {repo!r})
from reference import cnn as ref
torch.set_num_threads({threads})
spec = importlib.util.spec_from_file_location("a6_solution", {solution!r})
solution = importlib.util.module_from_spec(spec)
spec.loader.exec_module(solution)
times = []
for _ in range(2):  # the first pass is what a student's own run pays; the second is warmed up
    started = time.perf_counter()
    X_train, y_train, X_test, _ = ref.load_digits(seed=0)
    solution.train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s={budget})
    X, y = ref.make_shapes(1200, seed=12345)
    X_train, y_train, X_test, _ = ref.split(X, y, 0.25, seed=1)
    solution.train_and_predict(X_train, y_train, X_test, seed=1, time_budget_s={budget})
    times.append(time.perf_counter() - started)
print(json.dumps({{"device": "cuda" if torch.cuda.is_available() else "cpu", "times": times}}))
"""


def report_grading() -> None:
    """Bare: the graders' two training runs in a fresh process of their own, timed from the first
    call (after `import torch`, which the warm worker saves): the same loop, data and budget."""
    spec = load_assignment("a6_cnn")
    threads = child_threads(spec.limits)
    budget = 20.0 if child_gets_gpu(spec.limits) else 60.0
    code = BARE_RUN.format(repo=str(REPO_ROOT), threads=threads, solution=str(spec.solution_file), budget=budget)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    bare = json.loads(out.stdout.strip().splitlines()[-1])
    bare_s, warmed_s = bare["times"]
    print(f"a6 bare training on {bare['device']}, {threads} CPU thread(s), digits then shapes: first run "
          f"{bare_s:.2f} s (what the ratio uses), warmed-up rerun {warmed_s:.2f} s")
    folder = Path(tempfile.mkdtemp(prefix="bench-a6-"))
    submission = prepare_submission(spec.solution_file, spec, folder / "sub") / spec.module
    warm.close_all()
    for label in ("cold (first submission: starts the warm worker)", "warm worker up (later submissions)"):
        started = time.perf_counter()
        result = grade_submission(spec, submission)
        graded_s = time.perf_counter() - started
        print(f"a6 graded, {label}: {graded_s:.2f} s = {graded_s / bare_s:.2f}x bare "
              f"({graded_s / warmed_s:.2f}x the warmed rerun); score {result.score:g}/{result.max_score:g}")


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
