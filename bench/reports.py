"""Reports for a class of 1,000 a1 students on this machine.

    .venv/bin/python bench/reports.py [--n 1000] [--workers 2] [--profile]

The class: the bundled sample class (24 submissions: solution, stub, partial, every catalogued
mistake, broken and hostile ones) graded once, its results stored again under N student ids, as a
class of N made of those kinds would grade (--distinct: every student's wrong values a little different,
so no plot is shared). Measures `write_reports` (per student an HTML page and
a Markdown file, and the class summary): wall time, time per student, the size of what was written
and of the class page. Goal (issue 28): 1,000 students in 60 s or less on 2 cores.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from autograder.batch.run import grade_batch
from autograder.course.assignment import REPO_ROOT, load_assignment
from autograder.feedback.reports.build import write_reports
from autograder.gradebook.store import Gradebook

SAMPLE = REPO_ROOT / "examples" / "a1_sample_class"


def class_gradebook(spec, path: Path, n: int, distinct: bool) -> None:
    """A gradebook of n students whose results are the sample class's, in turn. distinct: every
    student's wrong values differ a little from every other's (no two draw the same plot)."""
    with tempfile.TemporaryDirectory() as tmp, Gradebook(Path(tmp) / "sample.sqlite") as sample:
        grade_batch(spec, SAMPLE, sample, workers=2)
        kinds = sample.results(spec.id)
    with Gradebook(path) as gb:
        for i in range(n):
            result = kinds[i % len(kinds)].model_copy(update={"student": f"student{i:04d}", "sha256": f"{i:064x}"},
                                                      deep=True)
            if distinct:
                for t in result.tests:
                    for c in t.comparisons:
                        scale = 1 + 1e-6 * (i + 1)
                        if c.error_map:
                            c.error_map = [[v * scale for v in row] for row in c.error_map]
                        if c.got_values:
                            c.got_values = [v * scale for v in c.got_values]
            gb.record(result)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None, help="processes rendering pages (default: one per core)")
    parser.add_argument("--distinct", action="store_true", help="no two students' plots alike (the worst case)")
    parser.add_argument("--profile", action="store_true", help="print where the time goes (one process)")
    args = parser.parse_args()
    spec = load_assignment("a1_backprop")
    with tempfile.TemporaryDirectory() as tmp:
        gradebook = Path(tmp) / "gradebook.sqlite"
        start = time.perf_counter()
        class_gradebook(spec, gradebook, args.n, args.distinct)
        print(f"setup: a gradebook of {args.n} students in {time.perf_counter() - start:.1f} s")
        out = Path(tmp) / "reports"
        with Gradebook(gradebook) as gb:
            profiler = cProfile.Profile() if args.profile else None
            start, cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            kwargs = {} if args.workers is None else {"workers": args.workers}
            target = write_reports(gb, spec, out, **kwargs)
            if profiler:
                profiler.disable()
            wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        files = [p for p in out.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        index = (target / "index.html").stat().st_size
        print(f"reports for {args.n} students: {wall:.1f} s wall ({1000 * wall / args.n:.0f} ms per student; "
              f"{cpu:.1f} s CPU in the driver), {len(files)} files, {size / 2**20:.1f} MiB, "
              f"class page {index / 1024:.0f} KiB")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
