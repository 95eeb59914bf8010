"""The one edit of a student's own function that gives the right output: a diagnosis by repair.

When no catalogued mistake, relation, setting or slip of the solution explains a failing call, the student's own
function is edited one small change at a time (the changes of grading/mutants.py, made to the student's text: an
operator, an axis, a bound off by one, a term or a step left out, two names mixed up, two steps in the other
order...) and each edited function is called in the student's process on the failing call's arguments. An edit
after which the call gives the right output, and the correct code's output on other ordinary arguments as well,
is said: the line as the student wrote it, and as it gives the right values. It runs after the departures
(departure.py), which say where the values part, not what repairs them, and is said after one at its line.

Evidence rules (this is advice, and must not mislead):
- only the function the failing call is of, and only as the student wrote it; a function with a while loop or
  a decorator is not edited (an edited condition may never end, a decorator may call it otherwise); the unedited
  function, called the same way, must give the failing output;
- the edit must repair the failing call, and agree with the correct code on every other set of arguments tried
  where the correct code returns: float arguments scaled and noised (what_if.other_inputs), the float arrays ten
  times as large (an iteration that only comes close on the test's scale), flags the other way (`bias=True` where
  the flag given is meant), shapes with one more axis (a kernel's axes read from the end), whole-number settings one
  and two larger (a pool's height that equals its stride on the test's call), and the caller's: the state the
  correct code leaves carried to the next call (a cache that is zeros on the first step hides a factor on it);
  where there is none, the output must be telling;
- a name put for another is no edit where the name is a parameter that holds 0, 1 or a flag in the call, or by
  default (a stride of 1 put for the number 1 that is meant: it gives the right values only where the stride is 1);
- every edit is tried, and one is said alone only where all the edits that do are of one line (the likeliest kind
  of slip first, slips.LIKELY_FIRST): where edits of two lines repair it, one may only make up for the other's
  mistake (a counter started at 1 for a check made one step early), and an edit is said only after a departure at
  its line (said_repair); nothing is said where the time (REPAIR_BUDGET_S a submission) ends before every edit is
  tried, and no edit is tried where the unedited call says it would; an edited call is not waited for beyond
  SLOWER times the unedited call's time;
- no function is edited that calls another the student changed (an edit may only make up for the other's mistake),
  nor one too large to edit cheaply (MAX_NODES);
- no condition is edited (an if's, a while's, a ternary's, an equality anywhere), nor a part of a statement written
  over several lines: such an edit may only send the calls tried down another branch that gives the right values
  there by chance (a 2-D shape sent through the code for kernels); and a return with no numbers to compare repairs
  nothing.

The edited code is the student's own and runs only in their sandboxed process (the child's "edited"
request); what comes back is data, read as any call's.
"""
from __future__ import annotations

import ast
import io
import re
import time
import tokenize
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

import numpy as np

from autograder.grading.budget import Budget
from autograder.grading.departure import Target, _hidden
from autograder.grading.mutants import Mutant, function_mutants, function_span, top_level_function
from autograder.grading.relations import Finding, numbers_side_by_side
from autograder.grading.slips import LIKELY_FIRST, changed_tokens
from autograder.grading.what_if import other_inputs, other_sizes
from autograder.sandbox.errors import StudentCodeError
from autograder.sandbox.process import TracedCall
from autograder.sandbox.wire import Handle

REPAIR_BUDGET_S = 1.5  # CPU seconds, the grader's and the student's process's, for a submission's edits in all
MAX_EDITS = 400  # edits tried per function, at most
MIN_CALL_WALL_S = 0.5  # an edited call is given at least this long (wall time; the machine may be busy) ...
SLOWER = 20.0  # ... or this many times as long as the unedited call took, within the budget's wall time
MAX_NODES = 1_000  # a function larger than this (syntax tree nodes) is not edited: making its edits costs too much
MAX_LINES = 3  # lines an edit of repairs the call, at most (more: a value many lines can make up for, none said)
MAX_OTHER_ARGUMENTS = 3  # other sets of float arguments an edit that repairs the failing call is checked on
MAX_OTHER_SETTINGS = 12  # ... and of whole-number settings, one and two larger (each, up to this many)
ARRAY_FACTOR = 10.0  # ... and the float arrays this many times as large

