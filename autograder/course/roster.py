"""The class roster: who is enrolled, and optionally their file name, submission time and extension."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from pydantic import BaseModel

from autograder.course.deadline import Extension, parse_time
from autograder.course.extensions import ExtensionError, extension_from_text


class RosterEntry(BaseModel):
    student_id: str
    name: str = ""
    email: str = ""
    file: str = ""
    submitted_at: dt.datetime | None = None  # without an offset: read in the course's time zone when assessed
    extension: Extension | None = None  # from the roster's extension column, for the assignment graded with it
    line: int = 0  # the roster line, for messages
    lms_id: str = ""  # the LMS's own id of the student (Canvas user ID...), as its downloads name files
    login: str = ""  # the LMS login (Canvas's SIS Login ID)
    section: str = ""


class RosterError(Exception):
    pass


def load_roster(path: Path) -> dict[str, RosterEntry]:
    """CSV with a student_id column (or Canvas's gradebook export: Student, ID, SIS User ID...); optional
    name, email, lms_id (the LMS's id of the student: Canvas's user ID), login, section, file (submission
    name), submitted_at (ISO 8601, e.g. 2026-12-06T10:00:00+01:00; without an offset it is read in the
    course's time zone) and extension (a new due date-time, extra days `3` or hours `36h`). A cell that cannot be read is a
    RosterError naming the line and column."""
    with Path(path).open(newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames and _is_canvas_export([h.strip() for h in reader.fieldnames]):
            return _canvas_roster(path, reader)
        if not reader.fieldnames or "student_id" not in [h.strip() for h in reader.fieldnames]:
            raise RosterError(f"{path}: the roster needs a student_id column (found {reader.fieldnames})")
        reader.fieldnames = header = [h.strip() for h in reader.fieldnames]
        roster = {}
        for line, row in enumerate(reader, start=2):
            sid = (row.get("student_id") or "").strip()
            if not sid:
                raise RosterError(f"{path}:{line}: empty student_id")
            if sid in roster:
                raise RosterError(f"{path}:{line}: student_id {sid} appears twice")
            when = (row.get("submitted_at") or "").strip()
            try:
                stamp = parse_time(when) if when and len(when) > 10 else None
                if when and stamp is None:
                    raise ValueError(when)  # a date alone says nothing about lateness
            except ValueError:
                raise RosterError(f"{path}:{line}, column {header.index('submitted_at') + 1} (submitted_at): {when!r} "
                                  "is not an ISO 8601 time; write it as 2026-12-06T10:00:00+01:00 (or without the "
                                  "offset, in the course's time zone)") from None
            extension = None
            if (row.get("extension") or "").strip():
                try:
                    extension = extension_from_text(sid, row["extension"].strip(),
                                                    f"{Path(path).name}:{line}, column {header.index('extension') + 1}")
                except ExtensionError as e:
                    raise RosterError(str(e)) from None
            roster[sid] = RosterEntry(student_id=sid, name=row.get("name", "") or "", email=row.get("email", "") or "",
                                      file=(row.get("file") or "").strip(), submitted_at=stamp, extension=extension,
                                      line=line, lms_id=(row.get("lms_id") or "").strip(),
                                      login=(row.get("login") or "").strip(), section=(row.get("section") or "").strip())
    return roster


CANVAS_COLUMNS = ("Student", "ID", "SIS User ID")


def _is_canvas_export(header: list[str]) -> bool:
    return "student_id" not in header and all(c in header for c in CANVAS_COLUMNS)


def _canvas_roster(path: Path, reader: csv.DictReader) -> dict[str, RosterEntry]:
    """Canvas's gradebook export as the roster: each student's id is the SIS User ID (else Canvas's
    user ID), the Canvas user ID is what its downloads name files by; the Points Possible row and
    Canvas's test student are skipped."""
    reader.fieldnames = [h.strip() for h in reader.fieldnames or []]
    roster: dict[str, RosterEntry] = {}
    for line, row in enumerate(reader, start=2):
        name, canvas_id = (row.get("Student") or "").strip(), (row.get("ID") or "").strip()
        if not canvas_id or name.lower() in ("points possible", "student, test", "test student"):
            continue
        sid = (row.get("SIS User ID") or "").strip() or canvas_id
        if sid in roster:
            raise RosterError(f"{path}:{line}: student {sid} appears twice")
        roster[sid] = RosterEntry(student_id=sid, name=name, lms_id=canvas_id, line=line,
                                  login=(row.get("SIS Login ID") or "").strip(),
                                  section=(row.get("Section") or "").strip())
    return roster
