"""Mutants of a solution's function: the solution with one small slip (an operator swapped, a constant off
by one, an axis changed, a term dropped, a reduction swapped, a transpose or a copy dropped, a statement
deleted, a loop cut short; OPERATORS), each the whole module's source with that one function changed.

Two users: the mutation audit (authoring/mutation.py) grades each mutant to find behaviour no grader
tests; the diagnosis (grading/slips.py) re-runs a failing test on them to find the one slip that gives a
student's wrong outputs.
"""
from __future__ import annotations

import ast
import builtins
import copy
import re
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Self

import numpy as np
from pydantic import BaseModel, Field

OPERATORS: dict[str, str] = {
    "arithmetic": "+ <-> -, * <-> /, // -> /, ** -> * (also in x += y)",
    "comparison": "< <-> <=, > <-> >=, == <-> !=, is <-> is not, in <-> not in",
    "off_by_one": "an integer constant +-1; the stop of range() +-1",
    "constant": "a float constant doubled, or set to 0 (0 set to 1)",
    "bool_flip": "True <-> False",
    "keepdims": "keepdims=True <-> keepdims=False",
    "axis": "axis=k to a neighbouring axis, one axis of a tuple dropped, or axis= removed",
    "drop_term": "a + b -> a or b, a - b -> a",
    "drop_factor": "a * b -> a or b, a / b -> a",
    "reduction_swap": "sum <-> mean, max <-> min, argmax <-> argmin, maximum <-> minimum, var <-> std",
    "transpose_dropped": "x.T -> x",
    "slice_bound": "a computed slice bound +-1",
    "copy_dropped": "x.copy() or np.copy(x) -> x (later writes go into the argument)",
    "statement_deleted": "a statement x += y, x[i] = v or f(...) deleted",
    "unary_dropped": "-x, not x, ~x -> x",
    "loop_once": "a for loop stops after its first iteration",
    "loop_skip_first": "a for loop skips its first iteration",
    "name_swap": "a name for another bound with it (N, C, H, W = x.shape: W for H), or a function for one named "
                 "alike (diagnosis only)",
    "arguments_swapped": "two neighbouring arguments of a call in each other's place (diagnosis only)",
    "assignment_dropped": "one name of a, b, c = x, y, z left out: its value not set there (diagnosis only; a "
                          "student writes them one per line)",
    "term_moved": "f(x) + t <-> f(x + t) for a one-argument f (sqrt, log, exp): an epsilon inside a square root or "
                  "outside it (diagnosis only)",
    "ddof": "std or var with ddof=1 (the unbiased N - 1) where none is given, or ddof=1 removed (diagnosis only)",
    "comparison_bound": "a computed bound of a comparison +-1: step < n -> step < n - 1 (diagnosis only)",
    "statements_swapped": "two neighbouring statements of a block, one reading or writing what the other writes, in "
                          "each other's place (diagnosis only: an update made before the line that needs the old "
                          "value)",
}

_ARITHMETIC: dict[type, type] = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
                                 ast.FloorDiv: ast.Div, ast.Pow: ast.Mult}
_COMPARISON: dict[type, tuple[type, ...]] = {
    ast.Lt: (ast.LtE,), ast.LtE: (ast.Lt,), ast.Gt: (ast.GtE,), ast.GtE: (ast.Gt,), ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,), ast.Is: (ast.IsNot,), ast.IsNot: (ast.Is,), ast.In: (ast.NotIn,), ast.NotIn: (ast.In,)}
# What students also put for a comparison, the other way round (a probability of keeping read as one of
# dropping), and for a reduction (a mean for a max): tried by the diagnosis (grading/slips.py), not by the
# audit, whose mutants stay the classic swaps.
CONFUSED_COMPARISONS: dict[type, tuple[type, ...]] = _COMPARISON | {
    ast.Lt: (ast.LtE, ast.Gt, ast.GtE), ast.LtE: (ast.Lt, ast.Gt, ast.GtE), ast.Gt: (ast.GtE, ast.Lt, ast.LtE),
    ast.GtE: (ast.Gt, ast.Lt, ast.LtE)}
_REDUCTIONS: dict[str, tuple[str, ...]] = {
    "sum": ("mean",), "mean": ("sum",), "max": ("min",), "min": ("max",), "argmax": ("argmin",),
    "argmin": ("argmax",), "maximum": ("minimum",), "minimum": ("maximum",), "amax": ("amin",), "amin": ("amax",),
    "var": ("std",), "std": ("var",), "nansum": ("nanmean",), "nanmean": ("nansum",), "nanmax": ("nanmin",),
    "nanmin": ("nanmax",)}
