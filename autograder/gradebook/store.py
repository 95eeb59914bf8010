"""The gradebook: every graded submission in SQLite, written one transaction per submission.

Rows are keyed by (student, assignment, content hash): grading the same file again
replaces its row, a new file adds an attempt, and a batch killed at any point leaves
only whole rows behind, so a re-run resumes without losing or duplicating anything.
Which attempt is a student's current grade is stored (the `counts` flag): the assignment's
attempt rule (LatePolicy.attempt: latest, best, latest on time, best after the late penalty) picks
it each time an attempt is recorded or the class is re-assessed; without a deadline it is the latest
attempt (by submission time as an instant, then by grading time). Every attempt is kept.

A file that is not a gradebook (not SQLite, damaged, locked by another process) raises
GradebookError before anything is written to it: the instructor's problem, said in one line.
Text a submission produced that SQLite or JSON cannot hold (lone surrogates) is escaped on the
way in, so no result is ever unstorable.
"""
from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from autograder.course.deadline import (
    Attempt,
    AttemptRule,
    Extension,
    Lateness,
    LatePolicy,
    as_instant,
    choose_attempt,
    late_days,
    latest_first,
)
from autograder.gradebook import staff
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
    late_minutes REAL NOT NULL DEFAULT 0,
    lateness_json TEXT,
    counts INTEGER NOT NULL DEFAULT 0,
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
    late_minutes: float = 0.0  # after the due date that applied to this student (0: on time)
    lateness: Lateness | None = None  # what the late policy made of it (None: no deadline)
    attempts: int = 1  # this student's graded attempts for the assignment, all kept
    staff_points: float = 0.0  # added by the teaching staff (adjustments, manual items): in score and raw_score
    automatic_score: float | None = None  # the score before the staff's points (None: the staff added none)


# columns of GradebookRow as stored, in order, then the ones current() needs to choose
ROW_COLUMNS = ("student, assignment, sha256, submission_file, submitted_at, graded_at, raw_score, max_score, "
               "late_days, penalty, score, load_error, late_minutes, lateness_json")
LATER_COLUMNS = {"late_minutes": "REAL NOT NULL DEFAULT 0", "lateness_json": "TEXT",
                 "counts": "INTEGER NOT NULL DEFAULT 0"}  # added to gradebooks made before them


class StoredResult(BaseModel):
    """A current attempt with its full result, or why its stored result cannot be read."""

    row: GradebookRow
    result: SubmissionResult | None
    problem: str | None = None

    def require(self) -> SubmissionResult:
        """The result, or ValueError saying why it cannot be read (a step for this student fails)."""
        if self.result is None:
            raise ValueError(self.problem)
        return self.result


def failure_note(error: BaseException) -> str:
    """How a step that failed for one student is noted for the instructor: the error's type and the
    start of its message."""
    return f"{type(error).__name__}: {str(error)[:200]}"


@contextmanager
def noted_for(problems: dict[str, str], student: str) -> Iterator[None]:
    """One student's part of a class-wide step (a row, a file, a page): a failure is noted against
    that student in `problems` and the step goes on with the others."""
    try:
        yield
    except Exception as e:  # noqa: BLE001 - this student's part only
        problems[student] = failure_note(e)


class GradebookError(Exception):
    """The gradebook file cannot be used (not a database, damaged, locked): one line saying what is
    wrong and what to do."""


SQLITE_HEADER = b"SQLite format 3\x00"
GRADEBOOK_COLUMNS = {"student", "assignment", "sha256", "result_json"}
F = TypeVar("F", bound=Callable[..., Any])


