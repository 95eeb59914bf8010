"""Where a student's function first computes a value the correct code never has: a diagnosis by tracing.

When no catalogued mistake, relation, setting or one slip explains a failing test, the call that went
wrong (the one that made the first unexplained output, or the test's first call whose return or error
parts from the solution's) is run again on the student's function with its locals recorded
(sandbox/locals_trace.py, in the sandboxed child), and on the solution's function with the same
arguments (in-process), where every expression's value is recorded too (expression_values: the
correct code's `x @ w` inside `out = x @ w + b` is a value a student may name). The student's
statements are walked in the order they ran; a statement is where the values part when

- every local it reads holds a value the correct code also computes (or an argument as given, or a
  size; or a value of the student's own that gives one of the correct code's values where it is read),
- the value it sets is none of the correct code's (or is, but the correct code's local of the same name
  holds another: `dz1 = da1`), and
- with that name set to a right value right after the statement (a patch: the correct code's value of
  that name, its arguments' or values' entries laid out in the student's shape, another of its values),
  the rest of the student's function returns the expected output, and what was right stays right.

The last condition is the evidence: given the right value there, the rest of the student's function is
right, so the mistake is in that statement. It is said with the statement, what it reads, and how the
student's value relates to the right one (another order, transposed, flipped, moved, a factor, another
shape). Statements in loops are not candidates (their first value alone is recorded), and nothing is
said when no patch repairs the output: this finds one wrong statement, not two.

Two departures are found where the values agree: an array a line changes without naming it (it wrote into
another name bound to the same array: `grad = W` then `grad *= reg`), repaired by its value before that line;
and an array whose dtype loses what is written into it or computed from it (integers, float32), repaired by the
same values as float64.
"""
from __future__ import annotations

import ast
import difflib
import functools
import itertools
import math
import operator
import re
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

import numpy as np

from autograder.grading.advice import advice_failed
from autograder.grading.budget import Budget
from autograder.grading.relations import FLOAT_FOR_INT, Finding, agree, numbers_side_by_side, numeric
from autograder.grading.static_slips import line_text
from autograder.grading.what_if import SettingsRead, call_on
from autograder.results import Tolerance, without_numbers
from autograder.sandbox.locals_trace import (
    BEFORE,
    RECORD,
    RETURNED,
    SEVERAL,
    TOGETHER,
    ExpressionWrapper,
    digest,
    entry_name,
    returned_index,
)
from autograder.sandbox.process import TracedCall

MAX_PATCHES = 12  # patched re-runs of the student's call, per output
MAX_PART_PATCHES = 16  # ... and of one statement with a part of it replaced
CANDIDATES_PER_PART = 6
MAX_EXPRESSION_VALUES = 5_000  # values of the solution's expressions kept per call
MAX_EXPRESSION_ELEMENTS = 5_000_000
PAST_OWN_PATCHES = 4  # values tried past one of the student's own making (Departure.own_from)
TOGETHER_PAST_OWN_PATCHES = 4  # ... and, where one statement binds several of them, their values tried together
PAIR_PATCHES = 8  # two statements given right values together (Departure.pair)
MAX_STACKED = 16  # slices of a stack of the correct code's values that KnownValues.holds checks
CANDIDATES_PER_STATEMENT = 6  # the correct code's values tried in one statement's place
HELD_BY_CHANCE_PATCHES = 4  # ... in the place of the locals a return reads that agree by chance

# how close a student's value must be to one of the correct code's to count as the same (sums in another
# order differ in the last bits)
VALUE_TOLERANCE = Tolerance(rtol=1e-6, atol=1e-9)
# a name bound to a library function's value: `L = np.linalg.cholesky(A)`
LIBRARY_CALL = re.compile(r"\s*[A-Za-z_]\w*\s*=\s*(?:np|numpy|scipy|math)(?:\.\w+)+\([^()]*\)\s*(?:#.*)?$")
RAISED = " raised"  # the name of a departure at the statement that raised (a space: no local's name)
LOOP = " loop"  # ... and of one at a loop as a whole
BARE_RETURN = re.compile(r"return\s+\(?\s*[A-Za-z_]\w*(\s*,\s*[A-Za-z_]\w*)*\s*,?\s*\)?")  # names only
# a statement that draws at random: a mask it sets is the draw itself, which only statistics check
RANDOM_DRAW = re.compile(r"\b(?:rng|random|default_rng|permutation|choice|binomial|uniform|normal|rand|randn|"
                         r"integers|bernoulli|shuffle|generator)\b", re.IGNORECASE)
SIZE_READ = re.compile(r"\.shape\b|\blen\(|\.size\b|\.ndim\b")  # a statement that reads a size off the data
# a statement that unpacks or copies what it reads as it is (`x_hat, gamma, inv_std, G = cache`): no number computed
UNPACKED = re.compile(r"[\w\s,()\[\]]+=\s*[A-Za-z_]\w*")
Patch = tuple[int, str, Any]
StudentCall = Callable[[Patch | None], TracedCall]  # the student's call made again, traced (and patched)
# the values of the parts of the statement at a line, the student's call made again with part k's value
# replaced (k, value) or not: ([(k, line, col, end line, end col, text, value)] in computing order, what the
# call returned) (sandbox/locals_trace.expression_values_at)
StudentParts = Callable[[int, "tuple[int, Any] | None"], tuple[list[tuple[int, int, int, int, int, str, Any]], Any]]


@dataclass(frozen=True)
class Statement:
    """A simple statement of the student's function: its text and the local names it reads."""

    text: str
    reads: frozenset[str]
    calls: tuple[str, ...] = ()  # the functions of the student's module it calls (their mistakes show here too)
    lines: tuple[int, int] = (0, 0)  # its first and last line
    in_loop: bool = False  # inside a for or while loop of the function
    guard: tuple[int, str] = (0, "")  # the innermost `if` of the function it runs under: (line, `if test:`)
    writes: frozenset[str] = frozenset()  # the local names it binds or writes into (`g = ...`, `g *= r`, `g[i] = ...`)
    in_place: frozenset[str] = frozenset()  # ... of them, those it writes into without binding them anew


@dataclass
class Departure:
    """The statement where the values part: what it set, the right value that repairs the output."""

    line: int
    name: str
    statement: Statement
    mine: Any
    right: Any
    right_name: str
    reads: list[str]  # the arrays it reads, which agree with the correct code's
    used_well: list[str]  # ... or are the student's own, and give right values where read elsewhere
    sizes: list[str]  # the numbers it reads that the correct code has no name for (sizes, counts)
    part: str = ""  # the first part of the statement whose value the correct code never computes, if not all of it
    inputs: dict[str, Any] = field(default_factory=dict)  # what the statement read, by name (its values then)
    containers: list[str] = field(default_factory=list)  # the lists and dicts of the student's it reads: not checked
    names: list[str] = field(default_factory=list)  # a loop's: the names it leaves wrong (given right after it)
    # a loop's: the statement that on its first pass first computed a value the correct code never computes, though
    # what it read then agreed (line, text, those reads); where in the loop to look, not proven by a patch
    # (and, where that statement changes a name both codes carry k times as much as the correct code's first change
    # of it, or to a value the correct code computes under another name, the two changes in words; "" else)
    first_in_pass: tuple[int, str, tuple[str, ...], str] | None = None
    # ... and, of what that statement reads, a value the correct code held under a name it then changed, where
    # another local of the student's holds the changed one (X_raw read where the standardized X is meant): (the name
    # read, the correct code's name, the student's local holding the changed value)
    stale: tuple[str, str, str] | None = None
    start_of: tuple[int, int] | None = None  # a list's start value: the loop (lines) that appends to it
    # the numbers it reads that the correct code has no name for and that are not sizes read off the data: where
    # they are set (name, line, text); the mistake may be there as well
    counts: list[tuple[str, int, str]] = field(default_factory=list)
    # a line that only stores a value of the student's own that comes out right where else it is read (`config[
    # "velocity"] = v`, v right in next_w = w + v - decay): (that name, the line that set it, its text)
    stored: tuple[str, int, str] | None = None
    off_by: int = 0  # a count's: -1 or 1, what given to it instead repairs the return
    # an array changed by a line that does not name it: the name that line writes into in place ("" if none), the
    # line that bound that name (0 if not known), its text, and whether the array was an argument (`grad = W` then
    # `grad *= reg` changes W, the caller's too: they are one array)
    alias: tuple[str, int, str, bool] | None = None
    lossy: str = ""  # an array made with a dtype that loses what is written into it (int64, float32): its dtype
    # a raising line's: the numbers it reads that agree with the correct code in value but are floats (4.0), where
    # the error says a float was given for an int (a size, an index): (name, value)
    floats: list[tuple[str, float]] = field(default_factory=list)
    # an entry of a dict given (bn_param['running_mean']) changed where the correct code leaves it as given: with it
    # as given, the output is right
    kept_as_given: bool = False
    # the arrays it reads that hold zeros computed from zeros alone: they agree with the correct code as any zeros
    # would, not checked (their lines are among counts)
    zeros: list[str] = field(default_factory=list)
    # the arrays it reads that agree only with a value the correct code computes on the way under no name, where the
    # correct code names what the line sets: they may stand for another quantity than the line needs
    # (the name read, the correct code's it may mean, how it is a multiple of it)
    unnamed: list[tuple[str, str, str]] = field(default_factory=list)
    # a wrong part of a tuple returned that is another part of the correct code's return: (its place, that part's)
    other_part: tuple[int, int] | None = None
    # the parameters it reads that a line before it bound anew to another kind of value (`C, H, W = in_shape` where W
    # is the weight matrix given): (name, that line, its text, what it set, what was given)
    shadowed: list[tuple[str, int, str, str, str]] = field(default_factory=list)
    # a later value patched past one of the student's own making that no value of the correct code's repairs
    # (`scores` where the correct code computes none): that first value's (line, name, statement text)
    own_from: tuple[int, str, str] | None = None
    # ... or, where no value of the correct code's is tried past it, the few lines of the student's own from that
    # first value to what the return reads as it is (this statement): the region the mistake is in
    own_region: bool = False
    # ... or a later value (or that one) under a name the correct code gives a value of another size: (that name, its
    # line, your shape, the correct code's)
    sized: tuple[str, int, tuple[int, ...], tuple[int, ...]] | None = None
    # an array the correct code's values in their order, in another shape (x.reshape(N, C // G, G, -1) where the
    # correct code's is (N, G, -1)), whose first value computed from it has the size of the correct code's of its
    # name but other values: (its shape, the correct code's shape, the name computed from it, its line, the correct
    # code's names for that value: its own, or, where the student named it otherwise (mean for mu), those of the
    # correct code's values of its size)
    split: tuple[tuple[int, ...], tuple[int, ...], str, int, tuple[str, ...]] | None = None
    # a whole number of the student's under a name the correct code gives another whole number (M = H * W where it
    # counts a group's values): right is the correct code's
    counted: bool = False
    # its rows (along the first axis) are those of a value the correct code computes, in another order
    reordered: bool = False
    # the first value of one's own, where a value the call was given (x) in its place makes a later value the correct
    # code's (x_hat): (the given value's name, those later names, the first's line)
    stands_for: tuple[str, tuple[str, ...], int] | None = None
    # a loop's: a statement in it that makes a generator from a seed the loop never changes (line, text): every
    # pass then draws what the first drew
    reseeded: tuple[int, str] | None = None
    default: bool = False  # a parameter the call left to its default, the student's default not the correct code's
    # ... and the other defaults the call leaves that are not the correct code's: (name, yours, the correct code's)
    other_defaults: list[tuple[str, Any, Any]] = field(default_factory=list)
    # a loop's: the masks it reads from before it (boolean arrays, which no record holds), set by a line outside the
    # loops from values that agree: (name, that line, its text); not checked, so the mistake may be there as well
    masks: list[tuple[str, int, str]] = field(default_factory=list)
    # an elementwise line outside the loops reading masks and nothing else unchecked: "shape" where its value has
    # another shape than the right one, which only the masks can have given it (the masks are the mistake);
    # "elementwise" else (the masks are as likely the mistake as the line, and said first); "" for any other line
    masks_suspect: str = ""
    # its value is one the correct code computes, but not what the correct code's local of that name holds there
    # (_named_otherwise): said as such, not as a value the correct code never computes
    otherwise: bool = False
    # the right value is a number the correct code computes under no name the student's has (a shift of a log-sum-exp
    # that repairs the output as many others would): said as a value that repairs, not as the right one
    borrowed: bool = False
    # a statement that raised on some pass of a loop: that loop's lines and header, and the indices the operation
    # that raised reads (the mistake may be in their ranges)
    raised_in_loop: tuple[int, int, str, tuple[str, ...]] | None = None
    # a second statement that, given a right value together with this one, repairs the output where neither does
    # alone: (its line, the name it sets, its text, its value, the right one, the correct code's name for it)
    pair: tuple[int, str, str, Any, Any, str] | None = None
    # a raising statement's reads that hold the correct code's values in another shape: (name, its shape, theirs)
    reshaped: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = field(default_factory=list)
    # its value holds, example by example, the entries of the correct code's value of its name in another order,
    # and the first value computed from it differs: (that later name, its line)
    regrouped: tuple[str, int] | None = None
    # a write into part of an array (`out[neg] = ...`) whose entries differ from the correct code's, where the writes
    # before it into that array agree: (entries it wrote, how many of them differ, the lines of those earlier writes)
    partial: tuple[int, int, tuple[int, ...]] | None = None
    # a raising statement's reads that hold a value the correct code computes under another name, where its value of
    # their own name (if any) differs: (name, the correct code's name for that value) (`skip` holding its `h`)
    theirs_named: list[tuple[str, str]] = field(default_factory=list)
    # the part's value, where a value of the correct code's in place of the part (not of the name: the correct code
    # never computes the name's value) repairs the output; right is that value, right_name its name there or ""
    part_repaired: Any = None
    # a return of names as they are (`return X_train, X_test`) whose values the correct code computes only on the
    # way: the conditions before it whose statements did not run in this call (line, `if ...:`)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    # the conditions before it whose early return did not run in this call because they compare a setting with a
    # word near the one given (`mode == "fan-avg"` given "fan_avg"): (line, `if ...:`, the setting and its word)
    passed_returns: list[tuple[int, str, str]] = field(default_factory=list)
    runs_only: bool = False  # the right value there lets a call that raised run, in the right shapes (random draws)
    # the functions defined inside the student's function that its statement (a loop's: the first to part on its
    # first pass) calls, with their lines: what they return is computed there, not in the statement
    nested: list[tuple[str, int]] = field(default_factory=list)
    # a call that raised inside the function it called, handed one argument the correct code never computes beside
    # others that agree: (the function called, that argument's text, its shape, the others' texts and shapes)
    handed: tuple[str, str, tuple[int, ...], list[tuple[str, tuple[int, ...]]]] | None = None


@dataclass(frozen=True)
class Loop:
    """A for or while loop of the function's own body (not inside another statement): its lines, the first
    line after it, its header's text, the locals it binds or writes into, and those it reads."""

    lines: tuple[int, int]
    after: int
    header: str
    written: frozenset[str]
    reads: frozenset[str]
    calls: tuple[str, ...] = ()
    written_in_place: frozenset[str] = frozenset()  # out[i] = ..., total += ..., rows.append(...)
    read_after: frozenset[str] | None = None  # the locals the statements after it read (None: not known)
    # the line of the function's own body before the loop that last binds each name (`history = [w]`)
    bound_before: tuple[tuple[str, int], ...] = ()
    called_locals: frozenset[str] = frozenset()  # the names bound before it that it calls (`f(h @ W)`)
    # the line of its first statement, where that statement runs once a pass (not a loop's header, not a line a
    # statement of several lines comes back to); 0 where it has none such
    body_line: int = 0
    targets: tuple[str, ...] = ()  # the names a for loop's header binds on each pass (`epoch, loss`)
    # the names it, or a loop inside it, binds to a range's counts (`for i in range(HH)`): indices, nothing more
    indices: frozenset[str] = frozenset()


def _definition(source: str, function: str) -> tuple[ast.FunctionDef, set[str]] | None:
    """The last top-level definition of function in source, and the names of the module's other functions;
    None when the source cannot be read or has none."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function]
    if not defs:
        return None
    return defs[-1], {n.name for n in tree.body if isinstance(n, ast.FunctionDef)} - {function}


def _module_calls(source: str, function: str) -> set[str]:
    """The other functions of source's module that the last definition of function there calls by name."""
    found = _definition(source, function)
    return set() if found is None else {n.func.id for n in ast.walk(found[0]) if isinstance(n, ast.Call) and
                                        isinstance(n.func, ast.Name) and n.func.id in found[1]}


def helper_swapped(source: str, right_source: str, function: str, statement: Statement
                   ) -> tuple[str, tuple[str, ...]] | None:
    """(the helper, the correct code's) where the statement calls a function of the module that the correct code's
    function never calls, and the correct code's calls others that the student's function never calls
    (`mse_loss(scores, targets)` where softmax_cross_entropy_loss(scores, y) is called); None else."""
    mine, right = _module_calls(source, function), _module_calls(right_source, function)
    extra = [c for c in statement.calls if c in mine - right]
    missing = tuple(sorted(right - mine))
    # (one helper for one: where several of the correct code's are missing, the student wrote them inline)
    return (extra[0], missing) if len(extra) == 1 and len(missing) == 1 else None


def with_helper_swapped(finding: Finding, line: int, helper: str, right: tuple[str, ...]) -> Finding:
    """The departure's finding, with the helper its statement calls where the correct code calls another."""
    theirs = " or ".join(f"{r}()" for r in right)
    said = (f" Line {line} calls {helper}(), which the correct code does not call here; it calls {theirs}, which "
            f"your function never calls: is {theirs} the one meant there?")
    plain = f" Your function calls {helper}() where {theirs} may be meant." if finding.plain else ""
    return replace(finding, message=finding.message + said, plain=finding.plain + plain)


def returned_names(source: str, function: str, count: int) -> tuple[str, ...]:
    """The expressions the last top-level definition of function in source returns as a tuple of count values
    (`return next_w, config` -> ("next_w", "config")), where every such return of it says the same; () else."""
    found = _definition(source, function)
    if found is None:
        return ()
    said = {tuple(ast.unparse(part) for part in n.value.elts) for n in ast.walk(found[0])
            if isinstance(n, ast.Return) and isinstance(n.value, ast.Tuple) and len(n.value.elts) == count}
    names = said.pop() if len(said) == 1 else ()
    return names if all(len(name) <= 30 for name in names) else ()


def _read_names(fn: ast.FunctionDef) -> set[str] | None:
    """The names the function's body reads; None where it may read its parameters another way (locals(), vars(),
    eval, exec, *args or **kwargs)."""
    if fn.args.vararg or fn.args.kwarg:
        return None
    calls = {n.func.id for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    if calls & {"locals", "vars", "eval", "exec"}:
        return None
    return {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def unread_parameter(source: str, right_source: str, function: str, arguments: dict[str, Any]) -> Finding | None:
    """A parameter of the student's function its body never reads, where the correct code's reads the parameter in
    the same place and the call gave it a value other than its default: that value is ignored (output_shape never
    read, the size recomputed from x instead). None where every parameter is read, or it cannot be told."""
    mine, right = _definition(source, function), _definition(right_source, function)
    if mine is None or right is None:
        return None
    read, right_read = _read_names(mine[0]), _read_names(right[0])
    params, right_params = _parameters(mine[0]), _parameters(right[0])
    if read is None or right_read is None:
        return None
    defaults = literal_defaults(source, function)
    for k, (param, right_param) in enumerate(zip(params, right_params)):
        if param in read or right_param not in right_read:
            continue
        given = list(arguments.values())[k] if k < len(arguments) and list(arguments)[k] == right_param else \
            arguments.get(right_param, _NOT_GIVEN)
        if given is _NOT_GIVEN:
            continue
        if param in defaults and same_default(defaults[param], given):
            continue  # the call gave the default: ignoring it changes nothing here
        shown = f" (here {given!r})" if isinstance(given, (int, float, str, tuple)) and len(repr(given)) <= 40 else ""
        return Finding("unread_parameter",
                       f"your {function}() never reads its parameter `{param}`{shown}, which the correct code uses: "
                       f"what the caller passes there is ignored (a value computed another way in its place?)",
                       f"your {function}() never reads one of its parameters, which the correct code uses: what the "
                       "caller passes there is ignored", claim=param)
    return unread_entry(source, right_source, function, arguments, mine, right)


def unread_entry(source: str, right_source: str, function: str, arguments: dict[str, Any],
                 mine: tuple[ast.FunctionDef, set[str]], right: tuple[ast.FunctionDef, set[str]]) -> Finding | None:
    """An entry of a dict argument (config['decay_rate']) the correct code reads and the student's function, with
    the functions of the module it calls, never names: its setting is ignored (a formula without it). Said with the
    value given, or the correct code's default for it."""
    tree = ast.parse(source)
    defined = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    called = {n.func.id for n in ast.walk(mine[0]) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    named = {key for fn in [mine[0], *(defined[c] for c in called & set(defined) if c != function)]
             for key in _keys_named(fn)}
    defaults = setting_defaults(right_source, function)
    # (a key the correct code stores a value under is state it keeps, under a name the student may choose: not a
    # setting the caller gives)
    stored = {n.slice.value for n in ast.walk(right[0]) if isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Store)
              and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str)} | \
        {k for n in ast.walk(right[0]) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
         and n.func.attr == "update" for k in [w.arg for w in n.keywords if w.arg] +
         [d.value for a in n.args if isinstance(a, ast.Dict) for d in a.keys if isinstance(d, ast.Constant)]}
    for param, key in [(p, k) for p, k in _entries_read(right[0]) if k not in stored]:
        given = arguments.get(param)
        given = {} if given is None else given  # (config=None: the correct code's defaults)
        if key in named or not isinstance(given, dict) or (key not in given and (param, key) not in defaults):
            continue
        value = given.get(key, defaults.get((param, key)))
        shown = f" (here {value!r})" if isinstance(value, (int, float)) and not isinstance(value, bool) else ""
        return Finding("unread_parameter",
                       f"your {function}() never reads {param}[{key!r}]{shown}, which the correct code uses: that "
                       "setting is ignored (a formula without it?)",
                       f"your {function}() never reads one of the settings of its dict argument, which the correct "
                       "code uses: that setting is ignored", claim=f"{param}[{key!r}]")
    return None


def _keys_named(fn: ast.FunctionDef) -> set[str]:
    """The strings the function names in any way that may read a setting: every string constant but a key only
    stored (config["k"] = ...) or only defaulted by a setdefault whose value is thrown away."""
    unread: set[int] = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
                isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "setdefault" and node.value.args:
            unread.add(id(node.value.args[0]))
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store):
            unread.add(id(node.slice))
    return {n.value for n in ast.walk(fn) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and id(n) not in unread}


def _entries_read(fn: ast.FunctionDef) -> list[tuple[str, str]]:
    """The (parameter, key) entries the function reads of its parameters by a string key: p["k"], p.get("k", ...),
    p.setdefault("k", ...), in the order they appear."""
    params = {a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)}
    found: list[tuple[str, str]] = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in params and \
                isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            found.append((node.value.id, node.slice.value))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in ("get", "setdefault") and isinstance(node.func.value, ast.Name) and \
                node.func.value.id in params and node.args and isinstance(node.args[0], ast.Constant) and \
                isinstance(node.args[0].value, str):
            found.append((node.func.value.id, node.args[0].value))
    return sorted(dict.fromkeys(found), key=found.index)


_NOT_GIVEN = object()


UNSEEN = object()  # a default written as an expression: its value is known only from a call


@functools.lru_cache(maxsize=64)  # asked again for each failing output of a submission
def literal_defaults(source: str, function: str) -> dict[str, Any]:
    """The parameters of the last top-level definition of function in source whose default is a literal (a
    number, a string, None, a tuple of them), with that default (read only: the dict is shared)."""
    found = {}
    for argument, default in _defaulted(source, function):
        try:
            found[argument] = ast.literal_eval(default)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            continue
    return found


def _defaulted(source: str, function: str) -> list[tuple[str, ast.expr]]:
    """The parameters of the last top-level definition of function in source that have a default, with the
    default's expression."""
    found = _definition(source, function)
    if found is None:
        return []
    fn = found[0]
    positional = [*fn.args.posonlyargs, *fn.args.args]
    return [(a.arg, d) for a, d in zip(positional[len(positional) - len(fn.args.defaults):], fn.args.defaults)] + \
        [(a.arg, d) for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults) if d is not None]


@functools.lru_cache(maxsize=64)  # asked again for each failing output of a submission
def setting_defaults(source: str, function: str) -> dict[tuple[str, str], Any]:
    """The defaults the last top-level definition of function in source gives the entries of a dict parameter
    when the caller leaves them out: (parameter, key) -> the literal of the first `config.setdefault("key", 1e-2)`
    or `config.get("key", 1e-2)` under that key, on a name that is one of the function's parameters."""
    found = _definition(source, function)
    if found is None:
        return {}
    fn = found[0]
    parameters = {a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)}
    defaults: dict[tuple[str, str], Any] = {}
    calls = sorted((n for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)),
                   key=lambda n: (n.lineno, n.col_offset))
    for call in calls:
        receiver = call.func.value
        if call.func.attr not in ("setdefault", "get") or len(call.args) != 2 or call.keywords or \
                not isinstance(receiver, ast.Name) or receiver.id not in parameters or \
                not isinstance(call.args[0], ast.Constant) or not isinstance(call.args[0].value, str):
            continue
        try:
            value = ast.literal_eval(call.args[1])
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            continue
        defaults.setdefault((receiver.id, call.args[0].value), value)
    return defaults


@functools.lru_cache(maxsize=64)  # asked again for each output the settings' search is tried on
def fractions_written(source: str, function: str) -> tuple[float, ...]:
    """The fractions (floats that are no whole number) written as literals in the last top-level definition of
    function in source, each once, in order."""
    found = _definition(source, function)
    if found is None:
        return ()
    numbers = [n.value for n in ast.walk(found[0]) if isinstance(n, ast.Constant) and isinstance(n.value, float)
               and math.isfinite(n.value) and not n.value.is_integer()]
    return tuple(dict.fromkeys(numbers))


def settings_read(source: str, function: str) -> SettingsRead | None:
    """What the student's function reads of its settings and stores back (SettingsRead), or None when it cannot
    be read. A key is read where config["rho"], config.get("rho"), config.setdefault("rho") or "rho" in config
    comes before the first store under it (a read on the store's own line comes first: its right side)."""
    found = _definition(source, function)
    if found is None:
        return None
    nodes = list(ast.walk(found[0]))
    read_at: dict[str, tuple[int, int]] = {}
    stored_at: dict[str, tuple[int, int]] = {}

    def key(node: ast.AST) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def note(where: dict[str, tuple[int, int]], k: str | None, node: ast.AST, last: bool = False) -> None:
        if k is not None:
            at = (node.lineno, 1 if last else 0)  # a store comes after the reads of its own line
            where[k] = min(where.get(k, at), at)

    for n in nodes:
        if isinstance(n, ast.Subscript):
            note(stored_at if isinstance(n.ctx, ast.Store) else read_at, key(n.slice), n,
                 last=isinstance(n.ctx, ast.Store))
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.args:
            if n.func.attr in ("get", "setdefault", "pop"):
                note(read_at, key(n.args[0]), n)
            if n.func.attr == "setdefault":
                note(stored_at, key(n.args[0]), n, last=True)
        elif isinstance(n, ast.Compare) and len(n.ops) == 1 and isinstance(n.ops[0], (ast.In, ast.NotIn)):
            note(read_at, key(n.left), n)
        if isinstance(n, ast.Call) and isinstance(n.func, (ast.Attribute, ast.Name)) and \
                (n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id) in ("update", "dict"):
            for k in n.keywords:
                note(stored_at, k.arg, n, last=True)
        if isinstance(n, ast.Dict):
            for k in n.keys:
                note(stored_at, key(k) if k is not None else None, n, last=True)
    loaded = {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    unused: dict[str, str] = {}
    for n in nodes:  # a key read into a local no line reads (`ph, pw, s = p["pool_height"], ..., p["stride"]`)
        if not isinstance(n, ast.Assign) or len(n.targets) != 1:
            continue
        target = n.targets[0]
        pairs = list(zip(target.elts, n.value.elts)) if isinstance(target, ast.Tuple) and \
            isinstance(n.value, ast.Tuple) and len(target.elts) == len(n.value.elts) else [(target, n.value)]
        for target, value in pairs:
            read_key = key(value.slice) if isinstance(value, ast.Subscript) else key(value.args[0]) if \
                isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
                value.func.attr in ("get", "setdefault", "pop") and value.args else None
            if read_key is not None and isinstance(target, ast.Name) and target.id not in loaded:
                unused[read_key] = target.id
    return SettingsRead(loaded, {k for k, at in read_at.items() if at < stored_at.get(k, (math.inf, 0))},
                        set(stored_at), unused)


def in_place_writes(source: str, function: str, param: str) -> list[tuple[int, str, str]]:
    """The statements of the student's function that write into the array given as param: (line, text, the name
    written into), in order: `w -= lr * dw`, `x[mask] = 0`, `np.add(w, v, out=w)`, and writes into a name bound to
    param as it is (`grad = dout` then `grad[x <= 0] = 0`: both lines, the binding first). Nothing after param is bound
    anew (`w = w - lr * dw`: a new array)."""
    found = _definition(source, function)
    if found is None:
        return []
    statements = sorted((n for n in ast.walk(found[0]) if isinstance(n, ast.stmt) and
                         not isinstance(n, (ast.FunctionDef, ast.For, ast.While, ast.If, ast.With, ast.Try))),
                        key=lambda n: (n.lineno, n.col_offset))
    aliases = {param: 0}  # the names that hold the given array, and the line that bound each
    writes: list[tuple[int, str, str]] = []
    for node in statements:
        text = line_text(source, node.lineno)
        written = _written_in_place(node)
        outs = [k.value.id for n in ast.walk(node) if isinstance(n, ast.Call) for k in n.keywords
                if k.arg == "out" and isinstance(k.value, ast.Name)]
        for name in [written, *outs]:
            if name in aliases:
                if aliases[name]:
                    bound = next((w for w in writes if w[0] == aliases[name]), None)
                    if bound is None:
                        writes.append((aliases[name], line_text(source, aliases[name]), name))
                writes.append((node.lineno, text, name))
                break
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    if same_array_of(node.value) in aliases:
                        aliases[target.id] = node.lineno  # another name for the same array, or a view of it
                    else:
                        aliases.pop(target.id, None)  # bound anew
    return sorted(set(writes))


# calls that return the array they are given, or a view of it, not a copy (np.asarray of a float array is that
# array; a reshape of a contiguous one is a view): np.<name>(a, ...) and a.<name>(...)
_SAME_ARRAY_FUNCTIONS = frozenset({"asarray", "asanyarray", "asfarray", "atleast_1d", "atleast_2d", "ravel",
                                   "reshape", "squeeze", "transpose", "swapaxes", "moveaxis", "expand_dims"})
_SAME_ARRAY_METHODS = frozenset({"reshape", "view", "ravel", "squeeze", "transpose", "swapaxes"})


def same_array_of(value: ast.expr) -> str | None:
    """The name whose array value is, or a view of it, without a copy: `w0`, `np.asarray(w0, dtype=float)`,
    `w0.reshape(-1)`, `w0[:]`, `w0.T`; else None."""
    if isinstance(value, ast.Name):
        return value.id
    if isinstance(value, ast.Attribute) and value.attr == "T" and isinstance(value.value, ast.Name):
        return value.value.id
    if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name) and all(
            isinstance(k, ast.Slice) or (isinstance(k, ast.Constant) and k.value is Ellipsis)
            for k in (value.slice.elts if isinstance(value.slice, ast.Tuple) else [value.slice])):
        return value.value.id  # basic slices only: a view (an index of positions or a mask copies)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
        if value.func.attr in _SAME_ARRAY_FUNCTIONS and isinstance(value.func.value, ast.Name) and \
                value.func.value.id in ("np", "numpy") and value.args and isinstance(value.args[0], ast.Name) and \
                not any(k.arg == "copy" for k in value.keywords):
            return value.args[0].id
        if value.func.attr in _SAME_ARRAY_METHODS and isinstance(value.func.value, ast.Name):
            return value.func.value.id
    return None


