"""Exam answers graded: numbers with tolerance and credit for an arithmetic slip, choices, and code
questions through the assignment's own sandboxed graders."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from autograder.exams.answers import as_text
from autograder.exams.bank import Exam, Question
from autograder.exams.variants import Variant, paper
from autograder.results import Comparison, SubmissionResult, TestResult, utc_timestamp
from autograder.version import __version__


def _numbers(text: str) -> list[float] | None:
    cleaned = text.replace("[", " ").replace("]", " ").replace("(", " ").replace(")", " ").replace(",", ";")
    try:
        values = [float(v) for v in cleaned.replace(" ", ";").split(";") if v.strip()]
    except ValueError:
        return None
    return values or None


def grade_answer(v: Variant, q: Question, given: str | None) -> TestResult:
    """Full credit within rtol, slip_credit within slip_rtol (an arithmetic slip), else zero."""
    base = dict(id=q.id, name=q.id, description=v.prompt[:200], points_possible=q.points, group=q.kind)
    if given is None or not str(given).strip() or str(given).strip() == "None":
        return TestResult(**base, points_earned=0.0, status="failed", message="no answer")
    if v.answer_format == "code":
        return grade_code_answer(q, str(given), base)
    if v.answer_format == "choice":
        ok = str(given).strip().lower() == str(v.answer).lower()
        return TestResult(**base, points_earned=q.points if ok else 0.0, status="passed" if ok else "failed",
                          message="correct" if ok else f"answered {given!r}; the answer is {v.answer!r}")
    got = _numbers(str(given))
    expected = [v.answer] if isinstance(v.answer, float) else list(v.answer)
    if got is None or len(got) != len(expected):
        return TestResult(**base, points_earned=0.0, status="failed",
                          message=f"expected {len(expected)} number(s), could not read {given!r}")
    rel = max(abs(g - e) / max(abs(e), 1e-12) if e else abs(g) for g, e in zip(got, expected))
    comparison = Comparison(name=q.id, passed=rel <= q.rtol, message=f"relative error {rel:.3g}",
                            got_values=got, expected_values=expected, max_rel_error=rel)
    if rel <= q.rtol:
        return TestResult(**base, points_earned=q.points, status="passed", message="correct", comparisons=[comparison])
    if q.slip_rtol is not None and rel <= q.slip_rtol:
        return TestResult(**base, points_earned=round(q.points * q.slip_credit, 4), status="partial",
                          message=f"close (relative error {rel:.2g}): right method, an arithmetic slip; "
                                  f"expected {as_text(expected)}", comparisons=[comparison])
    return TestResult(**base, points_earned=0.0, status="failed",
                      message=f"answered {as_text(got)}; expected {as_text([round(e, 6) for e in expected])}",
                      comparisons=[comparison])


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


def grade_exam(exam: Exam, secret: str, sheets: dict[str, dict[str, str]]) -> list[SubmissionResult]:
    results = []
    for student, answers in sorted(sheets.items()):
        variants = paper(exam, secret, student)
        tests = [grade_answer(v, q, answers.get(q.id)) for v, q in zip(variants, exam.questions)]
        digest = hashlib.sha256(json.dumps(answers, sort_keys=True).encode()).hexdigest()
        results.append(SubmissionResult(
            student=student, assignment=exam.id, submission_file="answer sheet", sha256=digest,
            score=round(sum(t.points_earned for t in tests), 4), max_score=sum(q.points for q in exam.questions),
            tests=tests, duration_s=0.0, graded_at=utc_timestamp(), grader_version=__version__))
    return results


def grade_exam_into(exam: Exam, secret: str, answers: Path, out: Path) -> tuple[list[SubmissionResult], Path]:
    """Grade the answer sheets at `answers` into out/gradebook.sqlite, write the reports and the CSV;
    returns the results and the reports' folder."""
    from autograder.course.assignment import AssignmentSpec
    from autograder.exams.answers import read_answer_sheets
    from autograder.feedback.reports.build import write_reports
    from autograder.feedback.tables import write_assignment_csv
    from autograder.gradebook.store import Gradebook

    results = grade_exam(exam, secret, read_answer_sheets(answers))
    with Gradebook(out / "gradebook.sqlite") as gradebook:
        for r in results:
            gradebook.record(r)
        spec = AssignmentSpec(id=exam.id, title=exam.title, module="answers", reference="reference")
        target = write_reports(gradebook, spec, out / "reports")
        write_assignment_csv(gradebook, exam.id, out / f"{exam.id}.csv")
    return results, target
