"""Notebook submissions: the defining cells are graded, exploratory cells never run, broken notebooks
get a clear per-submission error; the in-notebook check gives the same feedback."""
import json

import nbformat
import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission
from tests.conftest import REPO

SPEC = load_assignment("a1_backprop")
SOLUTION = (REPO / "examples" / "a1_sample_class" / "alice_correct.py").read_text()
MISTAKE = (REPO / "examples" / "a1_sample_class" / "mistake_db_not_summed.py").read_text()


def notebook_of(source: str, exploratory: bool = True) -> str:
    """One cell per top-level block of the module, with exploratory cells between them."""
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_markdown_cell("# Assignment 1"))
    for block in source.split("\n\n\n"):
        nb.cells.append(nbformat.v4.new_code_cell(block))
        if exploratory:
            nb.cells.append(nbformat.v4.new_code_cell("import time\nprint('training...')\ntime.sleep(3600)"))
    nb.cells.append(nbformat.v4.new_code_cell("%matplotlib inline\nimport numpy as np"))
    nb.cells.append(nbformat.v4.new_code_cell("raise SystemExit('exploration gone wrong')"))
    return nbformat.writes(nb)


def grade_text(tmp_path, text, name="a.ipynb", **kw):
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return grade_submission(SPEC, path, **kw)


def test_notebook_grades_like_the_py_version(tmp_path):
    for source in (SOLUTION, MISTAKE):
        py = tmp_path / "backprop.py"
        py.write_text(source)
        from_py = grade_submission(SPEC, py)
        from_nb = grade_text(tmp_path, notebook_of(source))
        assert from_nb.load_error is None
        assert from_nb.score == from_py.score
        assert [(t.id, t.status) for t in from_nb.tests] == [(t.id, t.status) for t in from_py.tests]
        assert from_nb.duration_s < 60  # the hour-long exploratory cells never ran


@pytest.mark.parametrize("content,message", [
    ("{not json", "not a readable notebook"),
    (json.dumps({"cells": [], "metadata": {}, "nbformat": 3, "nbformat_minor": 0}), "notebook format 3"),
    (json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), "no code cells"),
    (b"\xff\xfe{}", "not UTF-8"),
])
def test_broken_notebooks_get_a_clear_error(tmp_path, content, message):
    result = grade_text(tmp_path, content)
    assert result.score == 0 and message in (result.load_error or ""), result.load_error


def test_notebook_without_the_graded_functions(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell("def helper():\n    return 1"))
    result = grade_text(tmp_path, nbformat.writes(nb))
    assert "defines none of the graded functions" in result.load_error


def test_in_notebook_check_runs_the_public_tests(capsys):
    import autograder

    namespace = {}
    exec(compile(SOLUTION, "<notebook cell>", "exec"), namespace)  # noqa: S102 - trusted solution
    import linecache
    linecache.cache["<notebook cell>"] = (len(SOLUTION), None, SOLUTION.splitlines(True), "<notebook cell>")
    result = autograder.check("a1_backprop", namespace)
    assert result.score == result.max_score == 62.0
    assert "Score: 62 / 62" in capsys.readouterr().out
