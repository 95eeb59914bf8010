"""An assignment's module written as a notebook: the cells the graded functions need, as they ran.

A notebook is graded as if it had run top to bottom, but only what the graded functions need is
run: their definitions, the helpers and classes they call, and every top-level statement that
binds a name they read (`SCALE = np.float64(1.0)`, `rng = np.random.default_rng(0)`, a lookup
table built by a comprehension), with the statements those depend on, in notebook order. The
rest (training loops, plots, prints, `W_demo = ...` used only by a later print) is left out, so a
student's exploratory cells never run in the grader. `notebook_module` is the one function that
decides this, for a submitted .ipynb, an assignment authored as a notebook and the in-notebook
`autograder.check()` (which passes the cells the student ran, in the order they ran).

Names are followed with the standard library's `symtable`, so a function's local variables are
never confused with the notebook's globals of the same name (a `loss` inside a function does not
pull in the cell that trains a model into a global `loss`).
"""
from __future__ import annotations

import ast
import builtins
import json
import re
import symtable
from dataclasses import dataclass, field

from autograder.results import NotebookCell


class NotebookError(Exception):
    """The notebook cannot be used; the message says why in words a student understands."""


MAX_CELL_CHARS = 1024 * 1024  # a cell is parsed in the grader's process: bound what that costs
PYTHON_CELL_MAGICS = {"time", "timeit", "capture", "prun", "debug"}  # %%magics whose body is Python that runs
IPYTHON_SYNTAX = re.compile(r"^[ \t]*[%!]|=[ \t]*[%!]|\?[ \t]*$", re.MULTILINE)  # magics, !shell, help?
MUTATING_METHODS = {"append", "extend", "insert", "update", "setdefault", "add", "discard", "remove", "pop",
                    "clear", "sort", "reverse", "fill", "resize", "put", "itemset"}


@dataclass
class NotebookModule:
    """The graded module built from a notebook: its code, and what became of each code cell."""

    code: str
    cells: list[NotebookCell]
    cell_of_line: dict[int, int] = field(default_factory=dict)  # line of `code` (from 1) -> code cell number

    def explain_load_error(self, message: str, traceback: str, module: str) -> str:
        """A failed import of this module in the student's terms: the code cell that failed and,
        when it was kept only for them, the names a graded function needed from it."""
        lines = re.findall(rf'File "[^"\n]*\b{re.escape(module)}", line (\d+)', traceback[-20000:])
        cell = self.cell_of_line.get(int(lines[-1])) if lines else None
        if cell is None:
            if "did not finish" in message:
                values = [c.number for c in self.cells if c.needed_for]
                if values:
                    return f"{message}; the cells run for the graded functions' values: {_numbers(values)}"
            return message
        needed = next((c.needed_for for c in self.cells if c.number == cell), {})
        why = needed_text(needed)
        return f"code cell {cell}{f' (kept because {why})' if why else ''} failed when the grader ran it: " + \
            message.removeprefix("your module could not be imported: ")


@dataclass
class _Unit:
    """One top-level statement (statements sharing a line form one unit) of a code cell."""

    cell: int
    first: int  # first and last line in the cell, from 1
    last: int
    nodes: list[ast.stmt]
    binds: set[str] = field(default_factory=set)  # names it may bind at the top level
    kills: set[str] = field(default_factory=set)  # names it always rebinds: earlier bindings no longer matter
    reads_now: set[str] = field(default_factory=set)  # globals it reads when it runs
    reads_later: set[str] = field(default_factory=set)  # globals the functions it defines read when called
    defines: set[str] = field(default_factory=set)  # functions and classes it defines
    main_guard: bool = False
    star: bool = False  # `from m import *`: binds names no one can list, so it is always kept


def graded_code(notebook_bytes: bytes, functions: list[str], name: str = "notebook") -> str:
    """The graded module of a .ipynb file's contents (see notebook_module); raises NotebookError."""
    return notebook_module(code_cells(notebook_bytes, name), functions, name).code


