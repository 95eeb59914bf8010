"""Copied exam answers: every student has their own numbers, so an answer that is right for another
student's paper, and not for one's own, says where it came from.

Two signs, both for the teaching staff only (copying.json and copying.csv beside the gradebook, the
exam's class page, `exam grade`'s output, the review app's flags), never a verdict:

- another's answer: a student's answer is within the question's tolerance of another student's
  answer (and not of their own answer or one of their declared slips). Flagged when it happens on
  MIN_MATCHES questions or more with the same other student. Once is not enough: a small whole number
  is shared by chance, and honest wrong methods land on other papers (twice the He std for fan-in n
  is the He std for fan-in n/4, someone else's question); in a simulated class of 120 with a third of
  the answers wrong, single matches are common and double ones with the same student do not happen.
- identical wrong answers: two students give the same wrong answer (the same numbers, not blank, not
  a yes/no) on MIN_IDENTICAL_WRONG questions or more.

Yes/no questions are left out (half the class shares any answer) and so are code questions.
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from autograder.exams.answers import ClassSheets
from autograder.exams.key import ExamKey
from autograder.exams.parse import read_numbers
from autograder.exams.variants import Variant

MIN_MATCHES = 2  # questions answered with the same other student's answers
MIN_IDENTICAL_WRONG = 3  # identical wrong answers of a pair
TOLERANCE_FLOOR = 1e-9  # the least relative slack when comparing with another paper's answer


class CopyFlag(BaseModel):
    """One student whose answers point at another student."""

    student: str
    other: str
    kind: Literal["answer of another's paper", "identical wrong answers"]
    questions: list[str]
    summary: str


class CopyReport(BaseModel):
    exam_id: str
    flags: list[CopyFlag] = Field(default_factory=list)

    def flagged(self) -> set[str]:
        return {f.student for f in self.flags}


def _numbers(given: Any, v: Variant, decimal: str) -> list[float] | None:
    """The numbers a numeric answer was read as; None for blank, unreadable, choice and code answers."""
    if v.answer_format not in ("number", "vector") or isinstance(v.answer, str):
        return None
    expected = [v.answer] if isinstance(v.answer, float) else list(v.answer)
    reading = read_numbers(given, len(expected), decimal, tuple(v.units))  # type: ignore[arg-type]
    if reading.blank or reading.problem or not reading.values:
        return None
    return reading.values


def _close(got: list[float], want: Any, rtol: float) -> bool:
    target = [float(want)] if isinstance(want, (int, float)) else [float(w) for w in want]
    return len(got) == len(target) and all(abs(g - t) <= rtol * max(abs(t), 1e-12) + 1e-12
                                           for g, t in zip(got, target))


def detect_copying(key: ExamKey, sheets: ClassSheets) -> CopyReport:
    """The copying flags of a graded class (see the module's docstring)."""
    read: dict[str, dict[str, list[float]]] = {}  # student -> question -> numbers answered
    for student, answers in sheets.answers.items():
        if student not in key.students:
            continue
        for v, q in zip(key.students[student], key.questions):
            values = _numbers(answers.get(q.id), v, key.decimal_separator)
            if values is not None:
                read.setdefault(student, {})[q.id] = values
    wrong: dict[str, dict[str, list[float]]] = defaultdict(dict)
    matches: dict[tuple[str, str], list[str]] = defaultdict(list)
    for student, answered in read.items():
        own = {v.question: v for v in key.students[student]}
        for q in key.questions:
            values = answered.get(q.id)
            if values is None:
                continue
            mine, tol = own[q.id], max(q.rtol, TOLERANCE_FLOOR)
            if _close(values, mine.answer, tol) or any(_close(values, s.answer, tol) for s in mine.slips):
                continue
            wrong[student][q.id] = values
            for other, paper in key.students.items():
                theirs = paper[[x.id for x in key.questions].index(q.id)]
                if other != student and not isinstance(theirs.answer, str) and _close(values, theirs.answer, tol):
                    matches[(student, other)].append(q.id)
    flags = []
    for (student, other), questions in sorted(matches.items()):
        if len(questions) >= MIN_MATCHES:
            flags.append(CopyFlag(student=student, other=other, kind="answer of another's paper", questions=questions,
                                  summary=f"{len(questions)} answer(s) right for {other}'s paper, not for their own: "
                                          f"{', '.join(questions)}"))
    students = sorted(wrong)
    for i, a in enumerate(students):
        for b in students[i + 1:]:
            same = [q for q in wrong[a] if q in wrong[b] and wrong[a][q] == wrong[b][q]]
            if len(same) >= MIN_IDENTICAL_WRONG:
                for me, them in ((a, b), (b, a)):
                    flags.append(CopyFlag(student=me, other=them, kind="identical wrong answers", questions=same,
                                          summary=f"{len(same)} identical wrong answers with {them}: {', '.join(same)}"))
    return CopyReport(exam_id=key.exam_id, flags=flags)


def write_copying(report: CopyReport, out: Path) -> tuple[Path, Path]:
    """out/copying.json (the review app reads it) and out/copying.csv; owner-only, like the key."""
    import os

    out.mkdir(parents=True, exist_ok=True)
    paths = out / "copying.json", out / "copying.csv"
    for path in paths:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.close(fd)
    paths[0].write_text(report.model_dump_json(indent=1), encoding="utf-8")
    with paths[1].open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["student", "other", "kind", "questions", "summary"])
        writer.writerows([x.student, x.other, x.kind, " ".join(x.questions), x.summary] for x in report.flags)
    return paths


def read_copying(out: Path) -> CopyReport | None:
    try:
        return CopyReport.model_validate(json.loads((out / "copying.json").read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None
