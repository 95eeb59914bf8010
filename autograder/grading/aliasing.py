"""Containers bound to two names at once: `means = variances = []` makes one list, and what is appended under
either name lands in both. Read from the student's source, not from values: the values of such code are those of
a wrong variable used twice (a slip of the correct code gives them too), but every name in it is right."""
from __future__ import annotations

import ast
import functools
from collections.abc import Iterable
from dataclasses import dataclass

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


def _rebound(function: ast.FunctionDef, name: str, line: int) -> bool:
    """Whether a plain assignment elsewhere in the function binds `name` anew (the sharing may end there)."""
    return any(isinstance(node, ast.Assign) and node.lineno != line and
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
                text = " ".join(part.strip() for part in lines[node.lineno - 1:node.end_lineno or node.lineno])
                found.append(SharedContainer(name, node.lineno, text, names, kind, ast.unparse(node.value)))
    return tuple(found)


def shared_container_finding(shared: SharedContainer) -> Finding:
    """What the shared container means, in the student's terms."""
    quoted = [f"`{n}`" for n in shared.names]
    names = ", ".join(quoted[:-1]) + " and " + quoted[-1]
    one = "array" if shared.kind == "array" else shared.kind
    separate = ", ".join(shared.names) + " = " + ", ".join([shared.value] * len(shared.names))
    return Finding("shared_container",
                   f"{shared.function}(), line {shared.line}: `{shared.text}` binds {names} to one and the same "
                   f"{one}, not one each: what your code puts in it under one name is also in it under the other, "
                   f"so they hold the same values, those of all of them mixed. Make one {one} for each "
                   f"(`{separate}`).",
                   f"a chained assignment binds several names to one and the same {one}: what is put in it under "
                   "one name is in it under the others. Make one for each.")
