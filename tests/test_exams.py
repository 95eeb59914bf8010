"""Exams: variants per student, reproducible and keyed to a secret; answers agree with torch; the sample
class grades to its expected scores against its stored key; notebooks and CSV sheets grade alike.
(The issue-27 cases live in tests/test_exam_*.py.)"""
import json
import re
import subprocess
import sys

import numpy as np
import pytest
import torch

from autograder.exams.answers import match_sheets
from autograder.exams.bank import Exam, ExamError, Question, load_exam
from autograder.exams.grading import grade_exam, read_class_sheets
from autograder.exams.key import build_key, load_key
from autograder.exams.papers import write_papers
from autograder.exams.variants import KINDS, paper
from tests.conftest import REPO

SAMPLE = REPO / "examples" / "exam"
BANK = SAMPLE / "midterm.yaml"
SECRET = (SAMPLE / "sample.secret").read_text().strip()
EXAM = load_exam(BANK)


def grade_sheets(key, sheets: dict[str, dict]) -> list:
    """Grade {student: {question: answer}} as if read from a sheet of the class."""
    from autograder.exams.answers import Sheet, SheetsRead
    read = SheetsRead(sheets=[Sheet(written_id=s, answers=a, source=s) for s, a in sheets.items()], columns=None)
    return grade_exam(key, match_sheets(read, list(key.students), [q.id for q in key.questions]))


def test_bank_uses_every_kind():
    """The sample midterm (the earlier lectures) and the lectures a7/a8 bank in tests/ use every kind between them."""
    later = load_exam(REPO / "tests" / "exam_a7_a8.yaml")
    assert {q.kind for q in EXAM.questions} | {q.kind for q in later.questions} == set(KINDS)


def test_variants_differ_between_students_and_repeat_on_regeneration():
    a, b = paper(EXAM, SECRET, "s001"), paper(EXAM, SECRET, "s002")
    assert [v.prompt for v in a] == [v.prompt for v in paper(EXAM, SECRET, "s001")]
    assert sum(x.prompt != y.prompt for x, y in zip(a, b)) >= len(a) - 2  # a yes/no question may repeat by chance
    others = [paper(EXAM, SECRET, f"s{i:03d}")[0].prompt for i in range(30)]
    assert len(set(others)) > 5


def test_variants_depend_on_the_secret():
    guessed = paper(EXAM, "someone-guessing-the-secret!", "s001")
    assert sum(x.prompt != y.prompt for x, y in zip(paper(EXAM, SECRET, "s001"), guessed)) >= len(guessed) - 2


def _numbers(text):
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text)]


@pytest.mark.parametrize("student", [f"s{i:03d}" for i in range(25)])
def test_answer_key_agrees_with_torch(student):
    """Re-derive answers from the printed question with torch, independently of reference/."""
    for v in paper(EXAM, SECRET, student):
        if v.kind == "conv_output_size":
            w, _, k, _, s, p = _numbers(v.prompt)[:6]
            out = torch.nn.functional.conv2d(torch.zeros(1, 1, int(w), int(w)), torch.zeros(1, 1, int(k), int(k)),
                                             stride=int(s), padding=int(p))
            assert v.answer == out.shape[-1]
        elif v.kind == "param_count_stack":
            channels, total = 3, 0
            for f, k in re.findall(r"(\d+) filters of (\d+)x", v.prompt):
                total += sum(p.numel() for p in torch.nn.Conv2d(channels, int(f), int(k)).parameters())
                channels = int(f)
            assert v.answer == total
        elif v.kind == "adam_step":
            nums = _numbers(v.prompt.split("learning rate")[1])
            lr, w, dw = nums[0], nums[1:3], nums[3:5]
            tw = torch.tensor(w, dtype=torch.float64, requires_grad=True)
            opt = torch.optim.Adam([tw], lr=lr)
            tw.grad = torch.tensor(dw, dtype=torch.float64)
            opt.step()
            np.testing.assert_allclose(v.answer, tw.detach().numpy(), rtol=1e-9)
        elif v.kind == "batchnorm_output":
            gamma, beta = _numbers(v.prompt.split("gamma =")[1])[:2]
            batch = _numbers(v.prompt.split("mini-batch")[1])[:4]
            t = torch.tensor(batch, dtype=torch.float64)
            out = gamma * (t - t.mean()) / t.var(unbiased=False).sqrt() + beta  # eps = 0, as the question says
            np.testing.assert_allclose(v.answer, out.numpy(), rtol=1e-9, atol=1e-12)


def test_sample_class_grades_to_the_expected_scores():
    expected = {k: v for k, v in json.loads((SAMPLE / "expected_scores.json").read_text()).items()
                if not k.startswith("_")}
    key = load_key(SAMPLE / "answer_key.json")
    results = {r.student: r for r in grade_exam(key, read_class_sheets(key, SAMPLE / "sample_answers.csv"))}
    assert {s: r.score for s, r in results.items()} == {s: e["score"] for s, e in expected.items()}
    cem = results["cem"]
    assert any(t.status == "partial" and "declared slip (forgot the + 1)" in t.message for t in cem.tests)


