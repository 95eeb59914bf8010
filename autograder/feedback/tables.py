"""Tables from the gradebook: per-assignment CSV, LMS CSV, JSON per student."""
from __future__ import annotations

import csv
from pathlib import Path

from autograder.course.roster import RosterEntry
from autograder.gradebook.store import Gradebook


def write_assignment_csv(gradebook: Gradebook, assignment: str, path: Path) -> None:
    """One row per student's current attempt: raw score, late penalty, score, then points per test."""
    results = {r.student: r for r in gradebook.results(assignment)}
    rows = gradebook.current(assignment)
    test_ids: list[str] = []
    for r in results.values():
        for t in r.tests:
            if t.id not in test_ids:
                test_ids.append(t.id)
    with Path(path).open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["student", "assignment", "submission_file", "submitted_at", "raw_score", "late_days", "penalty",
                    "score", "max_score", "percent", "load_error", *test_ids])
        for row in rows:
            per_test = {t.id: t.points_earned for t in results[row.student].tests}
            percent = round(100 * row.score / row.max_score, 2) if row.max_score else 0.0
            w.writerow([row.student, row.assignment, row.submission_file, row.submitted_at or "", row.raw_score,
                        row.late_days, row.penalty, row.score, row.max_score, percent, row.load_error or "",
                        *[per_test.get(t, "") for t in test_ids]])


def write_lms_csv(gradebook: Gradebook, path: Path, roster: dict[str, RosterEntry] | None = None,
                  assignments: list[str] | None = None) -> None:
    """For LMS import: one row per student (every roster student, submitted or not), one column per
    assignment (score after late penalty) and one per test group (points)."""
    assignments = assignments or sorted({r.assignment for r in gradebook.current()})
    students = sorted(set(roster or {}) | {r.student for r in gradebook.current()})
    columns: list[tuple[str, str | None]] = []
    scores: dict[tuple[str, str], float] = {}
    groups: dict[str, dict[str, dict[str, float]]] = {}
    for a in assignments:
        columns.append((a, None))
        groups[a] = gradebook.group_points(a)
        names: list[str] = []
        for per_group in groups[a].values():
            names += [g for g in per_group if g not in names]
        columns += [(a, g) for g in names]
        for row in gradebook.current(a):
            scores[(row.student, a)] = row.score
    with Path(path).open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["student_id", "name", "email"] + [a if g is None else f"{a}: {g}" for a, g in columns])
        for s in students:
            entry = (roster or {}).get(s)
            cells = []
            for a, g in columns:
                if g is None:
                    cells.append(scores.get((s, a), 0.0))  # no submission: zero
                else:
                    cells.append(groups[a].get(s, {}).get(g, 0.0))
            w.writerow([s, entry.name if entry else "", entry.email if entry else ""] + cells)


def write_student_json(gradebook: Gradebook, assignment: str, out_dir: Path, reveal_hidden: bool = False) -> None:
    """One JSON per student, meant to be handed to that student: hidden tests redacted until the reveal
    (SubmissionResult.for_student); the gradebook keeps everything for the TAs."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for r in gradebook.results(assignment):
        (out_dir / f"{r.student}.json").write_text(r.for_student(reveal_hidden).model_dump_json(indent=1),
                                                   encoding="utf-8")