# calls whose result indexes by position or by mask: indexing with them makes a copy
_INDEX_MAKERS = frozenset({"where", "nonzero", "flatnonzero", "argwhere", "choice", "permutation", "argsort",
                           "arange", "integers", "randperm", "array", "asarray"})


def writes_into_copies(source: str, function: str) -> list[tuple[int, str, str]]:
    """The assignments of the student's function that write into what an array index made, a copy: `out[chosen][...]
    = ...` or `x[idx] += ...` where x = y[mask]... written in one statement as `a[index][...] = value`, with index
    a name the function bound to a mask or to positions (a comparison, np.where, rng.choice, ...): (line, text, the
    expression written into, `out[chosen]`)."""
    found = _definition(source, function)
    if found is None:
        return []
    made: set[str] = set()  # the names bound to masks or positions
    for node in ast.walk(found[0]):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = node.value
            while isinstance(value, ast.Subscript):  # np.where(x > 0)[0]
                value = value.value
            called = value.func.attr if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) else \
                value.func.id if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) else ""
            if isinstance(value, ast.Compare) or called in _INDEX_MAKERS or (
                    isinstance(value, ast.BinOp) and isinstance(value.op, (ast.BitAnd, ast.BitOr))):
                made.add(node.targets[0].id)
    writes = []
    for node in ast.walk(found[0]):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AugAssign) else []
        for target in targets:
            inner = target.value if isinstance(target, ast.Subscript) else None
            if isinstance(inner, ast.Subscript) and (
                    (isinstance(inner.slice, ast.Name) and inner.slice.id in made) or
                    isinstance(inner.slice, ast.Compare)) or _copying_call(inner):
                writes.append((node.lineno, line_text(source, node.lineno), ast.unparse(inner)))
    return sorted(writes)


# calls that return a new array, never a view: a write into what they return is lost (x.flatten()[i] = 1)
_COPYING_METHODS = frozenset({"flatten", "copy", "astype", "tolist"})
_COPYING_FUNCTIONS = frozenset({"array", "copy"})


def _copying_call(node: ast.expr | None) -> bool:
    """node is a call that returns a copy: `x.flatten()`, `x.copy()`, `x.astype(float)`, `np.array(x)`."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return False
    if node.func.attr in _COPYING_FUNCTIONS and isinstance(node.func.value, ast.Name) and \
            node.func.value.id in ("np", "numpy"):
        return True
    return node.func.attr in _COPYING_METHODS and not (isinstance(node.func.value, ast.Name) and
                                                         node.func.value.id in ("np", "numpy"))


def top_level_loops(source: str, function: str) -> list[Loop]:
    """The loops of the function's own body that a statement follows, in order (none when it cannot be read)."""
    found = _definition(source, function)
    if found is None:
        return []
    fn, module_functions = found
    params = set(_parameters(fn))
    loops = []
    for k, (node, following) in enumerate(zip(fn.body, fn.body[1:])):
        if not isinstance(node, (ast.For, ast.While)):
            continue
        read_after = {n.id for later in fn.body[k + 1:] for n in ast.walk(later)
                      if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        inside = list(ast.walk(node))
        in_place = {_written_in_place(n) for n in inside} - {None}
        written = {n.id for n in inside if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)} | in_place
        # a name written into by `out[n] = ...` or `path.append(...)` is not read there (what it held is overwritten,
        # or added to: a list's start is _started_wrong's); `out[n] += ...` and `total += ...` read it
        stored_into = {id(target) for n in inside if isinstance(n, ast.Assign) for target in
                       (_stored_into(t) for t in n.targets) if target is not None}
        stored_into |= {id(n.func.value) for n in inside if isinstance(n, ast.Call) and
                        isinstance(n.func, ast.Attribute) and n.func.attr in _CHANGES_IN_PLACE and
                        isinstance(n.func.value, ast.Name)}
        reads = {n.id for n in inside if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
                 and id(n) not in stored_into}
        reads |= {n.target.id for n in inside if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)}
        called = {n.func.id for n in inside if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        header_end = node.body[0].lineno - 1 if node.body else node.lineno
        # (and each name of a tuple bound to a tuple: `means, variances = [h.mean()], [h.var()]`)
        bound_before = {t.id: earlier.lineno for earlier in fn.body[:k] if isinstance(earlier, ast.Assign)
                        for target in earlier.targets
                        for t in (target.elts if isinstance(target, ast.Tuple) and isinstance(earlier.value, ast.Tuple)
                                  else [target]) if isinstance(t, ast.Name)}
        header = " ".join(source.splitlines()[node.lineno - 1:max(node.lineno, header_end)]).strip()
        # what it reads from before it: the names it reads that are bound before it, written in it or not (the
        # weights a training loop starts from, an accumulator's start), not those it binds before reading them
        reads -= written - set(bound_before) - params
        first = node.body[0] if node.body else None
        body_line = first.lineno if first is not None and not isinstance(first, (ast.For, ast.While)) and \
            first.lineno > node.lineno else 0
        targets = tuple(n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)) \
            if isinstance(node, ast.For) else ()
        indices = {n.target.id for n in inside if isinstance(n, ast.For) and isinstance(n.target, ast.Name)
                   and isinstance(n.iter, ast.Call) and isinstance(n.iter.func, ast.Name) and n.iter.func.id == "range"}
        loops.append(Loop((node.lineno, node.end_lineno or node.lineno), following.lineno, header[:200],
                          frozenset(written), frozenset(reads), tuple(sorted(called & module_functions)),
                          frozenset(in_place), frozenset(read_after), tuple(sorted(bound_before.items())),
                          frozenset(called & set(bound_before)), body_line, targets, frozenset(indices)))
    return loops


# the calls that make a random generator (or reset one) from a seed: numpy's and torch's
SEEDING = frozenset({"default_rng", "RandomState", "seed", "manual_seed", "Generator", "PCG64", "MT19937",
                     "SeedSequence"})


def reseeded_in_loop(source: str, function: str, loop: Loop) -> tuple[int, str] | None:
    """The first statement inside the loop (line, text) that calls a seeding function (np.random.default_rng(seed),
    np.random.seed(s), torch.manual_seed(s)) with arguments that read nothing the loop changes: each pass then
    starts the same stream again (the same permutation every epoch)."""
    found = _definition(source, function)
    if found is None:
        return None
    fn, _ = found
    for node in ast.walk(fn):
        if not isinstance(node, ast.stmt) or isinstance(node, (ast.For, ast.While, ast.If, ast.With, ast.Try)) or \
                not loop.lines[0] < node.lineno <= loop.lines[1]:
            continue
        for call in ast.walk(node):
            name = call.func.attr if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) else \
                call.func.id if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) else None
            if name not in SEEDING or not (call.args or call.keywords):
                continue
            read = {n.id for a in (*call.args, *(k.value for k in call.keywords)) for n in ast.walk(a)
                    if isinstance(n, ast.Name)}
            if not read & loop.written:
                return node.lineno, line_text(source, node.lineno)
    return None


_ELEMENTWISE = (ast.Name, ast.Constant, ast.BinOp, ast.UnaryOp, ast.Compare, ast.BoolOp, ast.Load, ast.operator,
                ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)


def _masks_suspect(statement: Statement, value: Any, right: Any, reads: list[str], status: dict[str, str],
                   current: dict[str, Any]) -> str:
    """How far the masks an elementwise statement reads (`out = x * mask`) are the suspects, not the statement:
    "shape" where its value has another shape than the right one that what else it reads cannot give it (they
    broadcast to another), so only the masks can; "elementwise" where it reads nothing unchecked but its masks (it
    does little more than apply them); else ""."""
    masks = [r for r in reads if status.get(r) == "mask"]
    x, y = numeric(value), numeric(right)
    if not masks or x is None or y is None or any(status.get(r) == "unsure" for r in reads):
        return ""
    try:
        node = ast.parse(statement.text.strip()).body[0]
    except (SyntaxError, ValueError, IndexError):
        return ""
    if not isinstance(node, (ast.Assign, ast.Return)) or node.value is None or \
            not all(isinstance(n, _ELEMENTWISE) for n in ast.walk(node.value)):
        return ""
    if x.shape == y.shape:
        return "elementwise"
    shapes = [np.shape(current[r]) for r in reads if r not in masks and r in current]
    try:
        others = np.broadcast_shapes(*shapes) if shapes else ()
    except ValueError:
        return "elementwise"
    return "shape" if others != x.shape else "elementwise"


def _masks_taken(reads: list[str], line: int, status: dict[str, str], masks_at: dict[str, int],
                 statements: dict[int, Statement], mine: TracedCall, params: list[str],
                 written_in_loops: frozenset[str]) -> None:
    """The masks a statement at `line` reads (booleans: no record holds them), each set once, outside the loops,
    from values that agree or from such masks (`neg = ~pos`): status "mask", not checked, said with the line as a
    place the mistake may be (as a loop's masks are); their lines into masks_at. Not a mask drawn at random
    (`keep = rng.random(x.shape) < p`): the draw is as likely the mistake as any line that reads it."""
    def take(r: str, before: int, depth: int) -> bool:
        if status.get(r) in ("good", "unsure", "mask"):
            return True
        if depth > 4 or status.get(r) != "unknown" or mine.unrecorded.get(r) != "mask" or r in params or \
                r in written_in_loops or (at := _set_before(r, statements, before)) is None or \
                RANDOM_DRAW.search(statements[at].text):
            return False
        if not all(take(x, at, depth + 1) for x in sorted(statements[at].reads) if x in status):
            return False
        status[r], masks_at[r] = "mask", at
        return True

    for r in reads:
        take(r, line, 0)


def _set_before(name: str, statements: dict[int, Statement], line: int) -> int | None:
    """The line of the last statement before `line` that writes name, where every one before it is outside the
    loops (what name held as a loop starting at `line` began); else None."""
    # (each line of a statement maps to it)
    setters = {s.lines[0]: s for s in statements.values() if name in s.writes and s.lines[0] < line}
    return max(setters) if setters and not any(s.in_loop for s in setters.values()) else None


def _stored_into(target: ast.AST) -> ast.Name | None:
    """The name an assignment's target writes into (`out` of `out[n] = ...`, `grad.flat[i] = ...`), or None."""
    return _base_name(target) if isinstance(target, (ast.Subscript, ast.Attribute)) else None


def _base_name(target: ast.AST) -> ast.Name | None:
    """The name under a chain of indexing and attributes (`grad` of `grad.flat[i]`), or None."""
    while isinstance(target, (ast.Subscript, ast.Attribute)):
        target = target.value
    return target if isinstance(target, ast.Name) else None