def test_the_sample_key_is_what_the_bank_and_demo_secret_draw():
    """The bundled key is reproducible here (else examples/make_exam_sample_class.py must be rerun)."""
    key = load_key(SAMPLE / "answer_key.json")
    again = build_key(EXAM, SECRET, list(key.students))
    assert again.students == key.students and again.secret_check == key.secret_check


def test_partial_credit_rules():
    exam = Exam(id="e", title="t", questions=[Question(id="q", kind="init_std", points=4, rtol=0.001,
                                                        slip_credit=0.25)])
    key = build_key(exam, SECRET, ["x"])
    v = key.students["x"][0]
    def score(answer):
        return grade_sheets(key, {"x": {"q": answer}})[0].score
    assert score(str(v.answer)) == 4 and score(str(v.answer * 1.0005)) == 4
    assert score(str(v.slips[0].answer)) == 1.0  # the declared slip: the variance for the std
    assert score(str(v.answer * 1.03)) == 0 and score(str(v.answer * 1.2)) == 0  # close is not a slip
    assert score("") == 0 and score("abc") == 0


def test_papers_and_notebook_answers(tmp_path):
    record = build_key(EXAM, SECRET, ["ada", "ben"])
    write_papers(record, tmp_path)
    key = {s: {v.question: v.answer for v in paper} for s, paper in record.students.items()}
    assert set(key) == {"ada", "ben"} and key["ada"] != key["ben"]
    for suffix in ("md", "html", "ipynb"):
        assert (tmp_path / "papers" / f"ada.{suffix}").is_file()
    html = (tmp_path / "papers" / "ada.html").read_text()
    assert "Question 1" in html and str(key["ada"]["q1_output_size"]) not in html.split("Question 1")[0]
    # ada answers in her notebook, the way a student would
    nb = json.loads((tmp_path / "papers" / "ada.ipynb").read_text())
    assert nb["nbformat"] == 4
    for cell in nb["cells"]:
        qid = cell["metadata"].get("exam_answer")
        if qid:
            answer = key["ada"][qid]
            cell["source"] = f"{qid} = {answer!r}" if isinstance(answer, (list, str)) else f"{qid} = {answer}"
    answered = tmp_path / "answered"
    answered.mkdir()
    (answered / "ada.ipynb").write_text(json.dumps(nb))
    results = grade_exam(record, read_class_sheets(record, answered))
    assert results[0].student == "ada" and results[0].score == results[0].max_score


def test_cli_grades_into_the_gradebook_and_reports(tmp_path):
    out = subprocess.run([sys.executable, "-m", "autograder.cli", "exam", "grade", str(BANK),
                          str(SAMPLE / "sample_answers.csv"), "--secret-file", str(SAMPLE / "sample.secret"),
                          "--key", str(SAMPLE / "answer_key.json"), "--demo", "--out", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "ada: 27 / 27" in out.stdout
    assert (tmp_path / "gradebook.sqlite").is_file()
    assert (tmp_path / "reports" / EXAM.id / "students" / "cem.html").is_file()


def test_short_secrets_are_refused(tmp_path):
    from autograder.exams.secret import read_secret
    (tmp_path / "s").write_text("short")
    with pytest.raises(ExamError, match="5 characters is too short"):
        read_secret(tmp_path / "s")


def test_unknown_kind_is_explained():
    exam = Exam(id="e", title="t", questions=[Question(id="q", kind="nope")])
    with pytest.raises(ExamError, match="unknown kind 'nope'"):
        paper(exam, SECRET, "x")




def test_code_questions_run_through_the_sandboxed_graders():
    exam = Exam(id="e", title="t", questions=[Question(
        id="code1", kind="code", points=6,
        options={"assignment": "a1_backprop", "tests": "affine_forward or affine_backward",
                 "prompt": "Write affine_forward and affine_backward."})])
    solution = (REPO / "examples" / "a1_sample_class" / "alice_correct.py").read_text()
    mistake = (REPO / "examples" / "a1_sample_class" / "mistake_db_not_summed.py").read_text()
    sheets = {"good": {"code1": solution}, "slip": {"code1": mistake}, "none": {"code1": ""},
              "evil": {"code1": "import os\nos._exit(0)\n"}}
    results = {r.student: r for r in grade_sheets(build_key(exam, SECRET, list(sheets)), sheets)}
    assert results["good"].score == 6
    assert 0 < results["slip"].score < 6 and results["slip"].tests[0].mistakes[0].id == "db_not_summed"
    assert results["none"].score == 0 and results["evil"].score == 0
    assert "exited with code 0" in results["evil"].tests[0].message
