"""Exam papers, written from the answer key: per student a Markdown, an HTML page and a notebook with one
answer cell per question. Each question states how its answer is graded (exact, or how many
significant digits), from the same tolerance grading uses."""
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
        body = "".join(f"<section><h2>Question {i} <small>({html.escape(v.question)}, {v.points:g} points)</small>"
                       f"</h2><p>{html.escape(v.prompt)}</p>"
                       f"<p><em>{html.escape(_instructions(v, q, key.decimal_separator))}</em></p></section>"
                       for i, (v, q) in enumerate(pairs, start=1))
        (papers_dir / f"{stem}.html").write_text(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{html.escape(key.title)}</title></head><body>'
            f"<main><h1>{html.escape(key.title)}</h1><p>Student: {html.escape(student)}</p>"
            f"<p>{html.escape(key.instructions)}</p>{body}</main></body></html>", encoding="utf-8")
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


def _md_cell(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text, "id": hashlib.md5(text.encode()).hexdigest()[:8]}


def _code_cell(text: str, metadata: dict) -> dict:
    return {"cell_type": "code", "metadata": metadata, "source": text, "outputs": [], "execution_count": None,
            "id": hashlib.md5(json.dumps(metadata).encode()).hexdigest()[:8]}
