"""Run a batch on Dask distributed: a LocalCluster, an existing scheduler, or a SLURM/PBS
cluster from dask-jobqueue (see docs/dask.md). Workers run the same grade_task as the
local pool, so student code still runs only in sandboxed children the workers start.
Assignments that need a GPU are sent only to workers that declare a GPU resource
(`dask worker --resources GPU=1`).
"""
from __future__ import annotations

import warnings
from collections.abc import Iterator

from autograder.batch.pool import grade_task, task_bytes
from autograder.course.assignment import AssignmentSpec
from autograder.grading.run import failed_result
from autograder.sandbox.confinement import remove_stale_tempdirs
from autograder.submissions.folder import SubmissionTask


def dask_executor(client):
    """An executor for grade_batch that submits each task to a dask.distributed Client."""
    from distributed import as_completed

    def run(spec: AssignmentSpec, tasks: list[SubmissionTask], workers: int) -> Iterator[tuple[SubmissionTask, dict]]:
        try:  # on every worker's machine: what a killed run left behind
            client.run(remove_stale_tempdirs)
        except Exception as e:  # noqa: BLE001 - a worker that cannot clean up still grades
            warnings.warn(f"stale temporary folders were not removed on the Dask workers: {e}", stacklevel=2)
        resources = {"GPU": 1} if spec.needs_gpu else None
        futures = {}
        for t in tasks:
            future = client.submit(grade_task, str(spec.root), t.student, t.path.name, task_bytes(t), t.sha256,
                                   key=f"grade-{spec.id}-{t.student}-{t.sha256[:12]}", pure=False,
                                   resources=resources, retries=1)
            futures[future] = t
        for future in as_completed(futures):
            task = futures[future]
            try:
                yield task, future.result()
            except Exception as e:  # noqa: BLE001 - a lost worker costs only this task
                yield task, failed_result(spec, task.student, task.path.name, task.sha256,
                                          f"the Dask task failed: {type(e).__name__}: {e}").model_dump(mode="json")

    return run


def local_cluster(workers: int):
    """A LocalCluster of process workers, one thread each (pytest runs one grader at a time). Its
    workers end with this process, SIGKILL included (distributed watches the parent; tested in
    tests/test_integrity_sandbox.py), and their sandboxes with them."""
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)
