"""Catalogued mistakes: the solution with one function replaced by a typical wrong version.

An assignment's ``mistakes.py`` declares them:

    catalog = Catalog()

    @catalog.mistake("db_not_summed", "db is not summed over the batch ...")
    def affine_backward(dout, cache): ...

The same mutant serves two purposes: a submission file for tests (solution source with
the wrong function appended) and a trusted in-process module whose outputs are compared
with a failing student's outputs to name the mistake.
"""
from __future__ import annotations

import ast
import importlib.util
import inspect
import textwrap
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


@dataclass(frozen=True)
class Mistake:
    id: str
    message: str
    functions: tuple[str, ...]
    source: str  # the replacement function(s), without decorators


class Catalog:
    def __init__(self) -> None:
        self.mistakes: dict[str, Mistake] = {}
        self._helpers: list[str] = []

    def helper(self, fn: Callable) -> Callable:
        """A function that mistakes registered after it may call; it is added to their source."""
        self._helpers.append(_function_source(fn))
        return fn

    def mistake(self, id: str, message: str) -> Callable[[Callable], Callable]:
        def register(fn: Callable) -> Callable:
            code = _function_source(fn)
            old = self.mistakes.get(id)
            if old is not None:  # several functions make up one mistake
                self.mistakes[id] = Mistake(id, message, old.functions + (fn.__name__,), old.source + "\n" + code)
            else:
                self.mistakes[id] = Mistake(id, message, (fn.__name__,), "\n".join(self._helpers + [code]))
            return fn

        return register

    def __iter__(self):
        return iter(self.mistakes.values())

    def __len__(self) -> int:
        return len(self.mistakes)


def _function_source(fn: Callable) -> str:
    """The source of fn from its `def` line (decorators dropped), dedented."""
    src = textwrap.dedent(inspect.getsource(fn))
    node = ast.parse(src).body[0]
    return "\n".join(src.splitlines()[node.lineno - 1:]) + "\n"


def load_catalog(path: Path) -> Catalog:
    if not path.is_file():
        return Catalog()
    spec = importlib.util.spec_from_file_location(f"_mistakes_{abs(hash(str(path)))}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    catalog = getattr(module, "catalog", None)
    if not isinstance(catalog, Catalog):
        raise TypeError(f"{path} must define `catalog = Catalog()`")
    return catalog


def mutant_source(solution_source: str, mistake: Mistake) -> str:
    """The solution with the mistaken function(s) redefined at the end of the module."""
    return f"{solution_source.rstrip()}\n\n\n# --- mistake: {mistake.id}\n{mistake.source}"


def mutant_module(solution_file: Path, mistake: Mistake) -> types.ModuleType:
    """Trusted instructor code: executed in the grader process to reproduce the mistake."""
    module = types.ModuleType(f"mutant_{mistake.id}")
    module.__file__ = str(solution_file)
    code = compile(mutant_source(solution_file.read_text(encoding="utf-8"), mistake), str(solution_file), "exec")
    exec(code, module.__dict__)  # noqa: S102 - instructor's own code, never the student's
    return module


def load_module_from_file(path: Path, name: str) -> types.ModuleType:
    """Import trusted instructor code (a solution) from a file, under a private name."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
