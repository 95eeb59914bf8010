"""Printable exam papers: styled HTML with a name box, the student id and an answer box per question;
`exam generate --pdf` prints one valid PDF per student through headless Chromium (checked by rendering
its first page); feedback shows expected answers to the digits the question asks for."""
from __future__ import annotations

import json
import shutil

import pytest

from autograder.cli.main import main
from autograder.exams.bank import load_exam
from autograder.exams.grading import grade_answer
from autograder.exams.key import build_key
from autograder.exams.papers import write_papers
from autograder.exams.secret import read_secret
from autograder.exams.variants import Variant
from autograder.submissions.folder import safe_file_stem
from tests.conftest import REPO

SAMPLE = REPO / "examples" / "exam"
ROSTER = ["ada", "ben", "cem", "dee", "eli", "fay"]
EXAM = load_exam(SAMPLE / "midterm.yaml")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_a_paper_has_a_name_box_the_id_and_an_answer_box_per_question(tmp_path):
    hostile = '<b onmouseover="x()">s9</b>'
    key = build_key(EXAM, read_secret(SAMPLE / "sample.secret", demo=True), ["ada", hostile])
    papers = write_papers(key, tmp_path)
    page = (papers / "ada.html").read_text()
    assert '<span>Name</span>' in page and "<span>Student ID</span><strong>ada</strong>" in page
    assert page.count('class="q"') == len(EXAM.questions) == page.count('class="answer')
    assert "@page { size: A4" in page and "break-inside: avoid" in page
    assert '<span class="box"></span>yes<span class="box"></span>no' in page  # the yes/no question: tick boxes
    odd = (papers / f"{safe_file_stem(hostile)}.html").read_text()
    assert hostile not in odd and "&lt;b onmouseover=&quot;x()&quot;&gt;s9&lt;/b&gt;" in odd


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package `chromium`; .ci/run installs it)")
def test_exam_generate_pdf_writes_a_valid_pdf_per_student(tmp_path):
    pdfium = pytest.importorskip("pypdfium2")
    code = main(["exam", "generate", str(SAMPLE / "midterm.yaml"), "--students", ",".join(ROSTER), "--secret-file",
                 str(SAMPLE / "sample.secret"), "--demo", "--out", str(tmp_path), "--pdf"])
    assert code == 0
    key = json.loads((tmp_path / "answer_key.json").read_text())
    for student in ROSTER:
        pdf = pdfium.PdfDocument(tmp_path / "papers" / f"{student}.pdf")
        assert 1 <= len(pdf) <= 8
        first = pdf[0]
        width, height = first.get_size()
        assert abs(width - 595) < 3 and abs(height - 842) < 3  # A4 in points
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        assert student in text and "Question 1" in text and f"Question {len(EXAM.questions)}" in text
        assert key["students"][student][0]["prompt"][:40] in " ".join(text.split())
        image = first.render(scale=1).to_pil().convert("L")
        ink = sum(image.histogram()[:128]) / (image.width * image.height)
        assert 0.005 < ink < 0.3, f"{student}: page 1 is {'blank' if ink <= 0.005 else 'mostly black'}"
        pdf.close()


def test_exam_generate_pdf_without_chromium_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("autograder.exams.papers.chromium", lambda: None)
    code = main(["exam", "generate", str(SAMPLE / "midterm.yaml"), "--students", "ada", "--secret-file",
                 str(SAMPLE / "sample.secret"), "--demo", "--out", str(tmp_path), "--pdf"])
    assert code == 2 and "needs Chromium" in capsys.readouterr().err
    assert (tmp_path / "papers" / "ada.html").is_file()  # the papers are there all the same


def test_feedback_shows_the_expected_answer_to_the_digits_asked_for():
    question = next(q for q in EXAM.questions if q.id == "q9_adam")
    v = Variant(question="q9_adam", kind="adam_step", prompt="...", answer=[0.9000000005, -1.900000001],
                answer_format="vector", points=3)
    message = grade_answer(v, question, "0.5; -1").message
    assert "expected 0.9; -1.9" in message and "0.9000000005" not in message
