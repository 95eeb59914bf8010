"""Exam answers graded against the stored key: numbers within the tolerance the paper states, credit
for a declared slip only, choices, and code questions through the assignment's own sandboxed graders.

An answer that cannot be read (a decimal comma in a decimal-point exam, a unit that does not fit,
three numbers where four are asked) is status "error" with "could not read" and the reason: the
student sees why, the TA finds it listed by `exam grade` and in review.csv. NaN and Inf are read, and
wrong: never credit, never a crash.
"""
from __future__ import annotations

import csv
import hashlib
import json
import math
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from autograder.exams.answers import ClassSheets, match_sheets, read_answer_sheets
from autograder.exams.bank import Exam, Question
from autograder.exams.copying import CopyReport, detect_copying, write_copying
from autograder.exams.key import ExamKey
from autograder.exams.parse import (
    DecimalSeparator,
    answer_text,
    read_choice,
    read_numbers,
)
from autograder.exams.variants import Variant, same_numbers
from autograder.gradebook.store import Gradebook
from autograder.results import EXAM_SHEET_FILE, Comparison, SubmissionResult, TestResult, utc_timestamp
from autograder.version import __version__

SHEET_FILE = EXAM_SHEET_FILE  # submission_file of every exam result: how `report` knows an exam
_EARLIER_SHEET_FILES = {SHEET_FILE, "answer sheet"}  # what versions before the key recorded


def _shown(values: list[float], rtol: float | None = None) -> str:
    """Numbers as the feedback writes them: an expected answer to the digits its question asks for (the
    paper's "N significant digits", rounded: never 1.00999999995), an exact one in full (12 digits at
    most); other numbers to 6 significant digits."""
    if rtol is None:
        digits = 6
    else:
        from autograder.exams.papers import significant_digits
        digits = 12 if rtol == 0 else significant_digits(rtol)
    return "; ".join(f"{v:.{digits}g}" for v in values)


def _relative_errors(got: list[float], expected: list[float]) -> list[float]:
    return [abs(g - e) / abs(e) if e else abs(g) for g, e in zip(got, expected)]


def _within(got: list[float], expected: Any, rtol: float) -> bool:
    want = [float(expected)] if isinstance(expected, (int, float)) else list(expected)
    # rtol 0 means exact; the small slack keeps a rounding the paper allows from failing on float noise
    return len(got) == len(want) and all(err <= rtol * (1 + 1e-9) + 1e-12
                                         for err in _relative_errors(got, want))


def grade_answer(v: Variant, q: Question, given: Any, decimal: DecimalSeparator = ".") -> TestResult:
    """Full credit within q.rtol, slip_credit for a declared slip of this variant, else zero."""
    base = dict(id=q.id, name=q.id, description=v.prompt[:200], points_possible=q.points, group=q.kind)
    if v.answer_format == "code":
        if not answer_text(given).strip():
            return TestResult(**base, points_earned=0.0, status="failed", message="no answer")
        return grade_code_answer(q, answer_text(given), base)
    if v.answer_format == "choice":
        reading = read_choice(given, v.choices)
    else:
        expected = [v.answer] if isinstance(v.answer, float) else list(v.answer)
        reading = read_numbers(given, len(expected), decimal, tuple(v.units))
    if reading.blank:
        return TestResult(**base, points_earned=0.0, status="failed", message="no answer")
    if reading.problem:
        return TestResult(**base, points_earned=0.0, status="error",
                          message=f"could not read {reading.text!r}: {reading.problem}")
    if v.answer_format == "choice":
        ok = reading.choice == v.answer
        return TestResult(**base, points_earned=q.points if ok else 0.0, status="passed" if ok else "failed",
                          message="correct" if ok else f"answered {reading.choice!r}; the answer is {v.answer!r}")
    return _grade_numbers(v, q, reading.values or [], expected, base)


