"""Grades copied into an nbgrader gradebook, for courses that use nbgrader's formgrader."""
from __future__ import annotations

from autograder.gradebook.staff import OVERALL_GROUP
from autograder.gradebook.store import failure_note
from autograder.results import SubmissionResult

STAFF_CELL = OVERALL_GROUP.replace(" ", "_")  # the grade cell of the staff's adjustments of the whole assignment


def overall_adjustment(result: SubmissionResult) -> float:
    """Points the staff added to (or took from) the whole assignment, as applied: adjustments without a
    test, or of a test the graded attempt does not have (gradebook/staff.py applies those to the whole)."""
    if result.review is None:
        return 0.0
    tests = {t.id for t in result.tests}
    return round(sum(a.applied if a.applied is not None else a.points for a in result.review.adjustments
                     if a.test is None or a.test not in tests), 6)


def export_to_nbgrader(results: list[SubmissionResult], db_url: str, assignment: str, notebook: str = "autograder",
                       problems: dict[str, str] | None = None) -> int:
    """Write graded results into an nbgrader gradebook (formgrader shows them): one grade cell per
    test with its points as max_score, one submission per student with auto_score = points earned.
    Results are read with the staff's records applied (Gradebook.stored_results): an adjusted test
    carries its adjusted points and a manual rubric item is a test; adjustments of the whole assignment
    go to a grade cell of their own (STAFF_CELL, max_score 0) as its extra credit, so that each
    student's nbgrader score is their total before late penalties (nbgrader adds extra credit to a
    grade's score; a negative one takes points away).
    Returns the number of students written; a student nbgrader refuses is rolled back and, with the
    reason, put in `problems`, and the others are written."""
    import os
    import sys
    import warnings

    from nbgrader.api import Gradebook as NbgraderGradebook

    if not results:
        return 0
    # nbgrader migrates a new database by running `alembic` from PATH: the one beside this interpreter
    bindir = os.path.dirname(sys.executable)
    if bindir not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")
    with warnings.catch_warnings(), NbgraderGradebook(db_url) as gb:
        warnings.simplefilter("ignore")  # nbgrader's own SQLAlchemy autoflush notices
        gb.update_or_create_assignment(assignment)
        gb.update_or_create_notebook(notebook, assignment)
        tests = {t.id: t for r in results for t in r.tests}
        for test_id, t in tests.items():
            gb.update_or_create_grade_cell(test_id, notebook, assignment, max_score=t.points_possible,
                                           cell_type="code")
        overall = {r.student: overall_adjustment(r) for r in results}
        # the staff's cell when an adjustment of the whole assignment is in force, or was (a withdrawn one
        # must not stay in nbgrader's totals)
        staff_cell = STAFF_CELL not in tests and (any(overall.values()) or _has_cell(gb, notebook, assignment))
        if staff_cell:
            gb.update_or_create_grade_cell(STAFF_CELL, notebook, assignment, max_score=0.0, cell_type="code")
        written = 0
        for r in results:
            try:
                gb.update_or_create_student(r.student)
                gb.update_or_create_submission(assignment, r.student)
                for t in r.tests:
                    grade = gb.find_grade(t.id, notebook, assignment, r.student)
                    grade.auto_score = t.points_earned
                if staff_cell:
                    grade = gb.find_grade(STAFF_CELL, notebook, assignment, r.student)
                    grade.auto_score = 0.0
                    grade.extra_credit = overall[r.student] or None
                gb.db.commit()
                written += 1
            except Exception as e:  # noqa: BLE001 - one student, not the export
                gb.db.rollback()
                if problems is not None:
                    problems[r.student] = failure_note(e)
    return written


def _has_cell(gb, notebook: str, assignment: str) -> bool:
    """Whether an earlier export made the staff's grade cell."""
    from nbgrader.api import MissingEntry

    try:
        gb.find_grade_cell(STAFF_CELL, notebook, assignment)
    except MissingEntry:
        return False
    return True