def function_statements(source: str, function: str
                        ) -> tuple[dict[int, Statement], frozenset[str], list[str], frozenset[str],
                                   frozenset[str]] | None:
    """(line -> the simple statement covering it, the function's local names, its parameters, the names a loop
    of it writes into in place: `out[i] = ...`, `acc += ...`, the parameters it binds anew or writes into:
    `config = dict(config)`, `config["cache"] = ...`) of the last top-level definition of function in source; None
    when there is none."""
    found = _definition(source, function)
    if found is None:
        return None
    fn, module_functions = found
    # the functions it defines inside it are its own as the module's are (`return _norm(X_train), _norm(X_test)`)
    module_functions = module_functions | {n.name for n in ast.walk(fn) if isinstance(n, ast.FunctionDef)
                                           and n is not fn}
    params = _parameters(fn)
    stored = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    # a dict local's entries, written or read by a constant key (bn_param["running_mean"]), are watched like locals
    entries = {name for n in ast.walk(fn) for name, _ in [_entry(n)] if name is not None}
    local_names = frozenset(stored | set(params) | entries)
    loops = [n for n in ast.walk(fn) if isinstance(n, (ast.For, ast.While, ast.comprehension))]
    written_in_loops = frozenset(_written_in_place(n) for loop in loops for n in ast.walk(loop)) - {None}
    in_loops = {line for loop in loops if isinstance(loop, (ast.For, ast.While)) for n in ast.walk(loop)
                if isinstance(n, ast.stmt) and n is not loop
                for line in range(n.lineno, (n.end_lineno or n.lineno) + 1)}
    guards: dict[int, tuple[int, str]] = {}  # a statement's first line -> the innermost if it runs under
    for branch in ast.walk(fn):  # outer ifs first: an inner one overwrites them
        if isinstance(branch, ast.If):
            test = " ".join((ast.get_source_segment(source, branch.test) or "").split())
            for inner in (*branch.body, *branch.orelse):
                for n in ast.walk(inner):
                    if isinstance(n, ast.stmt):
                        guards[n.lineno] = (branch.lineno, f"if {test}:"[:200])
    statements: dict[int, Statement] = {}
    for node in ast.walk(fn):
        if not isinstance(node, ast.stmt) or isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.For, ast.While,
                                                               ast.If, ast.With, ast.Try, ast.AsyncFunctionDef)):
            continue
        end = node.end_lineno or node.lineno
        text = " ".join((ast.get_source_segment(source, node) or "").split())  # without comments
        reads = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        called = {n.func.id for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            reads.add(node.target.id)
        in_place = {w for n in ast.walk(node) if (w := _written_in_place(n)) is not None}
        bound = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
        for n in ast.walk(node):
            name, stores = _entry(n)
            if name is not None:
                (bound if stores else reads).add(name)
                if stores and isinstance(node, ast.AugAssign):
                    reads.add(name)
        for line in range(node.lineno, end + 1):
            if line not in statements or len(statements[line].text) > len(text):
                statements[line] = Statement(text[:200], frozenset(reads & local_names),
                                             tuple(sorted(called & module_functions)), (node.lineno, end),
                                             node.lineno in in_loops, guards.get(node.lineno, (0, "")),
                                             frozenset((bound | in_place) & local_names),
                                             frozenset(in_place & local_names))
    written = {_written_in_place(n) for n in ast.walk(fn)}
    return statements, local_names, params, written_in_loops, frozenset((stored | written) & set(params))


def _entry(node: ast.AST) -> tuple[str | None, bool]:
    """(the entry_name of a dict entry the node reads or writes by a constant string key: `bn_param["eps"]`,
    `bn_param.get("eps", 1e-5)`, whether it writes it), or (None, False)."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and \
            isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
        return entry_name(node.value.id, node.slice.value), isinstance(node.ctx, ast.Store)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" and \
            isinstance(node.func.value, ast.Name) and node.args and isinstance(node.args[0], ast.Constant) and \
            isinstance(node.args[0].value, str):
        return entry_name(node.func.value.id, node.args[0].value), False
    return None, False


# methods that change a list, dict, set or array in place (`crops.append(c)` in a loop builds crops)
_CHANGES_IN_PLACE = frozenset({"append", "extend", "insert", "update", "setdefault", "pop", "add", "fill", "sort",
                               "put", "clear", "remove", "discard", "__setitem__"})


_WRITE_FIRST_ARGUMENT = frozenset({"copyto", "put", "place", "putmask", "put_along_axis", "fill_diagonal"})


def _written_in_place(node: ast.AST) -> str | None:
    """The local an assignment or a method writes into without binding it anew (`out[i] = ...`, `acc += ...`,
    `rows.append(r)`), or None."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr in _CHANGES_IN_PLACE and isinstance(node.func.value, ast.Name):
        return node.func.value.id
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args and \
            (node.func.attr == "at" or node.func.attr in _WRITE_FIRST_ARGUMENT and
             isinstance(node.func.value, ast.Name) and node.func.value.id in ("np", "numpy")):
        # np.add.at(out[n], idx, v), np.copyto(dst, src): the first argument (a view of it) is written
        name = _base_name(node.args[0]) if isinstance(node.args[0], (ast.Subscript, ast.Attribute)) else \
            node.args[0] if isinstance(node.args[0], ast.Name) else None
        return name.id if name is not None else None
    if isinstance(node, ast.Call) and (out := next((k.value for k in node.keywords if k.arg == "out"), None)):
        name = _base_name(out) if isinstance(out, (ast.Subscript, ast.Attribute)) else \
            out if isinstance(out, ast.Name) else None
        return name.id if name is not None else None
    if isinstance(node, ast.AugAssign):
        target = node.target
    elif isinstance(node, ast.Assign) and len(node.targets) == 1 and \
            isinstance(node.targets[0], (ast.Subscript, ast.Attribute)):
        target = node.targets[0]
    else:
        return None
    name = _base_name(target)
    return name.id if name is not None else None


@functools.lru_cache(maxsize=64)
def _wrapped_code(source: str, function: str) -> types.CodeType | None:
    """The module code defining only `function` (its last top-level definition in source), every expression
    of it wrapped by locals_trace.ExpressionWrapper; None when source has no such function. Compiled once per
    solution text."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function]
    if not defs:
        return None
    definition = defs[-1]
    definition.body = [ExpressionWrapper().visit(statement) for statement in definition.body]
    definition.decorator_list = []
    module = ast.Module(body=[definition], type_ignores=[])
    ast.fix_missing_locations(module)
    return compile(module, "<solution>", "exec")


def expression_values(fn: types.FunctionType, arguments: dict[str, Any], source: str) -> list[np.ndarray]:
    """The values every expression of the (trusted) solution function takes on a call with these arguments,
    as float64 arrays: what the correct code computes on the way, named by a local or not (the student's
    `scores` of `out = x @ w + b`). source: the solution module's text (fn's last top-level definition
    there is the one run, in fn's globals); [] when it has none."""
    code = _wrapped_code(source, fn.__name__)
    if code is None:
        return []
    values: list[np.ndarray] = []
    elements = 0

    def record(k: int, value: Any) -> Any:
        nonlocal elements
        x = numeric(value) if not isinstance(value, (tuple, list)) else None
        if x is not None and (x.ndim > 0 or _fraction(value)) and len(values) < MAX_EXPRESSION_VALUES and \
                elements + x.size <= MAX_EXPRESSION_ELEMENTS:
            values.append(x.copy())
            elements += x.size
        return value

    namespace = {**fn.__globals__, RECORD: record}
    exec(code, namespace)  # noqa: S102 - the solution's own code
    try:
        call_on(namespace[fn.__name__], arguments)
    except Exception:  # noqa: BLE001 - the values up to an error still count
        pass
    return values


def _whole(value: Any) -> bool:
    """A whole number (a count, an index), not a flag."""
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _whole_float(value: Any) -> bool:
    """A float scalar that is a whole number (0.0, 1.0): as many of the correct code's values equal it by chance."""
    return isinstance(value, (float, np.floating)) and math.isfinite(value) and float(value).is_integer()


def _fraction(value: Any) -> bool:
    """A float that is not a whole number (a std, a rate: not a size or a count)."""
    return isinstance(value, (float, np.floating)) and math.isfinite(value) and not float(value).is_integer()


def _values_within(value: Any, depth: int = 3) -> list[np.ndarray]:
    """The numbers and numeric arrays in a value and its tuples, lists and dicts, as float64 arrays."""
    if isinstance(value, (tuple, list)) and depth > 0:
        return [a for v in value for a in _values_within(v, depth - 1)]
    if isinstance(value, dict) and depth > 0:  # by key: a dict built in another order holds the same
        return [a for k in sorted(value, key=str) for a in _values_within(value[k], depth - 1)]
    x = numeric(value) if not isinstance(value, (tuple, list)) else None
    return [x] if x is not None else []


class KnownValues:
    """The values the correct code computes on the call (its locals, its arguments, what it returns),
    by shape: a student's value equal to one of them is right so far."""

    def __init__(self, values: list[np.ndarray], tol: Tolerance) -> None:
        self.tol = tol
        self.by_shape: dict[tuple[int, ...], list[np.ndarray]] = {}
        for v in values:
            self.by_shape.setdefault(v.shape, []).append(v)

    def fractions_near(self, value: Any) -> list[tuple[str, np.ndarray]]:
        """The correct code's fractions (floats that are no whole number), the nearest to value first."""
        x = float(value)
        found = [k for k in self.by_shape.get((), []) if _fraction(float(k))]
        return [("", k) for k in sorted(found, key=lambda k: abs(float(k) - x) / (abs(x) + 1e-300))]

    def arrays(self) -> list[np.ndarray]:
        return [v for values in self.by_shape.values() for v in values]

    def reshaped(self, value: Any, first: Sequence[np.ndarray] = ()) -> np.ndarray | None:
        """The correct code's array (those of first, then any) that value holds the entries of, in the same order, in
        another shape with the same first axis (a mean without its kept axis of length 1, a view of other trailing
        axes), or None."""
        x = numeric(value)
        if x is None or x.ndim == 0 or x.size < 2:
            return None
        return next((k for k in [*first, *self.arrays()] if k.ndim >= 1 and k.shape != x.shape and
                     k.shape[0] == x.shape[0] and k.size == x.size and agree(x.reshape(-1), k.reshape(-1), self.tol)),
                    None)

    def holds(self, value: Any) -> bool:
        """value is one of the correct code's values, or a stack of them along its first axis (the layers'
        outputs gathered in one array, np.stack(outputs), where the correct code keeps each apart)."""
        x = numeric(value)
        if x is None:
            return False
        if any(agree(x, k, self.tol) for k in self.by_shape.get(x.shape, [])):
            return True
        # (not where the correct code stacks such values itself, along a first axis of another length: a path
        # one step too long, or one row an epoch, is then not the correct code's)
        stacked_too = any(len(shape) == x.ndim and shape[1:] == x.shape[1:] for shape in self.by_shape)
        return 2 <= x.ndim and 2 <= x.shape[0] <= MAX_STACKED and bool(x[0].size >= 2) and not stacked_too and \
            all(any(agree(part, k, self.tol) for k in self.by_shape.get(part.shape, [])) for part in x)


def relation_of(mine: Any, right: Any, inputs: dict[str, Any] | None = None) -> str:
    """How a student's value relates to the right one, in words (with the evidence). inputs: what the
    statement read, by name: a difference or a factor that is one of them is said with its name."""
    a, b = numeric(mine), numeric(right)
    if a is None or b is None:
        return "differs from the right value"
    if a.shape != b.shape:
        if a.size == b.size and a.squeeze().shape == b.squeeze().shape and \
                _same(a.reshape(-1), b.reshape(-1)):
            return (f"has shape {a.shape} where the right value has {b.shape}: the same values, with an axis of "
                    f"length 1 {'missing (keepdims=True left out?)' if a.ndim < b.ndim else 'extra'}")
        if a.size == b.size and _same(np.sort(a, axis=None), np.sort(b, axis=None)):
            return (f"has shape {a.shape} where the right value has {b.shape}, with the same entries in another "
                    "order (a reshape or transpose in the wrong order?)")
        extra = _extra_along_an_axis(a, b)
        if extra:
            return f"has shape {a.shape} where the right value has {b.shape}: {extra}"
        if a.ndim == b.ndim and _kept_axes(a, b):
            kept = [k for k in range(a.ndim) if a.shape[k] == 1 and b.shape[k] > 1]
            return (f"has shape {a.shape} where the right value has {b.shape}: taken over axis "
                    f"{', '.join(map(str, kept))}, where the right one keeps it (a statistic over the wrong axis?)")
        return f"has shape {a.shape} where the right value has {b.shape}"
    with np.errstate(all="ignore"):
        power = _as_power(a, b)
        if a.ndim == 0:
            return f"is {a.item():.6g} where {b.item():.6g} is right{f' ({power})' if power else ''}"
        lost = ~np.isfinite(a) & np.isfinite(b)
        if lost.any():  # where an overflow or a 0/0 happened: more telling than how far the rest is
            inf = bool(np.isinf(a[lost]).all())
            return (f"is {'Inf' if inf else 'NaN'} at {int(lost.sum())} of {a.size} entries where the right value is "
                    f"finite{' (an overflow: np.exp of more than 709 is Inf)' if inf else ''}")
        if a.ndim == 2 and a.shape[0] == a.shape[1] and _same(a, b.T) and not _same(b, b.T):
            return "is the right value transposed"
        if _same(np.sort(a, axis=None), np.sort(b, axis=None)):
            if a.ndim >= 2:
                for flip, said in (((slice(None, None, -1), slice(None, None, -1)), "rotated by 180 degrees over its "
                                    "last two axes (a kernel flipped?)"),
                                   ((slice(None, None, -1), slice(None)), "flipped upside down (its second-last axis "
                                    "reversed)"), ((slice(None), slice(None, None, -1)), "flipped left to right (its "
                                                   "last axis reversed)")):
                    if _same(a, b[(..., *flip)]):
                        return f"is the right value {said}"
            for axis in range(a.ndim - 2 if a.ndim >= 2 else a.ndim):  # the axes before the last two
                if a.shape[axis] > 1 and _same(a, np.flip(b, axis)):
                    return (f"is the right value reversed along axis {axis}"
                            f"{' (the first axis: the examples?)' if axis == 0 and a.ndim > 1 else ''}")
            shift = _shift(a, b)
            if shift is not None:
                dy, dx = shift
                moves = [f"{abs(dy)} row{'s' if abs(dy) > 1 else ''} {'down' if dy > 0 else 'up'}"] if dy else []
                moves += [f"{abs(dx)} column{'s' if abs(dx) > 1 else ''} {'right' if dx > 0 else 'left'}"] if dx else []
                return (f"is the right value moved {' and '.join(moves)} (a border on one side only, or windows "
                        "starting at the wrong index?)")
            return "holds the right values in another order (a reshape or transpose in the wrong order?)"
        nonzero = np.abs(b) > 1e-12
        if nonzero.any() and np.allclose(a[~nonzero], 0):
            ratio = a[nonzero] / b[nonzero]
            if np.allclose(ratio, ratio.flat[0], rtol=1e-6):
                return f"is {ratio.flat[0]:.6g} times the right value"
        difference = a - b
        if np.allclose(difference, difference.flat[0], rtol=1e-6):
            return f"is the right value {'+' if difference.flat[0] >= 0 else '-'} {abs(difference.flat[0]):.6g}"
        said = _in_terms_of_inputs(a, b, inputs or {})
        if said:
            return said
        if power:  # (no guess at a variance: an array squared is as often a |x| written x ** 2)
            return f"is, entry by entry, {power.split(':')[0]}"
        return f"differs from the right value (by up to {float(np.nanmax(np.abs(difference))):.3g})"


def _as_power(a: np.ndarray, b: np.ndarray) -> str:
    """a as the square or the square root of b, entry by entry, in words ("" where it is neither, or where b's
    entries are 0 or 1, whose squares are themselves)."""
    if not np.isfinite(b).all() or not np.isfinite(a).all() or np.allclose(b, b ** 2, rtol=1e-6, atol=1e-12) or \
            (np.all(a == np.round(a)) and np.all(b == np.round(b))):  # (whole numbers: 9 for 3 is a count's k * k)
        return ""
    if np.allclose(a, b ** 2, rtol=1e-6, atol=1e-12):
        return "the square of the right value: a variance where a standard deviation is meant?"
    if (b >= 0).all() and np.allclose(a, np.sqrt(b), rtol=1e-6, atol=1e-12):
        return "the square root of the right value: a standard deviation where a variance is meant?"
    return ""


def _extra_along_an_axis(a: np.ndarray, b: np.ndarray) -> str:
    """How a, longer than b along one axis, holds b: at its start or its end, with the rest added ("" if not)."""
    if a.ndim != b.ndim:
        return ""
    longer = [k for k in range(a.ndim) if a.shape[k] != b.shape[k]]
    if len(longer) != 1 or a.shape[longer[0]] < b.shape[longer[0]]:
        return ""
    axis, n = longer[0], b.shape[longer[0]]
    extra = a.shape[axis] - n
    what = {a.ndim - 1: "column", a.ndim - 2: "row"}.get(axis, f"entry along axis {axis}") if a.ndim > 1 else "entry"
    what = what + ("s" if extra > 1 and not what.startswith("entry") else "")
    if _same(np.take(a, range(extra, extra + n), axis=axis), b):
        return f"the right value with {extra} more {what} before it (something added at the start?)"
    if _same(np.take(a, range(n), axis=axis), b):
        return f"the right value with {extra} more {what} after it (something added at the end?)"
    return ""


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    """The same numbers up to the last bits of a sum in another order (much tighter than np.allclose's default:
    a matrix with 1e-4 added to its diagonal is not the same matrix transposed)."""
    scale = float(np.nanmax(np.abs(b))) if b.size and np.isfinite(b).any() else 1.0
    return bool(np.allclose(a, b, rtol=1e-7, atol=1e-12 * max(scale, 1.0), equal_nan=True))


def _in_terms_of_inputs(a: np.ndarray, b: np.ndarray, inputs: dict[str, Any]) -> str:
    """The student's value a as the right one b with a term or a factor that is one of the statement's inputs:
    a = b + k * v (a term added, dropped or of the wrong sign, k = 1, -1, 2...) or a = b * v or b / v."""
    difference = a - b
    for name, value in inputs.items():
        v = numeric(value)
        if v is None or v.ndim == 0 or not np.isfinite(v).all():
            continue
        try:
            v = np.broadcast_to(v, a.shape)
        except ValueError:
            continue
        scale = float(np.vdot(v, v))
        if scale > 0:
            k = float(np.vdot(difference, v)) / scale
            if abs(k) > 1e-12 and np.allclose(difference, k * v, rtol=1e-6, atol=1e-12 * max(1.0, np.abs(b).max())):
                sign = "+" if k > 0 else "-"
                if abs(abs(k) - 1) < 1e-9:
                    return f"is the right value {sign} `{name}` (a term `{name}` {'extra' if k > 0 else 'missing'}, " \
                           "or of the wrong sign?)"
                return f"is the right value {sign} {abs(k):.6g} * `{name}`"
        with np.errstate(all="ignore"):
            if np.allclose(v, 1):
                continue
            if np.allclose(a, b * v, rtol=1e-6, atol=1e-12):
                return f"is the right value times `{name}` (a factor `{name}` extra?)"
            if (np.abs(v) > 1e-12).all() and np.allclose(a * v, b, rtol=1e-6, atol=1e-12):
                return f"is the right value divided by `{name}` (a factor `{name}` missing?)"
    return ""


def _shift(a: np.ndarray, b: np.ndarray, most: int = 4) -> tuple[int, int] | None:
    """(rows, columns) by which a is b moved along its last two axes (where they overlap they agree), if so."""
    if a.ndim < 2:
        return None
    rows, cols = a.shape[-2], a.shape[-1]
    for dy in range(-most, most + 1):
        for dx in range(-most, most + 1):
            if (dy, dx) == (0, 0) or 2 * abs(dy) > rows or 2 * abs(dx) > cols or \
                    (rows - abs(dy)) * (cols - abs(dx)) < 2:
                # the overlap must be at least half of each side, and two entries of each map, to say anything (a
                # 2x2 map moved by one on both axes keeps one entry, which a transpose keeps as well)
                continue
            mine = a[..., max(dy, 0):rows + min(dy, 0), max(dx, 0):cols + min(dx, 0)]
            theirs = b[..., max(-dy, 0):rows + min(-dy, 0), max(-dx, 0):cols + min(-dx, 0)]
            if _same(mine, theirs):
                return dy, dx
    return None


def departure_finding(function: str, output: str, d: Departure, raised: bool = False, left: bool = False) -> Finding:
    """The departure said in the student's terms: where, what it reads, how the value differs. left: the output is
    state the function leaves in a dict argument (bn_param['running_var']), not what it returns."""
    sizes = (f"; the number{'s' if len(d.sizes) > 1 else ''} {', '.join(d.sizes)}, which the correct code does not "
             "name, not checked" if d.sizes else "")
    sizes += (f"; {', '.join(d.containers)}, a list or dict of yours, not checked" if d.containers else "")
    sizes += (f"; {', '.join(d.zeros)}, all zeros here and computed from zeros alone, not checked" if d.zeros else "")
    sizes += "".join(f"; {r}, which agrees only with a value the correct code computes on the way under no name, "
                     f"not checked: it is {how} the correct code's `{meant}`, a value your code never computes (is "
                     f"`{r}` meant to be it, normalized?)" for r, meant, how in d.unnamed)
    sizes += "".join(f"; `{name}`, a mask of yours (line {line}), not checked" for name, line, _ in d.masks)
    own = (f" ({', '.join(d.used_well)}: your own, and right values come of {'them' if len(d.used_well) > 1 else 'it'}"
           " elsewhere)" if d.used_well else "")
    arrays = [a for a in d.reads + d.used_well if a not in {name for name, *_ in d.shadowed}]
    reads = (f"What that line reads ({', '.join(arrays)}{sizes}) agrees with the correct code{own}; " if arrays else
             f"What that line reads: {sizes.removeprefix('; ')}; " if d.unnamed else
             f"That line reads no array of yours{sizes}; ")
    # (a whole number under another name of the correct code's is that name's only by its value: sizes coincide, a
    # kernel of 6 where the channels are 6 too; the number is said instead)
    called = "" if d.right_name == d.name else f" ({int(d.right)})" if _whole(d.right) and np.ndim(d.right) == 0 \
        else f" (the correct code's `{d.right_name}`)"
    agrees = "what it is computed from agrees" + (", but for the numbers not checked" if d.sizes else
                                                  ", but for the values not checked" if d.unnamed else "")
    part = (f" In it, `{d.part}` is the first part whose value the correct code never computes ({agrees})."
            if d.part else "")
    returns = ("runs without the error and returns arrays of the expected shapes (your own draws in them)"
               if d.runs_only else "runs without the error and returns the expected values" if raised else
               f"{'leaves' if left else 'returns'} the expected {output}")
    calls = " or ".join([f"{f}()" for f in d.statement.calls] +
                        [f"{f}() (line {k}, defined inside your function)" for f, k in d.nested if d.name != LOOP])
    where = f"the mistake is in that line, or in {calls} that it calls" if calls else "the mistake is in that line"
    if not d.part and not calls and LIBRARY_CALL.match(d.statement.text):
        # a library function of values that agree: the line is wrong only by the function it calls; what the lines
        # after it do with its value (a step left out) repairs as well as another value there does
        where = ("the mistake is in that line (another function, or other arguments, than meant?), or in what the "
                 "lines after it do with its value (a step left out?)")
    if d.containers:
        where += f", or in what {' or '.join(f'`{c}`' for c in d.containers)} holds"
    if d.counts:  # (names one line sets together said together: `top, left = ...`)
        by_line: dict[tuple[int, str], list[str]] = {}
        for name, line, text in d.counts[:2]:
            by_line.setdefault((line, text), []).append(name)
        where += "".join(f", or in {' and '.join(f'`{n}`' for n in names)}, set by line {line}: `{text}`"
                         for (line, text), names in by_line.items())
    where += "".join(f", or in the mask `{name}`, set by line {line}: `{text}`" for name, line, text in d.masks[:2])
    masks = " or ".join(f"the mask `{name}`, set by line {line}: `{text}`" for name, line, text in d.masks[:2])
    if d.masks_suspect == "shape":
        where = (f"the mistake is most likely in {masks}: nothing else that line reads can give your `{d.name}` its "
                 "shape")
    elif d.masks_suspect == "elementwise":
        where = f"the mistake is in {masks}, or in that line (it does little more than apply the mask)"
    if d.shadowed:
        name, line, text, now, given = d.shadowed[0]
        where = (f"`{name}` there is not the {name} your function was given: line {line}, `{text}`, bound it anew to "
                 f"{now}, where the {name} given is {given}; the mistake is most likely that one name is used for "
                 f"both (give one of them another name), else {where}")
    if d.passed_returns:  # this line ran because an early return did not: the condition first, then this line
        k, text, given = d.passed_returns[-1]
        where = (f"the mistake is in the condition at line {k}, `{text}`: this call's {given}, which the word there "
                 "is not (a misspelt word?), so the return it guards never ran and this line did; or "
                 f"{where.removeprefix('the mistake is ')}")
    guard_line, guard = d.statement.guard
    if guard_line and d.name != LOOP:  # the line may be right and wrongly reached: its condition may be the mistake
        where = (f"the mistake is in the condition of line {guard_line} that leads to it, `{guard}` (it holds here)"
                 if d.statement.text.startswith("raise") else
                 f"{where}, or in the condition at line {guard_line} that decides whether it runs: `{guard}`")
    if d.name == LOOP:
        names = " and ".join(f"`{n}`" for n in d.names)
        first, last = d.statement.lines
        in_loop = reads.replace("that line reads", "the loop reads from before it")
        message = (f"in {function}(), the loop at lines {first}-{last} (`{d.statement.text}`) leaves {names} holding "
                   f"values the correct code never computes, though {in_loop[0].lower()}{in_loop[1:]}your "
                   f"`{d.names[0]}` "
                   f"{relation_of(d.mine, d.right)} after it. With the right {names} after the loop, the rest of your "
                   f"function {returns}: {where.replace('that line', 'that loop')}.")
        plain = (f"in {function}(), the loop `{d.statement.text}` leaves {names} holding values the correct code "
                 f"never computes, though what it reads from before it agrees with the correct code; with the right "
                 f"{names} after it the rest of your function {returns.replace(f' {output}', ' output')}: "
                 f"{where.replace('that line', 'that loop')}.")
        quoted = d.statement.text
        if d.first_in_pass is not None:
            line, text, read, step = d.first_in_pass
            then = f", though what it reads then ({', '.join(read)}) agrees" if read else ""
            if step:
                message += (f" On its first pass, line {line}: `{text}` is the first to part from the correct "
                            f"code{then}: {step}. Look there first{_nested_said(d.nested)}.")
                plain += f" On its first pass, `{text}` is the first to part from the correct code{then}."
            elif d.stale is not None:
                stale, theirs, holder = d.stale
                message += (f" On its first pass, line {line}: `{text}` is the first to compute a value the correct "
                            f"code never computes; it reads `{stale}`, which holds what the correct code's `{theirs}` "
                            f"holds before the correct code changes it, where your `{holder}` holds it changed: is "
                            f"`{holder}` meant there? Look there first{_nested_said(d.nested)}.")
                plain += (f" On its first pass, `{text}` is the first to compute a value the correct code never "
                          "computes: it reads a value from before the correct code changes it.")
            else:
                message += (f" On its first pass, line {line}: `{text}` is the first to compute a value the correct "
                            f"code never computes{then}: look there first{_nested_said(d.nested)}.")
                plain += (f" On its first pass, `{text}` is the first to compute a value the correct code never "
                          f"computes{then}.")
            quoted += text
        if d.reseeded is not None:
            line, text = d.reseeded
            message += (f" Line {line}: `{text}` makes the generator anew from the same seed on every pass, so each "
                        "pass draws what the first drew (the same order, the same noise): make it once, before the "
                        "loop.")
            plain += (f" `{text}` makes the generator anew from the same seed on every pass, so each pass draws what "
                      "the first drew: make it once, before the loop.")
            quoted += text
        return Finding("departure", message, _hidden(plain, quoted), claim=f"{function}:{first}:loop")
    if d.start_of is not None:
        first, last = d.start_of
        count = len(d.mine)
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` starts `{d.name}` with {count} "
                   f"entr{'y' if count == 1 else 'ies'} before the loop at lines {first}-{last} appends to it; with "
                   f"`{d.name}` empty as the loop begins, the rest of your function {returns}: the mistake is in that "
                   f"line (what the list starts with), not in the loop.")
        plain = (f"in {function}(), `{d.statement.text}` starts `{d.name}` with entries before the loop appends to "
                 f"it; with `{d.name}` empty as the loop begins, the rest of your function "
                 f"{returns.replace(f' {output}', ' output')}: the mistake is in that line, not in the loop.")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.stored is not None and not d.part and not d.statement.guard[0]:
        return _stored_finding(function, d)
    if d.alias is not None:
        return _alias_finding(function, d, returns, returns.replace(f" {output}", " output"))
    if d.kept_as_given:
        return _kept_as_given_finding(function, d, returns, returns.replace(f" {output}", " output"))
    if d.lossy:
        return _lossy_finding(function, d, returns, returns.replace(f" {output}", " output"))
    if d.off_by:
        which = "one less" if d.off_by < 0 else "one more"
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` sets `{d.name}` to {d.mine}; with {d.right} "
                   f"there ({which}), the rest of your function {returns}: `{d.name}` is off by one (the mistake is in "
                   f"that line, or where `{d.name}` is read: check how it counts, or rounds).")
        plain = (f"in {function}(), `{d.statement.text}` sets `{d.name}` {which} than what gives the expected output: "
                 f"`{d.name}` is off by one (the mistake is in that line, or where `{d.name}` is read).")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.pair is not None:
        line2, name2, text2, mine2, right2, right_name2 = d.pair

        def right_of(name: str, right_name: str) -> str:
            return f"`{name}` (the correct code's `{right_name}`)" if right_name != name else f"`{name}`"

        message = (f"in {function}(), two lines compute values the correct code never computes, each from values "
                   f"that agree with it: line {d.line}: `{d.statement.text}` (your `{d.name}` "
                   f"{relation_of(d.mine, d.right)}) and line {line2}: `{text2}` (your `{name2}` "
                   f"{relation_of(mine2, right2)}). Neither alone is repaired by a value of the correct code's, but "
                   f"with the right {right_of(d.name, d.right_name)} and {right_of(name2, right_name2)} there, the "
                   f"rest of your function {returns}: the mistake is in those two lines.")
        plain = (f"in {function}(), `{d.statement.text}` and `{text2}` compute values the correct code never "
                 f"computes, from values that agree with it; with right values in both, the rest of your function "
                 f"{returns.replace(f' {output}', ' output')}: the mistake is in those two lines.")
        return Finding("departure", message, _hidden(plain, d.statement.text + text2),
                       claim=f"{function}:{d.line}:{d.name}")
    if d.name == RAISED and d.handed is not None:
        called, text, shape, others = d.handed
        beside = ", ".join(f"`{t}` {'of shape ' + str(sh) if sh else '(a number)'}" for t, sh in others)
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` hands {called}() `{text}`, of shape {shape}, "
                   f"a value the correct code never computes, beside values that agree with it ({beside}); "
                   f"{called}() raises the error on what it was handed: the mistake is most likely in `{text}` (what "
                   "it takes, or the index it is taken with).")
        return Finding("departure", message, "", claim=f"{function}:{d.line}:raised")
    if d.name == RAISED and d.raised_in_loop is not None:
        first, last, header, indices = d.raised_in_loop
        named = ", ".join(f"`{i}`" for i in indices)
        agrees = (f"what it reads from before the loop ({', '.join(arrays)}) agrees with the correct code" if arrays
                  else "it reads no array of yours from before the loop")
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` raises the error at `{d.part}`, on a pass "
                   f"of the loop at lines {first}-{last} (`{header}`), though {agrees}: the mistake is in that "
                   f"operation (which index goes where), or in the range{'s' if len(indices) > 1 else ''} the "
                   f"loop{'s give' if len(indices) > 1 else ' gives'} {named.replace(', ', ' and ')}.")
        return Finding("departure", message, "", claim=f"{function}:{d.line}:raised")
    if d.name == RAISED:
        at = f" (at `{d.part}`)" if d.part else ""
        shapes = [f"`{name}` has shape {np.shape(v)}" for name, v in d.inputs.items()
                  if name in arrays and isinstance(v, np.ndarray) and v.ndim > 0][:4]
        if d.theirs_named:  # (it agrees as values the correct code computes, not as the ones meant there)
            named = ", ".join(f"`{mine}` is its `{theirs}`" for mine, theirs in d.theirs_named[:3])
            reads = reads.replace(" agrees with the correct code",
                                  f" holds values the correct code computes ({named}: the value meant there?)")
            set_to = " or ".join(f"`{mine}`" for mine, _ in d.theirs_named[:3])
            where = f"{where}, or in what {set_to} was set to"
        if d.reshaped:  # (what it reads agrees but for the shapes of these)
            kept = ", ".join(f"`{name}` {mine} where the correct code's is {theirs}" for name, mine, theirs in
                             d.reshaped[:3])
            reads = reads.replace(" agrees with the correct code",
                                  f" holds the correct code's values, some in other shapes: {kept}")
            dropped = any(len(theirs) > len(mine) and tuple(n for n in theirs if n != 1) == tuple(
                n for n in mine if n != 1) for _, mine, theirs in d.reshaped)
            where = f"{where}, or in those shapes{' (keepdims=True left out?)' if dropped else ''}"
            shapes = [s for s in shapes if not any(s.startswith(f"`{name}`") for name, *_ in d.reshaped)]
        if d.floats:  # (they agree by value: 4.0 is 4, but not as a size or an index)
            listed = " and ".join(f"`{name}` ({value!r})" for name, value in d.floats[:3])
            one = len(d.floats) == 1
            message = (f"in {function}(), line {d.line}: `{d.statement.text}` raises the error{at}: {listed} "
                       f"{'is a float' if one else 'are floats'}, where a size or an index must be a whole number of "
                       f"type int ({'its' if one else 'their'} value agrees with the correct code's). A float comes "
                       "of / (true division) where // is meant, or of a float in the arithmetic: the mistake is "
                       f"most likely where {' and '.join(f'`{n}`' for n, _ in d.floats[:3])} "
                       f"{'is' if one else 'are'} computed (use //, or int(...) of a whole result).")
            return Finding("departure", message, "", claim=f"{function}:{d.line}:raised")
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` raises the error{at}, though "
                   f"{reads[0].lower()}{reads[1:]}{'; '.join(shapes) + ': ' if shapes else ''}{where}.")
        # a hidden test says nothing of an error (which line raised is the student's choice, made on the hidden
        # inputs): the words are for public tests and the TAs
        return Finding("departure", message, "", claim=f"{function}:{d.line}:raised")
    if d.default:
        others = "".join(f" Your default of `{p}` is {m!r} too, where the correct code's is {r!r}: check it as well "
                         "(another call may need it)." for p, m, r in d.other_defaults[:2])
        message = (f"in {function}(), this call leaves `{d.name}` to its default, and your default is {d.mine!r} "
                   f"(line {d.line}: `{d.statement.text}`) where the correct code's is {d.right!r}: with {d.name} = "
                   f"{d.right!r} your function {returns}. The mistake is the default in that line.{others}")
        plain = (f"in {function}(), this call leaves `{d.name}` to its default, and yours is not the one asked for: "
                 f"with the default asked for, your function {returns.replace(f' {output}', ' output')}.")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.reordered:
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` sets `{d.name}` to the rows of a value the "
                   f"correct code computes, every one of them, in another order ({np.shape(d.mine)[0]} rows): a "
                   "transpose or swapaxes that moves other axes than meant (swapaxes(1, 3) swaps the height and the "
                   "width too; transpose(0, 2, 3, 1) moves the channels last alone), or an index or reshape that "
                   "takes the rows in another order. The mistake is most likely in that line (and in the line that "
                   "undoes it, if one does).")
        plain = (f"in {function}(), `{d.statement.text}` holds the right rows in another order: the axes are moved "
                 "otherwise than meant.")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.counted:
        mine_n, right_n = int(float(d.mine)), int(d.right)
        ratio = right_n / mine_n
        times = (f" ({_fmt_ratio(ratio)} times yours)" if ratio > 1 else f" (yours is {_fmt_ratio(1 / ratio)} times "
                 "it)") if abs(ratio - round(ratio)) < 1e-9 or abs(1 / ratio - round(1 / ratio)) < 1e-9 else ""
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` sets `{d.name}` to {mine_n}, where the "
                   f"correct code's `{d.name}` is {right_n}{times}: what your `{d.name}` counts is not what the "
                   "correct code's counts (the values a statistic runs over, a size), and what is computed with it "
                   "follows. The mistake is most likely in that line, or in the axes the sums beside it run over.")
        plain = (f"in {function}(), `{d.statement.text}` sets `{d.name}` to another number than the correct code's "
                 f"`{d.name}`: it counts something else.")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.sized is not None:
        name, at, mine_shape, right_shape = d.sized
        later = "" if at == d.line else f", and from it your `{name}` (line {at})"
        own = f"`{d.name}`" if at == d.line else f"`{d.name}`, a value the correct code never computes,"
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` computes {own} from values that agree "
                   f"with the correct code's{later}; your `{name}` has shape {mine_shape} where the correct code's "
                   f"`{name}` has {right_shape}: {math.prod(mine_shape[1:])} numbers per example where it has "
                   f"{math.prod(right_shape[1:])}. The mistake is most likely in line {d.line}: what it computes "
                   f"gives `{name}` another size (values taken over other axes or groups, or other windows, than the "
                   "correct code's); compare what each axis counts.")
        plain = (f"in {function}(), `{d.statement.text}` computes a value over other axes or groups than the correct "
                 f"code's: your `{name}` has another number of values per example.")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.split is not None:
        mine_shape, right_shape, name, at, right_later = d.split
        if (unit := _unit_axis_added(mine_shape, right_shape)) is not None:
            return _unit_axis_finding(function, d, mine_shape, right_shape, name, at, unit)
        k = next(i for i, (a, b) in enumerate(zip(mine_shape, right_shape)) if a != b)  # (_split_otherwise's)
        step = mine_shape[k + 1] if k + 1 < len(mine_shape) else 0
        nth = f"{step}{_ordinal_suffix(step)}"
        order = (f" (an axis split as ({mine_shape[k]}, {step}) where ({step}, {mine_shape[k]}) is meant puts every "
                 f"{nth} entry of it together, not {mine_shape[k]} entries in a row)"
                 if step and step == right_shape[k] else "")
        theirs = f"the correct code's `{d.right_name}`" if d.right_name else "an array the correct code has"
        named = " or ".join(f"`{n}`" for n in right_later)
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` holds the values of {theirs} in their "
                   f"order, but in shape {mine_shape} where it has {right_shape} (axis {k} holds {mine_shape[k]} "
                   f"where the correct code's holds {right_shape[k]}); your `{name}` (line {at}), "
                   f"computed from it, has as many values as the correct code's {named} but other ones: the axes of "
                   f"your reshape group other entries together than the correct code's{order}. The mistake is most "
                   f"likely in line {d.line}'s shape, or in the axes line {at} reduces over.")
        plain = (f"in {function}(), `{d.statement.text}` reshapes the values so that the statistics after it take "
                 "other entries together than meant.")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.regrouped is not None:
        later, at = d.regrouped
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` gives `{d.name}` the shape of the correct "
                   f"code's `{d.name}` {np.shape(d.mine)} and, for every example, the same entries, but in another "
                   f"order: each group along its axes gathers other entries than the correct code's, so your "
                   f"`{later}` (line {at}), computed from it, differs. The mistake is in that line: an axis moved "
                   "(a transpose) before the reshape, or axes split in another order?")
        plain = (f"in {function}(), `{d.statement.text}` holds the right entries in another order: the groups it "
                 "makes gather other entries than meant.")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.partial is not None:
        written, differ, earlier = d.partial
        lines = ", ".join(str(k) for k in earlier)
        entries = f"{written} entries" if written != 1 else "1 entry"
        of_them = f"{differ} of them differ" if written != 1 else "it differs"
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` writes {entries} of `{d.name}`, and "
                   f"{of_them} from the correct code's `{d.name}`, though the entries line"
                   f"{'s' if len(earlier) > 1 else ''} {lines} wrote before it agree: the mistake is in that line "
                   f"(the formula it writes, or which entries it picks).")
        plain = (f"in {function}(), `{d.statement.text}` writes entries of `{d.name}` that differ from the correct "
                 "ones, though the entries written before it agree: the mistake is in that line.")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.stands_for is not None:
        given, names, at = d.stands_for
        later = " and ".join(f"`{n}`" for n in names) if len(names) <= 2 else \
            ", ".join(f"`{n}`" for n in names[:-1]) + f" and `{names[-1]}`"
        are = "is" if len(names) == 1 else "are"
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` computes `{d.name}`, a value the correct "
                   f"code never computes, from `{given}`; with `{given}` itself in its place, your {later} (from "
                   f"line {at}) {are} the correct code's. So what line {d.line} does to `{given}` is not meant there: "
                   f"the correct code computes {later} from `{given}` as given (is that step meant later, after "
                   f"`{names[-1]}`, or not at all?).")
        plain = (f"in {function}(), `{d.statement.text}` changes `{given}` before the lines that follow, which are "
                 f"right for `{given}` as given: that step is not meant there.")
        return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")
    if d.own_region and d.own_from is not None:
        start, start_name, start_text = d.own_from
        lines = f"line {start}" if start == d.line else f"lines {start}-{d.line}"
        message = (f"in {function}(), what your lines before line {start} compute agrees with the correct code's "
                   f"values; line {start}: `{start_text}` computes `{start_name}`, a value the correct code never "
                   f"computes, and from there to what you return your values are your own"
                   f"{'' if start == d.line else f', up to line {d.line}: `{d.statement.text}`'}"
                   f"{', your return' if _returns(d.name) else f', whose `{d.name}` your function returns'}. The "
                   f"mistake is in {lines}: check how {'it computes' if start == d.line else 'they compute'} "
                   f"{'what your function returns' if _returns(d.name) else f'`{d.name}`'} against the formula asked "
                   "(what each of your own values stands for, and whether their parts line up).")
        plain = (f"in {function}(), your values agree with the correct code's until `{start_text}`, which computes a "
                 f"value of your own; the lines from there to `{d.statement.text}` compute what you return, and the "
                 "mistake is in them.")
        return Finding("departure", message, _hidden(plain, start_text + d.statement.text),
                       claim=f"{function}:{d.line}:{d.name}")
    if d.own_from is not None:
        start, start_name, start_text = d.own_from
        # (a statement binding several names, given the correct code's values of all of them together)
        names = " and ".join(f"`{n}`" for n in d.names) if len(d.names) > 1 else f"`{d.name}`"
        yours = f"your {names} differ from the correct code's" if len(d.names) > 1 else \
            f"your `{d.name}` {relation_of(d.mine, d.right)}"
        theirs = "the correct code's values in their place" if len(d.names) > 1 else \
            f"the correct code's `{d.name}`{_plainly(d.right)}"
        message = (f"in {function}(), line {start}: `{start_text}` computes `{start_name}`, a value the correct code "
                   f"never computes, from values that agree with it, and none of the correct code's values tried in "
                   f"its place gives the expected {output}. Your values from there on are your own; at line {d.line}, "
                   f"`{d.statement.text}`, {yours}, and with {theirs} there, the rest of your function {returns}: the "
                   f"mistake is in how lines {start}-{d.line} compute {names}.")
        plain = (f"in {function}(), `{start_text}` computes a value the correct code never computes, and with the "
                 f"correct {names} after `{d.statement.text}`, the rest of your function "
                 f"{returns.replace(f' {output}', ' output')}: the mistake is in how the lines from the one to the "
                 f"other compute {names}.")
        return Finding("departure", message, _hidden(plain, start_text + d.statement.text),
                       claim=f"{function}:{d.line}:{d.name}")
    if d.part_repaired is not None:
        named = f"the correct code's `{d.right_name}`" if d.right_name else "a value the correct code computes"
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` computes `{d.name}`, a value the correct "
                   f"code never computes. In it, `{d.part}` is the first part whose value the correct code never "
                   f"computes ({agrees}); yours {relation_of(d.part_repaired, d.right, d.inputs)}, and with "
                   f"{named}{_plainly(d.right)} in its place, the rest of your function {returns}: the mistake is in "
                   f"that part{where.removeprefix('the mistake is in that line')}.")
        plain = (f"in {function}(), `{d.statement.text}` computes a value the correct code never computes; with "
                 f"another value in place of `{d.part}`, the first part of it the correct code never computes, the "
                 f"rest of your function {returns.replace(f' {output}', ' output')}: the mistake is in that part.")
        return Finding("departure", message, _hidden(plain, d.statement.text + d.part),
                       claim=f"{function}:{d.line}:{d.name}")
    if _returns(d.name) and BARE_RETURN.fullmatch(d.statement.text) and not d.other_part and not d.sizes and \
            not d.counts:  # (counts no one checked, 8 * 9 where 8 * 3: not values the correct code has)
        # the return computes nothing: the names it returns hold values the correct code has on the way only
        skipped = "".join(f" Line {k}: `{text}` did not hold in this call, so what it guards never ran: is that "
                          "the step left out?" for k, text in d.skipped[:2])
        message = (f"in {function}(), line {d.line}: `{d.statement.text}` returns values the correct code computes "
                   f"on the way, not the ones it returns: what it returns {relation_of(d.mine, d.right, d.inputs)}. "
                   f"A step after them is left out, or did not run here.{skipped}")
        plain = (f"in {function}(), `{d.statement.text}` returns values the correct code computes on the way, not "
                 "the ones it returns: a step after them is left out, or did not run here" +
                 ("".join(f"; `{text}` did not hold, so what it guards never ran" for _, text in d.skipped[:2])) +
                 ".")
        return Finding("departure", message, _hidden(plain, d.statement.text + "".join(t for _, t in d.skipped)),
                       claim=f"{function}:{d.line}:{d.name}")
    if _returns(d.name):
        swapped = (f" (its part {d.other_part[0] + 1} is what the correct code returns as part {d.other_part[1] + 1}: "
                   "are the parts returned in another order?)" if d.other_part else "")
        message = (f"in {function}(), the first value of yours that the correct code never computes is what your "
                   f"function returns, at line {d.line}: `{d.statement.text}`.{part} {reads}what it returns "
                   f"{relation_of(d.mine, d.right, d.inputs)}{swapped}: {where}.")
        plain = (f"in {function}(), the first value of yours that the correct code never computes is what your "
                 f"function returns, at `{d.statement.text}`{f' (first in `{d.part}`)' if d.part else ''}; what it "
                 f"reads agrees with the correct code: {where}.")
    else:
        right = f"`{d.name}`{called}" if len(d.names) < 2 else " and ".join(f"`{n}`" for n in d.names) + \
            " (set together by that line)"
        first = (f"the first value of yours that is not what the correct code's `{d.right_name}` holds there"
                 if d.otherwise else "the first value of yours that the correct code never computes")
        said = (f"is {float(numeric(d.mine)):.6g}; with {float(numeric(d.right)):.6g} there instead (a value the "
                f"correct code computes, under another name), the rest of your function {returns}"
                if d.borrowed else f"{relation_of(d.mine, d.right, d.inputs)}. With the right {right} there, the rest "
                f"of your function {returns}")
        message = (f"in {function}(), {first} is `{d.name}`, "
                   f"set by line {d.line}: `{d.statement.text}`.{part} {reads}your `{d.name}` {said}: {where}.")
        plain = (f"in {function}(), {first} is `{d.name}`, set "
                 f"by `{d.statement.text}`{f' (first in `{d.part}`)' if d.part else ''}; what it reads agrees with "
                 f"the correct code, and with the right {right.replace(called, '')} there the rest of your function "
                 f"{returns.replace(f' {output}', ' output')}: {where}.")
    return Finding("departure", message, _hidden(plain, d.statement.text + d.part),
                   claim=f"{function}:{d.line}:{d.name}")


def _nested_said(nested: list[tuple[str, int]]) -> str:
    """", and in act() (line 97), defined inside your function, which it calls" for the functions named; "" else."""
    if not nested:
        return ""
    named = " and ".join(f"{name}() (line {line})" for name, line in nested)
    return (f", and in {named}, defined inside your function, which it calls: what "
            f"{'it returns' if len(nested) == 1 else 'they return'} is computed there")


def _plainly(value: Any) -> str:
    """A value said in words where it is that simple: all zeros, or one-hot rows (a gradient of one entry)."""
    x = numeric(value)
    if x is None or x.ndim == 0 or x.size < 2:
        return ""
    if not x.any():
        return " (all zeros)"
    if x.ndim == 2 and np.isin(x, (0, 1)).all() and (x.sum(axis=1) == 1).all():
        return " (one-hot: a single 1 in each row)"
    return ""


def _kept_as_given_finding(function: str, d: Departure, returns: str, plain_returns: str) -> Finding:
    """Entries of a dict given that the call changes where the correct code leaves them (Departure.kept_as_given)."""
    guard_line, guard = d.statement.guard
    names = " and ".join(f"`{n}`" for n in d.names or [d.name])
    more = len(d.names) > 1
    runs = (f"{'they run' if more else 'it runs'} under `{guard}` (line {guard_line}), which holds here: the "
            f"mistake is in that condition or in {'those lines' if more else 'that line'}" if guard_line else
            f"{'they run' if more else 'it runs'} whatever the call is asked to do: "
            f"{'they belong' if more else 'it belongs'} under a condition that does not hold here, or "
            f"{'they write' if more else 'it writes'} into the caller's arrays where a copy of your own is meant")
    also = (", and a later line " + " and ".join(f"`{n}`" for n in d.names[1:])) if more else ""
    message = (f"in {function}(), line {d.line}: `{d.statement.text}` changes `{d.name}`{also}, which the correct "
               f"code leaves as {'they were' if more else 'it was'} given in this call (your `{d.name}` "
               f"{relation_of(d.mine, d.right)}). With {names} left as given, the rest of your function {returns}: "
               f"{runs}.")
    plain = (f"in {function}(), `{d.statement.text}` changes `{d.name}`{also}, where the correct code leaves "
             f"{'them' if more else 'it'} as given; left as given, the rest of your function "
             f"{plain_returns}.")
    return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")


def _alias_finding(function: str, d: Departure, returns: str, plain_returns: str) -> Finding:
    """An array changed through another name (Departure.alias)."""
    through, at, bound, given = d.alias or ("", 0, "", False)
    if through and at:
        how = (f"it writes into `{through}`, and `{through}` is the same array as `{d.name}` (line {at}: `{bound}` "
               f"gives `{through}` the array itself, not a copy)")
        plain_how = f"`{through}` is the same array as `{d.name}` (`{bound}` gives it the array itself, not a copy)"
    else:
        how = plain_how = f"what it writes into is `{d.name}` itself (a view of it, or another name for it)"
    caller = " (it was given to you: the caller's array changes too)" if given else ""
    fix = f"make `{through}` a new array (`{d.name}.copy()`, or compute it without writing in place)" if through else \
        "write into a copy"
    message = (f"in {function}(), line {d.line}: `{d.statement.text}` changes `{d.name}` though it does not name it: "
               f"{how}. Your `{d.name}` {relation_of(d.mine, d.right)} after that line{caller}; with `{d.name}` as it "
               f"was before it, the rest of your function {returns}: {fix}.")
    plain = (f"in {function}(), `{d.statement.text}` changes `{d.name}` though it does not name it: {plain_how}; with "
             f"`{d.name}` as it was before it, the rest of your function {plain_returns}: {fix}.")
    return Finding("departure", message, _hidden(plain, d.statement.text + bound),
                   claim=f"{function}:{d.line}:{d.name}")


def _lossy_finding(function: str, d: Departure, returns: str, plain_returns: str) -> Finding:
    """An array made with a dtype that loses what the correct code keeps (Departure.lossy)."""
    whole = np.dtype(d.lossy).kind in "iu"
    kind = f"integers ({d.lossy})" if whole else f"{d.lossy} numbers"
    plain_effect = ("every number written into it is cut to a whole number" if whole else
                    "what is computed from it, or written into it, keeps only the precision of its dtype")
    effect = ("every number written into it is cut to a whole number (0.7 becomes 0)" if whole else
              f"what is computed from it, or written into it, keeps only about "
              f"{7 if d.lossy == 'float32' else 3} significant digits")
    fix = "make it an array of floats (np.zeros(n), or dtype=float)" if whole else "keep float64"
    message = (f"in {function}(), line {d.line}: `{d.statement.text}` makes `{d.name}` an array of {kind}: {effect}. "
               f"With `{d.name}` holding the same values as float64 there, the rest of your function {returns}: the "
               f"mistake is the dtype of `{d.name}`: {fix}.")
    plain_kind = "integers" if whole else "a lower precision"
    plain = (f"in {function}(), `{d.statement.text}` makes `{d.name}` an array of {plain_kind}: {plain_effect}. With "
             f"the same values in double precision there, the rest of your function {plain_returns}: {fix}.")
    return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")


def _fmt_ratio(r: float) -> str:
    return str(int(round(r)))


def _hidden(plain: str, quoted: str) -> str:
    """What a hidden test may show of a departure: its words without numbers, and none at all when the quoted
    code holds a string (text the student chose)."""
    return plain if without_numbers(plain) and not re.search(r"[\"']", quoted) else ""


@dataclass(frozen=True)
class Target:
    """What the traced call must show: reproduces(call) - it is the student's failing call (the same output,
    or the same error); repaired(value) - a patched call's return is the right one."""

    reproduces: Callable[[TracedCall], bool]
    repaired: Callable[[Any], bool]
    raised: bool = False  # the student's call raised (said: "runs without the error")
    # (a call's return, the correct code's on the same arguments) -> the output the target reads agrees: a repair is
    # checked with it on other arguments than the failing call's (repair.py)
    agrees: Callable[[Any, Any], bool] | None = None


def output_target(read: Callable[[Any], Any], got: Any, expected: Any, tol: Tolerance) -> Target | None:
    """One checked output of the call: read from what it returns, the student's `got`, the `expected`."""
    g, e = numeric(got), numeric(expected)
    if g is None or e is None:
        return None

    def gives(value: Any, wanted: np.ndarray) -> bool:
        x = numeric(_read(read, value))
        return x is not None and agree(x, wanted, tol)

    def agrees(value: Any, right: Any) -> bool:
        wanted = numeric(_read(read, right))
        return wanted is not None and gives(value, wanted)

    return Target(lambda call: call.error is None and gives(call.value, g), lambda value: gives(value, e),
                  agrees=agrees)


def return_target(got: Any, expected: Any, tol: Tolerance) -> Target:
    """The call's whole return: the student's (arrays kept in the child, handles here, are not compared), and
    the correct code's, every number of it."""
    return Target(lambda call: call.error is None and same_return(call.value, got, tol),
                  lambda value: same_return(value, expected, tol), agrees=lambda value, right: same_return(value, right,
                                                                                                         tol))


def parted_state(value: Any, expected: list[dict[str, Any] | None], written: Sequence[tuple[int, str]],
                 tol: Tolerance) -> list[tuple[int, str]]:
    """The entries (argument position, key) of `written` where a traced call's state parts from the correct code's
    `expected`: its value is (its return, its arguments' states after it, by position: locals_trace.state_of)."""
    states = value[1] if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], list) else None
    if states is None or len(states) != len(expected):
        return list(written)
    parted = []
    for k, key in written:
        mine, right = states[k], expected[k]
        x = numeric(mine.get(key)) if isinstance(mine, dict) else None
        y = numeric(right.get(key)) if isinstance(right, dict) else None
        if x is None or y is None or not agree(x, y, tol):
            parted.append((k, key))
    return parted


def state_target(expected: list[dict[str, Any] | None], written: Sequence[tuple[int, str]], tol: Tolerance) -> Target:
    """The state a call writes into its dict arguments (bn_param's running averages): the student's call parts from
    the correct code's at some entry it writes, a repaired one agrees at all of them (parted_state)."""
    def agrees(value: Any, right: Any) -> bool:  # (right: the correct code's (return, states), as value is)
        states = right[1] if isinstance(right, tuple) and len(right) == 2 and isinstance(right[1], list) else None
        return states is not None and not parted_state(value, states, written, tol)

    return Target(lambda call: call.error is None and bool(parted_state(call.value, expected, written, tol)),
                  lambda value: not parted_state(value, expected, written, tol), agrees=agrees)


def parted_target(expected: Any, tol: Tolerance) -> Target:
    """A call the test did not make itself (the solution's own function made it, of one the student changed):
    the student's version parts there if it raises or returns other numbers than the correct code's."""
    return Target(lambda call: call.error is not None or not same_return(call.value, expected, tol),
                  lambda value: same_return(value, expected, tol), agrees=lambda value, right: same_return(value, right,
                                                                                                         tol))


def error_target(error: str, expected: Any, tol: Tolerance) -> Target:
    """A call that raised: the same error (as the child words it) again, and the correct code's return."""
    return Target(lambda call: call.error is not None and str(call.error) == error,
                  lambda value: same_return(value, expected, tol), raised=True,
                  agrees=lambda value, right: same_return(value, right, tol))


def same_return(value: Any, other: Any, tol: Tolerance) -> bool:
    """Two returns hold the same numbers (within tol), side by side (relations.numbers_side_by_side: tuples item
    by item, dicts key by key); a value kept in the child (a handle) on either side is not compared."""
    return all(x is not None and y is not None and agree(x, y, tol) for x, y in numbers_side_by_side(value, other))


def first_departure(function: str, student: StudentCall, solution: TracedCall, arguments: list[Any],
                    target: Target, tol: Tolerance, source: str, deadline: Budget,
                    computed: list[np.ndarray] = (), parts: StudentParts | None = None,
                    right_defaults: dict[str, Any] | None = None, helpers: bool = False) -> Departure | None:
    """The statement of the student's function where its values part from the correct code's (module
    docstring); None when none is found in time. target: what tells the traced call is the student's failing
    one, and what a repaired return is. The parameters that statement reads after a line of the function bound
    them anew to another kind of value are named with it (Departure.shadowed). right_defaults: the correct code's
    literal defaults; helpers: the correct code calls other functions of its module that the student's does not,
    whose values are not recorded (a value of the student's may be one of theirs: no loop's first pass is said to
    part)."""
    found = _first_departure(function, student, solution, arguments, target, tol, source, deadline, computed, parts,
                             right_defaults, helpers)
    parsed = function_statements(source, function)
    if found is None and parsed is not None:  # (the patches spent, or none found: what needs no patch is read)
        mine = student(None)
        if mine.error is None:
            known = _known_values(arguments, solution, computed, tol)
            own = next(((k, n, parsed[0][k]) for k, n, v in mine.records if k in parsed[0] and not parsed[0][k].in_loop
                        and n not in parsed[2] and (x := numeric(v)) is not None and x.ndim and not known.holds(x)),
                       None)
            found = _rows_reordered(own, mine.records, parsed[0], mine, known) or \
                _count_named_otherwise(mine.records, parsed[0], mine, solution, set(parsed[2]))
    if found is not None and found.name != RAISED:
        found = _with_nested_calls(found, source, function)
    if found is None or parsed is None or found.name == LOOP:
        return found
    statements, _, params, _, _ = parsed
    if found.name == found.right_name and not _returns(found.name) and np.ndim(found.right) == 0 and \
            np.ndim(found.mine) == 0 and numeric(found.right) is not None and numeric(found.mine) is not None and \
            found.name not in {n for _, n, _ in solution.records}:
        found.borrowed = True
    if _returns(found.name) and found.sizes and not deadline.passed():
        # what it returns is computed from counts no one checked (8 * 9 where 8 * 3): the count that, given one of
        # the correct code's whole numbers, repairs the output is where the values part
        found = _count_of_the_correct_codes(found, student, solution, statements, params, target, tol,
                                            deadline) or found
    if found.name != RAISED and not found.statement.in_loop:
        ran = {line for line, _, _ in student(None).records}
        given = dict(zip(params, arguments))
        found = replace(found, passed_returns=sorted({
            (s.guard[0], s.guard[1], said) for s in statements.values() if s.guard[0] and
            s.lines[1] < found.statement.lines[0] and s.text.startswith("return") and not s.in_loop and
            not ran & set(range(s.lines[0], s.lines[1] + 1)) and (said := _misspelt(s.guard[1], given))}))
    shadowed = []
    for param, given in zip(params, arguments):
        if param not in found.statement.reads:
            continue
        bound = [(line, value) for line, name, value in student(None).records if name == param and line < found.line
                 and (statement := statements.get(line)) is not None and param in statement.writes]
        if bound and _kind(bound[-1][1]) != _kind(given):
            line, value = bound[-1]
            shadowed.append((param, line, statements[line].text, _kind_said(value), _kind_said(given)))
    return replace(found, shadowed=shadowed) if shadowed else found


def nested_functions(source: str, function: str) -> dict[str, int]:
    """The functions defined inside the last top-level definition of function (`def act(z): ...` inside it), by
    name, with their first lines."""
    found = _definition(source, function)
    if found is None:
        return {}
    return {n.name: n.lineno for n in ast.walk(found[0]) if isinstance(n, ast.FunctionDef) and n is not found[0]}


def _with_nested_calls(found: Departure, source: str, function: str) -> Departure:
    """The departure, with the functions defined inside the student's function that the statement it names calls
    (a loop's: the statement first to part on the first pass)."""
    nested = nested_functions(source, function)
    text = found.first_in_pass[1] if found.name == LOOP and found.first_in_pass is not None else \
        found.statement.text if found.name != LOOP else ""
    called = [(name, line) for name, line in nested.items() if re.search(rf"(?<![\w.]){re.escape(name)}\s*\(", text)]
    return replace(found, nested=called) if called else found


def _kind(value: Any) -> tuple:
    """A value's kind, as a name bound to it anew may change it: a number, or an array of so many axes."""
    x = numeric(value)
    return ("other",) if x is None else ("number",) if x.ndim == 0 else ("array", x.ndim)


def _kind_said(value: Any) -> str:
    x = numeric(value)
    return "a value" if x is None else f"the number {float(x):.6g}" if x.ndim == 0 else \
        f"an array of shape {tuple(x.shape)}"


def _known_values(arguments: list[Any], solution: TracedCall, computed: Sequence[np.ndarray],
                  tol: Tolerance) -> KnownValues:
    """The values the correct code computes on the call: the arguments, what it returns, its locals and the values
    of its expressions (computed)."""
    return KnownValues([v for value in (*arguments, solution.value) for v in _values_within(value)] +
                       [x for _, _, v in solution.records if (x := numeric(v)) is not None] + list(computed), tol)


def _first_departure(function: str, student: StudentCall, solution: TracedCall, arguments: list[Any],
                     target: Target, tol: Tolerance, source: str, deadline: Budget,
                     computed: list[np.ndarray] = (), parts: StudentParts | None = None,
                     right_defaults: dict[str, Any] | None = None, helpers: bool = False) -> Departure | None:
    parsed = function_statements(source, function)
    if parsed is None:
        return None
    statements, local_names, params, written_in_loops, rebound = parsed
    mine = student(None)
    if not target.reproduces(mine):
        return None
    # (an output the target takes as right already, failing only a tighter check: a dtype's patch shows nothing)
    right_already = target.repaired(mine.value)
    known = _known_values(arguments, solution, computed, tol)
    # the arrays the call was given: what a value of another shape may have been meant to be (X with a column added)
    given_arrays = [a for value in arguments for a in _values_within(value) if a.ndim > 0]
    # the entries of the dicts given (bn_param's running averages), by the names the records give them
    given_entries = {entry_name(p, k): v for p, a in zip(params, arguments) if isinstance(a, dict)
                     for k, v in a.items() if isinstance(k, str) and numeric(v) is not None}
    # name -> good / bad / unknown (set in a loop, or to a value not recorded: a mask, a list) / unsure (a size)
    status: dict[str, str] = {p: "good" for p in params}
    for p, given in zip(params, arguments):  # a dict or list given and written into: its entries are not checked
        if p in rebound and isinstance(given, (dict, list, tuple)):
            status[p] = "container"
    # a record of a name the student's function does not have is the child's invention: not believed
    records = [r for r in mine.records if r[1] in local_names or _returns(r[1])]
    loops = top_level_loops(source, function)
    # a name a loop sets on every pass is unknown from the loop on; before it, where a line outside it set the name
    # (`h = (X - X.mean()) / X.std()` before `for W in weights: h = act(h @ W)`), its value is checked as any other
    repeated_from: dict[str, int] = {}
    for line, name in mine.repeated:
        start = next((loop.lines[0] for loop in loops if loop.lines[0] <= line <= loop.lines[1]), line)
        repeated_from[name] = min(start, repeated_from.get(name, start))
    unknown_from = {name: start for name, start in repeated_from.items()
                    if any(n == name and line < start and (line, n) not in mine.repeated for line, n, _ in records)}
    for name in set(repeated_from) - set(unknown_from):
        status[name] = "unknown"
    # a mask, a list; what a loop writes into in place (a parameter as given is good: the recorder reports
    # every local on its first line)
    for name in (set(mine.unrecorded) - (set(params) - rebound)) | written_in_loops:
        # a list or dict not built in a loop (a copy of config) is read unchecked: a statement reading it may
        # still be where the values part (said with it); an array not recorded (a mask) makes it unknown
        status[name] = "container" if mine.unrecorded.get(name) == "container" and name not in written_in_loops \
            else "unknown"
        unknown_from.pop(name, None)
    # A value of the student's own making (sigma where the correct code has the variance) is taken as right
    # when a statement that reads it computes one of the correct code's values (dmu from sigma).
    # (not a dict entry's: it stores what was computed before, and a tiny one agrees with zeros within tolerance)
    # ... each by the binding it read: (name, the line that set it) (dscores right where `dscores[i, y] -= 1` reads
    # it vouches nothing for the dscores a later `dscores /= c` sets)
    used_well: set[str] = set()
    used_well_at: set[tuple[str, int]] = set()
    last_set: dict[str, int] = {}
    for line, name, value in records:
        statement = statements.get(line)
        if statement is not None and (line, name) not in mine.repeated and "[" not in name and \
                known.holds(value) and not _wrong_return(name, value, solution, known.tol):
            used_well |= statement.reads
            used_well_at |= {(r, last_set[r]) for r in statement.reads if r in last_set and last_set[r] != line}
        last_set[name] = line
    known_by_name: dict[str, bool] = {}
    given = dict(zip(params, arguments))  # the arguments by parameter name
    current: dict[str, Any] = dict(given)  # each local's value as the statements ran
    set_at: dict[str, int] = {}  # the line that last set each local, outside loops
    right_parts = _right_parts(mine.value, solution.value, tol)  # a patch must leave them right (a std that is
    # right where the loss reads it is not the mistake, though the variance in its place repairs the gradient)
    patches = 0
    before_loop: dict[int, dict[str, str]] = {}  # a loop's first line -> what was known of each name as it began
    buffers = {n for s in statements.values() for n in s.in_place}  # arrays written into: out[i] = ..., acc += ...
    kept = _kept_as_given(records, given_entries, statements, student, target, solution, right_parts, tol, status)
    if kept is not None:
        return kept
    # the parameters the call left to their defaults, where the student's default is not the correct code's
    right_defaults = right_defaults or {}
    other_defaults = {p: (mine, right_defaults[p]) for p, mine in literal_defaults(source, function).items()
                      if p in params[len(arguments):] and p in right_defaults
                      and not same_default(mine, right_defaults[p])}
    # ... and those the student wrote as an expression (gain=math.sqrt(2)): its value is seen when one is tried
    other_defaults |= {p: (UNSEEN, right_defaults[p]) for p, _ in _defaulted(source, function)
                       if p in params[len(arguments):] and p in right_defaults and p not in other_defaults
                       and p not in literal_defaults(source, function)}
    defaulted = _default_departure(function, source, other_defaults, records, statements, student, target,
                                   solution, right_parts, tol)
    if defaulted is not None:
        return defaulted
    for p in other_defaults:  # a default that repairs nothing alone is not as asked all the same: not checked
        status[p] = "bad"
    lossy_tries = 0
    masks_at: dict[str, int] = {}  # the masks outside the loops taken as set from values that agree: their lines
    own_start: tuple[int, str, Statement] | None = None  # the first value of the student's own making
    # the statements that set a value the correct code never computes from values that agree, which no value of
    # the correct code's repaired alone: (line, name, value, statement, what it read that agrees)
    departing: list[tuple[int, str, Any, Statement, tuple[str, ...]]] = []
    for line, name, value in records:
        for loop in loops:
            if loop.lines[0] not in before_loop and line >= loop.lines[0]:
                before_loop[loop.lines[0]] = dict(status)
        for later in [n for n, start in unknown_from.items() if line >= start]:
            status[later] = "unknown"  # (after the snapshot: as the loop began, it held what it was set to)
            del unknown_from[later]
        previous = current.get(name)
        current[name] = value  # (a statement's inputs are read below before it sets this name: see Departure)
        set_at[name] = line
        statement = statements.get(line)
        if (line, name) not in mine.repeated and statement is not None and not statement.in_loop and \
                lossy_tries < 2 and not right_already and _lossy(value, name, buffers) and \
                not any(status.get(r) in ("bad", "unknown") for r in statement.reads) and \
                patches < MAX_PATCHES and not deadline.passed():
            # an array of integers written into (means[i] = ... truncates), or of float32: the same values as float64
            # give the expected output, so the dtype is the mistake, though the values agree
            lossy_tries += 1
            patches += 1
            double = value.astype(np.float64)
            if _repairs(student, (line, name, double), target, solution, right_parts, tol):
                return Departure(line, name, statement, value, double, name,
                                 [r for r in sorted(statement.reads) if status.get(r) == "good"], [], [],
                                 lossy=str(value.dtype))
        if (line, name) not in mine.repeated and statement is not None and not statement.in_loop and \
                isinstance(value, np.ndarray) and \
                ALLOCATION.search(statement.text) and patches < MAX_PATCHES and not deadline.passed():
            # a buffer allocated in another shape than the correct code's of its name (np.empty_like(x) where the
            # windows cropped from x fill it): whatever it holds (np.empty's leftovers may even be x's values), a
            # buffer of the correct code's shape in its place is tried, as its loop fills it
            theirs = next((x for _, n, v in solution.records if n == name and (x := numeric(v)) is not None), None)
            if theirs is not None and theirs.shape != value.shape:
                patches += 1
                buffer = np.zeros(theirs.shape, dtype=value.dtype)
                repaired = _repairs(student, (line, name, buffer), target, solution, right_parts, tol)
                # (a call that raised and draws at random: other draws than the correct code's, but it runs, and
                # returns the correct code's shapes, where the buffer has the correct code's shape)
                if repaired or target.raised and _runs_in_shape(student, (line, name, buffer), solution):
                    # the shape may come of a count of the student's own it reads (np.zeros((n, K)), K one short):
                    # that count one off is tried first
                    counts = [r for r in sorted(statement.reads) if status.get(r) == "unsure" and r not in params
                              and set_at.get(r) in statements and not statements[set_at[r]].in_loop
                              and not SIZE_READ.search(statements[set_at[r]].text) and _whole(current.get(r))]
                    for r in counts:
                        one_off, tried = _one_off(set_at[r], r, current[r], statements[set_at[r]], status, student,
                                                  target, solution, right_parts, tol, MAX_PATCHES - patches)
                        patches += tried
                        if one_off is not None:
                            return one_off
                    return Departure(line, name, statement, value, buffer, name,
                                     [r for r in sorted(statement.reads) if status.get(r) == "good"], [],
                                     [r for r in sorted(statement.reads) if status.get(r) == "unsure"],
                                     runs_only=not repaired,
                                     counts=[(r, set_at[r], statements[set_at[r]].text) for r in counts])
        if (line, name) in mine.repeated or status.get(name) == "unknown":
            continue
        if statement is not None and not statement.in_loop and isinstance(previous, np.ndarray) and \
                name not in statement.writes | statement.reads:
            # changed by a line that names it not: the line wrote into another name for the same array (a view, or
            # `grad = W` then `grad *= reg`); whatever it holds now, it is not where the correct code's value came from
            status[name] = "bad"
            if patches < MAX_PATCHES and not deadline.passed():
                patches += 1
                if _repairs(student, (line, name, previous), target, solution, right_parts, tol):
                    return _aliased(line, name, statement, value, previous, records, statements, name in params)
            continue
        otherwise = _named_otherwise(line, name, value, solution, mine, known.tol)
        # a whole number that some value of the correct code's equals, though the correct code names none so (n =
        # max(fan_in, fan_out) is 300, as fan_in is there): a size, unsure, not a value shown right
        # (or a float that is whole: t = (step % total) / total is 0.0 at the last step, as min_lr is)
        by_chance = np.ndim(value) == 0 and (_whole(value) or _whole_float(value)) and name not in params and \
            not any(n == name for _, n, _ in solution.records) and \
            not (statement is not None and SIZE_READ.search(statement.text))  # (N = x.shape[0]: a size read off)
        if (known.holds(value) or (name, line) in used_well_at and name not in params and np.ndim(value) > 0) and \
                not _wrong_return(name, value, solution, known.tol) and not otherwise:
            status[name] = "unsure" if by_chance else "good"  # (no value of the correct code's to try there)
            known_by_name[name] = known.holds(value)
            continue
        reads = sorted(statement.reads) if statement is not None else []
        _masks_taken(reads, line, status, masks_at, statements, mine, params, written_in_loops)
        if statement is None or any(status.get(r) in ("bad", "unknown") for r in reads):
            status[name] = "bad"  # computed from a wrong value: downstream of the departure
            continue
        # a number the correct code never names (a size, a count) may well be right: it does not make
        # what is computed from it suspect, though it may be the departure itself
        reads = [r for r in reads if r in status]  # its locals (not the module's names)
        read_good = [r for r in reads if status[r] == "good"]
        read_sizes = [r for r in reads if status[r] == "unsure"]
        read_containers = [r for r in reads if status[r] == "container"]
        # a whole number (a size, a count) the correct code does not name is unsure; a fraction (a std, a bound)
        # is as suspect as an array: what is computed from it is not taken as checked
        status[name] = "unsure" if np.ndim(value) == 0 and not _fraction(value) else "bad"

        def departure(right: Any, right_name: str) -> Departure:
            own = [r for r in read_good if r not in params and r in used_well and not known_by_name.get(r, False)]
            part = ""
            if parts is not None and not deadline.passed():
                try:
                    part = first_wrong_part(parts, line, known, target, solution, deadline, statement,
                                            source.splitlines())
                except Exception:  # noqa: BLE001 - the statement alone is said
                    part = ""
            counts = [(r, set_at[r], statements[set_at[r]].text) for r in read_sizes
                      if r not in params and set_at.get(r) in statements and not statements[set_at[r]].in_loop
                      and not SIZE_READ.search(statements[set_at[r]].text)]
            # a local that is another as it is (`dz1 = da1`): right by its values, it may stand where another value
            # belongs (a step left out between them)
            # (not a parameter so named: `s = cache` takes what was given, as meant)
            counts += [(r, set_at[r], statements[set_at[r]].text) for r in read_good
                       if r not in params and set_at.get(r) in statements and not statements[set_at[r]].in_loop
                       and (copy := PLAIN_COPY.fullmatch(statements[set_at[r]].text)) is not None
                       and copy.group(1) not in params][:1]
            # a store of the value, whose other use, beside other values, comes out right: a later line made up
            # for it there
            stored = next(((r, set_at[r], statements[set_at[r]].text) for r in own
                           if (copy := STORED_COPY.fullmatch(statement.text)) is not None and copy.group(1) == r
                           and set_at.get(r) in statements and not statements[set_at[r]].in_loop
                           and any(k > set_at[r] and k != line and (later := statements.get(k)) is not None and
                                   r in later.reads and len(later.reads - {r}) >= 1 and known.holds(v)
                                   for k, _, v in records)), None)
            # (not where a local of the student's holds the right value anywhere: the wrong one stored, not made)
            right_array = numeric(right)
            if stored is not None and (right_array is None or any(
                    n != name and (held := numeric(v)) is not None and held.shape == right_array.shape and
                    agree(held, right_array, known.tol) for _, n, v in records)):
                stored = None
            # zeros computed from zeros alone (`rms_dx = np.sqrt(acc_delta)` on the first step) agree with any zero
            # of the correct code's, right or not (sqrt(acc_delta + eps) belongs there): not said to agree
            zeros = [r for r in read_good if _zeros_of_zeros(r, set_at, statements, records, given)]
            # where the correct code names what this line sets (its own line for it), an array read here that agrees
            # only with a value the correct code computes on the way under no name (exp(terms - top) inside a
            # log-sum-exp, read where the responsibilities are meant) may be another quantity than the line needs
            # ... and only where the correct code names a value of its shape that the student's code never computes
            # (gamma, where resp stands): that value is what the line may have meant
            named_values = [(n, v) for _, n, v in solution.records if not _returns(n)]
            mine_values = [v for _, _, v in records]
            unnamed, meant = [], {}
            for r in read_good:
                x = current.get(r)
                if r in params or r in zeros or r in used_well or r == name or np.ndim(x) == 0 or \
                        not any(n == name for n, _ in named_values) or set_at.get(r) not in statements or \
                        set_at[r] == line or statements[set_at[r]].in_loop or \
                        any(np.shape(v) == np.shape(x) and agree(x, v, known.tol) for _, v in named_values):
                    continue
                # ... of which it is a multiple, by one factor or one per row (left unnormalized: exp(terms - top)
                # where its softmax, gamma, is meant)
                never = [(n, how) for n, v in named_values if n != name and np.shape(v) == np.shape(x) and
                         (how := _multiple_of(numeric(x), numeric(v), known.tol)) and not any(
                             np.shape(m) == np.shape(v) and agree(m, v, known.tol) for m in mine_values)]
                if never:
                    unnamed.append(r)
                    meant[r] = never[0]
            unnamed = unnamed[:2]
            counts = [(r, set_at[r], statements[set_at[r]].text) for r in [*zeros, *unnamed]] + counts
            return Departure(line, name, statement, value, right, right_name,
                             [r for r in read_good if r not in own and r not in zeros and r not in unnamed], own,
                             read_sizes, part, {r: current[r] for r in reads if r in current and r != name},
                             read_containers, counts=counts, otherwise=otherwise and known.holds(value), zeros=zeros,
                             unnamed=[(r, *meant[r]) for r in unnamed],
                             masks=[(r, masks_at[r], statements[masks_at[r]].text) for r in reads
                                    if status.get(r) == "mask" and r in masks_at],
                             masks_suspect=_masks_suspect(statement, value, right, reads, status, current),
                             stored=stored)

        if _returns(name):  # the last statement: what it reads is right, what it returns is not
            if re.fullmatch(r"return\s*\(?\s*[A-Za-z_]\w*\s*\)?", statement.text.strip()):
                # a local returned as it is: changed where no record saw it (in place, in a loop); unless it holds
                # a value the correct code has on the way and a statement that sets it, under a condition, never ran
                returned = next(iter(statement.reads), "")
                skipped = _skipped_guards(statements, mine, line, writing=returned)
                if skipped and len(statement.reads) == 1 and known.holds(current.get(returned)) and \
                        target.repaired(solution.value):
                    found = departure(_right_return(name, solution), RETURNED)
                    found.skipped = skipped
                    return found
                break
            if not any(status.get(r) in ("bad", "unknown") for r in statement.reads) and patches < MAX_PATCHES:
                # what it reads agrees, but a local may hold a value of the correct code's by chance, where another
                # belongs (cache / (1 - rho ** t) with t = 1 is g * g on the first step, where the cache is meant)
                tries = min(HELD_BY_CHANCE_PATCHES, MAX_PATCHES - patches)
                patches += tries
                found = _held_by_chance(statement, status, params, set_at, statements, current, records, given,
                                        solution, known, given_arrays, student, target, right_parts, tol, deadline,
                                        tries)
                if found is not None:
                    return found
            if any(status.get(r) in ("bad", "unknown", "container") for r in statement.reads):
                break  # it reads a list, a mask or a tensor, or a wrong value: the mistake may be before
            # a count it reads (a number of decays, an epoch) that is 0 or 1 agrees with one of the correct code's
            # numbers by chance as easily as not: one more or one less there may be what repairs the return. Not
            # a size read off the data (X.shape, len(x)); and a count no value of the correct code holds is said
            # "not checked" with the return line, as before (full = 11 where the return takes the padding off once)
            for r in sorted(statement.reads):
                counted = statements.get(set_at.get(r, -1))
                if r in params or counted is None or counted.in_loop or (set_at[r], r) in mine.repeated or \
                        not _whole(current.get(r)) or current[r] not in (-1, 0, 1) or not known.holds(current[r]) or \
                        SIZE_READ.search(counted.text):
                    continue
                for step in (-1, 1):
                    if patches >= MAX_PATCHES or deadline.passed():
                        return None
                    patches += 1
                    if _repairs(student, (set_at[r], r, current[r] + step), target, solution, right_parts, tol):
                        return Departure(set_at[r], r, counted, current[r], current[r] + step, r,
                                         [x for x in sorted(counted.reads) if status.get(x) == "good"], [],
                                         [x for x in sorted(counted.reads) if status.get(x) == "unsure"],
                                         off_by=step)
            if target.repaired(solution.value):
                found = departure(_right_return(name, solution), RETURNED)
                found.other_part = _other_part(name, value, solution, tol)
                if BARE_RETURN.fullmatch(statement.text):
                    found.skipped = _skipped_guards(statements, mine, line)
                return found
            break
        passed_through = False
        for right_name, right in _candidates(name, value, solution, known, given_arrays):
            if patches >= MAX_PATCHES or deadline.passed():
                return None
            patches += 1
            if _repairs(student, (line, name, right), target, solution, right_parts, tol):
                if _may_pass_through(right_name, name, records, statements) and patches < MAX_PATCHES:
                    patches += 1
                    if _passed_through(student, (line, name, right), tol):
                        passed_through = True
                        break
                for stored in _stored_from(name, value, statement, current, set_at, statements, mine.repeated):
                    # a dict entry set to a local as it is (`config["acc"] = acc`): that local, which agreed with
                    # some value of the correct code's by chance, is where it went wrong, if the right value there
                    # repairs the output too
                    if patches >= MAX_PATCHES:
                        break
                    patches += 1
                    at = set_at[stored]
                    if _repairs(student, (at, stored, right), target, solution, right_parts, tol):
                        origin = statements[at]
                        return Departure(at, stored, origin, current[stored], right, right_name,
                                         [r for r in sorted(origin.reads) if status.get(r) == "good"], [], [])
                return departure(right, right_name)
        if passed_through:
            # the rest of the function returns whatever the name holds here (size - 2 * padding + 2 * output_padding
            # with padding equal to output_padding): the correct code's return there repairs the call whatever the
            # line computes, so the line is not shown wrong; a value the correct code does not name, unsure
            status[name] = "unsure"
            continue
        if _allocated(value, statement.text):
            # a buffer of zeros of the student's own shape (a padded dx to gather into, then crop) that no value of
            # the correct code's repairs: an allocation, nothing computed yet; what is written into it is checked
            # where it is read (not said as a value that agrees, nor as a number the correct code does not name)
            status[name] = "buffer"
            continue
        # names the same statement binds with it (`mean, var = running_mean, running_var`), each a value of the
        # correct code's but the wrong one here: given right values together
        together = {n: v for k, n, v in records if k == line and n != name and (k, n) not in mine.repeated}
        if own_start is None and status[name] == "bad" and not statement.in_loop:
            own_start = (line, name, statement)
        if status[name] == "bad" and not statement.in_loop and not together:
            departing.append((line, name, value, statement, tuple(read_good)))
        if together and len(together) <= 3:
            own = _candidates(name, value, solution, known)[:2]
            others = {n: _candidates(n, v, solution, known)[:3] for n, v in together.items()}
            for right_name, right in own:
                for choice in itertools.product(*others.values()):
                    if patches >= MAX_PATCHES or deadline.passed():
                        return None
                    patches += 1
                    patch = {name: right} | {n: c for n, (_, c) in zip(others, choice)}
                    if _repairs(student, (line, TOGETHER, patch), target, solution, right_parts, tol):
                        found = departure(right, right_name)
                        found.names = [name, *others]
                        return found
    if mine.error is not None:
        return _handed_unknown(function, mine, statements, current, source, known) or \
            _named_theirs(_raised_in(mine, statements, status, current, source), solution, known.tol) or \
            _raised_in_loop(mine, statements, loops, before_loop, current, source) or \
            _count_off_by_one(records, statements, status, params, mine, student, target, solution, right_parts, tol,
                              deadline, MAX_PATCHES - patches) or \
            _raised_on_reshaped(mine, statements, status, current, source, known, solution)
    for loop in loops:
        if deadline.passed() or patches >= MAX_PATCHES:
            return None
        known_before = dict(before_loop.get(loop.lines[0], status))
        for p in set(params) - rebound:  # a parameter changed only from this loop on was as given when it began
            if known_before.get(p) == "unknown" and p not in mine.unrecorded and \
                    all(line >= loop.lines[0] for line, name in mine.repeated if name == p):
                known_before[p] = "good"
        for name, state in list(known_before.items()):  # ... and a local changed only inside this loop held, as it
            # began, what it was last set to before it (`X = X.copy()` before a loop that shuffles X in place)
            if state == "unknown" and name not in mine.unrecorded and \
                    all(loop.lines[0] <= line <= loop.lines[1] for line, n in mine.repeated if n == name):
                before = [v for line, n, v in records if n == name and line < loop.lines[0]]
                if before and known.holds(before[-1]) or not before and name in params:  # (a parameter as given)
                    known_before[name] = "good"
        # ... and a mask (booleans: no record holds it) set before it by a line outside the loops from values that
        # agree: not checked, said with the loop as a place the mistake may be (a line that reads one is not blamed:
        # the mask is as likely the mistake, and no patch can tell)
        loop_masks: dict[str, int] = {}
        for name, state in list(known_before.items()):
            if state == "unknown" and mine.unrecorded.get(name) == "mask" and name not in params and \
                    (at := _set_before(name, statements, loop.lines[0])) is not None and \
                    all(known_before.get(r) in ("good", "unsure") for r in statements[at].reads if r in local_names):
                known_before[name] = "mask"
                loop_masks[name] = at
        found = _loop_departure(loop, known_before, student, target, known, solution, right_parts, deadline,
                                MAX_PATCHES - patches, statements, loop_masks)
        if found is not None:
            if found.start_of is None and not helpers:
                found.first_in_pass = _first_in_pass(loop, records, statements, given,
                                                     known_before, known, solution)
                if found.first_in_pass is not None and not found.first_in_pass[3]:
                    found.stale = _stale_read(found.first_in_pass, loop.lines[0], records, solution)
            if found.start_of is None:
                found.reseeded = reseeded_in_loop(source, function, loop)
            return found
    if own_start is None:
        return None
    if parts is not None and not deadline.passed():
        # the first value of the student's own making that no value of the correct code's repairs: the part of its
        # statement that, given a value of the correct code's, makes the rest return the expected output
        # (x.var(axis=0) where running_var is meant, in a line computing x_hat, which the correct code never does)
        line, name, statement = own_start
        try:
            found = wrong_part(parts, line, known, target, solution, deadline, statement, source.splitlines())
        except Exception:  # noqa: BLE001 - advice: the fallbacks below are tried
            advice_failed()
            found = None
        if found is not None:
            text, right_name, right, mine_part = found
            value = _recorded(records, line, name)
            # (an argument, or an entry of a dict given, by its name: the correct code records its own locals only)
            r = numeric(right)
            right_name = right_name or next((n for n, given in [*zip(params, arguments), *given_entries.items()]
                                             if (g := numeric(given)) is not None and r is not None
                                             and g.shape == r.shape and _same(g, r)), "")
            return Departure(line, name, statement, value, right, right_name,
                             [r for r in sorted(statement.reads) if status.get(r) == "good"], [],
                             [r for r in sorted(statement.reads) if status.get(r) == "unsure"], part=text,
                             part_repaired=mine_part)
    # (a few patches of their own: what the loops' tries cost is not counted back)
    return _partial_write(records, statements, mine, solution, known.tol) or \
        _past_own_value(own_start, records, statements, status, mine, student, target, solution, right_parts,
                        tol, deadline, min(PAST_OWN_PATCHES, MAX_PATCHES - patches), known) or \
        _two_departures(departing, student, target, solution, known, right_parts, tol, deadline, records,
                        statements, {n for n, said in status.items() if said == "good"}) or \
        _rows_reordered(own_start, records, statements, mine, known) or \
        _count_named_otherwise(records, statements, mine, solution, set(params)) or \
        _sized_otherwise(own_start, records, statements, status, mine, solution, known) or \
        _split_otherwise(own_start, records, statements, status, mine, solution, known) or \
        _regrouped(own_start, records, statements, mine, solution, known) or \
        _stands_for_a_given(own_start, records, statements, mine, student, solution, given, known, deadline) or \
        _own_region(own_start, records, statements, status, mine, right_parts)


def _count_off_by_one(records: list[tuple[int, str, Any]], statements: dict[int, Statement], status: dict[str, str],
                      params: list[str], mine: TracedCall, student: StudentCall, target: Target,
                      solution: TracedCall, right_parts: list[str], tol: Tolerance, deadline: Budget,
                      budget: int) -> Departure | None:
    """A call that raised: the count of the student's own (a whole number set once, outside the loops, not read off
    the data's shape) that, one more or one less, lets the call run and return the expected output (K = y.max() as
    the number of classes, whose last class then indexes past the weights). Each count in the order set, at most
    `budget` re-runs."""
    for line, name, value in records:
        statement = statements.get(line)
        if budget < 2 or deadline.passed():
            return None
        if statement is None or statement.in_loop or name in params or (line, name) in mine.repeated or \
                status.get(name) not in ("unsure", "good") or np.ndim(value) != 0 or not _whole(value) or \
                isinstance(value, (bool, np.bool_)) or SIZE_READ.search(statement.text):
            continue
        found, tried = _one_off(line, name, value, statement, status, student, target, solution, right_parts, tol,
                                budget)
        budget -= tried
        if found is not None:
            return found
    return None


MAX_COUNT_TRIES = 8  # re-runs _count_of_the_correct_codes may make


def _count_of_the_correct_codes(found: Departure, student: StudentCall, solution: TracedCall,
                                statements: dict[int, Statement], params: list[str], target: Target, tol: Tolerance,
                                deadline: Budget) -> Departure | None:
    """A return departure whose values come from whole numbers no one checked: the first such count of the
    student's (set once, outside the loops, not read off the data's shape) that one of the whole numbers the correct
    code computes, in its place, makes the call return the expected output (k = kernel[0] * kernel[-1] = 9 where
    the correct code's kernel size is 3). None where no such count and number are found within MAX_COUNT_TRIES."""
    mine = student(None)
    right_parts = _right_parts(mine.value, solution.value, tol)
    numbers: dict[int, str] = {}
    for _, n, v in solution.records:
        if np.ndim(v) == 0 and _whole(v) and not isinstance(v, (bool, np.bool_)) and int(v) not in numbers:
            numbers[int(v)] = n
    tries = 0
    for line, name, value in mine.records:
        statement = statements.get(line)
        if statement is None or statement.in_loop or name in params or (line, name) in mine.repeated or \
                np.ndim(value) != 0 or not _whole(value) or isinstance(value, (bool, np.bool_)) or \
                SIZE_READ.search(statement.text) or line >= found.line:
            continue
        for number, right_name in numbers.items():
            if number == int(value) or number <= 0:
                continue
            if tries >= MAX_COUNT_TRIES or deadline.passed():
                return None
            tries += 1
            if _repairs(student, (line, name, number), target, solution, right_parts, tol):
                if _may_pass_through(right_name, name, mine.records, statements) and \
                        _passed_through(student, (line, name, number), tol):
                    break  # (the rest returns whatever the count is here: the correct return repairs any line)
                return Departure(line, name, statement, value, number, right_name, [], [],
                                 sorted(r for r in statement.reads if r not in params))
    return None


def _one_off(line: int, name: str, value: Any, statement: Statement, status: dict[str, str], student: StudentCall,
             target: Target, solution: TracedCall, right_parts: set[int], tol: Tolerance, budget: int
             ) -> tuple[Departure | None, int]:
    """The count `name` (set by `statement`, at `line`, to `value`) one more, then one less, while the budget lasts:
    the Departure that says it off by one where that repairs the call, and the re-runs made."""
    tried = 0
    for step in (1, -1):
        if tried >= budget:
            break
        tried += 1
        if _repairs(student, (line, name, value + step), target, solution, right_parts, tol):
            return Departure(line, name, statement, value, value + step, name,
                             [r for r in sorted(statement.reads) if status.get(r) == "good"], [],
                             [r for r in sorted(statement.reads) if status.get(r) == "unsure"], off_by=step), tried
    return None, tried


def _held_by_chance(statement: Statement, status: dict[str, str], params: list[str], set_at: dict[str, int],
                    statements: dict[int, Statement], current: dict[str, Any],
                    records: Sequence[tuple[int, str, Any]], given: dict[str, Any], solution: TracedCall,
                    known: KnownValues, given_arrays: list[np.ndarray], student: StudentCall, target: Target,
                    right_parts: set[int], tol: Tolerance, deadline: Budget, budget: int) -> Departure | None:
    """A local the return reads (an array, or a number that is a fraction) that agrees with a value of the correct
    code's the correct code names otherwise or not at all (set outside the loops), and that one of the correct code's
    values in its place repairs the output:
    its value was right by chance here, and it is where the values part (said as not what the correct code's value
    holds there)."""
    named = {n for _, n, _ in solution.records}
    for r in sorted(statement.reads):
        at = set_at.get(r)
        if status.get(r) != "good" or r in params or r in named or at is None or at not in statements or \
                statements[at].in_loop or numeric(current.get(r)) is None or \
                (np.ndim(current[r]) == 0 and not _fraction(current[r])):
            continue  # (a number: a fraction, gamma / (1 + step) ** eta at step 0 agreeing with gamma; not a count)
        mine = numeric(current[r])
        # the correct code's named values of its shape first (its cache, not an unnamed g * g near yours)
        tried = [(n, v) for _, n, v in solution.records if (x := numeric(v)) is not None and x.shape == mine.shape
                 and not agree(x, mine, tol)]
        tried += _candidates(r, current[r], solution, known, given_arrays)
        seen: list[np.ndarray] = []
        for right_name, right in tried:
            if any(np.array_equal(numeric(right), other) for other in seen):
                continue
            seen.append(numeric(right))
            if budget <= 0 or deadline.passed():
                return None
            budget -= 1
            # a value of another shape in place of one that agrees with the correct code's must give the correct
            # code's whole return, not only the output checked (a statistic of it: the offsets a crop was cut at)
            whole = np.shape(numeric(right)) != mine.shape
            if _repairs(student, (at, r, right), target, solution, right_parts, tol, whole=whole):
                if _may_pass_through(right_name, r, records, statements) and budget > 0:
                    budget -= 1  # (the rest passes any value through here: xp[:, :, 0:6, 0:6] of a 6 x 6 one)
                    if _passed_through(student, (at, r, right), tol):
                        continue
                origin = statements[at]
                good = [x for x in sorted(origin.reads) if status.get(x) == "good"]
                zeros = [x for x in good if _zeros_of_zeros(x, set_at, statements, records, given)]
                return Departure(at, r, origin, current[r], right, right_name, [x for x in good if x not in zeros],
                                 [], [x for x in sorted(origin.reads) if status.get(x) == "unsure"],
                                 otherwise=right_name != r, zeros=zeros,
                                 counts=[(x, set_at[x], statements[set_at[x]].text) for x in zeros])
    return None


_COMPARED_WITH_WORD = re.compile(r"\b([A-Za-z_]\w*)\s*==\s*(['\"])([^'\"]+)\2")


def _misspelt(condition: str, given: dict[str, Any]) -> str:
    """'' unless the condition compares a setting with a word the call's word for it nearly is (the same letters
    but for case, - for _, or one or two letters): then "mode is 'fan_avg'"."""
    for m in _COMPARED_WITH_WORD.finditer(condition):
        name, word = m.group(1), m.group(3)
        value = given.get(name)
        if isinstance(value, str) and value != word and \
                difflib.SequenceMatcher(None, value.lower(), word.lower()).ratio() >= 0.8:
            return f"{name} is {value!r}"
    return ""


def _skipped_guards(statements: dict[int, Statement], mine: TracedCall, before: int,
                    writing: str | None = None) -> list[tuple[int, str]]:
    """The conditions before line `before` whose statements (that set a name, or `writing` where given; not a
    raise or a return) never ran in the traced call: (line, `if ...:`), in order. A statement that sets only
    names no record holds (a list, a mask) may have run unseen: not taken as skipped."""
    ran = {line for line, _, _ in mine.records}
    return sorted({s.guard for s in statements.values() if s.guard[0] and s.guard[0] < before and s.writes and
                   (writing is None or writing in s.writes) and not s.text.startswith(("raise", "return")) and
                   not s.writes & set(mine.unrecorded) and not ran & set(range(s.lines[0], s.lines[1] + 1))})


def _two_departures(departing: list[tuple[int, str, Any, Statement, tuple[str, ...]]], student: StudentCall,
                    target: Target, solution: TracedCall, known: KnownValues, right_parts: set[int], tol: Tolerance,
                    deadline: Budget, records: list[tuple[int, str, Any]] = (),
                    statements: dict[int, Statement] | None = None, good: set[str] = frozenset()
                    ) -> Departure | None:
    """Two statements that each set a value the correct code never computes from values that agree with it (so
    neither reads the other), where neither alone is repaired by a value of the correct code's but the two given
    right values together repair the output (X and y both centred): the mistake is in both. The first three such
    statements, paired, each with its two nearest candidates. Unless the first stores a local as it is
    (`config["cache"] = hist`) that both read, whose right value alone, where it is set, repairs the output: that
    local agreed with a value of the correct code's by chance (|g| is sqrt(g ** 2)), and its line is the mistake."""
    tries = 0
    for first, second in itertools.combinations(departing[:3], 2):
        (line, name, value, statement, reads), (line2, name2, value2, statement2, _) = first, second
        for (right_name, right), (right_name2, right2) in itertools.product(
                _candidates(name, value, solution, known)[:2], _candidates(name2, value2, solution, known)[:2]):
            if tries >= PAIR_PATCHES or deadline.passed():
                return None
            tries += 1
            patch = (0, SEVERAL, {f"{line} {name}": right, f"{line2} {name2}": right2})
            if _repairs(student, patch, target, solution, right_parts, tol):
                stored = _stored_local(line, statement, statement2, records, statements or {})
                if stored is not None and _repairs(student, (stored[0], stored[1], right), target, solution,
                                                   right_parts, tol):
                    at, local, origin, mine = stored
                    return Departure(at, local, origin, mine, right, right_name,
                                     [r for r in sorted(origin.reads) if r in good and r != local], [], [])
                return Departure(line, name, statement, value, right, right_name, list(reads), [], [],
                                 pair=(line2, name2, statement2.text, value2, right2, right_name2))
    return None


def _stored_local(line: int, statement: Statement, other: Statement, records: list[tuple[int, str, Any]],
                  statements: dict[int, Statement]) -> tuple[int, str, Statement, Any] | None:
    """(the line, name, statement and value) of the local that `statement` stores as it is (`config["cache"] =
    hist`) and `other` reads too, set last before `line` by a statement outside a loop; None otherwise."""
    copied = re.fullmatch(r"\s*[A-Za-z_][\w.]*\[[^\]]+\]\s*=\s*([A-Za-z_]\w*)\s*", statement.text)
    if copied is None or copied.group(1) not in other.reads:
        return None
    local = copied.group(1)
    set_before = [(k, v) for k, n, v in records if n == local and k < line]
    if not set_before or (origin := statements.get(set_before[-1][0])) is None or origin.in_loop:
        return None
    return set_before[-1][0], local, origin, set_before[-1][1]


def same_default(mine: Any, right: Any) -> bool:
    """Two literal defaults alike: the same number (1 and 1.0 too), or, not numbers, equal and of one type."""
    if isinstance(mine, (int, float)) and isinstance(right, (int, float)) and not isinstance(mine, bool) and \
            not isinstance(right, bool):
        return math.isclose(mine, right, rel_tol=1e-12, abs_tol=0.0)
    return type(mine) is type(right) and mine == right


def _default_departure(function: str, source: str, other_defaults: dict[str, tuple[Any, Any]],
                       records: list[tuple[int, str, Any]], statements: dict[int, Statement], student: StudentCall,
                       target: Target, solution: TracedCall, right_parts: set[int],
                       tol: Tolerance) -> Departure | None:
    """A parameter the call leaves to its default, whose default in the student's signature is not the correct
    code's (h=1e-12 where h=1e-5), and which given the correct code's value repairs the output: the default is the
    mistake. Said at the def line."""
    found = _definition(source, function)
    body = [line for line, _, _ in records if line in statements]
    if found is None or not body:
        return None
    fn, _ = found
    for param, (mine, right) in other_defaults.items():
        patch = (min(body), BEFORE, {param: right})
        if mine is UNSEEN:  # an expression: its value as the call held it before the patch (a number only)
            try:
                patched = student(patch)
            except Exception:  # noqa: BLE001 - a patched call that fails repairs nothing
                continue
            mine = next((v for n, v in patched.watched if n == param), None)
            if not isinstance(mine, (int, float, np.number)) or isinstance(mine, bool) or \
                    same_default(float(mine), right) or not _repaired(patched, target, solution, right_parts, tol):
                continue
            mine = float(mine)
        elif not _repairs(student, patch, target, solution, right_parts, tol):
            continue
        header = line_text(source, fn.lineno)
        # the other defaults this call leaves that are not the correct code's: another call may need them (eta and
        # gamma swapped: eta alone repairs one step)
        others = [(p, m, r) for p, (m, r) in other_defaults.items() if p != param and m is not UNSEEN]
        return Departure(fn.lineno, param, Statement(header, frozenset(), lines=(fn.lineno, fn.lineno)), mine,
                         right, param, [], [], [], default=True, other_defaults=others)
    return None


def _past_own_value(own_start: tuple[int, str, Statement], records: list[tuple[int, str, Any]],
                    statements: dict[int, Statement], status: dict[str, str], mine: TracedCall,
                    student: StudentCall, target: Target, solution: TracedCall, right_parts: set[int],
                    tol: Tolerance, deadline: Budget, patches_left: int, known: KnownValues) -> Departure | None:
    """A value of the student's own making that no value of the correct code's repairs (`scores`, where the
    correct code computes none) makes everything after it unchecked. A later value of the name the correct code
    gives it (dscores), given the correct code's value there, may repair the output: the mistake is then between
    the two. Not the values the return reads directly (patching them repairs any wrong function: it says nothing)."""
    start, start_name, start_statement = own_start
    returned = [line for line, name, _ in records if _returns(name)]
    if not returned or returned[0] not in statements:
        return None
    end = returned[0]
    # the values the return reads as they are (`return loss, dx`): a patch there repairs whatever came before
    last_set = {name: line for line, name, _ in records if line < end}
    direct = {(last_set[name], name) for name in statements[end].reads if name in last_set}
    tried_lines: set[int] = set()
    for line, name, value in records:
        if line <= start or line >= end or (line, name) in mine.repeated or status.get(name) != "bad":
            continue
        statement = statements.get(line)
        if statement is None or statement.in_loop:
            continue
        together = {n: v for k, n, v in records if k == line and status.get(n) == "bad" and (k, n) not in direct}
        if len(together) > 1 and line not in tried_lines:
            # a statement that binds several values of the student's own making at once (`loss, dscores =
            # mse_loss(scores, targets)`, another helper than the correct code's): the correct code's values of
            # those names, given together, may repair what one alone does not
            tried_lines.add(line)
            # (tries of their own, as few as the names' values: the loops' tries may have spent the others)
            rights = {n: _together_candidates(n, v, solution, known) for n, v in together.items()}
            if all(rights.values()) and len(together) <= 4:
                for choice in itertools.islice(itertools.product(*rights.values()), TOGETHER_PAST_OWN_PATCHES):
                    if deadline.passed():
                        return None
                    patch = dict(zip(together, choice))
                    if _repairs(student, (line, TOGETHER, patch), target, solution, right_parts, tol):
                        first = next(iter(together))  # (name itself may be one the return reads as it is)
                        return Departure(line, first, statement, together[first], patch[first], first, [], [], [],
                                         own_from=(start, start_name, start_statement.text), names=list(together))
        tried: list[np.ndarray] = []
        for _, right_name, right in solution.records:
            r = numeric(right)
            if right_name != name or r is None or any(np.array_equal(r, t) for t in tried) or agree(r, value, tol):
                continue
            # a value the return reads as it is, only where the correct code's of its name has another shape (dgamma
            # (2,) summed per group where (6,), per channel): its shape, not the patch, shows where it went wrong
            if (line, name) in direct and r.shape == np.shape(value):
                continue
            tried.append(r)
            if patches_left <= 0 or deadline.passed():
                return None
            patches_left -= 1
            if _repairs(student, (line, name, right), target, solution, right_parts, tol):
                return Departure(line, name, statement, value, right, name, [], [], [],
                                 own_from=(start, start_name, start_statement.text))
    return None