# (function, the edited def's text, its first line in the module, positional arguments, with the dict arguments'
# states after the call, the wall time it may take in seconds) -> the call, made in the student's process
# (sandbox.process.StudentProcess.edited_call)
EditedCall = Callable[[str, str, int, list[Any], bool, float], TracedCall]
# the correct code's return on a set of arguments (by name), with the dict arguments' states after it where asked
RightCall = Callable[[dict[str, Any]], Any]


def edits_of(source: str, function: str) -> list[tuple[Mutant, str, int]]:
    """The one-change edits of a top-level function of the student's module, the likeliest slips first: each with
    the edited function's def text and its first line. None ([]) for a function with a while loop or a decorator,
    or one the mutator cannot read."""
    try:
        fn = top_level_function(ast.parse(source), function)
        if fn is None or fn.decorator_list or isinstance(fn, ast.AsyncFunctionDef) or \
                any(isinstance(node, ast.While) for node in ast.walk(fn)) or \
                sum(1 for _ in ast.walk(fn)) > MAX_NODES:
            return []  # (each edit parses the function again: a long one, a table of numbers, costs the grader much)
        first, start, end = function_span(source, function)
        mutants = function_mutants(source, function, confusions=True)
    except Exception:  # noqa: BLE001 - a function the mutator cannot read has no edits to try
        return []
    rank = {op: i for i, op in enumerate(LIKELY_FIRST)}
    ordered = sorted(mutants, key=lambda m: rank.get(m.operator, len(rank)))[:MAX_EDITS]
    return [(m, m.source[start:end + len(m.source) - len(source)], first) for m in ordered]


def calls_functions_of(source: str, function: str, names: set[str]) -> bool:
    """Whether the student's `function` calls one of `names` (their own functions, changed from the correct code's):
    an edit of it may only make up for a mistake in what it calls (a factor left out of xavier_std() put back by the
    caller's constant), and is not tried."""
    try:
        fn = top_level_function(ast.parse(source), function)
    except SyntaxError:
        return True
    return fn is None or any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in names
                             for n in ast.walk(fn))


