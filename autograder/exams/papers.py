"""Exam papers: per student a Markdown, an HTML page and a notebook with one answer cell per question,
and the answer key (instructor only)."""
from __future__ import annotations

import hashlib
import html
import json
from pathlib import Path
from typing import Any

from autograder.exams.bank import Exam
from autograder.exams.variants import Variant, paper
from autograder.submissions.folder import safe_file_stem


def _how_to_answer(v: Variant) -> str:
    return {"number": "Answer: one number.", "vector": "Answer: numbers separated by semicolons, in order.",
            "choice": "Answer: one of " + ", ".join(v.choices) + ".",
            "code": "Answer: Python code defining the function(s) asked for."}[v.answer_format]


def write_papers(exam: Exam, secret: str, students: list[str], out_dir: Path) -> None:
    """Per student: <student>.md, .html and .ipynb; plus answer_key.json (instructor only)."""
    papers_dir = out_dir / "papers"
    papers_dir.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict[str, Any]] = {}
    for student in students:
        variants = paper(exam, secret, student)
        key[student] = {v.question: v.answer for v in variants}
        md = [f"# {exam.title}", f"Student: {student}", exam.instructions, ""]
        for i, v in enumerate(variants, start=1):
            md += [f"## Question {i} ({v.question}, {v.points:g} points)", v.prompt, f"_{_how_to_answer(v)}_", ""]
        (papers_dir / f"{safe_file_stem(student)}.md").write_text("\n\n".join(md), encoding="utf-8")
        body = "".join(f"<section><h2>Question {i} <small>({html.escape(v.question)}, {v.points:g} points)</small></h2>"
                       f"<p>{html.escape(v.prompt)}</p><p><em>{html.escape(_how_to_answer(v))}</em></p></section>"
                       for i, v in enumerate(variants, start=1))
        (papers_dir / f"{safe_file_stem(student)}.html").write_text(
            f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{html.escape(exam.title)}</title></head><body>'
            f"<main><h1>{html.escape(exam.title)}</h1><p>Student: {html.escape(student)}</p>"
            f"<p>{html.escape(exam.instructions)}</p>{body}</main></body></html>", encoding="utf-8")
        cells = [_md_cell(f"# {exam.title}\n\nStudent: {student}\n\n{exam.instructions}")]
        for i, v in enumerate(variants, start=1):
            cells.append(_md_cell(f"## Question {i} ({v.question}, {v.points:g} points)\n\n{v.prompt}\n\n*{_how_to_answer(v)}*"))
            if v.answer_format == "code":
                cells.append(_code_cell("import numpy as np\n\n# write your code here\n",
                                        {"exam_answer": v.question, "exam_answer_kind": "code"}))
            else:
                cells.append(_code_cell(f"{v.question} = None  # your answer", {"exam_answer": v.question}))
        notebook = {"cells": cells, "metadata": {"exam": {"id": exam.id, "student": student}}, "nbformat": 4,
                    "nbformat_minor": 5}
        (papers_dir / f"{safe_file_stem(student)}.ipynb").write_text(json.dumps(notebook, indent=1), encoding="utf-8")
    (out_dir / "answer_key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")


def _md_cell(text: str) -> dict:
    return {"cell_type": "markdown", "metadata": {}, "source": text, "id": hashlib.md5(text.encode()).hexdigest()[:8]}


def _code_cell(text: str, metadata: dict) -> dict:
    return {"cell_type": "code", "metadata": metadata, "source": text, "outputs": [], "execution_count": None,
            "id": hashlib.md5(json.dumps(metadata).encode()).hexdigest()[:8]}