def notebook_module(cells: list[str], functions: list[str], name: str = "notebook") -> NotebookModule:
    """The module of the statements the graded functions need, from the code cells in the order they
    ran (IPython syntax allowed); raises NotebookError naming the cell when that cannot be done."""
    units, broken, notes = [], {}, {}
    for number, code in enumerate(cells, start=1):
        if len(code) > MAX_CELL_CHARS:
            raise NotebookError(f"{name}: code cell {number} holds {len(code):,} characters; the grader reads "
                                f"code cells of at most {MAX_CELL_CHARS // 2**20} MiB (load large data from a file)")
        python, note = python_of_cell(code)
        if note:
            notes[number] = note
        try:
            tree = ast.parse(python)
        except (SyntaxError, ValueError) as e:  # ValueError: a NUL character
            broken[number] = _syntax_error_text(e)
            continue
        except (RecursionError, MemoryError) as e:
            raise NotebookError(f"{name}: code cell {number} is {_too_much(e)} for the grader to parse") from None
        try:
            units += _units(number, python, tree)
        except (RecursionError, MemoryError) as e:
            raise NotebookError(f"{name}: code cell {number} is {_too_much(e)} for the grader to read") from None
    roots = list(functions) or sorted({n for u in units if not u.main_guard for n in u.defines})  # none named: all
    kept, needed_for = _slice(units, roots)
    _refuse_broken_cells(cells, broken, units, kept, functions, name)
    defined = {n for u in units if not u.main_guard for n in u.binds}
    if not broken and functions and not defined & set(functions):
        raise NotebookError(f"{name} defines none of the graded functions ({', '.join(functions[:5])}...)")
    return _assemble(cells, units, kept, needed_for, broken, notes)


def python_of_cell(code: str) -> tuple[str, str]:
    """A cell's IPython syntax as plain Python (magics and `!shell` become calls of get_ipython(),
    which the graded functions never need), and a note when the whole cell is not Python."""
    lines = code.splitlines()
    first = lines[0].strip() if lines else ""
    if first.startswith("%%"):
        magic = first[2:].split(maxsplit=1)[0] if len(first) > 2 else ""
        if magic not in PYTHON_CELL_MAGICS:
            return "", f"a %%{magic} cell, not Python"
        code = "\n".join(lines[1:])  # %%time and friends run their body as Python
    try:
        ast.parse(code)
        return code, ""  # plain Python (IPython's syntax never is): no need for IPython's slower reader
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        if not IPYTHON_SYNTAX.search(code):
            return code, ""  # broken Python, not IPython: Python's parser will name the error
    try:
        from IPython.core.inputtransformer2 import TransformerManager
    except ImportError:  # without IPython: drop the lines IPython would have turned into calls
        return "\n".join(ln for ln in code.splitlines() if not ln.lstrip().startswith(("%", "!"))), ""
    try:
        return TransformerManager().transform_cell(code), ""
    except Exception:  # noqa: BLE001 - IPython cannot read it either: Python's parser names the error
        return code, ""


def _units(cell: int, source: str, tree: ast.Module) -> list[_Unit]:
    """The cell's top-level statements with what each binds and reads."""
    lines = source.splitlines()
    units: list[_Unit] = []
    for node in tree.body:
        first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        last = node.end_lineno or node.lineno
        if units and first <= units[-1].last:  # `a = 1; b = 2`: one line, one unit
            units[-1].nodes.append(node)
            units[-1].last = max(units[-1].last, last)
        else:
            units.append(_Unit(cell, first, last, [node]))
    for unit in units:
        _analyse(unit, "\n".join(lines[unit.first - 1:unit.last]))
    return units


def _analyse(unit: _Unit, text: str) -> None:
    """Fill in what a unit binds and reads, from Python's own symbol tables."""
    if len(unit.nodes) == 1 and _is_main_guard(unit.nodes[0]):
        unit.main_guard = True
        return
    try:
        table = symtable.symtable(text, "<cell>", "exec")
    except SyntaxError:  # e.g. `return` outside a function: parses, but is not a module
        table = None
    if table is not None:
        for sym in table.get_symbols():
            if sym.is_assigned() or sym.is_imported() or sym.is_declared_global():
                unit.binds.add(sym.get_name())
            if sym.is_referenced():
                unit.reads_now.add(sym.get_name())
        for child in table.get_children():
            _child_reads(child, unit, runs_now=child.get_type() != "function" or _is_comprehension(child))
    for node in unit.nodes:
        unit.kills |= _always_bound(node)
        unit.star |= isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            unit.defines.add(node.name)
        for sub in ast.walk(node):
            if isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name):
                unit.reads_now.add(sub.target.id)  # x += 1 reads x
            root = _mutated_root(sub)
            if root:
                unit.binds.add(root)
                unit.reads_now.add(root)


def _child_reads(table: symtable.SymbolTable, unit: _Unit, runs_now: bool) -> None:
    """Globals read in a nested scope: now for class bodies and comprehensions at the top level,
    when called for functions and lambdas (and everything nested in them)."""
    for sym in table.get_symbols():
        if sym.is_global() and sym.is_referenced():
            (unit.reads_now if runs_now else unit.reads_later).add(sym.get_name())
        if sym.is_declared_global() and sym.is_assigned():
            unit.binds.add(sym.get_name())  # a function that sets a global when called
    for child in table.get_children():
        now = runs_now and (child.get_type() != "function" or _is_comprehension(child))
        _child_reads(child, unit, runs_now=now)