CONFUSED_REDUCTIONS: dict[str, tuple[str, ...]] = _REDUCTIONS | {
    "sum": ("mean", "max"), "mean": ("sum", "max", "median"), "max": ("min", "mean", "sum"), "min": ("max", "mean"),
    "amax": ("amin", "mean"), "maximum": ("minimum", "fmax"), "var": ("std", "mean"), "std": ("var",),
    "log": ("log10", "log2"), "log10": ("log", "log2"), "log2": ("log", "log10"),  # and a logarithm's base
    "empty": ("zeros",), "empty_like": ("zeros_like",)}  # an array whose unwritten entries hold what memory held


class MutationAuditError(Exception):
    """The audit cannot start: an unknown function, or a solution that does not earn full marks in-process."""


class Mutant(BaseModel):
    id: str = Field(description="function@line#n, stable while the solution's source is unchanged")
    function: str
    line: int
    operator: str
    before: str = Field(description="the solution's line(s)")
    after: str = Field(description="the mutant's line(s)")
    in_solution_block: bool = Field(description="inside ### BEGIN/END SOLUTION, i.e. code students write")
    source: str = Field(default="", exclude=True, description="the whole mutated module")
    parameter: str | None = Field(default=None, exclude=True, description="the parameter whose default it changes")
    also_lines: tuple[int, ...] = Field(default=(), exclude=True, description="other lines with the same change (the "
                                        "diagnosis's slip made twice, e.g. in a row's and a column's line)")
    also_before: tuple[str, ...] = Field(default=(), exclude=True, description="those lines in the solution")
    swapped: tuple[str, str] | None = Field(default=None, exclude=True,
                                            description="a name_swap's (name meant, name written)")
    order: tuple[str, str] | None = Field(default=None, exclude=True,
                                          description="a statements_swapped's two statements, in the solution's order; "
                                                      "a term_moved's expression, the solution's and the mutant's")


# ----------------------------------------------------------------- the mutator
_AstPath = tuple[tuple[str, int | None], ...]
_SKIPPED_FIELDS = {"annotation", "returns", "type_comment", "type_params", "decorator_list"}


def _walk(node: ast.AST, path: _AstPath = ()) -> Iterator[tuple[ast.AST, _AstPath]]:
    """Every node under node with its path of (field, index) steps; f-strings and annotations are not code to mutate."""
    yield node, path
    if isinstance(node, ast.JoinedStr):
        return
    for name, value in ast.iter_fields(node):
        if name in _SKIPPED_FIELDS:
            continue
        if isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, ast.AST):
                    yield from _walk(item, path + ((name, i),))
        elif isinstance(value, ast.AST):
            yield from _walk(value, path + ((name, None),))


def _replace_at(root: ast.AST, path: _AstPath, new: ast.AST) -> None:
    node: Any = root
    for name, index in path[:-1]:
        node = getattr(node, name) if index is None else getattr(node, name)[index]
    name, index = path[-1]
    if index is None:
        setattr(node, name, new)
    else:
        getattr(node, name)[index] = new


def _number(value: float) -> ast.expr:
    """A literal as the parser builds it: a negative number is a minus applied to a constant."""
    return ast.UnaryOp(ast.USub(), ast.Constant(-value)) if value < 0 else ast.Constant(value)


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _plus(node: ast.expr, delta: int) -> ast.expr:
    return ast.BinOp(node, ast.Add() if delta > 0 else ast.Sub(), ast.Constant(abs(delta)))


def _axis_variants(value: ast.expr) -> list[ast.expr]:
    """Other axes for axis=value: the neighbouring ones for an int, each axis dropped for a tuple."""
    if isinstance(value, ast.Constant) and type(value.value) is int:
        k = value.value
        return [_number(a) for a in (k - 1, k + 1) if a >= -1]
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.USub) and isinstance(value.operand, ast.Constant):
        return [_number(-value.operand.value - 1)]  # axis=-1 -> -2
    if isinstance(value, ast.Tuple) and len(value.elts) > 1:
        return [ast.Tuple([e for j, e in enumerate(value.elts) if j != i], ast.Load()) for i in range(len(value.elts))]
    return []


OPERATOR_SYMBOLS: dict[type, str] = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
                             ast.Pow: "**", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==",
                             ast.NotEq: "!=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in"}


@dataclass
class _Change:
    """One mutation of a node: what its target becomes, as a tree (to check the splice) and, where it
    can be written from the original's own text, as text (so the mutant keeps the author's layout)."""

    operator: str
    replacement: ast.AST
    text: str | None = None
    below: _AstPath = ()  # the target: this path below the node (default: the node itself)
    swapped: tuple[str, str] | None = None  # a name_swap's (name meant, name written)
    shown: tuple[str, str] | None = None  # (the solution's expression, the mutant's), as a slip names them


# one-argument functions a term is put inside or outside of: np.sqrt(v) + eps written np.sqrt(v + eps)
_TERM_FUNCTIONS = frozenset({"sqrt", "log", "exp", "log1p", "abs"})


def _one_argument_call(node: ast.AST) -> bool:
    name = node.func.attr if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) else \
        node.func.id if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) else None
    return name in _TERM_FUNCTIONS and len(node.args) == 1 and not node.keywords  # type: ignore[union-attr]


