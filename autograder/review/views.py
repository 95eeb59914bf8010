"""What the review app's pages show, computed from the gradebook: the class table (sorted, filtered),
per-test distributions and group subtotals, and one student's page (diagnostics, code, records).

Everything here is data; the templates escape it. Student ids travel in URLs as their safe file
stem (submissions.folder.safe_file_stem: no separators, unique), never as written.
"""
from __future__ import annotations

import ast
import json
import statistics
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from autograder.gradebook.store import Gradebook, GradebookRow
from autograder.results import MANUAL_GROUP, SubmissionResult
from autograder.submissions.folder import safe_file_stem

FLAG_SIMILARITY = 0.5  # a pair at least this similar (shared fingerprints / the smaller set) is flagged
MAX_CODE_BYTES = 400_000  # the most of a submission's code a page shows
SortKey = Literal["student", "score", "automatic", "staff", "late", "attempts", "similarity", "failing"]


class ClassRow(BaseModel):
    """One student's line in the class table."""

    student: str
    key: str  # the student's URL key (safe_file_stem)
    score: float
    max_score: float
    automatic: float
    staff: float
    late_minutes: float
    late: bool
    attempts: int
    load_error: str | None
    tests: dict[str, float] = Field(default_factory=dict)  # test -> points
    status: dict[str, str] = Field(default_factory=dict)  # test -> status
    groups: dict[str, float] = Field(default_factory=dict)  # group -> points
    mistakes: list[str] = Field(default_factory=list)
    similarity: float = 0.0  # the highest similarity with another student (0: none known)
    similar_to: str = ""
    flags: list[str] = Field(default_factory=list)  # what the staff should look at (similar code, copied answers)
    comments: int = 0
    adjustments: int = 0

    @property
    def failing(self) -> int:
        return sum(1 for s in self.status.values() if s not in ("passed", "pending"))


class Filters(BaseModel):
    """The class table's query: sort, order and filters (every one optional)."""

    sort: str = "student"  # a SortKey, "test:<id>" or "group:<name>"
    desc: bool = False
    q: str = ""  # part of the student id
    test: str = ""  # with status: that test's status; alone: students who lost points on it
    status: str = ""
    mistake: str = ""
    late: Literal["", "late", "on_time"] = ""
    flagged: bool = False
    below: float | None = None  # score below this


class Distribution(BaseModel):
    """A test's (or group's) points across the class: counts per bin, for a small bar chart."""

    name: str
    possible: float
    counts: list[int]
    labels: list[str]
    mean: float
    passed: int = 0
    statuses: dict[str, int] = Field(default_factory=dict)


def similarity_of(out: Path, assignment: str) -> dict[str, tuple[float, str]]:
    """student -> (highest similarity, the other student) from the similarity report's JSON."""
    path = out / "reports" / assignment / "similarity.json"
    try:
        pairs = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    best: dict[str, tuple[float, str]] = {}
    for p in pairs if isinstance(pairs, list) else []:
        try:
            a, b, sim = str(p["a"]), str(p["b"]), float(p["similarity"])
        except (KeyError, TypeError, ValueError):
            continue
        for me, other in ((a, b), (b, a)):
            if sim > best.get(me, (0.0, ""))[0]:
                best[me] = (sim, other)
    return best


def copying_of(out: Path, assignment: str) -> dict[str, list[str]]:
    """student -> the exam copying flags about them (exams/copying.py writes copying.json beside the
    gradebook)."""
    path = out / "copying.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("exam_id") != assignment:
        return {}
    flags: dict[str, list[str]] = {}
    for f in data.get("flags", []):
        if isinstance(f, dict) and "student" in f:
            flags.setdefault(str(f["student"]), []).append(str(f.get("summary", "")))
    return flags


