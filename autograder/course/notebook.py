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


MAX_CELL_CHARS = 1024 * 1024  # a cell is parsed in the grader's process: bound what that costs


def graded_code(notebook_bytes: bytes, functions: list[str], name: str = "notebook") -> str:
    """The code of the cells that only define things, in order; raises NotebookError.

    Every way a notebook can be broken (not UTF-8, not JSON, JSON too deep for the parser, not a
    notebook, a cell too large or too deep to parse) is a NotebookError naming the notebook."""
    kept, skipped_syntax, defined = [], 0, set()
    for number, code in enumerate(_code_cells(notebook_bytes, name), start=1):
        if len(code) > MAX_CELL_CHARS:
            raise NotebookError(f"{name}: code cell {number} holds {len(code):,} characters; the grader reads "
                                f"code cells of at most {MAX_CELL_CHARS // 2**20} MiB (load large data from a file)")
        try:
            tree = ast.parse(code)
        except (SyntaxError, ValueError):  # ValueError: a NUL character
            skipped_syntax += 1
            kept.append(code)  # a broken defining cell must fail loudly, not vanish
            continue
        except (RecursionError, MemoryError) as e:
            raise NotebookError(f"{name}: code cell {number} is {_too_much(e)} for the grader to parse") from None
        if tree.body and all(_is_definition(s) for s in tree.body):
            kept.append(code)
            defined |= {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    module = "\n\n\n".join(kept) + "\n"
    if not skipped_syntax and functions and not defined & set(functions):
        raise NotebookError(f"{name} defines none of the graded functions ({', '.join(functions[:5])}...) "
                            "in a cell of its own")
    return module


def _too_much(error: BaseException) -> str:
    return "nested too deeply" if isinstance(error, RecursionError) else "too large"


def _code_cells(notebook_bytes: bytes, name: str) -> list[str]:
    """The source of each code cell of a format-4 notebook, IPython magics dropped. Only what the
    grader relies on is checked (cells, their type and source), as Jupyter itself is lenient."""
    try:
        text = notebook_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise NotebookError(f"{name} is not UTF-8 text") from None
    try:
        raw = json.loads(text)
    except (RecursionError, MemoryError) as e:
        raise NotebookError(f"{name} is not a readable notebook: its JSON is {_too_much(e)} for the grader "
                            "to read") from None
    except ValueError as e:
        raise NotebookError(f"{name} is not a readable notebook (broken JSON: {str(e)[:200]})") from None
    if not isinstance(raw, dict) or raw.get("nbformat") != 4:
        version = raw.get("nbformat") if isinstance(raw, dict) else None
        raise NotebookError(f"{name} uses notebook format {str(version)[:20]}; save it with Jupyter (format 4)")
    cells = raw.get("cells", [])
    if not isinstance(cells, list) or not all(isinstance(c, dict) for c in cells):
        raise NotebookError(f"{name} is not a valid notebook (its cells are not a list of cells)")
    sources = []
    for cell in (c for c in cells if c.get("cell_type") == "code"):
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(line, str) for line in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise NotebookError(f"{name} is not a valid notebook (code cell {len(sources) + 1} has no text as "
                                "its source)")
        sources.append("\n".join(ln for ln in source.splitlines() if not ln.lstrip().startswith(("%", "!"))))
    if not sources:
        raise NotebookError(f"{name} has no code cells")
    return sources