def _partial_write(records: list[tuple[int, str, Any]], statements: dict[int, Statement], mine: TracedCall,
                   solution: TracedCall, tol: Tolerance) -> Departure | None:
    """An array filled in parts by writes outside the loops (`out[pos] = ...`, then `out[neg] = ...`), each checked
    on the entries it changed against the correct code's final value of that name (or of what the student's
    function returns it as): the first write whose entries differ, said with the earlier writes that agree. Only
    where such an earlier write agrees (a buffer filled right in part)."""
    theirs = _theirs(solution)
    last: dict[str, np.ndarray] = {}
    agreed: dict[str, list[int]] = {}
    for line, name, value in records:
        x, statement = numeric(value), statements.get(line)
        before, last[name] = last.get(name), x if x is not None else last.get(name)
        if x is None or before is None or statement is None or statement.in_loop or (line, name) in mine.repeated \
                or name not in statement.in_place or before.shape != x.shape or x.dtype.kind != "f" or \
                name not in theirs or theirs[name].shape != x.shape:
            continue
        changed = ~((before == x) | (np.isnan(before) & np.isnan(x)))
        if not changed.any():
            continue
        wrong = ~np.isclose(x[changed], theirs[name][changed], rtol=tol.rtol, atol=tol.atol, equal_nan=True)
        if not wrong.any():
            agreed.setdefault(name, []).append(line)
        elif agreed.get(name):
            return Departure(line, name, statement, x, theirs[name], name, [], [], [],
                             partial=(int(changed.sum()), int(wrong.sum()), tuple(agreed[name])))
    return None


