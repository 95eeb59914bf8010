"""The line of the student's own code that raised an error, and what the failing operation was handed there.

An error's message names the operation's view of the problem ("The size of tensor a (64) must match the size of
tensor b (8) at non-singleton dimension 3"), not the student's: which line, which of their values. The child
describes the innermost frames of the student's code the exception passed through (sandbox/raised_values.py:
the failing instruction's span, the shapes and kinds of its operands and of the names its statement reads);
this module says it in the student's terms: the line, its operands' shapes, how two shapes met where they do
not broadcast, a function called with fewer inputs than it takes, and where each value at fault was set.

Said for public tests only (which line raised, and on what, is read off the hidden inputs): a hidden test keeps
what the error's message alone says.
"""
from __future__ import annotations

import ast
import functools
import re
from dataclasses import replace

from autograder.grading.mutants import _assigned, undocumented
from autograder.grading.relations import BROADCAST_SHAPES, FLOAT_FOR_INT, Finding, _shape, dims_in, shape_error
from autograder.grading.torch_errors import FLOAT64_MET_FLOAT32, MULTI_TARGET
from autograder.sandbox.errors import StudentException
from autograder.sandbox.raised import ItemSeen, RaisedFrame, Span, ValueSeen

TORCH_BROADCAST = re.compile(r"The size of tensor a \((\d+)\) must match the size of tensor b \((\d+)\) at "
                             r"non-singleton dimension (\d+)")
MAX_OPERANDS = 4
ONE_SHAPE = "np.array makes one array of its items only where they all have one shape"
REDUCTIONS = "(a reduction with an axis keeps one value per row or column; without one, a single number)"


def raised_here(error: StudentException, source: str, unchanged: set[str], explained: Finding | None,
                solution: str = "") -> Finding | None:
    """The line of the student's source (their module's text) where error was raised, in the innermost frame of a
    function they wrote (not one of `unchanged`, the solution's own functions, nor of a class written as the
    solution's text writes it), with what its failing operation was handed
    and, where the message says why, how that fits; `explained`, what the message alone says, is kept after it.
    None where the child described no such frame or its spans do not fit the source."""
    parsed = _parsed(source, solution)
    if parsed is None:
        return None
    tree, classes = parsed
    lines = LINE_BREAK.split(source)  # (as Python counts lines: not at a form feed or U+2028)
    unchanged = unchanged | classes
    for k, frame in enumerate(error.raised_in):
        owner = _enclosing(tree, frame.line)
        if owner is None:
            return None
        label, top, function = owner
        if frame.function not in (label.split(".")[-1], "<lambda>", "<listcomp>", "<dictcomp>", "<setcomp>",
                                  "<genexpr>"):
            return None  # (the child's frame is not the def the line is in: another file's, or a forged one)
        if top in unchanged:
            continue  # (the correct code's own line raised on what it was handed: the cause is upstream)
        statement = _statement(tree, frame.line)
        if statement is None or isinstance(statement, (ast.Raise, ast.Assert)):
            return None  # (an error raised on purpose says what it is in its own words)
        return _finding(label, function, frame, statement, lines, error, explained, innermost=k == 0)
    return None


LINE_BREAK = re.compile(r"\r\n|\r|\n")


@functools.lru_cache(maxsize=4)
def _parsed(source: str, solution: str) -> tuple[ast.Module, frozenset[str]] | None:
    """The student's module parsed, with its unchanged classes (once a submission: each failing test asks again);
    None where it does not parse. (The tree is only read, never changed.)"""
    try:  # (a deep expression parses, and its tree's dump then recurses too far)
        tree = ast.parse(source)
        return tree, frozenset(_unchanged_classes(tree, solution))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _unchanged_classes(tree: ast.Module, solution: str) -> set[str]:
    """The top-level classes of the module written as the solution writes them (the last definition of a name),
    docstrings aside."""
    try:
        theirs = {n.name: _class_tree(n) for n in ast.parse(solution).body if isinstance(n, ast.ClassDef)}
    except (SyntaxError, ValueError):
        return set()
    mine = {n.name: _class_tree(n) for n in tree.body if isinstance(n, ast.ClassDef)}
    return {name for name, dumped in mine.items() if theirs.get(name) == dumped}


def _class_tree(node: ast.ClassDef) -> str:
    """A class's syntax tree without positions, and without its docstring and its methods'."""
    def method(n: ast.stmt) -> str:
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return ast.dump(n)
        return ast.dump(ast.Module(body=undocumented(n.body), type_ignores=[])) + ast.dump(n.args) + n.name + \
            "".join(map(ast.dump, n.decorator_list))

    methods = [method(n) for n in undocumented(node.body)]
    return "|".join([ast.dump(ast.Tuple(elts=node.bases, ctx=ast.Load())), *map(ast.dump, node.keywords), *methods,
                     *map(ast.dump, node.decorator_list)])


