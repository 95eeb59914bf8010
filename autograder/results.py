"""What grading produces: a comparison per checked output, a result per test, one per submission.

Pydantic models, because they cross process boundaries (batch workers) and are stored (the
gradebook, per-student JSON).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, Field

from autograder.sandbox.confinement import SandboxInfo

TestStatus = Literal["passed", "partial", "failed", "error", "timeout", "crashed", "not_loaded", "pending"]
# "pending": a part the teaching staff grade by hand (a manual rubric item) that no one has scored yet
EXAM_SHEET_FILE = "exam answer sheet"  # submission_file of every exam result: how reports know an exam


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
    # an accuracy check's: on the test images, and on some of the images the model trained on (None: not asked)
    accuracy: float | None = None
    seen_accuracy: float | None = None
    seen_count: int = 0
    # ... and the class of the test images it never predicted, with how many test images it has, where it predicts
    # the others well (checks._never_predicted)
    never_predicted: list[tuple[int, int, bool]] = Field(default_factory=list)  # (class, test images, the highest)

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


class NotebookCell(BaseModel):
    """What grading made of one code cell of a notebook submission (the graded module is built from
    the cells the graded functions need: course/notebook.py)."""

    number: int = Field(description="the code cell's position among the notebook's code cells, from 1")
    first_line: str
    kept: Literal["all", "part", "none"]
    needed_for: dict[str, str] = Field(default_factory=dict, description="name the cell binds -> the graded "
                                       "function that reads it, for cells kept only for such names")
    note: str = Field(default="", description="why it was left out when that is not plain exploration "
                      "(a syntax error, a shell cell magic, an `if __name__ == '__main__':` block)")


class Diagnosis(BaseModel):
    """What a failing output's relation to the expected one suggests, said when no catalogued
    mistake reproduces it (grading/relations.py): e.g. every entry is N times the expected."""

    outputs: list[str]
    relation: str  # the relation's class, e.g. "scaled", "transposed", "shifted_steps"
    message: str  # in the student's terms, with the evidence (values)
    hidden_message: str = Field(default="", description="the same in grader words only, without a number (see "
                                "without_numbers): what a hidden test's student may read before the reveal")


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
    diagnoses: list[Diagnosis] = Field(default_factory=list)
    output_excerpt: str = ""
    duration_s: float = 0.0
    hidden_message: str = Field(default="", description="what a student may read of a hidden test's outcome before "
                                "the reveal: no expected values, inputs or text the student's code chose")

    def for_student(self) -> TestResult:
        """This hidden test as its student sees it before the reveal: status, points and the kind of
        problem; its expected values, the student's outputs (which can echo the inputs), exception
        messages and captured output stay with the TAs."""
        if not self.hidden:
            return self
        message = self.hidden_message or ("all checks passed" if self.status == "passed" else
                                          f"this hidden test {self.status.replace('_', ' ')}")
        return self.model_copy(update={"message": message, "output_excerpt": "", "duration_s": 0.0,
                                       "comparisons": [hidden_comparison(c) for c in self.comparisons],
                                       "diagnoses": hidden_diagnoses(self.diagnoses)})


class Adjustment(BaseModel):
    """Points the teaching staff added or removed, with the reason the student reads. Stored in the
    gradebook as its own record (gradebook/staff.py), never overwriting the automatic result."""

    id: int = 0
    points: float  # as entered: +2, -1.5
    reason: str
    test: str | None = None  # a test's id, or None for the assignment as a whole
    applied: float | None = None  # what it changed: a test's points stay within 0 and the test's points
    author: str = ""
    created_at: str = ""


class StaffComment(BaseModel):
    """A comment of the teaching staff that the student reads, on the whole submission or one test."""

    id: int = 0
    text: str
    test: str | None = None
    author: str = ""
    created_at: str = ""


class StaffReview(BaseModel):
    """What the teaching staff added to an automatic result (adjustments, comments; manual rubric items
    are tests of group MANUAL_GROUP in the result). Attached when a result is read from the gradebook."""

    automatic_score: float  # the graders' score, before the staff's points
    automatic_max: float
    points: float = 0.0  # the staff's points in all: adjustments applied and manual items scored
    adjustments: list[Adjustment] = Field(default_factory=list)
    comments: list[StaffComment] = Field(default_factory=list)

    def for_student(self) -> StaffReview:
        """Without who wrote what: the student reads the points, reasons and comments."""
        return self.model_copy(update={
            "adjustments": [a.model_copy(update={"author": ""}) for a in self.adjustments],
            "comments": [c.model_copy(update={"author": ""}) for c in self.comments]})


MANUAL_GROUP = "manual grading"  # the test group of manual rubric items ([[manual]] in assignment.toml)


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
    notebook_cells: list[NotebookCell] = Field(default_factory=list, description="for a notebook: what was "
                                               "graded of each code cell")
    sandbox: SandboxInfo | None = None
    duration_s: float
    graded_at: str
    grader_version: str
    review: StaffReview | None = None  # the staff's adjustments and comments, applied to tests and score

    def for_student(self, reveal_hidden: bool) -> SubmissionResult:
        """The result as its student may see it: hidden tests redacted (see TestResult.for_student)
        unless the assignment's reveal has come; the staff's review without its authors."""
        review = self.review.for_student() if self.review else None
        if reveal_hidden:
            return self if review is None else self.model_copy(update={"review": review})
        return self.model_copy(update={"tests": [t.for_student() for t in self.tests], "review": review})


def hidden_comparison(c: Comparison) -> Comparison:
    """A hidden check as a student sees it before the reveal: passed or not, and what kind of problem.

    No values (expected, got, errors, indices, counts), no shapes, no type names: the student's
    outputs are under the student's control and could echo the hidden inputs back.
    """
    name = _HIDDEN_VALUES.sub("(...)", c.name)  # a grader may name a check after inputs it drew
    kept = {"name": name, "passed": c.passed, "kind": c.kind, "credit": c.credit, "tolerance": c.tolerance}
    if c.kind == "timing":  # the child can time itself to the inputs: no times, no ratio, no outputs
        kept.update(max_ratio=c.max_ratio, message=f"{name}: " + ("within the limit" if c.passed else
                                                                 "too slow, or a timed call returned a wrong result"))
    elif c.kind == "score" and c.got_shape is not None:  # an accuracy computed here from usable logits
        kept["message"] = c.message
    elif c.kind == "score":
        kept["message"] = f"{name}: not logits of shape (N, classes)"
    else:
        kept["message"] = f"{name}: {_problem(c)}"
    return Comparison(**kept)


_HIDDEN_VALUES = re.compile(r"\([^()]*\d[^()]*\)")


def without_numbers(text: str) -> bool:
    """No digit in text outside a name (float32, params['W1'], beta1): nothing a drawn value could be
    (a number is written with a digit first: 4, 0.6, 1e-05)."""
    return not re.search(r"\d", re.sub(r"\b[A-Za-z_]\w*", "", text))


def hidden_diagnoses(diagnoses: list[Diagnosis]) -> list[Diagnosis]:
    """Diagnoses of a hidden test as its student sees them before the reveal: the grader-words
    sentence only (the full one quotes values), dropped when it holds a number, which could be a
    drawn value; output names lose their drawn values as check names do."""
    kept = []
    for d in diagnoses:
        if d.hidden_message and without_numbers(d.hidden_message):
            kept.append(Diagnosis(outputs=[_HIDDEN_VALUES.sub("(...)", o) for o in d.outputs], relation=d.relation,
                                  message=d.hidden_message))
    return kept


def _problem(c: Comparison) -> str:
    if c.passed:
        return "ok"
    if c.kind == "check":
        return "this check failed"
    if c.got_shape is None:
        return "not the kind of value expected (a NumPy array or a number)"
    if c.expected_shape is not None and c.got_shape != c.expected_shape:
        return "the shape differs from the expected one"
    if "NaN/Inf" in c.message:
        return "NaN or Inf where the expected value is finite (or the reverse)"
    if c.got_dtype and c.max_abs_error is None:
        return "the values are not numeric"
    tolerance = f" (rtol {c.tolerance.rtol:g}, atol {c.tolerance.atol:g})" if c.tolerance else ""
    return f"values outside the tolerance{tolerance}"


def utc_timestamp() -> str:
    """Now, as graded_at is stored: ISO 8601 in UTC, to the second."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
