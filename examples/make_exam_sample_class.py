"""Regenerate the bundled exam sample class: python examples/make_exam_sample_class.py

Writes examples/exam/answer_key.json (the record: six students' papers drawn from midterm.yaml with
the public demo secret in sample.secret) and examples/exam/sample_answers.csv, each student's
answers written the way expected_scores.json describes, then checks that grading gives those scores.
"""
from __future__ import annotations

import csv
import json

from autograder.course.assignment import REPO_ROOT
from autograder.exams.bank import load_exam
from autograder.exams.grading import grade_exam, read_class_sheets
from autograder.exams.key import build_key, write_key
from autograder.exams.secret import read_secret
from autograder.exams.variants import Variant, round_significant

HERE = REPO_ROOT / "examples" / "exam"
STUDENTS = ["ada", "ben", "cem", "dee", "eli", "fay"]


def written(value: float, digits: int = 6) -> str:
    return f"{round_significant(value, digits):g}"


def right(v: Variant, digits: int = 6) -> str:
    if isinstance(v.answer, str):
        return v.answer
    if isinstance(v.answer, float):
        return written(v.answer, digits)
    return "; ".join(written(a, digits) for a in v.answer)


def slipped(v: Variant) -> str:
    """cem: a declared slip of the kind wherever it has one (even where the question credits none)."""
    from autograder.exams.variants import KINDS

    if v.kind not in KINDS or not KINDS[v.kind].slips:
        return right(v)
    value = KINDS[v.kind].slip_answer(next(iter(KINDS[v.kind].slips)), v.params)
    assert value is not None, v.question
    return written(value) if isinstance(value, float) else "; ".join(written(a) for a in value)


def wrong(v: Variant) -> str:
    """fay: the other choice, a vector missing its last element, a number 50% off."""
    if isinstance(v.answer, str):
        return next(c for c in v.choices if c != v.answer)
    if isinstance(v.answer, float):
        return written(v.answer * 1.5)
    return "; ".join(written(a) for a in v.answer[:-1])


def main() -> None:
    exam = load_exam(HERE / "midterm.yaml")
    secret = read_secret(HERE / "sample.secret", demo=True)
    key = build_key(exam, secret, STUDENTS)
    write_key(key, HERE / "answer_key.json")
    (HERE / "answer_key.json").chmod(0o644)  # a public sample, unlike a real key
    papers = key.students
    rows = {
        "ada": [right(v) for v in papers["ada"]],
        "ben": ["" for _ in papers["ben"]],
        "cem": [slipped(v) for v in papers["cem"]],
        "dee": [right(v) for v in papers["ada"]],  # copied from ada
        "eli": [right(v, 3) for v in papers["eli"]],
        "fay": [wrong(v) for v in papers["fay"]],
    }
    header = ["student_id"] + [q.id for q in exam.questions]
    with (HERE / "sample_answers.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows([s] + answers for s, answers in rows.items())
    graded = {r.student: r.score for r in grade_exam(key, read_class_sheets(key, HERE / "sample_answers.csv"))}
    expected = {s: e["score"] for s, e in json.loads((HERE / "expected_scores.json").read_text()).items()
                if not s.startswith("_")}
    assert graded == expected, (graded, expected)
    print(f"sample class written: {graded}")


if __name__ == "__main__":
    main()