def class_rows(gradebook: Gradebook, assignment: str) -> tuple[list[ClassRow], list[SubmissionResult]]:
    out = gradebook.path.parent
    similar, copied = similarity_of(out, assignment), copying_of(out, assignment)
    rows, results = [], []
    by_student: dict[str, GradebookRow] = {r.student: r for r in gradebook.current(assignment)}
    for entry in gradebook.stored_results(assignment):
        row, result = entry.row, entry.result
        row = by_student.get(row.student, row)
        sim, other = similar.get(row.student, (0.0, ""))
        flags = [f"similar code: {100 * sim:.0f}% with {other}"] if sim >= FLAG_SIMILARITY else []
        flags += copied.get(row.student, [])
        line = ClassRow(student=row.student, key=safe_file_stem(row.student), score=row.score,
                        max_score=row.max_score, automatic=row.automatic_score if row.automatic_score is not None
                        else row.score, staff=row.staff_points, late_minutes=row.late_minutes,
                        late=bool(row.lateness and row.lateness.late), attempts=row.attempts,
                        load_error=row.load_error or entry.problem, similarity=sim, similar_to=other, flags=flags)
        if result is not None:
            results.append(result)
            for t in result.tests:
                line.tests[t.id] = t.points_earned
                line.status[t.id] = t.status
                group = t.group or t.id
                line.groups[group] = round(line.groups.get(group, 0.0) + t.points_earned, 6)
                line.mistakes += [m.id for m in t.mistakes if m.id not in line.mistakes]
            if result.review:
                line.comments, line.adjustments = len(result.review.comments), len(result.review.adjustments)
        rows.append(line)
    return rows, results


def filtered(rows: list[ClassRow], f: Filters) -> list[ClassRow]:
    kept = []
    for r in rows:
        if f.q and f.q.casefold() not in r.student.casefold():
            continue
        if f.test and f.status and r.status.get(f.test) != f.status:
            continue
        if f.test and not f.status and r.status.get(f.test) in (None, "passed"):
            continue
        if f.status and not f.test and f.status not in r.status.values():
            continue
        if f.mistake and f.mistake not in r.mistakes:
            continue
        if f.late == "late" and not r.late or f.late == "on_time" and r.late:
            continue
        if f.flagged and not r.flags:
            continue
        if f.below is not None and r.score >= f.below:
            continue
        kept.append(r)
    return sorted(kept, key=lambda r: _sort_key(r, f.sort), reverse=f.desc)


def _sort_key(r: ClassRow, sort: str) -> tuple:
    if sort.startswith("test:"):
        return (r.tests.get(sort[5:], -1.0), r.student)
    if sort.startswith("group:"):
        return (r.groups.get(sort[6:], -1.0), r.student)
    value = {"score": r.score, "automatic": r.automatic, "staff": r.staff, "late": r.late_minutes,
             "attempts": r.attempts, "similarity": r.similarity, "failing": r.failing}.get(sort)
    return (value, r.student) if value is not None else (r.student.casefold(), r.student)


def distributions(results: list[SubmissionResult], bins: int = 5) -> list[Distribution]:
    """Per test, then per group (subtotals), the class's points in `bins` bins from 0 to the maximum."""
    tests: dict[str, tuple[float, list[float], dict[str, int]]] = {}
    group_values: dict[str, list[float]] = {}
    group_possible: dict[str, float] = {}
    for r in results:
        earned: dict[str, float] = {}
        possible: dict[str, float] = {}
        for t in r.tests:
            _, values, statuses = tests.setdefault(t.id, (t.points_possible, [], {}))
            values.append(t.points_earned)
            statuses[t.status] = statuses.get(t.status, 0) + 1
            group = t.group or t.id
            earned[group] = earned.get(group, 0.0) + t.points_earned
            possible[group] = possible.get(group, 0.0) + t.points_possible
        for g, v in earned.items():
            group_values.setdefault(g, []).append(v)
            group_possible[g] = max(group_possible.get(g, 0.0), possible[g])
    out = [_distribution(f"test {tid}", most, values, bins, statuses)
           for tid, (most, values, statuses) in tests.items()]
    if len(group_values) < len(tests):  # groups say something beyond the tests
        out += [_distribution(f"group {g} (subtotal)", group_possible[g], values, bins, {})
                for g, values in group_values.items()]
    return out


def _distribution(name: str, possible: float, values: list[float], bins: int,
                  statuses: dict[str, int]) -> Distribution:
    counts = [0] * bins
    for v in values:
        index = bins - 1 if possible <= 0 else min(bins - 1, max(0, int(bins * v / possible - 1e-9)))
        counts[index] += 1
    step = possible / bins if possible > 0 else 0
    labels = [f"{step * i:.3g}–{step * (i + 1):.3g}" for i in range(bins)]
    return Distribution(name=name, possible=possible, counts=counts, labels=labels,
                        mean=statistics.mean(values) if values else 0.0,
                        passed=statuses.get("passed", 0), statuses=statuses)