def _grade_numbers(v: Variant, q: Question, got: list[float], expected: list[float], base: dict) -> TestResult:
    if not all(math.isfinite(g) for g in got):
        return TestResult(**base, points_earned=0.0, status="failed",
                          message=f"answered {_shown(got)}: NaN or Inf is never the answer; expected {_shown(expected, q.rtol)}",
                          comparisons=[Comparison(name=q.id, passed=False, message="NaN/Inf in the answer",
                                                  expected_values=expected,
                                                  nan_count=sum(math.isnan(g) for g in got),
                                                  inf_count=sum(math.isinf(g) for g in got))])
    rel = max(_relative_errors(got, expected))
    comparison = Comparison(name=q.id, passed=_within(got, expected, q.rtol), message=f"relative error {rel:.3g}",
                            got_values=got, expected_values=expected, max_rel_error=rel if math.isfinite(rel) else None)
    if comparison.passed:
        return TestResult(**base, points_earned=q.points, status="passed", message="correct", comparisons=[comparison])
    if v.no_work is not None and same_numbers(got, v.no_work):
        return TestResult(**base, points_earned=0.0, status="failed", comparisons=[comparison],
                          message=f"answered {_shown(got)}, the inputs unchanged: no step was taken; expected "
                                  f"{_shown(expected, q.rtol)}")
    for slip in v.slips:
        if _within(got, slip.answer, max(q.rtol, 1e-9)):
            return TestResult(**base, points_earned=round(q.points * q.slip_credit, 4), status="partial",
                              comparisons=[comparison],
                              message=f"answered {_shown(got)}: a declared slip ({slip.description}); expected "
                                      f"{_shown(expected, q.rtol)}")
    for wrong in v.wrong_methods:
        if _within(got, wrong.answer, max(q.rtol, 1e-9)):
            return TestResult(**base, points_earned=0.0, status="failed", comparisons=[comparison],
                              message=f"answered {_shown(got)}, what one gets having {wrong.description}; expected "
                                      f"{_shown(expected, q.rtol)}")
    return TestResult(**base, points_earned=0.0, status="failed", comparisons=[comparison],
                      message=f"answered {_shown(got)}; expected {_shown(expected, q.rtol)}")