def _enclosing(tree: ast.Module, line: int) -> tuple[str, str, ast.AST] | None:
    """(the label of the innermost def holding line, e.g. "Net.forward", the top-level name it is under, the def)."""
    found: tuple[str, str, ast.AST] | None = None

    def visit(node: ast.AST, prefix: str, top: str) -> None:
        nonlocal found
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and \
                    child.lineno <= line <= (child.end_lineno or child.lineno):
                label = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    found = (label, top or child.name, child)
                visit(child, f"{label}.", top or child.name)

    visit(tree, "", "")
    return found


def _statement(tree: ast.Module, line: int) -> ast.stmt | None:
    """The innermost simple statement that holds line (not a block: a loop's header is its own line)."""
    best = None
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and node.lineno <= line <= (node.end_lineno or node.lineno):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            if isinstance(node, (ast.For, ast.While, ast.If, ast.With, ast.Try)) and node.lineno != line:
                continue
            if best is None or node.lineno >= best.lineno:
                best = node
    return best


def _text(lines: list[str], span: Span) -> str | None:
    """The source text of span, on one line and short enough to quote; None where it does not fit the source."""
    line, column, end, end_column = span
    if not 1 <= line <= end <= len(lines):
        return None
    # (columns count UTF-8 bytes, as Python's code positions and the syntax tree give them)
    first, last = lines[line - 1].encode(), lines[end - 1].encode()
    if line == end:
        text = first[column:end_column].decode(errors="replace") if end_column <= len(first) else None
    else:
        text = " ".join([first[column:].decode(errors="replace"), *(s.strip() for s in lines[line:end - 1]),
                         last[:end_column].decode(errors="replace").strip()])
    if not text or not text.strip():
        return None
    text = " ".join(text.split())
    return text if len(text) <= 60 else f"{text[:57]}..."


def _statement_text(lines: list[str], statement: ast.stmt) -> str:
    """The statement's first line as written, without a comment after it; " ..." where it goes on."""
    line = lines[statement.lineno - 1]
    header = isinstance(statement, (ast.For, ast.While, ast.If, ast.With))  # (a block's first line is its own)
    one_line = (statement.end_lineno or statement.lineno) == statement.lineno
    if one_line and not header:
        line = line.encode()[:statement.end_col_offset or None].decode(errors="replace")
    first = line.strip()
    if not one_line and not header:
        first += " ..."
    return first if len(first) <= 100 else f"{first[:97]}..."


def described(value: ValueSeen | ItemSeen) -> str:
    """A value as the student would name it: "a float32 tensor of shape (64, 1, 8, 8)", "numpy.maximum, a function
    of 2 arrays", "a list of 3 items", "a number (0.5)"."""
    if value.kind in ("array", "tensor"):
        kind = "array" if value.kind == "array" else "tensor"
        shape = _shape(value.shape or ())
        return f"a {value.dtype} {kind} of shape {shape}" if value.dtype else f"an {kind} of shape {shape}"
    if value.kind == "number":
        kind = value.type or "number"
        article = "an" if kind[:1] in "aeiou" else "a"
        if value.value is None:
            return f"{article} {kind}"
        if kind == "bool":
            return f"a bool ({bool(value.value)})"
        shown = f"{int(value.value)}" if "int" in kind and value.value.is_integer() else repr(value.value)
        return f"{article} {kind} ({shown})"
    if value.kind == "none":
        return "None"
    if not isinstance(value, ValueSeen):  # (an item of a list: its kind alone)
        return {"function": "a function", "module": "a layer", "class": "a class", "dict": "a dict",
                "text": "a string", "list": "a list", "tuple": "a tuple", "none": "None"}.get(value.kind, "a value")
    if value.kind in ("list", "tuple"):
        items = ", ".join(described(v) for v in value.items[:4])
        more = ", ..." if (value.length or 0) > len(value.items[:4]) else ""
        return f"a {value.kind} of {value.length} item{'s' if value.length != 1 else ''}" + \
            (f" ({items}{more})" if items else "")
    if value.kind == "function" and value.inputs is not None:
        return f"{value.name.replace('numpy.', 'np.', 1)}, a function of {value.inputs} array" + \
            ("s" if value.inputs != 1 else "")
    if value.kind == "function":
        return f"your function {value.name}" if value.own else value.name
    if value.kind == "module":
        if value.library:  # (torch's own words for its settings, Linear(in_features=4, ...))
            return f"a {value.class_}({value.text})" if value.text else f"a {value.class_}"
        return f"a {value.class_.split('<locals>.')[-1]} (your class)"
    if value.kind == "class":
        return f"the class {value.name} itself (not an object made from it)"
    if value.kind == "dict":
        return "a dict"
    if value.kind == "text":
        return "a string"
    return f"a {value.type}" if value.type else "a value"


