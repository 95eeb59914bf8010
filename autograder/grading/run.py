"""Grade one submission: run an assignment's pytest graders against it in the trusted process.

Flow: submission file -> prepared folder -> sandboxed child (imports it) -> pytest runs
the graders here, calling into the child -> GradePlugin turns each test into a
TestResult -> SubmissionResult.
"""
from __future__ import annotations

import contextlib
import io
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from autograder.course.assignment import AssignmentSpec, grader_identity
from autograder.course.mistakes import Catalog, load_catalog
from autograder.course.secret import student_seed, submission_seed
from autograder.grading.oracle import RECORDING_FILE, OracleSource, load_recording
from autograder.grading.plugin import GradePlugin, Mode
from autograder.grading.session import StudentSession
from autograder.results import SubmissionResult, utc_timestamp
from autograder.sandbox.confinement import owned_tempdir, sandbox_info
from autograder.submissions.files import SubmissionError, file_sha256, notebook_of, prepare_submission


def _forget_test_modules(tests: Path) -> None:
    """pytest's importlib mode reuses a cached module of the same name: an assignment's public
    tests and its full graders share file names, so drop them before each run."""
    stems = {p.stem for p in tests.glob("*.py")}
    for name in list(sys.modules):
        if name.split(".")[-1] in stems:
            del sys.modules[name]


def run_graders(spec: AssignmentSpec, tests: Path, plugin: GradePlugin, select: str | None = None) -> None:
    _forget_test_modules(tests)
    args = [str(tests), "-q", "--import-mode=importlib", "-o", "addopts=", "--rootdir", str(tests),
            "--assert=plain",  # graders record comparisons; they do not rely on assert rewriting
            "--tb=native"]  # a failing test's report: Python's traceback, not pytest's (its source walk costs 10-70 ms)
    # Plugins a grading run does not use; unraisableexception and threadexception force two
    # full garbage collections per run (80 ms), faulthandler does not belong in a worker thread.
    for unused in ("cacheprovider", "randomly", "unraisableexception", "threadexception", "faulthandler",
                   "doctest", "junitxml", "pastebin", "legacypath", "nose", "logging"):
        args += ["-p", f"no:{unused}"]
    if select:
        args += ["-k", select]
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        code = pytest.main(args, plugins=[plugin])
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
        raise RuntimeError(f"the graders in {tests} could not run (pytest exit {int(code)}):\n{sink.getvalue()[-4000:]}")
    if not plugin.results:
        raise RuntimeError(f"no grader tests ran from {tests}:\n{sink.getvalue()[-4000:]}")


def grade_submission(spec: AssignmentSpec, submission: Path, mode: Mode = "grade", student: str | None = None,
                     tests: Path | None = None, select: str | None = None) -> SubmissionResult:
    """Grade one submission file (.py, .zip or .ipynb) against the assignment's graders.

    student: whose it is; when given (a class's batch, Gradescope), hidden tests draw that
    student's own inputs (course/secret.py), else the fixed ones.
    """
    started = time.monotonic()
    submission = Path(submission)
    result_base: dict[str, Any] = dict(
        student=student or submission.stem, assignment=spec.id, submission_file=submission.name,
        sha256=file_sha256(submission) if submission.is_file() else "", graded_at=utc_timestamp(),
        grader_version=grader_identity(spec), sandbox=sandbox_info())
    catalog = load_catalog(spec.mistakes_file) if mode == "grade" else Catalog()
    workdir = owned_tempdir("sub")  # removed by the next run if this one is killed
    plugin = None
    try:
        try:
            folder, load_error = prepare_submission(submission, spec, workdir / "submission"), None
        except SubmissionError as e:
            folder, load_error = None, str(e)
        tests = tests or spec.tests_dir
        recording_file = tests / RECORDING_FILE
        recording = load_recording(recording_file) if mode == "check" and recording_file.is_file() else None
        session = StudentSession(spec, folder, load_error)
        per_student = student is not None and mode == "grade"
        seed = student_seed(spec.root.parent, spec.id, student) if per_student else ""
        data_seed = submission_seed(spec.root.parent, spec.id, student, result_base["sha256"]) if per_student else ""
        plugin = GradePlugin(spec, mode, OracleSource(spec.reference, recording=recording), catalog, session=session,
                             student_seed=seed, submission_seed=data_seed)
        session.prelaunch()
        run_graders(spec, tests, plugin, select)
        return _with_notebook(_result(plugin, started, result_base), submission, spec, session)
    finally:
        if plugin is not None:
            plugin.close()
        shutil.rmtree(workdir, ignore_errors=True)