def _regrouped(own_start: tuple[int, str, Statement] | None, records: list[tuple[int, str, Any]],
               statements: dict[int, Statement], mine: TracedCall, solution: TracedCall,
               known: KnownValues) -> Departure | None:
    """The first value of the student's own (own_start, outside the loops) of the shape of the correct code's value
    of its name, holding for every example (along the first axis) the same entries in another order
    (`x.transpose(0, 2, 3, 1).reshape(N, G, -1)` where the correct code's xg is x.reshape(N, G, -1)), where the
    first value computed from it differs from the correct code's of its name: the groups gather other entries."""
    if own_start is None:
        return None
    line, name, statement = own_start
    theirs = _theirs(solution)
    x, right = numeric(_recorded(records, line, name)), theirs.get(name)
    if x is None or right is None or statement.in_loop or x.shape != right.shape or x.ndim < 3 or \
            agree(x, right, known.tol) or not agree(np.sort(x.reshape(len(x), -1), axis=1),
                                                    np.sort(right.reshape(len(right), -1), axis=1), known.tol):
        return None
    later = next(((k, n, numeric(v)) for k, n, v in records if k > line and (s := statements.get(k)) is not None
                  and name in s.reads and not s.in_loop), None)
    if later is None or later[1] not in theirs or later[2] is None or later[2].shape != theirs[later[1]].shape or \
            agree(later[2], theirs[later[1]], known.tol):
        return None
    return Departure(line, name, statement, x, right, name, [], [], [], regrouped=(later[1], later[0]))


def _stands_for_a_given(own_start: tuple[int, str, Statement] | None, records: list[tuple[int, str, Any]],
                        statements: dict[int, Statement], mine: TracedCall, student: StudentCall,
                        solution: TracedCall, given: dict[str, Any], known: KnownValues,
                        deadline: Budget) -> Departure | None:
    """The first value of the student's own (own_start: `z = gamma * x + beta`, outside the loops), where one of the
    arrays the call was given, of its shape, in its place makes a later value of the student's one the correct code
    computes under that name (x_hat, of x itself): what that line does to the given array is not meant there (a
    scale and shift applied before the normalization, not after it). Two tries at most."""
    if own_start is None:
        return None
    line, name, statement = own_start
    value = numeric(_recorded(records, line, name))
    if value is None or statement.in_loop or (line, name) in mine.repeated:
        return None
    theirs = _theirs(solution, returns=False, arrays_only=True)
    later = [(k, n) for k, n, v in records if k > line and n in theirs and not _returns(n) and
             (x := numeric(v)) is not None and x.shape == theirs[n].shape and not agree(x, theirs[n], known.tol)]
    tries = [(p, g) for p, v in given.items() if p in statement.reads and (g := numeric(v)) is not None and
             g.shape == value.shape and not agree(g, value, known.tol)][:2]
    for param, array in tries:
        if not later or deadline.passed():
            return None
        try:
            patched = student((line, name, array))
        except Exception:  # noqa: BLE001 - a patched call that fails tells nothing
            continue
        if not patched.patched or patched.error is not None:
            continue
        now = {(k, n): x for k, n, v in patched.records if (x := numeric(v)) is not None}
        fixed = [(k, n) for k, n in later if (x := now.get((k, n))) is not None and x.shape == theirs[n].shape
                 and agree(x, theirs[n], known.tol)]
        if fixed:
            return Departure(line, name, statement, value, array, param, [], [], [],
                             stands_for=(param, tuple(dict.fromkeys(n for _, n in fixed)), fixed[0][0]))
    return None


def _together_candidates(name: str, value: Any, solution: TracedCall, known: KnownValues) -> list[Any]:
    """At most two of the correct code's values for a name a statement binds with others: those of its name, else
    those of its shape (_candidates); a fraction the correct code names otherwise (`data_loss` for its `loss`) as
    any of its numbers that are not whole."""
    same = [r for _, n, r in solution.records if n == name and numeric(r) is not None]
    x = numeric(value)
    if not same and x is not None and x.ndim == 0 and _fraction(float(x)):  # (the nearest first)
        same = sorted({float(r) for _, _, v in solution.records if (r := numeric(v)) is not None and r.ndim == 0
                       and _fraction(float(r))}, key=lambda r: abs(r - float(x)))
    if not same:
        same = [r for _, r in _candidates(name, value, solution, known)]
    return same[:2]


def _multiple_of(x: np.ndarray | None, v: np.ndarray | None, tol: Tolerance) -> str:
    """How x is a multiple of v: "a multiple of" (one factor, not 1), "a multiple, row by row, of" (a factor per row
    of two columns or more, not all 1); "" where it is neither."""
    if x is None or v is None or x.shape != v.shape or x.size < 2 or not np.isfinite(x).all() or \
            not np.isfinite(v).all() or (v == 0).any() or np.ptp(x) == 0 or np.ptp(v) == 0:
        return ""  # (constant arrays are multiples of anything constant)
    ratio = x / v
    if agree(ratio, np.full_like(ratio, ratio.flat[0]), tol):
        return "a multiple of" if not np.isclose(ratio.flat[0], 1.0) else ""
    if x.ndim == 2 and x.shape[1] >= 2 and agree(ratio, np.repeat(ratio[:, :1], x.shape[1], axis=1), tol):
        return "a multiple, row by row, of"
    return ""


AXES_MOVED = re.compile(r"\b(?:transpose|swapaxes|moveaxis|rollaxis|reshape|einsum)\b|\.T\b")


def _rows_reordered(own_start: tuple[int, str, Statement] | None, records: list[tuple[int, str, Any]],
                    statements: dict[int, Statement], mine: TracedCall, known: KnownValues) -> Departure | None:
    """The first value of the student's own (own_start), or the first after it outside a loop, that holds the rows
    (along its first axis) of a value the correct code computes, every one, in another order (channels moved last
    with swapaxes(1, 3), which swaps height and width too): said at its line. Rows of two numbers or more, not all
    alike, at least four of them."""
    if own_start is None:
        return None
    for line, name, value in records:
        x = numeric(value)
        if line < own_start[0] or (line, name) in mine.repeated or x is None or x.ndim < 2 or x.shape[0] < 4 or \
                (s := statements.get(line)) is None or s.in_loop:
            continue
        rows = x.reshape(x.shape[0], -1)
        if rows.shape[1] < 2 or len(np.unique(rows, axis=0)) < rows.shape[0] or not AXES_MOVED.search(s.text):
            continue  # (rows taken in a drawn order, X[perm], are a shuffle: only axes moved are read here)
        for k in known.by_shape.get(x.shape, []):
            if agree(x, k, known.tol):
                break
            if _same_rows(x, k, known.tol):
                # (what the next line computes from it, still right rows in the same other order, carries the order
                # consistently: a transpose that a later line undoes is no mistake)
                after = [numeric(v) for k2, n2, v in records if k2 > line and (s2 := statements.get(k2)) is not None
                         and name in s2.reads][:1]
                if any(y is not None and y.ndim >= 2 and any(agree(y, z, known.tol) or _same_rows(y, z, known.tol)
                                                             for z in known.by_shape.get(y.shape, []))
                       for y in after):
                    return None  # (nor what follows it in that order)
                return Departure(line, name, s, value, k, name, [], [], [], reordered=True)
    return None


def _same_rows(x: np.ndarray, k: np.ndarray, tol: Tolerance) -> bool:
    """x holds k's rows (along the first axis), every one, in another order."""
    rows, theirs = x.reshape(x.shape[0], -1), k.reshape(k.shape[0], -1)
    order = np.lexsort(rows.T[::-1]), np.lexsort(theirs.T[::-1])
    return bool(agree(rows[order[0]], theirs[order[1]], tol))


def _count_named_otherwise(records: list[tuple[int, str, Any]], statements: dict[int, Statement], mine: TracedCall,
                           solution: TracedCall, params: set[str]) -> Departure | None:
    """A whole number the student's function sets once, outside its loops, under a name the correct code gives one
    whole number of another value (M = H * W, 16, where the correct code's M counts a group's values, 48): what it
    counts is not what the correct code's counts. Not a parameter, nor a name the correct code sets to several
    values."""
    theirs: dict[str, set[int]] = {}
    for _, n, v in solution.records:
        if np.ndim(v) == 0 and _whole(v) and not _returns(n):
            theirs.setdefault(n, set()).add(int(float(v)))
    set_count: dict[str, int] = {}
    for _, name, _ in records:
        set_count[name] = set_count.get(name, 0) + 1
    for line, name, value in records:
        # (a name set once: an accumulator's start, receptive = 1 multiplied later, is no count of its own)
        if name in params or (line, name) in mine.repeated or set_count[name] != 1 or np.ndim(value) != 0 or \
                not _whole(value) or len(theirs.get(name, ())) != 1 or (s := statements.get(line)) is None or \
                s.in_loop:
            continue
        right = next(iter(theirs[name]))
        if int(float(value)) != right and right != 0 and int(float(value)) != 0:
            return Departure(line, name, s, value, right, name, [], [], [], counted=True)
    return None


def _sized_otherwise(own_start: tuple[int, str, Statement] | None, records: list[tuple[int, str, Any]],
                     statements: dict[int, Statement], status: dict[str, str], mine: TracedCall, solution: TracedCall,
                     known: KnownValues) -> Departure | None:
    """From the first value of the student's own (own_start; past those that hold the correct code's values in
    another shape, x reshaped into groups, a mean kept with its axes), computed from values that agree, a later value
    (or that one) under a name the correct code gives a value of another size (inv_std one per channel, (2, 6, 1),
    where the correct code's is one per group, (2, 2, 1)): the values are taken over other axes or groups, most
    likely at that first value. Not values of one size in other shapes (keepdims), nor a loop's."""
    if own_start is None:
        return None
    own = [(k, n, v) for k, n, v in records if k >= own_start[0] and (k, n) not in mine.repeated and
           (s := statements.get(k)) is not None and not s.in_loop]
    reshaped = {n for k, n, v in own if known.reshaped(v) is not None}
    first = next(((k, n, v) for k, n, v in own if n not in reshaped), None)
    if first is None or any(status.get(r) in ("bad", "unknown") and r not in reshaped
                            for r in statements[first[0]].reads):
        return None
    start, start_name, start_value = first
    theirs = _theirs(solution, returns=False, arrays_only=True)
    for line, name, value in own:
        x = numeric(value)
        if line < start or x is None or not x.ndim or name not in theirs:
            continue
        right = theirs[name]
        if x.size != right.size and x.ndim >= 2 and right.ndim >= 2 and x.shape[0] == right.shape[0]:
            return Departure(start, start_name, statements[start], start_value, right, name, [], [], [],
                             sized=(name, line, tuple(x.shape), tuple(right.shape)))
    return None


