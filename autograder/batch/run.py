"""Grade a folder of submissions in parallel into the gradebook, then write what comes of it.

Submission -> task (file bytes, student id, submission time) -> a worker grades it in
its own sandboxed children -> the driver records the result in SQLite, one transaction
per submission. Workers are a local process pool or a Dask cluster; either way the
driver is the only writer. A broken submission costs only itself: a result that cannot be
stored becomes that submission's error, and every step after grading (CSV, per-student
JSON, similarity) is guarded per student, what failed for whom listed in ClassGrading.notes.
Problems with the gradebook file itself (GradebookError) stop the run: they are the instructor's.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from autograder.batch.pool import Executor, local_pool
from autograder.course.assignment import AssignmentSpec, grader_identity
from autograder.course.deadline import Extension
from autograder.course.extensions import extensions_of
from autograder.course.roster import RosterEntry
from autograder.course.secret import course_secret
from autograder.feedback.similarity import write_class_similarity
from autograder.feedback.tables import write_assignment_csv, write_student_json
from autograder.gradebook.store import Gradebook, GradebookError
from autograder.grading.run import INTERNAL_ERROR, failed_result, grade_submission
from autograder.results import SubmissionResult
from autograder.submissions.folder import SubmissionTask, lookalike_ids, plan_batch, timing_notes


class BatchSummary(BaseModel):
    assignment: str
    submissions: int
    graded_now: int
    skipped: int
    not_in_roster: list[str]
    missing: list[str]
    lookalike_ids: list[tuple[str, str]] = []  # ids (submitted or on the roster) that look alike on screen
    timing_notes: list[str] = []  # about submission times and extensions (submissions/folder.py: timing_notes)
    late: int = 0  # students whose counted attempt is late beyond the grace period
    grader: str = ""  # the grader every result of this run was graded by (grader_identity)
    regraded_stale: list[str] = []  # students whose unchanged file was graded by another grader before
    grader_errors: dict[str, str] = {}  # student -> the grader's error that kept their result out of the gradebook
    not_submissions: list[str] = []  # files in the folder that are no submission (readme.txt): not graded


class InstructorError(Exception):
    """The graders, the reference or the assignment are wrong: nothing more is graded, no student is
    charged for it, and the message names the cause."""


Preflight = Callable[[AssignmentSpec], None]


def grade_batch(spec: AssignmentSpec, folder: Path, gradebook: Gradebook, workers: int | None = None,
                regrade: bool = False, roster: dict[str, RosterEntry] | None = None,
                executor: Executor = local_pool,
                on_done: Callable[[SubmissionResult, int, int], None] | None = None,
                students: set[str] | None = None, preflight: Preflight | None = None,
                extensions: list[Extension] | None = None, names: str = "auto") -> BatchSummary:
    """Grade every submission in `folder` not yet in the gradebook under today's graders (with
    regrade: all of them; with students: those students' again). A file graded by other graders
    (another fingerprint: a grader, the reference, assignment.toml, the catalogue or the framework
    changed) is regraded. preflight runs once before any student is graded, when there is any.
    extensions: per-student extensions (default: the file course.toml names), with the roster's
    extension column; every attempt's lateness is assessed again afterwards (an extension granted or a
    time corrected since the last run applies without grading again). names: how an LMS download names
    its files (submissions.folder.NAME_SCHEMES)."""
    course_secret(spec.root.parent)  # the instructor's setup, checked (and made once) before any student is graded
    grader = grader_identity(spec)
    tasks, missing = plan_batch(folder, roster, spec.module, names)
    strays = sorted(t.path.name for t in tasks if t.not_a_submission)
    tasks = [t for t in tasks if not t.not_a_submission]
    granted = extensions_of(spec, roster, extensions)
    for t in tasks:
        t.extension = granted.get(t.student)
    unreadable = [t for t in tasks if t.unreadable]
    graded_by = gradebook.graders_of(spec.id)
    todo = [t for t in tasks if not t.unreadable and (regrade or t.student in (students or ())
                                                      or graded_by.get((t.student, t.sha256)) != grader)]
    stale = [t.student for t in todo if graded_by.get((t.student, t.sha256), grader) != grader]
    if todo and preflight is not None:
        preflight(spec)
    done = len(tasks) - len(todo) - len(unreadable)
    not_graded: dict[str, str] = {}
    workers = max(1, workers or os.cpu_count() or 1)
    finished = ((t, failed_result(spec, t.student, t.path.name, t.sha256, t.unreadable or "").model_dump(mode="json"))
                for t in unreadable)
    for source in (finished, executor(spec, todo, workers) if todo else ()):
        for task, data in source:
            result = _record(gradebook, spec, task, data)
            broken = grader_errors(result)
            if broken:
                not_graded[task.student] = broken[0][:2000]
            done += 1
            if on_done:
                on_done(result, done, len(tasks))
    graded_now = len(todo) + len(unreadable)
    gradebook.reassess(spec.id, spec.deadline, granted, {(t.student, t.sha256): (t.submitted_at, t.time_source,
                                                                                 t.lms_marked_late) for t in tasks})
    late = sum(1 for r in gradebook.current(spec.id) if r.lateness is not None and r.lateness.late)
    zone = spec.deadline.timezone if spec.deadline else ""
    notes = timing_notes(tasks, granted, zone, spec.deadline is not None)
    return BatchSummary(late=late, timing_notes=notes, assignment=spec.id, submissions=len(tasks), graded_now=graded_now,
                        skipped=len(tasks) - graded_now, not_in_roster=[t.student for t in tasks if not t.in_roster],
                        missing=missing, lookalike_ids=lookalike_ids({t.student for t in tasks} | set(roster or {})),
                        grader=grader, regraded_stale=sorted(set(stale)), grader_errors=not_graded,
                        not_submissions=strays)


def _record(gradebook: Gradebook, spec: AssignmentSpec, task: SubmissionTask, data: dict) -> SubmissionResult:
    """Store a worker's result; one that cannot be stored is replaced by that submission's error."""
    try:
        result = SubmissionResult.model_validate(data)
        if grader_errors(result):
            return result  # the graders' fault: nothing is recorded, the next run grades it again
        gradebook.record(result, task.submitted_at, spec.deadline, task.extension, task.time_source,
                         task.lms_marked_late)
    except GradebookError:
        raise
    except Exception as e:  # noqa: BLE001 - what this submission's result holds costs only this submission
        result = failed_result(spec, task.student, task.path.name, task.sha256,
                               f"the result of grading this submission could not be stored: {type(e).__name__}: "
                               f"{str(e)[:300]}")
        gradebook.record(result, task.submitted_at, spec.deadline, task.extension, task.time_source,
                         task.lms_marked_late)
    return result


def grader_errors(result: SubmissionResult) -> list[str]:
    """What in a result the graders or the framework broke ("test: message"), not the student: such a
    result is not recorded, so no student is charged for an instructor's error."""
    if result.load_error and result.load_error.startswith(INTERNAL_ERROR):
        return [result.load_error]
    return [f"{t.id}: {t.message}" for t in result.tests
            if t.status == "error" and t.message.startswith("grader error")]


