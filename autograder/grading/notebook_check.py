"""The student's check: an assignment's public tests on their own code, graded like a submission
(same sandbox, same module built from the notebook) against the release's recorded answers."""
from __future__ import annotations

import inspect
import sys
import tempfile
from pathlib import Path
from typing import Any

import nbformat

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission
from autograder.results import SubmissionResult


def check_notebook(assignment: str, namespace: dict[str, Any] | None = None) -> SubmissionResult:
    """The public tests on the graded functions of a running notebook (default namespace: __main__).

    The cells the student ran, in the order they ran them (IPython's input history), are graded as a
    notebook file would be (course/notebook.py), so a check in the notebook and the grader agree on
    what was graded. Without a history (plain Python), the functions' own source is graded."""
    spec = load_assignment(assignment, released=True)
    namespace = namespace if namespace is not None else vars(sys.modules["__main__"])
    cells = ran_cells(namespace)
    with tempfile.TemporaryDirectory() as tmp:
        if cells:
            path = Path(tmp) / (Path(spec.module).stem + ".ipynb")
            nb = nbformat.v4.new_notebook()
            nb.cells = [nbformat.v4.new_code_cell(code) for code in cells]
            path.write_text(nbformat.writes(nb), encoding="utf-8")
        else:
            path = Path(tmp) / spec.module
            path.write_text(_functions_source(spec.functions, namespace), encoding="utf-8")
        return grade_submission(spec, path, mode="check", student="notebook")


def ran_cells(namespace: dict[str, Any]) -> list[str]:
    """The code of the cells run so far, in the order they ran, as typed (magics included); empty
    outside IPython. IPython keeps what was typed in its history manager and the translated code in
    the namespace's `In`; the typed code is preferred, as a `%%time` cell's body is Python there."""
    history = None
    shell = namespace.get("get_ipython")
    if callable(shell):
        try:
            history = list(shell().history_manager.input_hist_raw)
        except Exception:  # noqa: BLE001 - not a real IPython shell: fall back to `In`
            history = None
    if history is None:
        history = namespace.get("In")
    if not isinstance(history, list):
        return []
    return [code for code in history if isinstance(code, str) and code.strip()]


def _functions_source(functions: list[str], namespace: dict[str, Any]) -> str:
    parts = ["import numpy as np"]
    for name in functions:
        fn = namespace.get(name)
        if callable(fn):
            try:
                parts.append(inspect.getsource(fn))
            except (OSError, TypeError):
                pass
    return "\n\n".join(parts) + "\n"