def storable_text(value: str) -> str:
    """Text SQLite and JSON can hold: lone surrogates (undecodable file names, text a child sent as
    JSON escapes) become \\udcxx escapes."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


def _storable(value: Any) -> Any:
    if isinstance(value, str):
        return storable_text(value)
    if isinstance(value, dict):
        return {_storable(k): _storable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_storable(v) for v in value]
    return value


def _problem(path: Path, error: sqlite3.Error) -> GradebookError:
    """What an SQLite error on the gradebook means for the instructor."""
    text = " ".join(str(error).split())[:200]
    if "locked" in text or "busy" in text:
        return GradebookError(f"{path} is locked by another process (another `autograder grade`, or a program "
                              "holding it open); wait for it to finish or close it, then run again")
    if "not a database" in text:
        return GradebookError(f"{path} is not an SQLite database (sqlite: {text}); move it aside or pass "
                              "--gradebook with another file")
    if isinstance(error, sqlite3.OperationalError) and "malformed" not in text and "corrupt" not in text:
        return GradebookError(f"the gradebook {path} could not be used (sqlite: {text})")
    return GradebookError(f"{path} is damaged (sqlite: {text}); restore it from a backup, or move it aside "
                          "and grade again (or pass --gradebook with another file)")


def _gradebook_errors(method: F) -> F:
    """SQLite errors about the file itself (locked, damaged, I/O) become GradebookError; errors about
    the data (IntegrityError) stay what they are."""
    @functools.wraps(method)
    def wrapper(self: Gradebook, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.ProgrammingError):
            raise
        except sqlite3.DatabaseError as e:
            raise _problem(self.path, e) from None
    return wrapper  # type: ignore[return-value]


class Gradebook:
    """One SQLite file for a course; safe to open from one writer while others read.

    Opening checks, without writing anything, that the file is an SQLite database that is whole
    and not locked by a writer (waiting at most open_timeout_s), and raises GradebookError if not."""

    def __init__(self, path: Path, open_timeout_s: float = 5.0) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _check_file(self.path, open_timeout_s)
        try:
            self.db = sqlite3.connect(self.path, timeout=open_timeout_s, isolation_level=None)
        except sqlite3.Error as e:
            raise _problem(self.path, e) from None
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")  # a finished submission survives a power cut
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
            self.db.executescript(staff.STAFF_SCHEMA)  # older gradebooks get the staff's tables on opening
            self._add_later_columns()
            self.db.execute("BEGIN IMMEDIATE")  # can this process write? (another writer holds it: locked)
            self.db.execute("ROLLBACK")
            self.db.execute("PRAGMA busy_timeout = 30000")  # once open, wait longer for a reader's moment
        except sqlite3.DatabaseError as e:
            self.db.close()
            raise _problem(self.path, e) from None

    def _add_later_columns(self) -> None:
        """A gradebook made by an earlier version gets the columns added since (with their defaults)."""
        have = {c[1] for c in self.db.execute("PRAGMA table_info('submissions')")}
        for name, kind in LATER_COLUMNS.items():
            if name not in have:
                self.db.execute(f"ALTER TABLE submissions ADD COLUMN {name} {kind}")

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

    @_gradebook_errors
    def has(self, student: str, assignment: str, sha256: str, grader_version: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM submissions WHERE student=? AND assignment=? AND sha256=? AND grader_version=?",
            (storable_text(student), assignment, sha256, grader_version)).fetchone()
        return row is not None

    @_gradebook_errors
    def graders_of(self, assignment: str) -> dict[tuple[str, str], str]:
        """(student, sha256 of the file) -> the grader (SubmissionResult.grader_version) it was last graded by."""
        rows = self.db.execute("SELECT student, sha256, grader_version FROM submissions WHERE assignment=? "
                               "ORDER BY graded_at, id", (assignment,)).fetchall()
        return {(student, sha): grader for student, sha, grader in rows}

    @_gradebook_errors
    def record(self, result: SubmissionResult, submitted_at: dt.datetime | None = None,
               policy: LatePolicy | None = None, extension: Extension | None = None, time_source: str = "",
               lms_marked_late: bool = False) -> None:
        """Store one graded submission (replacing an earlier grading of the same file) atomically, with
        what the late policy (after the student's extension) makes of it, and mark which of the
        student's attempts counts under the policy's attempt rule."""
        try:  # a result's JSON holds no lone surrogate (most): stored as it is, serialised once (0.3 ms)
            result_json = result.model_dump_json()
        except PydanticSerializationError:  # else its text made storable first (1-2 ms in Python)
            result = SubmissionResult.model_validate(_storable(result.model_dump()))
            result_json = result.model_dump_json()
        lateness = policy.evaluate(submitted_at, result.score, result.max_score, extension, time_source,
                                   lms_marked_late) if policy else None
        days, penalty = late_days(lateness), lateness.penalty if lateness else 0.0
        with self._transaction() as db:
            db.execute("DELETE FROM submissions WHERE student=? AND assignment=? AND sha256=?",
                       (result.student, result.assignment, result.sha256))
            cur = db.execute(
                "INSERT INTO submissions (student, assignment, sha256, submission_file, submitted_at, graded_at, "
                "grader_version, raw_score, max_score, late_days, penalty, score, load_error, result_json, "
                "late_minutes, lateness_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (result.student, result.assignment, result.sha256, result.submission_file,
                 submitted_at.isoformat() if submitted_at else None, result.graded_at, result.grader_version,
                 result.score, result.max_score, days, penalty, round(result.score - penalty, 6),
                 result.load_error, result_json, lateness.late_minutes if lateness else 0.0,
                 lateness.model_dump_json() if lateness else None))
            db.executemany(
                "INSERT INTO test_results VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(cur.lastrowid, t.id, t.group or t.id, t.status, int(t.hidden), t.points_earned, t.points_possible,
                  ",".join(m.id for m in t.mistakes)) for t in result.tests])
            self._settle(db, result.student, result.assignment, policy.attempt if policy else "latest", policy)

    def _settle(self, db: sqlite3.Connection, student: str, assignment: str, rule: AttemptRule,
                policy: LatePolicy | None) -> None:
        """Mark the one attempt of `student` that counts under `rule` (inside the caller's transaction)."""
        rows = db.execute("SELECT id, submitted_at, graded_at, raw_score, score, lateness_json FROM submissions "
                          "WHERE student=? AND assignment=?", (student, assignment)).fetchall()
        if not rows:
            return
        attempts = [Attempt(key=key, submitted_at=_instant(when, policy), graded_at=graded, raw_score=raw,
                            score=score, on_time=_on_time(lateness)) for key, when, graded, raw, score, lateness in rows]
        chosen = choose_attempt(attempts, rule).key
        db.execute("UPDATE submissions SET counts = (id = ?) WHERE student=? AND assignment=?",
                   (chosen, student, assignment))

    @_gradebook_errors
    def reassess(self, assignment: str, policy: LatePolicy | None, extensions: dict[str, Extension] | None = None,
                 times: dict[tuple[str, str], tuple[dt.datetime | None, str, bool]] | None = None) -> int:
        """Apply the late policy again to every attempt of `assignment` (after the extensions, which may
        have changed since it was graded) and mark again which attempt of each student counts; nothing is
        graded again. times: (student, sha256) -> (submission time, where it came from, marked late by
        the LMS) known now, replacing the stored time when it is not None. One transaction; returns
        the number of attempts whose grade changed."""
        extensions, times = extensions or {}, times or {}
        changed = 0
        with self._transaction() as db:
            rows = db.execute("SELECT id, student, sha256, submitted_at, raw_score, max_score, score, lateness_json "
                              "FROM submissions WHERE assignment=?", (assignment,)).fetchall()
            for key, student, sha, stored_at, raw, max_score, old_score, old_json in rows:
                old = Lateness.model_validate_json(old_json) if old_json else None
                when = dt.datetime.fromisoformat(stored_at) if stored_at else None
                source, lms_late = (old.time_source, old.lms_marked_late) if old else ("", False)
                new_when, new_source, new_lms_late = times.get((student, sha), (None, "", False))
                if new_when is not None:
                    when, source = new_when, new_source
                lms_late = lms_late or new_lms_late
                lateness = policy.evaluate(when, raw, max_score, extensions.get(student), source, lms_late) \
                    if policy else None
                penalty = lateness.penalty if lateness else 0.0
                score = round(raw - penalty, 6)
                changed += score != old_score
                db.execute("UPDATE submissions SET submitted_at=?, late_days=?, penalty=?, score=?, late_minutes=?, "
                           "lateness_json=? WHERE id=?",
                           (when.isoformat() if when else None, late_days(lateness), penalty, score,
                            lateness.late_minutes if lateness else 0.0,
                            lateness.model_dump_json() if lateness else None, key))
            for (student,) in db.execute("SELECT DISTINCT student FROM submissions WHERE assignment=?",
                                         (assignment,)).fetchall():
                self._settle(db, student, assignment, policy.attempt if policy else "latest", policy)
        return changed

    @_gradebook_errors
    def attempts(self, student: str, assignment: str) -> list[GradebookRow]:
        """Every graded attempt of a student, the earliest first (by submission time, then grading time)."""
        return [row for row, _ in self._rows(assignment, student)]

    def _rows(self, assignment: str | None, student: str | None = None) -> list[tuple[GradebookRow, bool]]:
        """(row, counts) for every attempt, ordered by assignment, student, then latest last."""
        sql, args = f"SELECT {ROW_COLUMNS}, counts, id FROM submissions", []
        where = []
        if assignment:
            where.append("assignment = ?")
            args.append(assignment)
        if student is not None:
            where.append("student = ?")
            args.append(storable_text(student))
        rows = self.db.execute(sql + (" WHERE " + " AND ".join(where) if where else ""), args).fetchall()
        keys = ROW_COLUMNS.replace(" ", "").split(",")
        out = []
        for r in rows:
            data = dict(zip(keys, r))
            data["lateness"] = Lateness.model_validate_json(data.pop("lateness_json")) \
                if data.get("lateness_json") else None
            data.pop("lateness_json", None)
            attempt = Attempt(key=r[-1], submitted_at=_instant(data["submitted_at"], None), graded_at=data["graded_at"],
                              raw_score=data["raw_score"], score=data["score"], on_time=True)
            out.append((GradebookRow(**data), bool(r[-2]), attempt))
        out.sort(key=lambda x: (x[0].assignment, x[0].student, latest_first(x[2])))
        return [(row, counts) for row, counts, _ in out]

    @_gradebook_errors
    def current(self, assignment: str | None = None) -> list[GradebookRow]:
        """The attempt that counts for each student (per assignment): the one the attempt rule marked,
        else (a gradebook from before the rule) the latest. Each row says how many attempts there are."""
        return self._with_staff(_counted(self._rows(assignment)))

    def _current_of(self, student: str, assignment: str) -> list[GradebookRow]:
        return self._with_staff(_counted(self._rows(assignment, student)), student)

    @_gradebook_errors
    def result(self, student: str, assignment: str) -> SubmissionResult | None:
        """The full stored result of a student's current attempt."""
        current = self._current_of(student, assignment)
        if not current:
            return None
        row = self.db.execute("SELECT result_json FROM submissions WHERE student=? AND assignment=? AND sha256=?",
                              (student, assignment, current[0].sha256)).fetchone()
        records = staff.records_of(self.db, assignment, storable_text(student)).get(storable_text(student))
        return staff.apply_review(SubmissionResult.model_validate_json(row[0]), records,
                                  staff.items_of(self.db, assignment))

    def results(self, assignment: str) -> list[SubmissionResult]:
        return [r for r in (self.result(row.student, assignment) for row in self.current(assignment)) if r]

    @_gradebook_errors
    def stored_results(self, assignment: str) -> list[StoredResult]:
        """Every current attempt with its result; a stored result that cannot be read (written by an
        older grader, say) costs only its student, who gets the reason instead."""
        stored = {(student, sha): text for student, sha, text in self.db.execute(
            "SELECT student, sha256, result_json FROM submissions WHERE assignment=?", (assignment,))}
        out = []
        records, items = staff.records_of(self.db, assignment), staff.items_of(self.db, assignment)
        for row in self.current(assignment):
            try:
                out.append(StoredResult(row=row, result=staff.apply_review(SubmissionResult.model_validate_json(
                    stored[(row.student, row.sha256)]), records.get(row.student), items)))
            except Exception as e:  # noqa: BLE001 - this student's stored result only
                out.append(StoredResult(row=row, result=None,
                                        problem=f"its stored result cannot be read: {failure_note(e)}"))
        return out

    @_gradebook_errors
    def group_points(self, assignment: str) -> dict[str, dict[str, float]]:
        """student -> test group -> points earned, for the current attempts."""
        out: dict[str, dict[str, float]] = {}
        for row in self.current(assignment):
            for group, points in self.db.execute(
                    "SELECT test_group, SUM(points_earned) FROM test_results JOIN submissions s ON s.id = submission_id "
                    "WHERE s.student=? AND s.assignment=? AND s.sha256=? GROUP BY test_group ORDER BY MIN(test_results.rowid)",
                    (row.student, assignment, row.sha256)):
                out.setdefault(row.student, {})[group] = points
        records, items = staff.records_of(self.db, assignment), staff.items_of(self.db, assignment)
        if records or items:  # the staff's points, in their tests' groups (and the manual and overall ones)
            tests = self._test_points(assignment)
            for row in self.current(assignment):
                for group, extra in staff.staff_groups(tests.get((row.student, row.sha256), []),
                                                       records.get(row.student), items).items():
                    groups = out.setdefault(row.student, {})
                    groups[group] = round(groups.get(group, 0.0) + extra, 6)
        return out

    # ------------------------------------------------------------ the teaching staff's records (staff.py)

    def _test_points(self, assignment: str, student: str | None = None) -> dict[tuple[str, str], list[staff.TestPoints]]:
        """(student, sha256) -> the tests of that attempt with their points, in grading order."""
        sql = ("SELECT s.student, s.sha256, t.test_id, t.test_group, t.points_earned, t.points_possible FROM "
               "test_results t JOIN submissions s ON s.id = t.submission_id WHERE s.assignment=?")
        args = [assignment] + ([student] if student is not None else [])
        out: dict[tuple[str, str], list[staff.TestPoints]] = {}
        for who, sha, test, group, earned, possible in self.db.execute(
                sql + (" AND s.student=?" if student is not None else "") + " ORDER BY t.rowid", args):
            out.setdefault((who, sha), []).append(staff.TestPoints(id=test, group=group, earned=earned,
                                                                   possible=possible))
        return out

    def _with_staff(self, rows: list[GradebookRow], student: str | None = None) -> list[GradebookRow]:
        """Rows with the staff's points in score and raw_score (the late penalty stays the graders')
        and manual items in max_score."""
        out = []
        for assignment in dict.fromkeys(r.assignment for r in rows):
            records = staff.records_of(self.db, assignment, storable_text(student) if student is not None else None)
            items = staff.items_of(self.db, assignment)
            mine = [r for r in rows if r.assignment == assignment]
            if not records and not items:
                out += mine
                continue
            tests = self._test_points(assignment, storable_text(student) if student is not None else None)
            for r in mine:
                _, _, extra = staff.applied_points(tests.get((r.student, r.sha256), []), records.get(r.student)
                                                   or staff.StaffRecords(), items)
                out.append(r.model_copy(update={
                    "staff_points": extra, "automatic_score": r.score, "score": round(r.score + extra, 6),
                    "raw_score": round(r.raw_score + extra, 6), "max_score": r.max_score + sum(i.points for i in items)}))
        return out

    @_gradebook_errors
    def add_adjustment(self, student: str, assignment: str, points: float, reason: str, author: str,
                       test: str | None = None) -> int:
        """Points added (or removed, negative) for a student's assignment with the reason the student
        reads; `test`: one test's points (kept within 0 and its points), else the whole assignment.
        StaffError for an unknown student or test, no reason, or 0 points. Returns the record's id."""
        self._check_target(student, assignment, test)
        if test is not None and test in {i.id for i in staff.items_of(self.db, assignment)}:
            raise staff.StaffError(f"{test} is graded by hand: score it (in `autograder review`) instead of adjusting it")
        with self._transaction() as db:
            return staff.insert_adjustment(db, storable_text(student), assignment, points, reason, author,
                                           _now(), test)

    @_gradebook_errors
    def add_comment(self, student: str, assignment: str, text: str, author: str, test: str | None = None) -> int:
        """A comment the student reads (on one test, or the whole submission)."""
        self._check_target(student, assignment, test)
        with self._transaction() as db:
            return staff.insert_comment(db, storable_text(student), assignment, text, author, _now(), test)

    @_gradebook_errors
    def withdraw(self, kind: str, record: int, student: str, assignment: str, author: str) -> None:
        """Withdraw an adjustment or a comment ("adjustment" or "comment"); it is kept as withdrawn."""
        table = {"adjustment": "adjustments", "comment": "staff_comments"}.get(kind, kind)
        with self._transaction() as db:
            staff.withdraw(db, table, record, storable_text(student), assignment, author, _now())

    @_gradebook_errors
    def declare_manual_items(self, assignment: str, items: list) -> None:
        """The assignment's [[manual]] rubric items, as declared now (ManualItem)."""
        with self._transaction() as db:
            staff.declare_items(db, assignment, items)

    @_gradebook_errors
    def manual_items(self, assignment: str) -> list:
        return staff.items_of(self.db, assignment)

    @_gradebook_errors
    def score_manual(self, student: str, assignment: str, item: str, points: float, author: str,
                     note: str = "") -> int:
        """A manual item's score (0 to its points) with a note the student reads; the latest counts."""
        self._check_target(student, assignment, None)
        with self._transaction() as db:
            return staff.insert_manual_score(db, storable_text(student), assignment, item, points, note, author,
                                             _now())

    @_gradebook_errors
    def staff_records(self, student: str, assignment: str) -> staff.StaffRecords:
        """Everything the staff recorded for this student's assignment, withdrawn records included."""
        return staff.records_of(self.db, assignment, storable_text(student)).get(storable_text(student),
                                                                                 staff.StaffRecords())

    @_gradebook_errors
    def remember_source(self, source: staff.GradingSource) -> None:
        """Where an assignment was graded from (the review app regrades one student from it)."""
        with self._transaction() as db:
            staff.remember_source(db, source.model_copy(update={"recorded_at": source.recorded_at or _now()}))

    @_gradebook_errors
    def source_of(self, assignment: str) -> staff.GradingSource | None:
        return staff.source_of(self.db, assignment)

    def _check_target(self, student: str, assignment: str, test: str | None) -> None:
        """StaffError unless the student has a graded attempt of `assignment` with that test (or item)."""
        rows = _counted(self._rows(assignment, student))
        if not rows:
            known = sorted({r.assignment for r in self.current()})
            raise staff.StaffError(f"{student!r} has no graded {assignment!r} in {self.path}"
                                   + ("" if assignment in known else f" (its assignments: {', '.join(known)})"))
        if test is not None:
            tests = {t.id for t in self._test_points(assignment, storable_text(student)).get(
                (rows[0].student, rows[0].sha256), [])} | {i.id for i in staff.items_of(self.db, assignment)}
            if test not in tests:
                raise staff.StaffError(f"{assignment} has no test {test!r} (its tests: {', '.join(sorted(tests))})")

    @_gradebook_errors
    def count(self, assignment: str | None = None) -> int:
        if assignment:
            return self.db.execute("SELECT COUNT(*) FROM submissions WHERE assignment=?", (assignment,)).fetchone()[0]
        return self.db.execute("SELECT COUNT(*) FROM submissions").fetchone()[0]


def _now() -> str:
    """When a staff record is made: ISO 8601 in UTC, to the second."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _counted(rows: list[tuple[GradebookRow, bool]]) -> list[GradebookRow]:
    """Per (assignment, student), in that order, the attempt marked as counting, else the latest."""
    groups: dict[tuple[str, str], list[tuple[GradebookRow, bool]]] = {}
    for row, counts in rows:
        groups.setdefault((row.assignment, row.student), []).append((row, counts))
    out = []
    for _, group in sorted(groups.items()):
        marked = [row for row, counts in group if counts]
        chosen = (marked or [group[-1][0]])[-1]
        out.append(chosen.model_copy(update={"attempts": len(group)}))
    return out


def _instant(stored: str | None, policy: LatePolicy | None) -> dt.datetime | None:
    """A stored submission time as an instant (one without an offset read in the policy's zone)."""
    if not stored:
        return None
    return as_instant(dt.datetime.fromisoformat(stored), policy.zone if policy else None, strict=False)


def _on_time(lateness_json: str | None) -> bool:
    return not lateness_json or Lateness.model_validate_json(lateness_json).on_time


def _check_file(path: Path, timeout_s: float) -> None:
    """Raise GradebookError unless `path` is absent, empty, or a whole SQLite database not locked
    against readers; reads only (the file stays byte-identical)."""
    if not path.exists():
        return
    if not path.is_file():
        raise GradebookError(f"{path} is not a file; pass --gradebook with a file")
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise GradebookError(f"the gradebook {path} cannot be read ({e.strerror or e})") from None
    if not header:
        return
    if header != SQLITE_HEADER:
        raise GradebookError(f"{path} is not an SQLite database (it starts with {header[:12]!r}); move it aside "
                             "or pass --gradebook with another file")
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=timeout_s)
    except sqlite3.Error as e:
        raise _problem(path, e) from None
    try:
        problems = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
        tables = {name: {c[1] for c in db.execute(f"PRAGMA table_info('{name}')")}
                  for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.OperationalError as e:
        if "readonly" in str(e) or "read-only" in str(e):
            return  # a journal left by a killed writer: only a writing connection can recover it
        raise _problem(path, e) from None
    except sqlite3.DatabaseError as e:
        raise _problem(path, e) from None
    finally:
        db.close()
    if problems == ["ok"] and tables and not GRADEBOOK_COLUMNS <= tables.get("submissions", set()):
        raise GradebookError(f"{path} is an SQLite database but not a gradebook (its tables: "
                             f"{', '.join(sorted(tables))[:200]}); pass --gradebook with a gradebook file")
    if problems != ["ok"]:
        found = " ".join(" ".join(problems[:3]).replace("*** in database main ***", "").split())[:200]
        raise GradebookError(f"{path} is damaged (sqlite: {found}); restore it from a backup, or move it aside "
                             "and grade again (or pass --gradebook with another file)")
