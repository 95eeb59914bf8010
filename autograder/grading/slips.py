"""The one slip in a function that gives a student's wrong outputs: a diagnosis by mutation.

When neither a catalogued mistake nor a relation between the outputs (relations.py) nor a changed
setting (what_if.py) explains a failing test, the test is re-run on mutants of the solution
(grading/mutants.py: the solution with one small change in one function, an operator swapped, a
term dropped, an axis changed...). A mutant that fails exactly the checks the student's code fails,
with the student's outputs, is a slip the student may well have made, and it is said in the
student's terms: "yours is what saliency_map() gives with a mean where a max is meant".

Evidence rules (this is advice, and must not mislead):
- only the functions the student changed (not the solution's own code word for word), and only the
  lines the solution's run of the test executed;
- the mutant must fail the same checks as the student's code, with the same outputs on each
  (NaN/Inf at the same positions, the rest within the check's tolerance), and pass the others;
- two different slips that both fit are said together; more than two, or any fit on outputs that
  say little (flags, small whole numbers, all zeros) unless only one slip fits, say nothing;
- time is bounded per test and per submission, and a re-run that would end past the bound (as long as
  the solution's own run of the test) is not started.

Only the solution's own code runs here (trusted), in the grading process.
"""
from __future__ import annotations

import ast
import functools
import io
import re
import tokenize
import types
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from autograder.grading.mutants import (
    OPERATOR_SYMBOLS,
    Mutant,
    function_mutants,
    function_span,
    top_level_function,
)
from autograder.grading.relations import Finding
from autograder.results import without_numbers

# The slips students make most, first: a mutant of an earlier kind is tried before one of a later kind.
LIKELY_FIRST = ("reduction_swap", "axis", "keepdims", "ddof", "comparison", "term_moved", "drop_factor", "drop_term",
                "statement_deleted", "assignment_dropped", "name_swap", "arguments_swapped", "arithmetic",
                "transpose_dropped", "unary_dropped", "constant", "off_by_one", "slice_bound", "comparison_bound",
                "copy_dropped", "bool_flip", "loop_once", "loop_skip_first", "statements_swapped")
SLIP_TEST_S = 0.75  # re-runs of one failing test on mutants
SLIP_BUDGET_S = 2.0  # ... and of all a submission's failing tests (a submission wrong everywhere pays it in full)
MAX_SAID = 2  # more slips than this fitting the same outputs: none is said


