"""Tables from the gradebook: per-assignment CSV, LMS CSV, JSON per student.

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
    score, how late (minutes after the due date that applied, and in words), the extension and the number
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
                    late.extension if late else "", row.attempts, *[per_test.get(t, "") for t in test_ids]]
        return make

    header = ["student", "assignment", "submission_file", "submitted_at", "raw_score", "late_days", "penalty",
              "score", "max_score", "percent", "load_error", "late_minutes", "late", "due", "extension", "attempts",
              *test_ids]
    return _write_csv(path, header, ((e.row.student, row_of(e)) for e in stored))


def write_lms_csv(gradebook: Gradebook, path: Path, roster: dict[str, RosterEntry] | None = None,
                  assignments: list[str] | None = None) -> dict[str, str]:
    """For LMS import: one row per student (every roster student, submitted or not), one column per
    assignment (score after late penalty) and one per test group (points). Returns the students whose
    row could not be written, and why."""
    assignments = assignments or sorted({r.assignment for r in gradebook.current()})
    students = sorted(set(roster or {}) | {r.student for r in gradebook.current()})
    columns: list[tuple[str, str | None]] = []
    scores: dict[tuple[str, str], float] = {}
    groups: dict[str, dict[str, dict[str, float]]] = {}
    for a in assignments:
        columns.append((a, None))
        groups[a] = gradebook.group_points(a)
        names: list[str] = []
        for per_group in groups[a].values():
            names += [g for g in per_group if g not in names]
        columns += [(a, g) for g in names]
        for row in gradebook.current(a):
            scores[(row.student, a)] = row.score

    def row_of(s: str) -> Callable[[], list[Any]]:
        def make() -> list[Any]:
            entry = (roster or {}).get(s)
            cells = [scores.get((s, a), 0.0) if g is None else groups[a].get(s, {}).get(g, 0.0)  # none: zero
                     for a, g in columns]
            return [s, entry.name if entry else "", entry.email if entry else ""] + cells
        return make

    header = ["student_id", "name", "email"] + [a if g is None else f"{a}: {g}" for a, g in columns]
    return _write_csv(path, header, ((s, row_of(s)) for s in students))


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
