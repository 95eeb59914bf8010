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

import os
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from autograder.batch.pool import Executor, local_pool
from autograder.course.assignment import AssignmentSpec
from autograder.course.roster import RosterEntry
from autograder.course.secret import course_secret
from autograder.feedback.similarity import write_class_similarity
from autograder.feedback.tables import write_assignment_csv, write_student_json
from autograder.gradebook.store import Gradebook, GradebookError
from autograder.grading.run import failed_result
from autograder.results import SubmissionResult
from autograder.submissions.folder import SubmissionTask, lookalike_ids, plan_batch
from autograder.version import __version__


class BatchSummary(BaseModel):
    assignment: str
    submissions: int
    graded_now: int
    skipped: int
    not_in_roster: list[str]
    missing: list[str]
    lookalike_ids: list[tuple[str, str]] = []  # ids (submitted or on the roster) that look alike on screen


def grade_batch(spec: AssignmentSpec, folder: Path, gradebook: Gradebook, workers: int | None = None,
                regrade: bool = False, roster: dict[str, RosterEntry] | None = None,
                executor: Executor = local_pool,
                on_done: Callable[[SubmissionResult, int, int], None] | None = None) -> BatchSummary:
    """Grade every submission in `folder` not yet in the gradebook (all of them with regrade)."""
    course_secret(spec.root.parent)  # the instructor's setup, checked (and made once) before any student is graded
    tasks, missing = plan_batch(folder, roster)
    unreadable = [t for t in tasks if t.unreadable]
    todo = [t for t in tasks if not t.unreadable
            and (regrade or not gradebook.has(t.student, spec.id, t.sha256, __version__))]
    done = len(tasks) - len(todo) - len(unreadable)
    workers = max(1, workers or os.cpu_count() or 1)
    finished = ((t, failed_result(spec, t.student, t.path.name, t.sha256, t.unreadable or "").model_dump(mode="json"))
                for t in unreadable)
    for source in (finished, executor(spec, todo, workers) if todo else ()):
        for task, data in source:
            result = _record(gradebook, spec, task, data)
            done += 1
            if on_done:
                on_done(result, done, len(tasks))
    graded_now = len(todo) + len(unreadable)
    return BatchSummary(assignment=spec.id, submissions=len(tasks), graded_now=graded_now,
                        skipped=len(tasks) - graded_now, not_in_roster=[t.student for t in tasks if not t.in_roster],
                        missing=missing, lookalike_ids=lookalike_ids({t.student for t in tasks} | set(roster or {})))


def _record(gradebook: Gradebook, spec: AssignmentSpec, task: SubmissionTask, data: dict) -> SubmissionResult:
    """Store a worker's result; one that cannot be stored is replaced by that submission's error."""
    try:
        result = SubmissionResult.model_validate(data)
        gradebook.record(result, task.submitted_at, spec.deadline)
    except GradebookError:
        raise
    except Exception as e:  # noqa: BLE001 - what this submission's result holds costs only this submission
        result = failed_result(spec, task.student, task.path.name, task.sha256,
                               f"the result of grading this submission could not be stored: {type(e).__name__}: "
                               f"{str(e)[:300]}")
        gradebook.record(result, task.submitted_at, spec.deadline)
    return result


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
                gradebook: Path | None = None) -> ClassGrading:
    """Grade a folder of submissions into out/gradebook.sqlite (or `gradebook`), then write out/<id>.csv,
    one JSON per student (out/results/<id>/) and the TAs' similarity page (out/reports/<id>/)."""
    book, csv, results_dir = gradebook or out / "gradebook.sqlite", out / f"{spec.id}.csv", out / "results" / spec.id
    notes: list[StudentNote] = []

    def noted(step: str, problems: dict[str, str]) -> None:
        notes.extend(StudentNote(step=step, student=s, note=why) for s, why in sorted(problems.items()))

    with Gradebook(book) as store:
        summary = grade_batch(spec, submissions, store, workers=workers, regrade=regrade, roster=roster,
                              executor=executor, on_done=on_done)
        noted("CSV", write_assignment_csv(store, spec.id, csv))
        noted("results JSON", write_student_json(store, spec.id, results_dir, spec.hidden_revealed()))
        results = [e.result for e in store.stored_results(spec.id) if e.result is not None]
    similarity = write_class_similarity(spec, submissions, out / "reports" / spec.id)
    noted("similarity", similarity.notes)
    return ClassGrading(summary=summary, results=results, gradebook=book, csv=csv, results_dir=results_dir,
                        similarity_page=similarity.page, notes=notes)
