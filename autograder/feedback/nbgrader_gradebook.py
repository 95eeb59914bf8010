"""Grades copied into an nbgrader gradebook, for courses that use nbgrader's formgrader."""
from __future__ import annotations

from autograder.gradebook.store import failure_note


def export_to_nbgrader(results: list, db_url: str, assignment: str, notebook: str = "autograder",
                       problems: dict[str, str] | None = None) -> int:
    """Write graded results into an nbgrader gradebook (formgrader shows them): one grade cell per
    test with its points as max_score, one submission per student with auto_score = points earned.
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
        written = 0
        for r in results:
            try:
                gb.update_or_create_student(r.student)
                gb.update_or_create_submission(assignment, r.student)
                for t in r.tests:
                    grade = gb.find_grade(t.id, notebook, assignment, r.student)
                    grade.auto_score = t.points_earned
                gb.db.commit()
                written += 1
            except Exception as e:  # noqa: BLE001 - one student, not the export
                gb.db.rollback()
                if problems is not None:
                    problems[r.student] = failure_note(e)
    return written
