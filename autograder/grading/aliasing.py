"""Containers bound to two names at once: `means = variances = []` makes one list, and what is appended under
either name lands in both. Read from the student's source, not from values: the values of such code are those of
a wrong variable used twice (a slip of the correct code gives them too), but every name in it is right."""
from __future__ import annotations

import ast
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from autograder.grading.departure import _CHANGES_IN_PLACE as CHANGES_IN_PLACE
from autograder.grading.departure import _written_in_place
from autograder.grading.relations import Finding

# calls that make a new mutable container
MAKERS = frozenset({"list", "dict", "set", "bytearray", "deque", "defaultdict", "OrderedDict", "zeros", "ones",
                    "empty", "full", "zeros_like", "ones_like", "empty_like", "full_like", "array", "copy"})


@dataclass(frozen=True)
class SharedContainer:
    """One assignment that binds a new container to several names, each of which the function changes after."""

    function: str
    line: int  # in the student's file
    text: str  # the assignment's source
    names: tuple[str, ...]
    kind: str  # "list", "dict", "array", ...
    value: str  # the expression that makes it
    # how it is shared: "names" (`a = b = []`, or one container handed to two names: `zeros` given to two
    # setdefault calls), "keys" (dict.fromkeys(keys, []): every key's value), "items" ([[]] * n: every item)
    under: str = "names"


def _new_container(value: ast.expr) -> str | None:
    """The kind of a new mutable container the expression makes, or None."""
    if isinstance(value, (ast.List, ast.ListComp)):
        return "list"
    if isinstance(value, (ast.Dict, ast.DictComp)):
        return "dict"
    if isinstance(value, (ast.Set, ast.SetComp)):
        return "set"
    if isinstance(value, ast.Call):
        name = value.func.attr if isinstance(value.func, ast.Attribute) else getattr(value.func, "id", "")
        if name in MAKERS:
            return "array" if name not in ("list", "dict", "set", "deque", "defaultdict", "OrderedDict",
                                           "bytearray") else name
    return None


def _changed_in_place(function: ast.FunctionDef, name: str, after: int) -> bool:
    """Whether the function changes what `name` holds in place after line `after` (a method that mutates, an
    item or slice assigned, an augmented assignment: a list's += extends it, an array's adds in place), as the
    departure reads such writes (departure._written_in_place)."""
    return any(getattr(node, "lineno", 0) > after and _written_in_place(node) == name for node in ast.walk(function))


def _rebound(function: ast.FunctionDef, name: str, *lines: int) -> bool:
    """Whether a plain assignment at another line than these binds `name` anew (the sharing may end there)."""
    return any(isinstance(node, ast.Assign) and node.lineno not in lines and
               any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
               for node in ast.walk(function))


def shared_containers(source: str, functions: Iterable[str]) -> list[SharedContainer]:
    """The assignments `a = b = <new container>` in the named top-level functions of source whose names the
    function goes on to change in place, each of them (appends under one land in the other). [] when the source
    does not parse."""
    return list(_shared_containers(source, frozenset(functions)))


@functools.lru_cache(maxsize=64)  # asked again for each failing test of a submission
def _shared_containers(source: str, functions: frozenset[str]) -> tuple[SharedContainer, ...]:
    try:
        module = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return ()
    lines = source.splitlines()
    found = []
    defined = {node.name: node for node in module.body if isinstance(node, ast.FunctionDef)}  # the last wins
    for name in sorted(functions & set(defined)):
        function = defined[name]
        for node in ast.walk(function):
            if not isinstance(node, ast.Assign) or len(node.targets) < 2 or \
                    not all(isinstance(t, ast.Name) for t in node.targets):
                continue
            kind = _new_container(node.value)
            names = tuple(dict.fromkeys(t.id for t in node.targets))
            if kind is None or len(names) < 2 or any(_rebound(function, n, node.lineno) for n in names):
                continue
            if sum(_changed_in_place(function, n, node.end_lineno or node.lineno) for n in names) >= 2:
                found.append(SharedContainer(name, node.lineno, _text(lines, node), names, kind,
                                             ast.unparse(node.value)))
        found += _handed_twice(function, lines) + _one_for_every_entry(function, lines)
    return tuple(found)


def _text(lines: list[str], node: ast.AST) -> str:
    return " ".join(part.strip() for part in lines[node.lineno - 1:node.end_lineno or node.lineno])


def _handed_twice(function: ast.FunctionDef, lines: list[str]) -> list[SharedContainer]:
    """A name bound to a new container, then bound to two other names as it is (`a = z`), or stored by two
    setdefault calls that bind them (`a = config.setdefault("a", zeros)`): both changed in place, one container."""
    found = []
    for node in ast.walk(function):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        kind, source = _new_container(node.value), node.targets[0].id
        if kind is None or _rebound(function, source, node.lineno):
            continue
        takers = [(n.targets[0].id, n) for n in ast.walk(function) if isinstance(n, ast.Assign)
                  and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name) and n.lineno > node.lineno
                  and _hands_on(n.value, source)]
        names = tuple(dict.fromkeys(name for name, _ in takers))
        if len(names) >= 2 and not any(_rebound(function, name, *(n.lineno for _, n in takers)) for name in names) and \
                sum(_changed_in_place(function, name, node.lineno) for name in names) >= 2:
            first, last = takers[0][1], takers[-1][1]
            text = f"{_text(lines, first)}` and `{_text(lines, last)}" if len(takers) == 2 else _text(lines, first)
            found.append(SharedContainer(function.name, node.lineno, text, names, kind, ast.unparse(node.value),
                                         under=f"handed:{source}"))
    return found


