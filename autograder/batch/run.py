"""Grade a folder of submissions in parallel into the gradebook, then write what comes of it.

Submission -> task (file bytes, student id, submission time) -> a worker grades it in
its own sandboxed children -> the driver records the result in SQLite, one transaction
per submission. Workers are a local process pool or a Dask cluster; either way the
driver is the only writer. A broken submission costs only itself.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from autograder.batch.pool import Executor, local_pool
from autograder.course.assignment import AssignmentSpec
from autograder.course.roster import RosterEntry
from autograder.feedback.similarity import write_class_similarity
from autograder.feedback.tables import write_assignment_csv, write_student_json
from autograder.gradebook.store import Gradebook
from autograder.results import SubmissionResult
from autograder.submissions.folder import plan_batch
from autograder.version import __version__


class BatchSummary(BaseModel):
    assignment: str
    submissions: int
    graded_now: int
    skipped: int
    not_in_roster: list[str]
    missing: list[str]


def grade_batch(spec: AssignmentSpec, folder: Path, gradebook: Gradebook, workers: int | None = None,
                regrade: bool = False, roster: dict[str, RosterEntry] | None = None,
                executor: Executor = local_pool,
                on_done: Callable[[SubmissionResult, int, int], None] | None = None) -> BatchSummary:
    """Grade every submission in `folder` not yet in the gradebook (all of them with regrade)."""
    tasks, missing = plan_batch(folder, roster)
    todo = [t for t in tasks if regrade or not gradebook.has(t.student, spec.id, t.sha256, __version__)]
    done = len(tasks) - len(todo)
    workers = max(1, workers or os.cpu_count() or 1)
    if todo:
        for task, data in executor(spec, todo, workers):
            result = SubmissionResult.model_validate(data)
            gradebook.record(result, task.submitted_at, spec.deadline)
            done += 1
            if on_done:
                on_done(result, done, len(tasks))
    return BatchSummary(assignment=spec.id, submissions=len(tasks), graded_now=len(todo),
                        skipped=len(tasks) - len(todo), not_in_roster=[t.student for t in tasks if not t.in_roster],
                        missing=missing)


class ClassGrading(BaseModel):
    """What `autograder grade` leaves behind: the gradebook and the files written from it."""

    summary: BatchSummary
    results: list[SubmissionResult]
    gradebook: Path
    csv: Path
    results_dir: Path
    similarity_page: Path


def grade_class(spec: AssignmentSpec, submissions: Path, out: Path, roster: dict[str, RosterEntry] | None = None,
                workers: int | None = None, regrade: bool = False, executor: Executor = local_pool,
                on_done: Callable[[SubmissionResult, int, int], None] | None = None) -> ClassGrading:
    """Grade a folder of submissions into out/gradebook.sqlite, then write out/<id>.csv, the TAs'
    similarity page (out/reports/<id>/) and one JSON per student (out/results/<id>/)."""
    book, csv, results_dir = out / "gradebook.sqlite", out / f"{spec.id}.csv", out / "results" / spec.id
    with Gradebook(book) as gradebook:
        summary = grade_batch(spec, submissions, gradebook, workers=workers, regrade=regrade, roster=roster,
                              executor=executor, on_done=on_done)
        write_assignment_csv(gradebook, spec.id, csv)
        similarity_page = write_class_similarity(spec, submissions, out / "reports" / spec.id)
        write_student_json(gradebook, spec.id, results_dir)
        results = gradebook.results(spec.id)
    return ClassGrading(summary=summary, results=results, gradebook=book, csv=csv, results_dir=results_dir,
                        similarity_page=similarity_page)