@dataclass(frozen=True)
class SolutionFile:
    """One version of a solution file: its path and what identifies the version (for caches)."""

    path: Path
    mtime_ns: int
    size: int

    @classmethod
    def of(cls, path: Path) -> SolutionFile:
        stat = path.stat()
        return cls(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def mutants_of(solution: SolutionFile, function: str) -> tuple[Mutant, ...]:
    """The mutants of one function of the solution, in the code students write (inside its ### BEGIN/END
    SOLUTION blocks, or all of it when it has none), the likeliest slips first. None for a function with
    a while loop: a slip in its condition may never end."""
    source = solution.path.read_text(encoding="utf-8")
    try:
        tree = top_level_function(ast.parse(source), function)
        if tree is None or any(isinstance(node, ast.While) for node in ast.walk(tree)):
            return ()
        mutants = function_mutants(source, function, confusions=True)
    except Exception:  # noqa: BLE001 - a function the mutator cannot read has no slips to try
        return ()
    # (a start at infinity is an edit of the student's 0, for the repairs: no slip of a correct code's 0)
    mutants = [m for m in mutants if m.operator != "start_at_infinity"]
    written = [m for m in mutants if m.in_solution_block] or mutants
    rank = {op: i for i, op in enumerate(LIKELY_FIRST)}
    once = sorted(written, key=lambda m: rank.get(m.operator, len(rank)))
    return tuple(once + _twice(source, once, _span(solution, function)))


MAX_TWINS = 24  # slips made twice tried per function, at most


def _twice(source: str, mutants: list[Mutant], span: tuple[int, int, int, int]) -> list[Mutant]:
    """The same slip made on two lines (the same change of the same text: a row's and a column's bound
    both one short): students write symmetric code symmetrically, mistakes included. span: where the
    function lies in source (_span): the edits are found within it."""
    _, start, end, length = span
    groups: dict[tuple, list[Mutant]] = {}
    for m in mutants:
        if m.operator == "statements_swapped":
            continue  # a pair of lines already
        # the same change at the same place of lines alike but for their names; or twice on one line
        change = changed_tokens(m.before, m.after, context=False)
        if m.operator == "name_swap":  # one name for another, wherever it is written
            groups.setdefault((m.operator, *change), []).append(m)
            continue
        if m.operator == "ddof":  # ddof=1 given to every std or var of the function, whatever each is of
            groups.setdefault((m.operator,), []).append(m)
            continue
        groups.setdefault((m.operator, _shape_of(m.before), _shape_of(m.after)), []).append(m)
        groups.setdefault((m.operator, m.line, *change), []).append(m)
    twins, paired = [], set()
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (a.id, b.id) in paired or len(twins) >= MAX_TWINS:
                    continue
                paired.add((a.id, b.id))
                both = _both_edits(source[start:end], *(m.source[start:end + len(m.source) - length] for m in (a, b)))
                if both is not None:
                    twins.append(a.model_copy(update={"id": f"{a.id}+{b.id}", "also_lines": (b.line,),
                                                      "source": source[:start] + both + source[end:],
                                                      "also_before": (b.before,)}))
    return twins


def _shape_of(line: str) -> str:
    """A line with every name written alike: rows = f(H + 1) and cols = f(W + 1) have one shape."""
    return " ".join("_" if t.isidentifier() else t for t in _tokens(line))


def _common_ends(a: Sequence, b: Sequence) -> tuple[int, int]:
    """How long a and b's common start is, and then their common end."""
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return start, end


def _edit(source: str, changed: str) -> tuple[int, int, str]:
    """changed as one edit of source: (start, end in source, the text put there)."""
    start, end = _common_ends(source, changed)
    return start, len(source) - end, changed[start:len(changed) - end]


def _both_edits(source: str, first: str, second: str) -> str | None:
    """source with both mutants' edits made; None when they overlap."""
    (a0, a1, a), (b0, b1, b) = sorted([_edit(source, first), _edit(source, second)])
    if a1 > b0:
        return None
    return source[:a0] + a + source[a1:b0] + b + source[b1:]


@functools.lru_cache(maxsize=1)
def _compiled(solution: SolutionFile) -> types.CodeType:
    return compile(solution.path.read_text(encoding="utf-8"), str(solution.path), "exec")


@functools.lru_cache(maxsize=64)
def _span(solution: SolutionFile, function: str) -> tuple[int, int, int, int]:
    """Where a top-level function's text lies in the solution: (its first line, start and end offsets,
    the length of the whole text), so that a mutant's function is parsed alone, not its whole module."""
    text = solution.path.read_text(encoding="utf-8")
    return (*function_span(text, function), len(text))


@functools.lru_cache(maxsize=1024)  # a worker's submissions share them
def slip_module(solution: SolutionFile, function: str, index: int) -> types.ModuleType | None:
    """The solution module with mutants_of(solution, function)[index] in place of the function: the
    module's code run afresh (so that every function sees the mutated one), then the mutated
    definition; None if that fails."""
    mutant = mutants_of(solution, function)[index]
    module = types.ModuleType(f"slip_{mutant.function}")
    module.__file__ = str(solution.path)
    try:
        first_line, start, end, length = _span(solution, function)
        text = mutant.source[start:end + len(mutant.source) - length]  # the slip is inside the function
        tree = top_level_function(ast.parse("\n" * (first_line - 1) + text), mutant.function)  # lines as in the file
        if tree is None:
            return None
        exec(_compiled(solution), module.__dict__)  # noqa: S102 - the instructor's own code
        code = compile(ast.Module(body=[tree], type_ignores=[]), str(solution.path), "exec")
        exec(code, module.__dict__)  # noqa: S102 - the instructor's code with one slip
    except Exception:  # noqa: BLE001 - a mutant that does not build tells nothing
        return None
    return module


@functools.lru_cache(maxsize=16)
def function_lines(solution: SolutionFile) -> dict[str, range]:
    """Each top-level function of the solution -> the lines it spans (its def line to its last)."""
    try:
        tree = ast.parse(solution.path.read_text(encoding="utf-8"))
    except (SyntaxError, ValueError, OSError):
        return {}
    return {node.name: range(node.lineno, (node.end_lineno or node.lineno) + 1) for node in tree.body
            if isinstance(node, ast.FunctionDef)}


def functions_run(solution: SolutionFile, executed: set[int]) -> list[str]:
    """The solution's top-level functions of which some line ran (helpers the called functions called)."""
    return [name for name, lines in function_lines(solution).items() if any(line in executed for line in lines)]


@functools.lru_cache(maxsize=16)
def public_names(solution: SolutionFile) -> frozenset[str]:
    """The names a student sees in the released stub: those outside the solution blocks (signatures,
    docstrings, the stub's own code)."""
    shown, inside = [], False
    for line in solution.path.read_text(encoding="utf-8").splitlines():
        marker = line.strip()
        if marker in ("### BEGIN SOLUTION", "### END SOLUTION"):
            inside = marker == "### BEGIN SOLUTION"
        elif not inside:
            shown.append(line)
    return frozenset(_words("\n".join(shown)))


def _words(text: str) -> Iterable[str]:
    word = []
    for ch in text + " ":
        if ch.isalnum() or ch == "_":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []


# ----------------------------------------------------------------- saying a slip
def _code_tokens(text: str) -> list[str] | None:
    """The tokens of a line of code (layout and comments left out), or None where it does not tokenize."""
    try:
        return [t.string for t in tokenize.generate_tokens(io.StringIO(text).readline)
                if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.INDENT,
                                  tokenize.DEDENT, tokenize.COMMENT)]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None


