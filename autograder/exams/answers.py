"""Answer sheets as students and LMSs hand them in: a CSV (comma, semicolon or tab; `student_id`,
`Student ID`, `id`...), a JSON export (an object by student, or a list of rows), or a folder of
answered exam notebooks (the student is the id the notebook declares, not its file name).

Sheets are matched to the class (the students in the answer key): ids are normalised (spaces,
invisible characters, compatibility forms, case) and every mismatch is listed: ids not in the class,
students with two sheets, students without one, question columns missing or unknown, files that
could not be read. Nothing is dropped or guessed silently.
"""
from __future__ import annotations

import ast
import csv
import difflib
import io
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from autograder.exams.bank import ExamError
from autograder.exams.parse import answer_text
from autograder.submissions.folder import readable_name

ID_COLUMNS = {"studentid", "student", "id", "sid", "studentnumber", "studentno", "matriculationnumber",
              "matrikelnummer", "username", "login", "userid"}


class Sheet(BaseModel):
    """One student's answers as found in one place."""

    written_id: str  # the id as written on the sheet (normalised)
    answers: dict[str, Any]  # question id -> the answer as written (text, or a notebook's/JSON's value)
    source: str  # where: "answers.csv line 4", "notebooks/s1003 (1).ipynb"
    note: str = ""


class UnreadableSheet(BaseModel):
    source: str
    reason: str
    file_id: str | None = None  # what the file name says, when the file gives no id of its own


class SheetsRead(BaseModel):
    sheets: list[Sheet] = Field(default_factory=list)
    unreadable: list[UnreadableSheet] = Field(default_factory=list)
    columns: list[str] | None = None  # question columns of a CSV/JSON (None: notebooks, one cell per question)
    notes: list[str] = Field(default_factory=list)


def normalize_id(text: Any) -> str:
    """An id as meant: compatibility forms folded (NFKC: full-width digits, no-break spaces), invisible
    characters dropped, outer whitespace stripped."""
    text = unicodedata.normalize("NFKC", str(text))
    return "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc")).strip()


