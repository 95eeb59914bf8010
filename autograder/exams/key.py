"""The answer key is the record: `exam generate` stores every student's variant with its answer, its
declared slips and the tolerance the paper states; `exam grade` grades against it and nothing else.

Drawing the variants again at grading could drift (a NumPy upgrade changes a generator's stream, a
bank edited after the papers went out): the key makes that harmless, and grading checks that the
secret and the exam id given reproduce the key, refusing rather than grading an all-correct class 0.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ValidationError

from autograder.exams.bank import Exam, ExamError, Question
from autograder.exams.parse import DecimalSeparator
from autograder.exams.secret import secret_check
from autograder.exams.variants import Variant, class_papers, same_numbers
from autograder.version import __version__

KEY_FORMAT = "nn-autograder exam key 1"


class ExamKey(BaseModel):
    """Every student's paper as generated (instructor only: it holds the answers)."""

    format: str = KEY_FORMAT
    exam_id: str
    title: str
    instructions: str
    decimal_separator: DecimalSeparator
    bank_sha256: str  # Exam.digest() of the bank the papers were generated from
    secret_check: str  # tells whether a secret reproduces the key (see secret.secret_check)
    questions: list[Question]
    students: dict[str, list[Variant]]  # in roster order, as drawn
    generated_at: str
    grader_version: str
    numpy_version: str

    def exam(self) -> Exam:
        return Exam(id=self.exam_id, title=self.title, instructions=self.instructions,
                    decimal_separator=self.decimal_separator, questions=self.questions)


def build_key(exam: Exam, secret: str, students: list[str], earlier: ExamKey | None = None) -> ExamKey:
    """The key of a class; students already in `earlier` keep their papers as they were handed out."""
    papers = class_papers(exam, secret, students, earlier.students if earlier else None)
    return ExamKey(exam_id=exam.id, title=exam.title, instructions=exam.instructions,
                   decimal_separator=exam.decimal_separator, bank_sha256=exam.digest(),
                   secret_check=secret_check(secret, exam.id), questions=exam.questions, students=papers,
                   generated_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                   grader_version=__version__, numpy_version=np.__version__)


def write_key(key: ExamKey, path: Path) -> None:
    """Atomically, readable by its owner only (it holds every answer)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(key.model_dump_json(indent=1))
    os.replace(tmp, path)


def load_key(path: Path) -> ExamKey:
    path = Path(path)
    if not path.is_file():
        raise ExamError(f"no answer key at {path}: grade with the key `exam generate` wrote (--key), or generate "
                        "the papers first")
    try:
        key = ExamKey.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValidationError) as e:
        raise ExamError(f"{path} is not an answer key written by `exam generate` "
                        f"({' '.join(str(e).split())[:200]})") from None
    if key.format != KEY_FORMAT:
        raise ExamError(f"{path}: answer key format {key.format!r}; this version reads {KEY_FORMAT!r}")
    return key


def check_key(key: ExamKey, exam: Exam, secret: str) -> None:
    """ExamError unless the bank, exam id and secret given are the ones the key was generated with."""
    if key.exam_id != exam.id:
        raise ExamError(f"the answer key is for exam {key.exam_id!r}, the bank is exam {exam.id!r}: grade with the "
                        "bank and key of the same exam")
    if secret_check(secret, key.exam_id) != key.secret_check:
        raise ExamError(f"the secret given does not reproduce the answer key of {key.exam_id!r}: it is not the "
                        "secret the papers were generated with")
    if key.bank_sha256 != exam.digest():
        raise ExamError(f"the question bank changed since the papers were generated ({bank_changes(key, exam)}); "
                        "use the bank as it was, or generate new papers into another --out")


def bank_changes(key: ExamKey, exam: Exam) -> str:
    before = {q.id: q for q in key.questions}
    after = {q.id: q for q in exam.questions}
    changes = [f"{qid} added" for qid in after if qid not in before]
    changes += [f"{qid} removed" for qid in before if qid not in after]
    for qid in before.keys() & after.keys():
        old, new = before[qid].model_dump(), after[qid].model_dump()
        changes += [f"{qid}.{field} {old[field]!r} -> {new[field]!r}" for field in old if old[field] != new[field]]
    if not changes:
        old_exam, new_exam = key.exam().model_dump(exclude={"questions"}), exam.model_dump(exclude={"questions"})
        changes = [f"{f} changed" for f in old_exam if old_exam[f] != new_exam[f]] or ["question order"]
    return "; ".join(sorted(changes)[:6])


def drifted(key: ExamKey, secret: str) -> list[str]:
    """Students whose papers would come out differently if drawn today (another NumPy, another
    version of a kind): harmless, since grading reads the key, but worth saying."""
    today = class_papers(key.exam(), secret, list(key.students))
    return [s for s, paper in key.students.items()
            if any(a.prompt != b.prompt or (isinstance(a.answer, str) and a.answer != b.answer) or
                   (not isinstance(a.answer, str) and not same_numbers(a.answer, b.answer))
                   for a, b in zip(paper, today[s]))]