def one_edit_repair(function: str, source: str, arguments: dict[str, Any], target: Target,
                    output: str | Callable[[Any], str],
                    edited: EditedCall, right: RightCall, telling: bool, deadline: Budget,
                    state: bool = False, left: bool = False,
                    also: Sequence[dict[str, Any]] | Callable[[], Sequence[dict[str, Any]]] = (),
                    expected: Any = None) -> list[Repair]:
    """The edits of the student's `function` (edits_of) whose call on `arguments` the target says is repaired and
    that agree with the correct code (right) on other arguments, the first of each line, in the order tried; none
    where more than MAX_LINES lines have one, or not every edit is tried in time. expected: right(arguments), where
    the caller has it already (else made when first needed). output: what the output is called, or how, from the
    unedited call's value. state: the calls' values are (return, the dict arguments' states after
    it), as the target reads them; left: the output is state the call leaves in a dict argument. telling: the
    failing output is one few wrong computations share (an edit checked on it alone is said). also: other arguments
    to check an edit on, first (the state the correct code leaves, carried to the next call; a flag the call leaves
    to its default, flipped; the test's other calls; calls of tests that passed), or how to make them once an edit
    repairs the call."""
    edits = edits_of(source, function)
    if target.agrees is None or not edits or deadline.passed():
        return []
    positional = list(arguments.values())  # by position: a student may have renamed a parameter
    neutral = _neutral_parameters(source, function, positional)
    edits = [e for e in edits if not (e[0].operator == "name_swap" and e[0].swapped and e[0].swapped[1] in neutral)
             and not _turns_a_condition(e[0])]
    first, start, end = function_span(source, function)
    before, started = deadline.spent_s(), time.monotonic()
    unedited = _called(edited, function, source[start:end], first, positional, state, deadline)
    # (an edited call may take longer, a loop's bound moved; one that takes many times as long is not waited for,
    # and its timeout ends the student's process: the last of the late diagnoses)
    slowest = max(MIN_CALL_WALL_S, SLOWER * (time.monotonic() - started))
    if unedited is None or not target.reproduces(unedited) or unedited.error is None and \
            target.repaired(unedited.value):
        return []  # the call made this way is not the failing one: what an edit gives tells nothing
    if callable(output):  # (the entries of state the unedited call leaves wrong, by name)
        output = output(unedited.value)
    if (deadline.spent_s() - before) * len(edits) > deadline.left_s():
        return []  # every edit cannot be tried in the time left (a loop over many windows): none is
    others: list[tuple[list[Any], Any]] | None = None
    found: dict[int, Mutant] = {}  # the first edit that repairs it, by line
    for mutant, text, first in edits:
        if deadline.passed():
            return []  # (an edit not tried may repair another line: the one found may be a stand-in)
        if mutant.line in found:
            continue
        call = _called(edited, function, text, first, positional, state, deadline, slowest)
        if call is None:
            return []  # the process ended or timed out: no further call can be made
        if call.error is not None or _handles(call.value) > _handles(unedited.value) or \
                not target.repaired(call.value):
            continue  # (a value sent back as a handle, an array of objects, is not compared: it repairs nothing)
        if expected is None:
            expected = right(arguments)
        if not _numbers_compared(call.value, expected):
            continue  # (a return of no numbers, None or a flag, agrees with anything: it repairs nothing either)
        if others is None:
            others = _other_arguments(arguments, right, also() if callable(also) else also)
        if not others and not telling:
            continue
        if all(_agrees(edited, function, text, first, args, value, target, state, deadline, _handles(unedited.value),
                       slowest) for args, value in others):
            found[mutant.line] = mutant
            if len(found) > MAX_LINES:
                return []  # (edits of many lines repair it: a value that many lines can make up for)
    return [Repair(function, m, output, target.raised, len(others or ()), left, _read_back(source, function, m))
            for m in found.values()]


class ReadBack(NamedTuple):
    """State a deleted statement stored that the function reads back on its next call (`config["t"] = t`, read before
    it by `t = config.get("t", 0) + 1`, the dict a parameter or returned): without the store, no call reads what an
    earlier one left, so the edit only makes up for how the value read is used; where it is used is where the
    mistake most likely is."""

    stored: str  # the entry, as written: config["t"]
    names: tuple[str, ...]  # the names bound from what is read back: t
    used: tuple[int, ...]  # the lines that use them, but the store's and the read's
    read: tuple[int, ...] = ()  # the lines that read the entry, before the store


def _read_back(source: str, function: str, mutant: Mutant) -> ReadBack | None:
    """What a deleted store of a dict entry (`d[key] = value`, d a name) the function reads back (`d[key]`,
    `d.get(key, ...)`) made of the value read: None for another edit."""
    if mutant.operator != "statement_deleted":
        return None
    stored = _parsed(_code(mutant.before).strip())
    statement = stored.body[0] if isinstance(stored, ast.Module) and len(stored.body) == 1 else None
    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1 or \
            not _entry_of(statement.targets[0]):
        return None
    entry = statement.targets[0]
    try:
        fn = top_level_function(ast.parse(source), function)
    except SyntaxError:
        return None
    if fn is None:
        return None
    holder = entry.value.id  # type: ignore[attr-defined]
    parameters = {a.arg for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs}
    returned = any(isinstance(n, ast.Return) and n.value is not None and
                   any(isinstance(m, ast.Name) and m.id == holder for m in ast.walk(n.value)) for n in ast.walk(fn))
    if holder not in parameters and not returned:
        return None  # (a dict of the call's own, gone after it: nothing is kept for a next call)
    reads = [s for s in ast.walk(fn) if isinstance(s, ast.Assign) and s.lineno != mutant.line and
             any(_reads_entry(n, entry) for n in ast.walk(s.value))]
    if not reads or any(s.lineno > mutant.line for s in reads):
        return None  # (read after the store, in the same call: the store is what is read)
    names = tuple(dict.fromkeys(t.id for s in reads for t in s.targets if isinstance(t, ast.Name)))
    read_lines = tuple(sorted({s.lineno for s in reads}))
    used = tuple(sorted({n.lineno for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
                         and n.id in names and n.lineno not in {*read_lines, mutant.line}}))
    if not names or not used:
        return None
    return ReadBack(ast.get_source_segment(_code(mutant.before).strip(), entry) or ast.unparse(entry), names, used,
                    read_lines)