def _finding(label: str, function: ast.AST, frame: RaisedFrame, statement: ast.stmt, lines: list[str],
             error: StudentException, explained: Finding | None, innermost: bool) -> Finding | None:
    """The line, what its failing operation was handed, and what that says of the error."""
    failing = _text(lines, frame.at) if frame.at is not None else None
    shown = _statement_text(lines, statement)
    if (statement.end_lineno or statement.lineno) > statement.lineno and frame.line != statement.lineno and \
            1 <= frame.line <= len(lines):  # (a line inside a statement written over several: that line's own text)
        shown = lines[frame.line - 1].strip()
        shown = shown if len(shown) <= 100 else f"{shown[:97]}..."
    at = f" at `{failing}`" if failing and failing != shown.removesuffix(" ...") and frame.at[0] == frame.line else ""
    inside = _span_of(statement)
    seen = [(span, text, value) for span, value in frame.values if span != frame.at and _within(span, inside)
            and (text := _text(lines, span)) is not None]
    operands = [(span, text, value) for span, text, value in seen if not _names_itself(text, value)
                and not _literal(text)]
    paired = bool(operands)  # (the failing operation's own operands: what met there)
    if not operands:  # (the failing expression is a name, or nothing of it could be computed: the names read)
        read = {n.id for n in ast.walk(statement) if isinstance(n, ast.Name)}
        operands = [(None, name, value) for name, value in frame.names if value.kind not in ("object",)
                    and name in read and not _names_itself(name, value)]
    operands = operands[:MAX_OPERANDS]
    if not operands:
        return None
    message = str(error)
    handed = "; ".join(f"`{text}` is {described(value)}" for _, text, value in operands)
    why, culprits = _why(message, operands, _loss_called(seen)) if paired and innermost else ("", [])
    set_at = _set_at(function, lines, statement, culprits)
    said = (f"in {label}(), line {frame.line}: `{shown}` raises the error{at}. There, {handed}."
            f"{' ' + why if why else ''}{' ' + set_at if set_at else ''}")
    claim = f"{label}:{frame.line}:raised"  # (two outputs said at one line corroborate; at two, they are apart)
    if explained is None:
        return Finding("raised_here", said, "", claim=claim)
    if not why:
        said += f" {explained.message[0].upper()}{explained.message[1:]}"
    # (what the message says keeps its name: the line adds where, and on what)
    return replace(explained, message=said, claim=claim)


def _span_of(node: ast.AST) -> Span:
    return node.lineno, node.col_offset, node.end_lineno or node.lineno, node.end_col_offset or 0


def _within(span: Span, outer: Span) -> bool:
    return (outer[0], outer[1]) <= (span[0], span[1]) and (span[2], span[3]) <= (outer[2], outer[3])


def _literal(text: str) -> bool:
    """A number or string written as it is (`0`, `'relu'`): what it is goes without saying."""
    try:
        ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    return True


def _names_itself(text: str, value: ValueSeen) -> bool:
    """A library function or class named as it is (np.array is numpy.array, nn.Conv2d the class Conv2d, x.reshape an
    array's method): describing it tells nothing."""
    if value.kind == "class":
        return text.split(".")[-1] == value.name.split(".")[-1]
    if value.kind == "object" and value.type == "module":  # (np of np.array(...))
        return True
    if value.kind != "function" or value.own or value.inputs is not None:
        return value.kind in ("object",) and not text.isidentifier()
    return text.split(".")[-1] == value.name.split(".")[-1]


