"""A class's folder of submissions: which file is whose, matched to the roster."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from pydantic import BaseModel

from autograder.course.roster import RosterEntry


class SubmissionTask(BaseModel):
    student: str
    path: Path
    sha256: str
    submitted_at: dt.datetime | None = None
    in_roster: bool = True


def plan_batch(folder: Path, roster: dict[str, RosterEntry] | None = None) -> tuple[list[SubmissionTask], list[str]]:
    """The tasks for every submission file, and the roster students with no submission."""
    files = sorted(p for p in Path(folder).iterdir() if p.is_file() and not p.name.startswith("."))
    stems: dict[str, int] = {}
    for p in files:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    by_file = {e.file: e for e in (roster or {}).values() if e.file}
    tasks = []
    for p in files:
        entry = by_file.get(p.name) or (roster or {}).get(p.stem)
        student = entry.student_id if entry else (p.stem if stems[p.stem] == 1 else p.name)
        tasks.append(SubmissionTask(student=student, path=p, sha256=hashlib.sha256(p.read_bytes()).hexdigest(),
                                    submitted_at=entry.submitted_at if entry else None,
                                    in_roster=roster is None or entry is not None))
    graded = {t.student for t in tasks}
    missing = sorted(s for s in (roster or {}) if s not in graded)
    return tasks, missing
