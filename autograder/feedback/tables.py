"""Tables from the gradebook: per-assignment CSV, LMS CSV (generic and Canvas's import), JSON per student.

Student ids, file names and load errors are text a student chose: a CSV cell of text that a
spreadsheet would run as a formula gets a leading apostrophe (csv_cell), a per-student file is
named by the id's safe form (safe_file_stem), and a row or file that cannot be written for one
student is returned as that student's problem while the others are written.
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from autograder.course.roster import RosterEntry
from autograder.gradebook.store import Gradebook, noted_for
from autograder.submissions.folder import safe_file_stem

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP: what a spreadsheet may read as a formula


def csv_cell(value: Any) -> Any:
    """A cell as written: numbers stay numbers; text that starts like a formula gets a leading `'`,
    and text that cannot be encoded (lone surrogates) is escaped."""
    if not isinstance(value, str):
        return value
    value = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _write_csv(path: Path, header: list[Any], rows: Iterable[tuple[str, Callable[[], list[Any]]]]) -> dict[str, str]:
    """Write the header, then each student's row; a row that cannot be made costs only that student."""
    problems: dict[str, str] = {}
    with Path(path).open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([csv_cell(c) for c in header])
        for student, make_row in rows:
            with noted_for(problems, student):  # one student's row, not the table
                w.writerow([csv_cell(c) for c in make_row()])
    return problems


def write_assignment_csv(gradebook: Gradebook, assignment: str, path: Path) -> dict[str, str]:
    """One row per student's counted attempt (the assignment's attempt rule): raw score, late penalty,
    score (the staff's adjustments and manual items included, also in staff_points), how late (minutes after the due date that applied, and in words), the extension and the number
    of attempts, then points per test.
    Returns the students whose row could not be written, and why."""
    stored = gradebook.stored_results(assignment)
    test_ids: list[str] = []
    for entry in stored:
        for t in entry.result.tests if entry.result else []:
            if t.id not in test_ids:
                test_ids.append(t.id)

    def row_of(entry) -> Callable[[], list[Any]]:
        def make() -> list[Any]:
            row, per_test = entry.row, {t.id: t.points_earned for t in entry.require().tests}
            percent = round(100 * row.score / row.max_score, 2) if row.max_score else 0.0
            late = row.lateness
            return [row.student, row.assignment, row.submission_file, row.submitted_at or "", row.raw_score,
                    row.late_days, row.penalty, row.score, row.max_score, percent, row.load_error or "",
                    row.late_minutes, late.summary() if late else "", late.due if late else "",
                    late.extension if late else "", row.attempts, row.staff_points,
                    *[per_test.get(t, "") for t in test_ids]]
        return make

    header = ["student", "assignment", "submission_file", "submitted_at", "raw_score", "late_days", "penalty",
              "score", "max_score", "percent", "load_error", "late_minutes", "late", "due", "extension", "attempts",
              "staff_points", *test_ids]
    return _write_csv(path, header, ((e.row.student, row_of(e)) for e in stored))


class LMSColumn(BaseModel):
    """One column of an LMS export: an assignment's score, or the points of one of its test groups."""

    assignment: str
    group: str | None = None
    points_possible: float | None = None  # the most any student's attempt could earn (None: unknown)

    @property
    def title(self) -> str:
        return self.assignment if self.group is None else f"{self.assignment}: {self.group}"


class LMSTable(BaseModel):
    """What an LMS export holds: every student's score after late penalties per assignment (None: no
    submission, which the LMS shows as missing, never as a 0), and per test group points that add up to
    that score (each group scaled by the late penalty's share)."""

    columns: list[LMSColumn]
    students: list[str]
    cells: dict[str, dict[str, float | None]]  # student -> column title -> points
    not_in_roster: list[str] = []  # graded, but not in the roster: left out of the export


def lms_table(gradebook: Gradebook, roster: dict[str, RosterEntry] | None = None,
              assignments: list[str] | None = None) -> LMSTable:
    """The export's numbers, the same the terminal and the assignment CSV show: the counted attempt's
    score after its late penalty. With a roster, exactly its students, in its order."""
    assignments = assignments or sorted({r.assignment for r in gradebook.current()})
    graded = {r.student for a in assignments for r in gradebook.current(a)}
    students = list(roster) if roster is not None else sorted(graded)
    columns: list[LMSColumn] = []
    cells: dict[str, dict[str, float | None]] = {s: {} for s in students}
    for a in assignments:
        rows = {r.student: r for r in gradebook.current(a)}
        groups = gradebook.group_points(a)
        names: list[str] = []
        for per_group in groups.values():
            names += [g for g in per_group if g not in names]
        total = LMSColumn(assignment=a, points_possible=max((r.max_score for r in rows.values()), default=None))
        columns += [total, *(LMSColumn(assignment=a, group=g) for g in names)]
        for s in students:
            row = rows.get(s)
            cells[s][total.title] = row.score if row else None
            scaled = _scaled_groups(groups.get(s, {}), row.raw_score, row.score) if row else {}
            for g in names:
                cells[s][f"{a}: {g}"] = scaled.get(g, 0.0) if row else None
    left_out = sorted(graded - set(students))
    return LMSTable(columns=columns, students=students, cells=cells, not_in_roster=left_out)


