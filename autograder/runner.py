"""Grade one submission: run an assignment's pytest graders against it in the trusted process.

Flow: submission file -> prepared folder -> sandboxed child (imports it) -> pytest runs
the graders here, calling into the child -> GradePlugin turns each test into a
TestResult -> SubmissionResult.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib
import importlib.util
import io
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pytest

import autograder
from autograder import testing
from autograder.assignment import AssignmentSpec
from autograder.compare import DEFAULT_TOLERANCES, outputs_match
from autograder.mistakes import Catalog, Mistake, load_catalog, mutant_module
from autograder.models import MistakeMatch, SubmissionResult, TestResult, Tolerance
from autograder.oracle import RECORDING_FILE, RecordingOracle, ReplayOracle, StaleRecording, load_recording
from autograder.sandbox.confinement import sandbox_info
from autograder.sandbox.errors import StudentCodeError, SubmissionLoadError
from autograder.sandbox.gpu import child_gets_gpu
from autograder.sandbox.process import StudentProcess
from autograder.student import LocalStudent, RemoteStudent
from autograder.timing import ReferenceProcess

Mode = Literal["grade", "check"]
MAX_SUBMISSION_BYTES = 5 * 1024 * 1024


class SubmissionError(Exception):
    """The submission file itself is unusable (wrong type, too big, archive without the module)."""


# -------------------------------------------------------------- preparation
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
        from autograder.notebooks import NotebookError, graded_code

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


# ------------------------------------------------------------------ plugin
class GradePlugin:
    """Provides the fixtures and turns each test's outcome into a TestResult."""

    def __init__(self, spec: AssignmentSpec, submission_dir: Path | None, mode: Mode,
                 local_module: Any = None, catalog: Catalog | None = None,
                 recording: dict[str, list] | None = None, record: bool = False) -> None:
        self.spec = spec
        self.submission_dir = submission_dir
        self.mode = mode
        self.local_module = local_module  # grade trusted code in-process (tests of the graders)
        self.catalog = catalog or Catalog()
        self.results: list[TestResult] = []
        self.process: StudentProcess | None = None
        self.load_error: SubmissionLoadError | None = None
        self.load_output = ""
        self.import_output: str | None = None
        self._prelaunched = False
        self.reference: ReferenceProcess | None = None
        self._mutants: dict[str, Any] = {}
        self.started = time.monotonic()
        self.recording = recording  # replayed answers (student release) instead of the reference
        self.recorded_calls: dict[str, list[dict]] = {}  # filled when record=True
        self.record = record
        self._contexts: dict[str, testing.TestContext] = {}
        self._errors: dict[str, BaseException] = {}
        self._marks: dict[str, int] = {}

    # -- the student's process (restarted after a crash or timeout)
    def prelaunch(self) -> None:
        """Start the child now, so its interpreter starts while pytest collects the graders."""
        if self.submission_dir is not None and self.load_error is None and self.process is None:
            self.process = StudentProcess(self.submission_dir, self.spec.module_name, self.spec.limits)
            self.process.launch()
            self._prelaunched = True

    def _ensure_process(self) -> StudentProcess:
        if self.load_error is not None:
            raise self.load_error
        if self._prelaunched or self.process is None or not self.process.alive:
            if self.process is not None and not self._prelaunched:
                self.process.kill()
            assert self.submission_dir is not None
            if not self._prelaunched:
                self.process = StudentProcess(self.submission_dir, self.spec.module_name, self.spec.limits)
                self.process.launch()
            self._prelaunched = False
            first_start = self.import_output is None
            try:
                self.process.wait_ready()
                if first_start and self.process.output is not None:
                    self.import_output = self.process.output.text_since(0)
            except SubmissionLoadError as e:
                if self.process.output is not None:
                    self.load_output = self.process.output.text_since(0)
                self.load_error = e
                raise
        return self.process

    def close(self) -> None:
        if self.process is not None:
            self.process.kill()
        if self.reference is not None:
            self.reference.close()

    # -- fixtures
    @pytest.fixture
    def student(self, request: pytest.FixtureRequest) -> Any:
        ctx = self._contexts[request.node.nodeid]
        if self.local_module is not None:
            return LocalStudent(self.local_module, ctx.functions_called)
        budget_left = self.spec.submission_timeout_s - (time.monotonic() - self.started)
        if budget_left <= 0:
            raise _BudgetExhausted(self.spec.submission_timeout_s)
        process = self._ensure_process()
        self._marks[request.node.nodeid] = process.output.mark() if process.output else 0
        deadline = self.started + self.spec.submission_timeout_s
        mark = request.node.get_closest_marker("graded")
        if mark and mark.kwargs.get("timeout"):  # the test's own budget, over all its calls
            deadline = min(deadline, time.monotonic() + float(mark.kwargs["timeout"]))
        return RemoteStudent(process, self.spec.keep_in_child, ctx.functions_called, deadline=deadline)

    @pytest.fixture
    def speed(self) -> testing.SpeedCheck:
        if self.local_module is not None:
            return testing.SpeedCheck(None, " (trusted code run in-process)")
        spec = importlib.util.find_spec(self.spec.reference)
        if spec is None or spec.origin is None:
            return testing.SpeedCheck(None, " (timing is measured when your submission is graded)")
        return testing.SpeedCheck(lambda: self._reference_process(Path(spec.origin)))

    def _reference_process(self, module_file: Path) -> StudentProcess:
        if self.reference is None or not self.reference.process.alive:
            if self.reference is not None:
                self.reference.close()
            self.reference = ReferenceProcess(module_file, self.spec.limits)
        return self.reference.process

    @property
    def oracle_module(self) -> Any:
        return importlib.import_module(self.spec.reference)

    @pytest.fixture
    def oracle(self, request: pytest.FixtureRequest) -> Any:
        name = request.node.name
        if self.recording is not None:
            return ReplayOracle(name, self.recording.get(name, []))
        if self.record:
            return RecordingOracle(self.oracle_module, self.recorded_calls.setdefault(name, []))
        return self.oracle_module

    @pytest.fixture
    def assignment_data(self) -> dict[str, tuple[Path, Any]]:
        """name -> (folder, its DataSource) for the instructor's data sets present here."""
        return {name: (path, self.spec.data[name]) for name, path in self.spec.data_paths().items()}

    @pytest.fixture
    def compute_device(self) -> str:
        """"cuda" when the student's code gets a GPU, else "cpu": graders pick budgets by it."""
        return "cuda" if child_gets_gpu(self.spec.limits) else "cpu"

    @pytest.fixture
    def rng(self, request: pytest.FixtureRequest) -> np.random.Generator:
        return self._rng_for(request.node.name)

    def _rng_for(self, test_name: str) -> np.random.Generator:
        digest = hashlib.sha256(f"{self.spec.seed_salt}/{self.spec.id}/{test_name}".encode()).digest()
        return np.random.default_rng(int.from_bytes(digest[:8], "little"))

    # -- hooks
    def pytest_configure(self, config: pytest.Config) -> None:
        config.addinivalue_line("markers", "graded(points, hidden, partial, timeout): a grader test's points")
        config.addinivalue_line("markers", "needs_data(name): runs only when the instructor's data set is given")

    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        """Graders of an instructor data set that is not on this machine are left out (not failed)."""
        present = self.spec.data_paths()
        kept, left_out = [], []
        for item in items:
            needs = [m.args[0] for m in item.iter_markers("needs_data")]
            (kept if all(name in present for name in needs) else left_out).append(item)
        if left_out:
            config.hook.pytest_deselected(items=left_out)
            items[:] = kept

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: pytest.Item):
        token = testing.activate(self._contexts[item.nodeid])
        try:
            with np.errstate(all="ignore"):
                outcome = yield
        finally:
            testing.deactivate(token)
        if outcome.excinfo is not None:
            self._errors[item.nodeid] = outcome.excinfo[1]

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        self._contexts[item.nodeid] = testing.TestContext()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        yield
        if call.when == "setup" and call.excinfo is not None:
            self._errors[item.nodeid] = call.excinfo.value
            self._record(item, time_s=call.duration)
        elif call.when == "call":
            self._record(item, time_s=call.duration)

    # -- scoring
    def _record(self, item: pytest.Item, time_s: float) -> None:
        mark = item.get_closest_marker("graded")
        info = dict(mark.kwargs) if mark else {"points": 1.0}
        points = float(info.get("points", 1.0))
        ctx = self._contexts.get(item.nodeid, testing.TestContext())
        error = self._errors.get(item.nodeid)
        doc = (getattr(item, "obj", None).__doc__ or "").strip().splitlines()
        result = TestResult(id=item.name, name=item.name.removeprefix("test_").replace("_", " "),
                            description=doc[0] if doc else "", points_possible=points, points_earned=0.0,
                            status="failed", hidden=bool(info.get("hidden", False)),
                            group=str(info.get("group") or item.name.removeprefix("test_")),
                            comparisons=ctx.comparisons, duration_s=round(time_s, 4))
        failed = [c for c in ctx.comparisons if not c.passed]
        if isinstance(error, _BudgetExhausted):
            result.status, result.message = "timeout", str(error)
        elif isinstance(error, StudentCodeError):
            result.status, result.message = error.status, error.message
            if error.detail and error.status in ("error", "not_loaded") and \
                    getattr(error, "type_name", "") != "NotImplementedError":
                result.output_excerpt = _last_lines(error.detail, 25)
        elif isinstance(error, StaleRecording):
            result.status, result.message = "error", f"grader error: {error}"
        elif error is not None:
            result.status = "failed"
            result.message = (f"the grader could not use your return value ({type(error).__name__}: {error}); "
                              "check the number and kind of values your function returns")
        elif not ctx.comparisons:
            result.status, result.message = "error", "grader error: this test made no checks"
        elif any(c.credit is not None for c in ctx.comparisons):  # scored checks: credit, not pass/fail
            fraction = sum(c.credit if c.credit is not None else float(c.passed) for c in ctx.comparisons)
            fraction /= len(ctx.comparisons)
            result.points_earned = round(points * fraction, 2)
            result.status = "passed" if fraction >= 1 else ("partial" if fraction > 0 else "failed")
            result.message = "; ".join(c.message for c in ctx.comparisons if c.credit is not None or not c.passed)
            if fraction < 1 and self.catalog and self.mode == "grade":
                result.mistakes = self._fingerprint(item, ctx)
        elif failed:
            fraction = 1 - len(failed) / len(ctx.comparisons)
            if info.get("partial") and fraction > 0:
                result.status, result.points_earned = "partial", round(points * fraction, 2)
            result.message = failed[0].message
            if self.catalog and self.mode == "grade":
                result.mistakes = self._fingerprint(item, ctx)
        else:
            result.status, result.points_earned, result.message = "passed", points, "all checks passed"
        if self.process is not None and self.process.output is not None and item.nodeid in self._marks:
            excerpt = self.process.output.text_since(self._marks[item.nodeid])
            if excerpt:
                result.output_excerpt = (excerpt + ("\n" + result.output_excerpt if result.output_excerpt else ""))
        self.results.append(result)

    def _mutant(self, mistake: Mistake) -> Any:
        """The mistaken module, compiled once per submission however many tests fail."""
        if mistake.id not in self._mutants:
            self._mutants[mistake.id] = mutant_module(self.spec.solution_file, mistake)
        return self._mutants[mistake.id]

    def _fingerprint(self, item: pytest.Item, student_ctx: testing.TestContext) -> list[MistakeMatch]:
        """Re-run the test on each relevant mutant; name those whose outputs equal the student's."""
        failed = [c.name for c in student_ctx.comparisons if c.lost_points and c.kind != "timing"]
        if not failed:
            return []
        matches = []
        for mistake in self.catalog:
            if not set(mistake.functions) & student_ctx.functions_called:
                continue
            mutant_ctx = testing.TestContext()
            token = testing.activate(mutant_ctx)
            try:
                module = self._mutant(mistake)
                kwargs = {name: item.funcargs[name] for name in item._fixtureinfo.argnames}  # noqa: SLF001
                kwargs.update(student=LocalStudent(module), rng=self._rng_for(item.name), oracle=self.oracle_module)
                with np.errstate(all="ignore"):
                    item.obj(**{k: v for k, v in kwargs.items() if k in item._fixtureinfo.argnames})  # noqa: SLF001
            except Exception:  # noqa: BLE001 - a mutant that crashes simply matches nothing
                continue
            finally:
                testing.deactivate(token)
            mutant_failed = {c.name for c in mutant_ctx.comparisons if c.lost_points}
            if not set(failed) <= mutant_failed:
                continue
            if all(_same_output(student_ctx.outputs.get(n), mutant_ctx.outputs.get(n),
                                student_ctx.match_tolerances.get(n)) for n in failed):
                matches.append(MistakeMatch(id=mistake.id, message=mistake.message))
        return matches


