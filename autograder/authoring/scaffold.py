"""`autograder init DIR` (a new course folder) and `autograder new ID` (an assignment that works out
of the box: release, selftest and grade succeed on it at once, so an instructor starts from a
green assignment and edits it).

A course folder:

    course.toml                   marks the course (commands run anywhere inside it find it)
    README.md                     for the course's staff: the commands, in order
    solutions/<id>/               instructor sources: assignment.toml, the solution, tests/, mistakes.py
    assignments/<id>/             student releases (`autograder release <id>` writes them)
    reference/<id>.py             the course's reference modules (first on the import path)
"""
from __future__ import annotations

import keyword
import re
import shutil
import tempfile
from pathlib import Path

COURSE_FILE = "course.toml"
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class ScaffoldError(Exception):
    """The folder or id cannot be used; the message says why and what to do."""


def init_course(folder: Path, timezone: str = "UTC") -> Path:
    """Create a course folder (it may exist but must not hold a course already); returns it."""
    folder = Path(folder)
    if (folder / COURSE_FILE).exists():
        raise ScaffoldError(f"{folder} already holds a course ({COURSE_FILE})")
    if folder.exists() and not folder.is_dir():
        raise ScaffoldError(f"{folder} exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    for sub in ("solutions", "assignments", "reference"):
        (folder / sub).mkdir(exist_ok=True)
    _write(folder / COURSE_FILE, COURSE_TOML.format(timezone=timezone))
    _write(folder / "reference" / "__init__.py", '"""The course\'s reference modules: the oracle of its graders."""\n')
    _write(folder / "README.md", COURSE_README.format(name=folder.resolve().name))
    _write(folder / ".gitignore", "out/\n.build/\n__pycache__/\n# the course secret seeds hidden tests per student: "
                                  "never commit it\nsolutions/.autograder-secret\n")
    return folder


def new_assignment(course: Path, assignment_id: str) -> Path:
    """solutions/<id>/ with everything an assignment has, and reference/<id>.py; returns the folder.

    Written to a temporary folder first and moved in whole, so a failure leaves nothing behind."""
    course = Path(course)
    if not (course / COURSE_FILE).is_file():
        raise ScaffoldError(f"{course} is not a course folder (no {COURSE_FILE}); run `autograder init DIR` first")
    if not ID_PATTERN.match(assignment_id) or keyword.iskeyword(assignment_id):
        raise ScaffoldError(f"{assignment_id!r} cannot be an assignment id: use lower-case letters, digits and _, "
                            "starting with a letter (it names a Python module), e.g. a7_leaky")
    target, reference = course / "solutions" / assignment_id, course / "reference" / f"{assignment_id}.py"
    for path in (target, reference):
        if path.exists():
            raise ScaffoldError(f"{path} exists already; choose another id or remove it")
    fields = {"id": assignment_id, "title": assignment_id.replace("_", " ").capitalize()}
    with tempfile.TemporaryDirectory(dir=course, prefix=".new-") as tmp:
        staged = Path(tmp) / assignment_id
        (staged / "tests").mkdir(parents=True)
        (staged / "samples").mkdir()
        _write(staged / "assignment.toml", ASSIGNMENT_TOML.format(**fields))
        _write(staged / f"{assignment_id}.py", SOLUTION.format(**fields))
        _write(staged / "tests" / f"test_{assignment_id}.py", GRADERS.format(**fields))
        _write(staged / "mistakes.py", MISTAKES.format(**fields))
        _write(staged / "samples" / "correct.py", SAMPLE_CORRECT.format(**fields))
        _write(staged / "samples" / "forgot_alpha_in_backward.py", SAMPLE_WRONG.format(**fields))
        (course / "reference").mkdir(exist_ok=True)
        if not (course / "reference" / "__init__.py").exists():
            _write(course / "reference" / "__init__.py", '"""The course\'s reference modules."""\n')
        _write(reference, REFERENCE.format(**fields))
        shutil.move(str(staged), target)
    return target


def _write(path: Path, text: str) -> None:
    path.write_text(text.lstrip("\n"), encoding="utf-8")


COURSE_TOML = """
# This folder is a course: autograder commands run anywhere inside it use it (like git finds
# its repository); `--course DIR` points elsewhere.

# Deadlines written without an offset (due = 2026-12-05T23:59:00) mean this time zone (IANA name).
timezone = "{timezone}"
"""

COURSE_README = """
# {name}: grading with nn-autograder

Run these inside this folder (`autograder --help` lists every command):

    autograder new a1_leaky            # a new assignment that works out of the box: edit it from there
    autograder selftest a1_leaky       # solution full marks, stub zero, every catalogued mistake named
    autograder release a1_leaky        # assignments/a1_leaky: what students get (no solutions, no hidden tests)
    autograder grade a1_leaky subs/ --out out   # a folder of .py/.ipynb/.zip, one per student

- `solutions/<id>/`: the solution (code between `### BEGIN SOLUTION` and `### END SOLUTION` is
  what students write), graders in `tests/` (hidden ones between `### BEGIN HIDDEN TESTS` and
  `### END HIDDEN TESTS`), typical mistakes in `mistakes.py`, sample submissions in `samples/`.
- `reference/<id>.py`: the ground truth the graders compare with (`oracle`). Give it inputs only
  from the test's `rng` or its own outputs, never from the student's outputs.
- `solutions/.autograder-secret` seeds each student's hidden-test inputs: keep it, never commit it.
- Before grading anyone, `grade` grades the solution as a student; if it does not earn full marks
  nothing is graded. When a grader, the reference, assignment.toml or mistakes.py changes, the
  next `grade` regrades everyone it affects.
"""

ASSIGNMENT_TOML = """
# {title}: what is graded and how. Every field is listed; optional ones show their defaults.
id = "{id}"
title = "{title}"
module = "{id}.py"                      # the file students hand in (a .py, or a notebook/.zip holding it)
reference = "reference.{id}"            # import path of the reference module (this course's reference/ first)
functions = ["leaky_relu_forward", "leaky_relu_backward", "l1_loss"]  # the graded functions
submission_timeout_s = 120.0            # all of one submission's tests together, seconds
needs_gpu = false                       # true: grade only on workers with a GPU
reveal_hidden_after_deadline = false    # true: reports show hidden tests' values once the deadline passed
seed_salt = "nn-autograder"             # changes every student's hidden inputs when changed
# keep_in_child = {{ some_forward = [1] }}  # returned tuple positions kept in the student's process (caches)

# [deadline]                            # optional: a late policy
# due = 2026-12-05T23:59:00             # in course.toml's time zone unless it carries an offset
# penalty_per_day = 0.1                 # fraction of the maximum score per started day late

[limits]                                # what one student's process may use
forbidden_modules = ["torch"]           # NumPy only: torch is hidden from submissions
call_timeout_s = 10.0                   # one call of a graded function, seconds
startup_timeout_s = 20.0                # importing the submission, seconds
cpu_s = 120                             # CPU seconds in all
memory_mb = 4096
"""

SOLUTION = '''
"""{title}: leaky ReLU and the L1 loss.

Write the code between the markers of each function; everything else is given.
"""
import numpy as np


def leaky_relu_forward(x, alpha=0.01):
    """Elementwise x where x > 0, alpha * x elsewhere. x: any shape. Returns (out, cache)."""
    ### BEGIN SOLUTION
    out = np.where(x > 0, x, alpha * x)
    cache = (x, alpha)
    ### END SOLUTION
    return out, cache


def leaky_relu_backward(dout, cache):
    """dx for leaky_relu_forward: dout where x > 0, alpha * dout elsewhere (0 counts as negative)."""
    ### BEGIN SOLUTION
    x, alpha = cache
    dx = np.where(x > 0, dout, alpha * dout)
    ### END SOLUTION
    return dx


def l1_loss(pred, target):
    """Mean absolute error over all entries; returns (loss, dpred) with dpred = sign(pred - target) / size."""
    ### BEGIN SOLUTION
    diff = pred - target
    loss = np.abs(diff).mean()
    dpred = np.sign(diff) / diff.size
    ### END SOLUTION
    return loss, dpred
'''

REFERENCE = '''
"""Reference for {id}: the ground truth its graders compare student code with."""
import numpy as np


def leaky_relu_forward(x, alpha=0.01):
    return np.where(x > 0, x, alpha * x), (x, alpha)


def leaky_relu_backward(dout, cache):
    x, alpha = cache
    return np.where(x > 0, dout, alpha * dout)


def l1_loss(pred, target):
    diff = pred - target
    return np.abs(diff).mean(), np.sign(diff) / diff.size
'''

GRADERS = '''
"""Graders of {id}. Fixtures: student (the submission, run in its sandbox), oracle (reference.{id}),
rng (a NumPy Generator: per student for hidden tests). Oracle inputs come from rng only."""
from autograder.testing import expect_close, graded, part


@graded(points=4, partial=True)
def test_leaky_relu(student, oracle, rng):
    """leaky_relu_forward and leaky_relu_backward with alpha 0.1, on a (4, 5) input."""
    x, dout = rng.normal(size=(4, 5)), rng.normal(size=(4, 5))
    eout, ecache = oracle.leaky_relu_forward(x, 0.1)
    edx = oracle.leaky_relu_backward(dout, ecache)
    with part("leaky_relu_forward", checks=1):
        out, cache = student.leaky_relu_forward(x, 0.1)
        expect_close("out", out, eout)
    with part("leaky_relu_backward", checks=1):
        expect_close("dx", student.leaky_relu_backward(dout, ecache), edx)


@graded(points=3, partial=True)
def test_l1_loss(student, oracle, rng):
    """l1_loss: the loss and its gradient."""
    pred, target = rng.normal(size=(6, 3)), rng.normal(size=(6, 3))
    eloss, egrad = oracle.l1_loss(pred, target)
    loss, grad = student.l1_loss(pred, target)
    expect_close("loss", loss, eloss, allow_scalar=True)
    expect_close("dpred", grad, egrad)


### BEGIN HIDDEN TESTS
@graded(points=3, hidden=True, partial=True)
def test_default_alpha_and_zeros(student, oracle, rng):
    """the default alpha, and exact zeros (which count as negative in the backward pass)."""
    x = rng.normal(size=(3, 7))
    x[0, :3] = 0.0
    dout = rng.normal(size=(3, 7))
    eout, ecache = oracle.leaky_relu_forward(x)
    edx = oracle.leaky_relu_backward(dout, ecache)
    with part("leaky_relu_forward", checks=1):
        expect_close("out", student.leaky_relu_forward(x)[0], eout)
    with part("leaky_relu_backward", checks=1):
        expect_close("dx", student.leaky_relu_backward(dout, ecache), edx)
### END HIDDEN TESTS
'''

MISTAKES = '''
"""Typical mistakes in {id}: each replaces one solution function; feedback names it when a
student's failing outputs equal the mistake's."""
import numpy as np

from autograder.testing import Catalog

catalog = Catalog()


@catalog.mistake("backward_ignores_alpha", "leaky_relu_backward passes no gradient where x <= 0; it should pass "
                 "alpha * dout there (the slope of alpha * x).")
def leaky_relu_backward(dout, cache):
    x, alpha = cache
    return np.where(x > 0, dout, 0.0)
'''

SAMPLE_CORRECT = '''
"""A sample submission of {id} that earns full marks."""
import numpy as np


def leaky_relu_forward(x, alpha=0.01):
    return np.maximum(x, 0) + alpha * np.minimum(x, 0), (x, alpha)


def leaky_relu_backward(dout, cache):
    x, alpha = cache
    return dout * np.where(x > 0, 1.0, alpha)


def l1_loss(pred, target):
    diff = pred - target
    return np.mean(np.abs(diff)), np.sign(diff) / diff.size
'''

SAMPLE_WRONG = '''
"""A sample submission of {id} with a catalogued mistake: the backward pass ignores alpha."""
import numpy as np


def leaky_relu_forward(x, alpha=0.01):
    return np.where(x > 0, x, alpha * x), (x, alpha)


def leaky_relu_backward(dout, cache):
    x, alpha = cache
    return dout * (x > 0)


def l1_loss(pred, target):
    diff = pred - target
    return np.abs(diff).mean(), np.sign(diff) / diff.size
'''