def _term_moved(src: _Source, node: ast.AST) -> Iterator[_Change]:
    """f(x) + t written f(x + t) (node the sum), and f(x + t) written f(x) + t (node the call); f a one-argument
    function (sqrt, log, exp): an epsilon put inside a square root, or taken out of it."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        for call, term, call_left in ((node.left, node.right, True), (node.right, node.left, False)):
            if _one_argument_call(call):
                argument = call.args[0]  # type: ignore[attr-defined]
                inside = ast.BinOp(argument, ast.Add(), term) if call_left else ast.BinOp(term, ast.Add(), argument)
                moved = ast.Call(call.func, [inside], [])  # type: ignore[attr-defined]
                parts = (src.segment(argument), src.segment(term)) if call_left else \
                    (src.segment(term), src.segment(argument))
                text = f"{src.segment(call.func)}({parts[0]} + {parts[1]})"  # type: ignore[attr-defined]
                yield _Change("term_moved", moved, text, shown=(src.segment(node), text))
    elif _one_argument_call(node) and isinstance(node.args[0], ast.BinOp) and \
            isinstance(node.args[0].op, ast.Add):  # type: ignore[attr-defined]
        inner = node.args[0]  # type: ignore[attr-defined]
        out = ast.BinOp(ast.Call(node.func, [inner.left], []), ast.Add(), inner.right)  # type: ignore[attr-defined]
        text = f"{src.segment(node.func)}({src.segment(inner.left)}) + {src.segment(inner.right)}"  # type: ignore
        yield _Change("term_moved", out, text, shown=(src.segment(node), text))


def _expression_mutations(src: _Source, node: ast.AST, parent: ast.AST | None,
                          confusions: bool) -> Iterator[_Change]:
    if confusions:
        yield from _term_moved(src, node)
    if isinstance(node, ast.BinOp):
        swapped = _ARITHMETIC.get(type(node.op))
        if swapped:
            yield _Change("arithmetic", ast.BinOp(node.left, swapped(), node.right),
                          src.swap_between(node, node.left, node.right, OPERATOR_SYMBOLS[type(node.op)],
                                           OPERATOR_SYMBOLS[swapped]))
        kept = {ast.Add: ("left", "right"), ast.Sub: ("left",), ast.Mult: ("left", "right"), ast.Div: ("left",),
                ast.FloorDiv: ("left",)}.get(type(node.op), ())
        for side in kept:
            operand = getattr(node, side)
            yield _Change("drop_term" if isinstance(node.op, (ast.Add, ast.Sub)) else "drop_factor", operand,
                          src.segment(operand))
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Not, ast.Invert)):
        if not isinstance(node.operand, ast.Constant):  # -1 is a literal: off_by_one and constant change it
            yield _Change("unary_dropped", node.operand, src.segment(node.operand))
        elif confusions and isinstance(node.op, ast.USub) and type(node.operand.value) in (int, float) and \
                node.operand.value != 1:  # (-1 for 1: off_by_one's twice over)
            yield _Change("unary_dropped", node.operand, src.segment(node.operand))  # a number's sign: exp(-2 x)
    elif isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            for swapped in (CONFUSED_COMPARISONS if confusions else _COMPARISON).get(type(op), ()):
                left = node.left if i == 0 else node.comparators[i - 1]
                yield _Change("comparison", ast.Compare(node.left, node.ops[:i] + [swapped()] + node.ops[i + 1:],
                                                        node.comparators),
                              src.swap_between(node, left, node.comparators[i], OPERATOR_SYMBOLS[type(op)],
                                               OPERATOR_SYMBOLS[swapped]))
        bound = node.comparators[-1]
        if confusions and len(node.ops) == 1 and isinstance(node.ops[0], (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) and \
                not isinstance(bound, ast.Constant):  # (a constant bound: off_by_one changes it)
            for delta in (1, -1):  # a warm-up guarded by step < warmup_steps - 1: the last step falls out of it
                yield _Change("comparison_bound", ast.Compare(node.left, node.ops, [_plus(bound, delta)]))
    elif isinstance(node, ast.Constant):
        yield from _constant_mutations(node, parent)
        if confusions and type(node.value) in (int, float) and node.value == 0 and (
                isinstance(parent, (ast.Assign, ast.AnnAssign)) or
                (isinstance(parent, ast.Tuple) and type(node.value) is float)):
            # a running minimum (or maximum) started at 0 (best = 0.0, which no loss is below): at infinity
            for sign, text in ((1, 'float("inf")'), (-1, '-float("inf")')):
                infinity = ast.Call(ast.Name("float", ast.Load()), [ast.Constant("inf")], [])
                yield _Change("start_at_infinity", infinity if sign > 0 else ast.UnaryOp(ast.USub(), infinity), text)
    elif isinstance(node, ast.Call):
        yield from _call_mutations(src, node, CONFUSED_REDUCTIONS if confusions else _REDUCTIONS)
        if confusions:
            yield from _ddof_changed(node)
        if confusions:
            yield from _arguments_swapped(src, node)
    elif isinstance(node, ast.Attribute) and node.attr == "T" and isinstance(node.ctx, ast.Load):
        yield _Change("transpose_dropped", node.value, src.segment(node.value))
    elif isinstance(node, ast.Slice):
        for bound in ("lower", "upper"):
            value = getattr(node, bound)
            if value is not None and not isinstance(value, ast.Constant):  # constants: off_by_one does them
                for delta in (1, -1):
                    yield _Change("slice_bound", _plus(value, delta), f"{src.segment(value)} {'+-'[delta < 0]} 1",
                                  below=((bound, None),))


def _constant_mutations(node: ast.Constant, parent: ast.AST | None) -> Iterator[_Change]:
    value = node.value
    if isinstance(value, bool):
        keepdims = isinstance(parent, ast.keyword) and parent.arg == "keepdims"
        yield _Change("keepdims" if keepdims else "bool_flip", ast.Constant(not value))
    elif isinstance(value, int):
        if isinstance(parent, ast.keyword) and parent.arg == "axis":
            return  # the axis operator does these
        for changed in (value + 1, value - 1):
            yield _Change("off_by_one", _number(changed))
    elif isinstance(value, float):
        for changed in ((value * 2, 0.0) if value else (1.0,)):
            yield _Change("constant", _number(changed))


# numpy's functions whose result depends on the order of their first arguments (np.maximum(x, 0) does not)
_ORDERED_NUMPY = frozenset({"dot", "matmul", "outer", "subtract", "divide", "true_divide", "power", "kron", "cross",
                            "convolve", "correlate", "tensordot", "linalg.solve"})


def _arguments_swapped(src: _Source, node: ast.Call) -> Iterator[_Change]:
    """Two neighbouring positional arguments of a call in each other's place (update_ratio(g, w, lr) for
    update_ratio(w, g, lr)): a call of a function of the module's, or of numpy's where order matters."""
    name = _call_name(node)
    own = isinstance(node.func, ast.Name) and node.func.id not in dir(builtins)
    if not (own or name in _ORDERED_NUMPY) or any(isinstance(a, ast.Starred) for a in node.args):
        return
    for i in range(len(node.args) - 1):
        a, b = node.args[i], node.args[i + 1]
        if isinstance(a, ast.Constant) and isinstance(b, ast.Constant) or src.segment(a) == src.segment(b):
            continue
        args = [*node.args[:i], b, a, *node.args[i + 2:]]
        parts = [src.segment(x) for x in [*args, *node.keywords]]
        text = f"{src.segment(node.func)}({', '.join(parts)})"
        yield _Change("arguments_swapped", ast.Call(node.func, args, node.keywords), text)


def _ddof_changed(node: ast.Call) -> Iterator[_Change]:
    """A standard deviation or variance taken with ddof=1 (torch.std's unbiased default, pandas'), where the
    solution gives none; or the solution's ddof=1 left out."""
    if _call_name(node) not in ("std", "var", "nanstd", "nanvar"):
        return
    given = [i for i, kw in enumerate(node.keywords) if kw.arg == "ddof"]
    if not given:
        yield _Change("ddof", ast.Call(node.func, node.args, [*node.keywords, ast.keyword("ddof", ast.Constant(1))]))
    elif isinstance(node.keywords[given[0]].value, ast.Constant) and node.keywords[given[0]].value.value == 1:
        yield _Change("ddof", ast.Call(node.func, node.args, [kw for kw in node.keywords if kw.arg != "ddof"]))