def _ordinal_suffix(n: int) -> str:
    """2 -> "nd", 3 -> "rd", 11 -> "th": what makes n an ordinal."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _split_otherwise(own_start: tuple[int, str, Statement] | None, records: list[tuple[int, str, Any]],
                     statements: dict[int, Statement], status: dict[str, str], mine: TracedCall, solution: TracedCall,
                     known: KnownValues) -> Departure | None:
    """The first value of the student's own (own_start), outside the loops, holding one of the correct code's arrays
    in its order but in another shape of more axes (x.reshape(N, C // G, G, H * W) where the correct code's xg is
    (N, G, -1)), where the first value computed from it has the size of the correct code's value of its name but
    other values (each group's mean taken over every G-th channel): the reshape splits an axis otherwise than the
    statistics after it mean."""
    if own_start is None:
        return None
    line, name, statement = own_start
    value = _recorded(records, line, name)
    theirs = _theirs(solution, returns=False)
    # (the correct code's value of the same name first: the input it is reshaped from holds the same entries too)
    x, right = numeric(value), known.reshaped(value, [theirs[name]] if name in theirs else [])
    if x is None or right is None or statement.in_loop:
        return None
    right_name = name if name in theirs and right is theirs[name] else ""
    for k, n, v in records:
        s = statements.get(k)
        if k <= line or s is None or s.in_loop or (k, n) in mine.repeated or name not in s.reads:
            continue
        y = numeric(v)
        if y is None or any(status.get(r) in ("bad", "unknown") and r != name for r in s.reads):
            return None
        # (a name the correct code does not have, mean for its mu: its values of that size, where none of them
        # holds those values in any order)
        if n in theirs:
            sized: tuple[str, ...] = (n,)
            if theirs[n].size != y.size or agree(y.reshape(-1), theirs[n].reshape(-1), known.tol):
                return None
        else:
            sized = tuple(m for m, z in theirs.items() if z.size == y.size and m != name)
            if not sized or any(agree(np.sort(y.reshape(-1)), np.sort(theirs[m].reshape(-1)), known.tol)
                                for m in sized):
                return None
        mine_shape, right_shape = tuple(x.shape), tuple(right.shape)
        if [d for d in mine_shape if d != 1] == [d for d in right_shape if d != 1]:
            # axes of length 1 added (keepdims, y[:, None]): a mistake only where that value meets one of the shape
            # without them, in an index beside another array or in arithmetic, and the two broadcast to a block
            before = _values_before(records, k)
            partners = [r for r in s.reads if r != name and (p := numeric(before.get(r))) is not None
                        and tuple(p.shape) == right_shape]
            indexed = re.search(rf"\[[^\]]*,[^\]]*\b{re.escape(name)}\b|\[[^\]]*\b{re.escape(name)}\b[^\]]*,",
                                s.text)
            if _unit_axis_added(mine_shape, right_shape) is None or not (partners or indexed):
                return None
        elif not any(a != b for a, b in zip(mine_shape, right_shape)):
            return None  # (no axis split otherwise: one shape the other's start)
        return Departure(line, name, statement, value, right, right_name, [r for r in sorted(statement.reads)
                                                                            if status.get(r) == "good"], [], [],
                         split=(mine_shape, right_shape, n, k, sized))
    return None


def _recorded(records: list[tuple[int, str, Any]], line: int, name: str) -> Any:
    """What the record of name at line held (None: none there)."""
    return next((v for k, n, v in records if k == line and n == name), None)


def _theirs(solution: TracedCall, returns: bool = True, arrays_only: bool = False) -> dict[str, np.ndarray]:
    """The correct code's last numeric value of each of its names; returns: with what it returns (return[0], ...);
    arrays_only: arrays of one axis or more only."""
    return {n: x for _, n, v in solution.records if (returns or not _returns(n)) and (x := numeric(v)) is not None
            and (x.ndim or not arrays_only)}


def _values_before(records: list[tuple[int, str, Any]], line: int) -> dict[str, Any]:
    """What the records last held for each name before the first record at or past line (a statement, or a loop's
    first line)."""
    held: dict[str, Any] = {}
    for k, n, v in records:
        if k >= line:
            break
        held[n] = v
    return held


def _stored_finding(function: str, d: Departure) -> Finding:
    """A line that only stores a value of the student's own (`config["velocity"] = v`) where the stored value is the
    first to part from the correct code's, while what is computed from that value elsewhere comes out right: the line
    that made it leaves out (or adds) something a later line makes up for, where the value is used but not where it
    is stored (weight decay applied to the weights, not in the velocity)."""
    name, line, text = d.stored
    message = (f"in {function}(), line {d.line}: `{d.statement.text}` stores your `{name}` as line {line} computes "
               f"it: `{text}`. Your `{d.name}` {relation_of(d.mine, d.right)}, while what your code computes from "
               f"`{name}` elsewhere comes out right: a line after line {line} makes up for what line {line} leaves out "
               f"(or adds), where `{name}` is used but not where it is stored. The mistake is most likely in line "
               f"{line}: compute `{name}` as the correct code's `{d.right_name or d.name}`, whole, before it is "
               "stored (and the lines reading it to match).")
    plain = (f"in {function}(), `{d.statement.text}` stores a value that is right where it is used but not as it is "
             f"stored: the line that computes `{name}` leaves something out that a later line makes up for; compute "
             "it whole before it is stored.")
    return Finding("departure", message, _hidden(plain, d.statement.text + text),
                   claim=f"{function}:{line}:{name}")


def _unit_axis_added(mine: tuple[int, ...], right: tuple[int, ...]) -> int | None:
    """The axis of length 1 that, taken out of `mine`, leaves `right` (y[:, None] where y is meant), if one."""
    return next((k for k in range(len(mine)) if mine[k] == 1 and mine[:k] + mine[k + 1:] == right), None)


def _unit_axis_finding(function: str, d: Departure, mine_shape: tuple[int, ...], right_shape: tuple[int, ...],
                       name: str, at: int, axis: int) -> Finding:
    """A value holding one of the correct code's arrays in its order with an axis of length 1 added, from which
    the next value has the correct code's size but other values: beside an array of the shape without that axis, in
    an index or in arithmetic, the two broadcast to a block pairing every entry with every other."""
    theirs = f"the correct code's `{d.right_name}`" if d.right_name else \
        f"`{d.reads[0]}`" if len(d.reads) == 1 else "an array the correct code has"
    n = right_shape[0] if len(right_shape) == 1 else 0  # (a vector's: the block is n x n)
    pairs = (f" (an index or arithmetic pairing shape {mine_shape} with shape {right_shape} gives a {n} x {n} "
             f"block, every entry with every other, where {n} pairs are meant)") if n > 1 else ""
    message = (f"in {function}(), line {d.line}: `{d.statement.text}` holds the values of {theirs} in their order, "
               f"but with an axis of length 1 added: shape {mine_shape} where it has {right_shape}; your `{name}` "
               f"(line {at}), computed from it, has the size of the correct code's `{name}` but other values: beside "
               f"an array of shape {right_shape} the added axis broadcasts{pairs}. The mistake is most likely in "
               f"line {d.line}: use the values in shape {right_shape}, without the added axis.")
    plain = (f"in {function}(), `{d.statement.text}` adds an axis of length 1 to values that the lines after it use "
             "beside arrays without it, so that the two broadcast to every pair of entries.")
    return Finding("departure", message, _hidden(plain, d.statement.text), claim=f"{function}:{d.line}:{d.name}")


OWN_REGION_STATEMENTS = 4  # the most lines of the student's own, up to the return, said as where the mistake is


def _names_only(return_text: str) -> bool:
    """A return of names and tuples of names (`return out, (x, w, b)`): it computes nothing."""
    try:
        node = ast.parse(return_text.strip()).body[0]
    except (SyntaxError, ValueError, IndexError):
        return False

    def bare(e: ast.expr | None) -> bool:
        return isinstance(e, ast.Name) or isinstance(e, ast.Tuple) and all(bare(x) for x in e.elts)
    return isinstance(node, ast.Return) and bare(node.value)


def _own_region(own_start: tuple[int, str, Statement] | None, records: list[tuple[int, str, Any]],
                statements: dict[int, Statement], status: dict[str, str], mine: TracedCall,
                right_parts: set[int] = frozenset()) -> Departure | None:
    """Every value before own_start agrees with the correct code's, and from there to the return the student's
    function computes values of its own (an augmented x and w for the bias trick) in a few statements outside any
    loop, which no value of the correct code's repairs: the mistake is in those lines. The last of them that sets
    what the return reads as it is, with own_from the first. None where the lines are more, or a loop, a value not
    recorded or a value checked good lies between. Where a tuple is returned of which some items are right
    (right_parts: `return loss, dscores / n` with dscores right), only the lines the wrong items come from count."""
    if own_start is None:
        return None
    records, statements, wrong_items = _wrong_items_only(records, statements, mine, right_parts)
    start = own_start[0]
    # a number the correct code does not name (area = H ** 2), set before it, is not checked: the region starts there
    # (not at a size read off the data, x.shape[0], which is what it is)
    # (nor a number unpacked from what the call was given, G from the cache, read as it is)
    unchecked = [(line, name) for line, name, _ in records if line < start and status.get(name) == "unsure"
                 and (s := statements.get(line)) is not None and not SIZE_READ.search(s.text)
                 and not (UNPACKED.fullmatch(s.text) and s.reads and all(status.get(r) == "good" for r in s.reads))]
    if unchecked:
        start = unchecked[0][0]
        own_start = (start, unchecked[0][1], statements[start])
    returned = [line for line, name, _ in records if _returns(name)]
    if not returned or returned[0] not in statements or returned[0] <= start:
        return None
    end = returned[0]
    between = [(line, name, value) for line, name, value in records if start <= line < end]
    lines = sorted({line for line, _, _ in between})
    if not between or len(lines) > OWN_REGION_STATEMENTS or \
            any(statements.get(line) is None or statements[line].in_loop or (line, name) in mine.repeated or
                status.get(name) not in ("bad", "unsure") for line, name, _ in between):
        return None
    # (a statement of the same if that sets a name a statement of it that ran sets, `n = fan_in` in the else of
    # `n = math.sqrt(fan_in * fan_out)`, is the other branch's alternative, not a step that was skipped)
    ran_under: dict[int, set[str]] = {}
    for line in lines:
        if statements[line].guard[0]:
            ran_under.setdefault(statements[line].guard[0], set()).update(statements[line].writes)
    if any(line not in lines and start < line < end and not s.text.startswith(("#", "pass")) and
           not (s.writes and s.writes <= ran_under.get(s.guard[0], set()))
           for line, s in statements.items()):
        return None  # a statement that ran not (under an if), or set nothing recorded
    if any(status.get(name) not in ("good", "unsure") for line, name, _ in records if line < start):
        return None  # (a value before it not checked: the mistake may be there)
    returned_names = {n for t in wrong_items for n in re.findall(r"[A-Za-z_]\w*", t)} if wrong_items else \
        statements[end].reads
    read = [(line, name, value) for line, name, value in between if name in returned_names]
    if not read:
        return None
    line, name, value = read[-1]
    computes = not all(re.fullmatch(r"[A-Za-z_]\w*", t) for t in wrong_items) if wrong_items else \
        not _names_only(statements[end].text)
    if computes:  # the return computes too (`return (u - 1) * a`): in it
        line, name, value = next((k, n, v) for k, n, v in records if k == end and _returns(n))
    return Departure(line, name, statements[line], value, value, name, [], [], [],
                     own_from=(start, own_start[1], own_start[2].text), own_region=True)


def _wrong_items_only(records: list[tuple[int, str, Any]], statements: dict[int, Statement], mine: TracedCall,
                      right_parts: set[int]) -> tuple[list[tuple[int, str, Any]], dict[int, Statement], list[str]]:
    """The records and statements that the wrong items of a tuple returned come from (the return's own line kept),
    with those items' texts, where the return is a tuple of numbers and arrays some of which are right; all of them
    otherwise, and no texts."""
    value = mine.value
    returned = [line for line, name, _ in records if _returns(name)]
    if not right_parts or not isinstance(value, tuple) or not returned or returned[0] not in statements or \
            any(numeric(v) is None for v in value) or len(right_parts) >= len(value):
        return records, statements, []
    end = returned[0]
    try:
        node = ast.parse(statements[end].text.strip()).body[0]
    except (SyntaxError, IndexError):
        return records, statements, []
    if not isinstance(node, ast.Return) or not isinstance(node.value, ast.Tuple) or len(node.value.elts) != len(value):
        return records, statements, []
    wanted = {n.id for k, e in enumerate(node.value.elts) if k not in right_parts for n in ast.walk(e)
              if isinstance(n, ast.Name)}
    lines: set[int] = {end}
    frontier, seen = set(wanted), set()
    while frontier:  # back from the return: the lines that last set each name read, and what they read
        name = frontier.pop()
        seen.add(name)
        setting = [line for line, n, _ in records if n == name and line < end]
        for line in setting:  # (every line that set it: an in-place write after its binding counts too)
            if line in statements and line not in lines:
                lines.add(line)
                frontier |= statements[line].reads - seen
    return [r for r in records if r[0] in lines], {k: s for k, s in statements.items() if k in lines or k > end}, \
        [ast.unparse(e) for k, e in enumerate(node.value.elts) if k not in right_parts]


def _loop_departure(loop: Loop, known_before: dict[str, str], student: StudentCall, target: Target,
                    known: KnownValues, solution: TracedCall, right_parts: set[int], deadline: Budget,
                    patches: int, statements: dict[int, Statement], masks: dict[str, int] | None = None
                    ) -> Departure | None:
    """A loop whose locals, right after it, hold values the correct code never computes, though what it reads
    from before it agrees with the correct code, and with right values in their place (the correct code's, as
    _candidates finds them) the rest of the function returns the expected output: the mistake is in the loop.
    (Its statements are not candidates one by one: only their first pass is recorded, and a patch made there
    is undone by the next.)"""
    reads = sorted(r for r in loop.reads if r in known_before)  # (not a buffer it only writes into: out[n] = ...)
    if any(known_before[r] in ("bad", "unknown") for r in reads):
        return None
    after = student((loop.after, BEFORE, {}))
    # what the loop leaves: the names it found bound (a total, weights) or writes into (grad[i] = ...), not what
    # its last pass happened to compute on the way (a loop counter, a temporary)
    # (and of those, what the rest of the function reads: a temporary the loop leaves behind is no result)
    results = {name for name in loop.written if name in known_before} | loop.written_in_place
    if loop.read_after is not None:
        results &= loop.read_after
    wrong = {name: value for name, value in after.watched if name in results and not known.holds(value)}
    if not wrong or len(wrong) > 4:
        return None
    lists = [name for name in sorted(wrong) if name in loop.written_in_place and name in dict(loop.bound_before)]
    if lists and patches >= 2 and not deadline.passed():
        patches -= 2  # what the locals held as the loop began, and the list emptied there
        started = _started_wrong(loop, lists[0], wrong[lists[0]], student, target, known, solution, right_parts,
                                 statements)
        if started is not None:
            return started
    # what the correct code's local of the same name held last (a training loop's weights as it left them, recorded
    # as it returned), what it returns (a loop's result is often returned as it is), then its other values
    returned = [r for r in _values_within(solution.value) if r.ndim > 0]
    last = {name: x for _, name, v in solution.records if (x := numeric(v)) is not None}
    candidates = {name: ([last[name]] if name in last and last[name].shape == np.shape(value) else []) +
                  [r for r in returned if r.shape == np.shape(value)] +
                  [right for _, right in _candidates(name, value, solution, known)] for name, value in wrong.items()}
    tries = [{name: right} for name, c in candidates.items() for right in c[:3]] + _combined(candidates)
    for patch in tries[:patches]:
        if deadline.passed():
            return None
        if _repairs(student, (loop.after, BEFORE, patch), target, solution, right_parts, known.tol):
            names = sorted(patch)
            statement = Statement(loop.header, frozenset(reads), loop.calls, loop.lines)
            # a function it calls that was bound before it (picked from a table): no record holds it, so it is not
            # checked; where it was set is said, as a count's line is
            bound = dict(loop.bound_before)
            unchecked = [(r, bound[r], statements[bound[r]].text) for r in sorted(loop.called_locals)
                         if r not in known_before and bound[r] in statements]
            masks = masks or {}
            return Departure(loop.lines[0], LOOP, statement, wrong[names[0]], patch[names[0]], names[0],
                             [r for r in reads if known_before[r] == "good"], [],
                             [r for r in reads if known_before[r] == "unsure"], "", {},
                             [r for r in reads if known_before[r] == "container"], names, counts=unchecked[:2],
                             masks=[(r, masks[r], statements[masks[r]].text) for r in reads
                                    if known_before[r] == "mask" and r in masks and masks[r] in statements])
    return None


@dataclass
class PassDeparture:
    """Two loops, the student's and the correct code's, compared pass by pass on what both carry from one pass to
    the next under one name (a best loss, a count, the weights): the first pass after which they part."""

    loop: Loop
    index: int  # the pass (from 0) after which they part; every pass before it began with the same values
    given: list[tuple[str, Any]]  # what that pass's header bound (epoch = 5, loss = 1.6), where both agree
    parted: list[tuple[str, Any, Any]]  # (name, what yours held after it, what the correct code's did)
    setters: list[tuple[int, Statement]]  # the statements of the student's loop that write those names
    # of those names, the ones no statement of the student's loop writes, kept as they were where the correct
    # code's changed in that pass (a bias never updated)
    unset: list[str] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)  # the parted names' changes k times the correct code's
    taken: ItemsTaken | None = None  # what that pass worked on: an item the correct code takes in another pass
    # what the setters read that only the student's loop carries, and the lines of the loop that set it
    own_state: list[tuple[str, int, str]] = field(default_factory=list)
    # every pass of the student's loop began as the correct code's, but it made fewer: (its passes, the correct
    # code's, the line of the return that ended it inside the loop, or 0 where it ran out its range)
    fewer: tuple[int, int, int] | None = None
    # the other statements of the loop that set what the setters read in the pass (a window's sum the line that
    # writes the output divides): where the mistake may be as well
    feeders: list[tuple[int, Statement]] = field(default_factory=list)


@dataclass
class ItemsTaken:
    """A value the student's loop works on in a pass (a weight matrix taken from a list) that the correct code's
    loop holds too, exactly, but in another pass: the loop takes its items in another order, or from another
    place (layers.pop() takes the last first; range(1, n) skips the first)."""

    name: str  # the student's name for it
    right_name: str  # the correct code's
    line: int  # the line of the student's loop that sets it
    text: str
    passes: list[tuple[int, int | None]]  # (a pass of the student's, from 0; the correct code's pass of that value)
    counts: tuple[int, int] | None = None  # (your passes, the correct code's) where they differ
    # the other lines of the loop that set the same name in a pass (a short batch refilled under a condition)
    others: list[tuple[int, str]] = field(default_factory=list)

    def said(self) -> str:
        """`idx` (line 156: `...`), with the other lines that set it again in the pass."""
        again = "; ".join(f"line {line}: `{text}`" for line, text in self.others)
        return f"`{self.name}` (line {self.line}: `{self.text}`" + (f"; set again by {again}" if again else "") + ")"

    def lines_said(self) -> str:
        return f"line {self.line}" if not self.others else "those lines"


def _pass_digests(call: TracedCall) -> list[dict[str, str]]:
    """Each pass's locals as digests (locals_trace.digest: equal digests, equal numbers), as each pass began: the
    arrays of two entries or more, those kept digested here, those too large to keep as the child digested them.
    (Numbers alone are left out: a count or an index equals another pass's by chance too easily.)"""
    states, state = [], {}
    for k, changed in enumerate(call.passes):
        state = {**state, **{n: digest(v) for n, v in changed if isinstance(v, np.ndarray) and v.size > 1
                             and np.ptp(v) > 0}}
        if k < len(call.pass_digests):
            state = {**state, **dict(call.pass_digests[k])}
        states.append(state)
    return states


def _worked_on(states: list[dict[str, str]], loop: Loop, name: str, p: int) -> str | None:
    """The digest of what `name` held during pass p (from 0): what the header bound as the pass began, or what
    the body set as the next one began."""
    k = p if name in loop.targets else p + 1
    return states[k].get(name) if k < len(states) else None


def _takes(text: str) -> bool:
    """A statement that takes its value, not computes it: an index of something (`idx = order[s:s + 64]`,
    `xb = X[idx]`) or a random draw (`order = rng.permutation(n)`): what is taken may come from elsewhere as a
    whole (another seed, another permutation), where a value computed from others parts by its formula."""
    if re.match(r"(async\s+)?for\b", text.strip()):  # a loop's header takes its items
        return True
    try:
        node = ast.parse(text.strip()).body[0]
    except (SyntaxError, ValueError, IndexError):
        return False

    def taken(value: ast.expr | None) -> bool:
        if isinstance(value, ast.IfExp):  # (one of two items taken: `xs[k] if k < 2 else other[k]`)
            return taken(value.body) and taken(value.orelse)
        return isinstance(value, ast.Subscript) or (isinstance(value, ast.Call) and
                                                     RANDOM_DRAW.search(ast.unparse(value.func)) is not None)
    return taken(node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None)


def _items_taken(loop: Loop, right_loop: Loop, mine: TracedCall, right: TracedCall,
                 states: tuple[list[dict[str, str]], list[dict[str, str]]], p: int, in_loop: dict[int, Statement],
                 temporaries: tuple[set[str], set[str]]) -> ItemsTaken | None:
    """In pass p, where the two loops part: a value of one pass of the student's loop (set in it, not carried) that
    no value of the correct code's pass p is, but one of another of its passes is (a layer's weights taken in
    another order). states: each call's _pass_digests. None where there is none, or nothing large enough to say it
    by."""
    mine_states, right_states = states
    right_names = sorted(temporaries[1])
    passes = max(len(mine_states), len(right_states))

    def passes_of(value: str) -> list[tuple[int, str]]:
        return [(q, r) for q in range(passes) for r in right_names if _worked_on(right_states, right_loop, r, q) ==
                value]

    at_p = {_worked_on(right_states, right_loop, r, p) for r in right_names}
    # (a loop that makes another number of passes takes every later item from another pass: its range is off)
    counts = (len(mine.passes), len(right.passes)) if len(mine.passes) != len(right.passes) else None
    for line, statement in sorted(in_loop.items()):
        for name in sorted(statement.writes & temporaries[0]):
            value = _worked_on(mine_states, loop, name, p)
            if value is None or value in at_p:
                continue
            if not (found := passes_of(value)):
                # none of the correct code's values anywhere, where each pass before held one of that pass's (a
                # permutation drawn otherwise from an epoch on): what the pass works on is taken otherwise from here
                before = [q for q in range(p) if _worked_on(mine_states, loop, name, q) in
                          {_worked_on(right_states, right_loop, r, q) for r in right_names} - {None}]
                if p and before == list(range(p)) and _takes(statement.text):
                    held = next(r for r in right_names if _worked_on(right_states, right_loop, r, 0) ==
                                _worked_on(mine_states, loop, name, 0))
                    others = [(k, s.text) for k, s in sorted(in_loop.items()) if name in s.writes and k != line][:2]
                    return ItemsTaken(name, held, line, statement.text, [(p, None)], counts, others)
                continue
            right_name = found[0][1]
            seen = [(q, next((q2 for q2, _ in passes_of(v)), None) if (v := _worked_on(mine_states, loop, name, q))
                     is not None else None) for q in range(p, min(passes, p + 4))]
            return ItemsTaken(name, right_name, line, statement.text, [(q, r) for q, r in seen if r is not None],
                              counts)
    return None


def _carried_states(passes: list[list[tuple[str, Any]]]) -> list[dict[str, Any]]:
    """Each pass's locals in full (a pass records only what changed since the one before)."""
    states, state = [], {}
    for changed in passes:
        state = {**state, **dict(changed)}
        states.append(state)
    return states


def loop_pass_departure(function: str, source: str, right_source: str,
                        mine_at: Callable[[tuple[int, int]], TracedCall],
                        right_at: Callable[[tuple[int, int]], TracedCall], tol: Tolerance) -> PassDeparture | None:
    """Where the student's function and the correct code's each have one loop of their own body, both traced with
    the locals kept as each pass begins: the first pass after which a name both carry through the loop (bound
    before it, or a parameter: not a temporary of one pass, whose meaning two codes need not share) holds other
    values, where every name both carry agreed as each earlier pass began, the first included (so the loops start
    alike, and what each name means agrees as far as values show). None where they never part, or part before
    the first pass."""
    mine_loops, right_loops = top_level_loops(source, function), top_level_loops(right_source, function)
    if len(mine_loops) != 1 or len(right_loops) != 1:
        return None
    mine_loop, right_loop = _pass_line(source, function, mine_loops[0]), _pass_line(right_source, function,
                                                                                    right_loops[0])
    if not mine_loop.body_line or not right_loop.body_line:
        return None
    return _passes_parting(function, source, right_source, mine_loop, right_loop, mine_at, right_at, tol)


def _loop_node(fn: ast.FunctionDef, loop: Loop) -> ast.For | ast.While | None:
    """The statement of the function's own body that is the loop (by its first line)."""
    return next((n for n in fn.body if isinstance(n, (ast.For, ast.While)) and n.lineno == loop.lines[0]), None)


def _read_beyond_own_update(fn: ast.FunctionDef, loop: Loop, name: str) -> bool:
    """Whether the loop reads `name` anywhere but in its own updates (`db[f] += ...`, `total += ...`)."""
    node = _loop_node(fn, loop)
    if node is None:
        return True
    own = set()
    for n in ast.walk(node):
        if isinstance(n, ast.AugAssign):
            target = n.target.value if isinstance(n.target, ast.Subscript) else n.target
            if isinstance(target, ast.Name) and target.id == name:
                own.add(id(target))
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) and id(n) not in own
               for n in ast.walk(node))


def _pass_line(source: str, function: str, loop: Loop) -> Loop:
    """The loop with a line that runs once as each of its passes begins: its first statement's, that statement a
    loop too (`for n in range(N): for f in range(F): ...`: the inner header runs again on each inner pass, but once
    only after the outer header, which is what the recorder counts)."""
    if loop.body_line:
        return loop
    found = _definition(source, function)
    outer = _loop_node(found[0], loop) if found is not None else None
    if outer is None or not outer.body or outer.body[0].lineno <= outer.lineno:
        return loop
    return replace(loop, body_line=outer.body[0].lineno)


def _passes_parting(function: str, source: str, right_source: str, loop: Loop, right_loop: Loop,
                    mine_at: Callable[[tuple[int, int]], TracedCall],
                    right_at: Callable[[tuple[int, int]], TracedCall], tol: Tolerance) -> PassDeparture | None:
    """The two loops compared pass by pass (loop_pass_departure): the first pass after which a name both carry
    parts, with the lines of the student's loop that set it."""
    mine = mine_at((loop.lines[0], loop.body_line))
    right = right_at((right_loop.lines[0], right_loop.body_line))
    found = _definition(source, function), _definition(right_source, function)
    if found[0] is None or found[1] is None:
        return None
    carried = {name for name, _ in loop.bound_before} | set(_parameters(found[0][0]))
    carried &= {name for name, _ in right_loop.bound_before} | set(_parameters(found[1][0]))
    mine_states, right_states = _carried_states(mine.passes), _carried_states(right.passes)
    for k in range(min(len(mine_states), len(right_states))):
        shared = sorted(n for n in carried if n in mine_states[k] and n in right_states[k]
                        and np.shape(mine_states[k][n]) == np.shape(right_states[k][n]))
        parted = [n for n in shared if not agree(mine_states[k][n], right_states[k][n], tol)]
        if k == 0 and parted:
            # names that hold other values before the loop mean other things in the two (db summed before the loop
            # by the one, accumulated in it by the other): compared no further where nothing else of the student's
            # loop reads them (else what they feed parts too: a best loss started otherwise); the rest still are
            if any(_read_beyond_own_update(found[0][0], loop, n) for n in parted) or \
                    not (carried - set(parted)) & set(shared):
                return None  # they part before the loop: what it was given differs, not how it goes
            carried -= set(parted)
            continue
        if not parted:
            continue
        before = mine_states[k - 1]
        given = [(n, before[n]) for n in loop.targets if n in before and n in right_states[k - 1]
                 and np.ndim(before[n]) == 0 and agree(before[n], right_states[k - 1][n], tol)]
        statements = function_statements(source, function)
        if statements is None:
            return None
        in_loop = {s.lines[0]: s for line, s in statements[0].items() if loop.lines[0] < line <= loop.lines[1]}
        setters = {line: s for line, s in in_loop.items() if set(parted) & s.writes}
        unset = [n for n in parted if not any(n in s.writes for s in in_loop.values())
                 and agree(mine_states[k][n], before[n], tol) and not agree(right_states[k][n], before[n], tol)]
        # (a change k times the correct code's, or its opposite: one differing in no simple way says no more than
        # the values do)
        steps = [step for n in parted[:3] if n in before and n in right_states[k - 1] and
                 (step := _step(n, before[n], mine_states[k][n], right_states[k - 1][n], right_states[k][n]))
                 is not None and step.factor is not None]
        taken = None if unset else _taken_in_pass(function, source, right_source, loop, right_loop, mine, right,
                                                  [k - 1])
        # what those lines read that the student's loop carries from pass to pass and the correct code's does not
        # (a velocity of the student's own, vW = 0.9 * vW - lr * g): its line may be where the mistake is
        own_state = {name for name, _ in loop.bound_before} - carried
        own_read = sorted({r for s in setters.values() for r in s.reads if r in own_state})
        state_lines = [(r, line, st.text) for r in own_read for line, st in sorted(in_loop.items()) if r in st.writes
                       and line not in setters][:2]
        read = {r for st in setters.values() for r in st.reads} - set(parted)
        feeders = sorted((line, st) for line, st in in_loop.items() if line not in setters and st.writes & read)[:2]
        return PassDeparture(loop, k - 1, given, [(n, mine_states[k][n], right_states[k][n]) for n in parted[:3]],
                             sorted(setters.items())[:2], unset, steps, taken, state_lines, feeders=feeders)
    # nothing both carry parts where values are kept (what they carry too large to keep: the layers' activations), but
    # a pass may still work on another item than the correct code's in that pass, as their digests show
    taken = _taken_in_pass(function, source, right_source, loop, right_loop, mine, right,
                           range(min(len(mine_states), len(right_states))))
    if taken is not None:
        return PassDeparture(loop, taken.passes[0][0], [], [], [], taken=taken)
    if 0 < len(mine_states) < len(right_states) and mine.error is None:  # every pass it made began alike, and it
        # made fewer (not for a call that raised in its last pass: the error ended it, not the range)
        returned = [line for line, name, _ in mine.records if _returns(name)]
        inside = returned[-1] if returned and loop.lines[0] <= returned[-1] <= loop.lines[1] else 0
        node = _loop_node(found[0][0], loop)
        if not inside and (node is None or any(isinstance(n, ast.Break) for n in ast.walk(node))):
            return None  # a break, or its range: which one ended it, the passes do not tell
        return PassDeparture(loop, len(mine_states) - 1, [], [], [], fewer=(len(mine_states), len(right_states),
                                                                            inside))
    return None


def _taken_in_pass(function: str, source: str, right_source: str, loop: Loop, right_loop: Loop, mine: TracedCall,
                   right: TracedCall, passes: Sequence[int]) -> ItemsTaken | None:
    """_items_taken for the first of the passes (from 0) where the student's loop works on an item the correct
    code's works on in another pass; what each loop sets in it that it does not carry (the header's targets too)."""
    found = _definition(source, function), _definition(right_source, function)
    mine_statements, right_statements = function_statements(source, function), function_statements(right_source,
                                                                                                      function)
    if found[0] is None or found[1] is None or mine_statements is None or right_statements is None:
        return None
    in_loop = {s.lines[0]: s for line, s in mine_statements[0].items() if loop.lines[0] < line <= loop.lines[1]}
    right_in_loop = {s.lines[0]: s for line, s in right_statements[0].items()
                     if right_loop.lines[0] <= line <= right_loop.lines[1]}
    header_sets = {loop.lines[0]: Statement(loop.header, frozenset(), lines=(loop.lines[0], loop.lines[0]),
                                            writes=frozenset(loop.targets))} if loop.targets else {}
    # (what each binds before its loop, or is given, is carried by it: not an item of one pass)
    own = ({name for name, _ in loop.bound_before} | set(_parameters(found[0][0])),
           {name for name, _ in right_loop.bound_before} | set(_parameters(found[1][0])))
    temporaries = ({n for st in [*header_sets.values(), *in_loop.values()] for n in st.writes} - own[0],
                   ({n for st in right_in_loop.values() for n in st.writes} | set(right_loop.targets)) - own[1])
    states = _pass_digests(mine), _pass_digests(right)  # (once: each pass's digests serve every pass compared)
    for p in passes:
        taken = _items_taken(loop, right_loop, mine, right, states, p, {**header_sets, **in_loop}, temporaries)
        if taken is not None:
            return taken
    return None


def inner_loop(source: str, function: str, outer: Loop) -> Loop | None:
    """The one loop inside a loop of the function's own body (a training loop's loop over batches), as a Loop whose
    bound_before is the outer loop's (what both carry in from before the outer loop); None where the outer loop
    holds no loop or several, or the inner one's first statement is itself a loop."""
    found = _definition(source, function)
    if found is None:
        return None
    node = _loop_node(found[0], outer)
    if node is None:
        return None
    inner = [n for n in ast.walk(node) if isinstance(n, (ast.For, ast.While)) and n is not node]
    if len(inner) != 1 or not inner[0].body or isinstance(inner[0].body[0], (ast.For, ast.While)) or \
            inner[0].body[0].lineno <= inner[0].lineno:
        return None
    node = inner[0]
    header = " ".join(source.splitlines()[node.lineno - 1:node.body[0].lineno - 1]).strip()
    targets = tuple(n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)) if isinstance(node, ast.For) \
        else ()
    return replace(outer, lines=(node.lineno, node.end_lineno or node.lineno), header=header[:200],
                   body_line=node.body[0].lineno, targets=targets)


def inner_pass_departure(function: str, source: str, right_source: str, outer_line: int,
                         mine_at: Callable[[tuple[int, int]], TracedCall],
                         right_at: Callable[[tuple[int, int]], TracedCall], tol: Tolerance) -> PassDeparture | None:
    """loop_pass_departure for the loop inside the student's loop at outer_line (a departing training loop's loop
    over batches) and the one inside the correct code's one loop: the first pass of the inner loops (counted over
    all passes of the outer ones) after which what both carry in from before the outer loop parts. None where
    either has no single such loop, or they never part, or part before the first pass."""
    outers = [loop for loop in top_level_loops(source, function) if loop.lines[0] == outer_line]
    right_loops = top_level_loops(right_source, function)
    if len(outers) != 1 or len(right_loops) != 1:
        return None
    mine, right = inner_loop(source, function, outers[0]), inner_loop(right_source, function, right_loops[0])
    if mine is None or right is None:
        return None
    return _passes_parting(function, source, right_source, mine, right, mine_at, right_at, tol)


def _parameters(fn: ast.FunctionDef) -> list[str]:
    """The function's parameter names, in order (positional-only, then the others, then keyword-only)."""
    return [a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)]


