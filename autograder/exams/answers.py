"""Answer sheets as students hand them in: a CSV, a JSON export or a folder of answered exam notebooks."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any


def read_answer_sheets(path: Path) -> dict[str, dict[str, str]]:
    """CSV (student_id + one column per question id), JSON {student: {question: answer}} or a folder of
    answered exam notebooks (the code cells tagged exam_answer)."""
    path = Path(path)
    if path.is_dir():
        return {p.stem: _notebook_answers(p) for p in sorted(path.glob("*.ipynb"))}
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        return {str(s): {str(q): as_text(a) for q, a in answers.items()} for s, answers in data.items()}
    with path.open(newline="", encoding="utf-8-sig") as f:
        return {row["student_id"]: {k: v for k, v in row.items() if k != "student_id"} for row in csv.DictReader(f)}


def as_text(value: Any) -> str:
    """An answer as text: a list (a vector answer) as numbers separated by semicolons."""
    return "; ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _notebook_answers(path: Path) -> dict[str, str]:
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return {}
    answers = {}
    for cell in nb.get("cells", []):
        qid = (cell.get("metadata") or {}).get("exam_answer")
        if qid:
            source = "".join(cell["source"]) if isinstance(cell.get("source"), list) else str(cell.get("source", ""))
            if (cell.get("metadata") or {}).get("exam_answer_kind") == "code":
                answers[qid] = source
                continue
            value = source.split("=", 1)[1].split("#")[0].strip() if "=" in source else ""
            answers[qid] = value.strip("'\"")  # a string answer is written as a Python literal
    return answers
