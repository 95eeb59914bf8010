"""Per-student extensions (accommodations): a later due date for one student, applied before the
late policy.

Two places declare them: an `extension` column in the roster (a new due date-time, or extra days
such as `3` / `3d` or hours such as `36h`; it applies to the assignment being graded), or an
extensions file, a CSV with `student_id`, optionally `assignment` (empty: every assignment), one of
`due`, `extra_days`, `extra_hours` or `extension`, and optionally `reason` (seen by the teaching
staff only). The file is given as `grade --extensions FILE` or as `extensions = "extensions.csv"`
in course.toml. A student given an extension twice for the same assignment, or one who is not in
the roster, is an error naming the file, line and column.
"""
from __future__ import annotations

import csv
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from autograder.course.deadline import DeadlineError, Extension, parse_extension

if TYPE_CHECKING:  # the roster module reads extensions from its column, so it is not imported here
    from autograder.course.assignment import AssignmentSpec

VALUE_COLUMNS = ("due", "extra_days", "extra_hours", "extension")


class ExtensionError(DeadlineError):
    """An extensions file (or roster column) that cannot be used: file, line, column and what to write."""


def extension_from_text(student: str, text: str, where: str, column: str = "extension",
                        assignment: str = "", reason: str = "") -> Extension:
    """One extension from the text of a cell (see parse_extension); ExtensionError naming `where`."""
    try:
        if column == "extra_days":
            due, days, hours = None, _number(text), 0.0
        elif column == "extra_hours":
            due, days, hours = None, 0.0, _number(text)
        elif column == "due":
            due, days, hours = parse_extension(text)
            if due is None:
                raise ValueError(text)
        else:
            due, days, hours = parse_extension(text)
    except ValueError:
        expected = {"extra_days": "a number of days (2, 0.5)", "extra_hours": "a number of hours (36)",
                    "due": "a date-time, 2026-12-08T23:59:00 (in the course's time zone) or with an offset"}.get(
            column, "a new due date-time (2026-12-08T23:59:00), extra days (3, 3d) or extra hours (36h)")
        raise ExtensionError(f"{where} ({column}): {text!r} is not {expected}") from None
    return Extension(student=student, assignment=assignment, due=due, extra_days=days, extra_hours=hours,
                     reason=reason, source=where.split(",")[0])


def _number(text: str) -> float:
    value = float(text)
    if not value >= 0 or value == float("inf"):
        raise ValueError(text)
    return value


def load_extensions(path: Path, roster: Collection[str] | None = None,
                    assignments: Collection[str] | None = None) -> list[Extension]:
    """The extensions file at `path`. Every student must be in `roster` (when given) and every
    assignment among `assignments` (when given); ExtensionError otherwise, and for a cell that does
    not parse, with its line and column."""
    path = Path(path)
    try:
        handle = path.open(newline="", encoding="utf-8-sig")
    except OSError as e:
        raise ExtensionError(f"the extensions file {path} cannot be read: {e.strerror or e}") from None
    out: list[Extension] = []
    with handle as f:
        reader = csv.DictReader(f)
        header = [h.strip() for h in reader.fieldnames or []]
        reader.fieldnames = header
        if "student_id" not in header:
            raise ExtensionError(f"{path}: the extensions file needs a student_id column (found {header})")
        given = [c for c in VALUE_COLUMNS if c in header]
        if not given:
            raise ExtensionError(f"{path}: the extensions file needs a due, extra_days, extra_hours or extension "
                                 f"column (found {header})")
        seen: dict[tuple[str, str], int] = {}
        for line, row in enumerate(reader, start=2):
            student = (row.get("student_id") or "").strip()
            if not student and not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue  # a blank line
            if not student:
                raise ExtensionError(f"{path}:{line}, column {header.index('student_id') + 1} (student_id): empty")
            if roster is not None and student not in roster:
                raise ExtensionError(f"{path}:{line}, column {header.index('student_id') + 1}: {student!r} is not in "
                                     "the roster (an extension for a student who is not enrolled; check the id)")
            assignment = (row.get("assignment") or "").strip()
            if assignment and assignments is not None and assignment not in assignments:
                raise ExtensionError(f"{path}:{line}, column {header.index('assignment') + 1}: no assignment "
                                     f"{assignment!r} in this course (known: {', '.join(sorted(assignments))})")
            filled = [c for c in given if (row.get(c) or "").strip()]
            if len(filled) != 1:
                what = "none of" if not filled else "more than one of"
                raise ExtensionError(f"{path}:{line}: {what} {', '.join(given)} is filled in; give exactly one "
                                     "(a new due date, extra days or extra hours)")
            column = filled[0]
            key = (student, assignment)
            if key in seen:
                raise ExtensionError(f"{path}:{line}: {student} already has an extension"
                                     f"{' for ' + assignment if assignment else ''} on line {seen[key]}")
            seen[key] = line
            where = f"{path.name}:{line}, column {header.index(column) + 1}"
            out.append(extension_from_text(student, (row.get(column) or "").strip(), where, column, assignment,
                                           (row.get("reason") or "").strip()))
    return out


def extensions_for(assignment: str, declared: Iterable[Extension]) -> dict[str, Extension]:
    """student -> the extension that applies to `assignment`: one naming it wins over one for every
    assignment; two for the same student and assignment from different places are an error."""
    chosen: dict[str, Extension] = {}
    for ext in declared:
        if ext.assignment and ext.assignment != assignment:
            continue
        other = chosen.get(ext.student)
        if other is not None and bool(other.assignment) == bool(ext.assignment):
            raise ExtensionError(f"{ext.student} has two extensions for {assignment}: {other.source or 'the roster'} "
                                 f"and {ext.source or 'the roster'}; keep one")
        if other is None or (ext.assignment and not other.assignment):
            chosen[ext.student] = ext
    return chosen


def extensions_of(spec: AssignmentSpec, roster: Mapping[str, Any] | None = None,
                  declared: list[Extension] | None = None) -> dict[str, Extension]:
    """student -> the extension that applies to the assignment `spec`: from `declared` (an extensions
    file already read), else from the file course.toml names, and from the roster's extension column.
    ExtensionError for a file that cannot be used or a student given two."""
    if declared is None:
        path = spec.course.extensions_file
        declared = load_extensions(path, roster, course_assignments(spec)) if path is not None else []
    from_roster = [e.extension.model_copy(update={"assignment": spec.id}) for e in (roster or {}).values()
                   if e.extension is not None]
    return extensions_for(spec.id, [*declared, *from_roster])


def course_assignments(spec: AssignmentSpec) -> set[str]:
    """The ids of the assignments beside `spec` (folders holding an assignment.toml), `spec`'s included."""
    try:
        found = {p.name for p in spec.root.parent.iterdir() if (p / "assignment.toml").is_file()}
    except OSError:
        found = set()
    return found | {spec.id}
