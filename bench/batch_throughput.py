"""Batch throughput and per-submission overhead on 200 generated a1 submissions, before/after side by side.

    .venv/bin/python bench/batch_throughput.py [--n 200] [--repeats 1] [--mode both|reuse|fresh]

The class: 60% correct (each with its own comment, so its own hash), 30% catalogued
mistakes, 10% broken or hostile (syntax error, sys.exit / os._exit at import, os._exit
in a call, a numpy monkeypatch, forged output). Two ways of running the graders, each with 1 and
2 workers, interleaved so that both meet the same load: "fresh" (AUTOGRADER_FRESH_GRADERS=1: one
pytest.main per submission, collection and grader imports included, as before issue 28) and "reuse"
(grading/run.py GraderRunner: graders collected once per worker). Measured: wall time (speed-up 2 vs 1
workers), and per submission the overhead = grading time - time inside the test functions (the checks'
own compute, student calls included), median and p90, and the CPU seconds the run spent per submission
(driver + every process it started: workers, warm workers, sandboxed children), which the machine's
other users disturb far less than wall time. Each run is a process of its own, so its memory figure is
its own: the peak resident memory of the largest process the run started (a grading worker with its
graders, NumPy and the reference, its warm worker or a sandboxed child: each counted alone), and of the
driver. Each run also says how many cores it used on average (its CPU seconds / its wall time) and how many
the machine's other users took meanwhile (/proc/stat's busy time less the run's own): on a machine others are
using, the wall times and the speed-up measure the contention too.
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
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


PR_SET_CHILD_SUBREAPER = 36


def one_run(folder: Path, workers: int) -> None:
    """In a process of its own: grade the class, print the figures as JSON.

    The process is its descendants' subreaper: a warm worker (bubblewrap and the zygote, which reaps the
    sandboxed children) dies with its grading worker and would otherwise be reaped by init, its CPU time
    (a third of the run's) counted nowhere; here every descendant is reaped before the figures are read."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    wall, overheads = run(load_assignment("a1_backprop"), folder, workers)
    quiet_since = time.monotonic()
    while time.monotonic() - quiet_since < 1.0:  # the orphans die within a second (the resource tracker lives on)
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break  # none left
        if pid:
            quiet_since = time.monotonic()
        else:
            time.sleep(0.02)
    me, descendants = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall": wall, "overheads": overheads, "worker_mb": descendants.ru_maxrss / 1024,
                      "driver_mb": me.ru_maxrss / 1024,  # the largest reaped descendant, and the driver
                      "cpu": me.ru_utime + me.ru_stime + descendants.ru_utime + descendants.ru_stime}))


MODES = {"fresh": "1", "reuse": "0"}  # AUTOGRADER_FRESH_GRADERS


def busy_cpu_s() -> float:
    """CPU seconds all cores have spent busy since boot (/proc/stat: everything but idle and iowait)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


SPIN = "import time\nt = time.perf_counter()\ns = 0\nfor i in range(6_000_000):\n    s += i * i\nprint(time.perf_counter() - t)"


def parallel_ceiling() -> float:
    """What 2 processes get over 1 on this machine now: the speed-up of two independent CPU-bound loops
    (about 0.5 s each) run side by side over one alone. Other users of the machine lower it, as they
    lower the grading runs' speed-up; 2.0 on an idle 2-core machine."""
    def spin(copies: int) -> float:
        procs = [subprocess.Popen([sys.executable, "-c", SPIN], stdout=subprocess.PIPE, text=True)
                 for _ in range(copies)]
        return max(float(p.communicate()[0]) for p in procs)
    alone = min(spin(1) for _ in range(2))
    return 2 * alone / min(spin(2) for _ in range(2))


def side_by_side(folder: Path, tmp: Path, mode: str) -> float:
    """Grading wall seconds of the slower of two separate 1-worker runs (each its own driver, pool and
    gradebook) grading two copies of the class at once."""
    copy = tmp / "class-copy"
    if not copy.exists():
        shutil.copytree(folder, copy)
    env = {**os.environ, "AUTOGRADER_FRESH_GRADERS": MODES[mode]}
    runs = [subprocess.Popen([sys.executable, __file__, "--one", str(f), "1"], stdout=subprocess.PIPE, text=True,
                             env=env) for f in (folder, copy)]
    return max(json.loads(r.communicate()[0].strip().splitlines()[-1])["wall"] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=1, help="rounds of every (mode, workers) run")
    parser.add_argument("--mode", choices=["both", *MODES], default="both")
    parser.add_argument("--independent", action="store_true",
                        help="also, each round: two separate 1-worker runs side by side (no shared driver or pool)")
    parser.add_argument("--one", nargs=2, metavar=("FOLDER", "WORKERS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one_run(Path(args.one[0]), int(args.one[1]))
        return
    modes = list(MODES) if args.mode == "both" else [args.mode]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "class"
        make_class(folder, args.n)
        walls: dict[tuple[str, int], list[float]] = {}
        ceilings = []
        for _ in range(args.repeats):
            ceilings.append(parallel_ceiling())
            print(f"two independent CPU-bound processes vs one, now: {ceilings[-1]:.2f}x", flush=True)
            for workers in (1, 2):
                for mode in modes:
                    env = {**os.environ, "AUTOGRADER_FRESH_GRADERS": MODES[mode]}
                    busy, elapsed = busy_cpu_s(), time.perf_counter()
                    out = subprocess.run([sys.executable, __file__, "--one", str(folder), str(workers)], check=True,
                                         capture_output=True, text=True, env=env).stdout
                    busy, elapsed = busy_cpu_s() - busy, time.perf_counter() - elapsed  # the whole run's process
                    figures = json.loads(out.strip().splitlines()[-1])
                    wall, overheads = figures["wall"], figures["overheads"]
                    walls.setdefault((mode, workers), []).append(wall)
                    q = statistics.quantiles(overheads, n=10)
                    print(f"{mode:5s} {workers} worker(s): {args.n} submissions in {wall:5.1f} s = "
                          f"{args.n / wall:5.2f} per s; overhead per submission median {statistics.median(overheads):.3f} s, "
                          f"p90 {q[-1]:.3f} s; CPU {figures['cpu'] / args.n * 1000:.0f} ms per submission; peak "
                          f"memory of a grading worker {figures['worker_mb']:.0f} MB, of the driver "
                          f"{figures['driver_mb']:.0f} MB; this run used {figures['cpu'] / elapsed:.2f} cores, the "
                          f"machine's other users {max(0.0, busy - figures['cpu']) / elapsed:.2f}", flush=True)
            if args.independent:
                walls.setdefault(("independent", 2), []).append(side_by_side(folder, Path(tmp), modes[-1]))
                print(f"{modes[-1]:5s} two separate 1-worker runs side by side: {2 * args.n} submissions in "
                      f"{walls[('independent', 2)][-1]:5.1f} s", flush=True)
        if args.independent:
            one, two = statistics.median(walls[(modes[-1], 1)]), statistics.median(walls[("independent", 2)]) / 2
            print(f"{modes[-1]:5s} two separate 1-worker runs side by side vs one alone: {one / two:.2f}x (the "
                  f"same work with nothing shared but the machine)")
        for mode in modes:
            one, two = statistics.median(walls[(mode, 1)]), statistics.median(walls[(mode, 2)])
            print(f"{mode:5s} speed-up 2 vs 1 workers: {one / two:.2f}x (median walls {one:.1f} s, {two:.1f} s); "
                  f"two independent CPU-bound processes got {min(ceilings):.2f}-{max(ceilings):.2f}x meanwhile")


if __name__ == "__main__":
    main()
