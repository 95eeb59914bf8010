"""The gradebook: every graded submission in SQLite, written one transaction per submission.

Rows are keyed by (student, assignment, content hash): grading the same file again
replaces its row, a new file adds an attempt, and a batch killed at any point leaves
only whole rows behind, so a re-run resumes without losing or duplicating anything.
The current grade of a student is their latest attempt (by submission time, then by
grading time).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel

from autograder.course.deadline import LatePolicy
from autograder.results import SubmissionResult

SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY,
    student TEXT NOT NULL,
    assignment TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    submission_file TEXT NOT NULL,
    submitted_at TEXT,
    graded_at TEXT NOT NULL,
    grader_version TEXT NOT NULL,
    raw_score REAL NOT NULL,
    max_score REAL NOT NULL,
    late_days INTEGER NOT NULL DEFAULT 0,
    penalty REAL NOT NULL DEFAULT 0,
    score REAL NOT NULL,
    load_error TEXT,
    result_json TEXT NOT NULL,
    UNIQUE (student, assignment, sha256)
);
CREATE TABLE IF NOT EXISTS test_results (
    submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
    test_id TEXT NOT NULL,
    test_group TEXT NOT NULL,
    status TEXT NOT NULL,
    hidden INTEGER NOT NULL,
    points_earned REAL NOT NULL,
    points_possible REAL NOT NULL,
    mistakes TEXT NOT NULL,
    PRIMARY KEY (submission_id, test_id)
);
CREATE INDEX IF NOT EXISTS submissions_by_assignment ON submissions (assignment, student);
"""


class GradebookRow(BaseModel):
    student: str
    assignment: str
    sha256: str
    submission_file: str
    submitted_at: str | None
    graded_at: str
    raw_score: float
    max_score: float
    late_days: int
    penalty: float
    score: float
    load_error: str | None


class Gradebook:
    """One SQLite file for a course; safe to open from one writer while others read."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")  # a finished submission survives a power cut
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Gradebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def has(self, student: str, assignment: str, sha256: str, grader_version: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM submissions WHERE student=? AND assignment=? AND sha256=? AND grader_version=?",
            (student, assignment, sha256, grader_version)).fetchone()
        return row is not None

    def record(self, result: SubmissionResult, submitted_at: dt.datetime | None = None,
               policy: LatePolicy | None = None) -> None:
        """Store one graded submission (replacing an earlier grading of the same file) atomically."""
        late_days, penalty = policy.assess(submitted_at, result.score, result.max_score) if policy else (0, 0.0)
        with self._transaction() as db:
            db.execute("DELETE FROM submissions WHERE student=? AND assignment=? AND sha256=?",
                       (result.student, result.assignment, result.sha256))
            cur = db.execute(
                "INSERT INTO submissions (student, assignment, sha256, submission_file, submitted_at, graded_at, "
                "grader_version, raw_score, max_score, late_days, penalty, score, load_error, result_json) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (result.student, result.assignment, result.sha256, result.submission_file,
                 submitted_at.isoformat() if submitted_at else None, result.graded_at, result.grader_version,
                 result.score, result.max_score, late_days, penalty, round(result.score - penalty, 6),
                 result.load_error, result.model_dump_json()))
            db.executemany(
                "INSERT INTO test_results VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(cur.lastrowid, t.id, t.group or t.id, t.status, int(t.hidden), t.points_earned, t.points_possible,
                  ",".join(m.id for m in t.mistakes)) for t in result.tests])

    def current(self, assignment: str | None = None) -> list[GradebookRow]:
        """The latest attempt of each student (per assignment)."""
        sql = """
            SELECT student, assignment, sha256, submission_file, submitted_at, graded_at, raw_score, max_score,
                   late_days, penalty, score, load_error
            FROM submissions s
            WHERE id = (SELECT id FROM submissions t WHERE t.student = s.student AND t.assignment = s.assignment
                        ORDER BY COALESCE(t.submitted_at, '') DESC, t.graded_at DESC, t.id DESC LIMIT 1)
        """
        args: tuple = ()
        if assignment:
            sql += " AND assignment = ?"
            args = (assignment,)
        rows = self.db.execute(sql + " ORDER BY assignment, student", args).fetchall()
        keys = list(GradebookRow.model_fields)
        return [GradebookRow(**dict(zip(keys, r))) for r in rows]

    def result(self, student: str, assignment: str) -> SubmissionResult | None:
        """The full stored result of a student's current attempt."""
        current = [r for r in self.current(assignment) if r.student == student]
        if not current:
            return None
        row = self.db.execute("SELECT result_json FROM submissions WHERE student=? AND assignment=? AND sha256=?",
                              (student, assignment, current[0].sha256)).fetchone()
        return SubmissionResult.model_validate_json(row[0])

    def results(self, assignment: str) -> list[SubmissionResult]:
        return [r for r in (self.result(row.student, assignment) for row in self.current(assignment)) if r]

    def group_points(self, assignment: str) -> dict[str, dict[str, float]]:
        """student -> test group -> points earned, for the current attempts."""
        out: dict[str, dict[str, float]] = {}
        for row in self.current(assignment):
            for group, points in self.db.execute(
                    "SELECT test_group, SUM(points_earned) FROM test_results JOIN submissions s ON s.id = submission_id "
                    "WHERE s.student=? AND s.assignment=? AND s.sha256=? GROUP BY test_group ORDER BY MIN(test_results.rowid)",
                    (row.student, assignment, row.sha256)):
                out.setdefault(row.student, {})[group] = points
        return out

    def count(self, assignment: str | None = None) -> int:
        if assignment:
            return self.db.execute("SELECT COUNT(*) FROM submissions WHERE assignment=?", (assignment,)).fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM submissions").fetchone()[0]
