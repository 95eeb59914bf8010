"""Build report contexts from stored results and render them with Jinja2.

Students see, for every lost point, what went wrong and where; hidden tests show their status,
the kind of problem and a named mistake, but their values, the student's outputs, exception
messages and captured output only once the assignment says so (`reveal_hidden_after_deadline`
and the deadline passed): see SubmissionResult.for_student. Grader source and test inputs are
never stored, so they cannot appear.
"""
from __future__ import annotations

import datetime as dt
import math
import multiprocessing
import os
import statistics
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from autograder.course.assignment import AssignmentSpec
from autograder.course.notebook import notebook_sections
from autograder.feedback.reports import plots
from autograder.gradebook.staff import OVERALL_GROUP
from autograder.gradebook.store import Gradebook, GradebookRow, noted_for
from autograder.results import EXAM_SHEET_FILE, SubmissionResult
from autograder.submissions.folder import safe_file_stem

TEMPLATES = Path(__file__).parent / "templates"
STATUS_TEXT = {"passed": "passed", "partial": "partly passed", "failed": "failed", "error": "error",
               "timeout": "timed out", "crashed": "crashed", "not_loaded": "not loaded",
               "pending": "to be graded by the staff"}


@cache
def environment() -> Environment:
    """The templates' environment, made once per process (each new one compiled the templates again: 25 ms
    a page kind, once per batch of students)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html.j2"], default=False),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = lambda v: "" if v is None else f"{v:.6g}"
    env.globals["STATUS_TEXT"] = STATUS_TEXT
    return env


def student_context(result: SubmissionResult, row: GradebookRow | None, spec: AssignmentSpec,
                    now: dt.datetime) -> dict[str, Any]:
    reveal = spec.hidden_revealed(now)
    result = result.for_student(reveal)
    tests = []
    for t in result.tests:
        show_values = reveal or not t.hidden
        figures = [f for c in t.comparisons if show_values and not c.passed for f in plots.comparison_figures(c)]
        tests.append({"t": t, "show_values": show_values, "figures": figures,
                      "failing": [c for c in t.comparisons if not c.passed]})
    return {"r": result, "row": row, "spec": spec, "tests": tests, "reveal": reveal,
            "unit": _unit([result.submission_file]), "lost": [x for x in tests if x["t"].status != "passed"],
            "generated": now.isoformat(timespec="minutes"), "notebook": notebook_sections(result.notebook_cells)}


def class_context(results: list[SubmissionResult], rows: list[GradebookRow], spec: AssignmentSpec,
                  now: dt.datetime) -> dict[str, Any]:
    scores = [r.score for r in rows]
    max_score = max((r.max_score for r in rows), default=0.0)
    test_ids: list[str] = []
    for r in results:
        test_ids += [t.id for t in r.tests if t.id not in test_ids]
    full = {tid: sum(1 for r in results for t in r.tests if t.id == tid and t.status == "passed") for tid in test_ids}
    rates = [full[tid] / len(results) if results else 0.0 for tid in test_ids]
    mistakes: dict[str, dict[str, Any]] = {}
    for r in results:
        for t in r.tests:
            for m in t.mistakes:
                entry = mistakes.setdefault(m.id, {"message": m.message, "students": set()})
                entry["students"].add(r.student)
    frequent = sorted(mistakes.items(), key=lambda kv: (-len(kv[1]["students"]), kv[0]))
    diagnosed: dict[tuple[str, str], dict[str, Any]] = {}  # (test, relation) -> a message and the students
    for r in results:
        for t in r.tests:
            for d in t.diagnoses:
                entry = diagnosed.setdefault((t.id, d.relation), {"message": d.message, "students": set()})
                entry["students"].add(r.student)
    troubled = []
    for r in results:
        if r.load_error:
            troubled.append((r.student, "not loaded", r.load_error))
        for t in r.tests:
            if t.status in ("timeout", "crashed"):
                troubled.append((r.student, STATUS_TEXT[t.status], f"{t.id}: {t.message}"))
    durations = [r.duration_s for r in results]
    slow = 3 * statistics.median(durations) if len(durations) >= MIN_CLASS else math.inf
    groups = group_subtotals(results)
    return {
        "spec": spec, "rows": rows, "n": len(rows), "max_score": max_score,
        "mean": statistics.mean(scores) if scores else 0.0, "median": statistics.median(scores) if scores else 0.0,
        "histogram": plots.score_histogram(scores, max_score, spec.title) if scores else None,
        "pass_plot": plots.pass_rates(test_ids, rates) if test_ids else None,
        "tests": list(zip(test_ids, rates, [full[t] for t in test_ids])),
        "mistakes": [(mid, e["message"], sorted(e["students"])) for mid, e in frequent],
        "diagnosed": [(test, relation, e["message"], sorted(e["students"])) for (test, relation), e in
                      sorted(diagnosed.items(), key=lambda kv: (-len(kv[1]["students"]), kv[0]))],
        "troubled": troubled,
        "low_totals": low_totals(rows, max_score),
        "test_outliers": test_outliers(results, test_ids, rates),
        "slow": [(r.student, r.duration_s) for r in results if r.duration_s > slow and r.duration_s > 2],
        "median_duration": statistics.median(durations) if durations else 0.0,
        "limits": {"z": ROBUST_Z, "gap": MIN_GAP_SHARE, "most": MOST_PASS, "far": FAR_BELOW_SHARE},
        "groups": groups,
        "groups_plot": plots.group_distributions([(g["group"], g["possible"], g["values"]) for g in groups
                                                  if g["possible"]]) if groups else None,
        "generated": now.isoformat(timespec="minutes"),
        "similarity": None, "unit": _unit([r.submission_file for r in rows]),
    }


MIN_CLASS = 5  # students: a smaller class has no outliers (nothing to be far from)
MOST_PASS = 0.8  # a test most of the class passes: this share of the students or more with full points
FAR_BELOW_SHARE = 0.5  # ... on which a student is far from the rest below this share of its points
ROBUST_Z = 3.5  # a total far below the class: a robust z-score (median and MAD) below -ROBUST_Z ...
MIN_GAP_SHARE = 0.1  # ... and at least this share of the points below the median


def robust_z(values: list[float]) -> list[float | None]:
    """Each value's distance from the median in robust standard deviations (0.6745 (x - median) / MAD,
    Iglewicz and Hoaglin; 1.2533 times the mean absolute deviation stands in for a MAD of 0, as when most
    of a class has full marks); None for all when the values do not spread."""
    if not values:
        return []
    median = statistics.median(values)
    mad = statistics.median(abs(v - median) for v in values) / 0.6745
    spread = mad or 1.2533 * statistics.mean(abs(v - median) for v in values)
    return [(v - median) / spread if spread else None for v in values]


def low_totals(rows: list[GradebookRow], max_score: float) -> list[dict[str, Any]]:
    """Students whose total is far below the class's (ROBUST_Z, MIN_GAP_SHARE), the lowest first."""
    if len(rows) < MIN_CLASS:
        return []
    scores = [r.score for r in rows]
    median = statistics.median(scores)
    out = [{"student": r.student, "score": r.score, "z": z, "median": median}
           for r, z in zip(rows, robust_z(scores))
           if z is not None and z < -ROBUST_Z and median - r.score >= MIN_GAP_SHARE * max_score]
    return sorted(out, key=lambda o: (o["score"], o["student"]))


