"""Per-student feedback, named by each student's LMS id, ready to attach as submission comments.

`autograder feedback ID --gradebook G --roster R --out DIR` writes DIR/<id>/<name>.html and .md (the
student's own report page, hidden tests redacted until the reveal, the same page `autograder report`
writes), a manifest.csv (file, student id, LMS id, score after penalties) and DIR/<id>.zip of them.
<name> is the student's LMS id from the roster (Canvas's user ID, the roster's lms_id column), else
the student id; students not in the roster get no file and are listed.
"""
from __future__ import annotations

import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from autograder.course.assignment import AssignmentSpec
from autograder.course.roster import RosterEntry
from autograder.feedback.tables import _write_csv
from autograder.gradebook.store import Gradebook
from autograder.submissions.folder import safe_file_stem

NameBy = Literal["lms_id", "student_id"]


class FeedbackBundles(BaseModel):
    """What `autograder feedback` wrote, and whom it left out."""

    folder: Path
    zip: Path
    names: dict[str, str]  # student id -> the file name (without suffix) their feedback has
    not_in_roster: list[str] = []
    without_lms_id: list[str] = []  # named by their student id instead
    problems: dict[str, str] = {}  # students whose page could not be written, and why


def write_feedback_bundles(gradebook: Gradebook, spec: AssignmentSpec, out: Path,
                           roster: dict[str, RosterEntry] | None = None, by: NameBy = "lms_id") -> FeedbackBundles:
    """Each graded roster student's report page as out/<id>/<name>.html and .md, a manifest and a zip."""
    from autograder.feedback.reports.build import write_reports

    rows = {r.student: r for r in gradebook.current(spec.id)}
    problems: dict[str, str] = {}
    folder = out / spec.id
    if folder.exists():
        shutil.rmtree(folder)  # a file of a student no longer graded must not linger
    folder.mkdir(parents=True)
    names: dict[str, str] = {}
    without: list[str] = []
    with tempfile.TemporaryDirectory(prefix="feedback-") as tmp:
        pages = write_reports(gradebook, spec, Path(tmp), problems=problems) / "students"
        for student in rows:
            entry = (roster or {}).get(student)
            if (roster is not None and entry is None) or student in problems:
                continue
            lms_id = entry.lms_id if entry and by == "lms_id" else ""
            if by == "lms_id" and not lms_id:
                without.append(student)
            names[student] = safe_file_stem(lms_id or student)
            for suffix in (".html", ".md"):
                page = pages / f"{safe_file_stem(student)}{suffix}"
                if page.is_file():
                    shutil.copyfile(page, folder / f"{names[student]}{suffix}")
    def manifest_row(student: str):
        entry = (roster or {}).get(student)
        return lambda: [names[student], student, entry.lms_id if entry else "", rows[student].score,
                        rows[student].max_score]

    problems.update(_write_csv(folder / "manifest.csv", ["file", "student_id", "lms_id", "score", "max_score"],
                               ((s, manifest_row(s)) for s in names)))
    bundle = out / f"{spec.id}.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(folder.iterdir()):
            z.write(path, path.name)
    return FeedbackBundles(folder=folder, zip=bundle, names=names, problems=problems, without_lms_id=sorted(without),
                           not_in_roster=sorted(s for s in rows if roster is not None and s not in roster))
