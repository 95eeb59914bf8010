"""Copy detection on exams: an answer right for another student's paper (and not one's own) is flagged
with that student's id; pairs with many identical wrong answers too; honest answers (right, slips,
rounded, wrong in one's own way, blank) are not, in the sample class and in a class of 120."""
from __future__ import annotations

import csv
import random

import pytest

from autograder.cli.main import main
from autograder.exams.answers import Sheet, SheetsRead, match_sheets
from autograder.exams.bank import load_exam
from autograder.exams.copying import detect_copying
from autograder.exams.key import build_key
from autograder.exams.secret import read_secret
from tests.conftest import REPO

SAMPLE = REPO / "examples" / "exam"
EXAM = load_exam(SAMPLE / "midterm.yaml")


def written(answer) -> str:
    return answer if isinstance(answer, str) else "; ".join(f"{a:.6g}" for a in ([answer] if isinstance(answer, float)
                                                                                 else answer))


def test_the_sample_classs_copied_answers_are_flagged_and_the_honest_ones_are_not(tmp_path, capsys):
    code = main(["exam", "grade", str(SAMPLE / "midterm.yaml"), str(SAMPLE / "sample_answers.csv"), "--key",
                 str(SAMPLE / "answer_key.json"), "--secret-file", str(SAMPLE / "sample.secret"), "--demo",
                 "--proceed", "--out", str(tmp_path)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "copying suspected (staff only): dee: 10 answer(s) right for ada's paper" in printed
    rows = list(csv.DictReader((tmp_path / "copying.csv").open()))
    assert [(r["student"], r["other"], r["kind"]) for r in rows] == [("dee", "ada", "answer of another's paper")]
    assert (tmp_path / "copying.json").stat().st_mode & 0o077 == 0  # staff only
    page = (tmp_path / "reports" / "midterm_2026" / "index.html").read_text()
    assert "copying suspected" in page and "right for ada&#39;s paper" in page
    assert "copying" not in (tmp_path / "reports" / "midterm_2026" / "students" / "dee.html").read_text()


def sheets_for(key, answers: dict[str, dict[str, str]]):
    read = SheetsRead(sheets=[Sheet(written_id=s, answers=a, source=f"row {s}") for s, a in answers.items()],
                      columns=[q.id for q in key.questions])
    return match_sheets(read, list(key.students), [q.id for q in key.questions])


def test_an_honest_class_of_120_is_not_flagged_and_copiers_are():
    students = [f"s{i:03d}" for i in range(120)]
    key = build_key(EXAM, read_secret(SAMPLE / "sample.secret", demo=True), students)
    rng = random.Random(4)
    answers = {}
    for s in students:
        sheet = {}
        for v in key.students[s]:
            roll = rng.random()
            if isinstance(v.answer, str) or roll < 0.45:
                sheet[v.question] = written(v.answer)  # right (yes/no answers as they are)
            elif roll < 0.6 and v.slips:
                sheet[v.question] = written(v.slips[0].answer)  # their own declared slip
            elif roll < 0.75:
                sheet[v.question] = ""  # blank
            elif roll < 0.9:
                sheet[v.question] = written([a * rng.choice([1.5, 0.5, 2.0, -1.0]) for a in
                                            ([v.answer] if isinstance(v.answer, float) else v.answer)])  # wrong
            else:
                sheet[v.question] = written([round(a) + 1 for a in
                                            ([v.answer] if isinstance(v.answer, float) else v.answer)])  # off by one
        answers[s] = sheet
    honest = detect_copying(key, sheets_for(key, answers))
    assert honest.flags == [], [f.summary for f in honest.flags]
    # s007 copies s003's sheet; s050 and s051 share a sheet of their own wrong answers
    answers["s007"] = {v.question: written(v.answer) for v in key.students["s003"]}
    shared = {v.question: written([a * 3 for a in ([v.answer] if isinstance(v.answer, float) else v.answer)])
              for v in key.students["s050"] if not isinstance(v.answer, str)}
    answers["s050"], answers["s051"] = dict(shared), dict(shared)
    flags = detect_copying(key, sheets_for(key, answers)).flags
    found = {(f.student, f.other, f.kind) for f in flags}
    assert ("s007", "s003", "answer of another's paper") in found
    assert {("s050", "s051", "identical wrong answers"), ("s051", "s050", "identical wrong answers")} <= found
    assert {f.student for f in flags} == {"s007", "s050", "s051"}


def test_one_match_is_chance_two_with_the_same_student_are_not():
    key = build_key(EXAM, read_secret(SAMPLE / "sample.secret", demo=True), ["a", "b"])
    theirs = {v.question: v.answer for v in key.students["b"]}
    mine = {v.question: v.answer for v in key.students["a"]}
    if theirs["q3_params"] == mine["q3_params"] or theirs["q6_init"] == mine["q6_init"]:
        pytest.skip("the two papers share an answer")
    one = {"q3_params": written(theirs["q3_params"])}
    assert detect_copying(key, sheets_for(key, {"a": one})).flags == []  # honest methods land on other papers
    two = {**one, "q6_init": written(theirs["q6_init"])}
    flags = detect_copying(key, sheets_for(key, {"a": two})).flags
    assert [(f.student, f.other, f.questions) for f in flags] == [("a", "b", ["q3_params", "q6_init"])]


def test_the_review_app_flags_the_copier(tmp_path):
    pytest.importorskip("flask")
    import re

    from autograder.review.app import ReviewSettings, create_app

    assert main(["exam", "grade", str(SAMPLE / "midterm.yaml"), str(SAMPLE / "sample_answers.csv"), "--key",
                 str(SAMPLE / "answer_key.json"), "--secret-file", str(SAMPLE / "sample.secret"), "--demo",
                 "--proceed", "--out", str(tmp_path)]) == 0
    settings = ReviewSettings(gradebook=tmp_path / "gradebook.sqlite", author="ta")
    client = create_app(settings).test_client()
    client.get(f"/?token={settings.access.token}")
    text = client.get("/a/midterm_2026?flagged=1").get_data(as_text=True)
    assert re.findall(r'<tr data-student="([^"]*)"', text) == ["dee"] and "right for ada" in text
    page = client.get("/a/midterm_2026/s/dee").get_data(as_text=True)
    assert "Questions" in page and "q1_output_size" in page
