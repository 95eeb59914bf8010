"""The class roster: who is enrolled, and optionally their file name and submission time."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from pydantic import BaseModel


class RosterEntry(BaseModel):
    student_id: str
    name: str = ""
    email: str = ""
    file: str = ""
    submitted_at: dt.datetime | None = None


class RosterError(Exception):
    pass


def load_roster(path: Path) -> dict[str, RosterEntry]:
    """CSV with a student_id column; optional name, email, file (submission name), submitted_at (ISO 8601)."""
    with Path(path).open(newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or "student_id" not in reader.fieldnames:
            raise RosterError(f"{path}: the roster needs a student_id column (found {reader.fieldnames})")
        roster = {}
        for line, row in enumerate(reader, start=2):
            sid = (row.get("student_id") or "").strip()
            if not sid:
                raise RosterError(f"{path}:{line}: empty student_id")
            if sid in roster:
                raise RosterError(f"{path}:{line}: student_id {sid} appears twice")
            when = (row.get("submitted_at") or "").strip()
            try:
                stamp = dt.datetime.fromisoformat(when.replace("Z", "+00:00")) if when else None
            except ValueError:
                raise RosterError(f"{path}:{line}: submitted_at {when!r} is not an ISO 8601 time") from None
            if stamp is not None and stamp.tzinfo is None:
                stamp = stamp.replace(tzinfo=dt.timezone.utc)
            roster[sid] = RosterEntry(student_id=sid, name=row.get("name", "") or "", email=row.get("email", "") or "",
                                      file=(row.get("file") or "").strip(), submitted_at=stamp)
    return roster
