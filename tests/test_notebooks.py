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


# --- notebooks written the way students write them (issue 25): graded like their .py twins ------

RELU = "    out = np.maximum(x, 0)\n"
BLOCKS = SOLUTION.split("\n\n\n")
HEAD, FUNCTIONS = BLOCKS[0], BLOCKS[1:]  # imports and docstring; one function per block


def nb(*cells: str) -> str:
    """A notebook of these code cells, with a markdown cell first as students' notebooks have."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("# Assignment 1")] + [nbformat.v4.new_code_cell(c) for c in cells]
    return nbformat.writes(notebook)


def with_relu(body: str) -> list[str]:
    """The solution's function blocks with relu_forward's first line replaced by body."""
    return [b.replace(RELU, body) for b in FUNCTIONS]


def same_grades(tmp_path, notebook_text: str, py_source: str):
    """Grade the notebook and its .py twin; assert they agree test by test; return the notebook's."""
    py = tmp_path / "backprop.py"
    py.write_text(py_source)
    from_py = grade_submission(SPEC, py)
    from_nb = grade_text(tmp_path, notebook_text)
    assert from_nb.load_error == from_py.load_error is None, from_nb.load_error
    assert [(t.id, t.status, t.points_earned) for t in from_nb.tests] == \
        [(t.id, t.status, t.points_earned) for t in from_py.tests]
    return from_nb


COMPUTED = ("SCALE = np.float64(1.0)\nDTYPE = np.float64\nEPS = np.finfo(float).eps\n"
            "rng = np.random.default_rng(0)\nSIGNS = {k: np.sign(k) for k in range(-2, 3)}")
USES_COMPUTED = "    out = (np.maximum(x, 0) * SCALE).astype(DTYPE) + 0 * EPS * SIGNS[1] + 0 * rng.random()\n"


def test_computed_constants_in_an_earlier_cell(tmp_path):
    cells = [HEAD, COMPUTED, *with_relu(USES_COMPUTED)]
    result = same_grades(tmp_path, nb(*cells), "\n\n\n".join(cells))
    assert result.score == result.max_score
    kept = {c.number: c for c in result.notebook_cells}
    assert kept[2].kept == "all" and set(kept[2].needed_for) == {"SCALE", "DTYPE", "EPS", "rng", "SIGNS"}
    assert set(kept[2].needed_for.values()) == {"relu_forward"}


def test_constants_after_the_function_cell_and_helpers_in_other_cells(tmp_path):
    helper = "def _positive_part(x):\n    return np.maximum(x, 0) * SCALE"
    cells = [HEAD, *with_relu("    out = _positive_part(x)\n"), helper, "SCALE = np.float64(1.0)"]
    result = same_grades(tmp_path, nb(*cells), "\n\n\n".join(cells))
    assert result.score == result.max_score


def test_the_last_definition_counts(tmp_path):
    wrong = "def relu_forward(x):\n    return x, x"
    for cells in ([HEAD, *FUNCTIONS, wrong], [HEAD, wrong, *FUNCTIONS]):  # as when the notebook runs top to bottom
        result = same_grades(tmp_path, nb(*cells), "\n\n\n".join(cells))
        assert (result.score == result.max_score) == (cells[-1] != wrong)


def test_exploration_is_left_out_and_listed(tmp_path, capsys):
    exploratory = [
        "W_demo = np.random.randn(3, 4)\nprint(relu_forward(W_demo))",
        "loss = 0.0\nfor step in range(10**12):  # ten minutes of training, never run by the grader\n    loss += 1",
        "%matplotlib inline\nimport matplotlib.pyplot as plt\nplt.plot([1, 2])",
        "!pip install tqdm\nfiles = !ls",
        "%%bash\necho hello",
        "%%time\nprint(softmax(np.zeros((2, 3))))",
        "relu_forward(np.ones(3))",
        "if __name__ == '__main__':\n    while True:\n        pass",
        "def broken(:\n    pass",
    ]
    cells = [HEAD, COMPUTED, *with_relu(USES_COMPUTED)]
    result = same_grades(tmp_path, nb(*cells, *exploratory), "\n\n\n".join(cells))
    assert result.score == result.max_score and result.duration_s < 120
    left_out = {c.number: c for c in result.notebook_cells if c.kept == "none"}
    assert set(left_out) == set(range(len(cells) + 1, len(cells) + len(exploratory) + 1))
    assert "syntax error" in left_out[len(cells) + 9].note and "%%bash" in left_out[len(cells) + 5].note

    from rich.console import Console

    from autograder.feedback.console import print_submission
    print_submission(result, Console(width=200))
    out = capsys.readouterr().out
    assert "Cells left out" in out and f"code cell {len(cells) + 2}: loss = 0.0" in out, out
    assert "code cell 2: SCALE = np.float64(1.0)" in out
    assert "relu_forward() reads DTYPE, EPS, SCALE, SIGNS and rng" in out


def test_a_needed_cell_that_fails_is_the_load_error_naming_it(tmp_path):
    cells = [HEAD, "SCALE = np.float64(1.0) / undefined_name", *with_relu(USES_COMPUTED.replace(
        "+ 0 * EPS * SIGNS[1] + 0 * rng.random()", "").replace(".astype(DTYPE)", ""))]
    result = grade_text(tmp_path, nb(*cells))
    assert result.score == 0
    assert result.load_error.startswith("code cell 2 (kept because relu_forward() reads SCALE) failed"), \
        result.load_error
    assert "NameError" in result.load_error and result.tests[0].message == result.load_error


def test_a_broken_cell_defining_a_graded_function_is_named(tmp_path):
    cells = [HEAD, *[b for b in FUNCTIONS if "def relu_forward" not in b], "def relu_forward(x:\n    return x"]
    result = grade_text(tmp_path, nb(*cells))
    assert result.score == 0 and f"code cell {len(cells)} has a syntax error" in result.load_error
    assert "relu_forward" in result.load_error


def test_in_notebook_check_grades_the_cells_as_they_ran(capsys):
    import autograder

    ran = [HEAD, COMPUTED, *with_relu(USES_COMPUTED), "loss = 0\nwhile True:\n    loss += 1",
           "from autograder import check\ncheck('a1_backprop')"]
    result = autograder.check("a1_backprop", {"In": ["", *ran]})  # IPython's In: what ran, in order
    assert result.score == result.max_score == 62.0
    assert any(c.needed_for for c in result.notebook_cells)
    assert "Score: 62 / 62" in capsys.readouterr().out


def test_autograder_check_on_a_notebook_builds_the_same_module(tmp_path):
    released = load_assignment("a1_backprop", released=True)
    cells = [HEAD, COMPUTED, *with_relu(USES_COMPUTED), "for step in range(10**12):\n    pass"]
    path = tmp_path / "backprop.ipynb"
    path.write_text(nb(*cells))
    result = grade_submission(released, path, mode="check")
    assert result.score == result.max_score == 62.0 and result.notebook_cells[-1].kept == "none"