def _is_comprehension(table: symtable.SymbolTable) -> bool:
    return table.get_name() in ("listcomp", "setcomp", "dictcomp", "genexpr")


def _always_bound(node: ast.stmt) -> set[str]:
    """Names a statement rebinds whenever it runs (an if, a loop or a try may not)."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return {(a.asname or a.name).split(".")[0] for a in node.names if a.name != "*"}
    targets = node.targets if isinstance(node, ast.Assign) else \
        [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else []
    names: set[str] = set()
    for target in targets:
        elements = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
        names |= {e.id for e in elements if isinstance(e, ast.Name)}
    return names


def _mutated_root(node: ast.AST) -> str | None:
    """The global a statement changes in place: `TABLE[k] = v`, `cfg.x = 1`, `TABLE.append(v)`."""
    if isinstance(node, (ast.Subscript, ast.Attribute)) and isinstance(node.ctx, (ast.Store, ast.Del)):
        return _root_name(node.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MUTATING_METHODS:
        return _root_name(node.func.value)
    return None


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _is_main_guard(node: ast.stmt) -> bool:
    """`if __name__ == "__main__":` (either way round): a student's demo, left out as in an import."""
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare) or len(node.test.comparators) != 1:
        return False
    sides = [node.test.left, node.test.comparators[0]]
    return any(isinstance(s, ast.Name) and s.id == "__name__" for s in sides) and \
        any(isinstance(s, ast.Constant) and s.value == "__main__" for s in sides)


def _slice(units: list[_Unit], functions: list[str]) -> tuple[set[int], dict[int, dict[str, str]]]:
    """The units the graded functions need (by index), and for each kept unit the names it binds
    that are needed, with the graded function that needs them.

    Walks the notebook backwards from its end, where the graders call the functions: a unit is
    kept when it binds a name needed at that point; a name it always rebinds is no longer needed
    before it, and the names it reads are. Globals that kept functions read when called are needed
    at the end (as the notebook left them), so the walk repeats until that set stops growing."""
    modules = {n for u in units for node in u.nodes if isinstance(node, (ast.Import, ast.ImportFrom))
               for n in _always_bound(node)}
    at_end = {f: f for f in functions}  # name -> the graded function that needs it
    while True:
        live = dict(at_end)
        kept: set[int] = set()
        needed_for: dict[int, dict[str, str]] = {}
        later: dict[str, str] = {}
        for index in range(len(units) - 1, -1, -1):
            unit = units[index]
            hit = {n: live[n] for n in unit.binds if n in live}
            if unit.main_guard or not (hit or unit.star):
                continue
            kept.add(index)
            needed_for[index] = hit
            reason = next(iter(hit.values()), "")
            for n in unit.kills:
                live.pop(n, None)
            for n in unit.reads_now | unit.reads_later:
                if not _is_builtin(n):
                    live.setdefault(n, reason)
            for n in unit.reads_later:
                if not _is_builtin(n):
                    later.setdefault(n, reason)
        grown = {n: r for n, r in later.items() if n not in at_end}
        if not grown:
            break
        at_end.update(grown)
    for index in kept:  # a module bound by an import is plain plumbing, not a value the student chose
        needed_for[index] = {n: r for n, r in needed_for[index].items() if n not in modules}
    return kept, needed_for


def needed_text(needed: dict[str, str]) -> str:
    """{"SCALE": "relu_forward", "EPS": "relu_forward"} -> "relu_forward() reads EPS and SCALE"."""
    by_function: dict[str, list[str]] = {}
    for name, function in sorted(needed.items()):
        by_function.setdefault(function or "a graded function", []).append(name)
    return "; ".join(f"{f}{'()' if f in needed.values() else ''} reads {_and(names)}"
                     for f, names in by_function.items())


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def notebook_sections(cells: list[NotebookCell]) -> list[tuple[str, list[str]]]:
    """What was graded of a notebook, for feedback: (heading, one line per cell) for the cells kept
    only because a graded function reads a name from them, and for the cells left out."""
    needed = [f"code cell {c.number}{' (in part)' if c.kept == 'part' else ''}: {c.first_line}  "
              f"[{needed_text(c.needed_for)}]" for c in cells if c.needed_for]
    left = [f"code cell {c.number}{' (in part)' if c.kept == 'part' else ''}: {c.first_line}"
            f"{f'  [{c.note}]' if c.note else ''}" for c in cells if c.kept != "all" and not c.needed_for]
    sections = []
    if needed:
        sections.append(("Cells run only because a graded function reads a name they set", needed))
    if left:
        sections.append(("Cells left out (the graded functions do not need them; the grader never ran them)",
                         left))
    return sections


