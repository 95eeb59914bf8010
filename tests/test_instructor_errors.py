"""An instructor's own errors stop the run with a message naming them and never become students'
grades: the solution is graded first (preflight), results remember the graders that made them
(a fingerprint) so a changed grader regrades, and a grader error keeps that result out."""
import re
import shutil

import pytest

from autograder.batch import run as batch_run
from autograder.batch.run import InstructorError, cached_preflight, grade_batch, grade_class
from autograder.course.assignment import grader_fingerprint, grader_identity, load_assignment
from autograder.gradebook.store import Gradebook
from autograder.grading.run import grade_submission
from tests.conftest import REPO

SAMPLE = REPO / "examples" / "a1_sample_class"


@pytest.fixture
def course(tmp_path):
    """A copy of a1 in a course of its own, and a class of two submissions."""
    root = tmp_path / "course" / "solutions" / "a1_backprop"
    shutil.copytree(REPO / "solutions" / "a1_backprop", root, ignore=shutil.ignore_patterns("__pycache__"))
    subs = tmp_path / "subs"
    subs.mkdir()
    shutil.copy(SAMPLE / "alice_correct.py", subs / "alice.py")
    shutil.copy(SAMPLE / "mistake_db_not_summed.py", subs / "bob.py")
    return root, subs, tmp_path / "out"


def set_toml(root, old, new):
    toml = root / "assignment.toml"
    text = toml.read_text()
    assert old in text
    toml.write_text(text.replace(old, new, 1))


def test_a_reference_that_does_not_import_stops_the_run_and_is_named(course):
    root, subs, out = course
    set_toml(root, 'reference = "reference.backprop"', 'reference = "reference.no_such_module"')
    with pytest.raises(InstructorError, match="reference.no_such_module") as raised:
        grade_class(load_assignment(root), subs, out, workers=1)
    assert "no student was graded" in str(raised.value)
    with Gradebook(out / "gradebook.sqlite") as book:
        assert book.count("a1_backprop") == 0  # nobody got a zero for it


def test_a_changed_grader_regrades_and_the_maximum_follows(course):
    root, subs, out = course
    first = grade_class(load_assignment(root), subs, out, workers=1)
    assert first.summary.graded_now == 2 and first.summary.regraded_stale == []
    again = grade_class(load_assignment(root), subs, out, workers=1)
    assert again.summary.graded_now == 0  # same files, same graders
    grader = root / "tests" / "test_backprop.py"
    first_mark = re.search(r"@graded\(points=(\d+)", grader.read_text())
    points = int(first_mark.group(1))
    grader.write_text(grader.read_text().replace(first_mark.group(0), f"@graded(points={points + 5}", 1))
    changed = grade_class(load_assignment(root), subs, out, workers=1)
    assert changed.summary.graded_now == 2 and changed.summary.regraded_stale == ["alice", "bob"]
    with Gradebook(out / "gradebook.sqlite") as book:
        rows = {r.student: r for r in book.current("a1_backprop")}
    before = {r.student: r for r in first.results}
    assert rows["alice"].max_score == before["alice"].max_score + 5 == rows["alice"].raw_score


def test_one_student_is_regraded_on_request(course):
    root, subs, out = course
    grade_class(load_assignment(root), subs, out, workers=1)
    again = grade_class(load_assignment(root), subs, out, workers=1, students={"bob"})
    assert again.summary.graded_now == 1 and [r.student for r in again.results if r.student == "bob"]


def test_the_fingerprint_covers_what_decides_a_grade(course):
    root, _, _ = course
    spec = load_assignment(root)
    before = grader_fingerprint(spec)
    for path in (root / "mistakes.py", root / "assignment.toml", root / "tests" / "test_backprop.py"):
        original = path.read_text()
        path.write_text(original + "\n# changed\n")
        assert grader_fingerprint(load_assignment(root)) != before, path.name
        path.write_text(original)
    assert grader_fingerprint(load_assignment(root)) == before
    assert grade_submission(spec, SAMPLE / "alice_correct.py").grader_version == grader_identity(spec)


def test_preflight_runs_once_per_grader_and_solution(course, monkeypatch):
    root, _, out = course
    calls = []
    monkeypatch.setattr(batch_run, "preflight_solution", lambda spec: calls.append(spec.id))
    check = cached_preflight(out / "preflight")
    check(load_assignment(root))
    check(load_assignment(root))
    assert calls == ["a1_backprop"]
    (root / "backprop.py").write_text((root / "backprop.py").read_text() + "\n# edited\n")
    check(load_assignment(root))
    assert len(calls) == 2


