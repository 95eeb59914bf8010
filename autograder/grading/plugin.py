"""The pytest plugin of a grading run: the fixtures graders use, and each test's TestResult.

Fixtures: `student` (the submission, called in its sandboxed child), `oracle` (the reference,
or its recorded answers in a student release), `rng` (seeded per test, so a test re-runs
identically on a catalogued mistake; per student for a hidden test), `eval_rng` (for the
evaluation data of a trained model: per student and submission when grading, public tests
included; see grading/evaluation.py), `speed` (timing against the reference),
`assignment_data` (the instructor's data sets present here) and `compute_device`.
"""
from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pytest

from autograder.course.assignment import AssignmentSpec
from autograder.course.mistakes import Catalog
from autograder.grading import checks
from autograder.grading.budget import Budget
from autograder.grading.diagnosis import DEPARTURE_BUDGET_S, MistakeMatcher
from autograder.grading.oracle import OracleSource, reference_fault
from autograder.grading.scoring import lost_points_on_checks, return_unusable, test_result
from autograder.grading.session import StudentSession
from autograder.grading.student import LocalStudent
from autograder.grading.timing import ReferenceBaseline
from autograder.results import TestResult
from autograder.sandbox.errors import StudentException
from autograder.sandbox.gpu import child_gets_gpu
from autograder.sandbox.process import TracedCall

Mode = Literal["grade", "check"]


