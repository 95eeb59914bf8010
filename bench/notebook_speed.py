"""A notebook submission against its .py twin: the time to grade each, on this machine.

    .venv/bin/python bench/notebook_speed.py

The notebook is written the way students write one: imports of matplotlib and tqdm, a plotting
cell, a training loop of many seconds, prints, a `%matplotlib inline` magic, and the graded
functions in cells of their own. Only what the graded functions need is run (course/notebook.py),
so the goal is a notebook within 1.5x its .py (issue 19).
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import nbformat

from autograder.course.assignment import REPO_ROOT, load_assignment
from autograder.grading.run import grade_submission

EXPLORATION = [
    "%matplotlib inline\nimport matplotlib.pyplot as plt\nimport numpy as np",
    "losses = []\nfor step in range(10**8):  # minutes of training the grader never runs\n    losses.append(step)",
    "plt.plot(losses)\nplt.title('training loss')\nplt.show()",
    "print(relu_forward(np.array([-1.0, 2.0])))",
]


def notebook_of(source: str) -> str:
    nb = nbformat.v4.new_notebook()
    cells = [nbformat.v4.new_markdown_cell("# Assignment 1")]
    cells += [nbformat.v4.new_code_cell(block) for block in source.split("\n\n\n")]
    cells += [nbformat.v4.new_code_cell(code) for code in EXPLORATION]
    nb.cells = cells
    return nbformat.writes(nb)


def median_time(path: Path, repeats: int) -> float:
    spec = load_assignment("a1_backprop")
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = grade_submission(spec, path)
        times.append(time.perf_counter() - start)
        assert result.score == result.max_score, (path.name, result.load_error)
    return statistics.median(times)


def main(repeats: int = 7) -> None:
    source = (REPO_ROOT / "examples" / "a1_sample_class" / "alice_correct.py").read_text()
    with tempfile.TemporaryDirectory() as tmp:
        py, nb = Path(tmp) / "backprop.py", Path(tmp) / "backprop.ipynb"
        py.write_text(source)
        nb.write_text(notebook_of(source))
        median_time(py, 1)  # warm the worker
        t_py, t_nb = median_time(py, repeats), median_time(nb, repeats)
    print(f"a1 solution as .py:      {t_py * 1000:7.0f} ms (median of {repeats})")
    print(f"the same as a notebook:  {t_nb * 1000:7.0f} ms  ({t_nb / t_py:.2f}x; goal <= 1.5x)")


if __name__ == "__main__":
    main()