def test_a_grader_error_keeps_that_result_out_of_the_gradebook(course, tmp_path):
    root, subs, _ = course
    spec = load_assignment(root)

    def executor(spec, tasks, workers):
        for task in tasks:
            result = grade_submission(spec, task.path, student=task.student)
            if task.student == "bob":  # as when the reference raises on bob's own hidden inputs
                result.tests[0].status, result.tests[0].message = "error", "grader error: the reference raised"
            yield task, result.model_dump(mode="json")

    with Gradebook(tmp_path / "book.sqlite") as book:
        summary = grade_batch(spec, subs, book, workers=1, executor=executor)
        assert set(summary.grader_errors) == {"bob"} and "the reference raised" in summary.grader_errors["bob"]
        assert [r.student for r in book.current(spec.id)] == ["alice"]


def test_an_exception_in_the_reference_is_a_grader_error_not_the_students(course, tmp_path):
    root, _, _ = course
    reference = tmp_path / "course" / "course_reference.py"
    source = (REPO / "reference" / "backprop.py").read_text()
    reference.write_text(source + "\n\ndef relu_forward(x):\n    raise RuntimeError('instructor typo')\n")
    set_toml(root, 'reference = "reference.backprop"', 'reference = "course_reference"')
    import sys
    sys.path.insert(0, str(reference.parent))
    try:
        result = grade_submission(load_assignment(root), SAMPLE / "alice_correct.py")
    finally:
        sys.path.remove(str(reference.parent))
        sys.modules.pop("course_reference", None)
    relu = [t for t in result.tests if t.id in ("test_relu", "test_relu_backward_at_zero")]
    assert relu and all(t.status == "error" for t in relu), [(t.id, t.status, t.message) for t in relu]
    assert "grader error: the reference course_reference.relu_forward() raised RuntimeError" in relu[0].message
    assert batch_run.grader_errors(result)  # so a batch records none of it


def test_a_misspelt_name_in_a_grader_is_a_grader_error_not_the_students(course):
    """A NameError in the grader's own code (a helper it forgot to import) is the instructor's: it was
    once worded as "the grader could not use your return value" and cost every student the test."""
    root, _, _ = course
    tests = root / "tests" / "test_backprop.py"
    text = tests.read_text()
    head = 'def test_affine_forward(student, oracle, rng):\n'
    assert head in text
    tests.write_text(text.replace(head, head + "    expect_nothing_like_this()\n", 1))
    result = grade_submission(load_assignment(root), SAMPLE / "alice_correct.py")
    broken = next(t for t in result.tests if t.id == "test_affine_forward")
    assert broken.status == "error" and broken.message.startswith("grader error: the test raised NameError"), \
        broken.message
    assert batch_run.grader_errors(result)


def test_ctrl_c_stops_grade_within_seconds_with_one_line(course, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    root, _, out = course
    slow = tmp_path / "slow"
    slow.mkdir()
    for i in range(6):  # each import takes 15 s: the run is mid-way when interrupted
        (slow / f"s{i}.py").write_text("import time\ntime.sleep(15)\n" + (SAMPLE / "alice_correct.py").read_text())
    run = subprocess.Popen([sys.executable, "-m", "autograder.cli", "grade", str(root), str(slow), "--out", str(out),
                            "--workers", "2", "--skip-preflight"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)
    time.sleep(6)
    started = time.monotonic()
    os.killpg(run.pid, signal.SIGINT)  # what Ctrl-C sends: the whole foreground process group
    _, err = run.communicate(timeout=60)
    assert time.monotonic() - started < 5
    assert run.returncode == 130 and "run the same command again to resume" in err
    assert "Traceback" not in err, err


def test_stray_files_are_listed_not_graded_and_an_empty_folder_warns(course, tmp_path):
    import subprocess
    import sys

    root, subs, out = course
    (subs / "readme.txt").write_text("submissions of week 3\n")
    graded = grade_class(load_assignment(root), subs, out, workers=1)
    assert graded.summary.not_submissions == ["readme.txt"]
    assert sorted(r.student for r in graded.results) == ["alice", "bob"]  # no student called readme
    empty = tmp_path / "empty"
    empty.mkdir()
    run = subprocess.run([sys.executable, "-m", "autograder.cli", "grade", str(root), str(empty), "--out",
                          str(tmp_path / "o2")], capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "holds no submissions" in run.stdout, run.stdout + run.stderr


@pytest.mark.parametrize("args,says", [
    (["export", "--gradebook", "{tmp}/none/gradebook.sqlite", "--out", "{tmp}/lms.csv"], "no gradebook at"),
    (["export", "--gradebook", "{book}", "--roster", "{tmp}/no_roster.csv", "--out", "{tmp}/lms.csv"],
     "no_roster.csv: No such file"),
    (["grade", "no_such_assignment", "{tmp}", "--out", "{tmp}/o"], "assignments in"),
])
def test_instructor_input_errors_are_one_line(tmp_path, args, says):
    import subprocess
    import sys

    book = tmp_path / "book.sqlite"
    Gradebook(book).close()
    argv = [a.format(tmp=tmp_path, book=book) for a in args]
    run = subprocess.run([sys.executable, "-m", "autograder.cli", *argv], capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and says in run.stderr and "Traceback" not in run.stderr, run.stderr
    assert not (tmp_path / "none").exists()  # reading a gradebook never creates one