def seeded_rng(spec: AssignmentSpec, test_name: str, student_seed: str = "") -> np.random.Generator:
    """The `rng` of a test: the same generator for the student's run and for each mistake's re-run.

    student_seed: the student's own seed (course/secret.py) for a hidden test, "" for a public one
    (whose inputs and answers are recorded in the student release).
    """
    key = f"{spec.seed_salt}/{spec.id}/{test_name}" + (f"/{student_seed}" if student_seed else "")
    digest = hashlib.sha256(key.encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


@dataclass
class TestRun:
    """What one test observed while it ran: its checks, the error that stopped it, where its output began."""

    context: checks.TestContext = field(default_factory=checks.TestContext)
    error: BaseException | None = None
    output_mark: int | None = None


class GradePlugin:
    """Provides the fixtures and turns each test's outcome into a TestResult (in `results`).

    session: the submission's child, or None for trusted code run in-process (local_module:
    the solution, a mutant, the reference; tests of the graders and `autograder release`).
    student_seed: the student's seed for hidden tests' inputs ("" : the fixed inputs).
    submission_seed: the seed of `eval_rng` for this submission ("": fixed, as in a student's check).
    """

    def __init__(self, spec: AssignmentSpec, mode: Mode, oracles: OracleSource, catalog: Catalog | None = None,
                 session: StudentSession | None = None, local_module: Any = None, student_seed: str = "",
                 submission_seed: str = "") -> None:
        self.spec = spec
        self.student_seed = student_seed
        self.submission_seed = submission_seed
        self.mode = mode
        self.oracles = oracles
        self.session = session
        self.local_module = local_module
        self.matcher = MistakeMatcher(catalog or Catalog(), spec, self.seeded_fixtures, oracles.module,
                                      self.student_source)
        self.baseline: ReferenceBaseline | None = None
        self.results: list[TestResult] = []
        self._result_of: dict[str, TestResult] = {}  # by test node id
        self._runs: dict[str, TestRun] = {}

    def student_source(self) -> str | None:
        """The text of the student's module as the child imports it (None: not a file, or in-process code)."""
        folder = self.session.submission_dir if self.session is not None else None
        path = folder / self.spec.module if folder is not None else None
        try:
            return path.read_text(encoding="utf-8", errors="replace") if path is not None and path.is_file() else None
        except OSError:
            return None

    def rng_for(self, item: pytest.Item) -> np.random.Generator:
        """A test's generator: per student for a hidden test, fixed for a public one."""
        mark = item.get_closest_marker("graded")
        hidden = bool(mark and mark.kwargs.get("hidden"))
        return seeded_rng(self.spec, item.name, self.student_seed if hidden else "")

    def eval_rng_for(self, item: pytest.Item) -> np.random.Generator:
        """The generator of a test's evaluation data: per student and submission when grading."""
        return seeded_rng(self.spec, f"evaluation/{item.name}", self.submission_seed)

    def seeded_fixtures(self, item: pytest.Item) -> dict[str, np.random.Generator]:
        """The seeded fixtures afresh, as they were when the test began (a mistake re-runs on them)."""
        return {"rng": self.rng_for(item), "eval_rng": self.eval_rng_for(item)}

    def late_diagnoses(self) -> None:
        """The diagnoses that call the student's code with the correct code's values (MistakeMatcher.
        late_diagnoses): made after the last test, so that no test can use what the child saw."""
        process = self.session.process if self.session is not None else None
        matcher = self.matcher
        if process is None or not process.alive or not (matcher.departure_jobs or matcher.held_jobs or
                                                        matcher.slip_checks or matcher.names_given()):
            return
        # CPU time, the grader's and the child's: a busy machine finds as many departures as an idle one
        budget = Budget(DEPARTURE_BUDGET_S, lambda: process.cpu_s)

        def timeout() -> float:  # a call's wall time: what the budget leaves, at the pace a busy machine runs
            return min(process.limits.call_timeout_s, max(0.1, budget.wall_left_s()))

        def trace(function: str, args: list[Any], patch: tuple[int, str, Any] | None,
                  after: bool = False, passes_at: tuple[int, int] | None = None) -> TracedCall:
            return process.trace(function, args, patch, timeout=timeout(), after=after, passes_at=passes_at)

        def parts(function: str, args: list[Any], line: int, substitute: tuple[int, Any] | None
                  ) -> tuple[list[tuple[int, int, int, int, int, str, Any]], Any]:
            return process.statement_parts(function, args, line, substitute, timeout=timeout())

        def call(function: str, args: list[Any]) -> Any:
            return process.call(function, *args, timeout=timeout())

        def edited(function: str, source: str, line: int, args: list[Any], after: bool, wall_s: float
                   ) -> TracedCall:
            return process.edited_call(function, source, line, args, min(process.limits.call_timeout_s, wall_s), after)

        self.matcher.late_diagnoses(self._result_of, trace, parts, budget, call, edited)

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
        if self.baseline is not None:
            self.baseline.close()

    # -- fixtures
    @pytest.fixture
    def student(self, request: pytest.FixtureRequest) -> Any:
        run = self._runs[request.node.nodeid]
        called = run.context.functions_called
        if self.local_module is not None:
            return LocalStudent(self.local_module, called, run.context.returned)
        assert self.session is not None
        mark = request.node.get_closest_marker("graded")
        student = self.session.student(called, mark.kwargs.get("timeout") if mark else None, run.context.returned,
                                       run.context.trainings)
        run.output_mark = self.session.output_mark()
        return student

    @pytest.fixture
    def speed(self) -> checks.SpeedCheck:
        if self.local_module is not None:
            return checks.SpeedCheck(None, " (trusted code run in-process)")
        spec = importlib.util.find_spec(self.spec.reference)
        if spec is None or spec.origin is None:
            return checks.SpeedCheck(None, " (timing is measured when your submission is graded)")
        if self.baseline is None:
            self.baseline = ReferenceBaseline(Path(spec.origin), self.spec.limits)
        return checks.SpeedCheck(self.baseline.process)

    @pytest.fixture
    def oracle(self, request: pytest.FixtureRequest) -> Any:
        return self.oracles.for_test(request.node.name)

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
        return self.rng_for(request.node)

    @pytest.fixture
    def eval_rng(self, request: pytest.FixtureRequest) -> np.random.Generator:
        return self.eval_rng_for(request.node)

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

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        self._runs[item.nodeid] = TestRun()

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_call(self, item: pytest.Item):
        run = self._runs[item.nodeid]
        token = checks.activate(run.context)
        try:
            with np.errstate(all="ignore"):
                outcome = yield
        finally:
            checks.deactivate(token)
        if outcome.excinfo is not None:
            error = outcome.excinfo[1]
            run.error = reference_fault(error, self.spec.reference) or error  # the reference's is the grader's

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        yield
        if call.when == "setup" and call.excinfo is not None:
            self._runs.setdefault(item.nodeid, TestRun()).error = call.excinfo.value
            self._record(item, time_s=call.duration)
        elif call.when == "call":
            self._record(item, time_s=call.duration)

    def _record(self, item: pytest.Item, time_s: float) -> None:
        run = self._runs.get(item.nodeid, TestRun())
        result = test_result(item, run.context, run.error, time_s)
        # A student's file is explained in either mode ("check": no catalogue, so diagnoses only); trusted
        # in-process code (mutants, a release's recording) has no session and needs no explaining.
        explained = self.mode == "grade" or self.session is not None
        # A test the student's code ended by raising is explained too: a slip may raise the same error.
        if explained and (lost_points_on_checks(result, run.error) or isinstance(run.error, StudentException)
                         or return_unusable(run.error)):
            result.mistakes, result.diagnoses = self.matcher.explain(item, run.context, run.error)
        elif explained and run.error is None and result.status == "passed":
            self.matcher.note_passed(item, run.context)
        if self.session is not None and run.output_mark is not None:
            excerpt = self.session.output_since(run.output_mark)
            if excerpt:
                result.output_excerpt = (excerpt + ("\n" + result.output_excerpt if result.output_excerpt else ""))
        self.results.append(result)
        self._result_of[item.nodeid] = result