def _call_mutations(src: _Source, node: ast.Call, reductions: dict[str, tuple[str, ...]]) -> Iterator[_Change]:
    name = _call_name(node)
    for other in reductions.get(name or "", ()):
        func = copy.copy(node.func)
        setattr(func, "attr" if isinstance(func, ast.Attribute) else "id", other)
        yield _Change("reduction_swap", ast.Call(func, node.args, node.keywords), src.renamed_call(node, name, other))
    if name == "copy" and isinstance(node.func, ast.Attribute):
        np_copy = isinstance(node.func.value, ast.Name) and node.func.value.id in ("np", "numpy")
        if np_copy and len(node.args) == 1 and not node.keywords:
            yield _Change("copy_dropped", node.args[0], src.segment(node.args[0]))
        elif not np_copy and not node.args and not node.keywords:
            yield _Change("copy_dropped", node.func.value, src.segment(node.func.value))
    if name == "range" and node.args and not isinstance(node.args[min(1, len(node.args) - 1)], ast.Constant):
        stop = min(1, len(node.args) - 1)  # range(stop) or range(start, stop[, step])
        for delta in (1, -1):
            yield _Change("off_by_one", _plus(node.args[stop], delta),
                          f"{src.segment(node.args[stop])} {'+-'[delta < 0]} 1", below=(("args", stop),))
    for i, kw in enumerate(node.keywords):
        if kw.arg == "axis":
            for axis in _axis_variants(kw.value):
                yield _Change("axis", axis, below=(("keywords", i), ("value", None)))
            yield _Change("axis", ast.Call(node.func, node.args, node.keywords[:i] + node.keywords[i + 1:]),
                          src.without_argument(node, kw))