def grade_local_module(spec: AssignmentSpec, module: Any, tests: Path | None = None, mode: Mode = "grade",
                       select: str | None = None, record_into: dict | None = None) -> SubmissionResult:
    """Run the graders on trusted in-process code (the reference, the solution, a mutant).

    record_into: a dict that receives every oracle call per test (for a student release).
    """
    started = time.monotonic()
    catalog = load_catalog(spec.mistakes_file) if mode == "grade" else Catalog()
    oracles = OracleSource(spec.reference, record=record_into is not None)
    plugin = GradePlugin(spec, mode, oracles, catalog, local_module=module)
    run_graders(spec, tests or spec.tests_dir, plugin, select)
    if record_into is not None:
        record_into.update(oracles.recorded_calls)
    return _result(plugin, started, dict(student=getattr(module, "__name__", "local"), assignment=spec.id,
                                         submission_file="", sha256="", graded_at=utc_timestamp(),
                                         grader_version=grader_identity(spec)))


def _result(plugin: GradePlugin, started: float, base: dict[str, Any]) -> SubmissionResult:
    session = plugin.session
    load_error = session.load_error if session else None
    load_output = session.load_output if session else ""
    tests = plugin.results
    if load_error is not None and load_output:
        for t in tests:
            if t.status == "not_loaded" and not t.output_excerpt:
                t.output_excerpt = load_output
    return SubmissionResult(
        **base,
        score=round(sum(t.points_earned for t in tests), 6),
        max_score=round(sum(t.points_possible for t in tests), 6),
        load_error=None if load_error is None else load_error.message,
        import_output=(session.import_output if session else None) or load_output or "",
        tests=tests,
        duration_s=round(time.monotonic() - started, 3),
    )


def _with_notebook(result: SubmissionResult, submission: Path, spec: AssignmentSpec,
                   session: StudentSession) -> SubmissionResult:
    """A notebook's result says what was graded of each cell, and a failed import names its cell."""
    if submission.suffix.lower() != ".ipynb" or session.submission_dir is None:
        return result  # not a notebook, or one the reader refused: its load error already says why
    notebook = notebook_of(submission, spec.functions)
    assert notebook is not None
    update: dict[str, Any] = {"notebook_cells": notebook.cells}
    if session.load_error is not None and result.load_error is not None:
        before = result.load_error
        update["load_error"] = notebook.explain_load_error(before, session.load_error.detail or "", spec.module)
        for test in result.tests:
            if test.message == before:
                test.message = update["load_error"]
            if test.hidden_message == before:
                test.hidden_message = update["load_error"]
    return result.model_copy(update=update)


INTERNAL_ERROR = "internal grader error while grading this submission"  # the framework's fault, not the student's


def failed_result(spec: AssignmentSpec, student: str, filename: str, sha256: str, why: str) -> SubmissionResult:
    """The result of a submission that could not be graded at all (why: what the student reads)."""
    return SubmissionResult(student=student, assignment=spec.id, submission_file=filename, sha256=sha256, score=0.0,
                            max_score=0.0, load_error=why, tests=[], duration_s=0.0, graded_at=utc_timestamp(),
                            grader_version=grader_identity(spec))
