"""The submission's sandboxed child during one grading run, and the submission's time budget.

The child starts while pytest collects the graders (prelaunch), is restarted after a crash
or a timeout, and a load error (the module did not import) is kept and re-raised for every
later test, so each test reports it without starting the child again.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from autograder.course.assignment import AssignmentSpec
from autograder.grading.student import RemoteStudent
from autograder.sandbox.errors import SubmissionLoadError
from autograder.sandbox.process import StudentProcess
from autograder.sandbox.training_record import TrainingRecord


class BudgetExhausted(Exception):
    """The submission's total time budget ran out before a test began."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the submission's total time budget of {seconds:g} s was used up before this test")


class StudentSession:
    """One submission's child process for a grading run (restarted when it dies)."""

    def __init__(self, spec: AssignmentSpec, submission_dir: Path | None, load_error: str | None = None) -> None:
        self.spec = spec
        self.submission_dir = submission_dir
        self.process: StudentProcess | None = None
        self.load_error = SubmissionLoadError(load_error) if load_error is not None else None
        self.load_output = ""  # what the module printed before its import failed
        self.import_output: str | None = None  # what it printed while being imported (first start)
        self.started = time.monotonic()
        self._prelaunched = False

    def prelaunch(self) -> None:
        """Start the child now, so its interpreter starts while pytest collects the graders."""
        if self.submission_dir is not None and self.load_error is None and self.process is None:
            self.process = self._new_process()
            self.process.launch()
            self._prelaunched = True

    def _new_process(self) -> StudentProcess:
        assert self.submission_dir is not None
        return StudentProcess(self.submission_dir, self.spec.module_name, self.spec.limits)

    def ensure_process(self) -> StudentProcess:
        """The running child: the prelaunched one once it has imported, or a new one after a crash."""
        if self.load_error is not None:
            # the same error for every later test: raised with no traceback of its own, else each raise
            # would add its frames to the last (pytest's report of test k then walks k tests' frames)
            raise self.load_error.with_traceback(None)
        if self._prelaunched or self.process is None or not self.process.alive:
            if self.process is not None and not self._prelaunched:
                self.process.kill()
            if not self._prelaunched:
                self.process = self._new_process()
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

    def student(self, called: set[str], test_timeout: float | None,
                returned: list[tuple[str, Any, bool]] | None = None,
                trainings: dict[int, TrainingRecord] | None = None) -> RemoteStudent:
        """The `student` fixture of one test: calls end at the test's own budget or the submission's."""
        budget_left = self.spec.submission_timeout_s - (time.monotonic() - self.started)
        if budget_left <= 0:
            raise BudgetExhausted(self.spec.submission_timeout_s)
        process = self.ensure_process()
        deadline = self.started + self.spec.submission_timeout_s
        if test_timeout:  # the test's own budget, over all its calls
            deadline = min(deadline, time.monotonic() + float(test_timeout))
        return RemoteStudent(process, self.spec.keep_in_child, called, deadline=deadline, returned=returned,
                             trainings=trainings)

    def output_mark(self) -> int:
        """Where the child's output stands now (see output_since)."""
        return self.process.output.mark() if self.process is not None and self.process.output else 0

    def output_since(self, mark: int) -> str:
        """What the child printed since output_mark() returned `mark`."""
        if self.process is None or self.process.output is None:
            return ""
        return self.process.output.text_since(mark)

    def close(self) -> None:
        if self.process is not None:
            self.process.kill()