def _statement_mutations(src: _Source, node: ast.stmt, confusions: bool = False) -> Iterator[_Change]:
    """Deletions, augmented operator swaps, shortened loops; confusions: also one pair of a multiple
    assignment left out (best, wait = loss, 0 -> best = loss: a reset never made)."""
    if confusions and isinstance(node, ast.Assign) and len(node.targets) == 1 and \
            isinstance(node.targets[0], ast.Tuple) and isinstance(node.value, ast.Tuple) and \
            len(node.targets[0].elts) == len(node.value.elts) >= 2 and \
            not any(isinstance(e, ast.Starred) for e in node.targets[0].elts + node.value.elts):
        names, values = node.targets[0].elts, node.value.elts
        for k in range(len(names)):
            kept = [i for i in range(len(names)) if i != k]
            target = ast.Tuple([names[i] for i in kept], ast.Store()) if len(kept) > 1 else names[kept[0]]
            value = ast.Tuple([values[i] for i in kept], ast.Load()) if len(kept) > 1 else values[kept[0]]
            yield _Change("assignment_dropped", ast.Assign([target], value, lineno=node.lineno))
    if isinstance(node, ast.AugAssign):
        swapped = _ARITHMETIC.get(type(node.op))
        if swapped:
            yield _Change("arithmetic", ast.AugAssign(node.target, swapped(), node.value),
                          src.swap_between(node, node.target, node.value, OPERATOR_SYMBOLS[type(node.op)] + "=",
                                           OPERATOR_SYMBOLS[swapped] + "="))
        yield _Change("statement_deleted", ast.Pass(), "pass")
    elif isinstance(node, ast.Assign) and all(isinstance(t, ast.Subscript) for t in node.targets):
        yield _Change("statement_deleted", ast.Pass(), "pass")  # a write into an array or a dict (state, a gradient)
    elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        yield _Change("statement_deleted", ast.Pass(), "pass")  # a call for its effect: path.append(w), opt.step()
    elif isinstance(node, ast.For):  # the iterable is replaced, not the loop: its body keeps its indentation
        listed = ast.Call(ast.Name("list", ast.Load()), [node.iter], [])
        for operator, bounds, text in (("loop_once", (None, ast.Constant(1)), "[:1]"),
                                       ("loop_skip_first", (ast.Constant(1), None), "[1:]")):
            yield _Change(operator, ast.Subscript(listed, ast.Slice(*bounds), ast.Load()),
                          f"list({src.segment(node.iter)}){text}", below=(("iter", None),))


def _solution_lines(source: str) -> set[int]:
    """Line numbers inside ### BEGIN SOLUTION / ### END SOLUTION blocks."""
    inside, lines = False, set()
    for number, line in enumerate(source.splitlines(), 1):
        marker = line.strip()
        if marker == "### BEGIN SOLUTION":
            inside = True
        elif marker == "### END SOLUTION":
            inside = False
        elif inside:
            lines.add(number)
    return lines