def _scaled_groups(points: dict[str, float], raw: float, score: float) -> dict[str, float]:
    """Group points that add up to the score after the late penalty: each scaled by score/raw, rounded
    to hundredths, the rounding's remainder put on the largest group."""
    if raw <= 0 or not points:
        return {g: 0.0 for g in points}
    scaled = {g: round(p * score / raw, 2) for g, p in points.items()}
    remainder = round(score - sum(scaled.values()), 2)
    if remainder:
        largest = max(scaled, key=lambda g: scaled[g])
        scaled[largest] = round(scaled[largest] + remainder, 2)
    return scaled


def write_lms_csv(gradebook: Gradebook, path: Path, roster: dict[str, RosterEntry] | None = None,
                  assignments: list[str] | None = None, table: LMSTable | None = None) -> dict[str, str]:
    """For LMS import: one row per student (with a roster, exactly its students, submitted or not; a
    student with no submission has an empty cell, missing, not 0), one column per assignment (score
    after late penalty) and one per test group (points, adding up to that score). Students not in the
    roster are left out (lms_table(...).not_in_roster lists them). Returns the students whose row
    could not be written, and why."""
    table = table or lms_table(gradebook, roster, assignments)

    def row_of(s: str) -> Callable[[], list[Any]]:
        def make() -> list[Any]:
            entry = (roster or {}).get(s)
            cells = ["" if table.cells[s][c.title] is None else table.cells[s][c.title] for c in table.columns]
            return [s, entry.name if entry else "", entry.email if entry else ""] + cells
        return make

    header = ["student_id", "name", "email"] + [c.title for c in table.columns]
    return _write_csv(path, header, ((s, row_of(s)) for s in table.students))


CANVAS_IDENTITY = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
CANVAS_POINTS_ROW = "    Points Possible"  # as Canvas's own export writes it


def write_canvas_csv(gradebook: Gradebook, path: Path, roster: dict[str, RosterEntry] | None = None,
                     assignments: list[str] | None = None, table: LMSTable | None = None) -> dict[str, str]:
    """Canvas's gradebook import: Student, ID (Canvas user ID: the roster's lms_id), SIS User ID (the
    student id), SIS Login ID, Section, one column per assignment (score after late penalty; empty
    when nothing was submitted, so Canvas leaves the grade alone), and the Points Possible row first.
    Group columns are left out: Canvas would count each as an assignment of its own."""
    table = table or lms_table(gradebook, roster, assignments)
    totals = [c for c in table.columns if c.group is None]

    def row_of(s: str) -> Callable[[], list[Any]]:
        def make() -> list[Any]:
            entry = (roster or {}).get(s)
            identity = [entry.name if entry else s, entry.lms_id if entry else "", s, entry.login if entry else "",
                        entry.section if entry else ""]
            return identity + ["" if table.cells[s][c.title] is None else table.cells[s][c.title] for c in totals]
        return make

    points = [CANVAS_POINTS_ROW, "", "", "", ""] + ["" if c.points_possible is None else c.points_possible
                                                    for c in totals]
    rows = [("(points possible)", lambda: points), *((s, row_of(s)) for s in table.students)]
    return _write_csv(path, CANVAS_IDENTITY + [c.title for c in totals], rows)


def write_student_json(gradebook: Gradebook, assignment: str, out_dir: Path,
                       reveal_hidden: bool = False) -> dict[str, str]:
    """One JSON per student, meant to be handed to that student: hidden tests redacted until the reveal
    (SubmissionResult.for_student); the gradebook keeps everything for the TAs. Each is named by the
    student id's safe form (<safe_file_stem>.json). Returns the students whose file could not be
    written, and why."""
    out_dir.mkdir(parents=True, exist_ok=True)
    problems: dict[str, str] = {}
    for entry in gradebook.stored_results(assignment):
        with noted_for(problems, entry.row.student):  # one student's file, not the others'
            (out_dir / f"{safe_file_stem(entry.row.student)}.json").write_text(
                entry.require().for_student(reveal_hidden).model_dump_json(indent=1), encoding="utf-8")
    return problems