def _why(message: str, operands: list[tuple[Span | None, str, ValueSeen]], loss: str) -> tuple[str, list[str]]:
    """What the operands say of the error, and the texts of the operands at fault."""
    arrays = [(text, value) for _, text, value in operands if value.kind in ("array", "tensor") and value.shape]
    if len(arrays) >= 2:  # (a pair whose shapes the error names: _the_shapes_said)
        for i, (a_text, a) in enumerate(arrays):
            for b_text, b in arrays[i + 1:]:
                if _broadcast(a.shape, b.shape) or not _the_shapes_said(message, a.shape, b.shape):
                    continue
                if loss and (said := _class_indices_to_an_entrywise_loss(
                        loss, a_text, a, b_text, b)):
                    return said, [a_text, b_text]
                numpy_words = shape_error(f"operands could not be broadcast together with shapes "
                                          f"({','.join(map(str, a.shape))}) ({','.join(map(str, b.shape))})")
                if numpy_words is None:
                    return "", []
                words = numpy_words.message.removeprefix("the error: ")
                if a.kind == "tensor":
                    words = words.replace("NumPy", "torch")
                return (f"`{a_text}` and `{b_text}` do not broadcast: {words}",
                        [a_text, b_text])
    images = [(text, value) for text, value in arrays if len(value.shape or ()) >= 3 and "float" in (value.dtype or "")]
    if images and MULTI_TARGET.search(message):  # (the message is a loss's: cross_entropy, nll_loss)
        # (labels of more than one dimension are (N, 1) or one-hot rows; maps of floats are images)
        text, value = images[0]
        return (f"`{text}`, {described(value)}, is a batch of images where the loss wants the labels, one class "
                "index per image: the images were handed where the labels are meant (X for y, or the function's "
                "arguments taken in another order than they are given).", [text])
    doubles = [text for text, value in arrays if value.kind == "tensor" and value.dtype == "float64"]
    if doubles and FLOAT64_MET_FLOAT32.search(message):
        # (the model's input is one tensor that may be float64; class weights or targets handed to a loss are others)
        said = " and ".join(f"`{text}`" for text in doubles[:2])
        return (f"{said} {'is' if len(doubles) == 1 else 'are'} float64 (what torch.tensor makes of NumPy's default "
                "float64) where the model computes in float32, and one operation cannot mix them: make "
                f"{'it' if len(doubles) == 1 else 'them'} float32 where {'it is' if len(doubles) == 1 else 'they are'} "
                "made (torch.tensor(..., dtype=torch.float32), or .float()).", doubles[:2])
    floats = [text for _, text, value in operands if value.kind == "number" and value.type in ("float", "float64")]
    if floats and FLOAT_FOR_INT.search(message):
        said = " and ".join(f"`{text}`" for text in floats[:2])
        return (f"{said} {'is a float' if len(floats) == 1 else 'are floats'} where a size or an index must be an "
                "int: a float comes of / (true division) where // is meant, or of a float in the arithmetic.",
                floats[:2])
    call = next(((text, value) for _, text, value in operands if value.kind == "function" and value.inputs), None)
    given = re.search(r"but (\d+) (?:was|were) given", message)
    if call is not None and given is not None and int(given[1]) < (call[1].inputs or 0):
        text, value = call
        short = value.name.replace("numpy.", "np.", 1)
        return (f"`{text}` is {short}, which takes {value.inputs} array{'s' if value.inputs != 1 else ''}, and the "
                f"call gives it {given[1]}: a function of one array made of it is written `lambda z: {short}(z, "
                "...)`.", [text])
    if re.search(r"inhomogeneous", message):
        lists = [(text, value) for _, text, value in operands if value.kind in ("list", "tuple") and value.items]
        if lists:
            text, value = lists[0]
            shapes = {v.shape or () for v in value.items if v.kind in ("array", "tensor", "number")}
            if len(shapes) > 1:
                return f"{ONE_SHAPE}, and these do not {REDUCTIONS}.", []
        if arrays:
            text, value = arrays[0]
            return (f"{ONE_SHAPE}: `{text}` has shape {_shape(value.shape)}, and an item after it another "
                    f"{REDUCTIONS}.", [])
    return "", [text for _, text, value in operands if value.kind in ("array", "tensor", "function")]


def _loss_called(operands: list[tuple[Span | None, str, ValueSeen]]) -> str:
    """The text of the loss the failing call is (`F.mse_loss`, `criterion` made of nn.MSELoss), or ""."""
    for _, text, value in operands:
        if value.kind == "function" and "loss" in value.name.split(".")[-1].lower() or \
                value.kind == "module" and value.library and value.class_.endswith("Loss"):
            return text
    return ""