def _numbers(values: list[int]) -> str:
    return ", ".join(str(v) for v in values)


def _is_builtin(name: str) -> bool:
    return hasattr(builtins, name)


def _refuse_broken_cells(cells: list[str], broken: dict[int, str], units: list[_Unit], kept: set[int],
                         functions: list[str], name: str) -> None:
    """A cell Python cannot parse is left out, unless it seems to define something the graded
    functions need and no other cell does: then it is the notebook's error, naming the cell."""
    bound = {n for u in units for n in u.binds}
    read = {n for i in kept for n in units[i].reads_now | units[i].reads_later}
    wanted = (set(functions) | read) - bound
    if not broken or not wanted:
        return
    names = "|".join(re.escape(n) for n in sorted(wanted, key=len, reverse=True))
    defines = re.compile(rf"^[ \t]*(?:def|class)[ \t]+({names})\b|^({names})[ \t]*=", re.MULTILINE)
    for number, error in broken.items():
        found = defines.search(cells[number - 1])
        if found:
            raise NotebookError(f"{name}: code cell {number} has a syntax error ({error}) and it defines "
                                f"{found.group(1) or found.group(2)}, which the grader needs; fix the cell and run "
                                "the notebook again")


def _assemble(cells: list[str], units: list[_Unit], kept: set[int], needed_for: dict[int, dict[str, str]],
              broken: dict[int, str], notes: dict[int, str]) -> NotebookModule:
    """The module's code (kept units in notebook order, cells two blank lines apart) and the cell report."""
    out: list[str] = []
    cell_of_line: dict[int, int] = {}
    reports: list[NotebookCell] = []
    in_cell: dict[int, list[int]] = {}
    for i, unit in enumerate(units):
        in_cell.setdefault(unit.cell, []).append(i)
    for number, code in enumerate(cells, start=1):
        indices = in_cell.get(number, [])
        mine = [i for i in indices if i in kept]
        python = python_of_cell(code)[0].splitlines() if mine else []
        kept_all = bool(mine) and all(i in kept or _inert(units[i]) for i in indices)
        if mine:
            out += ["", ""]
        spans = [(1, len(python))] if kept_all else [(units[i].first, units[i].last) for i in mine]
        for first, last in spans:  # a cell kept whole keeps its text as written (docstrings, comments)
            for line in python[first - 1:last]:
                out.append(line)
                cell_of_line[len(out)] = number
        needed = {n: r for i in mine if not (units[i].defines or _only_imports(units[i]))
                  for n, r in needed_for[i].items()}
        note = broken.get(number) and f"it has a syntax error ({broken[number]})"
        note = note or notes.get(number, "")
        if any(units[i].main_guard for i in indices) and not note:
            note = "an `if __name__ == \"__main__\":` block, left out as when a module is imported"
        reports.append(NotebookCell(number=number, first_line=_first_line(code),
                                    kept="all" if kept_all else "part" if mine else "none",
                                    needed_for=needed, note=note))
    return NotebookModule(code="\n".join(out).lstrip("\n") + "\n", cells=reports,
                          cell_of_line={line - _leading_blank(out): c for line, c in cell_of_line.items()})


def _inert(unit: _Unit) -> bool:
    """A docstring or `pass`: leaving it out changes nothing worth telling a student."""
    return all(isinstance(n, ast.Pass) or (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))
               for n in unit.nodes)


def _only_imports(unit: _Unit) -> bool:
    return all(isinstance(n, (ast.Import, ast.ImportFrom)) or
               (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)) for n in unit.nodes)


def _leading_blank(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line), 0)


def _first_line(code: str) -> str:
    line = next((ln.strip() for ln in code.splitlines() if ln.strip()), "")
    return line[:80] + ("…" if len(line) > 80 else "")


def _syntax_error_text(error: Exception) -> str:
    if isinstance(error, SyntaxError) and error.lineno:
        return f"line {error.lineno}: {error.msg}"
    return str(getattr(error, "msg", "") or error)[:200]


def _too_much(error: BaseException) -> str:
    return "nested too deeply" if isinstance(error, RecursionError) else "too large"


def code_cells(notebook_bytes: bytes, name: str) -> list[str]:
    """The source of each code cell of a format-4 notebook, in notebook order. Only what the grader
    relies on is checked (cells, their type and source), as Jupyter itself is lenient."""
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
        sources.append(source)
    if not sources:
        raise NotebookError(f"{name} has no code cells")
    return sources
