"""One submission file (.py, .zip or .ipynb) made into a folder holding the assignment's module.

read_submission is the one reader of a submission's files: grading (prepare_submission) and the
similarity report both use it, so whatever grading rejects is rejected there too, with the same
words. Everything it reads is bounded before it is read (file size, bytes unpacked per member and
in all, number of members), and every way a file can be broken becomes a SubmissionError: the
submission's own load error, never the grader's.
"""
from __future__ import annotations

import hashlib
import io
import tokenize
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from autograder.course.assignment import AssignmentSpec

if TYPE_CHECKING:
    from autograder.course.notebook import NotebookModule

MAX_SUBMISSION_BYTES = 5 * 1024 * 1024
MAX_ARCHIVE_BYTES = 4 * MAX_SUBMISSION_BYTES  # unpacked, all members together
MAX_ARCHIVE_FILES = 1000  # .py members
MAX_NAME_BYTES = 200  # a member's file name (the file system allows 255)
ZIP_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate", zipfile.ZIP_BZIP2: "bzip2",
               zipfile.ZIP_LZMA: "lzma"}
# What a broken archive raises while it is opened or read (zipfile, zlib, bz2 and lzma alike).
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError,
              NotImplementedError, KeyError, IndexError, OverflowError, MemoryError)


class SubmissionError(Exception):
    """The submission file itself is unusable (wrong type, too big, archive without the module)."""


def prepare_submission(submission: Path, spec: AssignmentSpec, into: Path) -> Path:
    """Copy the student's files into a fresh world-readable folder; returns that folder."""
    into.mkdir(parents=True, exist_ok=True)
    into.chmod(0o755)
    for name, data in read_submission(submission, spec.module, spec.functions).items():
        target = into / name
        target.write_bytes(data)
        target.chmod(0o644)
    return into


def read_submission(submission: Path, module: str | None, functions: Sequence[str] = ()) -> dict[str, bytes]:
    """The files of the folder the sandbox imports, by name: the module (a .py, a notebook's defining
    cells) and, from a .zip, its other .py files. module None: a .zip's .py files, whichever they are.
    Raises SubmissionError, saying what is wrong in words a student understands."""
    suffix = submission.suffix.lower()
    if not submission.is_file():
        raise SubmissionError(f"{submission.name} is not a file")
    if submission.stat().st_size > MAX_SUBMISSION_BYTES:
        raise SubmissionError(f"{submission.name} is larger than {MAX_SUBMISSION_BYTES // 2**20} MiB")
    if suffix == ".zip":
        return _zip_files(submission, module)
    if suffix not in (".py", ".ipynb"):
        raise SubmissionError(f"{submission.name}: submit a .py file, a notebook (.ipynb) or a .zip holding "
                              f"{module or 'your module'}")
    try:
        data = submission.read_bytes()
    except OSError as e:
        raise SubmissionError(f"{submission.name} could not be read: {e.strerror or e}") from None
    if suffix == ".ipynb":
        from autograder.course.notebook import NotebookError, graded_code

        try:
            data = graded_code(data, list(functions), submission.name).encode("utf-8", "surrogatepass")
        except NotebookError as e:
            raise SubmissionError(str(e)) from None
    return {module or submission.name: data}


def notebook_of(submission: Path, functions: Sequence[str]) -> NotebookModule | None:
    """For a notebook submission that read_submission accepts, the module it was made into and
    what became of each code cell; None for any other submission."""
    if submission.suffix.lower() != ".ipynb":
        return None
    from autograder.course.notebook import code_cells, notebook_module

    name = submission.name
    return notebook_module(code_cells(submission.read_bytes(), name), list(functions), name)


def python_text(data: bytes) -> str:
    """Python source as Python reads it (a BOM or a coding line), bytes it cannot decode replaced."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding, "replace").removeprefix("\ufeff")
    except (SyntaxError, LookupError, UnicodeError):  # a coding line Python rejects: compare what can be read
        return data.decode("utf-8", "replace")


def _zip_files(path: Path, module: str | None) -> dict[str, bytes]:
    """Only plain .py files, flattened to their base names (no zip slip), within the size limits."""
    try:
        archive = zipfile.ZipFile(path)
    except ZIP_ERRORS as e:
        raise SubmissionError(f"{path.name} is not a valid zip archive ({_reason(e)})") from None
    with archive:
        members = [m for m in archive.infolist() if _is_python_file(m)]
        if module is not None and module not in {Path(m.filename).name for m in members}:
            raise SubmissionError(f"{path.name} does not contain {module}")
        if len(members) > MAX_ARCHIVE_FILES:
            raise SubmissionError(f"{path.name} holds more than {MAX_ARCHIVE_FILES} Python files")
        files: dict[str, bytes] = {}
        total = 0
        for m in members:
            data = _read_member(archive, m, path.name, MAX_ARCHIVE_BYTES - total)
            total += len(data)
            files[Path(m.filename).name] = data  # flattened: drops folders, '..' and absolute paths
        return files


def _is_python_file(member: zipfile.ZipInfo) -> bool:
    """A .py file that is not a symlink, with a name the file system takes."""
    name = Path(member.filename).name
    return (not member.is_dir() and name.endswith(".py") and (member.external_attr >> 16) & 0o170000 != 0o120000
            and len(name.encode("utf-8", "surrogatepass")) <= MAX_NAME_BYTES and "\x00" not in name)


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, zip_name: str, budget: int) -> bytes:
    """A member's bytes, never more than the limits whatever its header declares."""
    cannot = f"{zip_name}: the zip could not be read: member {member.filename}"
    if member.flag_bits & 0x1:
        raise SubmissionError(f"{cannot} is encrypted (password-protected); submit a zip without a password")
    if member.compress_type not in ZIP_METHODS:
        raise SubmissionError(f"{cannot} uses compression method {member.compress_type}, which the grader does "
                              "not read; make the zip with ordinary (deflate) compression")
    limit = min(MAX_SUBMISSION_BYTES, budget)
    if member.file_size > limit:
        raise SubmissionError(f"{zip_name} unpacks to too much data")
    try:
        with archive.open(member) as src:
            data = src.read(limit + 1)  # reads and inflates at most limit + 1 bytes, whatever the header says
            if len(data) <= limit:
                src.read(1)  # reach the end, where the CRC is checked
    except ZIP_ERRORS as e:
        raise SubmissionError(f"{cannot} is damaged ({_reason(e)})") from None
    if len(data) > limit:
        raise SubmissionError(f"{zip_name} unpacks to too much data")
    return data


def _reason(error: BaseException) -> str:
    return f"{type(error).__name__}: {str(error)[:200]}" if str(error) else type(error).__name__


def file_sha256(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()
