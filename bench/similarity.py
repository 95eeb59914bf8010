"""Similarity of a generated class of a1 submissions on this machine.

    .venv/bin/python bench/similarity.py [--n 500] [--baseline]

The class (tests/similarity/generate.py): disguised copies (renamed, reordered, commented) of three
independent solutions and 10% stubs. Reports the time to read and fingerprint the class and to pair
it (wall and this process's CPU), peak memory, how many pairs share code, and the ranking quality
over every pair: whether every copy pair ranks above every independent pair and no stub pair is
flagged. --baseline also runs the all-pairs implementation this replaced (bench/baseline_similarity.py,
Python's tokenize and a dict of every pair) on the same class and compares the two rankings; it
grows faster than the square of the class (2,000 submissions: about 2 minutes).
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from autograder.authoring.release import strip_solutions
from autograder.course.assignment import load_assignment
from autograder.feedback.similarity import (
    fingerprint_class,
    pair_table,
    submission_code,
)
from tests.similarity.generate import write_class


class Clock:
    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        out = (wall - self.wall, cpu - self.cpu)
        self.wall, self.cpu = wall, cpu
        return out


class Quality:
    """Ranking quality over every pair that shares code (the table keeps only the first MAX_PAIRS)."""

    def __init__(self, origin: dict[str, str]) -> None:
        self.kind = np.array([origin[name] for name in sorted(origin)])
        self.copy_pairs = sum(c * (c - 1) // 2 for k, c in Counter(origin.values()).items() if k != "stub")
        self.found, self.min_copy, self.max_independent, self.stub_pairs = 0, 1.0, 0.0, 0

    def visit(self, a: np.ndarray, b: np.ndarray, shared: np.ndarray, similarity: np.ndarray) -> None:
        ka, kb = self.kind[a], self.kind[b]
        copies = similarity[(ka == kb) & (ka != "stub")]
        self.found += len(copies)
        self.min_copy = min(self.min_copy, float(copies.min(initial=1.0)))
        self.max_independent = max(self.max_independent, float(similarity[ka != kb].max(initial=0.0)))
        self.stub_pairs += int(((ka == "stub") & (kb == "stub")).sum())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--baseline", action="store_true", help="also run the all-pairs implementation it replaced")
    args = parser.parse_args()
    spec = load_assignment("a1_backprop")
    stub = strip_solutions(spec.solution_file.read_text())
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "class"
        origin = write_class(folder, args.n)
        clock = Clock()
        sources = {p.stem: submission_code(p, spec.module) for p in sorted(folder.iterdir())}
        read = clock.lap()
        subs = fingerprint_class(sources, [stub])
        printed = clock.lap()
        quality = Quality(origin)
        table = pair_table(subs, visit=quality.visit)
        paired = clock.lap()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = (read[0] + printed[0] + paired[0], read[1] + printed[1] + paired[1])
    print(f"{args.n} submissions, {args.n * (args.n - 1) // 2} pairs: {total[0]:.1f} s wall ({total[1]:.1f} s CPU): "
          f"read {read[0]:.1f} s, fingerprint {printed[0]:.1f} s ({printed[1]:.1f} s CPU), pair {paired[0]:.1f} s "
          f"({paired[1]:.1f} s CPU); peak memory {peak:.0f} MB; "
          f"{table.total} pairs share code" + (f" (fingerprints in more than {table.common_limit} submissions ignored "
                                              "to bound the work)" if table.budget_limited else ""))
    print(f"copy pairs found: {quality.found} of {quality.copy_pairs}, min similarity {quality.min_copy:.2f}; "
          f"independent pairs: max {quality.max_independent:.2f}; stub-stub pairs flagged: {quality.stub_pairs}")
    if args.baseline:
        from bench.baseline_similarity import compare_class as baseline_compare

        clock.lap()
        old_pairs, _ = baseline_compare(sources, [stub])
        wall, cpu = clock.lap()
        new = {(p.a, p.b): p.similarity for p in pair_table(subs, keep=None).pairs()}
        old = {(p.a, p.b): p.similarity for p in old_pairs}
        both = set(old) & set(new)
        gap = max((abs(old[k] - new[k]) for k in both), default=0.0)
        print(f"baseline (all pairs): {wall:.1f} s wall ({cpu:.1f} s CPU), {len(old)} pairs share code; "
              f"pairs in one ranking only: {len(set(old) ^ set(new))}; largest similarity difference {gap:.3f}")


if __name__ == "__main__":
    main()
