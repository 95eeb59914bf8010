"""Grade one submission: run an assignment's pytest graders against it in the trusted process.

Flow: submission file -> prepared folder -> sandboxed child (imports it) -> pytest runs
the graders here, calling into the child -> GradePlugin turns each test into a
TestResult -> SubmissionResult.
"""
from __future__ import annotations

import atexit
import contextlib
import io
import os
import pickle
import queue
import shutil
import sys
import threading
import time
import types
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


def pytest_args(tests: Path, select: str | None = None) -> list[str]:
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
    return args


def run_graders(spec: AssignmentSpec, tests: Path, plugin: GradePlugin, select: str | None = None) -> None:
    _forget_test_modules(tests)
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        code = pytest.main(pytest_args(tests, select), plugins=[plugin])
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
        raise RuntimeError(f"the graders in {tests} could not run (pytest exit {int(code)}):\n{sink.getvalue()[-4000:]}")
    if not plugin.results:
        raise RuntimeError(f"no grader tests ran from {tests}:\n{sink.getvalue()[-4000:]}")


# ------------------------------------------------------------ graders collected once per grading worker
FRESH_GRADERS_ENV = "AUTOGRADER_FRESH_GRADERS"  # "1": every submission runs pytest.main afresh (the old path)


class _ReusedPlugin(GradePlugin):
    """The GradePlugin a GraderRunner's session registered once (its fixtures and hooks are bound to
    this object). Each submission re-initialises it in place: its attributes are all dropped and set
    afresh by GradePlugin.__init__, so nothing of the last submission's state remains."""

    def reset(self, *args: Any, **kwargs: Any) -> None:
        self.__dict__.clear()
        GradePlugin.__init__(self, *args, **kwargs)


def _modules_state(modules: list[types.ModuleType]) -> dict[str, Any]:
    """What the graders' modules hold at top level: each global's identity and, for data, its content (as
    pickled, else repr'd, else its identity alone); functions' defaults and attributes, classes'
    attributes. Compared after every submission: a grader that changed any of it retires the runner."""
    def content(value: Any) -> Any:
        for dump in (pickle.dumps, repr):
            try:
                return dump(value)
            except Exception:  # noqa: BLE001 - not picklable or not repr-able: its identity stands for it
                continue
        return None

    state: dict[str, Any] = {}
    for module in modules:
        for name, value in list(vars(module).items()):
            key = f"{module.__name__}.{name}"
            own = getattr(value, "__module__", None) == module.__name__  # defined here, not imported
            if isinstance(value, types.FunctionType) and own:
                state[key] = (id(value), content((value.__defaults__, value.__kwdefaults__, value.__dict__)))
            elif isinstance(value, type) and own:
                state[key] = (id(value), content({k: v for k, v in vars(value).items()
                                                  if not callable(v) and k not in ("__dict__", "__weakref__")}))
            elif callable(value) or isinstance(value, types.ModuleType):
                state[key] = id(value)  # the framework's, NumPy's...: the binding is the graders', not the object
            else:
                state[key] = (id(value), content(value))
    return state


class _Job:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.error: BaseException | None = None