class _Source:
    """The solution's text, addressed by the parser's (line, byte column) positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.splitlines(keepends=True)
        self._starts = [0]
        for line in self.lines:
            self._starts.append(self._starts[-1] + len(line))

    def offset(self, lineno: int, col: int) -> int:
        line = self.lines[lineno - 1]
        return self._starts[lineno - 1] + len(line.encode("utf-8")[:col].decode("utf-8"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        return (self.offset(node.lineno, node.col_offset),  # type: ignore[attr-defined]
                self.offset(node.end_lineno, node.end_col_offset))  # type: ignore[attr-defined]

    def segment(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.text[start:end]

    def swap_between(self, node: ast.AST, left: ast.AST, right: ast.AST, old: str, new: str) -> str | None:
        """node's text with the operator `old` written between left and right replaced by `new`."""
        start, end = self.span(node)
        gap_start, gap_end = self.span(left)[1], self.span(right)[0]
        pattern = r"\b" + re.escape(old).replace(r"\ ", r"\s+") + r"\b" if old[0].isalpha() else \
            r"(?<![-+*/<>=!@%])" + re.escape(old) + r"(?![*/<>=])"
        gap, n = re.subn(pattern, new, self.text[gap_start:gap_end], count=1)
        return self.text[start:gap_start] + gap + self.text[gap_end:end] if n else None

    def renamed_call(self, node: ast.Call, old: str, new: str) -> str | None:
        """The call's text with the called name (np.sum, x.max, max) replaced."""
        start, end = self.span(node)
        func_end = self.span(node.func)[1]
        if not self.text[start:func_end].endswith(old):
            return None
        return self.text[start:func_end - len(old)] + new + self.text[func_end:end]

    def without_argument(self, node: ast.Call, argument: ast.AST) -> str:
        """The call's text with one argument removed, with its comma."""
        start, end = self.span(node)
        arguments = sorted([*node.args, *node.keywords], key=lambda a: self.span(a))
        i = arguments.index(argument)
        if i > 0:
            cut = (self.span(arguments[i - 1])[1], self.span(argument)[1])
        elif len(arguments) > 1:
            cut = (self.span(argument)[0], self.span(arguments[1])[0])
        else:
            cut = self.span(argument)
        return self.text[start:cut[0]] + self.text[cut[1]:end]

    def function_span(self, function: ast.FunctionDef) -> tuple[int, int, int]:
        """(the function's first line, its decorators' included; its start and end offsets in the text)."""
        first = min([function.lineno, *(d.lineno for d in function.decorator_list)])
        return first, self.offset(first, 0), self.offset(function.end_lineno, function.end_col_offset)  # type: ignore[arg-type]

    def splice(self, node: ast.AST, text: str) -> tuple[str, str, str]:
        """(the source with node's text replaced, node's original line(s), the new line(s))."""
        start = self.offset(node.lineno, node.col_offset)  # type: ignore[attr-defined]
        end = self.offset(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]
        new = self.text[:start] + text + self.text[end:]
        line_start = self._starts[node.lineno - 1]  # type: ignore[attr-defined]
        line_end = self._starts[node.end_lineno]  # type: ignore[attr-defined]
        before = self.text[line_start:line_end]
        after = new[line_start:line_end + len(new) - len(self.text)]
        return new, _one_line(before), _one_line(after)


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def function_span(text: str, name: str) -> tuple[int, int, int]:
    """Where the top-level function `name` lies in a module's text: (its first line, decorators included;
    its start and end offsets). LookupError when there is none."""
    node = top_level_function(ast.parse(text), name)
    if node is None:
        raise LookupError(name)
    return _Source(text).function_span(node)


def undocumented(body: list[ast.stmt]) -> list[ast.stmt]:
    """A body of statements without its docstring (a first statement that is a string alone)."""
    documented = bool(body) and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and \
        isinstance(body[0].value.value, str)
    return body[1:] if documented else body


def top_level_function(tree: ast.Module, name: str) -> ast.FunctionDef | None:
    found = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == name]
    return found[-1] if found else None  # type: ignore[return-value]


def _spliced_mutant(source: _Source, function: ast.FunctionDef, path: _AstPath, target: ast.AST,
                    change: _Change) -> tuple[str, str, str] | None:
    """The module with target replaced, checked by parsing it back: the splice must give exactly the
    intended tree. The change's own text is tried first, then the tree written out by ast.unparse,
    each bare and then in parentheses (added only where precedence needs them)."""
    expected = copy.deepcopy(function)
    _replace_at(expected, path, change.replacement)
    wanted = ast.dump(expected)
    texts = [t for t in (change.text, ast.unparse(change.replacement)) if t is not None]
    candidates = texts if isinstance(target, ast.stmt) else [c for t in texts for c in (t, f"({t})")]
    _, start, end = source.function_span(function)
    for candidate in candidates:
        new, before, after = source.splice(target, candidate)
        try:  # the function's own text parsed back (the splice stays inside it): not the whole module
            got = top_level_function(ast.parse(new[start:end + len(new) - len(source.text)]), function.name)
        except SyntaxError:
            continue
        if got is not None and ast.dump(got) == wanted:
            return new, before, after
    return None  # no faithful splice (never seen in practice): better no mutant than a wrong one


