"""What the teaching staff add to automatic results: adjustments (points with a reason), comments the
student reads, and scores of manual rubric items ([[manual]] in assignment.toml).

Each is a record of its own (who, when, why) keyed by student and assignment, never by the graded
file: the automatic result is never overwritten, and a regrade or a new attempt keeps every record.
Withdrawing one marks it withdrawn (by whom, when) and keeps it. A manual item's latest score counts;
earlier ones stay as its history.

apply_review turns a stored result and its records into what every reader uses (reports, exports,
the review app, the per-student JSON): a test's adjustments change its points, kept within 0 and its
points; manual items are tests of group MANUAL_GROUP; adjustments of the whole assignment are applied
last, never taking the total below 0. Staff points are not subject to the late penalty (it is computed
from the graders' score when the attempt is graded).

This module only reads and writes through a connection it is given: store.Gradebook calls it.
"""
from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable

from pydantic import BaseModel, Field

from autograder.course.assignment import ManualItem
from autograder.results import MANUAL_GROUP, Adjustment, StaffComment, StaffReview, SubmissionResult, TestResult

STAFF_SCHEMA = """
CREATE TABLE IF NOT EXISTS adjustments (
    id INTEGER PRIMARY KEY,
    student TEXT NOT NULL,
    assignment TEXT NOT NULL,
    test_id TEXT,
    points REAL NOT NULL,
    reason TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by TEXT
);
CREATE TABLE IF NOT EXISTS staff_comments (
    id INTEGER PRIMARY KEY,
    student TEXT NOT NULL,
    assignment TEXT NOT NULL,
    test_id TEXT,
    text TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    withdrawn_at TEXT,
    withdrawn_by TEXT
);
CREATE TABLE IF NOT EXISTS manual_items (
    assignment TEXT NOT NULL,
    item TEXT NOT NULL,
    points REAL NOT NULL,
    description TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (assignment, item)
);
CREATE TABLE IF NOT EXISTS manual_scores (
    id INTEGER PRIMARY KEY,
    student TEXT NOT NULL,
    assignment TEXT NOT NULL,
    item TEXT NOT NULL,
    points REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS grading_sources (
    assignment TEXT PRIMARY KEY,
    submissions TEXT NOT NULL,
    roster TEXT,
    extensions TEXT,
    course_dir TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS adjustments_by_student ON adjustments (assignment, student);
CREATE INDEX IF NOT EXISTS staff_comments_by_student ON staff_comments (assignment, student);
CREATE INDEX IF NOT EXISTS manual_scores_by_student ON manual_scores (assignment, student, item);
"""

MAX_REASON_CHARS = 2_000
MAX_COMMENT_CHARS = 20_000
OVERALL_GROUP = "staff adjustments"  # the group of adjustments of the whole assignment (LMS group columns)


class StaffError(ValueError):
    """A staff record that cannot be stored as asked (no reason, an unknown test or student, points
    outside a manual item's range): one line saying what to change."""


class ManualScore(BaseModel):
    id: int = 0
    item: str
    points: float
    note: str = ""
    author: str = ""
    created_at: str = ""


class StaffRecords(BaseModel):
    """Everything the staff recorded for one student's assignment, withdrawn records included."""

    adjustments: list[Adjustment] = Field(default_factory=list)
    withdrawn_adjustments: list[Adjustment] = Field(default_factory=list)
    comments: list[StaffComment] = Field(default_factory=list)
    withdrawn_comments: list[StaffComment] = Field(default_factory=list)
    manual: dict[str, ManualScore] = Field(default_factory=dict)  # item -> its latest score
    manual_history: list[ManualScore] = Field(default_factory=list)  # every score, the earliest first

    @property
    def empty(self) -> bool:
        return not (self.adjustments or self.comments or self.manual)


class GradingSource(BaseModel):
    """Where an assignment's submissions were graded from, so the review app can regrade one student."""

    assignment: str
    submissions: str
    roster: str | None = None
    extensions: str | None = None
    course_dir: str | None = None
    recorded_at: str = ""


class TestPoints(BaseModel):
    """A test of the graded attempt as the gradebook's test table holds it."""

    id: str
    group: str
    earned: float
    possible: float


# ---------------------------------------------------------------- writing


def check_reason(reason: str, what: str = "a reason") -> str:
    text = (reason or "").strip()
    if not text:
        raise StaffError(f"{what} is required: say why, in words the student will read")
    if len(text) > MAX_REASON_CHARS:
        raise StaffError(f"{what} is longer than {MAX_REASON_CHARS} characters")
    return text


def check_points(points: float) -> float:
    if not math.isfinite(points) or points == 0:
        raise StaffError("the points must be a number other than 0 (e.g. +2 or -1.5)")
    if abs(points) > 1e6:
        raise StaffError("the points are out of any sensible range")
    return round(float(points), 6)