def _entry_of(node: ast.AST) -> bool:
    """Whether a node is an entry of a dict named by a name with a constant key: config["t"]."""
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and isinstance(node.slice, ast.Constant)


def _reads_entry(node: ast.AST, entry: ast.Subscript) -> bool:
    """Whether node reads the dict entry `entry` names: `d[key]` (loaded), `d.get(key, ...)`."""
    if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _entry_of(node):
        return node.value.id == entry.value.id and ast.dump(node.slice) == ast.dump(entry.slice)  # type: ignore
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" and \
        isinstance(node.func.value, ast.Name) and node.func.value.id == entry.value.id and bool(node.args) and \
        ast.dump(node.args[0]) == ast.dump(entry.slice)  # type: ignore[attr-defined]


def _turns_a_condition(mutant: Mutant) -> bool:
    """An edit that may only send the calls tried down another branch, which happens to give the right values there
    (a 2-D shape through the code for kernels, `x.ndim >= 1` sending a vector through the batched code): any edit of
    an if's, an elif's or a while's condition, or of the test of an `a if c else b`; one that turns a test round (`!=`
    for `==`, `not` dropped) or changes a side of an equality (`len(shape) == 3` for `== 2`), wherever it is. And an
    edit of a part of a statement written over several lines, whose line alone cannot be read back as code."""
    if CONDITION.match(mutant.before) or _parsed(mutant.before) is None or _parsed(mutant.after) is None:
        return True
    written = set(changed_tokens(mutant.before, mutant.after, context=False)[0].split())
    return bool(NEGATING & written) or _inside_a_test(mutant.before, mutant.after)


def _parsed(line: str) -> ast.AST | None:
    """A line of code as a tree: a statement, or a compound statement's header (`if ...:`) with a body of its own."""
    for text in (line, line + "\n    pass"):
        try:
            return ast.parse(text)
        except SyntaxError:
            continue
    return None


def _inside_a_test(before: str, after: str) -> bool:
    """Whether what an edit changes lies in a comparison for (in)equality or membership (==, !=, is, in), or in the
    test of an `a if c else b`."""
    a, b = _parsed(before), _parsed(after)
    if a is None or b is None:
        return False

    def differs_inside(x: ast.AST, y: ast.AST, equality: bool) -> bool | None:  # None: no difference below
        if type(x) is not type(y):
            return equality
        if isinstance(x, ast.IfExp) and isinstance(y, ast.IfExp) and ast.dump(x.test) != ast.dump(y.test):
            return True
        if isinstance(x, ast.Compare):
            equality = equality or any(isinstance(op, (ast.Eq, ast.NotEq, ast.Is, ast.IsNot, ast.In, ast.NotIn))
                                       for op in x.ops)
        for field, value in ast.iter_fields(x):
            other = getattr(y, field, None)
            if isinstance(value, ast.AST) and isinstance(other, ast.AST):
                found = differs_inside(value, other, equality)
            elif isinstance(value, list) and isinstance(other, list) and len(value) == len(other):
                found = next((f for v, o in zip(value, other) if (f := differs_inside(v, o, equality)
                                                                  if isinstance(v, ast.AST) else
                                                                  (equality if v != o else None)) is not None), None)
            else:
                found = equality if value != other else None
            if found is not None:
                return found
        return None

    return bool(differs_inside(a, b, False))