def _said_briefly(value: Any) -> str:
    """A number as it prints, to 4 significant digits; an array by its shape."""
    x = numeric(value)
    if x is None:
        return "another value"
    return f"{float(x):.4g}" if x.ndim == 0 else f"an array of shape {tuple(x.shape)}"


def pass_departure_finding(function: str, d: PassDeparture) -> Finding:
    """The pass said in the student's terms: which pass, the names that part there and the lines that set them."""
    first, last = d.loop.lines
    k = d.index + 1  # counted from 1 for the student
    given = f" ({', '.join(f'{n} = {_said_briefly(v)}' for n, v in d.given)})" if d.given else ""
    parted = "; ".join(
        f"your `{n}` holds {_said_briefly(mine)} where the correct code's holds {_said_briefly(right)}"
        if np.ndim(mine) == 0 else f"your `{n}` is all zeros where the correct code's is not"
        if (x := numeric(mine)) is not None and not x.any() else f"your `{n}` {relation_of(mine, right)}"
        for n, mine, right in d.parted)
    lines = ", ".join(f"line {line}: `{s.text}`" + (f" (under line {s.guard[0]}: `{s.guard[1]}`)" if s.guard[0]
                                                    and first < s.guard[0] <= last else "")
                      for line, s in d.setters)
    fed = "; ".join(f"line {line}: `{s.text}`" for line, s in d.feeders)
    where = f" The lines of your loop that set {'them' if len(d.parted) > 1 else 'it'}: {lines}; the mistake is " \
            "most likely in one of them" + (f", in the lines that compute what they read in that pass ({fed})," if
                                            fed else "") + \
        " or in the condition that decides whether it runs." if lines else ""
    if lines and d.steps:  # a step k times the right one: its scale may come from what those lines read
        where = (f" The lines of your loop that set {'them' if len(d.parted) > 1 else 'it'}: {lines}; the mistake "
                 "is in one of them or in a value they read in that pass (a rate, a divisor, a sign).")
    if lines and d.own_state:  # state of the student's own the setters read: where it is made may be the mistake
        state = "; ".join(f"`{n}` (line {line}: `{text}`)" for n, line, text in d.own_state)
        where += (f" They read state your loop carries from pass to pass and the correct code's does not: {state}; "
                  "the mistake may be in how that state is made.")
    if d.unset:  # a name the loop never sets, kept where the correct code's changes: that is the mistake
        names = " and ".join(f"`{n}`" for n in d.unset)
        where = (f" No line of your loop sets {names}: {'they stay' if len(d.unset) > 1 else 'it stays'} as the "
                 f"loop began, where the correct code's {'change' if len(d.unset) > 1 else 'changes'} in that pass "
                 "(an update left out?).")
    if d.taken is not None:  # what the pass worked on is another pass's: the line that took it, not those after
        t = d.taken
        more = t.passes[1:]
        later = (f" (in your passes {', '.join(str(q + 1) for q, _ in more)} what it holds in its passes "
                 f"{', '.join(str(r + 1) for _, r in more)})") if more else ""
        if t.passes[0][1] is None:
            where = (f" What your loop works on in that pass already differs: your {t.said()} holds none of the "
                     f"correct code's values there, where in every pass before it held what the correct code's "
                     f"`{t.right_name}` held: from that pass on it is drawn or taken otherwise (a seed, a permutation, "
                     f"an index), and the lines after it only carry that on; the mistake is most likely in "
                     f"{t.lines_said()}, or in what {'it reads' if not t.others else 'they read'}.")
        else:
            where = (f" What your loop works on in that pass already differs: your `{t.name}` (line {t.line}: "
                     f"`{t.text}`) holds what the correct code's `{t.right_name}` holds in its pass "
                     f"{t.passes[0][1] + 1}{later}: your loop takes its items in another order or from another place, "
                     f"and the lines after it only carry that on; the mistake is most likely in line {t.line}.")
        if t.counts is not None:  # another number of passes: the range shifts every later item, not the line
            where = (f" What your loop works on in that pass already differs: your `{t.name}` (line {t.line}) holds "
                     f"what the correct code's holds in another pass, and your loop makes {t.counts[0]} passes where "
                     f"the correct code's makes {t.counts[1]}: its range (or a range around it) is off, so each pass "
                     f"from there on takes another item; the mistake is most likely in the range of `{d.loop.header}` "
                     "or of the loop around it, or in the numbers it reads.")
    began = "as their first pass begins" if k == 1 else f"as each of their first {k} passes begins"
    steps = "" if d.unset or d.taken is not None else _steps_said(d)
    message = (f"in {function}(), your loop at lines {first}-{last} (`{d.loop.header}`) and the correct code's "
               f"loop hold the same values {began}, in what both carry from pass to pass under one name; after "
               f"pass {k}{given} they part: {parted}.{steps}{where}")
    if d.fewer is not None:
        mine_n, right_n, inside = d.fewer
        ends = (f"its return at line {inside} ends it after pass {mine_n}, where the correct code's goes on: the "
                f"condition of that return holds too early; the mistake is most likely in that condition" if inside
                else f"it runs out its range after pass {mine_n}: the range ends early (its last "
                f"{'item is' if right_n - mine_n == 1 else f'{right_n - mine_n} items are'} never looked at); the "
                f"mistake is most likely in the range of `{d.loop.header}`, or in what it counts")
        message = (f"in {function}(), your loop at lines {first}-{last} (`{d.loop.header}`) makes {mine_n} "
                   f"pass{'es' if mine_n != 1 else ''} where the correct code's makes {right_n}, and each of yours "
                   f"begins with the values the correct code's does, in what both carry from pass to pass: {ends}.")
        plain = (f"in {function}(), your loop `{d.loop.header}` makes fewer passes than the correct code's, each "
                 "beginning alike: " + ("its return comes too early." if inside else "its range ends early."))
        return Finding("departure", message, _hidden(plain, d.loop.header), claim=f"{function}:{first}:pass")
    if not d.parted and d.taken is not None:  # (what they carry too large to compare: what a pass takes says it)
        message = (f"in {function}(), your loop at lines {first}-{last} (`{d.loop.header}`) and the correct code's "
                   f"loop work on different items in pass {k}.{where}")
    texts = ", ".join(f"`{s.text}`" + (f" (under `{s.guard[1]}`)" if s.guard[0] and first < s.guard[0] <= last
                                         else "") for _, s in d.setters)
    plain_where = (f" No line of your loop sets {' and '.join(f'`{n}`' for n in d.unset)}: an update left out?"
                   if d.unset else f" Your loop takes its items in another order or from another place: "
                   f"`{d.taken.text}`." if d.taken is not None else
                   f" The statements of your loop that set what parts: {texts}." if texts else "")
    plain = (f"in {function}(), your loop `{d.loop.header}` and the correct code's agree pass by pass until one "
             f"pass, after which what both carry under one name parts.{plain_where}")
    quoted = d.loop.header + "".join(s.text + s.guard[1] for _, s in d.setters) + (d.taken.text if d.taken else "")
    return Finding("departure", message, _hidden(plain, quoted), claim=f"{function}:{first}:pass")


def with_inner_passes(finding: Finding, function: str, d: PassDeparture) -> Finding:
    """A loop's departure with, after it, where inside it the loop over batches first parts (inner_pass_departure)."""
    inner = pass_departure_finding(function, d)
    prefix = f"in {function}(), "
    return replace(finding, message=f"{finding.message} Inside it, {inner.message.removeprefix(prefix)}",
                   plain=f"{finding.plain} Inside it, {inner.plain.removeprefix(prefix)}")


def _steps_said(d: PassDeparture) -> str:
    """The changes of a pass that part, in words: those of several names alike (one factor) said once."""
    if len(d.steps) > 1 and len({(_how_far(step), step.change) for step in d.steps}) == 1:
        names = " and ".join(f"`{step.name}`" for step in d.steps)
        return f" In that pass {_step_words(d.steps[0], names, 'your loop')}."
    return "".join(f" In that pass {_step_words(step, subject='your loop')}." for step in d.steps)


def _kept_as_given(records: list[tuple[int, str, Any]], given_entries: dict[str, Any],
                   statements: dict[int, Statement], student: StudentCall, target: Target, solution: TracedCall,
                   right_parts: set[int], tol: Tolerance, status: dict[str, str]) -> Departure | None:
    """The entries of the dicts given that the call changes while the correct code leaves them as given (a test-mode
    call updating bn_param's running averages), when leaving them all as given, after the last line that changes
    one, repairs the output: one patch, tried before the statements one by one (whose patches, spent on the values
    such a call computes and the correct code does not, would run out before these lines)."""
    theirs = {n for _, n, _ in solution.records}
    changed: dict[str, tuple[int, Any]] = {}
    for line, name, value in records:
        if name in given_entries and name not in theirs and name not in changed and \
                not agree(numeric(value), numeric(given_entries[name]), tol):
            changed[name] = (line, value)
    if not changed or any(line not in statements for line, _ in changed.values()):
        return None
    last = max(line for name, _ in changed.items() for line, n, _ in records if n == name)
    if not _repairs(student, (last, TOGETHER, {n: given_entries[n] for n in changed}), target, solution, right_parts,
                    tol):
        return None
    names = sorted(changed, key=lambda n: changed[n][0])
    line, value = changed[names[0]]
    statement = statements[line]
    return Departure(line, names[0], statement, value, given_entries[names[0]], names[0],
                     [r for r in sorted(statement.reads) if status.get(r) == "good"], [], [], kept_as_given=True,
                     names=names)


# a line that stores a local as it is, into a name, an attribute or an entry: `config["velocity"] = v`, `self.v = v`
STORED_COPY = re.compile(r"[A-Za-z_]\w*(?:\[[^\]]+\]|(?:\.\w+)+)\s*=\s*([A-Za-z_]\w*)(?:\.copy\(\))?")
PLAIN_COPY = re.compile(r"[A-Za-z_]\w*\s*=\s*([A-Za-z_]\w*)(?:\.copy\(\))?")  # `dz1 = da1`, `g = grad.copy()`


def _stored_from(name: str, value: Any, statement: Statement, current: dict[str, Any], set_at: dict[str, int],
                 statements: dict[int, Statement], repeated: set[tuple[int, str]]) -> list[str]:
    """The locals (at most 2) a dict entry (its entry_name) may have been set to as they are by the statement, each
    set by an earlier statement outside a loop and holding the same values."""
    if "[" not in name:
        return []
    found = []
    for r in sorted(statement.reads):
        at = set_at.get(r)
        x, y = numeric(current.get(r)), numeric(value)
        if "[" not in r and at is not None and at in statements and not statements[at].in_loop and \
                (at, r) not in repeated and x is not None and y is not None and x.shape == y.shape and \
                np.array_equal(x, y):
            found.append(r)
    return found[:2]


def _lossy(value: Any, name: str, buffers: set[str]) -> bool:
    """An array whose dtype loses what the correct code keeps: float32 or float16, or integers that values are
    written into (a result buffer made of ints: np.array([0] * n), np.zeros(n, dtype=int))."""
    if not isinstance(value, np.ndarray) or value.ndim == 0 or not value.size:
        return False
    return value.dtype in (np.float32, np.float16) or (value.dtype.kind in "iu" and name in buffers)


def _aliased(line: int, name: str, statement: Statement, value: Any, previous: Any,
             records: list[tuple[int, str, Any]], statements: dict[int, Statement], given: bool) -> Departure:
    """The departure of an array changed through another name: the statement at `line` wrote into a name of its
    own bound to the same array as `name` (Departure.alias: that name, the line that last bound it before)."""
    through = (sorted(statement.in_place) or sorted(statement.writes) or [""])[0]
    bound = [k for k, n, _ in records if n == through and k < line and k in statements and
             not statements[k].in_loop]
    at = bound[-1] if bound else 0
    alias = (through, at, statements[at].text if at else "", given)
    return Departure(line, name, statement, value, previous, name, [], [], [], alias=alias)


def _started_wrong(loop: Loop, name: str, wrong: Any, student: StudentCall, target: Target, known: KnownValues,
                   solution: TracedCall, right_parts: set[int], statements: dict[int, Statement]) -> Departure | None:
    """A list the loop appends its results to (name, left holding `wrong`), bound before it with entries already
    in it (`history = [w0]`), that empty as the loop begins gives the expected output: the mistake is the line that
    started it so, not the loop (two calls: what the locals held as the loop began, and the list emptied there)."""
    line = dict(loop.bound_before)[name]
    first = dict(student((loop.lines[0], BEFORE, {})).watched).get(name)
    statement = statements.get(line)
    if statement is None or not isinstance(first, np.ndarray) or first.ndim == 0 or len(first) == 0 or \
            np.ndim(wrong) == 0 or len(wrong) <= len(first):
        return None  # not a list the loop grew from a start of entries already in it
    if _repairs(student, (loop.lines[0], BEFORE, {name: []}), target, solution, right_parts, known.tol):
        return Departure(line, name, statement, first, [], name, [], [], [], start_of=loop.lines)
    return None


def _runs_in_shape(student: StudentCall, patch: tuple[int, str, Any], solution: TracedCall) -> bool:
    """Whether the student's call, made again with the patch, takes it, runs without an error and returns numbers
    of the correct code's shapes, part by part (its values may be other draws)."""
    try:
        patched = student(patch)
    except Exception:  # noqa: BLE001 - a patched call that fails repairs nothing
        return False
    pairs = numbers_side_by_side(patched.value, solution.value)
    return patched.patched and patched.error is None and bool(pairs) and \
        all(x is not None and y is not None and x.shape == y.shape for x, y in pairs)


def _may_pass_through(right_name: str, name: str, records: Sequence[tuple[int, str, Any]],
                      statements: dict[int, Statement]) -> bool:
    """A repair of name by the correct code's return (right_name) may prove nothing: name is not itself a return,
    and the student's function does not return it as it is (`return next_w` passes it through by design). Whether
    the rest passes any value through on the call is _passed_through's to tell."""
    if not _returns(right_name) or _returns(name):
        return False
    at = next((line for line, n, _ in records if n == RETURNED), None)
    statement = statements.get(at) if at is not None else None
    return statement is None or \
        re.fullmatch(rf"return\s*\(?\s*{re.escape(name)}\s*\)?", statement.text.strip()) is None


def _passed_through(student: StudentCall, patch: tuple[int, str, Any], tol: Tolerance) -> bool:
    """The student's call, made again with the patched name holding another value than the patch's, returns that
    value as it is: what follows the line passes it through unchanged on this call (terms that cancel here)."""
    line, name, right = patch
    x = numeric(right)
    if x is None or x.dtype.kind not in "iuf":
        return False
    other = x * 1.5 + 3  # (not the student's value, nor the right one; a whole number stays one)
    try:
        patched = student((line, name, int(other) if isinstance(right, (int, np.integer)) else other))
    except Exception:  # noqa: BLE001 - a call that fails with another value passes nothing through
        return False
    got = numeric(patched.value) if patched.patched and patched.error is None else None
    return got is not None and got.shape == other.shape and agree(got, other, tol)


def _repairs(student: StudentCall, patch: tuple[int, str, Any], target: Target, solution: TracedCall,
             right_parts: set[int], tol: Tolerance, whole: bool = False) -> bool:
    """Whether the student's call, made again with the patch, takes it, runs without an error, returns the expected
    output and leaves right what was right (right_parts); whole: and returns the correct code's whole return."""
    try:
        patched = student(patch)
    except Exception:  # noqa: BLE001 - a patched call that fails repairs nothing
        return False
    return _repaired(patched, target, solution, right_parts, tol) and \
        (not whole or same_return(patched.value, solution.value, tol))


def _repaired(patched: TracedCall, target: Target, solution: TracedCall, right_parts: set[int],
              tol: Tolerance) -> bool:
    """A patched call took its patch, ran without an error, returned the expected output and left right what was."""
    return patched.patched and patched.error is None and target.repaired(patched.value) and \
        right_parts <= _right_parts(patched.value, solution.value, tol)


def _first_in_pass(loop: Loop, records: list[tuple[int, str, Any]], statements: dict[int, Statement],
                   given: dict[str, Any], status: dict[str, str], known: KnownValues, solution: TracedCall
                   ) -> tuple[int, str, tuple[str, ...]] | None:
    """The statement of the loop that, on the loop's first pass (the pass the recorder sees), is the first to set an
    array or a fraction the correct code never computes while every local it reads holds one the correct code
    computes too (or a size): (line, text, what it read), or None; None too when that statement reads what the loop
    changes in place (what such a name held there went through writes no record checks), or when its value is not of
    a kind the correct code has (_shaped_like_the_correct_codes). status: what was known as the loop began, for the
    names no record holds (a list, a mask)."""
    values = dict(given)
    first, last = loop.lines
    solution_locals = [x for _, _, v in solution.records if (x := numeric(v)) is not None and x.ndim > 0]

    def agrees(name: str) -> bool:
        if name in values:
            value = values[name]
            return known.holds(value) or (np.ndim(value) == 0 and not _fraction(value)) or \
                status.get(name) in ("good", "unsure", "container") and name in given
        return status.get(name) not in ("bad", "unknown")  # not a local with a value (a function) or unchecked

    def holds(name: str) -> bool:
        """Agrees beyond doubt: an array the correct code computes too, or a parameter as given (not a number a
        pass computed, which may agree within the tolerance only: f(x) for f(x - h))."""
        if name in values:
            return name in given and status.get(name) in ("good", "unsure") or \
                np.ndim(values[name]) > 0 and known.holds(values[name])
        return status.get(name) not in ("bad", "unknown")

    carried = {n for n, _ in loop.bound_before}
    written_in_pass: set[str] = set()
    fresh: set[str] = set()  # the names the pass first bound to a new value (not another name's array)
    last_line = 0

    def pass_ends_right(at: int, name: str, before: Any) -> bool:
        """The first pass's last value of name (set again later in the pass: `h = h @ W`, then `h = act(h)`) is
        the correct code's first change of it: the pass parts nowhere, whatever its steps on the way."""
        end, previous = None, records[at][0]
        for later_line, later_name, later_value in records[at + 1:]:
            if not first <= later_line <= last or later_line < previous:
                break
            previous = later_line
            if later_name == name:
                end = later_value
        b, e = numeric(before), numeric(end)
        if b is None or e is None or e.shape != b.shape:
            return False
        theirs = [x for _, n, v in solution.records if n == name and (x := numeric(v)) is not None and
                  x.shape == b.shape]
        changed = [x for x in theirs if not _same(x, b)]
        return bool(changed) and _same(theirs[0], b) and _same(e, changed[0])

    for at, (line, name, value) in enumerate(records):
        statement = statements.get(line)
        if first <= line <= last:
            if line < last_line:
                return None  # a later pass (or a loop's inner pass): a value its first pass did not change is
                # recorded there first, so what was read then is not known
            last_line = line
        if first <= line <= last and statement is not None and statement.in_loop and name in carried and \
                name not in written_in_pass and name in values and np.ndim(value) > 0 and \
                not set(statement.reads) & loop.written_in_place - {name} and \
                all(holds(r) for r in statement.reads if r != name and (r in values or r in status)):
            # the first write of the pass into a name both codes carry through the loop (the weights), from values
            # that agree: its value may be one the correct code computes under another name (W += 0.1 * g from
            # zeros is the correct code's 0.1 * g), so it is compared with the correct code's first new value of
            # that name, step against step
            step = _carried_step(name, values[name], value, solution)
            # (a change unlike the correct code's in no simple way, to a value the correct code never computes: said
            # as such below)
            if step is not None and (step.factor is not None or known.holds(value)):
                if pass_ends_right(at, name, values[name]):
                    return None
                reads = tuple(sorted(r for r in statement.reads if r in values))
                return line, statement.text, reads, _step_words(step)
        if first <= line <= last and statement is not None and statement.in_loop and not known.holds(value) and \
                (np.ndim(value) > 0 or _fraction(value)):
            reads = tuple(sorted(r for r in statement.reads if r in values or r in status))
            # it reads what the loop changes in place (x[i] += h, through an alias too): unsure, unless an earlier
            # statement of this pass recorded it with a value the correct code has (probs /= ... before probs[...])
            # (the weights a statement steps as a whole, `W -= step`, carried into the loop and read before this
            # pass wrote them: what the loop began with, checked; not a write into part of an array, `grad[i] = ...`,
            # whose other entries earlier passes or aliases may have changed)
            stepped = name in carried and name not in written_in_pass and name in values and \
                known.holds(values[name]) and re.match(rf"{re.escape(name)}\s*[-+*/]=", statement.text) is not None
            if any((r not in fresh or not known.holds(values.get(r))) and not (r == name and stepped)
                   for r in set(statement.reads) & loop.written_in_place):
                return None
            if all(agrees(r) for r in reads):
                if not _shaped_like_the_correct_codes(value, solution_locals, known):
                    return None  # a step of the student's own (a block of windows at once): no pointer
                return line, statement.text, tuple(r for r in reads if r in values), ""
        if first <= line <= last:
            if name not in written_in_pass and statement is not None and not ALIAS.fullmatch(statement.text):
                fresh.add(name)  # bound anew in this pass, not to another name's array (`up, down = x, x`)
            written_in_pass.add(name)
        values[name] = value
    return None


def _stale_read(first_in_pass: tuple[int, str, tuple[str, ...], str], loop_start: int,
                records: list[tuple[int, str, Any]], solution: TracedCall) -> tuple[str, str, str] | None:
    """Of the names the statement first to part on a loop's first pass reads, one whose value (as the records held it
    when the statement ran) is what the correct code held under a name before a later statement of the correct code
    changed it, where another local of the student's then held the changed value: the value from before the change
    read where the one after it is meant (X_raw where the standardized X is). Both names are set before the loop (data
    prepared once: not a value a pass changes, probs where dscores is taken later in the pass). (the name read, the
    correct code's name, the student's local holding the changed value), or None."""
    reads = first_in_pass[2]
    values = _values_before(records, loop_start)
    theirs = [(n, x) for _, n, v in solution.records if (x := numeric(v)) is not None and x.ndim > 0]
    for r in reads:
        mine = numeric(values.get(r))
        if mine is None or mine.ndim == 0:
            continue
        for i, (n, x) in enumerate(theirs):
            if x.shape != mine.shape or not _same(x, mine):
                continue
            later = next((y for m, y in theirs[i + 1:] if m == n and y.shape == x.shape and not _same(y, x)), None)
            if later is None:
                continue
            holder = next((m for m, v in values.items() if m != r and (y := numeric(v)) is not None and
                           y.shape == later.shape and _same(y, later)), None)
            if holder is not None:
                return r, n, holder
    return None


ALIAS = re.compile(r"[\w\s,()]+=\s*[\w\s,()]+")  # names bound to names: `up, down = x, x`, `g = grad`


def _carried_step(name: str, before: Any, mine: Any, solution: TracedCall) -> Step | None:
    """The Step of a student's statement's change to a name, from before (what it held as the loop began, agreeing
    with the correct code) to mine, against the correct code's first change of the same name in its records; None
    where the correct code's records hold no such change."""
    b = numeric(before)
    if b is None:
        return None
    theirs = [x for _, n, v in solution.records if n == name and (x := numeric(v)) is not None and x.shape == b.shape]
    if not theirs or not _same(theirs[0], b):  # the name holds something else in the correct code: no comparing
        return None
    changed = [x for x in theirs if not _same(x, b)]
    return _step(name, before, mine, before, changed[0], "first change") if changed else None


class Step(NamedTuple):
    """How a student's change of a name compares with the correct code's (step_relation)."""

    name: str
    factor: float | None  # k, where the student's change is k times the correct code's (-1: the opposite); None else
    apart: float  # how far the two changes are apart, where they are not proportional
    change: str  # what the correct code's change is called: "change", "first change"


def _step(name: str, before: Any, mine: Any, right_before: Any, right_after: Any, change: str = "change"
          ) -> Step | None:
    """The change of a name from before to mine against the correct code's from right_before to right_after; None
    where the two agree or are not arrays of one shape."""
    values = [numeric(v) for v in (before, mine, right_before, right_after)]
    if any(v is None or v.ndim == 0 or v.shape != values[0].shape for v in values):
        return None
    b, a, rb, ra = values
    my_step, right_step = a - b, ra - rb
    if _same(my_step, right_step):
        return None
    with np.errstate(all="ignore"):
        moved = np.abs(right_step) > 1e-12
        ratio = my_step[moved] / right_step[moved] if moved.any() else np.array([])
        if ratio.size and np.allclose(my_step[~moved], 0) and np.allclose(ratio, ratio.flat[0], rtol=1e-6):
            return Step(name, float(ratio.flat[0]), 0.0, change)
        gap = np.abs(my_step - right_step)
        apart = float(np.nanmax(gap)) if np.isfinite(gap).any() else float("nan")
    return Step(name, None, apart, change)


def _how_far(step: Step) -> str:
    """How a proportional Step compares, as said: "the opposite of", "0.25 times"."""
    return "the opposite of" if np.isclose(step.factor, -1.0) else f"{step.factor:.6g} times"


def _step_words(step: Step, names: str = "", subject: str = "it") -> str:
    """A Step in words; names: the names said together (`W` and `b`), where several changed alike."""
    if step.factor is None:
        return (f"its change of `{step.name}` differs from the correct code's {step.change} of `{step.name}` (by up "
                f"to {step.apart:.3g})")
    whose = f"{step.change}s of them" if names else f"{step.change} of `{step.name}`"
    tail = ": a step added where it is subtracted (or subtracted where it is added)" \
        if np.isclose(step.factor, -1.0) else ""
    return f"{subject} changes {names or f'`{step.name}`'} by {_how_far(step)} the correct code's {whose}{tail}"


def step_relation(name: str, before: Any, mine: Any, right_before: Any, right_after: Any,
                  change: str = "change") -> str:
    """How the change of a name from before to mine compares with the correct code's from right_before to
    right_after, in words ("" where the two agree or are not arrays of one shape): the opposite change (a step
    added where it is subtracted), k times it (a rate), or how far apart."""
    step = _step(name, before, mine, right_before, right_after, change)
    return _step_words(step) if step is not None else ""


def _shaped_like_the_correct_codes(value: Any, solution_locals: list[np.ndarray], known: KnownValues) -> bool:
    """Whether a value a loop's first pass computed is of a kind the correct code has too, so that its being none
    of the correct code's values says something: a fraction; an array taken from the data as it is (every entry one
    of an array the correct code has: a slice, a batch of rows) only where the correct code's own locals hold one of
    that shape (x[:, :, window] where the correct code slides over x[n, c, window] is another way, not a mistake);
    an array of new numbers where any of the correct code's values has its shape."""
    x = numeric(value)
    if x is None or x.ndim == 0:
        return True
    if any(a.size >= x.size and a.size <= MAX_EXPRESSION_ELEMENTS and bool(np.isin(x, a).all())
           for a in known.arrays()[:200] if a.ndim > 0):
        return any(local.shape == x.shape for local in solution_locals)
    return x.shape in known.by_shape


