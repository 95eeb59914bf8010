"""What grading produces: a comparison per checked output, a result per test, one per submission.

Pydantic models, because they cross process boundaries (batch workers) and are stored (the
gradebook, per-student JSON).
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from autograder.sandbox.confinement import SandboxInfo

TestStatus = Literal["passed", "partial", "failed", "error", "timeout", "crashed", "not_loaded"]


class Tolerance(BaseModel):
    """An element passes when abs error <= atol or CS231n relative error <= rtol."""

    rtol: float
    atol: float


class Comparison(BaseModel):
    """The outcome of comparing one student output with the expected one."""

    name: str
    passed: bool
    message: str
    expected_shape: list[int] | None = None
    got_shape: list[int] | None = None
    got_type: str | None = None
    got_dtype: str | None = None
    max_abs_error: float | None = None
    max_rel_error: float | None = None
    worst_index: list[int] | None = None
    expected_at_worst: float | None = None
    got_at_worst: float | None = None
    nan_count: int = 0
    inf_count: int = 0
    tolerance: Tolerance | None = None
    kind: Literal["value", "check", "timing", "score"] = "value"
    credit: float | None = None  # 0..1 for checks that earn part of their weight (accuracy between thresholds)

    @property
    def lost_points(self) -> bool:
        """Failed, or a scored check short of full credit."""
        return not self.passed or (self.credit is not None and self.credit < 1)
    # For reports: small outputs in full (<= 64 values), and for failing outputs with 2+ dimensions
    # the absolute error of their first 2-D slice (at most 48 x 48).
    got_values: list[float] | None = None
    expected_values: list[float] | None = None
    error_map: list[list[float]] | None = None
    student_s: float | None = None
    reference_s: float | None = None
    ratio: float | None = None
    max_ratio: float | None = None


class MistakeMatch(BaseModel):
    """A catalogued mistake whose outputs match the student's failing outputs."""

    id: str
    message: str


class TestResult(BaseModel):
    id: str
    name: str
    description: str = ""
    points_possible: float
    points_earned: float
    status: TestStatus
    hidden: bool = False
    group: str = ""
    message: str = ""
    comparisons: list[Comparison] = Field(default_factory=list)
    mistakes: list[MistakeMatch] = Field(default_factory=list)
    output_excerpt: str = ""
    duration_s: float = 0.0


class SubmissionResult(BaseModel):
    student: str
    assignment: str
    submission_file: str
    sha256: str
    score: float
    max_score: float
    load_error: str | None = None
    import_output: str = Field(default="", description="what the module printed while being imported (capped)")
    tests: list[TestResult]
    sandbox: SandboxInfo | None = None
    duration_s: float
    graded_at: str
    grader_version: str


def utc_timestamp() -> str:
    """Now, as graded_at is stored: ISO 8601 in UTC, to the second."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