def _neutral_parameters(source: str, function: str, positional: list[Any]) -> set[str]:
    """The student's parameters that hold 0, 1 or a flag in the call (by position): put for another name, such a
    parameter stands for a number, not for itself."""
    fn = top_level_function(ast.parse(source), function)
    if fn is None:
        return set()
    parameters = fn.args.posonlyargs + fn.args.args
    values: dict[str, Any] = {}
    for parameter, default in zip(parameters[len(parameters) - len(fn.args.defaults):], fn.args.defaults):
        try:  # (a parameter the call leaves to its default holds the default)
            values[parameter.arg] = ast.literal_eval(default)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            continue
    values.update(zip((a.arg for a in parameters), positional))
    return {name for name, value in values.items()
            if isinstance(value, (bool, int, float, np.bool_, np.integer, np.floating)) and value in (0, 1)}


def _called(edited: EditedCall, function: str, text: str, first: int, args: list[Any], state: bool, deadline: Budget,
            slowest: float | None = None) -> TracedCall | None:
    """The edited function called (as (return, states) where state is asked for), within the wall time the budget
    leaves and `slowest` seconds; None where no reply came."""
    wall_s = max(0.1, deadline.wall_left_s())
    try:
        call = edited(function, text, first, args, state, min(wall_s, slowest) if slowest is not None else wall_s)
    except StudentCodeError:  # a timeout, the process ended (an error in the call is its reply's, not raised)
        return None
    if state and call.error is None:
        return TracedCall((call.value, call.after), None, [], set(), False)
    return call


def _agrees(edited: EditedCall, function: str, text: str, first: int, args: list[Any], right: Any, target: Target,
            state: bool, deadline: Budget, handles: int, slowest: float) -> bool:
    """The edited call on other arguments agrees with the correct code's value there (right), with no more values
    sent back as handles than the unedited call's (`handles`), within the budget."""
    if deadline.passed():
        return False
    call = _called(edited, function, text, first, args, state, deadline, slowest)
    return call is not None and call.error is None and _handles(call.value) <= handles and \
        target.agrees is not None and target.agrees(call.value, right)


def _numbers_compared(value: Any, right: Any) -> bool:
    """Whether a return has numbers to compare with the correct code's (a return of None, of flags, of text has none:
    it agrees with any)."""
    return any(x is not None and y is not None and np.size(x) and x.dtype.kind in "iufc"
               for x, y in numbers_side_by_side(value, right))


