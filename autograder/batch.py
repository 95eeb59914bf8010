"""Grade a folder of submissions in parallel: one JSON result per submission and a CSV summary.

A broken submission costs only itself: any failure while grading one becomes that
submission's load_error, and results already written are never lost (each is written
atomically as soon as it is done; a re-run skips unchanged, already graded files).
"""
from __future__ import annotations

import csv
import json
import multiprocessing
import os
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import autograder
from autograder.assignment import AssignmentSpec, load_assignment
from autograder.models import SubmissionResult
from autograder.runner import _now, file_sha256, grade_submission
from autograder.sandbox.process import sandbox_info

SUBMISSION_SUFFIXES = {".py", ".zip", ".ipynb"}


def discover_submissions(folder: Path) -> dict[str, Path]:
    """student id -> file; the id is the file name without extension (the full name if two clash)."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    stems: dict[str, int] = {}
    for p in files:
        stems[p.stem] = stems.get(p.stem, 0) + 1
    return {(p.stem if stems[p.stem] == 1 else p.name): p for p in files}


def _grade_one(assignment_root: str, student: str, path: str) -> dict:
    """Runs in a worker process; never raises, so one submission cannot end the batch."""
    spec = load_assignment(Path(assignment_root))
    submission = Path(path)
    try:
        result = grade_submission(spec, submission, student=student)
    except Exception as e:  # noqa: BLE001 - turned into this submission's own error
        result = SubmissionResult(
            student=student, assignment=spec.id, submission_file=submission.name,
            sha256=file_sha256(submission), score=0.0, max_score=0.0,
            load_error=f"internal grader error while grading this submission: {type(e).__name__}: {e}",
            tests=[], duration_s=0.0, graded_at=_now(), grader_version=autograder.__version__)
        traceback.print_exc()
    return result.model_dump(mode="json")


def write_json_atomic(path: Path, data: dict) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def load_results(results_dir: Path) -> list[SubmissionResult]:
    out = []
    for f in sorted(results_dir.glob("*.json")):
        try:
            out.append(SubmissionResult.model_validate_json(f.read_text(encoding="utf-8")))
        except ValueError:
            continue  # a result file we cannot read is regraded, never trusted
    return out


def already_graded(results_dir: Path, student: str, path: Path) -> bool:
    f = results_dir / f"{student}.json"
    if not f.is_file():
        return False
    try:
        old = SubmissionResult.model_validate_json(f.read_text(encoding="utf-8"))
    except ValueError:
        return False
    return old.sha256 == file_sha256(path) and old.grader_version == autograder.__version__


def write_summary_csv(results: list[SubmissionResult], path: Path) -> None:
    """One row per student; per-test point columns in the graders' order."""
    test_ids: list[str] = []
    for r in results:
        for t in r.tests:
            if t.id not in test_ids:
                test_ids.append(t.id)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["student", "assignment", "submission_file", "score", "max_score", "percent", "load_error",
                    *test_ids])
        for r in sorted(results, key=lambda r: r.student):
            per_test = {t.id: t.points_earned for t in r.tests}
            max_score = r.max_score or sum(t.points_possible for t in r.tests)
            percent = round(100 * r.score / max_score, 2) if max_score else 0.0
            w.writerow([r.student, r.assignment, r.submission_file, r.score, r.max_score, percent,
                        r.load_error or "", *[per_test.get(t, "") for t in test_ids]])


def grade_folder(spec: AssignmentSpec, submissions: Path, out_dir: Path, workers: int | None = None,
                 regrade: bool = False, on_done: Callable[[SubmissionResult, int, int], None] | None = None
                 ) -> list[SubmissionResult]:
    """Grade every submission in `submissions` into out_dir/results/*.json and out_dir/summary.csv."""
    results_dir = out_dir / "results"
    results_dir.mkdir(parents=True, exist_ok=True)
    found = discover_submissions(submissions)
    todo = {s: p for s, p in found.items() if regrade or not already_graded(results_dir, s, p)}
    workers = max(1, workers or os.cpu_count() or 1)
    done = len(found) - len(todo)
    if todo:
        ctx = multiprocessing.get_context("spawn")  # a clean interpreter per worker, no inherited state
        with ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=ctx) as pool:
            futures = {pool.submit(_grade_one, str(spec.root), s, str(p)): s for s, p in todo.items()}
            for future in as_completed(futures):
                student = futures[future]
                try:
                    data = future.result()
                except Exception as e:  # noqa: BLE001 - a worker died: record it, go on
                    path = todo[student]
                    data = SubmissionResult(
                        student=student, assignment=spec.id, submission_file=path.name, sha256=file_sha256(path),
                        score=0.0, max_score=0.0, load_error=f"the grading worker died: {type(e).__name__}: {e}",
                        tests=[], duration_s=0.0, graded_at=_now(),
                        grader_version=autograder.__version__).model_dump(mode="json")
                write_json_atomic(results_dir / f"{student}.json", data)
                done += 1
                if on_done:
                    on_done(SubmissionResult.model_validate(data), done, len(found))
    results = [r for r in load_results(results_dir) if r.student in found]
    write_summary_csv(results, out_dir / "summary.csv")
    write_json_atomic(out_dir / "batch.json", {
        "assignment": spec.id, "submissions": len(found), "graded_now": len(todo), "finished_at": _now(),
        "sandbox": sandbox_info().model_dump(mode="json"), "grader_version": autograder.__version__})
    return results