def _hands_on(value: ast.expr, source: str) -> bool:
    """The expression is the name itself, or a setdefault call storing it (`config.setdefault("k", zeros)`)."""
    if isinstance(value, ast.Name):
        return value.id == source
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
        value.func.attr == "setdefault" and len(value.args) == 2 and isinstance(value.args[1], ast.Name) and \
        value.args[1].id == source


def _one_for_every_entry(function: ast.FunctionDef, lines: list[str]) -> list[SharedContainer]:
    """`d = dict.fromkeys(keys, <new container>)` or `rows = [<new container>] * n`, whose entries the function
    changes in place (d[k][:] = ..., rows[i].append(...)): every entry is one and the same container."""
    found = []
    for node in ast.walk(function):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        name, value, under = node.targets[0].id, node.value, None
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "fromkeys" \
                and len(value.args) == 2 and (kind := _new_container(value.args[1])) is not None:
            under, made = "keys", value.args[1]
        elif isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult) and \
                isinstance(value.left, ast.List) and len(value.left.elts) == 1 and \
                (kind := _new_container(value.left.elts[0])) is not None:
            under, made = "items", value.left.elts[0]
        if under is None or _rebound(function, name, node.lineno) or \
                not any(_entry_changed(n, name) for n in ast.walk(function) if getattr(n, "lineno", 0) > node.lineno):
            continue
        found.append(SharedContainer(function.name, node.lineno, _text(lines, node), (name,), kind, ast.unparse(made),
                                     under=under))
    return found


def _entry_changed(node: ast.AST, name: str) -> bool:
    """The statement changes an entry of `name` in place: name[k][...] = ..., name[k] += ..., name[k].append(...)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _entry_of(node.func.value, name):
        return node.func.attr in CHANGES_IN_PLACE
    if isinstance(node, ast.AugAssign):
        return _entry_of(node.target, name)
    if isinstance(node, ast.Assign):
        return any(isinstance(t, (ast.Subscript, ast.Attribute)) and _entry_of(t.value, name) for t in node.targets)
    return False


def _entry_of(node: ast.expr, name: str) -> bool:
    """node is name[k] (an entry of name)."""
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == name


def shared_container_finding(shared: SharedContainer) -> Finding:
    """What the shared container means, in the student's terms."""
    quoted = [f"`{n}`" for n in shared.names]
    names = ", ".join(quoted[:-1]) + " and " + quoted[-1]
    one = "array" if shared.kind == "array" else shared.kind
    if shared.under in ("keys", "items"):
        what = ("every key of" if shared.under == "keys" else "every item of")
        why = ("dict.fromkeys stores the one value it is given under every key" if shared.under == "keys" else
               "multiplying a list repeats references to its item, not copies")
        each = (f"{{k: {shared.value} for k in ...}}" if shared.under == "keys" else
                f"[{shared.value} for _ in range(...)]")
        return Finding("shared_container",
                       f"{shared.function}(), line {shared.line}: `{shared.text}` makes {what} `{shared.names[0]}` "
                       f"one and the same {one}, not one each ({why}): what your code writes into it through one "
                       f"entry is in every other, so they all hold the last values written. Make one {one} for each "
                       f"(`{each}`).",
                       f"{what} a dict or list of yours is one and the same {one} (dict.fromkeys, or a list "
                       f"multiplied): what is written through one entry is in all. Make one for each.")
    if shared.under.startswith("handed:"):
        source = shared.under.split(":", 1)[1]
        return Finding("shared_container",
                       f"{shared.function}(): `{shared.text}` give {names} one and the same {one}, `{source}` (line "
                       f"{shared.line}: `{source} = {shared.value}`), not one each: what your code puts in it under "
                       f"one name is also in it under the other, so they hold the same values, those of all of them "
                       f"mixed. Make one {one} for each (`{shared.value}` for each of them).",
                       f"two names of yours are given one and the same {one}: what is put in it under one name is in "
                       "it under the other. Make one for each.")
    separate = ", ".join(shared.names) + " = " + ", ".join([shared.value] * len(shared.names))
    return Finding("shared_container",
                   f"{shared.function}(), line {shared.line}: `{shared.text}` binds {names} to one and the same "
                   f"{one}, not one each: what your code puts in it under one name is also in it under the other, "
                   f"so they hold the same values, those of all of them mixed. Make one {one} for each "
                   f"(`{separate}`).",
                   f"a chained assignment binds several names to one and the same {one}: what is put in it under "
                   "one name is in it under the others. Make one for each.")
