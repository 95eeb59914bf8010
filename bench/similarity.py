"""Similarity of a generated class of 500 a1 submissions on this machine.

    .venv/bin/python bench/similarity.py [--n 500]

The class: disguised copies (renamed, reordered, commented) of three independent solutions
and 10% stubs. Reports the time to fingerprint and compare all pairs, and whether every copy
pair ranks above every independent pair.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from autograder.authoring.release import strip_solutions  # noqa: E402
from autograder.course.assignment import load_assignment  # noqa: E402
from autograder.feedback.similarity import compare_class, submission_code  # noqa: E402
from tests.similarity.generate import write_class  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500)
    args = parser.parse_args()
    spec = load_assignment("a1_backprop")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "class"
        origin = write_class(folder, args.n)
        start = time.perf_counter()
        sources = {p.stem: submission_code(p, spec.module) for p in sorted(folder.iterdir())}
        pairs, _ = compare_class(sources, [strip_solutions(spec.solution_file.read_text())])
        elapsed = time.perf_counter() - start
    same = [p.similarity for p in pairs if origin[p.a] == origin[p.b] != "stub"]
    different = [p.similarity for p in pairs if origin[p.a] != origin[p.b]]
    stub_pairs = [p for p in pairs if origin[p.a] == "stub" and origin[p.b] == "stub"]
    print(f"{args.n} submissions, {args.n * (args.n - 1) // 2} pairs: compared in {elapsed:.1f} s; "
          f"{len(pairs)} pairs share code")
    print(f"copy pairs: min similarity {min(same):.2f}; independent pairs: max {max(different, default=0):.2f}; "
          f"stub-stub pairs flagged: {len(stub_pairs)}")


if __name__ == "__main__":
    main()