def test_outliers(results: list[SubmissionResult], test_ids: list[str], rates: list[float]) -> list[dict[str, Any]]:
    """Per test most of the class passes (MOST_PASS), the students far below the rest on it
    (FAR_BELOW_SHARE), the lowest first. Students whose file did not load are left out (they fail
    every test, and are listed among the troubles); tests the staff have not graded yet too."""
    if len(results) < MIN_CLASS:
        return []
    out = []
    for tid, rate in zip(test_ids, rates):
        if not MOST_PASS <= rate < 1:
            continue
        far = sorted(((t.points_earned, r.student, t.points_possible) for r in results if not r.load_error
                      for t in r.tests if t.id == tid and t.status != "pending"
                      and t.points_earned < FAR_BELOW_SHARE * t.points_possible))
        if far:
            out.append({"test": tid, "rate": rate, "students": [s for _, s, _ in far],
                        "points": {s: (earned, possible) for earned, s, possible in far}})
    return out


def group_subtotals(results: list[SubmissionResult]) -> list[dict[str, Any]]:
    """Per test group, in test order, when the assignment groups its tests (a test without a group is a
    group of its own, as in the LMS export's columns): its points, every student's points in it, their
    mean, median and quartiles and how many have all of it. Adjustments of the whole assignment by the
    staff are a row of their own (OVERALL_GROUP, no points of its own)."""
    if not any(t.group for r in results for t in r.tests):
        return []
    possible: dict[str, float] = {}
    per_student: list[Counter] = []
    for r in results:
        sums: Counter = Counter()
        group_possible: Counter = Counter()
        for t in r.tests:
            sums[t.group or t.id] += t.points_earned
            group_possible[t.group or t.id] += t.points_possible
        for g, p in group_possible.items():
            possible[g] = max(possible.get(g, 0.0), p)
        tests = {t.id for t in r.tests}
        overall = sum(a.applied if a.applied is not None else a.points for a in (r.review.adjustments if r.review
                      else []) if a.test is None or a.test not in tests)
        if overall:
            sums[OVERALL_GROUP] += overall
            possible.setdefault(OVERALL_GROUP, 0.0)
        per_student.append(sums)
    out = []
    for g, p in possible.items():
        values = [sums.get(g, 0.0) for sums in per_student]
        q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else values * 3
        out.append({"group": g, "possible": p, "values": values, "mean": statistics.mean(values), "median": median,
                    "q1": q1, "q3": q3, "full": sum(1 for v in values if p and v >= p - 1e-9)})
    return out


