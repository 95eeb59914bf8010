"""Batch throughput and per-submission overhead on 200 generated a1 submissions.

    .venv/bin/python bench/batch_throughput.py [--n 200]

The class: 60% correct (each with its own comment, so its own hash), 30% catalogued
mistakes, 10% broken or hostile (syntax error, sys.exit / os._exit at import, os._exit
in a call, a numpy monkeypatch, forged output). Measured: wall time with 1 and with 2
workers (speed-up), and per submission the overhead = grading time - time inside the
test functions (the checks' own compute, student calls included), median and p90.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from autograder.batch.run import grade_batch
from autograder.course.assignment import REPO_ROOT, load_assignment
from autograder.gradebook.store import Gradebook

SAMPLE = REPO_ROOT / "examples" / "a1_sample_class"
HOSTILE = ["eve_syntax_error.py", "heidi_sys_exit_at_import.py", "ivan_os_exit_at_import.py",
           "oscar_os_exit_in_call.py", "judy_monkeypatch_numpy.py", "mallory_forger.py"]


def make_class(folder: Path, n: int) -> None:
    folder.mkdir(parents=True)
    mistakes = sorted(SAMPLE.glob("mistake_*.py"))
    for i in range(n):
        r = i % 10
        if r < 6:
            src = SAMPLE / "alice_correct.py"
        elif r < 9:
            src = mistakes[i % len(mistakes)]
        else:
            src = SAMPLE / HOSTILE[(i // 10) % len(HOSTILE)]
        (folder / f"student{i:04d}.py").write_text(src.read_text() + f"\n# {i}\n")


def run(spec, folder: Path, workers: int) -> tuple[float, list[float]]:
    with tempfile.TemporaryDirectory() as out, Gradebook(Path(out) / "gb.sqlite") as gb:
        start = time.perf_counter()
        grade_batch(spec, folder, gb, workers=workers)
        wall = time.perf_counter() - start
        overheads = [r.duration_s - sum(t.duration_s for t in r.tests) for r in gb.results(spec.id)]
    return wall, overheads


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    spec = load_assignment("a1_backprop")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "class"
        make_class(folder, args.n)
        walls = {}
        for workers in (1, 2):
            wall, overheads = run(spec, folder, workers)
            walls[workers] = wall
            q = statistics.quantiles(overheads, n=10)
            print(f"{workers} worker(s): {args.n} submissions in {wall:.1f} s = {args.n / wall:.2f} per s; "
                  f"overhead per submission median {statistics.median(overheads):.3f} s, p90 {q[-1]:.3f} s")
        print(f"speed-up 2 vs 1 workers: {walls[1] / walls[2]:.2f}x")


if __name__ == "__main__":
    main()
