"""How long the mutation audit takes: per assignment, the mutants graded, the wall time, the time per
mutant and the mutation score, on 1 and 2 workers by default.

    .venv/bin/python bench/mutation_audit.py                       # a1-a5, 2 workers
    .venv/bin/python bench/mutation_audit.py --workers 1,2 a4_init  # one assignment, 1 then 2 workers
    .venv/bin/python bench/mutation_audit.py a6_cnn                 # a6 trains a CNN per mutant: minutes

The time per mutant is the fork of a warm process plus the grader tests that reach the mutated
function (all of a6's: two trainings); the equivalence filter adds a little to each survivor.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autograder.authoring.mutation import DEFAULT_MAX_PER_FUNCTION, audit_assignment  # noqa: E402
from autograder.course.assignment import load_assignment  # noqa: E402

DEFAULT = ["a1_backprop", "a2_optim", "a3_conv", "a4_init", "a5_normalization"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("assignments", nargs="*", default=DEFAULT)
    parser.add_argument("--workers", default="2", help="comma-separated worker counts to time (default 2)")
    parser.add_argument("--max-per-function", type=int, default=DEFAULT_MAX_PER_FUNCTION, help="0: no cap")
    args = parser.parse_args()
    print(f"{'assignment':<18}{'workers':>8}{'mutants':>9}{'wall s':>9}{'s/mutant':>10}{'baseline s':>12}{'score':>8}")
    for assignment in args.assignments:
        spec = load_assignment(assignment)
        for workers in (int(w) for w in args.workers.split(",")):
            started = time.monotonic()
            audit = audit_assignment(spec, max_per_function=args.max_per_function or None, workers=workers)
            wall = time.monotonic() - started
            score = "n/a" if audit.mutation_score is None else f"{audit.mutation_score:.1%}"
            print(f"{assignment:<18}{workers:>8}{audit.total:>9}{wall:>9.1f}{wall / max(audit.total, 1):>10.3f}"
                  f"{audit.baseline_s:>12.2f}{score:>8}", flush=True)


if __name__ == "__main__":
    main()