def _unit(files: list[str]) -> str:
    """What a graded part is called on the pages: an exam has questions, an assignment tests."""
    return "question" if files and all(f == EXAM_SHEET_FILE for f in files) else "test"


def write_reports(gradebook: Gradebook, spec: AssignmentSpec, out_dir: Path, now: dt.datetime | None = None,
                  problems: dict[str, str] | None = None,
                  also_troubled: list[tuple[str, str, str]] | None = None, workers: int | None = None) -> Path:
    """out_dir/<assignment>/index.html (class summary) and students/<safe_file_stem>.html and .md.

    One student's pages failing (an unreadable stored result, a template error) costs only those
    pages: the student and why go into `problems`, and the class page lists them without a link.
    `also_troubled` adds (who, what, detail) rows the gradebook does not hold to the class page's
    table of what went wrong (an exam's sheets and answers that could not be read). Students' pages
    are written by `workers` processes, this one included (default: one per core), when the class is
    large enough to repay starting them (PARALLEL_FROM students).
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    problems = problems if problems is not None else {}
    env = environment()
    target = out_dir / spec.id
    (target / "students").mkdir(parents=True, exist_ok=True)
    rows = gradebook.current(spec.id)
    by_student = {row.student: row for row in rows}
    todo: list[tuple[str, SubmissionResult, GradebookRow | None]] = []
    pool = _page_writers(len(rows), workers)
    try:
        for entry in gradebook.stored_results(spec.id):
            with noted_for(problems, entry.row.student):  # this student's pages only
                todo.append((entry.row.student, entry.require(), by_student.get(entry.row.student)))
        failed = _write_student_pages(todo, spec, target / "students", now, workers, pool)
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    problems.update(failed)
    results = [result for student, result, _ in todo if student not in failed]
    ctx = class_context(results, rows, spec, now)
    ctx["troubled"] += also_troubled or []
    ctx["page_of"] = {r.student: f"students/{safe_file_stem(r.student)}.html" for r in results}
    if (target / "similarity.html").is_file():
        ctx["similarity"] = "similarity.html"
    (target / "index.html").write_text(env.get_template("class.html.j2").render(**ctx), encoding="utf-8")
    return target


PARALLEL_FROM = 200  # students: fewer are written in this process alone (a worker takes about 1.5 s to start
#                      and import what drawing needs; a student's pages take about 7 ms)
BATCH = 25  # students handed out at a time: small enough that the processes finish together


def _page_writers(students: int, workers: int | None) -> ProcessPoolExecutor | None:
    """The processes that help this one write students' pages: one per core but this one's (`workers`
    in all, default one per core), none for a class below PARALLEL_FROM. They are started at once and
    import what they need while this process reads the gradebook."""
    workers = workers or len(os.sched_getaffinity(0))
    if workers <= 1 or students < PARALLEL_FROM:
        return None
    pool = ProcessPoolExecutor(max_workers=workers - 1, mp_context=multiprocessing.get_context("spawn"))
    for _ in range(workers - 1):
        pool.submit(_ready)
    return pool


def _ready() -> None:
    """A worker's first job: nothing (unpickling it imported this module, matplotlib and Jinja2)."""


