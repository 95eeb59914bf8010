"""The student's check: an assignment's public tests on their own code, graded like a submission
(same sandbox) against the release's recorded answers."""
from __future__ import annotations

import inspect
import sys
import tempfile
from pathlib import Path
from typing import Any

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission
from autograder.results import SubmissionResult


def check_notebook(assignment: str, namespace: dict[str, Any] | None = None) -> SubmissionResult:
    """The public tests on the graded functions defined in a notebook's namespace (default: __main__)."""
    spec = load_assignment(assignment, released=True)
    namespace = namespace if namespace is not None else vars(sys.modules["__main__"])
    parts = ["import numpy as np"]
    for name in spec.functions:
        fn = namespace.get(name)
        if callable(fn):
            try:
                parts.append(inspect.getsource(fn))
            except (OSError, TypeError):
                pass
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / spec.module
        path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        return grade_submission(spec, path, mode="check", student="notebook")
