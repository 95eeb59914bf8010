"""nbgrader interoperability: our source notebook is accepted by nbgrader, our release equals what
`nbgrader generate_assignment` makes, and the answered notebook grades like the .py version."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from autograder.course.assignment import load_assignment
from autograder.course.mistakes import load_catalog, mutant_source
from autograder.grading.run import grade_submission
from tests.conftest import A1_TOTAL

pytest.importorskip("nbgrader")
from autograder.authoring.nbgrader_notebooks import write_notebook_release  # noqa: E402

SPEC = load_assignment("a1_backprop")


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("course")
    source, release = write_notebook_release(SPEC, root)
    (root / "nbgrader_config.py").write_text(f"c = get_config()\nc.CourseDirectory.root = {str(root)!r}\n")
    nbgrader = shutil.which("nbgrader", path=os.path.dirname(sys.executable)) or "nbgrader"
    env = {**os.environ, "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")}
    run = subprocess.run([nbgrader, "generate_assignment", SPEC.id, "--force",
                          "--CourseDirectory.release_directory=release_by_nbgrader"], cwd=root, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    return root, source, release


def test_nbgrader_accepts_the_source_and_makes_the_same_release(course):
    root, _, release = course
    theirs = nbformat.read(root / "release_by_nbgrader" / SPEC.id / release.name, as_version=4)
    ours = nbformat.read(release, as_version=4)
    assert [c.source for c in ours.cells] == [c.source for c in theirs.cells]
    assert [c.metadata for c in ours.cells] == [c.metadata for c in theirs.cells]
    assert "raise NotImplementedError()" in ours.cells[2].source
    assert "### BEGIN SOLUTION" not in nbformat.writes(ours)


def _answer(release: Path, module_source: str, target: Path) -> Path:
    """A student fills each solution cell of the released notebook with their function."""
    import ast

    tree = ast.parse(module_source)
    lines = module_source.splitlines()
    functions = {}
    for node in tree.body:  # a mutant redefines a function at the end: the last definition wins
        if isinstance(node, ast.FunctionDef):
            functions[node.name] = "\n".join(lines[node.lineno - 1:node.end_lineno])
    nb = nbformat.read(release, as_version=4)
    for cell in nb.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if cell.metadata.get("nbgrader", {}).get("solution") and grade_id in functions:
            cell.source = functions[grade_id]
    nb.cells.append(nbformat.v4.new_code_cell("X = np.random.randn(3, 4)\nprint(affine_forward(X, np.ones((4, 2)), np.zeros(2)))"))
    nbformat.write(nb, target)
    return target


@pytest.mark.parametrize("variant", ["solution", "db_not_summed", "softmax_no_max_subtraction"])
def test_answered_notebook_grades_like_the_py_version(course, tmp_path, variant):
    _, _, release = course
    source = SPEC.solution_file.read_text()
    if variant != "solution":
        mistake = next(m for m in load_catalog(SPEC.mistakes_file) if m.id == variant)
        source = mutant_source(source, mistake)
    py = tmp_path / "backprop.py"
    py.write_text(source)
    notebook = _answer(release, source, tmp_path / "student.ipynb")
    from_py, from_nb = grade_submission(SPEC, py), grade_submission(SPEC, notebook)
    assert from_nb.load_error is None
    assert from_nb.score == from_py.score
    assert {m.id for t in from_nb.tests for m in t.mistakes} == {m.id for t in from_py.tests for m in t.mistakes}


def test_grades_export_into_an_nbgrader_gradebook(tmp_path):
    from nbgrader.api import Gradebook as NbgraderGradebook

    from autograder.feedback.nbgrader_gradebook import export_to_nbgrader

    good = grade_submission(SPEC, SPEC.solution_file, student="ann")
    wrong = tmp_path / "backprop.py"
    mistake = next(m for m in load_catalog(SPEC.mistakes_file) if m.id == "db_not_summed")
    wrong.write_text(mutant_source(SPEC.solution_file.read_text(), mistake))
    bad = grade_submission(SPEC, wrong, student="ben")
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    assert export_to_nbgrader([good, bad], url, SPEC.id) == 2
    with NbgraderGradebook(url) as gb:
        assert gb.find_submission(SPEC.id, "ann").score == pytest.approx(A1_TOTAL)
        assert gb.find_submission(SPEC.id, "ben").score == pytest.approx(bad.score)
        assert gb.find_assignment(SPEC.id).max_score == pytest.approx(A1_TOTAL)


def test_an_assignment_authored_as_a_notebook(tmp_path, course):
    """solutions/<id>/<module>.ipynb with nbgrader solution cells (no .py): graded, mutated and released."""
    from autograder.authoring.release import release_assignment
    from autograder.course.assignment import load_assignment as load

    _, source, _ = course
    folder = tmp_path / "solutions" / "a1_nb"
    shutil.copytree(SPEC.tests_dir, folder / "tests")
    shutil.copy(SPEC.mistakes_file, folder / "mistakes.py")
    shutil.copy(source, folder / "backprop.ipynb")
    (folder / "assignment.toml").write_text((SPEC.root / "assignment.toml").read_text().replace(
        'id = "a1_backprop"', 'id = "a1_nb"'))
    spec = load(folder)
    assert not (folder / "backprop.py").exists() and spec.solution_file.parent.name == ".build"
    solution = grade_submission(spec, spec.solution_file)
    assert solution.score == solution.max_score == A1_TOTAL
    mistake = next(m for m in load_catalog(spec.mistakes_file) if m.id == "sigmoid_derivative_is_s")
    wrong = tmp_path / "backprop.py"
    wrong.write_text(mutant_source(spec.solution_file.read_text(), mistake))
    assert "sigmoid_derivative_is_s" in {m.id for t in grade_submission(spec, wrong).tests for m in t.mistakes}
    released = release_assignment(spec, tmp_path / "assignments")
    assert (released / "backprop.ipynb").is_file() and (released / "backprop.py").is_file()
    stub = grade_submission(load(released), released / "backprop.ipynb", mode="check")
    assert stub.score == 0 and stub.load_error is None


def _graded(student: str, earned: list[float]):
    """A result of two tests (4 and 6 points) with the points given, as grading would store it."""
    from autograder.results import SubmissionResult, TestResult

    tests = [TestResult(id=f"test_{n}", name=f"test_{n}", points_possible=p, points_earned=e,
                        status="passed" if e == p else "failed", group="g")
             for n, (e, p) in enumerate(zip(earned, (4.0, 6.0)))]
    return SubmissionResult(student=student, assignment=SPEC.id, submission_file="backprop.py",
                            sha256=student.encode().hex().ljust(64, "0"), score=sum(earned), max_score=10.0,
                            tests=tests, duration_s=0.1, graded_at="2030-01-01T00:00:00Z", grader_version="g")


def test_staff_adjustments_of_the_whole_assignment_reach_the_nbgrader_gradebook(tmp_path):
    """An adjustment of the whole assignment (no test) counts in nbgrader's score, as extra credit of a
    grade cell worth nothing; a test's adjustment counts in that test; a withdrawn one leaves on the next
    export; the assignment is still worth its tests' points."""
    from nbgrader.api import Gradebook as NbgraderGradebook

    from autograder.feedback.nbgrader_gradebook import STAFF_CELL, export_to_nbgrader
    from autograder.gradebook.store import Gradebook

    with Gradebook(tmp_path / "gradebook.sqlite") as gb:
        for student, earned in (("ann", [4.0, 3.0]), ("ben", [0.0, 6.0]), ("cat", [4.0, 6.0])):
            gb.record(_graded(student, earned))
        bonus = gb.add_adjustment("ann", SPEC.id, 2.5, "a good explanation in the notebook", "ta")
        gb.add_adjustment("ben", SPEC.id, -1.0, "code copied from the lecture notes without saying so", "ta")
        gb.add_adjustment("cat", SPEC.id, -1.0, "test_1's tolerance was too loose", "ta", test="test_1")
        results = {e.row.student: e.require() for e in gb.stored_results(SPEC.id)}
        url = f"sqlite:///{tmp_path / 'nb.db'}"
        assert export_to_nbgrader(list(results.values()), url, SPEC.id) == 3
        with NbgraderGradebook(url) as nb:
            scores = {s: nb.find_submission(SPEC.id, s).score for s in results}
            assert scores == pytest.approx({"ann": 9.5, "ben": 5.0, "cat": 9.0})
            assert scores == pytest.approx({s: r.score for s, r in results.items()})
            assert nb.find_grade(STAFF_CELL, "autograder", SPEC.id, "ann").extra_credit == pytest.approx(2.5)
            assert nb.find_assignment(SPEC.id).max_score == pytest.approx(10.0)
        gb.withdraw("adjustment", bonus, "ann", SPEC.id, "ta")
        gb.withdraw("adjustment", bonus + 1, "ben", SPEC.id, "ta")
        again = [e.require() for e in gb.stored_results(SPEC.id)]
    assert export_to_nbgrader(again, url, SPEC.id) == 3
    with NbgraderGradebook(url) as nb:
        assert nb.find_submission(SPEC.id, "ann").score == pytest.approx(7.0)
        assert nb.find_submission(SPEC.id, "ben").score == pytest.approx(6.0)
