"""Grade a folder of submissions in parallel into the gradebook.

Submission -> task (file bytes, student id, submission time) -> a worker grades it in
its own sandboxed children -> the driver records the result in SQLite, one transaction
per submission. Workers are a local process pool or a Dask cluster; either way the
driver is the only writer. A broken submission costs only itself.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import multiprocessing
import os
import tempfile
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from pydantic import BaseModel

import autograder
from autograder.assignment import AssignmentSpec, load_assignment
from autograder.gradebook import Gradebook
from autograder.models import SubmissionResult
from autograder.runner import _now, grade_submission
from autograder.sandbox.gpu import gpu_ids

SUBMISSION_SUFFIXES = {".py", ".zip", ".ipynb"}


class RosterEntry(BaseModel):
    student_id: str
    name: str = ""
    email: str = ""
    file: str = ""
    submitted_at: dt.datetime | None = None


class SubmissionTask(BaseModel):
    student: str
    path: Path
    sha256: str
    submitted_at: dt.datetime | None = None
    in_roster: bool = True


class BatchSummary(BaseModel):
    assignment: str
    submissions: int
    graded_now: int
    skipped: int
    not_in_roster: list[str]
    missing: list[str]


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


def grade_task(assignment_root: str, student: str, filename: str, data: bytes) -> dict:
    """Runs on a worker (local or Dask): grade one submission given as bytes. Never raises."""
    spec = load_assignment(Path(assignment_root))
    with tempfile.TemporaryDirectory(prefix="ag-task-") as tmp:
        path = Path(tmp) / filename
        path.write_bytes(data)
        try:
            result = grade_submission(spec, path, student=student)
        except Exception as e:  # noqa: BLE001 - becomes this submission's own error
            traceback.print_exc()
            result = failed_result(spec, student, filename, hashlib.sha256(data).hexdigest(),
                                   f"internal grader error while grading this submission: {type(e).__name__}: {e}")
    return result.model_dump(mode="json")


def failed_result(spec: AssignmentSpec, student: str, filename: str, sha256: str, why: str) -> SubmissionResult:
    return SubmissionResult(student=student, assignment=spec.id, submission_file=filename, sha256=sha256, score=0.0,
                            max_score=0.0, load_error=why, tests=[], duration_s=0.0, graded_at=_now(),
                            grader_version=autograder.__version__)


def local_pool(spec: AssignmentSpec, tasks: list[SubmissionTask], workers: int) -> Iterator[tuple[SubmissionTask, dict]]:
    """Grade tasks on a pool of spawned worker processes (heavy imports done once per worker)."""
    ctx = multiprocessing.get_context("spawn")
    gpus = gpu_ids() if spec.limits.use_gpu else []
    if gpus:  # one grading worker per GPU: a training run has its GPU to itself, as its time budget assumes
        workers = min(workers, len(gpus))
    counter = ctx.Value("i", 0)
    with ProcessPoolExecutor(max_workers=min(workers, len(tasks)), mp_context=ctx, initializer=_assign_gpu,
                             initargs=(counter, gpus)) as pool:
        futures = {pool.submit(grade_task, str(spec.root), t.student, t.path.name, t.path.read_bytes()): t
                   for t in tasks}
        for future in as_completed(futures):
            task = futures[future]
            try:
                yield task, future.result()
            except Exception as e:  # noqa: BLE001 - a worker died: record it against this task, go on
                yield task, failed_result(spec, task.student, task.path.name, task.sha256,
                                          f"the grading worker died: {type(e).__name__}: {e}").model_dump(mode="json")


def _assign_gpu(counter: Any, gpus: list[str]) -> None:
    """Pool initializer: worker k hands the k-th GPU to the children it grades."""
    with counter.get_lock():
        index = counter.value
        counter.value += 1
    if gpus:
        os.environ["AUTOGRADER_GPU_INDEX"] = gpus[index % len(gpus)]


Executor = Callable[[AssignmentSpec, list[SubmissionTask], int], Iterable[tuple[SubmissionTask, dict]]]


def grade_batch(spec: AssignmentSpec, folder: Path, gradebook: Gradebook, workers: int | None = None,
                regrade: bool = False, roster: dict[str, RosterEntry] | None = None,
                executor: Executor = local_pool,
                on_done: Callable[[SubmissionResult, int, int], None] | None = None) -> BatchSummary:
    """Grade every submission in `folder` not yet in the gradebook (all of them with regrade)."""
    tasks, missing = plan_batch(folder, roster)
    todo = [t for t in tasks if regrade or not gradebook.has(t.student, spec.id, t.sha256, autograder.__version__)]
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