def grade_code_answer(q: Question, code: str, base: dict) -> TestResult:
    """Run the answer through the assignment's own sandboxed graders (the tests named in options.tests)."""
    import tempfile

    from autograder.course.assignment import load_assignment
    from autograder.grading.run import grade_submission

    spec = load_assignment(q.options["assignment"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / spec.module
        path.write_text(code, encoding="utf-8")
        result = grade_submission(spec, path, select=str(q.options["tests"])).for_student(spec.hidden_revealed())
    fraction = result.score / result.max_score if result.max_score else 0.0
    failing = [t for t in result.tests if t.status != "passed"]
    message = result.load_error or ("all checks passed" if not failing else
                                    "; ".join(f"{t.id}: {t.message}" for t in failing)[:1500])
    status = "passed" if fraction == 1 else ("partial" if fraction > 0 else "failed")
    return TestResult(**base, points_earned=round(q.points * fraction, 4), status=status, message=message,
                      comparisons=[c for t in result.tests for c in t.comparisons],
                      mistakes=[m for t in result.tests for m in t.mistakes])


def _result(key: ExamKey, student: str, tests: list[TestResult], digest: str,
            load_error: str | None = None) -> SubmissionResult:
    return SubmissionResult(student=student, assignment=key.exam_id, submission_file=SHEET_FILE, sha256=digest,
                            score=round(sum(t.points_earned for t in tests), 4),
                            max_score=sum(q.points for q in key.questions), tests=tests, load_error=load_error,
                            duration_s=0.0, graded_at=utc_timestamp(), grader_version=__version__)


def grade_student(key: ExamKey, student: str, answers: dict[str, Any],
                  conflicts: dict[str, list[str]] | None = None) -> SubmissionResult:
    tests = []
    for v, q in zip(key.students[student], key.questions):
        if conflicts and q.id in conflicts:
            tests.append(TestResult(id=q.id, name=q.id, description=v.prompt[:200], points_possible=q.points,
                                    group=q.kind, points_earned=0.0, status="error",
                                    message="could not read: two sheets give different answers "
                                            f"({' | '.join(conflicts[q.id])[:300]})"))
        else:
            tests.append(grade_answer(v, q, answers.get(q.id), key.decimal_separator))
    digest = hashlib.sha256(json.dumps({k: answer_text(a) for k, a in answers.items()}, sort_keys=True)
                            .encode()).hexdigest()
    return _result(key, student, tests, digest)


def unreadable_result(key: ExamKey, student: str, why: str) -> SubmissionResult:
    """A student whose only sheet could not be read: zero, with the reason, listed as not loaded."""
    tests = [TestResult(id=q.id, name=q.id, points_possible=q.points, points_earned=0.0, status="not_loaded",
                        group=q.kind, message="the answer sheet could not be read") for q in key.questions]
    return _result(key, student, tests, hashlib.sha256(why.encode()).hexdigest(),
                   load_error=f"the answer sheet could not be read: {why}")


def grade_exam(key: ExamKey, sheets: ClassSheets) -> list[SubmissionResult]:
    results = [grade_student(key, s, sheets.answers[s], sheets.conflicts.get(s)) for s in key.students
               if s in sheets.answers]
    results += [unreadable_result(key, s, why) for s, why in sheets.unreadable_of.items()]
    return sorted(results, key=lambda r: list(key.students).index(r.student))


class ToReview(BaseModel):
    """An answer a TA should look at: it could not be read."""

    student: str
    question: str
    why: str


class ExamGrading(BaseModel):
    results: list[SubmissionResult]
    sheets: ClassSheets
    to_review: list[ToReview] = Field(default_factory=list)
    reports: Path | None = None
    review_csv: Path | None = None
    copying: CopyReport | None = None  # answers that point at another student's paper (staff only)


def to_review(results: list[SubmissionResult]) -> list[ToReview]:
    items = [ToReview(student=r.student, question="(sheet)", why=r.load_error) for r in results if r.load_error]
    return items + [ToReview(student=r.student, question=t.id, why=t.message)
                    for r in results if not r.load_error for t in r.tests if t.status == "error"]


def read_class_sheets(key: ExamKey, answers: Path) -> ClassSheets:
    return match_sheets(read_answer_sheets(answers, key.exam_id), list(key.students), [q.id for q in key.questions])


def grade_exam_into(key: ExamKey, sheets: ClassSheets, out: Path) -> ExamGrading:
    """Grade into out/gradebook.sqlite; write the reports, the CSV, review.csv (answers that could
    not be read, for the TA) and copying.json/.csv (answers that point at another student's paper)."""
    from autograder.feedback.reports.build import write_reports
    from autograder.feedback.tables import write_assignment_csv
    results = grade_exam(key, sheets)
    review = to_review(results)
    # the class page lists what could not be read: sheets no student can be given, and answers
    attributed = set(sheets.unreadable_of.values())  # those are students' not-loaded results already
    troubled = [(u.source, "sheet not read", u.reason) for u in sheets.unreadable
                if f"{u.source}: {u.reason}" not in attributed]
    troubled += [(r.student, "answer not read", f"{r.question}: {r.why}") for r in review if r.question != "(sheet)"]
    copying = detect_copying(key, sheets)
    write_copying(copying, out)
    troubled += [(f.student, "copying suspected", f.summary) for f in copying.flags]
    with Gradebook(out / "gradebook.sqlite") as gradebook:
        for r in results:
            gradebook.record(r)
        target = write_reports(gradebook, exam_spec(key.exam()), out / "reports", also_troubled=troubled)
        write_assignment_csv(gradebook, key.exam_id, out / f"{key.exam_id}.csv")
    review_csv = out / "review.csv"
    with review_csv.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["student", "question", "what"])
        writer.writerows([r.student, r.question, r.why] for r in review)
        writer.writerows(["", "", line] for line in sheets.problems())
    return ExamGrading(results=results, sheets=sheets, to_review=review, reports=target, review_csv=review_csv,
                       copying=copying)


def exam_spec(exam: Exam):  # -> AssignmentSpec (imported here: the reports' settings for an exam)
    from autograder.course.assignment import AssignmentSpec
    return AssignmentSpec(id=exam.id, title=exam.title, module="answers", reference="reference")


def exam_spec_in(gradebook: Gradebook, assignment: str):
    """The reports' settings for an exam found in a gradebook (`autograder report`): its title from the
    answer key beside the gradebook when there is one; None when `assignment` is not an exam there."""
    from autograder.course.assignment import AssignmentSpec

    rows = gradebook.current(assignment)
    if not rows or any(r.submission_file not in _EARLIER_SHEET_FILES for r in rows):
        return None
    title = assignment
    key_path = gradebook.path.parent / "answer_key.json"
    try:
        data = json.loads(key_path.read_text(encoding="utf-8"))
        if data.get("exam_id") == assignment:
            title = str(data.get("title") or assignment)
    except (OSError, ValueError, AttributeError):
        pass
    return AssignmentSpec(id=assignment, title=title, module="answers", reference="reference")