def _tokens(text: str) -> list[str]:
    tokens = _code_tokens(text)
    return tokens if tokens is not None else text.split()


def changed_tokens(before: str, after: str, context: bool = True) -> tuple[str, str]:
    """The part of a line a mutant changed: (the solution's tokens, the mutant's), common start and end
    left out. "s = np.max(a, axis=1)" -> "s = np.mean(a, axis=1)" gives ("max", "mean"). A change of a
    lone number or operator keeps its neighbours, which say where it is: ("shape[1]", "shape[0]")."""
    a, b = _tokens(before), _tokens(after)
    start, end = _common_ends(a, b)
    if context and max(len(a) - end - start, len(b) - end - start) <= 2 and start:
        operator = {*a[start:len(a) - end], *b[start:len(b) - end]} <= _SPACED  # "<" -> "<=": its operands
        if start >= 2 and a[start - 1] in ("[", "("):  # an index or an argument: "shape[1]"
            start, end = start - 2, max(0, end - 1)
        else:
            whole_right = operator and end >= 1 and (end == 1 or a[len(a) - end + 1] not in (".", "(", "["))
            start -= a[start - 1] not in (")", "]")  # a name or a number on the left: "best", not "np.sum(x)"
            end -= whole_right  # a name or a number on the right
    return _joined(a[start:len(a) - end]), _joined(b[start:len(b) - end])


def _joined(tokens: list[str]) -> str:
    """Tokens as code is written: a space around binary operators and between words, none inside brackets."""
    text, previous = "", ""
    for t in tokens:
        last = text[-1:]
        before_sign = text[:-1].rstrip()[-1:]  # a sign after an operator or a bracket is unary: "= -a", "(-1"
        unary = previous in ("-", "+", "~") and bool(before_sign) and before_sign in "=<>*/+-([,"
        word_after_word = (t[0].isalnum() or t[0] in "_'\"") and (last.isalnum() or last in ("_", "'", '"', ")", "]"))
        operator_near = t in _SPACED or (previous in _SPACED and not unary)
        text += (" " if text and (word_after_word or operator_near or last == ",") else "") + t
        previous = t
    return text


_SPACED = {"+", "-", "*", "/", "//", "**", "@", "<", "<=", ">", ">=", "==", "!=", "and", "or", "not", "in", "is",
           "+=", "-=", "*=", "/="}


def _balanced(text: str) -> bool:
    """Every bracket the text opens it closes (a part of an expression that reads on its own)."""
    depth = 0
    for ch in text:
        depth += (ch in "([{") - (ch in ")]}")
        if depth < 0:
            return False
    return depth == 0