def _write_student_pages(todo: list[tuple[str, SubmissionResult, GradebookRow | None]], spec: AssignmentSpec,
                         folder: Path, now: dt.datetime, workers: int | None,
                         pool: ProcessPoolExecutor | None = None) -> dict[str, str]:
    """Each student's HTML and Markdown pages; returns student -> why, for those whose pages failed.

    With helpers (`pool`, else `_page_writers`), the pages are cut into batches of BATCH students: the
    helpers take them from the end, this process from the front, skipping those a helper already took
    (a batch still queued is cancelled and written here), so all finish together. A helper gets the
    results as JSON text (pickling 1,000 pydantic models took longer than writing their pages). A
    helper that dies or cannot be started: its batches are written here."""
    own = pool is None
    pool = pool or _page_writers(len(todo), workers)
    if pool is None:
        return student_pages(spec, now, folder, todo)
    try:
        batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]
        futures = {i: pool.submit(student_pages_from_json, spec, now, folder,
                                  [(s, r.model_dump_json(warnings=False), row) for s, r, row in batches[i]])
                   for i in reversed(range(len(batches)))}
        failed: dict[str, str] = {}
        for i, batch in enumerate(batches):
            if futures[i].cancel():
                failed.update(student_pages(spec, now, folder, batch))
        for i, future in futures.items():
            if future.cancelled():
                continue
            try:
                failed.update(future.result())
            except Exception:  # noqa: BLE001 - a worker that died or could not be started: this process writes them
                failed.update(student_pages(spec, now, folder, batches[i]))
        return failed
    finally:
        if own:
            pool.shutdown(cancel_futures=True)


def student_pages_from_json(spec: AssignmentSpec, now: dt.datetime, folder: Path,
                            batch: list[tuple[str, str, GradebookRow | None]]) -> dict[str, str]:
    """student_pages for results sent as JSON text (in a worker); a result that does not read back costs
    only its student."""
    problems: dict[str, str] = {}
    todo = []
    for student, text, row in batch:
        with noted_for(problems, student):
            todo.append((student, SubmissionResult.model_validate_json(text), row))
    return problems | student_pages(spec, now, folder, todo)


def student_pages(spec: AssignmentSpec, now: dt.datetime, folder: Path,
                  batch: list[tuple[str, SubmissionResult, GradebookRow | None]]) -> dict[str, str]:
    """Write a batch of students' pages (in a worker, or here); returns student -> why, for those that failed."""
    env = environment()
    problems: dict[str, str] = {}
    for student, result, row in batch:
        with noted_for(problems, student):  # this student's pages only
            ctx = student_context(result, row, spec, now)
            for template, suffix in (("student.html.j2", ".html"), ("student.md.j2", ".md")):
                (folder / f"{safe_file_stem(student)}{suffix}").write_text(env.get_template(template).render(**ctx),
                                                                           encoding="utf-8")
    return problems