def _column_key(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", normalize_id(name).casefold())


def read_answer_sheets(path: Path, exam_id: str | None = None) -> SheetsRead:
    """The sheets at `path`; a file that cannot be read at all raises ExamError."""
    path = Path(path)
    if path.is_dir():
        return _notebook_sheets(path, exam_id)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise ExamError(f"{path}: cannot be read ({e.strerror or e})") from None
    if path.suffix.lower() == ".json":
        return _json_sheets(path, raw)
    if path.suffix.lower() == ".ipynb":
        return _notebook_sheets_of([path], path.parent, exam_id)
    return _csv_sheets(path, raw)


def _decode(path: Path, raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):  # a spreadsheet saved on Windows is often cp1252
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExamError(f"{path}: not UTF-8 text")


def _csv_sheets(path: Path, raw: bytes) -> SheetsRead:
    text = _decode(path, raw)
    header_line = text.splitlines()[0] if text.strip() else ""
    delimiter = max([",", ";", "\t"], key=header_line.count)
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as e:  # a cell past the csv module's limit (128 KiB), a stray NUL
        raise ExamError(f"{path}: not a readable CSV ({e})") from None
    if not rows:
        raise ExamError(f"{path}: empty")
    header = [normalize_id(h) for h in rows[0]]
    id_columns = [i for i, h in enumerate(header) if _column_key(h) in ID_COLUMNS]
    if not id_columns:
        raise ExamError(f"{path}: no student id column (a column named student_id, Student ID or id; the header "
                        f"is {', '.join(header)[:200]!r})")
    id_col = id_columns[0]
    columns = [h for i, h in enumerate(header) if i != id_col and h]
    read = SheetsRead(columns=columns)
    for line, row in enumerate(rows[1:], start=2):
        cells = {header[i]: v for i, v in enumerate(row) if i < len(header) and i != id_col and header[i]}
        written = normalize_id(row[id_col]) if id_col < len(row) else ""
        if len(row) > len(header) and any(v.strip() for v in row[len(header):]):
            read.notes.append(f"{path.name} line {line}: {len(row)} cells for {len(header)} columns (a comma in an "
                              "answer without quotes?); the extra cells are not read")
        if not written:
            if any(str(v).strip() for v in cells.values()):
                read.unreadable.append(UnreadableSheet(source=f"{path.name} line {line}", reason="answers without "
                                                       "a student id"))
            continue
        read.sheets.append(Sheet(written_id=written, answers=cells, source=f"{path.name} line {line}"))
    return read


def _json_sheets(path: Path, raw: bytes) -> SheetsRead:
    try:
        data = json.loads(_decode(path, raw))
    except ValueError as e:
        raise ExamError(f"{path}: not valid JSON ({e})") from None
    if isinstance(data, dict) and any(isinstance(data.get(k), list) for k in ("answers", "sheets", "submissions")):
        data = next(data[k] for k in ("answers", "sheets", "submissions") if isinstance(data.get(k), list))
    read = SheetsRead(columns=[])
    if isinstance(data, dict):
        for student, answers in data.items():
            if not isinstance(answers, dict):
                raise ExamError(f"{path}: expected {{student: {{question: answer}}}}; {student!r} holds a "
                                f"{type(answers).__name__}")
            read.sheets.append(Sheet(written_id=normalize_id(student), answers=dict(answers),
                                     source=f"{path.name} [{student!r}]"[:200]))
    elif isinstance(data, list):
        for i, row in enumerate(data):
            if not isinstance(row, dict):
                raise ExamError(f"{path}: item {i} is a {type(row).__name__}, not an object of answers")
            id_keys = [k for k in row if _column_key(k) in ID_COLUMNS]
            written = normalize_id(row[id_keys[0]]) if id_keys and row[id_keys[0]] is not None else ""
            answers = {k: v for k, v in row.items() if k not in id_keys[:1]}
            if not written:
                read.unreadable.append(UnreadableSheet(source=f"{path.name} item {i}", reason="no student id"))
                continue
            read.sheets.append(Sheet(written_id=written, answers=answers, source=f"{path.name} item {i}"))
    else:
        raise ExamError(f"{path}: expected an object by student or a list of rows, found a {type(data).__name__}")
    seen: list[str] = []
    for sheet in read.sheets:
        seen += [k for k in sheet.answers if k not in seen]
    read.columns = seen
    return read


def _notebook_sheets(folder: Path, exam_id: str | None) -> SheetsRead:
    paths = sorted(p for p in folder.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
    read = _notebook_sheets_of(paths, folder, exam_id)
    others = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() != ".ipynb"
                    and ".ipynb_checkpoints" not in p.parts and not p.name.startswith("."))
    read.unreadable += [UnreadableSheet(source=readable_name(str(p.relative_to(folder))),
                                        reason="not a notebook (.ipynb)", file_id=normalize_id(p.stem))
                        for p in others]
    return read


def _notebook_sheets_of(paths: list[Path], folder: Path, exam_id: str | None) -> SheetsRead:
    read = SheetsRead(columns=None)
    for path in paths:
        source = readable_name(str(path.relative_to(folder)))
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
                raise ValueError("no cells")
        except (OSError, UnicodeDecodeError, ValueError) as e:
            why = "truncated or damaged (not valid notebook JSON)" if isinstance(e, ValueError) else str(e)
            read.unreadable.append(UnreadableSheet(source=source, reason=f"the notebook cannot be read: {why}",
                                                   file_id=normalize_id(path.stem)))
            continue
        declared = ((nb.get("metadata") or {}).get("exam") or {}) if isinstance(nb.get("metadata"), dict) else {}
        declared = declared if isinstance(declared, dict) else {}
        if exam_id and declared.get("id") not in (None, exam_id):
            read.unreadable.append(UnreadableSheet(source=source, reason=f"a paper of exam {declared.get('id')!r}, "
                                                   f"not {exam_id!r}"))
            continue
        answers = notebook_answers(nb)
        student = normalize_id(declared.get("student") or "")
        note = ""
        if not student:
            student, note = normalize_id(path.stem), "the notebook declares no student id: taken from its file name"
        read.sheets.append(Sheet(written_id=student, answers=answers, source=source, note=note))
    return read


def notebook_answers(nb: dict) -> dict[str, Any]:
    """question id -> answer, from the cells tagged exam_answer: `q3 = 1/16` reads as the text `1/16`,
    `q3 = 0.0625` as the number, `q7 = [1.2, -0.5]` as the list; a code question's cell as its source."""
    answers: dict[str, Any] = {}
    for cell in nb.get("cells", []):
        meta = cell.get("metadata") or {} if isinstance(cell, dict) else {}
        qid = meta.get("exam_answer") if isinstance(meta, dict) else None
        if not qid or not isinstance(qid, str):
            continue
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        if meta.get("exam_answer_kind") == "code":
            answers[qid] = source
            continue
        answers[qid] = _assigned_value(source, str(qid))
    return answers


def _assigned_value(source: str, name: str) -> Any:
    """What the cell assigns to `name` (its last assignment): a literal as its value, an expression as its
    text; None when the cell assigns nothing to it."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        line = next((ln for ln in source.splitlines() if ln.strip().startswith(name) and "=" in ln), "")
        return line.split("=", 1)[1].split("#")[0].strip().strip("'\"") if line else source.strip()
    value = None
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                value = ast.get_source_segment(source, node.value)
    return value


class ClassSheets(BaseModel):
    """The sheets matched to the class, with everything that did not match."""

    answers: dict[str, dict[str, Any]] = Field(default_factory=dict)  # student -> question -> answer
    conflicts: dict[str, dict[str, list[str]]] = Field(default_factory=dict)  # different answers on two sheets
    sources: dict[str, list[str]] = Field(default_factory=dict)
    unknown_ids: list[str] = Field(default_factory=list)  # "id (source): did you mean ...?"
    duplicates: dict[str, list[str]] = Field(default_factory=dict)  # student -> the sources of their sheets
    missing_students: list[str] = Field(default_factory=list)
    missing_columns: list[str] = Field(default_factory=list)
    unknown_columns: list[str] = Field(default_factory=list)
    unreadable: list[UnreadableSheet] = Field(default_factory=list)
    unreadable_of: dict[str, str] = Field(default_factory=dict)  # student -> why their only sheet could not be read
    notes: list[str] = Field(default_factory=list)

    def problems(self) -> list[str]:
        """What stops grading unless the instructor says to proceed, one line each."""
        lines = [f"not in the class (not graded): {u}" for u in self.unknown_ids]
        lines += [f"{s} has {len(src)} sheets: {'; '.join(src)}" for s, src in self.duplicates.items()]
        lines += [f"no column for question {c}" for c in self.missing_columns]
        lines += [f"a column that is no question: {c}" for c in self.unknown_columns]
        lines += [f"could not read {u.source}: {u.reason}" for u in self.unreadable]
        if self.missing_students:
            lines.append(f"no sheet from {len(self.missing_students)}: {', '.join(self.missing_students)}")
        return lines


def match_sheets(read: SheetsRead, students: list[str], questions: list[str]) -> ClassSheets:
    """Sheets matched to the class by id (exactly, else ignoring case), columns to questions."""
    out = ClassSheets(unreadable=list(read.unreadable), notes=list(read.notes))
    column_of = _match_columns(read.columns, questions, out)
    by_case: dict[str, list[str]] = {}
    for s in students:
        by_case.setdefault(s.casefold(), []).append(s)
    found: dict[str, list[Sheet]] = {}
    for sheet in read.sheets:
        student = _roster_id(sheet.written_id, students, by_case)
        if student is None:
            hint = difflib.get_close_matches(sheet.written_id, students, n=1, cutoff=0.75)
            out.unknown_ids.append(f"{sheet.written_id!r} ({sheet.source})"
                                   + (f": did you mean {hint[0]!r}?" if hint else ""))
            continue
        if sheet.note:
            out.notes.append(f"{sheet.source}: {sheet.note}")
        found.setdefault(student, []).append(sheet)
    for student, sheets in found.items():
        out.sources[student] = [s.source for s in sheets]
        if len(sheets) > 1:
            out.duplicates[student] = [s.source for s in sheets]
        out.answers[student], conflicts = _merge([{column_of.get(k, k): v for k, v in s.answers.items()}
                                                  for s in sheets])
        if conflicts:
            out.conflicts[student] = conflicts
    for u in read.unreadable:
        student = _roster_id(u.file_id, students, by_case) if u.file_id else None
        if student and student not in found:
            out.unreadable_of[student] = f"{u.source}: {u.reason}"
    out.missing_students = [s for s in students if s not in found and s not in out.unreadable_of]
    return out


def _roster_id(written: str, students: list[str], by_case: dict[str, list[str]]) -> str | None:
    if written in students:
        return written
    same = by_case.get(written.casefold(), [])
    return same[0] if len(same) == 1 else None


def _match_columns(columns: list[str] | None, questions: list[str], out: ClassSheets) -> dict[str, str]:
    """column -> question id; the columns no question has and the questions no column has go to `out`."""
    if columns is None:
        return {}
    by_key = {_column_key(q): q for q in questions}
    column_of: dict[str, str] = {}
    for c in columns:
        q = c if c in questions else by_key.get(_column_key(c))
        if q:
            column_of[c] = q
        else:
            hint = difflib.get_close_matches(c, questions, n=1, cutoff=0.6)
            out.unknown_columns.append(f"{c!r}" + (f" (did you mean {hint[0]!r}?)" if hint else ""))
    out.missing_columns = [q for q in questions if q not in column_of.values()]
    return column_of


def _merge(sheets: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """One answer per question from a student's sheets: the one written; two different ones conflict."""
    merged: dict[str, Any] = {}
    conflicts: dict[str, list[str]] = {}
    for answers in sheets:
        for q, value in answers.items():
            if not answer_text(value).strip():
                merged.setdefault(q, value)
                continue
            if q in merged and answer_text(merged[q]).strip() and answer_text(merged[q]) != answer_text(value):
                conflicts.setdefault(q, [answer_text(merged[q])]).append(answer_text(value))
            merged[q] = value if not answer_text(merged.get(q)).strip() else merged[q]
    return merged, conflicts