def _target(statement: str, public: frozenset[str]) -> str | None:
    """The name a line computes (x in "x = ...", "x += ..."), when the stub shows it to students."""
    try:
        node = ast.parse(statement.strip()).body[0]
    except (SyntaxError, IndexError, ValueError):
        return None
    target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else \
        node.target if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else None
    base = target
    while isinstance(base, (ast.Subscript, ast.Attribute)):
        base = base.value
    if not isinstance(base, ast.Name) or base.id not in public or target is None:
        return None
    written = ast.unparse(target)  # config['cache'] says more than config
    return written if len(written) <= 30 else base.id


def _written(statement: str) -> str | None:
    """What a deleted statement wrote into or called: "config['v']", "x[i]", "path.append"."""
    try:
        node = ast.parse(statement.strip()).body[0]
    except (SyntaxError, IndexError, ValueError):
        return None
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        return ast.unparse(node.targets[0])
    if isinstance(node, ast.AugAssign):
        value, op = ast.unparse(node.value), OPERATOR_SYMBOLS.get(type(node.op), "?")
        return f"{ast.unparse(node.target)} {op}= {value if len(value) <= 20 else '...'}"
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        return f"{ast.unparse(node.value.func)}(...)"
    return None




def slip_text(mutant: Mutant, public: frozenset[str], plain: bool = False, student: str | None = None) -> str:
    """The slip in the student's terms, without the solution's line: what is where something else is meant.
    plain: without a number (the solution's constants said in words). student: the source of the student's
    functions, where a factor or term the slip drops is found written as it is (so not missing: it is one, or
    zero, in theirs)."""
    op = mutant.operator
    tail = ""  # said after where the slip is
    old, new = changed_tokens(mutant.before, mutant.after, context=op in ("comparison", "arithmetic", "off_by_one",
                                                                          "constant", "bool_flip", "keepdims",
                                                                          "comparison_bound"))
    if op == "reduction_swap":
        text = f"a {new} where a {old} is meant ({new}() for {old}())"
    elif op == "axis":
        text = (f"a reduction over all entries where one over {old.lstrip(',').strip()} is meant" if not new else
                f"{new} where {old} is meant: the statistic is taken over another axis")
    elif op in ("comparison", "arithmetic", "keepdims", "bool_flip"):
        compared = {*_tokens(old), *_tokens(new)} & {"<", "<=", ">", ">="}
        ties = compared in ({"<", "<="}, {">", ">="})  # the same direction, equality aside
        turned = " (the comparison the other way round)" if len(compared) == 2 else ""
        text = f"`{new}` where `{old}` is meant" + (" (the case of two equal values goes the other way)" if ties
                                                   else turned)
    elif op in ("drop_factor", "drop_term") and student is not None and \
            _written_in(_operand(old), student, _assigned(mutant.before)):
        kind, neutral = ("factor", "one") if op == "drop_factor" else ("term", "zero")
        shown = f" `{_operand(old)}`" if len(_operand(old)) <= 80 else ""
        text = f"the {kind}{shown} missing"
        tail = (f"; your code has that {kind}, so it is {neutral} in yours: look at what it is computed from, and at the "
                "order of the lines that compute those")
    elif op in ("drop_factor", "drop_term"):
        part = old if len(old) <= 40 and _balanced(old) else None
        kind, neutral = ("factor", "one") if op == "drop_factor" else ("term", "zero")
        named = part is not None and any(t.isidentifier() for t in _tokens(part))  # a quantity, not a constant
        text = (f"the {kind} `{part}` missing" if part else f"a {kind} missing") + \
            (f" (or it is {neutral} in yours)" if named else "")
    elif op == "name_swap":  # the names that differ, not the tokens around them
        names = [re.findall(r"[A-Za-z_]\w*", line) for line in (mutant.before, mutant.after)]
        pairs = [(a, b) for a, b in zip(*names) if a != b]
        old, new = pairs[0] if pairs else (old, new)
        text = f"`{new}` where `{old}` is meant (the wrong variable)"
    elif op == "arguments_swapped":  # the changed tokens end inside the call: its other arguments as "..."
        new, old = (f"{t.rstrip(', ')}, ...)" if t.rstrip().endswith(",") else t for t in (new, old))
        text = f"`{new}` where `{old}` is meant (two arguments in each other's place)"
    elif op == "ddof":
        text = ("ddof=1 where none is meant: the standard deviation or variance divides by N - 1 (unbiased, torch's "
                "default) where N is asked for (np.std's default)" if "ddof" in mutant.after else
                "no ddof where ddof=1 is meant: the standard deviation or variance divides by N where N - 1 "
                "(unbiased) is asked for")
    elif op == "transpose_dropped":
        text = "a transpose (.T) missing"
    elif op == "unary_dropped":
        text = f"a `{old}` missing" if old in ("-", "~", "not") else "a sign or a negation missing"
    elif op == "constant":
        text = f"`{new}` where `{old}` is meant (another number)"
        written = _constant_written(mutant, student) if student is not None else None
        if written is not None:  # the student's code has the right number: what it is combined with undoes it
            number, floor = written
            tail = (f"; your code writes {'that number' if plain else number} there, yet it acts as another number in "
                    "yours: look at what it is combined with" + (
                        " (`//` is floor division, which drops the fraction)" if plain and floor else
                        " (`//` is floor division: 2 // 5 is 0, where 2 / 5 is 0.4)" if floor else ""))
    elif op == "off_by_one":
        text = (f"`{new}` where `{old}` is meant (off by one)" if old and new and len(old) <= 30 else
                "a count or an index off by one")
    elif op == "slice_bound":
        text = "a slice that starts or ends one place off"
    elif op == "comparison_bound":
        text = (f"`{new}` where `{old}` is meant (a bound one off: the step at the bound falls on the other side)"
                if old and new and len(old) <= 40 else "a comparison's bound one off")
    elif op == "assignment_dropped":
        left_out = _left_out(mutant.before, mutant.after)
        text = f"a step never made: nothing done by `{left_out}`" if left_out and len(left_out) <= 40 else \
            "a step never made (a value not set)"
    elif op == "statement_deleted":
        written = _written(mutant.before)
        text = f"a step never made: nothing done by `{written}`" if written and len(written) <= 40 else \
            "a step never made (a write or an update missing)"
    elif op == "copy_dropped":
        text = "no copy made: later writes go into the argument itself"
    elif op == "term_moved" and mutant.order is not None:
        meant, written = mutant.order
        text = f"`{written}` where `{meant}` is meant (the term " + (
            "added inside the function's argument, where it belongs after it)" if written.endswith(")") else
            "added after the function, where it belongs inside its argument)")
    elif op == "statements_swapped" and mutant.order is not None:
        first, second = (_step(t) for t in mutant.order)
        text = f"{second} made before {first}, where it belongs after it (two steps in the other order)"
    elif op == "loop_once":
        text = "a loop that stops after its first pass"
    elif op == "loop_skip_first":
        text = "a loop that skips its first item"
    else:
        text = "one small change"
    if plain and not without_numbers(text):  # a hidden test's student reads no number (results.hidden_diagnoses)
        text = GENERIC.get(op, "one small change")
    if op in ("statement_deleted", "assignment_dropped", "statements_swapped"):
        return text  # the step says where
    targets = [_target(line, public) for line in (mutant.before, *mutant.also_before)]
    if mutant.also_lines:
        named = list(dict.fromkeys(t for t in targets if t))
        where = "" if None in targets else f", where {named[0]} is computed" if len(named) == 1 else \
            f", where {' and '.join(named)} are computed"
        return text + where + " (the same slip in two places)" + tail
    return (f"{text}, where {targets[0]} is computed" if targets[0] else text) + tail


