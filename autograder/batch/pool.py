"""A local pool of grading workers: spawned processes that each grade one submission at a time in
their own sandboxed children (heavy imports, the warm worker and the graders' pytest collection once per
process: grading/run.py GraderRunner), one GPU each when the assignment uses one."""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Any

from autograder.course.assignment import AssignmentSpec, load_assignment
from autograder.feedback.console import inert_text
from autograder.grading.run import INTERNAL_ERROR, failed_result, grade_submission
from autograder.sandbox.confinement import (
    die_with_parent,
    owned_prefix,
    remove_stale_tempdirs,
)
from autograder.sandbox.gpu import gpu_ids
from autograder.submissions.files import MAX_SUBMISSION_BYTES
from autograder.submissions.folder import SubmissionTask

# How a batch's submissions are graded: tasks in, (task, result as JSON-ready dict) out, in any order.
Executor = Callable[[AssignmentSpec, list[SubmissionTask], int], Iterable[tuple[SubmissionTask, dict]]]


def task_bytes(task: SubmissionTask) -> bytes:
    """What a worker is handed of a submission: at most one byte more than a submission may hold, so a
    huge file costs the driver no memory and the worker still says that it is too large."""
    with task.path.open("rb") as f:
        return f.read(MAX_SUBMISSION_BYTES + 1)


def grade_task(assignment_root: str, student: str, filename: str, data: bytes, sha256: str = "") -> dict:
    """Runs on a worker (local or Dask): grade one submission given as bytes. Never raises.

    sha256: the whole file's hash as the driver computed it (data may be cut at the size limit).
    """
    spec = load_assignment(Path(assignment_root))
    with tempfile.TemporaryDirectory(prefix=owned_prefix("task")) as tmp:
        path = Path(tmp) / filename
        path.write_bytes(data)
        try:
            result = grade_submission(spec, path, student=student, reuse_graders=True)  # graders collected once
        except Exception as e:  # noqa: BLE001 - becomes this submission's own error
            sys.stderr.write(inert_text(traceback.format_exc()))  # its text may be the student's: made inert
            result = failed_result(spec, student, filename, hashlib.sha256(data).hexdigest(),
                                   f"{INTERNAL_ERROR}: {type(e).__name__}: {e}")
    if sha256:
        result.sha256 = sha256
    return result.model_dump(mode="json")


def local_pool(spec: AssignmentSpec, tasks: list[SubmissionTask], workers: int) -> Iterator[tuple[SubmissionTask, dict]]:
    """Grade tasks on a pool of spawned worker processes (heavy imports done once per worker).

    Every process the pool starts dies with this one, even when it is killed with SIGKILL: each
    worker has the parent-death signal, its sandboxes bwrap's --die-with-parent, and the
    multiprocessing resource tracker exits when the last of them has closed its pipe. Call this
    from the thread that lives as long as the pool (the signal follows the thread that started
    the worker).
    """
    remove_stale_tempdirs()  # what a killed run left behind
    ctx = multiprocessing.get_context("spawn")
    gpus = gpu_ids() if spec.limits.use_gpu else []
    if gpus:  # one grading worker per GPU: a training run has its GPU to itself, as its time budget assumes
        workers = min(workers, len(gpus))
    counter = ctx.Value("i", 0)
    with ProcessPoolExecutor(max_workers=min(workers, len(tasks)), mp_context=ctx, initializer=_init_worker,
                             initargs=(os.getpid(), counter, gpus)) as pool:
        futures = {pool.submit(grade_task, str(spec.root), t.student, t.path.name, task_bytes(t), t.sha256): t
                   for t in tasks}
        try:
            for future in as_completed(futures):
                task = futures[future]
                try:
                    yield task, future.result()
                except Exception as e:  # noqa: BLE001 - a worker died: not the student's doing, so not recorded
                    yield task, failed_result(spec, task.student, task.path.name, task.sha256,
                                              f"{INTERNAL_ERROR}: the grading worker died: {type(e).__name__}: "
                                              f"{e}").model_dump(mode="json")
        except BaseException:  # Ctrl-C, or the driver stopped reading: stop now, not when the running tasks end
            _stop_now(pool)
            raise


def _stop_now(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and kill the workers (their sandboxed children die with them)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()


def _init_worker(driver: int, counter: Any, gpus: list[str]) -> None:
    """Pool initializer: die with the driver (SIGKILL included), then take a GPU."""
    die_with_parent(driver)
    if counter is not None:
        _assign_gpu(counter, gpus)


def _assign_gpu(counter: Any, gpus: list[str]) -> None:
    """Worker k hands the k-th GPU to the children it grades."""
    with counter.get_lock():
        index = counter.value
        counter.value += 1
    if gpus:
        os.environ["AUTOGRADER_GPU_INDEX"] = gpus[index % len(gpus)]
