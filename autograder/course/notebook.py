"""An assignment's module written as a notebook: the code of its cells that only define things.

A notebook submission is turned into the assignment's module from the cells that define
things (imports, functions, classes, constants), so the student's exploratory cells (plots,
a training run of an hour, prints) are never executed by the grader. An assignment authored
as a notebook is read the same way.
"""
from __future__ import annotations

import ast
import json


class NotebookError(Exception):
    """The notebook cannot be used; the message says why in words a student understands."""


def _is_definition(stmt: ast.stmt) -> bool:
    if isinstance(stmt, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return True
    if isinstance(stmt, (ast.Assign, ast.AnnAssign)):  # constants: literals only, no calls
        value = stmt.value
        return value is not None and not any(isinstance(n, (ast.Call, ast.Await, ast.Yield)) for n in ast.walk(value))
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)  # a docstring


def graded_code(notebook_bytes: bytes, functions: list[str], name: str = "notebook") -> str:
    """The code of the cells that only define things, in order; raises NotebookError."""
    import nbformat

    try:
        text = notebook_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise NotebookError(f"{name} is not UTF-8 text") from None
    try:
        raw = json.loads(text)
    except ValueError as e:
        raise NotebookError(f"{name} is not a readable notebook (broken JSON: {e})") from None
    if not isinstance(raw, dict) or raw.get("nbformat") != 4:
        version = raw.get("nbformat") if isinstance(raw, dict) else None
        raise NotebookError(f"{name} uses notebook format {version}; save it with Jupyter (format 4)")
    try:
        nb = nbformat.reads(text, as_version=nbformat.NO_CONVERT)
    except Exception as e:  # noqa: BLE001 - nbformat raises several kinds for invalid notebooks
        raise NotebookError(f"{name} is not a valid notebook ({type(e).__name__}: {str(e)[:200]})") from None
    cells = [c for c in nb.get("cells", []) if c.get("cell_type") == "code"]
    if not cells:
        raise NotebookError(f"{name} has no code cells")
    kept, skipped_syntax = [], 0
    for cell in cells:
        source = cell.get("source", "")
        source = "".join(source) if isinstance(source, list) else str(source)
        lines = [ln for ln in source.splitlines() if not ln.lstrip().startswith(("%", "!"))]  # IPython magics
        code = "\n".join(lines)
        try:
            tree = ast.parse(code)
        except SyntaxError:
            skipped_syntax += 1
            kept.append(code)  # a broken defining cell must fail loudly, not vanish
            continue
        if tree.body and all(_is_definition(s) for s in tree.body):
            kept.append(code)
    module = "\n\n\n".join(kept) + "\n"
    defined = {n.name for n in ast.walk(ast.parse(module)) if isinstance(n, ast.FunctionDef)} if not skipped_syntax else set()
    if not skipped_syntax and functions and not defined & set(functions):
        raise NotebookError(f"{name} defines none of the graded functions ({', '.join(functions[:5])}...) "
                            "in a cell of its own")
    return module