def insert_adjustment(db: sqlite3.Connection, student: str, assignment: str, points: float, reason: str,
                      author: str, at: str, test: str | None) -> int:
    cur = db.execute("INSERT INTO adjustments (student, assignment, test_id, points, reason, author, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (student, assignment, test, check_points(points),
                                                      check_reason(reason), author, at))
    return int(cur.lastrowid)


def insert_comment(db: sqlite3.Connection, student: str, assignment: str, text: str, author: str, at: str,
                   test: str | None) -> int:
    body = (text or "").strip()
    if not body:
        raise StaffError("the comment is empty")
    if len(body) > MAX_COMMENT_CHARS:
        raise StaffError(f"the comment is longer than {MAX_COMMENT_CHARS} characters")
    cur = db.execute("INSERT INTO staff_comments (student, assignment, test_id, text, author, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (student, assignment, test, body, author, at))
    return int(cur.lastrowid)


def withdraw(db: sqlite3.Connection, table: str, record: int, student: str, assignment: str, author: str,
             at: str) -> None:
    """Mark a record withdrawn (it is kept, with who withdrew it and when)."""
    if table not in ("adjustments", "staff_comments"):
        raise StaffError(f"nothing to withdraw in {table}")
    cur = db.execute(f"UPDATE {table} SET withdrawn_at=?, withdrawn_by=? WHERE id=? AND student=? AND assignment=? "
                     "AND withdrawn_at IS NULL", (at, author, record, student, assignment))
    if cur.rowcount != 1:
        raise StaffError(f"no record {record} in force for this student's {assignment}")


def declare_items(db: sqlite3.Connection, assignment: str, items: Iterable[ManualItem]) -> None:
    """The assignment's manual rubric as assignment.toml declares it now (replacing the earlier one;
    scores of an item no longer declared are kept but no longer count)."""
    db.execute("DELETE FROM manual_items WHERE assignment=?", (assignment,))
    db.executemany("INSERT INTO manual_items VALUES (?, ?, ?, ?, ?)",
                   [(assignment, i.id, i.points, i.description, n) for n, i in enumerate(items)])


def insert_manual_score(db: sqlite3.Connection, student: str, assignment: str, item: str, points: float, note: str,
                        author: str, at: str) -> int:
    declared = {i.id: i for i in items_of(db, assignment)}
    if item not in declared:
        raise StaffError(f"{assignment} declares no manual item {item!r}"
                         + (f" (its items: {', '.join(declared)})" if declared else
                            " (declare [[manual]] items in its assignment.toml and grade once)"))
    if not math.isfinite(points) or not 0 <= points <= declared[item].points:
        raise StaffError(f"{item} takes 0 to {declared[item].points:g} points, not {points:g}")
    if len(note or "") > MAX_COMMENT_CHARS:
        raise StaffError(f"the note is longer than {MAX_COMMENT_CHARS} characters")
    cur = db.execute("INSERT INTO manual_scores (student, assignment, item, points, note, author, created_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (student, assignment, item, round(float(points), 6),
                                                      (note or "").strip(), author, at))
    return int(cur.lastrowid)


def remember_source(db: sqlite3.Connection, source: GradingSource) -> None:
    db.execute("INSERT OR REPLACE INTO grading_sources VALUES (?, ?, ?, ?, ?, ?)",
               (source.assignment, source.submissions, source.roster, source.extensions, source.course_dir,
                source.recorded_at))


# ---------------------------------------------------------------- reading


def items_of(db: sqlite3.Connection, assignment: str) -> list[ManualItem]:
    return [ManualItem(id=i, points=p, description=d) for i, p, d in db.execute(
        "SELECT item, points, description FROM manual_items WHERE assignment=? ORDER BY position", (assignment,))]


def source_of(db: sqlite3.Connection, assignment: str) -> GradingSource | None:
    row = db.execute("SELECT assignment, submissions, roster, extensions, course_dir, recorded_at FROM "
                     "grading_sources WHERE assignment=?", (assignment,)).fetchone()
    keys = ("assignment", "submissions", "roster", "extensions", "course_dir", "recorded_at")
    return GradingSource(**dict(zip(keys, row))) if row else None


def records_of(db: sqlite3.Connection, assignment: str, student: str | None = None) -> dict[str, StaffRecords]:
    """student -> their records for `assignment` (every student with any, or only `student`)."""
    where, args = "assignment=?", [assignment]
    if student is not None:
        where, args = where + " AND student=?", args + [student]
    out: dict[str, StaffRecords] = {}
    for rid, s, test, points, reason, author, at, withdrawn in db.execute(
            f"SELECT id, student, test_id, points, reason, author, created_at, withdrawn_at FROM adjustments "
            f"WHERE {where} ORDER BY id", args):
        a = Adjustment(id=rid, points=points, reason=reason, test=test, author=author, created_at=at)
        records = out.setdefault(s, StaffRecords())
        (records.withdrawn_adjustments if withdrawn else records.adjustments).append(a)
    for rid, s, test, text, author, at, withdrawn in db.execute(
            f"SELECT id, student, test_id, text, author, created_at, withdrawn_at FROM staff_comments "
            f"WHERE {where} ORDER BY id", args):
        c = StaffComment(id=rid, text=text, test=test, author=author, created_at=at)
        records = out.setdefault(s, StaffRecords())
        (records.withdrawn_comments if withdrawn else records.comments).append(c)
    for rid, s, item, points, note, author, at in db.execute(
            f"SELECT id, student, item, points, note, author, created_at FROM manual_scores WHERE {where} "
            "ORDER BY id", args):
        score = ManualScore(id=rid, item=item, points=points, note=note, author=author, created_at=at)
        records = out.setdefault(s, StaffRecords())
        records.manual_history.append(score)
        records.manual[item] = score  # the latest counts
    return out


