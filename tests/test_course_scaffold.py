"""A new instructor's course from an empty folder (issue 19's bar): init, new, selftest, release and
grade succeed at once; a reference that does not exist stops `grade` naming it; raising a test's
points regrades with the new maximum; the course's own `reference` package is the one graded with."""
import os
import re
import shutil
import subprocess
import sys

import pytest

from autograder.authoring.scaffold import ScaffoldError, init_course, new_assignment
from autograder.course.location import find_course_root


def cli(*args, cwd):
    env = dict(os.environ, PYTHONPATH="")  # imports as an installed tool sees them, not this checkout's folder
    return subprocess.run([sys.executable, "-m", "autograder.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env=env)


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    root = tmp_path_factory.mktemp("empty") / "course"
    out = cli("init", str(root), cwd=root.parent)
    assert out.returncode == 0, out.stderr
    out = cli("new", "leaky", cwd=root)
    assert out.returncode == 0, out.stderr
    return root


def test_new_assignment_passes_selftest_release_and_grade(course):
    selftest = cli("selftest", "leaky", cwd=course / "solutions")  # anywhere inside the course
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert "backward_ignores_alpha is caught and named" in selftest.stdout
    assert cli("release", "leaky", cwd=course).returncode == 0
    assert (course / "assignments" / "leaky" / "leaky.py").is_file()
    assert "BEGIN SOLUTION" not in (course / "assignments" / "leaky" / "leaky.py").read_text()
    subs = course / "subs"
    subs.mkdir()
    shutil.copy(course / "solutions" / "leaky" / "leaky.py", subs / "solution_as_student.py")
    graded = cli("grade", "leaky", "subs", "--out", "out", cwd=course)
    assert graded.returncode == 0, graded.stdout + graded.stderr
    assert re.search(r"solution_as_student\s*│\s*10/10", graded.stdout), graded.stdout


def test_course_option_after_the_command_from_outside(course, tmp_path):
    out = cli("selftest", "leaky", "--course", str(course), cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr


def test_a_missing_reference_stops_grade_naming_it_and_more_points_regrade(course, tmp_path):
    copy = tmp_path / "course"
    shutil.copytree(course, copy, ignore=shutil.ignore_patterns("out", "__pycache__", "subs"))
    subs = copy / "subs"
    subs.mkdir()
    shutil.copy(copy / "solutions" / "leaky" / "samples" / "correct.py", subs / "alice.py")
    toml = copy / "solutions" / "leaky" / "assignment.toml"
    good = toml.read_text()
    toml.write_text(good.replace('reference = "reference.leaky"', 'reference = "reference.leaky_gone"'))
    out = cli("grade", "leaky", "subs", "--out", "out", cwd=copy)
    assert out.returncode != 0 and "reference.leaky_gone" in out.stdout + out.stderr, out.stdout + out.stderr
    toml.write_text(good)
    assert cli("grade", "leaky", "subs", "--out", "out", cwd=copy).returncode == 0
    graders = copy / "solutions" / "leaky" / "tests" / "test_leaky.py"
    graders.write_text(graders.read_text().replace("@graded(points=4, partial=True)", "@graded(points=9, partial=True)"))
    out = cli("grade", "leaky", "subs", "--out", "out", cwd=copy)
    assert out.returncode == 0 and "regraded 1 unchanged file" in out.stdout, out.stdout
    assert re.search(r"alice\s*│\s*15/15", out.stdout), out.stdout


def test_the_course_reference_package_shadows_the_bundled_one(course):
    probe = ("import reference.backprop\nfrom autograder.course.assignment import load_assignment\n"
             "spec = load_assignment('leaky', course_dir=__import__('pathlib').Path('.'))\n"
             "import importlib; m = importlib.import_module(spec.reference); print(m.__file__)")
    out = subprocess.run([sys.executable, "-c", probe], cwd=course, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().startswith(str(course.resolve())), out.stdout


def test_scaffold_refuses_what_it_cannot_do(tmp_path):
    with pytest.raises(ScaffoldError, match="not a course folder"):
        new_assignment(tmp_path, "leaky")
    course = init_course(tmp_path / "c")
    with pytest.raises(ScaffoldError, match="already holds a course"):
        init_course(course)
    for bad in ("Leaky", "7up", "class", "a-b"):
        with pytest.raises(ScaffoldError, match="cannot be an assignment id"):
            new_assignment(course, bad)
    new_assignment(course, "ok")
    with pytest.raises(ScaffoldError, match="exists already"):
        new_assignment(course, "ok")
    assert find_course_root(course / "solutions" / "ok" / "tests") == course.resolve()
    assert not any(p.name.startswith(".new-") for p in course.iterdir())  # nothing half-written left


def test_selftest_names_what_is_wrong(tmp_path):
    from autograder.authoring.selftest import selftest
    from autograder.course.assignment import load_assignment

    course = init_course(tmp_path / "c")
    folder = new_assignment(course, "leaky")
    assert selftest(load_assignment(folder)).passed
    mistakes = folder / "mistakes.py"
    mistakes.write_text(mistakes.read_text() + '''

@catalog.mistake("harmless", "a mistake the graders cannot see")
def l1_loss(pred, target):
    diff = pred - target
    return np.abs(diff).mean(), np.sign(diff) / diff.size
''')
    solution = folder / "leaky.py"
    solution.write_text(solution.read_text().replace("    ### END SOLUTION\n    return loss, dpred",
                                                     "    ### END SOLUTION\n    return loss * 1.5, dpred"))
    report = selftest(load_assignment(folder))
    failed = {c.name: c.detail for c in report.checks if not c.passed}
    assert not report.passed
    assert "test_l1_loss" in failed["solution (leaky.py) earns full marks"]
    assert "not caught" in failed["mistake harmless is caught and named"]


def test_a_failed_release_leaves_the_previous_one_and_nothing_half_written(course, tmp_path):
    copy = tmp_path / "course"
    shutil.copytree(course, copy, ignore=shutil.ignore_patterns("out", "__pycache__", "subs"))
    assert cli("release", "leaky", cwd=copy).returncode == 0
    released = (copy / "assignments" / "leaky" / "leaky.py").read_text()
    graders = copy / "solutions" / "leaky" / "tests" / "test_leaky.py"
    graders.write_text(graders.read_text().replace("### END HIDDEN TESTS", "### END HIDDEN TEST"))  # a typo
    out = cli("release", "leaky", cwd=copy)
    assert out.returncode != 0 and "not released" in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert (copy / "assignments" / "leaky" / "leaky.py").read_text() == released
    assert sorted(p.name for p in (copy / "assignments").iterdir()) == ["leaky"]