def preflight_solution(spec: AssignmentSpec) -> None:
    """Grade the solution as students are graded (sandbox, hidden tests, a student's own inputs);
    raises InstructorError naming the cause unless it earns full marks."""
    try:
        result = grade_submission(spec, spec.solution_file, student="preflight")
    except Exception as e:  # noqa: BLE001 - the graders cannot run at all (a collection error, a broken plugin)
        raise InstructorError(f"preflight: the graders of {spec.id} could not grade the solution, so no student "
                              f"was graded: {type(e).__name__}: {str(e)[:2000]}") from None
    if result.load_error is None and result.max_score > 0 and result.score == result.max_score:
        return
    why = result.load_error or "; ".join(f"{t.id}: {t.message}" for t in result.tests if t.status != "passed")
    raise InstructorError(f"preflight: the solution of {spec.id} ({spec.solution_file}) earns "
                          f"{result.score:g}/{result.max_score:g} when graded as students are, so no student was "
                          f"graded. Fix the graders, the reference ({spec.reference}) or the solution first: "
                          f"{why[:2000] or 'no tests ran'}")


def cached_preflight(cache: Path) -> Preflight:
    """preflight_solution, skipped when it passed before under the same grader and solution (a
    stamp in `cache`, a folder)."""
    def run(spec: AssignmentSpec) -> None:
        solution = spec.solution_file
        solution_sha = hashlib.sha256(solution.read_bytes()).hexdigest() if solution.is_file() else ""
        key = f"{grader_identity(spec)} {solution_sha}"
        stamp = cache / f"{spec.id}.passed"
        if stamp.is_file() and stamp.read_text(encoding="utf-8") == key:
            return
        preflight_solution(spec)
        cache.mkdir(parents=True, exist_ok=True)
        stamp.write_text(key, encoding="utf-8")
    return run


class StudentNote(BaseModel):
    """A step after grading that failed or was cut short for one student; the others went on."""

    step: str  # "CSV", "results JSON", "similarity"
    student: str
    note: str


class ClassGrading(BaseModel):
    """What `autograder grade` leaves behind: the gradebook and the files written from it."""

    summary: BatchSummary
    results: list[SubmissionResult]
    gradebook: Path
    csv: Path
    results_dir: Path
    similarity_page: Path
    notes: list[StudentNote] = []


def grade_class(spec: AssignmentSpec, submissions: Path, out: Path, roster: dict[str, RosterEntry] | None = None,
                workers: int | None = None, regrade: bool = False, executor: Executor = local_pool,
                on_done: Callable[[SubmissionResult, int, int], None] | None = None,
                gradebook: Path | None = None, students: set[str] | None = None,
                preflight: bool = True, extensions: list[Extension] | None = None,
                names: str = "auto") -> ClassGrading:
    """Grade a folder of submissions into out/gradebook.sqlite (or `gradebook`), then write out/<id>.csv,
    one JSON per student (out/results/<id>/) and the TAs' similarity page (out/reports/<id>/).

    preflight: first grade the solution as a student (once per grader and solution: a stamp in
    out/preflight/); InstructorError unless it earns full marks."""
    book, csv, results_dir = gradebook or out / "gradebook.sqlite", out / f"{spec.id}.csv", out / "results" / spec.id
    notes: list[StudentNote] = []

    def noted(step: str, problems: dict[str, str]) -> None:
        notes.extend(StudentNote(step=step, student=s, note=why) for s, why in sorted(problems.items()))

    with Gradebook(book) as store:
        store.declare_manual_items(spec.id, spec.manual)  # before the CSV: manual items are columns of it
        summary = grade_batch(spec, submissions, store, workers=workers, regrade=regrade, roster=roster,
                              executor=executor, on_done=on_done, students=students, extensions=extensions,
                              preflight=cached_preflight(out / "preflight") if preflight else None, names=names)
        noted("CSV", write_assignment_csv(store, spec.id, csv))
        noted("results JSON", write_student_json(store, spec.id, results_dir, spec.hidden_revealed()))
        results = [e.result for e in store.stored_results(spec.id) if e.result is not None]
    similarity = write_class_similarity(spec, submissions, out / "reports" / spec.id)
    noted("similarity", similarity.notes)
    return ClassGrading(summary=summary, results=results, gradebook=book, csv=csv, results_dir=results_dir,
                        similarity_page=similarity.page, notes=notes)
