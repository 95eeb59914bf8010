"""nbgrader interoperability: a1-style .py solutions as nbgrader source notebooks, and releases
made with nbgrader's own preprocessors (what `nbgrader generate_assignment` produces)."""
from __future__ import annotations

import ast
from pathlib import Path

import nbformat

from autograder.course.assignment import AssignmentSpec


def _nbgrader_meta(grade_id: str, solution: bool, grade: bool = False, points: float | None = None,
                   locked: bool = False) -> dict:
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3, "solution": solution,
            "task": False}
    if grade:
        meta["points"] = points or 0
    return {"nbgrader": meta}


def source_notebook(spec: AssignmentSpec) -> nbformat.NotebookNode:
    """The solution module as an nbgrader source notebook: the module docstring as text, imports
    locked, one solution cell per function (its ### BEGIN/END SOLUTION markers kept)."""
    text = spec.solution_file.read_text(encoding="utf-8")
    tree = ast.parse(text)
    lines = text.splitlines()
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    body = tree.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        nb.cells.append(nbformat.v4.new_markdown_cell(str(body[0].value.value).strip(),
                                                      metadata=_nbgrader_meta("instructions", False, locked=True)))
        body = body[1:]
    imports = [n for n in body if isinstance(n, (ast.Import, ast.ImportFrom))]
    if imports:
        src = "\n".join("\n".join(lines[n.lineno - 1:n.end_lineno]) for n in imports)
        nb.cells.append(nbformat.v4.new_code_cell(src, metadata=_nbgrader_meta("imports", False, locked=True)))
    for node in body:
        if isinstance(node, ast.FunctionDef):
            start = min([node.lineno] + [d.lineno for d in node.decorator_list])
            src = "\n".join(lines[start - 1:node.end_lineno])
            nb.cells.append(nbformat.v4.new_code_cell(src, metadata=_nbgrader_meta(node.name, "### BEGIN SOLUTION" in src)))
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i}"
    return nb


def release_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The student version made with nbgrader's own preprocessors (solutions cleared, metadata kept)."""
    from nbgrader.preprocessors import ClearOutput, ClearSolutions, ComputeChecksums, LockCells

    resources: dict = {}
    nb = nbformat.from_dict(nbformat.reads(nbformat.writes(nb), as_version=4))
    for preprocessor in (LockCells(), ClearSolutions(), ClearOutput(), ComputeChecksums()):
        nb, resources = preprocessor.preprocess(nb, resources)
    return nb


def write_notebook_release(spec: AssignmentSpec, out_dir: Path) -> tuple[Path, Path]:
    """source/<id>/<module>.ipynb (instructor) and release/<id>/<module>.ipynb (students), nbgrader layout."""
    name = Path(spec.module).stem + ".ipynb"
    source = out_dir / "source" / spec.id / name
    release = out_dir / "release" / spec.id / name
    source.parent.mkdir(parents=True, exist_ok=True)
    release.parent.mkdir(parents=True, exist_ok=True)
    nb = source_notebook(spec)
    nbformat.write(nb, source)
    nbformat.write(release_notebook(nb), release)
    return source, release
