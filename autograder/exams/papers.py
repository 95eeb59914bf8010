"""Exam papers, written from the answer key: per student a Markdown, a printable HTML page (a box for the
name, the student id printed, an answer box per question; A4) and a notebook with one answer cell per
question, and with --pdf a PDF printed by headless Chromium. Each question states how its answer is
graded (exact, or how many significant digits), from the same tolerance grading uses."""
from __future__ import annotations

import hashlib
import html
import json
import math
from pathlib import Path

from autograder.exams.bank import Question
from autograder.exams.key import ExamKey
from autograder.exams.parse import DecimalSeparator
from autograder.exams.variants import Variant
from autograder.submissions.folder import safe_file_stem


def significant_digits(rtol: float) -> int:
    """The fewest significant digits whose rounding always stays within rtol (rounding to n digits errs
    by at most 0.5 * 10^(1-n) relative)."""
    return max(1, math.ceil(1 - math.log10(2 * rtol) - 1e-9))


def stated_tolerance(q: Question, v: Variant) -> str:
    """How the paper says the answer is graded; the same rtol grading applies."""
    if v.answer_format in ("choice", "code"):
        return ""
    if q.rtol == 0:
        return "Give the exact value." if v.answer_format == "number" else "Give the exact values."
    return f"Give {significant_digits(q.rtol)} significant digits or more (graded to a relative error of {q.rtol:g})."


def how_to_answer(v: Variant, decimal: DecimalSeparator) -> str:
    point = "a decimal comma (0,5)" if decimal == "," else "a decimal point (0.5)"
    return {"number": f"Answer: one number, with {point}; a fraction such as 1/16 is fine.",
            "vector": f"Answer: numbers separated by semicolons, in order, with {point}.",
            "choice": "Answer: one of " + ", ".join(v.choices) + ".",
            "code": "Answer: Python code defining the function(s) asked for."}[v.answer_format]


def _instructions(v: Variant, q: Question, decimal: DecimalSeparator) -> str:
    return " ".join(t for t in (how_to_answer(v, decimal), stated_tolerance(q, v)) if t)


def write_papers(key: ExamKey, out_dir: Path) -> Path:
    """Per student in the key: <student>.md, .html and .ipynb in out_dir/papers; returns that folder."""
    papers_dir = out_dir / "papers"
    papers_dir.mkdir(parents=True, exist_ok=True)
    for student, variants in key.students.items():
        stem = safe_file_stem(student)
        pairs = list(zip(variants, key.questions))
        md = [f"# {key.title}", f"Student: {student}", key.instructions, ""]
        for i, (v, q) in enumerate(pairs, start=1):
            md += [f"## Question {i} ({v.question}, {v.points:g} points)", v.prompt,
                   f"_{_instructions(v, q, key.decimal_separator)}_", ""]
        (papers_dir / f"{stem}.md").write_text("\n\n".join(md), encoding="utf-8")
        (papers_dir / f"{stem}.html").write_text(paper_html(key, student, pairs), encoding="utf-8")
        cells = [_md_cell(f"# {key.title}\n\nStudent: {student}\n\n{key.instructions}\n\nKeep this notebook's "
                          "metadata: it says whose paper this is.")]
        for i, (v, q) in enumerate(pairs, start=1):
            cells.append(_md_cell(f"## Question {i} ({v.question}, {v.points:g} points)\n\n{v.prompt}\n\n"
                                  f"*{_instructions(v, q, key.decimal_separator)}*"))
            if v.answer_format == "code":
                cells.append(_code_cell("import numpy as np\n\n# write your code here\n",
                                        {"exam_answer": v.question, "exam_answer_kind": "code"}))
            else:
                cells.append(_code_cell(f"{v.question} = None  # your answer", {"exam_answer": v.question}))
        notebook = {"cells": cells, "metadata": {"exam": {"id": key.exam_id, "student": student}}, "nbformat": 4,
                    "nbformat_minor": 5}
        (papers_dir / f"{stem}.ipynb").write_text(json.dumps(notebook, indent=1), encoding="utf-8")
    return papers_dir


