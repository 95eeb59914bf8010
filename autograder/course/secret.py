"""The course secret: what makes hidden-test inputs differ from student to student.

Hidden tests draw their inputs from a generator seeded with HMAC(course secret, assignment,
student), so the values one student manages to see (printed, or revealed) are useless to
another, and no student can compute anyone's inputs without the secret. Public tests keep
their fixed seeds: their inputs and answers are recorded in the student release.

The secret comes from $AUTOGRADER_COURSE_SECRET (set it where grading runs on other machines
than the instructor's: Gradescope, a Dask cluster without the course folder), else from the file
`.autograder-secret` beside the course's assignment folders, created on first use (mode 0600).
It is never mounted into the sandbox and never released.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import tempfile
from pathlib import Path

SECRET_ENV = "AUTOGRADER_COURSE_SECRET"
SECRET_FILE = ".autograder-secret"


class CourseSecretError(Exception):
    """The course secret can be neither read nor created: an instructor's setup error."""


def course_secret(course_root: Path) -> bytes:
    """The secret from the environment, or the course's secret file (created once, atomically)."""
    from_env = os.environ.get(SECRET_ENV, "").strip()
    if from_env:
        return from_env.encode()
    path = course_root / SECRET_FILE
    if not path.is_file():
        _create(path)
    text = path.read_text(encoding="utf-8").strip()
    if len(text) < 16:
        raise CourseSecretError(f"{path} holds no usable secret (at least 16 characters): remove it to make a new one")
    return text.encode()


def _create(path: Path) -> None:
    """Write a new random secret; when several graders start at once, the first link wins and all read it."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=".autograder-secret-", dir=path.parent)
    except OSError as e:
        raise CourseSecretError(f"cannot create the course secret {path} ({e.strerror}): set ${SECRET_ENV} "
                                "instead") from e
    try:
        os.write(fd, (secrets.token_hex(32) + "\n").encode())
        os.close(fd)
        os.chmod(tmp, 0o600)
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)


def student_seed(course_root: Path, assignment: str, student: str) -> str:
    """The hex seed of one student's hidden-test inputs for one assignment (the same at every regrade
    and resubmission)."""
    message = f"{assignment}/{student}".encode()
    return hmac.new(course_secret(course_root), message, hashlib.sha256).hexdigest()


def submission_seed(course_root: Path, assignment: str, student: str, sha256: str) -> str:
    """The hex seed of the evaluation data one submission is scored on (`eval_rng`): the same at every
    regrade of that file, new for each resubmission, so scores of earlier attempts say nothing about
    the data a later one meets."""
    message = f"{assignment}/{student}/{sha256}".encode()
    return hmac.new(course_secret(course_root), message, hashlib.sha256).hexdigest()