def _combined(candidates: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """Patches that set every one of several wrong names at once: each its own first candidate no other name took
    (a loop that leaves means and variances wrong needs the correct code's two returned arrays, one each), then
    each its first. None for a single name."""
    if len(candidates) < 2 or not all(candidates.values()):
        return []
    distinct: dict[str, Any] = {}
    for name, options in candidates.items():
        free = [c for c in options if not any(c is taken for taken in distinct.values())]
        distinct[name] = (free or options)[0]
    firsts = {name: options[0] for name, options in candidates.items()}
    return [distinct] + ([firsts] if any(firsts[n] is not distinct[n] for n in firsts) else [])


def _raising_statement(mine: TracedCall, statements: dict[int, Statement]
                       ) -> tuple[Statement, tuple[int, int, int, int]] | None:
    """The statement whose operation raised the error that ended the student's call, and the operation's span
    (line, column, end line, end column), when the span lies inside that one statement."""
    if mine.error is None or mine.raised_at is None:
        return None
    line, _, end, _ = mine.raised_at
    statement = statements.get(line)
    if statement is None or not statement.lines[0] <= line <= end <= statement.lines[1]:
        return None
    return statement, mine.raised_at


# calls whose first argument is a size or a shape (all their arguments, for those taking sizes one by one)
_SIZED_FIRST = {"zeros", "ones", "empty", "full", "resize", "tile", "randn", "rand", "random", "integers"}
_SIZED_ALL = {"range", "arange", "reshape", "view", "repeat", "expand", "permute"}


def _size_names(text: str) -> set[str]:
    """The names a statement's text reads where a size or an index is needed: a shape handed to np.zeros and the
    like, the sizes handed to range or reshape, an index or a slice's bounds."""
    try:
        tree = ast.parse(text.strip())  # (an expression, the raising part, reads as a statement too)
    except SyntaxError:
        return set()
    places: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            places.append(node.slice)
        elif isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else \
                node.func.id if isinstance(node.func, ast.Name) else ""
            if called in _SIZED_ALL:
                places += node.args
            elif called in _SIZED_FIRST and node.args:
                places.append(node.args[0])
            places += [k.value for k in node.keywords if k.arg in ("shape", "size")]
    return {n.id for place in places for n in ast.walk(place) if isinstance(n, ast.Name)}


def _raised_in(mine: TracedCall, statements: dict[int, Statement], status: dict[str, str], current: dict[str, Any],
               source: str) -> Departure | None:
    """The statement whose operation raised the error that ended the student's call, when everything it reads
    agrees with the correct code (no wrong value came before it): the mistake is in it. Not in a loop (what it
    read there was recorded on the first pass only). The part is the operation that raised."""
    raised = _raising_statement(mine, statements)
    if raised is None or raised[0].in_loop:
        return None
    statement, (line, column, end, end_column) = raised
    reads = [r for r in sorted(statement.reads) if r in status]
    if any(status[r] in ("bad", "unknown") for r in reads):
        return None  # a wrong value, or one no record holds (a mask, a tensor), came before
    part = source_segment(source.splitlines(), (line, column, end, end_column))
    if len(part) >= len(statement.text) or part not in statement.text:
        part = ""  # the whole statement (or a text the grader cannot find in it): the statement says it
    sized = _size_names(part or statement.text) if FLOAT_FOR_INT.search(str(mine.error)) else set()
    floats = [(r, float(current[r])) for r in reads if r in sized and status[r] == "good" and r in current and
              _whole_float(current[r])]
    return Departure(line, RAISED, statement, None, None, RAISED, [r for r in reads if status[r] == "good"], [],
                     [r for r in reads if status[r] == "unsure"], part, {r: current[r] for r in reads if r in current},
                     [r for r in reads if status[r] == "container"], floats=floats)


_WHOLE_OPERATIONS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
                     ast.FloorDiv: operator.floordiv}  # (what _value_of computes between whole numbers)


def _value_of(node: ast.expr, values: dict[str, Any]) -> Any:
    """The value of a simple expression over recorded values, computed here without running any of the student's
    code: names, whole numbers, + - * // between them, indexing and slicing of arrays by them, `.T`. None for
    anything else."""
    if isinstance(node, ast.Name):
        v = values.get(node.id)
        return v if isinstance(v, np.ndarray) and v.dtype.kind in "biuf" or isinstance(v, (int, np.integer)) and \
            not isinstance(v, bool) else None
    if isinstance(node, ast.Constant):
        return node.value if type(node.value) is int else None
    if isinstance(node, ast.BinOp) and type(node.op) in _WHOLE_OPERATIONS:
        a, b = _value_of(node.left, values), _value_of(node.right, values)
        if not isinstance(a, (int, np.integer)) or not isinstance(b, (int, np.integer)) or \
                isinstance(node.op, ast.FloorDiv) and b == 0:
            return None
        return int(_WHOLE_OPERATIONS[type(node.op)](int(a), int(b)))
    if isinstance(node, ast.Attribute) and node.attr == "T":
        a = _value_of(node.value, values)
        return a.T if isinstance(a, np.ndarray) else None
    if isinstance(node, ast.Subscript):
        a = _value_of(node.value, values)
        if not isinstance(a, np.ndarray):
            return None
        parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        index: list[Any] = []
        for part in parts:
            if isinstance(part, ast.Slice):
                bounds = [None if b is None else _value_of(b, values) for b in (part.lower, part.upper, part.step)]
                if any(b is not None and not isinstance(b, (int, np.integer)) for b in bounds) or \
                        any(getattr(part, k) is not None and b is None
                            for k, b in zip(("lower", "upper", "step"), bounds)) or bounds[2] == 0:
                    return None
                index.append(slice(*bounds))
            else:
                v = _value_of(part, values)
                if v is None or isinstance(v, np.ndarray) and (v.dtype.kind not in "biu" or v.ndim > 1):
                    return None
                index.append(v)
        if any(isinstance(i, np.ndarray) and i.size > MAX_EXPRESSION_ELEMENTS for i in index):
            return None
        try:
            taken = a[tuple(index)]
        except (IndexError, ValueError, TypeError, OverflowError):
            return None
        return taken if np.size(taken) <= MAX_EXPRESSION_ELEMENTS else None
    return None


def _named_theirs(found: Departure | None, solution: TracedCall, tol: Tolerance) -> Departure | None:
    """found (a statement that raised on values that agree), with the reads that hold a value the correct code
    computes under another name only, and not its value of their own name (`skip` holding h where the correct code's
    shortcut is x): theirs_named."""
    if found is None:
        return None
    theirs: dict[str, list[np.ndarray]] = {}
    for _, name, value in solution.records:
        if (x := numeric(value)) is not None and x.ndim:
            theirs.setdefault(name, []).append(x)
    named = []
    for read, value in found.inputs.items():
        x = numeric(value)
        if x is None or not x.ndim or any(agree(x, k, tol) for k in theirs.get(read, []) if k.shape == x.shape):
            continue
        other = next((n for n, ks in theirs.items() if n != read and not _returns(n) and
                      any(k.shape == x.shape and agree(x, k, tol) for k in ks)), None)
        if other is not None:
            named.append((read, other))
    return replace(found, theirs_named=named) if named else found


def _handed_unknown(function: str, mine: TracedCall, statements: dict[int, Statement], current: dict[str, Any],
                    source: str, known: KnownValues) -> Departure | None:
    """The call that raised was one of a function the student's code calls (an error inside it), handed arguments
    of which one is a value the correct code never computes and every other agrees with it (`grad(w, X[idx],
    y[order])` where the correct code hands y[idx]): that argument is most likely the mistake."""
    raised = _raising_statement(mine, statements)
    if raised is None:
        return None
    statement, span = raised
    part = source_segment(source.splitlines(), span)
    try:
        call = ast.parse(part.strip(), mode="eval").body
    except SyntaxError:
        return None
    module = _definition(source, function)
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name) or call.keywords or len(call.args) < 2 \
            or module is None or call.func.id not in module[1] or "positional argument" in str(mine.error):
        return None  # (a function of the module only; a call given too many or too few is another mistake)
    values = [_value_of(a, current) for a in call.args]
    if any(v is None for v in values):
        return None
    unknown = [k for k, v in enumerate(values) if not known.holds(v)]
    if len(unknown) != 1 or np.ndim(values[unknown[0]]) == 0:
        return None
    k = unknown[0]
    texts = [ast.unparse(a) for a in call.args]
    others = [(t, tuple(np.shape(v))) for j, (t, v) in enumerate(zip(texts, values)) if j != k]
    names = sorted({n.id for a in call.args for n in ast.walk(a) if isinstance(n, ast.Name)})
    return Departure(statement.lines[0], RAISED, statement, None, None, RAISED, names, [], [], part,
                     handed=(call.func.id, texts[k], tuple(np.shape(values[k])), others))


def _raised_on_reshaped(mine: TracedCall, statements: dict[int, Statement], status: dict[str, str],
                        current: dict[str, Any], source: str, known: KnownValues,
                        solution: TracedCall) -> Departure | None:
    """_raised_in, where the wrong values the raising statement reads hold the correct code's entries in another
    shape (a mean without its kept axis: (N, G) where the correct code's is (N, G, 1); a view of other axes): those
    are said with both shapes, beside the line (the mistake is in how it lines them up, or in those shapes)."""
    raised = _raising_statement(mine, statements)
    reads = sorted(raised[0].reads) if raised is not None else []
    reshaped = {r: right for r in reads if status.get(r) == "bad" and
                (right := known.reshaped(current.get(r), solution_named(solution, r))) is not None}
    if not reshaped:
        return None
    found = _raised_in(mine, statements, status | dict.fromkeys(reshaped, "good"), current, source)
    if found is not None:
        found.reshaped = [(r, np.shape(current[r]), right.shape) for r, right in sorted(reshaped.items())]
    return found


def _all_zeros(value: Any) -> bool:
    x = numeric(value)
    return x is not None and x.ndim > 0 and x.size > 0 and not np.any(x)


def _zeros_of_zeros(name: str, set_at: dict[str, int], statements: dict[int, Statement],
                    records: Sequence[tuple[int, str, Any]], given: dict[str, Any]) -> bool:
    """name holds an array of zeros set by a statement (not in a loop) that reads arrays of zeros alone (`rms_dx =
    np.sqrt(acc_delta)` with the accumulator still zero): many formulas give zeros there, the right one and the
    wrong one alike (sqrt(acc_delta + eps) does not), so its agreeing with a zero of the correct code's says
    nothing. records: the student's (line, name, value) in the order set, the values read as they were then; given:
    the arguments by parameter name."""
    at = set_at.get(name, -1)
    statement = statements.get(at)
    if name in given or statement is None or statement.in_loop:
        return False
    then = dict(given)
    for line, n, value in records:
        if (line, n) == (at, name):
            break
        then[n] = value
    else:
        return False
    reads = [r for r in statement.reads if r != name and r in then]
    return _all_zeros(value) and bool(reads) and all(_all_zeros(then[r]) for r in reads)


def solution_named(solution: TracedCall, name: str) -> list[np.ndarray]:
    """The arrays the correct code's locals of that name held."""
    return [x for _, n, v in solution.records if n == name and (x := numeric(v)) is not None]


def _raised_in_loop(mine: TracedCall, statements: dict[int, Statement], loops: list[Loop],
                    before_loop: dict[int, dict[str, str]], current: dict[str, Any], source: str) -> Departure | None:
    """The operation that raised on some pass of a loop, where it reads only indices of the loop's ranges and
    values bound before the loop that agree with the correct code as the loop began (its first passes ran):
    the mistake is in that operation, or in a range of the indices it reads."""
    raised = _raising_statement(mine, statements)
    if raised is None or not raised[0].in_loop:
        return None
    statement, (line, column, end, end_column) = raised
    loop = next((k for k in loops if k.lines[0] <= line <= k.lines[1]), None)
    if loop is None or loop.lines[0] not in before_loop:
        return None
    part = source_segment(source.splitlines(), (line, column, end, end_column))
    try:
        names = {n.id for n in ast.walk(ast.parse(part.strip(), mode="eval")) if isinstance(n, ast.Name)}
    except SyntaxError:
        return None
    known = before_loop[loop.lines[0]]
    values = sorted(names - loop.indices)
    if not names & loop.indices or any(n in loop.written or known.get(n) not in ("good", "unsure") for n in values):
        return None  # no index of the loop read there, or a value the loop changes (its first pass alone recorded)
    if len(part) >= len(statement.text) or part not in statement.text:
        return None
    return Departure(line, RAISED, statement, None, None, RAISED, [n for n in values if known.get(n) == "good"], [],
                     [n for n in values if known.get(n) == "unsure"], part, {n: current[n] for n in values if
                                                                              n in current},
                     raised_in_loop=(loop.lines[0], loop.lines[1], loop.header,
                                     tuple(sorted(names & loop.indices))))


def source_segment(lines: list[str], span: tuple[int, int, int, int]) -> str:
    """The text of the source between (line, column) and (end line, end column), columns in UTF-8 bytes as
    ast gives them, lines from 1; "" when the span is not inside the text."""
    start, col, end, end_col = span
    if not 1 <= start <= end <= len(lines):
        return ""
    chosen = [line.encode("utf-8") for line in lines[start - 1:end]]
    if len(chosen) == 1:
        chosen[0] = chosen[0][col:end_col]
    else:
        chosen[0], chosen[-1] = chosen[0][col:], chosen[-1][:end_col]
    return " ".join(part.decode("utf-8", errors="replace").strip() for part in chosen)


def first_wrong_part(parts: StudentParts, line: int, known: KnownValues, target: Target, solution: TracedCall,
                     deadline: Budget, statement: Statement | None = None, source_lines: list[str] | None = None
                     ) -> str:
    """The text of the first part of the statement at `line` (in computing order) holding an array the correct
    code never computes, and whose replacement by a right value (as the statement's own, _candidates) makes the
    rest of the student's function return the right output: where in the statement the values part. A part of
    the student's own making inside one the correct code computes ((diff / sigma) in (diff / sigma) ** 2) is
    not tried. "" when none is found before the statement's whole expression (nothing more to say)."""
    found = wrong_part(parts, line, known, target, solution, deadline, statement, source_lines)
    return found[0] if found is not None else ""


def wrong_part(parts: StudentParts, line: int, known: KnownValues, target: Target, solution: TracedCall,
               deadline: Budget, statement: Statement | None = None, source_lines: list[str] | None = None
               ) -> tuple[str, str, Any, Any] | None:
    """first_wrong_part's part: (its text, the correct code's name for the value that repaired it or "", that
    value, the part's own value)."""
    found, _ = parts(line, None)
    if statement is not None:  # the text is the grader's reading of the student's file, never the child's word
        first, last = statement.lines
        found = [p for p in found if first <= p[1] <= p[3] <= last]
        found = [(p[0], *p[1:5], source_segment(source_lines or [], p[1:5]), p[6]) for p in found]
        found = [p for p in found if p[5]]
    spans = {p[0]: p[1:5] for p in found}

    def inside(a: int, b: int) -> bool:
        return a != b and tuple(spans[a][:2]) >= tuple(spans[b][:2]) and tuple(spans[a][2:]) <= tuple(spans[b][2:])

    right = {p[0] for p in found if known.holds(p[6])}
    tried = 0
    for k, *_, text, value in found:
        if (np.ndim(value) == 0 and not _fraction(value)) or k in right or any(inside(k, j) for j in right):
            continue  # a size or a count may be the student's own; a fraction (a std) is tried
        if not any(inside(k, j) for j in spans):
            return None  # the statement's whole expression: the statement says it
        candidates = _candidates("", value, solution, known) if np.ndim(value) else known.fractions_near(value)
        for right_name, candidate in candidates[:CANDIDATES_PER_PART]:
            if tried >= MAX_PART_PATCHES or deadline.passed():
                return None
            tried += 1
            _, returned = parts(line, (k, candidate))
            if returned is not None and target.repaired(returned):
                return text, right_name, candidate, value
    return None


def _returns(name: str) -> bool:
    """A record of what the function returned: the whole (RETURNED) or a part of a tuple (return[k])."""
    return name == RETURNED or returned_index(name) is not None


def _right_return(name: str, solution: TracedCall) -> Any:
    """What the correct code returns where a record of the student's return is: the whole, or the same part."""
    k = returned_index(name)
    if k is None:
        return solution.value
    return solution.value[k] if isinstance(solution.value, tuple) and k < len(solution.value) else None


def _other_part(name: str, value: Any, solution: TracedCall, tol: Tolerance) -> tuple[int, int] | None:
    """(k, j) where the student's return[k] holds what the correct code returns as its part j (j != k): parts
    returned in another order (dx, dbeta, dgamma for dx, dgamma, dbeta)."""
    k, x = returned_index(name), numeric(value)
    if k is None or x is None or not isinstance(solution.value, tuple):
        return None
    if x.ndim == 0 and _whole_float(float(x)):
        return None  # (a count equal to another part's count by chance: fan_in * k is fan_out where out = in)
    for j, part in enumerate(solution.value):
        y = numeric(part)
        if j != k and y is not None and y.shape == x.shape and agree(x, y, tol):
            return k, j
    return None


def _wrong_return(name: str, value: Any, solution: TracedCall, tol: Tolerance) -> bool:
    """A return recorded that is not what the correct code returns, though it may equal another of its numbers by
    chance (0.0 where the step given is 0): no right value, nor evidence that what it was computed from is right."""
    if not _returns(name):
        return False
    right = numeric(_right_return(name, solution))
    return right is None or not agree(numeric(value), right, tol)


def _named_otherwise(line: int, name: str, value: Any, solution: TracedCall, mine: TracedCall,
                     tol: Tolerance) -> bool:
    """The student's name holds a value of the correct code's, but the correct code's local of that name holds
    another of the same shape (dz1 = da1: the ReLU's backward left out; fan_in = 64, an entry of the shape given,
    where the correct code's fan_in is 144): a candidate all the same. Compared with the correct code's local set
    once, or, where both set the name the same number of times outside loops, with its binding of the same rank
    (`v = config.get("velocity", -lr * g)` then `v = mu * v - lr * g`, where the correct code's first v is zeros);
    a number also with the correct code's of the same name in another case (n = x.shape[-1], where N is 8)."""
    if any(n == name and k != line for k, n in mine.repeated) or \
            ("[" in name and any(n == name and k != line for k, n, _ in mine.records)):
        return False  # (a dict entry the student sets again later, `grads["W2"] += reg * W2`: an intermediate value)
    x = numeric(value)
    if x is None:
        return False
    same = [n for n in {n for _, n, _ in solution.records} if n == name or
            (x.ndim == 0 and "[" not in name and n.lower() == name.lower())]
    if len(same) != 1 or any(n == same[0] for _, n in solution.repeated):
        return False
    theirs = [v for _, n, v in solution.records if n == same[0]]
    mine_lines = [k for k, n, _ in mine.records if n == name]
    if len(theirs) == 1:
        right = theirs[0]
    elif len(theirs) == len(mine_lines) == len(set(mine_lines)) and line in mine_lines:
        right = theirs[mine_lines.index(line)]
    else:
        return False
    t = numeric(right)
    if t is not None and t.shape != x.shape and t.ndim == x.ndim >= 1 and t.size > 0 and x.size > 0:
        return True  # of another shape (log_p (1, K) where (N, 1): with one example it holds `terms`, right by chance)
    return t is not None and t.shape == x.shape and not agree(x, t, tol)


def _right_parts(value: Any, right: Any, tol: Tolerance) -> set[int]:
    """The positions of the numbers and arrays in a returned value that agree with the correct code's."""
    mine, theirs = _values_within(value), _values_within(right)
    if len(mine) != len(theirs):
        return set()
    return {k for k, (a, b) in enumerate(zip(mine, theirs)) if agree(a, b, tol)}


def _read(read: Callable[[Any], Any], value: Any) -> Any:
    try:
        return read(value)
    except Exception:  # noqa: BLE001 - a return of another form holds no output
        return None


def _candidates(name: str, value: Any, solution: TracedCall, known: KnownValues,
                given: Sequence[np.ndarray] = ()) -> list[tuple[str, Any]]:
    """The correct code's values that may belong where the student's `value` is: its name's first, then the
    correct code's values (or arguments) holding the same entries laid out as the student's shape asks (a
    reshape in C order, or a transpose), then the values it computes of the same shape, the nearest to the
    student's first; at most CANDIDATES_PER_STATEMENT, none equal to what the student has. A whole number is
    tried only as the correct code's number of its name (in either case: N for n); a fraction also as its other
    fractions, the nearest first."""
    x = numeric(value)
    if x is None:
        return []
    ranked: list[tuple[int, float, str, Any]] = []
    reciprocals: list[tuple[int, float, str, Any]] = []
    for k, (_, right_name, right) in enumerate(solution.records):
        r = numeric(right)
        if r is None:
            continue
        if right_name == name and x.ndim == 0 and r.ndim > 0 and _fraction(value):
            # a number where the correct code's value of its name is an array (a cache summed to one number)
            ranked.append((0, 0.0, right_name, right))
            continue
        if (x.ndim == 0) != (r.ndim == 0):
            continue
        if right_name == name or (x.ndim == 0 and r.ndim == 0 and right_name.lower() == name.lower()):
            # of any shape: the student's may have the wrong one (a number: its name in another case too, N for n)
            ranked.append((0, 0.0, right_name, right))
        elif r.ndim == x.ndim and r.shape != x.shape:  # the correct code's locals of another shape, last
            ranked.append((3, float(k), right_name, right))
    # ... and the correct code's arrays that are the student's shape but for axes of length 1 (its (N, G, 1)
    # variance where the student keeps (N, G, 1, 1)), laid out as the student's
    if x.ndim > 0:
        squeezed = tuple(n for n in x.shape if n != 1)
        ranked += [(2, float(k), "", r.reshape(x.shape)) for k, r in enumerate(known.arrays())
                   if r.ndim > 0 and r.shape != x.shape and r.size == x.size and
                   tuple(n for n in r.shape if n != 1) == squeezed]
    # ... and the correct code's statistics over another axis, named or not (a variance kept as (1, D) where the
    # correct code's x.var(axis=1, keepdims=True) is (N, 1); a mean of length D where one of length N is meant)
    # (the nearest in magnitude first: a variance where a variance is meant, not a mean or an inverse std)
    if x.ndim > 0 and x.size > 1:
        ranked += [(2.5, _magnitude_apart(x, r), "", r) for r in known.arrays()
                   if r.ndim == x.ndim and r.shape != x.shape and r.size > 1 and (x.ndim == 1 or _kept_axes(x, r))]
    # ... and before them the arrays the call was given, of another shape (a column of ones added to X)
    ranked += [(3, -1.0, "", r) for r in given if r.ndim == x.ndim and r.shape != x.shape]
    # ... and the correct code's maps with a border of zeros as wide as the student's are larger (a gradient
    # gathered into a padded buffer, then cropped: its border is cut off, whatever it holds)
    if x.ndim >= 3:
        ranked += [(3, -0.5, "", padded) for r in known.arrays()
                   if (padded := _zero_bordered(r, x.shape)) is not None]
    if x.ndim == 0 and _fraction(value):  # a fraction: the correct code's fractions, the nearest first
        ranked += [(1, float(k), "", r) for k, (_, r) in enumerate(known.fractions_near(value))]
    if x.ndim > 0:
        sorted_x = np.sort(x, axis=None)
        for r in known.arrays():
            if r.size != x.size or r.ndim == 0:
                continue
            if np.allclose(np.sort(r, axis=None), sorted_x, equal_nan=True):
                ranked += [(1, 0.0, "", r.reshape(x.shape))]
                if x.ndim == 2:
                    ranked += [(1, 0.0, "", r.reshape(x.shape[::-1]).T)]
                if r.shape != x.shape:  # the same entries in the correct code's shape, as it is: keepdims left
                    # out, or a reshape that cut the rows elsewhere (x.reshape(-1, x.shape[-1]) for x.reshape(N, -1))
                    ranked += [(1, 0.0, _name_of(r, solution), r)]
            if r.shape == x.shape and not r.any():  # a state the correct code starts at zero (a cache, a velocity)
                ranked.append((1, 0.0, _name_of(r, solution), r))
            if r.shape == x.shape:
                with np.errstate(all="ignore"):
                    distance = float(np.nan_to_num(np.linalg.norm(r - x) / (np.linalg.norm(r) + 1e-300), nan=np.inf))
                ranked.append((2, distance, _name_of(r, solution), r))
                # its reciprocal, where the correct code names it: a student's precision 1 / var, inverse std
                # `ivar`, where the correct code divides by var (said as "the correct code's `1 / var`"): the
                # nearest one alone, tried last (rank 4)
                right_name = _name_of(r, solution)
                if right_name and r.dtype.kind == "f" and np.all(np.isfinite(r)) and np.all(r != 0):
                    inverse = 1.0 / r
                    with np.errstate(all="ignore"):
                        distance = float(np.nan_to_num(np.linalg.norm(inverse - x) / np.linalg.norm(inverse),
                                                       nan=np.inf))
                    reciprocals.append((4, distance, f"1 / {right_name}", inverse))
    ranked.sort(key=lambda item: (item[0], item[1]))
    chosen: list[tuple[str, Any]] = []
    for _, _, right_name, right in ranked:
        r = numeric(right)
        if agree(r, x, known.tol) or any(np.array_equal(numeric(c), r) for _, c in chosen):
            continue
        chosen.append((right_name or name, right))
        if len(chosen) == CANDIDATES_PER_STATEMENT - bool(reciprocals):
            break
    # the nearest reciprocal, last: after every value of the correct code's own
    for _, _, right_name, right in sorted(reciprocals, key=lambda item: item[1])[:1]:
        if not agree(right, x, known.tol):
            chosen.append((right_name, right))
    return chosen


def _kept_axes(a: np.ndarray, b: np.ndarray) -> bool:
    """Two arrays of as many axes, each with an axis of length 1 the other has longer: statistics of one array
    kept over different axes (keepdims)."""
    return any(n == 1 and m > 1 for n, m in zip(a.shape, b.shape)) and \
        any(n > 1 and m == 1 for n, m in zip(a.shape, b.shape))


def _magnitude_apart(a: np.ndarray, b: np.ndarray) -> float:
    """How far apart two arrays' typical magnitudes (mean absolute values) are, in orders of magnitude."""
    with np.errstate(all="ignore"):
        apart = abs(math.log10(float(np.mean(np.abs(a))) + 1e-300) - math.log10(float(np.mean(np.abs(b))) + 1e-300))
    return apart if math.isfinite(apart) else math.inf


ALLOCATION = re.compile(r"\b(zeros|empty|ones|full)(_like)?\(")


def _allocated(value: Any, text: str) -> bool:
    """An array of zeros made by np.zeros / np.empty (or their _like) in this statement: a buffer to fill."""
    return isinstance(value, np.ndarray) and value.size > 0 and value.dtype.kind in "fiu" and \
        not value.any() and ALLOCATION.search(text) is not None


def _zero_bordered(right: np.ndarray, shape: tuple[int, ...]) -> np.ndarray | None:
    """right with zeros added evenly around its last two axes to take `shape`, or None where it cannot (another
    leading shape, or a border of odd or no width)."""
    if right.ndim != len(shape) or right.shape[:-2] != shape[:-2] or right.dtype.kind != "f":
        return None
    extra = [shape[-2] - right.shape[-2], shape[-1] - right.shape[-1]]
    if min(extra) < 0 or max(extra) == 0 or extra[0] % 2 or extra[1] % 2:
        return None
    return np.pad(right, [(0, 0)] * (right.ndim - 2) + [(extra[0] // 2,) * 2, (extra[1] // 2,) * 2])


def _name_of(value: np.ndarray, solution: TracedCall) -> str:
    """The correct code's local name for a value, "" when it holds none (a value inside an expression)."""
    for _, name, v in solution.records:
        x = numeric(v)
        if x is not None and x.shape == value.shape and np.array_equal(x, value, equal_nan=True):
            return name
    return ""


_OPERATORS = {ast.Mult: "*", ast.Div: "/", ast.Add: "+", ast.Sub: "-", ast.MatMult: "@"}


def applied_elsewhere(function: str, source: str, right_source: str, arguments: list[Any], mine: TracedCall,
                      solution: TracedCall, tol: Tolerance) -> Finding | None:
    """A call that raised at an operation `a * b` (outside a loop) one of whose operands holds a value of the
    correct code's (the dropout scale), where the correct code applies that value, with the same operator, to
    another of its values that the student's function holds too (h), of another shape than the student's other
    operand (the branch output): the value is applied to the wrong one, or at the wrong place. Said with both lines.
    right_source: the correct code's module, whose lines solution's records name; arguments: the call's, by
    position."""
    if mine.error is None:
        return None
    mine_parsed, found = function_statements(source, function), _definition(right_source, function)
    right_lines = function_statements(right_source, function)
    if mine_parsed is None or found is None or right_lines is None:
        return None
    raised = _raising_statement(mine, mine_parsed[0])
    if raised is None or raised[0].in_loop:
        return None
    statement, span = raised
    part = source_segment(source.splitlines(), span).strip()
    try:
        node = ast.parse(part, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.BinOp) or type(node.op) not in _OPERATORS or \
            not isinstance(node.left, ast.Name) or not isinstance(node.right, ast.Name):
        return None
    # each name as it was last set before the error (a parameter as given, where no line set it)
    values = dict(zip(mine_parsed[2], arguments)) | {name: value for _, name, value in mine.records}
    operands = [node.left.id, node.right.id]
    right_statements, given_to_theirs = right_lines[0], dict(zip(right_lines[2], arguments))

    def right_value(name: str, line: int) -> np.ndarray | None:  # a name of the correct code's as a line read it
        bound = [v for at, n, v in solution.records if n == name and at < line]
        return numeric(bound[-1]) if bound else numeric(given_to_theirs.get(name))

    for k, name in enumerate(operands):
        other = operands[1 - k]
        given, beside = numeric(values.get(name)), numeric(values.get(other))
        if given is None or beside is None or given.ndim == 0:
            continue
        for op in ast.walk(found[0]):
            if not isinstance(op, ast.BinOp) or type(op.op) is not type(node.op) or \
                    not isinstance(op.left, ast.Name) or not isinstance(op.right, ast.Name):
                continue
            right_statement = right_statements.get(op.lineno)
            if right_statement is None or right_statement.in_loop:
                continue
            pair = [op.left.id, op.right.id]
            for j, right_name in enumerate(pair):
                theirs, partner = right_value(right_name, op.lineno), right_value(pair[1 - j], op.lineno)
                if theirs is None or partner is None or theirs.shape != given.shape or not agree(theirs, given, tol) \
                        or partner.shape == beside.shape:
                    continue
                held = next((n for n, v in values.items() if n not in operands and (x := numeric(v)) is not None
                             and x.shape == partner.shape and agree(x, partner, tol)), None)
                if held is None:
                    continue
                symbol = _OPERATORS[type(node.op)]
                message = (f"in {function}(), line {statement.lines[0]}: `{statement.text}` raised the error at "
                           f"`{part}`. Your `{name}` {given.shape} is the correct code's `{right_name}`, which the "
                           f"correct code applies with `{symbol}` to its `{pair[1 - j]}` {partner.shape} (`"
                           f"{right_statement.text}`), a value your function holds as `{held}`; yours applies it to "
                           f"`{other}` {beside.shape}: is `{name}` applied to the wrong value, or at the wrong place?")
                plain = (f"in {function}(), `{statement.text}` applies `{name}` (right so far) to `{other}`, where the "
                         f"correct code applies that value to the value your function holds as `{held}`: is `{name}` "
                         "applied to the wrong value, or at the wrong place?")
                return Finding("applied_elsewhere", message, _hidden(plain, statement.text),
                               claim=f"{function}:{statement.lines[0]}:{name}")
    return None


MAX_TRANSPOSE_PATCHES = 6  # locals tried transposed, per output


def transposed_local(function: str, source: str, mine: TracedCall,
                     traced: Callable[[tuple[int, str, Any] | None], TracedCall], right: Any, tol: Tolerance,
                     deadline: Budget) -> Finding | None:
    """A matrix the student's code makes (a 2-D local of two sizes above 1, set once) that, transposed where its
    line sets it, gives the correct return: a transpose missing there or where it is used (np.linalg.svd's third
    factor is V^T, not V). Said only where the patched call gives the correct return, so it is a fact of the
    student's code, not a guess."""
    tried = 0
    seen: set[tuple[int, str]] = set()
    for line, name, value in mine.records:
        if (line, name) in seen or (line, name) in mine.repeated or not isinstance(value, np.ndarray) or \
                value.ndim != 2 or min(value.shape) < 2 or value.dtype.kind not in "fc" or name.startswith("<"):
            continue
        seen.add((line, name))
        if tried >= MAX_TRANSPOSE_PATCHES or deadline.passed():
            return None
        tried += 1
        patched = traced((line, name, value.T.copy()))
        if patched.error is None and patched.patched and same_return(patched.value, right, tol):
            text = line_text(source, line)
            return Finding("transposed_local", f"in {function}(), `{name}`, set by line {line} (`{text}`), is the "
                           f"transpose of what the rest of your code needs: with `{name}.T` in its place, your "
                           f"function returns the expected. A transpose is missing there or where `{name}` is used "
                           "(which factor or axis order does the function that makes it return?).",
                           f"in {function}(), a matrix your code makes is the transpose of what the rest of it needs: "
                           "with its transpose in its place, your function returns the expected.")
    return None