def _handles(value: Any, depth: int = 0) -> int:
    """How many values a return holds that came back as handles (kept in the student's process: not data)."""
    if isinstance(value, Handle):
        return 1
    if depth > 8:
        return 0
    if isinstance(value, (tuple, list)):
        return sum(_handles(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return sum(_handles(v, depth + 1) for v in value.values())
    return 0


def _other_arguments(arguments: dict[str, Any], right: RightCall, also: Sequence[dict[str, Any]] = ()
                     ) -> list[tuple[list[Any], Any]]:
    """Other ordinary arguments than the failing call's (by position), with the correct code's value on each: the
    caller's (also), its float arguments scaled and noised (what_if.other_inputs), its float arrays ten times as
    large, then its flags the other way, its shapes with one more axis, its whole-number settings one and two larger,
    one at a time (a pool's height that equals its stride on the test's call, so that one stands for the other
    there); those the correct code raises on are left out."""
    made = []
    tried = [*also] + other_inputs(arguments)[:MAX_OTHER_ARGUMENTS] + _arrays_scaled(arguments, ARRAY_FACTOR) + \
        (_flags_flipped(arguments) + _one_more_axis(arguments) + other_sizes(arguments) +
         _other_settings(arguments))[:MAX_OTHER_SETTINGS]
    for other in tried:
        try:
            made.append((list(other.values()), right(other)))
        except Exception:  # noqa: BLE001 - arguments the correct code refuses tell nothing
            continue
    return made


def _arrays_scaled(arguments: dict[str, Any], factor: float) -> list[dict[str, Any]]:
    """The call's arguments with its float arrays `factor` times as large (none where it has none): an iteration that
    only approaches the right value (steps of gradient descent, where a formula is asked for) may come close enough
    on the test's scale, and not on another."""
    def scaled(value: Any) -> Any:
        return value * factor if isinstance(value, np.ndarray) and value.dtype.kind == "f" and value.size else value

    made = {name: scaled(value) for name, value in arguments.items()}
    return [made] if any(made[name] is not value for name, value in arguments.items()) else []


def _flags_flipped(arguments: dict[str, Any]) -> list[dict[str, Any]]:
    """The call's arguments with one flag (a bool argument, or a bool entry of a dict argument) the other way: `True`
    written where the flag given is meant gives the right values only where the flag is True."""
    made = []
    for name, value in arguments.items():
        if isinstance(value, (bool, np.bool_)):
            made.append({**arguments, name: not value})
        elif isinstance(value, dict):
            made += [{**arguments, name: {**value, key: not entry}} for key, entry in value.items()
                     if isinstance(entry, (bool, np.bool_))]
    return made


def _one_more_axis(arguments: dict[str, Any]) -> list[dict[str, Any]]:
    """The call's arguments with a shape (a tuple or list of whole numbers) given one more axis, its last size again:
    a kernel's axes read from the end are right on one rank of shape and not on another."""
    made = []
    for name, value in arguments.items():
        if type(value) in (list, tuple) and value and all(isinstance(v, (int, np.integer)) and
                                                          not isinstance(v, (bool, np.bool_)) for v in value):
            made.append({**arguments, name: type(value)([*value, value[-1]])})
    return made


def _other_settings(arguments: dict[str, Any]) -> list[dict[str, Any]]:
    """The call's arguments with one whole-number entry of a dict argument one larger (pool_param's stride)."""
    made = []
    for name, value in arguments.items():
        if isinstance(value, dict):
            for key, entry in value.items():
                if isinstance(entry, (int, np.integer)) and not isinstance(entry, (bool, np.bool_)) and entry >= 0:
                    made.append({**arguments, name: {**value, key: type(entry)(entry + 1)}})
    return made


CONDITION = re.compile(r"\s*(if|elif|while)\b")  # a line that tests a condition
FIRST_IN_PASS = re.compile(r"On its first pass, line (\d+): `")  # how a loop's departure names its line
NEGATING = frozenset({"==", "!=", "is", "in", "not", "and", "or"})  # an edit of these turns a condition round


class Repair(NamedTuple):
    """An edit that repairs a failing call: of which function, the edit, what the call's output is called, whether
    the call raised, on how many other sets of arguments the edit agrees with the correct code, and whether the output
    is state the call leaves in a dict argument."""

    function: str
    mutant: Mutant
    output: str
    raised: bool = False
    others: int = 0
    left: bool = False
    read_back: ReadBack | None = None  # the state the deleted statement stored, read back by the function

    @property
    def line(self) -> int:
        return self.mutant.line


def _code(line: str) -> str:
    """A line as it is quoted: without its comment."""
    try:
        comments = [t for t in tokenize.generate_tokens(io.StringIO(line).readline) if t.type == tokenize.COMMENT]
    except (tokenize.TokenError, SyntaxError):
        return line
    return line[:comments[0].start[1]].rstrip() if comments and comments[0].start[0] == 1 else line


def _said(r: Repair) -> tuple[str, str, str, str]:
    """(where the edit is, said after "in f(), ": the line as the student wrote it, or "" where the change says it;
    the change; what the function then does on which calls; where the mistake most likely is)."""
    yours, after = _code(r.mutant.before), _code(r.mutant.after)
    if r.mutant.operator == "statements_swapped" and r.mutant.order is not None:
        second, first = r.mutant.order  # (the student's order; the edit swaps them)
        where, change = "", f"with `{first}` made before `{second}` at line {r.line}, the two steps in the other order"
        blamed = "in the order of those two steps"
    elif r.read_back is not None:
        where = ""
        kept, names = r.read_back.stored, " and ".join(f"`{n}`" for n in r.read_back.names)
        lines = ", ".join(str(k) for k in r.read_back.used)
        one = len(r.read_back.read) == 1
        reads = ", ".join(str(k) for k in r.read_back.read)
        change = (f"without `{yours}` at line {r.line}, which keeps `{kept}` for the next call (without it, "
                  f"line{'' if one else 's'} {reads} never read{'s' if one else ''} a value an earlier call left)")
        blamed = f"where {names} {'is' if len(r.read_back.names) == 1 else 'are'} used: " \
            f"line{'s' if len(r.read_back.used) > 1 else ''} {lines}"
    elif r.mutant.operator in ("statement_deleted", "assignment_dropped") or not after.strip():
        left_in = after.strip()
        where = ""
        change = f"without `{yours}` at line {r.line}" + (f" (as `{left_in}`)" if left_in and left_in != "pass" else "")
        blamed = "in that step (is it meant to be there?)"
    else:
        where, change, blamed = f"line {r.line} reads `{yours}`", f"written `{after}`", "in that line"
    returns = "runs without the error and returns the expected values" if r.raised else \
        f"{'leaves' if r.left else 'returns'} the expected {r.output}"
    tried = f" and on {r.others} other set{'s' if r.others != 1 else ''} of arguments" if r.others else ""
    return where, change, f"{returns} on this test's call{tried}", blamed


def repair_finding(r: Repair) -> Finding:
    """The edit said in the student's terms: the line as they wrote it, and as it gives the right values."""
    where, change, does, blamed = _said(r)
    message = (f"in {r.function}(), {where + '; ' if where else ''}{change}, your function {does}: the mistake is "
               f"most likely {blamed}.")
    does_plain = "run without the error and return the expected values" if r.raised else \
        f"{'leave' if r.left else 'return'} the expected output"
    blamed_plain = "in that line" if r.read_back is None else \
        f"where {' and '.join(f'`{n}`' for n in r.read_back.names)}, which that line keeps for the next call, is used"
    plain = (f"in {r.function}(), one change to `{_code(r.mutant.before)}` makes your function {does_plain} on this "
             f"test's call{' and on others' if r.others else ''}: the mistake is most likely {blamed_plain}.")
    return Finding("one_edit", message, _hidden(plain, _code(r.mutant.before)), claim=f"{r.function}:{r.line}:edit")


def with_repair(departure: Finding, r: Repair) -> Finding:
    """A departure at the line the edit repairs, with the edit said after it (the departure says how the values
    part there, the edit what gives the right ones)."""
    _, change, does, _ = _said(r)
    return replace(departure, message=f"{departure.message} One change repairs it: {change}, your function {does}.")


def said_repair(departure: Finding | None, repairs: Sequence[Repair], function: str) -> Finding | None:
    """What is said of a failing call from its departure (None: none found; or another late finding) and the edits
    that repair it: the departure with the edit of its line after it, where one repairs it; else the edit alone where
    those of one line alone do (in place of a departure elsewhere: a line whose values part first may be right, where
    the line an edit repairs is not); else the departure. Edits of several lines, none the departure's, say nothing:
    one may only make up for another's mistake (a count started at 1 for a check made one step early)."""
    if departure is not None and departure.relation != "departure":
        return departure
    blamed = departure_lines(departure, function) if departure is not None else set()
    at_departure = [r for r in repairs if r.line in blamed]
    if at_departure and departure is not None:
        return with_repair(departure, at_departure[0])
    return repair_finding(repairs[0]) if len(repairs) == 1 else departure


def departure_lines(finding: Finding, function: str) -> set[int]:
    """The lines a departure finding blames: the line of one at a line (its claim "function:line:name"), the line a
    loop's names as the first on its first pass to part; none for another finding."""
    parts = finding.claim.split(":")
    if finding.relation != "departure" or len(parts) != 3 or parts[0] != function or not parts[1].isdigit():
        return set()
    if parts[2] != "loop":
        return {int(parts[1])}
    return {int(k) for k in FIRST_IN_PASS.findall(finding.message)}