def _step(statement: str) -> str:
    """A statement as a slip names it: its code where short, else what it computes or writes."""
    if len(statement) <= 50:
        return f"`{statement}`"
    written = _written(statement)
    return f"the line that sets `{written}`" if written and len(written) <= 40 else "a step"


def _left_out(before: str, after: str) -> str | None:
    """`name = value`, the pair of a multiple assignment (before) that after leaves out."""
    try:
        old, new = (ast.parse(line.strip()).body[0] for line in (before, after))
    except (SyntaxError, IndexError):
        return None
    if not isinstance(old, ast.Assign) or not isinstance(new, ast.Assign):
        return None
    pairs = list(zip(old.targets[0].elts, old.value.elts)) if isinstance(old.targets[0], ast.Tuple) else []
    kept = {ast.dump(t) for t in (new.targets[0].elts if isinstance(new.targets[0], ast.Tuple) else [new.targets[0]])}
    gone = [(t, v) for t, v in pairs if ast.dump(t) not in kept]
    return f"{ast.unparse(gone[0][0])} = {ast.unparse(gone[0][1])}" if len(gone) == 1 else None


# The slips said without the solution's numbers (for a hidden test's student before the reveal).
GENERIC = {"off_by_one": "a count or an index off by one", "constant": "a number where another is meant",
           "comparison_bound": "a comparison's bound one off",
           "drop_factor": "a factor missing", "drop_term": "a term missing", "axis": "a statistic over another axis",
           "comparison": "a comparison that decides another way", "arithmetic": "an operator where another is meant",
           "statement_deleted": "a step never made (a write or an update missing)",
           "assignment_dropped": "a step never made (a value not set)",
           "keepdims": "keepdims where it is not meant (or the reverse)", "bool_flip": "a flag the other way round",
           "name_swap": "the wrong variable", "arguments_swapped": "two arguments in each other's place",
           "statements_swapped": "two steps made in the other order",
           "ddof": "a standard deviation or variance divided by another count (N - 1 for N, or the reverse)",
           "term_moved": "a term inside a function's argument where it belongs outside it, or the reverse"}