class CodeLine(BaseModel):
    number: int
    text: str
    failing: str = ""  # the graded function this line belongs to, when it lost points


class CodeView(BaseModel):
    file: str
    lines: list[CodeLine] = Field(default_factory=list)
    failing: list[str] = Field(default_factory=list)
    note: str = ""


def failing_functions(result: SubmissionResult, functions: list[str],
                      mistake_functions: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """The graded functions behind the tests that lost points: those of a named mistake (the catalogue
    says which functions it changes), those the test's text names, and those the test is named after
    (test_mse -> mse_loss, test_two_layer_mlp_gradient_check -> two_layer_mlp_loss)."""
    lost = [t for t in result.tests if t.status not in ("passed", "pending") and t.group != MANUAL_GROUP]
    found: set[str] = set()
    for t in lost:
        for m in t.mistakes:
            found.update((mistake_functions or {}).get(m.id, ()))
        words = " ".join([t.name, t.description, t.message])
        found.update(f for f in functions if f and (f in words or _named_after(t.id, f)))
    return [f for f in functions if f in found]


def _named_after(test_id: str, function: str) -> bool:
    name = test_id.removeprefix("test_")
    a, b = name.split("_"), function.split("_")
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= min(2, len(a), len(b)) and common > 0 or (len(name) >= 4 and name in function)


def code_view(result: SubmissionResult, code: str | None, functions: list[str], note: str = "",
              mistake_functions: dict[str, tuple[str, ...]] | None = None) -> CodeView:
    """The submitted code, each line marked with the failing graded function it belongs to."""
    view = CodeView(file=result.submission_file, note=note)
    if code is None:
        return view
    if len(code) > MAX_CODE_BYTES:
        code, view.note = code[:MAX_CODE_BYTES], f"only the first {MAX_CODE_BYTES // 1000} kB are shown"
    failing = failing_functions(result, functions or _defined(code), mistake_functions)
    view.failing = failing
    spans: dict[int, str] = {}
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        tree = None
    for node in ast.walk(tree) if tree is not None else ():
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name in failing:
            start = min([node.lineno] + [d.lineno for d in node.decorator_list])
            for n in range(start, (node.end_lineno or node.lineno) + 1):
                spans.setdefault(n, node.name)
    view.lines = [CodeLine(number=n, text=text, failing=spans.get(n, ""))
                  for n, text in enumerate(code.splitlines(), start=1)]
    return view


def _defined(code: str) -> list[str]:
    try:
        return [n.name for n in ast.parse(code).body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []


def submitted_code(source_folder: str | None, result: SubmissionResult, module: str,
                   functions: list[str]) -> tuple[str | None, str]:
    """(the code of the student's graded file, a note when it cannot be shown), read as grading reads it."""
    from autograder.submissions.files import SubmissionError, read_submission

    if not source_folder:
        return None, "where the submissions were graded from is not known (graded before this version?)"
    path = Path(source_folder) / result.submission_file
    if not path.is_file():
        return None, f"{result.submission_file} is no longer in {source_folder}"
    try:
        files = read_submission(path, module, functions)
    except SubmissionError as e:
        return None, f"cannot be shown: {e}"
    data = files.get(module) or b"\n".join(files[n] for n in sorted(files))
    return data.decode("utf-8", "replace"), ""


def mistake_functions(mistakes_file: Path) -> dict[str, tuple[str, ...]]:
    """mistake id -> the functions it changes, from the assignment's catalogue (instructor code); {} when
    there is none or it cannot be loaded."""
    from autograder.course.mistakes import load_catalog

    if not mistakes_file.is_file():
        return {}
    try:
        return {m.id: tuple(m.functions) for m in load_catalog(mistakes_file)}
    except Exception:  # noqa: BLE001 - highlighting is a help; the page shows without it
        return {}


def query_string(f: Filters, **changes: Any) -> str:
    """The class page's query for these filters with `changes` (for sort links)."""
    from urllib.parse import urlencode

    data = f.model_dump()
    data.update(changes)
    pairs = {k: ("1" if v is True else v) for k, v in data.items() if v not in ("", None, False)}
    return urlencode(pairs)
