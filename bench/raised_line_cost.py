"""What describing an error costs in the child (sandbox/raised_values.py): a call that raises, made again and again
in one sandboxed child, against one that returns after the same work.

    .venv/bin/python bench/raised_line_cost.py [--calls 200]

The raising call computes a (200, 50) @ (50, 100) product, then adds a shape that does not broadcast: the
description computes the product again, within its budget (0.5 s CPU, 1 s wall per exception).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from autograder.sandbox.errors import StudentException
from autograder.sandbox.limits import Limits
from autograder.sandbox.process import StudentProcess

SOURCE = """import numpy as np


def raises(X, Y):
    Z = X @ Y.T
    return Z + np.ones(7)


def returns(X, Y):
    Z = X @ Y.T
    return 1
"""


def per_call_ms(process: StudentProcess, function: str, calls: int) -> float:
    X, Y = np.ones((200, 50)), np.ones((100, 50))
    start = time.perf_counter()
    for _ in range(calls):
        try:
            process.call(function, X, Y)
        except StudentException:
            pass
    return (time.perf_counter() - start) / calls * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calls", type=int, default=200)
    calls = parser.parse_args().calls
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "submission"
        folder.mkdir()
        folder.chmod(0o755)
        (folder / "sub.py").write_text(SOURCE)
        (folder / "sub.py").chmod(0o644)
        process = StudentProcess(folder, "sub", Limits(call_timeout_s=30.0))
        process.start()
        try:
            for round_ in (1, 2):  # (the first round warms the child up)
                returned, raised = per_call_ms(process, "returns", calls), per_call_ms(process, "raises", calls)
                print(f"round {round_}: a call that returns {returned:.2f} ms, one that raises and is described "
                      f"{raised:.2f} ms (+{raised - returned:.2f} ms)")
        finally:
            process.kill()


if __name__ == "__main__":
    main()