PAPER_CSS = """
@page { size: A4; margin: 16mm 15mm 18mm; }
* { box-sizing: border-box; }
body { font: 11pt/1.4 "DejaVu Serif", "Liberation Serif", Georgia, serif; color: #000; margin: 0; }
header { border-bottom: 1.5pt solid #000; padding-bottom: 3mm; margin-bottom: 4mm; }
h1 { font-size: 16pt; margin: 0 0 3mm; }
.who { display: grid; grid-template-columns: 2fr 1fr; gap: 4mm; }
.field { border: 1pt solid #000; padding: 1.5mm 2mm; min-height: 11mm; }
.field span { display: block; font-size: 8pt; text-transform: uppercase; letter-spacing: 0.05em; color: #333; }
.field strong { font: 12pt ui-monospace, "DejaVu Sans Mono", monospace; }
.instructions { font-size: 10pt; margin: 3mm 0 0; }
section.q { break-inside: avoid; page-break-inside: avoid; margin: 0 0 6mm; }
section.q h2 { font-size: 12pt; margin: 0 0 1.5mm; display: flex; justify-content: space-between; }
section.q h2 small { font-weight: normal; }
.how { font-size: 9.5pt; font-style: italic; margin: 1mm 0 2mm; }
.answer { border: 1pt solid #000; border-radius: 1.5mm; position: relative; padding: 1.5mm 2mm; }
.answer::before { content: "Answer"; position: absolute; top: 0.8mm; left: 2mm; font-size: 7.5pt; color: #555; }
.answer.number { height: 18mm; } .answer.vector { height: 24mm; } .answer.code { height: 110mm; }
.answer.choice { height: auto; padding-top: 5mm; }
.box { display: inline-block; width: 4.5mm; height: 4.5mm; border: 1pt solid #000; vertical-align: -0.8mm; margin: 0 1.5mm 0 5mm; }
footer { font-size: 8.5pt; color: #444; border-top: 0.5pt solid #888; margin-top: 6mm; padding-top: 1.5mm; }
@media screen { body { padding: 8mm; margin: 0 auto; max-width: 190mm; } }
@media print { body { width: 180mm; } }
"""


def paper_html(key: ExamKey, student: str, pairs: list[tuple[Variant, Question]]) -> str:
    """A printable paper: the exam's title, a box for the name, the student id printed (the id the
    sheet is graded under), the instructions, then each question with how to answer and a box sized for
    its answer (a tick box per choice). Prints to A4 (Chromium's --print-to-pdf)."""
    esc = html.escape
    questions = []
    for i, (v, q) in enumerate(pairs, start=1):
        if v.answer_format == "choice":
            box = '<div class="answer choice">' + "".join(f'<span class="box"></span>{esc(c)}' for c in v.choices) \
                + "</div>"
        else:
            box = f'<div class="answer {esc(v.answer_format)}" aria-label="answer to question {i}"></div>'
        questions.append(f'<section class="q" id="q{i}"><h2><span>Question {i}</span><small>{v.points:g} point'
                         f'{"s" if v.points != 1 else ""} · {esc(v.question)}</small></h2><p>{esc(v.prompt)}</p>'
                         f'<p class="how">{esc(_instructions(v, q, key.decimal_separator))}</p>{box}</section>')
    total = sum(v.points for v, _ in pairs)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{esc(key.title)}: {esc(student)}</title>'
            f"<style>{PAPER_CSS}</style></head><body><header><h1>{esc(key.title)}</h1>"
            f'<div class="who"><div class="field"><span>Name</span></div><div class="field"><span>Student ID</span>'
            f"<strong>{esc(student)}</strong></div></div>"
            f'<p class="instructions">{esc(key.instructions)}</p></header><main>{"".join(questions)}</main>'
            f"<footer>{esc(key.exam_id)} · {esc(student)} · {len(pairs)} questions, {total:g} points. Every paper "
            "has its own numbers: answer the questions on this paper.</footer></body></html>")


PDF_TIMEOUT_S = 120


class PaperPrintError(Exception):
    """The papers could not be printed to PDF (no Chromium, or it failed): one line saying why."""


def chromium() -> str | None:
    import shutil

    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)


def print_pdfs(papers_dir: Path, students: list[str], workers: int | None = None) -> list[Path]:
    """<stem>.pdf beside each student's .html, printed by headless Chromium (A4, no header or footer of
    the browser's own). PaperPrintError when Chromium is missing or a paper does not print."""
    import os
    import subprocess
    import tempfile
    from concurrent.futures import ThreadPoolExecutor

    browser = chromium()
    if browser is None:
        raise PaperPrintError("--pdf needs Chromium (Debian: apt-get install chromium); the .html papers print "
                              "from any browser too")

    def one(student: str) -> Path:
        stem = safe_file_stem(student)
        page, pdf = papers_dir / f"{stem}.html", papers_dir / f"{stem}.pdf"
        with tempfile.TemporaryDirectory(prefix="ag-pdf-") as profile:
            run = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                  "--no-first-run", "--disable-extensions", f"--user-data-dir={profile}",
                                  "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.resolve().as_uri()],
                                 capture_output=True, text=True, timeout=PDF_TIMEOUT_S)
        if run.returncode != 0 or not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
            raise PaperPrintError(f"Chromium could not print {page.name}: {(run.stderr or '').strip()[-300:]}")
        return pdf

    with ThreadPoolExecutor(max_workers=workers or min(4, os.cpu_count() or 1)) as pool:
        return list(pool.map(one, students))


def _md_cell(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text, "id": hashlib.md5(text.encode()).hexdigest()[:8]}


def _code_cell(text: str, metadata: dict) -> dict:
    return {"cell_type": "code", "metadata": metadata, "source": text, "outputs": [], "execution_count": None,
            "id": hashlib.md5(json.dumps(metadata).encode()).hexdigest()[:8]}