class _BudgetExhausted(Exception):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"the submission's total time budget of {seconds:g} s was used up before this test")


def _same_output(a: Any, b: Any, tolerance: Tolerance | None = None) -> bool:
    if tolerance is None:
        is32 = getattr(a, "dtype", None) == np.float32
        tolerance = DEFAULT_TOLERANCES["float32"] if is32 else DEFAULT_TOLERANCES["float64"]
    return outputs_match(a, b, tolerance)


def _last_lines(text: str, n: int) -> str:
    return "\n".join(text.rstrip().splitlines()[-n:])


# ------------------------------------------------------------------ driver
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
            "--assert=plain"]  # graders record comparisons; they do not rely on assert rewriting
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
    """Grade one submission file (.py or .zip) against the assignment's graders."""
    started = time.monotonic()
    submission = Path(submission)
    result_base: dict[str, Any] = dict(
        student=student or submission.stem, assignment=spec.id, submission_file=submission.name,
        sha256=file_sha256(submission) if submission.is_file() else "", graded_at=_now(),
        grader_version=autograder.__version__, sandbox=sandbox_info())
    catalog = load_catalog(spec.mistakes_file) if mode == "grade" else Catalog()
    workdir = Path(tempfile.mkdtemp(prefix="ag-sub-"))
    plugin = None
    try:
        try:
            folder = prepare_submission(submission, spec, workdir / "submission")
        except SubmissionError as e:
            folder, load_error = None, str(e)
        else:
            load_error = None
        tests = tests or spec.tests_dir
        recording_file = tests / RECORDING_FILE
        recording = load_recording(recording_file) if mode == "check" and recording_file.is_file() else None
        plugin = GradePlugin(spec, folder, mode, catalog=catalog, recording=recording)
        if load_error is not None:
            plugin.load_error = SubmissionLoadError(load_error)
        plugin.prelaunch()
        run_graders(spec, tests, plugin, select)
        return _result(plugin, started, result_base)
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
    plugin = GradePlugin(spec, None, mode, local_module=module, catalog=catalog, record=record_into is not None)
    run_graders(spec, tests or spec.tests_dir, plugin, select)
    if record_into is not None:
        record_into.update(plugin.recorded_calls)
    return _result(plugin, started, dict(student=getattr(module, "__name__", "local"), assignment=spec.id,
                                         submission_file="", sha256="", graded_at=_now(),
                                         grader_version=autograder.__version__))


def _result(plugin: GradePlugin, started: float, base: dict[str, Any]) -> SubmissionResult:
    load_error = plugin.load_error
    tests = plugin.results
    if load_error is not None and plugin.load_output:
        for t in tests:
            if t.status == "not_loaded" and not t.output_excerpt:
                t.output_excerpt = plugin.load_output
    return SubmissionResult(
        **base,
        score=round(sum(t.points_earned for t in tests), 6),
        max_score=round(sum(t.points_possible for t in tests), 6),
        load_error=None if load_error is None else load_error.message,
        import_output=plugin.import_output or plugin.load_output or "",
        tests=tests,
        duration_s=round(time.monotonic() - started, 3),
    )


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