def function_mutants(source: str, function: str, confusions: bool = False) -> list[Mutant]:
    """Every mutant of one top-level function of a module's source, in source order, duplicates removed;
    confusions: also what students put for a reduction or a comparison (CONFUSED_REDUCTIONS and
    CONFUSED_COMPARISONS), beyond the audit's classic swaps."""
    text = _Source(source)
    tree = ast.parse(source)
    fn = top_level_function(tree, function)
    if fn is None:
        raise MutationAuditError(f"no function {function}() in the solution")
    solution_lines = _solution_lines(source)
    docstring = fn.body[0] if fn.body and isinstance(fn.body[0], ast.Expr) and \
        isinstance(getattr(fn.body[0], "value", None), ast.Constant) else None
    found: list[tuple[tuple[int, int], ast.AST, _AstPath, _Change]] = []
    parents: dict[_AstPath, ast.AST] = {}
    swaps = _siblings(fn, tree) if confusions else {}
    for node, path in _walk(fn):
        parents[path] = node
        if node is fn or node is docstring or not hasattr(node, "lineno"):
            continue
        changes = _statement_mutations(text, node, confusions) if isinstance(node, ast.stmt) else \
            _expression_mutations(text, node, parents.get(path[:-1]), confusions)
        if confusions and isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            parent = parents.get(path[:-1])
            beside = {n.id for n in (getattr(parent, "left", None), getattr(parent, "right", None))
                      if isinstance(n, ast.Name)} if isinstance(parent, ast.BinOp) else set()
            changes = [*changes, *(_Change("name_swap", ast.Name(other, ast.Load()), other, swapped=(node.id, other))
                                   for other in swaps.get(node.id, ()) if other not in beside)]  # not x / x
        for change in changes:
            target, where = node, path
            for name, index in change.below:
                target = getattr(target, name) if index is None else getattr(target, name)[index]
                where += ((name, index),)
            found.append(((node.lineno, node.col_offset), target, where, change))  # type: ignore[attr-defined]
    mutants: list[Mutant] = []
    seen: set[str] = set()
    swaps_of_order = _order_swaps(text, fn) if confusions else []
    for (line, _), target, path, change in sorted(found, key=lambda f: f[0]):
        spliced = _spliced_mutant(text, fn, path, target, change)
        if spliced is None or spliced[0] in seen or spliced[0] == source:
            continue
        seen.add(spliced[0])
        new, before, after = spliced
        mutants.append(Mutant(id=f"{function}@{line}#{len(mutants) + 1}", function=function, line=line,
                              operator=change.operator, before=before, after=after,
                              in_solution_block=line in solution_lines, source=new,
                              parameter=_defaulted_parameter(fn, path), swapped=change.swapped,
                              order=change.shown))
    for new, first, second in swaps_of_order:
        if new in seen:
            continue
        seen.add(new)
        before, after = (_one_line(text.segment(first)), _one_line(text.segment(second)))
        mutants.append(Mutant(id=f"{function}@{first.lineno}#{len(mutants) + 1}", function=function,
                              line=first.lineno, operator="statements_swapped", before=f"{before}\n{after}",
                              after=f"{after}\n{before}", in_solution_block=first.lineno in solution_lines,
                              source=new, order=(before, after)))
    return mutants


_SIMPLE = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr)


def _assigned(node: ast.stmt) -> list[ast.expr]:
    """The targets of an assignment statement (x in x = ..., x[i] += ...); none for another statement."""
    return node.targets if isinstance(node, ast.Assign) else [node.target] if \
        isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []


def _names(node: ast.stmt, stored: bool) -> set[str]:
    """The names a statement binds or writes into (stored: x = ..., x[i] = ..., x += ..., x.append(...)), or
    reads otherwise (not stored): the object of its own write (x in x[i] = v, config in config.setdefault(...)) is
    not counted as read, so two writes into one dict are independent unless one reads what the other wrote."""
    targets = _assigned(node)
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Attribute):
        targets = [node.value.func.value]  # path.append(w), config.setdefault(...): a call for its effect on its object
    bases = []
    for target in targets:
        while isinstance(target, (ast.Subscript, ast.Attribute)):
            target = target.value
        bases.append(target)
    written = {b.id for b in bases if isinstance(b, ast.Name)} | \
        {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    if stored:
        return written
    skipped = {id(b) for b in bases}
    read = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
            and id(n) not in skipped}
    if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
        read.add(node.target.id)  # x += v reads x
    return read


def _rebound(node: ast.stmt) -> set[str]:
    """The names a statement binds anew (x = ..., x += ...), not those it writes into (x[i] = ...)."""
    return {n.id for t in _assigned(node) for n in ast.walk(t)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


def _bound_before(fn: ast.FunctionDef, line: int) -> set[str]:
    """The parameters, and the names a statement of fn before this line binds (a loop's targets too)."""
    arguments = fn.args
    bound = {a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                             *filter(None, (arguments.vararg, arguments.kwarg))]}
    return bound | {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
                    and n.lineno < line}


def _order_swaps(text: _Source, fn: ast.FunctionDef) -> list[tuple[str, ast.stmt, ast.stmt]]:
    """(the module with two neighbouring simple statements of a block in each other's place, the first, the
    second) for each pair where the order matters: one reads or writes what the other writes. Each statement
    whole on its own lines (no `a; b`); checked by parsing the function back."""
    found = []
    _, start, end = text.function_span(fn)
    for node in ast.walk(fn):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if not isinstance(block, list):
                continue
            for first, second in zip(block, block[1:]):
                if not isinstance(first, _SIMPLE) or not isinstance(second, _SIMPLE) or \
                        isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                    continue  # (a docstring)
                shared = _names(first, True) & _names(second, False) | _names(second, True) & _names(first, False) | \
                    _rebound(first) & _rebound(second)
                # independent (the same either way), or a name used before it is bound (Python says so: no slip)
                if not shared or not shared <= _bound_before(fn, first.lineno):
                    continue
                spans = []
                for statement in (first, second):
                    line_start = text.offset(statement.lineno, 0)
                    line_end = text.offset(statement.end_lineno, 0) + len(text.lines[statement.end_lineno - 1])
                    own = text.text[line_start:line_end]
                    if text.span(statement) != (line_start + len(own) - len(own.lstrip()),
                                                line_end - (len(own) - len(own.rstrip()))):
                        break  # shares a line with something else (another statement, a comment): left
                    spans.append((line_start, line_end))
                if len(spans) < 2:
                    continue
                (a0, a1), (b0, b1) = spans
                new = text.text[:a0] + text.text[b0:b1] + text.text[a1:b0] + text.text[a0:a1] + text.text[b1:]
                expected = copy.deepcopy(fn)
                held = getattr(dict(zip(map(id, ast.walk(fn)), ast.walk(expected)))[id(node)], field)
                i = next(k for k, x in enumerate(block) if x is first)
                held[i], held[i + 1] = held[i + 1], held[i]
                try:
                    got = top_level_function(ast.parse(new[start:end + len(new) - len(text.text)]), fn.name)
                except SyntaxError:
                    continue
                if got is not None and ast.dump(got) == ast.dump(expected):
                    found.append((new, first, second))
    return found


