"""The CPU the one-edit repair (grading/repair.py) costs: hold-out mistakes graded with the repair on, off, and on
again (the grader's and its sandboxes' CPU seconds, and the wall time), from the same submissions.

    .venv/bin/python bench/repair_cost.py [--set holdout50] [--n 30]

a6 entries (trainings, which the repair skips) are left out.
"""
from __future__ import annotations

import argparse
import importlib
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from autograder.grading import diagnosis  # noqa: E402
from bench.diagnosis_corpus import grade  # noqa: E402


def cpu_s() -> float:
    """This process's and its reaped children's CPU seconds (the sandboxes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="holdout50")
    parser.add_argument("--n", type=int, default=30)
    args = parser.parse_args()
    module = importlib.import_module(f"tests.diagnosis_corpus.{args.set}")
    entries = [e for e in getattr(module, f"HOLDOUT{args.set.removeprefix('holdout')}")
               if e.assignment != "a6_cnn"][:args.n]
    budget = diagnosis.REPAIR_BUDGET_S
    for label, seconds in (("on", budget), ("off", 0.0), ("on", budget)):
        diagnosis.REPAIR_BUDGET_S = seconds
        cpu, wall = cpu_s(), time.monotonic()
        for entry in entries:
            with tempfile.TemporaryDirectory() as tmp:
                grade(entry, Path(tmp))
        print(f"repair {label:3}: {len(entries)} mistakes of {args.set}, CPU {cpu_s() - cpu:.1f} s, "
              f"wall {time.monotonic() - wall:.1f} s", flush=True)


if __name__ == "__main__":
    main()
