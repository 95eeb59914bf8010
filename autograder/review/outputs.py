"""After the staff change a grade: the files written from the gradebook are written again, so that the
assignment CSV, the per-student JSON and the reports beside it say the same total as the gradebook.
And regrading one student from where the class was graded (the gradebook remembers the folder).

Only files that are already there are rewritten (a gradebook kept elsewhere leaves nothing behind):
out/<assignment>.csv, out/results/<assignment>/, out/reports/<assignment>/ (out: the gradebook's folder).
"""
from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from autograder.course.assignment import AssignmentNotFound, AssignmentSpec, load_assignment
from autograder.gradebook.staff import GradingSource
from autograder.gradebook.store import Gradebook


class Refreshed(BaseModel):
    """What was written again, and what could not be (file -> why)."""

    written: list[Path] = Field(default_factory=list)
    problems: dict[str, str] = Field(default_factory=dict)


def spec_for(gradebook: Gradebook, assignment: str, course_dir: Path | None = None) -> AssignmentSpec:
    """The assignment's settings (reveal, deadline, manual items), or an exam's when the gradebook holds
    answer sheets under that id; AssignmentNotFound when neither."""
    from autograder.exams.grading import exam_spec_in

    try:
        return load_assignment(assignment, course_dir=course_dir)
    except AssignmentNotFound:
        spec = exam_spec_in(gradebook, assignment)
        if spec is None:
            raise
        return spec


def refresh_outputs(gradebook: Gradebook, assignment: str, course_dir: Path | None = None) -> Refreshed:
    """Write again the files derived from the gradebook that sit beside it (see the module's docstring)."""
    from autograder.feedback.reports.build import write_reports
    from autograder.feedback.tables import write_assignment_csv, write_student_json

    out, done = gradebook.path.parent, Refreshed()
    csv_path, results_dir, reports = out / f"{assignment}.csv", out / "results" / assignment, out / "reports"
    spec: AssignmentSpec | None = None
    try:
        spec = spec_for(gradebook, assignment, course_dir)
    except AssignmentNotFound as e:
        done.problems["settings"] = str(e)
    if csv_path.is_file():
        done.problems.update(write_assignment_csv(gradebook, assignment, csv_path))
        done.written.append(csv_path)
    if results_dir.is_dir() and spec is not None:
        done.problems.update(write_student_json(gradebook, assignment, results_dir, spec.hidden_revealed()))
        done.written.append(results_dir)
    if (reports / assignment / "index.html").is_file() and spec is not None:
        problems: dict[str, str] = {}
        try:
            done.written.append(write_reports(gradebook, spec, reports, problems=problems))
        except Exception as e:  # noqa: BLE001 - the gradebook holds the change; only the pages are stale
            problems["reports"] = f"{type(e).__name__}: {str(e)[:300]}"
        done.problems.update(problems)
    return done


class RegradeError(Exception):
    """One student cannot be regraded from here: why, in one line."""


def regrade_student(gradebook_path: Path, assignment: str, student: str,
                    course_dir: Path | None = None) -> str:
    """Grade the student's file again from the folder the class was graded from (as `autograder grade
    --student`), into the same gradebook and files; returns a line saying what came of it."""
    from autograder.batch.run import InstructorError, grade_class
    from autograder.course.extensions import course_assignments, load_extensions
    from autograder.course.roster import load_roster

    with Gradebook(gradebook_path) as gradebook:
        source: GradingSource | None = gradebook.source_of(assignment)
    if source is None:
        raise RegradeError(f"the gradebook does not say where {assignment} was graded from (an exam, or graded "
                           "before this version): run `autograder grade ... --student ID` instead")
    folder = Path(source.submissions)
    if not folder.is_dir():
        raise RegradeError(f"the submissions folder {folder} is gone")
    course = Path(source.course_dir) if source.course_dir else course_dir
    try:
        spec = load_assignment(assignment, course_dir=course)
        roster = load_roster(Path(source.roster)) if source.roster else None
        extensions = load_extensions(Path(source.extensions), roster, course_assignments(spec)) \
            if source.extensions else None
        graded = grade_class(spec, folder, gradebook_path.parent, roster=roster, workers=1,
                             gradebook=gradebook_path, students={student}, extensions=extensions)
    except InstructorError as e:
        raise RegradeError(str(e)) from None
    except (AssignmentNotFound, OSError, ValueError) as e:
        raise RegradeError(f"{type(e).__name__}: {e}") from None
    mine = [r for r in graded.results if r.student == student]
    if not mine:
        raise RegradeError(f"no submission of {student!r} in {folder}")
    if graded.summary.grader_errors.get(student):
        raise RegradeError(f"a grader error, nothing recorded: {graded.summary.grader_errors[student]}")
    return f"regraded: {mine[0].score:g} / {mine[0].max_score:g}"