# ---------------------------------------------------------------- applying


def _within(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def applied_points(tests: list[TestPoints], records: StaffRecords, items: list[ManualItem]) -> tuple[
        dict[str, float], list[Adjustment], float]:
    """(test id -> the test's points after the staff's changes, manual items included; the adjustments in
    force with what each applied; the staff's points in all).

    A test's adjustments apply in the order made, each kept within 0 and the test's points; one whose
    test is not in the graded attempt (renamed by a regrade) applies to the whole assignment. Those of
    the whole assignment come last and never take the total below 0."""
    points = {t.id: t.earned for t in tests}
    possible = {t.id: t.possible for t in tests}
    done: list[Adjustment] = []
    overall: list[Adjustment] = []
    for a in records.adjustments:
        if a.test is not None and a.test in points:
            before = points[a.test]
            points[a.test] = _within(before + a.points, 0.0, possible[a.test])
            done.append(a.model_copy(update={"applied": round(points[a.test] - before, 6)}))
        else:
            overall.append(a)
    for item in items:
        scored = records.manual.get(item.id)
        points[item.id] = _within(scored.points, 0.0, item.points) if scored else 0.0
    total = sum(points.values())
    for a in overall:
        change = max(a.points, -total)
        total += change
        done.append(a.model_copy(update={"applied": round(change, 6)}))
    automatic = sum(t.earned for t in tests)
    staff = round(total - automatic, 6)
    order = {a.id: n for n, a in enumerate(records.adjustments)}
    return points, sorted(done, key=lambda a: order[a.id]), staff


def manual_test(item: ManualItem, score: ManualScore | None) -> TestResult:
    """A manual rubric item as a test of the result: pending until the staff score it."""
    if score is None:
        return TestResult(id=item.id, name=item.id, description=item.description, points_possible=item.points,
                          points_earned=0.0, status="pending", group=MANUAL_GROUP,
                          message="to be graded by the teaching staff")
    earned = _within(score.points, 0.0, item.points)
    status = "passed" if earned >= item.points else ("partial" if earned > 0 else "failed")
    return TestResult(id=item.id, name=item.id, description=item.description, points_possible=item.points,
                      points_earned=earned, status=status, group=MANUAL_GROUP,
                      message=score.note or "graded by the teaching staff")


def apply_review(result: SubmissionResult, records: StaffRecords | None, items: list[ManualItem]) -> SubmissionResult:
    """The result with the staff's records applied (see the module's docstring); the stored result is
    untouched. Without records or manual items it is returned as it is."""
    records = records or StaffRecords()
    if records.empty and not items:
        return result
    tests = [TestPoints(id=t.id, group=t.group or t.id, earned=t.points_earned, possible=t.points_possible)
             for t in result.tests]
    points, adjustments, staff = applied_points(tests, records, items)
    manual_ids = {i.id for i in items}
    kept = [t if points[t.id] == t.points_earned else t.model_copy(update={"points_earned": points[t.id]})
            for t in result.tests if t.id not in manual_ids]
    kept += [manual_test(i, records.manual.get(i.id)) for i in items]
    review = StaffReview(automatic_score=result.score, automatic_max=result.max_score, points=staff,
                         adjustments=adjustments, comments=records.comments)
    return result.model_copy(update={"tests": kept, "score": round(result.score + staff, 6),
                                     "max_score": result.max_score + sum(i.points for i in items),
                                     "review": review})


def staff_groups(tests: list[TestPoints], records: StaffRecords | None, items: list[ManualItem]) -> dict[str, float]:
    """group -> points the staff's records add to it (manual items under MANUAL_GROUP, adjustments of the
    whole assignment under OVERALL_GROUP), so that groups add up to the adjusted total."""
    records = records or StaffRecords()
    if records.empty and not items:
        return {}
    points, adjustments, _ = applied_points(tests, records, items)
    out: dict[str, float] = {}
    for t in tests:
        if points[t.id] != t.earned:
            out[t.group] = out.get(t.group, 0.0) + points[t.id] - t.earned
    if items:
        out[MANUAL_GROUP] = sum(points[i.id] for i in items)
    overall = sum(a.applied or 0.0 for a in adjustments if a.test is None or a.test not in {t.id for t in tests})
    if overall:
        out[OVERALL_GROUP] = overall
    return out