def _operand(dropped: str) -> str:
    """A dropped factor's or term's text without the operator that joined it (`a / b *` -> `a / b`)."""
    return dropped.strip().strip("*/+-").strip()


def _constant_written(mutant: Mutant, student: str) -> tuple[str, bool] | None:
    """(the number a constant slip changes, as the student wrote it; whether a floor division is beside it) where
    what the student's code assigns to the slip's target (or returns, for a return line) holds that number."""
    try:
        before, after = (ast.parse(line.strip()) for line in (mutant.before, mutant.after))
        tree = ast.parse(student)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    numbers = [[n.value for n in ast.walk(t) if isinstance(n, ast.Constant) and isinstance(n.value, (int, float))
                and not isinstance(n.value, bool)] for t in (before, after)]
    changed = [a for a, b in zip(*numbers) if a != b]
    if len(numbers[0]) != len(numbers[1]) or len(changed) != 1:
        return None
    target = _assigned(mutant.before)
    returns = mutant.before.strip().startswith("return")
    values = [n.value for n in ast.walk(tree) if (returns and isinstance(n, ast.Return) and n.value is not None) or (
        target is not None and isinstance(n, (ast.Assign, ast.AugAssign)) and any(
            isinstance(t, ast.Name) and t.id == target for t in (n.targets if isinstance(n, ast.Assign) else [n.target])))]
    for value in values:
        held = [n for n in ast.walk(value) if isinstance(n, ast.Constant) and n.value == changed[0]
                and not isinstance(n.value, bool)]
        if held:
            floor = any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.FloorDiv) and n.left is held[0]
                        for n in ast.walk(value))
            return repr(held[0].value), floor
    return None


def _assigned(line: str) -> str | None:
    """The name a solution's line assigns (`step = ...`, `acc += ...`), or None."""
    try:
        node = ast.parse(line.strip()).body[0]
    except (SyntaxError, IndexError, ValueError):
        return None
    targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AugAssign) \
        else []
    return targets[0].id if len(targets) == 1 and isinstance(targets[0], ast.Name) else None