class GraderRunner:
    """An assignment's graders collected once, for a grading worker that grades one submission after another.

    pytest runs in a thread of its own for the runner's lifetime: configured and collected once (the
    graders' modules imported once), then its test loop runs every grader test for each submission in
    turn, as pytest.main would, with the plugin re-initialised in place for that submission (its child,
    seeds, results). Fixtures are function-scoped and the last test of each submission tears down every
    scope; after each submission the graders' module-level state is compared with its state after
    collection, and a runner whose graders changed it is retired, so the next submission is graded by
    freshly imported graders. One submission at a time (a lock); the caller waits while pytest runs.

    A child restarted during a test (after a crash or a timeout) is started from this runner's thread, so
    its parent-death signal follows that thread, which ends only after a submission's tests have all run
    (retired or closed): such a child is no longer needed then, and a warm worker started from it (when the
    one the submission's first child came from had died) ends with it; the next submission starts another.
    """

    def __init__(self, spec: AssignmentSpec, tests: Path, mode: Mode, key: tuple) -> None:
        self.key, self.tests = key, tests
        self.catalog = load_catalog(spec.mistakes_file) if mode == "grade" else Catalog()
        self.plugin = _ReusedPlugin(spec, mode, OracleSource(spec.reference))
        self.lock = threading.Lock()
        self.retired = False
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._ready = threading.Event()
        self._failure = ""
        self._sink = io.StringIO()
        self._items: list[pytest.Item] = []
        self._modules: list[types.ModuleType] = []
        self._state: dict[str, Any] = {}
        self._stdio: tuple[Any, Any] | None = None  # the caller's, while pytest starts writing to the sink
        self._thread = threading.Thread(target=self._main, name=f"graders-{spec.id}", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._failure:
            self.retired = True
            raise RuntimeError(self._failure)

    def _main(self) -> None:
        _forget_test_modules(self.tests)
        self._stdio = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = self._sink  # while collecting (the caller waits); pytest's reporter keeps it
        code: Any = None
        try:
            # --capture=no: pytest's capture would swap sys.stdout between tests for good; each submission's
            # run is redirected to the sink instead (graders print nothing; the student's output has its pipe)
            code = pytest.main(pytest_args(self.tests) + ["--capture=no"], plugins=[self.plugin, self])
        except BaseException as e:  # noqa: BLE001 - reported to whoever waits for this runner
            code = f"{type(e).__name__}: {e}"
        finally:
            self._give_back_stdio()
            self.retired = True
            if not self._ready.is_set():
                exit_code = code if isinstance(code, str) else f"pytest exit {int(code)}"
                self._failure = (f"the graders in {self.tests} could not run ({exit_code}):\n"
                                 f"{self._sink.getvalue()[-4000:]}")
                self._ready.set()
            self._fail_pending("the grading worker's pytest session ended")

    def _give_back_stdio(self) -> None:
        """Once, before the caller goes on: later, other threads may have set sys.stdout themselves."""
        if self._stdio is not None:
            sys.stdout, sys.stderr = self._stdio
            self._stdio = None

    def _fail_pending(self, why: str) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None:
                job.error = RuntimeError(why)
                job.done.set()

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session: pytest.Session) -> bool | None:
        if session.testsfailed or not session.items or session.config.option.collectonly:
            return None  # pytest's own loop ends the run with its exit code (collection errors, no tests)
        self._items = list(session.items)
        self._modules = list({id(m): m for m in (getattr(item, "module", None) for item in self._items)
                              if isinstance(m, types.ModuleType)}.values())
        self._state = _modules_state(self._modules)
        self._give_back_stdio()
        self._ready.set()
        while True:
            job = self._jobs.get()
            if job is None:
                return True
            try:
                self._run_items()
                if _modules_state(self._modules) != self._state:
                    self.retired = True  # the next submission gets graders imported afresh
            except BaseException as e:  # noqa: BLE001 - the caller reports it; this session is done
                job.error, self.retired = e, True
            finally:
                job.done.set()
            if self.retired:
                return True

    def _run_items(self) -> None:
        self._sink.seek(0)
        self._sink.truncate()
        reporter = self._items[0].config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:  # it keeps every report of the session: 0.1 MB a submission otherwise
            reporter.stats.clear()
        with contextlib.redirect_stdout(self._sink), contextlib.redirect_stderr(self._sink):
            for i, item in enumerate(self._items):
                item.user_properties.clear()
                if isinstance(getattr(item, "_report_sections", None), list):  # output pytest captured last time
                    item._report_sections.clear()  # noqa: SLF001
                nextitem = self._items[i + 1] if i + 1 < len(self._items) else None  # None: every scope torn down
                item.config.hook.pytest_runtest_protocol(item=item, nextitem=nextitem)

    def run(self) -> None:
        """Run every grader test once for the submission the plugin was reset for (the caller holds the lock)."""
        if self.retired:
            raise RuntimeError("this grading worker's graders were retired")
        job = _Job()
        self._jobs.put(job)
        while not job.done.wait(1.0):
            if not self._thread.is_alive() and not job.done.is_set():
                job.error = RuntimeError("the grading worker's pytest session ended")
                break
        if job.error is not None:
            raise RuntimeError(f"the graders in {self.tests} could not run: {type(job.error).__name__}: "
                               f"{job.error}\n{self._sink.getvalue()[-4000:]}") from job.error
        if not self.plugin.results:
            raise RuntimeError(f"no grader tests ran from {self.tests}:\n{self._sink.getvalue()[-4000:]}")

    def close(self) -> None:
        self.retired = True
        self._jobs.put(None)
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=10)