def _siblings(fn: ast.FunctionDef, module: ast.Module) -> dict[str, tuple[str, ...]]:
    """The names a student may write for one another (the wrong variable): names bound together by one
    tuple target (N, C, H, W = x.shape; for W, dW in ...); the function's parameters; and the module's
    functions that end alike (xavier_std for he_std)."""
    groups: list[list[str]] = [[a.arg for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs]]
    for node in ast.walk(fn):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.For) else []
        for target in targets:
            if isinstance(target, (ast.Tuple, ast.List)):
                groups.append([e.id for e in ast.walk(target) if isinstance(e, ast.Name)])
    functions = [n.name for n in module.body if isinstance(n, ast.FunctionDef) and n.name != fn.name]
    for suffix in {f.rsplit("_", 1)[-1] for f in functions if "_" in f}:
        groups.append([f for f in functions if f.endswith("_" + suffix)])
    found: dict[str, list[str]] = {}
    for group in groups:
        for name in group:
            found.setdefault(name, []).extend(o for o in group if o != name and o != "_" and o not in found[name])
    return {name: tuple(others) for name, others in found.items() if name != "_"}


def _defaulted_parameter(fn: ast.FunctionDef, path: _AstPath) -> str | None:
    """The parameter whose default value the node at path is part of, if it is one."""
    if len(path) < 2 or path[0][0] != "args" or path[1][0] not in ("defaults", "kw_defaults"):
        return None
    arguments, index = fn.args, path[1][1]
    assert index is not None
    if path[1][0] == "kw_defaults":
        return arguments.kwonlyargs[index].arg
    positional = arguments.posonlyargs + arguments.args
    return positional[len(positional) - len(arguments.defaults) + index].arg


# ----------------------------------------------------------------- what ran
class LineTracer:
    """The lines of some functions (and of the lambdas and functions inside them) that ran, and how
    often the watched one (a mutated line) did. Line numbers are the module's: functions of one module
    never share one. kinds: also what kind of value each local name held when its function returned
    (value_kind), by (function, name)."""

    def __init__(self, *fns: Callable, watch: int | None = None, kinds: bool = False) -> None:
        self.codes = {code for fn in fns for code in _code_objects(fn.__code__)}
        self.lines: set[int] = set()
        self.watch = watch
        self.hits = 0
        self.kinds: dict[tuple[str, str], set[tuple]] | None = {} if kinds else None
        self._previous: Any = None

    def __enter__(self) -> Self:
        self._previous = sys.gettrace()
        sys.settrace(self._call)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous)

    def _call(self, frame: types.FrameType, event: str, arg: Any) -> Any:
        if frame.f_code not in self.codes:
            return None  # other functions run untraced
        self._ran(frame.f_code.co_firstlineno)  # called at all: the def line (defaults) counts as run
        return self._line

    def _line(self, frame: types.FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            self._ran(frame.f_lineno)
        elif event == "return" and self.kinds is not None:
            function = frame.f_code.co_name
            for name, value in frame.f_locals.items():
                self.kinds.setdefault((function, name), set()).add(value_kind(value))
        return self._line

    def _ran(self, line: int) -> None:
        self.lines.add(line)
        self.hits += line == self.watch


def value_kind(value: Any) -> tuple:
    """What kind of value a name holds, as far as the wrong variable goes: a number (int or float alike),
    an array of some number of dimensions, or the type's name. A student writes one for another of the
    same kind (H for W, a row's array for a column's), not a bias vector for a weight matrix."""
    if isinstance(value, (bool, np.bool_)):
        return ("bool",)
    if isinstance(value, (int, float, np.integer, np.floating)):
        return ("number",)
    if isinstance(value, np.ndarray):
        return ("array", value.ndim)
    return (type(value).__name__,)


def _code_objects(code: types.CodeType) -> Iterator[types.CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_objects(const)