def _written_in(part: str, source: str, target: str | None) -> bool:
    """The expression part (a slip's dropped operand, more than a name or a number) is written as it is (spacing
    aside) in what the student's source assigns to target (where the slip drops it): so it is not missing there."""
    try:
        wanted = ast.parse(part.strip(), mode="eval").body
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    if target is None or isinstance(wanted, (ast.Name, ast.Constant)) or \
            not any(isinstance(n, ast.Name) for n in ast.walk(wanted)):
        return False
    dumped = ast.dump(wanted)
    values = [n.value for n in ast.walk(tree) if isinstance(n, (ast.Assign, ast.AugAssign)) and any(
        isinstance(t, ast.Name) and t.id == target for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
    return any(isinstance(n, ast.expr) and ast.dump(n) == dumped for v in values for n in ast.walk(v))


def written_by_student(mutant: Mutant, student: str) -> bool:
    """The text a slip writes in place of the solution's (the replaced tokens, with the punctuation beside them and
    the names the student's code has too: `[2]` of `shape[1]`, `inv_std-dvar`) is in the student's code (spaces
    aside); a slip that only removes is taken as written."""
    before, after = _code_tokens(mutant.before.strip()) or [], _code_tokens(mutant.after.strip()) or []
    if not before or not after:
        return True
    start, end = _common_ends(before, after)
    stop = len(after) - end
    if stop <= start:  # nothing written in place of the solution's: a term removed
        return True
    # the changed tokens with what is beside them: punctuation (`[2]`, `+HH]`), and a name where the student's code
    # has that name too (`inv_std-dvar`); a name it lacks is the student's own naming, not checked
    names = set(re.findall(r"[A-Za-z_]\w*", student))

    def beside(token: str) -> bool:
        return not re.match(r"\w", token) or token in names
    left = start - 1 if start and beside(after[start - 1]) else start
    right = stop + 1 if stop < len(after) and beside(after[stop]) else stop
    return "".join(after[left:right]) in re.sub(r"\s+", "", student)


def _code_line(text: str) -> str:
    """A line as Python reads it (quotes, brackets and spaces written alike: ast.unparse), else without its spaces
    and comment (a line that is part of a statement written over several)."""
    try:
        return re.sub(r"\s+", "", ast.unparse(ast.parse(text.strip())))
    except SyntaxError:
        return re.sub(r"\s+", "", text.split("#", 1)[0])


def kept_as_written(mutant: Mutant, student: str) -> bool:
    """Every line of the solution's that the slip changes is in the student's code as a whole line, written the same
    (spaces and comments aside), and the slip's own text is not: the student's code has those lines right, so the
    slip is not theirs though it gives their outputs."""
    befores = [_code_line(line) for text in (mutant.before, *mutant.also_before) for line in text.splitlines()]
    befores = [b for b in befores if b]
    lines = {_code_line(line) for line in student.splitlines()}
    return bool(befores) and all(b in lines for b in befores) and not written_by_student(mutant, student)


def slip_finding(mutants: list[Mutant], public: frozenset[str], raised: bool = False,
                 student: str | None = None) -> Finding | None:
    """What to say of the slips that fit: one, or two said together (neither chosen); None otherwise.
    raised: what the slips reproduce is the error the student's code raised (no failing value).
    Two ways of writing one slip count once: a term dropped and the same term set to 0 (or 1) at the same
    place; two comparisons at the same place that differ only where values are equal (continuous draws); a
    slip made twice when made once fits already."""
    dropped = {(m.line, m.also_lines) for m in mutants if m.operator in ("drop_term", "drop_factor")}
    kept, compared = [], set()
    for m in mutants:
        place = (m.function, m.line, m.also_lines)
        if m.operator in ("off_by_one", "constant") and place[1:] in dropped or \
                m.operator == "comparison" and place in compared:
            continue
        compared |= {place} if m.operator == "comparison" else set()
        kept.append(m)
    # the same slip made twice says no more than once when once fits already (the second place did not matter)
    ids = {m.id for m in kept}
    mutants = [m for m in kept if not (m.also_lines and set(m.id.split("+")) & ids)]
    said: dict[str, list[str]] = {}
    for m in mutants:
        text = slip_text(m, public, student=student)
        if text not in said.setdefault(m.function, []):
            said[m.function].append(text)
    count = sum(len(texts) for texts in said.values())
    if not count or count > MAX_SAID:
        return None
    plain = list(dict.fromkeys((m.function, slip_text(m, public, plain=True, student=student)) for m in mutants))
    return Finding("one_slip", _sentence(said, raised),
                   _sentence({f: [t for g, t in plain if g == f] for f in said}, raised), claim=_sentence(said, raised))


def _sentence(said: dict[str, list[str]], raised: bool = False) -> str:
    where = "; or ".join(f"in {function}(): {'; or '.join(texts)}" for function, texts in said.items())
    yours = "the error your code raises is the one the correct code raises" if raised else \
        "yours is what the correct code gives"
    if sum(len(texts) for texts in said.values()) == 1:
        return f"{yours} with one slip {where}"
    return f"{yours} with either of two slips (the test cannot tell which) {where}"