_RUNNERS: dict[tuple, GraderRunner] = {}
_RUNNERS_LOCK = threading.Lock()


def _tests_stamp(tests: Path) -> tuple:
    """The grader files as they are now (a changed file gets a runner of its own)."""
    files = sorted(p for p in tests.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def grader_runner(spec: AssignmentSpec, tests: Path, mode: Mode, identity: str) -> GraderRunner:
    """This process's runner of these graders, started on first use and replaced when the graders, the
    reference, the catalogue, assignment.toml or the data sets present changed, or it was retired."""
    place = (str(spec.root), str(tests), mode)
    key = (identity, _tests_stamp(tests), tuple(sorted((k, str(v)) for k, v in spec.data_paths().items())))
    with _RUNNERS_LOCK:
        runner = _RUNNERS.get(place)
        if runner is not None and (runner.retired or runner.key != key):
            runner.close()
            del _RUNNERS[place]
            runner = None
        if runner is None:
            runner = GraderRunner(spec, tests, mode, key)
            _RUNNERS[place] = runner
        return runner


def close_runners() -> None:
    with _RUNNERS_LOCK:
        for runner in _RUNNERS.values():
            runner.close()
        _RUNNERS.clear()


atexit.register(close_runners)


def grade_submission(spec: AssignmentSpec, submission: Path, mode: Mode = "grade", student: str | None = None,
                     tests: Path | None = None, select: str | None = None,
                     reuse_graders: bool = False) -> SubmissionResult:
    """Grade one submission file (.py, .zip or .ipynb) against the assignment's graders.

    student: whose it is; when given (a class's batch, Gradescope), hidden tests draw that
    student's own inputs (course/secret.py), else the fixed ones.
    reuse_graders: grade with this process's GraderRunner (graders collected once, for a worker that
    grades many submissions; not with select), unless $AUTOGRADER_FRESH_GRADERS is "1".
    """
    started = time.monotonic()
    submission = Path(submission)
    identity = grader_identity(spec)
    result_base: dict[str, Any] = dict(
        student=student or submission.stem, assignment=spec.id, submission_file=submission.name,
        sha256=file_sha256(submission) if submission.is_file() else "", graded_at=utc_timestamp(),
        grader_version=identity, sandbox=sandbox_info())
    tests = tests or spec.tests_dir
    runner = None
    if reuse_graders and select is None and os.environ.get(FRESH_GRADERS_ENV) != "1":
        runner = grader_runner(spec, tests, mode, identity)
    with runner.lock if runner is not None else contextlib.nullcontext():
        catalog = runner.catalog if runner is not None else (load_catalog(spec.mistakes_file) if mode == "grade"
                                                             else Catalog())
        workdir = owned_tempdir("sub")  # removed by the next run if this one is killed
        plugin = None
        try:
            try:
                folder, load_error = prepare_submission(submission, spec, workdir / "submission"), None
            except SubmissionError as e:
                folder, load_error = None, str(e)
            recording_file = tests / RECORDING_FILE
            recording = load_recording(recording_file) if mode == "check" and recording_file.is_file() else None
            session = StudentSession(spec, folder, load_error)
            per_student = student is not None and mode == "grade"
            seed = student_seed(spec.root.parent, spec.id, student) if per_student else ""
            data_seed = submission_seed(spec.root.parent, spec.id, student, result_base["sha256"]) if per_student else ""
            arguments = dict(session=session, student_seed=seed, submission_seed=data_seed)
            oracles = OracleSource(spec.reference, recording=recording)
            if runner is not None:
                runner.plugin.reset(spec, mode, oracles, catalog, **arguments)
                plugin = runner.plugin
            else:
                plugin = GradePlugin(spec, mode, oracles, catalog, **arguments)
            session.prelaunch()
            if runner is not None:
                runner.run()
            else:
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
    plugin.matcher.contradicted_factors(tests)
    plugin.matcher.contradicted_slips(tests)  # first: a test whose slip is withdrawn may get a departure
    plugin.late_diagnoses()
    plugin.matcher.contradicted_names(tests)
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