def _class_indices_to_an_entrywise_loss(loss: str, a_text: str, a: ValueSeen, b_text: str, b: ValueSeen) -> str:
    """A loss that compares entry by entry handed (N, C) outputs and (N,) targets: class indices, which are
    cross-entropy's targets (an entry-by-entry loss needs a target per output)."""
    (outputs, out), (targets, target) = sorted([(a_text, a), (b_text, b)], key=lambda p: -len(p[1].shape or ()))
    if len(out.shape or ()) != 2 or len(target.shape or ()) != 1 or out.shape[0] != target.shape[0]:
        return ""
    n, c = out.shape
    return (f"`{loss}` compares `{outputs}` ({n}, {c}) with `{targets}` ({n},) entry by entry, so they need one shape: "
            f"a target per output. One class index per example is the target of cross_entropy "
            f"(nn.CrossEntropyLoss); an entry-by-entry loss needs targets of the outputs' shape (one-hot rows, "
            f"F.one_hot(y, {c}).float()).")


def _the_shapes_said(message: str, a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether the error's own words name these two shapes (NumPy's) or these sizes at the axis it names (torch's):
    the pair that met, not two other arrays of the line."""
    if (numpy_said := BROADCAST_SHAPES.search(message)) is not None:
        said = sorted([dims_in(numpy_said.group(1)), dims_in(numpy_said.group(2))])
        return said == sorted([tuple(a), tuple(b)])
    if (torch_said := TORCH_BROADCAST.search(message)) is not None:
        sizes, axis = sorted([int(torch_said[1]), int(torch_said[2])]), int(torch_said[3])
        rank = max(len(a), len(b))
        padded = [(1,) * (rank - len(s)) + tuple(s) for s in (a, b)]
        return axis < rank and sorted([padded[0][axis], padded[1][axis]]) == sizes
    return False


def _broadcast(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    return all(x == y or 1 in (x, y) for x, y in zip(reversed(a), reversed(b)))


def _set_at(function: ast.AST, lines: list[str], statement: ast.stmt, culprits: list[str]) -> str:
    """Where the plain names among the culprits were set, for those set by one assignment alone in the function's
    own scope (not a parameter, a loop's variable, a comprehension's or a nested def's), above the statement, in a
    block that holds the statement too (so that it ran before it, on every path)."""
    parents = {child: node for node in ast.walk(function) for child in ast.iter_child_nodes(node)}
    said = []
    for name in [text for text in culprits if text.isidentifier()]:
        binds = _binds(function, name)
        if len(binds) != 1 or not isinstance(binds[0], (ast.Assign, ast.AnnAssign)) or \
                binds[0].lineno >= statement.lineno or not _runs_before(binds[0], statement, parents, function):
            continue
        said.append(f"`{name}` is set at line {binds[0].lineno}: `{_statement_text(lines, binds[0])}`")
    if not said:
        return ""
    text = "; ".join(said[:2])
    return f"{text[0].upper()}{text[1:]}."


def _binds(function: ast.AST, name: str) -> list[ast.AST]:
    """The nodes of the function's own scope that bind name (a parameter counts as one, of the function itself)."""
    args = function.args if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
    found: list[ast.AST] = [function] if args is not None and name in {
        a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg] if a} else []
    nested = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.ListComp, ast.SetComp,
              ast.DictComp, ast.GeneratorExp)

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, nested):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and child.name == name:
                    found.append(child)
                continue
            targets: list[ast.AST] = _assigned(child) if isinstance(child, ast.stmt) else []
            if isinstance(child, (ast.For, ast.AsyncFor)):
                targets = [child.target]
            elif isinstance(child, ast.withitem) and child.optional_vars is not None:
                targets = [child.optional_vars]
            elif isinstance(child, ast.NamedExpr):
                targets = [child.target]
            elif isinstance(child, ast.ExceptHandler) and child.name == name:
                found.append(child)
            elif isinstance(child, (ast.Import, ast.ImportFrom)) and any(
                    (a.asname or a.name).split(".")[0] == name for a in child.names):
                found.append(child)
            # (a name the target stores into: x, or one of a tuple it unpacks; not the x of x[i] or x.a, read there)
            if any(isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store) and t.id == name
                   for target in targets for t in ast.walk(target)):
                found.append(child)
            visit(child)

    visit(function)
    return found


def _runs_before(bind: ast.AST, statement: ast.stmt, parents: dict[ast.AST, ast.AST], function: ast.AST) -> bool:
    """Whether every block that holds bind (an if's branch, a loop's body, a try's) holds statement too."""
    child, node = bind, parents.get(bind)
    while node is not None and node is not function:
        for field in ("body", "orelse", "finalbody", "handlers"):
            block = getattr(node, field, None)
            if isinstance(block, list) and child in block:
                first, last = block[0].lineno, max(b.end_lineno or b.lineno for b in block)
                if not first <= statement.lineno <= last:
                    return False
        child, node = node, parents.get(node)
    return node is function
