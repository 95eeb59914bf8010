"""One submission file (.py, .zip or .ipynb) made into a folder holding the assignment's module."""
from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

from autograder.course.assignment import AssignmentSpec

MAX_SUBMISSION_BYTES = 5 * 1024 * 1024


class SubmissionError(Exception):
    """The submission file itself is unusable (wrong type, too big, archive without the module)."""


def prepare_submission(submission: Path, spec: AssignmentSpec, into: Path) -> Path:
    """Copy the student's files into a fresh world-readable folder; returns that folder."""
    into.mkdir(parents=True, exist_ok=True)
    into.chmod(0o755)
    suffix = submission.suffix.lower()
    if not submission.is_file():
        raise SubmissionError(f"{submission.name} is not a file")
    if submission.stat().st_size > MAX_SUBMISSION_BYTES:
        raise SubmissionError(f"{submission.name} is larger than {MAX_SUBMISSION_BYTES // 2**20} MiB")
    if suffix == ".py":
        target = into / spec.module
        shutil.copyfile(submission, target)
        target.chmod(0o644)
    elif suffix == ".zip":
        _extract_zip(submission, spec, into)
    elif suffix == ".ipynb":
        from autograder.course.notebook import NotebookError, graded_code

        try:
            code = graded_code(submission.read_bytes(), spec.functions, submission.name)
        except NotebookError as e:
            raise SubmissionError(str(e)) from None
        target = into / spec.module
        target.write_text(code, encoding="utf-8")
        target.chmod(0o644)
    else:
        raise SubmissionError(f"{submission.name}: submit a .py file, a notebook (.ipynb) or a .zip holding {spec.module}")
    return into


def _extract_zip(path: Path, spec: AssignmentSpec, into: Path) -> None:
    """Extract only plain .py files, never outside `into`, with size limits (no zip slip, no bomb)."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise SubmissionError(f"{path.name} is not a valid zip archive") from None
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir() and m.filename.endswith(".py")]
        names = [Path(m.filename).name for m in members]
        if spec.module not in names:
            raise SubmissionError(f"{path.name} does not contain {spec.module}")
        total = 0
        for m in members:
            name = Path(m.filename).name  # flatten: drops folders, '..' and absolute paths
            if (m.external_attr >> 16) & 0o170000 == 0o120000:
                continue  # symlink
            total += m.file_size
            if m.file_size > MAX_SUBMISSION_BYTES or total > 4 * MAX_SUBMISSION_BYTES:
                raise SubmissionError(f"{path.name} unpacks to too much data")
            with archive.open(m) as src:
                data = src.read(MAX_SUBMISSION_BYTES + 1)
            if len(data) > MAX_SUBMISSION_BYTES:
                raise SubmissionError(f"{path.name} unpacks to too much data")
            target = into / name
            target.write_bytes(data)
            target.chmod(0o644)


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
