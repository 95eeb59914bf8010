"""Mistakes read off the student's source alone, each a certain slip wherever it is written: an array method used
as a value without its call (`means.append(h.mean)`), a dict entry written with setdefault that is never updated
(`bn_param.setdefault("running_mean", running_mean)`). Said for the failing checks of a test that called the function
(diagnosis.MistakeMatcher)."""
from __future__ import annotations

import ast
import functools
import re
from typing import NamedTuple


@functools.lru_cache(maxsize=8)
def module_tree(source: str) -> ast.Module | None:
    """The parsed source, once for all the finders that read it (None where it cannot be read). Shared: the finders
    only walk it, never change it."""
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def function_node(source: str, function: str) -> ast.FunctionDef | None:
    """The last top-level definition of function in source (None when none, or the source cannot be read)."""
    tree = module_tree(source)
    if tree is None:
        return None
    defs = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function]
    return defs[-1] if defs else None


def line_text(source: str, line: int) -> str:
    """Line `line` of source (counted from 1), stripped; "" past its end."""
    lines = source.splitlines()
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


# array methods a value is read from by calling them: named without the call, the value is the method itself
_VALUE_METHODS = frozenset({"mean", "var", "std", "sum", "max", "min", "argmax", "argmin", "prod", "cumsum", "item",
                            "copy", "flatten", "ravel", "numpy", "detach", "tolist", "norm", "abs"})


def uncalled_methods(source: str, function: str) -> list[tuple[int, str, str]]:
    """The array methods the student's function uses as values without calling them, where a value is meant:
    `means.append(h.mean)`, `return x.sum`, `[h.var, h.std]`, `h.max - 1`: (line, text, the method named). Not a
    module's function (np.mean, passed on as a function), nor a method bound to a name that is called later."""
    fn = function_node(source, function)
    if fn is None:
        return []
    called_names = {n.func.id for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    values: list[ast.expr] = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append":
            values += node.args
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            values += node.elts
        elif isinstance(node, ast.Dict):
            values += [v for v in node.values if v is not None]
        elif isinstance(node, ast.Return) and node.value is not None:
            values.append(node.value)
        elif isinstance(node, ast.BinOp):
            values += [node.left, node.right]
        elif isinstance(node, ast.Assign) and not any(isinstance(t, ast.Name) and t.id in called_names
                                                        for t in node.targets):
            values.append(node.value)
    methods = []
    for value in values:
        if isinstance(value, ast.Attribute) and value.attr in _VALUE_METHODS and \
                not (isinstance(value.value, ast.Name) and value.value.id in ("np", "numpy", "torch", "math", "self")):
            methods.append((value.lineno, line_text(source, value.lineno), ast.unparse(value)))
    return sorted(set(methods))


def setdefaults_never_updated(source: str, function: str) -> list[tuple[int, str, str, str]]:
    """The statements `d.setdefault(key, name)` whose result is dropped, where name is a local the function binds
    more than once (a running average read, then updated): setdefault stores only where the key is missing, so after
    the first call the updated value is never stored. (line, text, the dict, the key as written). A default given
    as a constant (config.setdefault("learning_rate", 1e-2)) is what setdefault is for: not one."""
    fn = function_node(source, function)
    if fn is None:
        return []
    bound: dict[str, int] = {}
    for node in ast.walk(fn):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        for target in targets:
            for n in ast.walk(target):
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                    bound[n.id] = bound.get(n.id, 0) + 1 + isinstance(node, ast.AugAssign)
    found = []
    for node in ast.walk(fn):
        call = node.value if isinstance(node, ast.Expr) else None
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "setdefault" \
                and len(call.args) == 2 and isinstance(call.args[1], ast.Name) and bound.get(call.args[1].id, 0) >= 2:
            found.append((node.lineno, line_text(source, node.lineno), ast.unparse(call.func.value),
                          ast.unparse(call.args[0])))
    return sorted(found)


def _writes_into_parameter(fn: ast.FunctionDef, index: int) -> bool:
    """The function stores into an entry of its index-th parameter a value computed from what that parameter held
    (`bn_param["running_mean"] = momentum * running_mean + ...`, running_mean read from bn_param): a second call
    moves that state again (a store of a value that does not read it leaves the same state twice)."""
    params = [a.arg for a in fn.args.posonlyargs + fn.args.args]
    if index >= len(params):
        return False
    name = params[index]
    reading = {name}  # the parameter and the names bound from what it holds
    assigns = [n for n in ast.walk(fn) if isinstance(n, (ast.Assign, ast.AugAssign))]
    for _ in range(4):
        for node in assigns:
            if any(isinstance(n, ast.Name) and n.id in reading for n in ast.walk(node.value)):
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                    reading |= {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}
    return any(isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == name and
               (isinstance(node, ast.AugAssign) or any(isinstance(n, ast.Name) and n.id in reading
                                                       for n in ast.walk(node.value)))
               for node in assigns for t in (node.targets if isinstance(node, ast.Assign) else [node.target]))


def _blocks(fn: ast.FunctionDef) -> dict[int, int]:
    """id of each node -> id of the list of statements it runs in (a function's body, a loop's, a branch's)."""
    found: dict[int, int] = {}

    def visit(body: list[ast.stmt]) -> None:
        for statement in body:
            for node in ast.walk(statement):
                found.setdefault(id(node), id(body))
            for field in ("body", "orelse", "finalbody"):
                inner = getattr(statement, field, None)
                if isinstance(inner, list) and inner and isinstance(inner[0], ast.stmt):
                    for node in (n for s in inner for n in ast.walk(s)):
                        found.pop(id(node), None)
                    visit(inner)
            for handler in getattr(statement, "handlers", []):
                for node in (n for s in handler.body for n in ast.walk(s)):
                    found.pop(id(node), None)
                visit(handler.body)
    visit(fn.body)
    return found


def stateful_calls_repeated(source: str, function: str) -> list[tuple[int, int, str, str, str]]:
    """Two calls written alike (the same function, the same arguments) in the function, outside loops, of a function
    of the module that stores into an entry of a dict it is handed, handed one of this function's parameters there
    (`batchnorm_forward(rows, gamma, beta, bn_param)[0]` and then `[1]`): each call updates that state again (the
    running statistics move twice a call). (first line, second line, the call's text, the parameter, the callee)."""
    tree, fn = module_tree(source), function_node(source, function)
    if tree is None or fn is None:
        return []
    defined = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    params = {a.arg for a in fn.args.posonlyargs + fn.args.args}
    in_loops = {id(n) for loop in ast.walk(fn) if isinstance(loop, (ast.For, ast.While, ast.comprehension))
                for n in ast.walk(loop)}
    seen: dict[str, ast.Call] = {}
    blocks = _blocks(fn)  # (two branches of an if, of which one runs, are not two calls)
    writes: dict[tuple[str, int], bool] = {}  # (callee, position) -> whether it stores state read from there
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call) or id(node) in in_loops or not isinstance(node.func, ast.Name) or \
                node.func.id not in defined or node.func.id == function:
            continue
        handed = [(k, a.id) for k, a in enumerate(node.args) if isinstance(a, ast.Name) and a.id in params and
                  writes.setdefault((node.func.id, k), _writes_into_parameter(defined[node.func.id], k))]
        if not handed:
            continue
        text = ast.unparse(node)
        first = seen.get(text)
        if first is None:
            seen[text] = node
        elif blocks.get(id(first)) == blocks.get(id(node)) is not None:
            found.append((first.lineno, node.lineno, text, handed[0][1], node.func.id))
    return sorted(found)


def breaks_in_inner_loops(source: str, function: str) -> list[tuple[int, str]]:
    """The `break` statements of the function that end a loop inside another loop on its first pass (one not under
    an `if` of that inner loop: a debugging leftover that ends the loop over the batches after the first): (line,
    the inner loop's header)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for outer in ast.walk(fn):
        if not isinstance(outer, (ast.For, ast.While)):
            continue
        for inner in ast.walk(outer):
            if inner is outer or not isinstance(inner, (ast.For, ast.While)):
                continue
            # the inner loop's own statements, not those of an if, a nested loop or a function inside it
            for statement in inner.body:
                if isinstance(statement, ast.Break):
                    found.append((statement.lineno, line_text(source, inner.lineno)))
    return sorted(set(found))


def shared_windows(source: str, function: str) -> list[tuple[int, str, str, str, int]]:
    """Inside a loop of the function, an array written into through the same window as another array is read by
    (`dx[n, :, r:r + HH, c:c + WW] += ...` beside `xp[n, :, r:r + HH, c:c + WW]`: one index text, with a slice in
    it): (the line that writes, the name written, the index text, the name read, the line that reads it). Whether
    the two arrays have the same shape, which makes one window pick the same place in both, is for the caller."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for loop in (n for n in ast.walk(fn) if isinstance(n, (ast.For, ast.While))):
        written: dict[str, list[tuple[int, str]]] = {}
        read: dict[str, list[tuple[int, str]]] = {}
        for node in ast.walk(loop):
            if not isinstance(node, ast.Subscript) or not isinstance(node.value, ast.Name) or \
                    not any(isinstance(s, ast.Slice) and (s.lower or s.upper) for s in ast.walk(node.slice)):
                continue
            index = ", ".join(ast.unparse(e) for e in node.slice.elts) if isinstance(node.slice, ast.Tuple) \
                else ast.unparse(node.slice)
            into = written if isinstance(node.ctx, ast.Store) else read
            into.setdefault(index, []).append((node.lineno, node.value.id))
        for index, targets in written.items():
            for line, name in targets:
                for other_line, other in read.get(index, []):
                    if other != name:
                        found.append((line, name, index, other, other_line))
    return sorted(set(found))


# what starts an accumulator afresh: a number 0, an empty list, a new array of zeros
_FRESH_CALLS = frozenset({"zeros", "zeros_like", "empty", "empty_like", "full", "full_like"})


def _fresh(value: ast.expr) -> bool:
    if isinstance(value, ast.Constant) and isinstance(value.value, (int, float)) and not isinstance(value.value, bool):
        return value.value == 0
    if isinstance(value, ast.List) and not value.elts:
        return True
    return isinstance(value, ast.Call) and isinstance(value.func, (ast.Attribute, ast.Name)) and \
        (value.func.attr if isinstance(value.func, ast.Attribute) else value.func.id) in _FRESH_CALLS


def _accumulates(node: ast.AST, name: str) -> bool:
    """node adds into name: `name += ...`, `name[...] += ...`, `name.append(...)`."""
    if isinstance(node, ast.AugAssign):
        target = node.target.value if isinstance(node.target, ast.Subscript) else node.target
        return isinstance(target, ast.Name) and target.id == name
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append" and \
        isinstance(node.func.value, ast.Name) and node.func.value.id == name


def accumulators_reset_in_loop(source: str, function: str) -> list[tuple[int, str, str, int, str, int]]:
    """An accumulator started afresh inside a loop (`dw = np.zeros_like(w)` in the loop over the images, `total = 0`
    in the loop over the epochs) that the loop then adds into and the function reads only after the loop: every pass
    throws away what the passes before added, so what is read after holds the last pass's alone. (line, text, name,
    the loop's line, its header, the line that adds.) Not one the loop reads otherwise after adding into it (a
    per-pass buffer stored or used in the pass)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for loop in (n for n in ast.walk(fn) if isinstance(n, (ast.For, ast.While))):
        for statement in loop.body:
            if not isinstance(statement, ast.Assign) or len(statement.targets) != 1 or \
                    not isinstance(statement.targets[0], ast.Name) or not _fresh(statement.value):
                continue
            name, start = statement.targets[0].id, statement.lineno
            inside = [n for n in ast.walk(loop) if getattr(n, "lineno", 0) > start]
            adds = [n for n in inside if _accumulates(n, name)]
            if not adds:
                continue
            added = {id(n) for a in adds for n in ast.walk(a)}
            read_in_loop = [n for n in inside if isinstance(n, ast.Name) and n.id == name and
                            isinstance(n.ctx, ast.Load) and id(n) not in added]
            read_after = [n for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id == name and
                          isinstance(n.ctx, ast.Load) and n.lineno > (loop.end_lineno or loop.lineno)]
            if read_in_loop or not read_after:
                continue
            header = line_text(source, loop.lineno)
            text = ast.get_source_segment(source, statement) or line_text(source, start)  # (its comment left out)
            found.append((start, text, name, loop.lineno, header, adds[0].lineno))
    return sorted(found)


def empty_allocations(source: str, function: str) -> list[tuple[int, str]]:
    """The lines of the function that make an array with np.empty / np.empty_like (or torch's): (line, text). Such an
    array holds whatever memory held, so entries never written differ from call to call."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = {(n.lineno, ast.get_source_segment(source, n) or line_text(source, n.lineno)) for n in ast.walk(fn)
             if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and
             isinstance(n.value.func, ast.Attribute) and n.value.func.attr in ("empty", "empty_like")}
    return sorted(found)


def partly_written_empties(source: str, function: str) -> list[tuple[int, str]]:
    """The empty_allocations of the function bound to one name that no statement writes whole afterwards (`a[:] =`,
    `a[...] =`, `a.fill(...)`, `np.copyto(a, ...)`, `out=a`): (line, text). Such an array's entries are written, if at
    all, a part at a time; the ones missed keep what memory held."""
    fn = function_node(source, function)
    if fn is None:
        return []
    bound = {n.lineno: n.targets[0].id for n in ast.walk(fn) if isinstance(n, ast.Assign) and len(n.targets) == 1
             and isinstance(n.targets[0], ast.Name)}

    def whole(node: ast.AST, name: str) -> bool:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == name and
                (isinstance(t.slice, ast.Slice) and t.slice.lower is t.slice.upper is t.slice.step is None or
                 isinstance(t.slice, ast.Constant) and t.slice.value is Ellipsis) for t in node.targets):
            return True
        if isinstance(node, ast.Call):
            called = node.func.attr if isinstance(node.func, ast.Attribute) else None
            if called == "fill" and isinstance(node.func.value, ast.Name) and node.func.value.id == name:
                return True
            if called == "copyto" and node.args and isinstance(node.args[0], ast.Name) and node.args[0].id == name:
                return True
            return any(k.arg == "out" and isinstance(k.value, ast.Name) and k.value.id == name for k in node.keywords)
        return False

    return [(line, text) for line, text in empty_allocations(source, function) if line in bound and
            not any(whole(n, bound[line]) for n in ast.walk(fn))]


def unfilled_where_calls(source: str, function: str) -> list[tuple[int, str]]:
    """The lines of the function that call a NumPy function with `where=` and no `out=` (np.maximum(x, 0,
    where=x > 0)): (line, text). NumPy makes a new array for the result and writes only where the condition holds;
    the other entries hold whatever memory held, and differ from call to call."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = {(n.lineno, line_text(source, n.lineno)) for n in ast.walk(fn)
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name)
             and n.func.value.id in ("np", "numpy") and any(k.arg == "where" for k in n.keywords)
             and not any(k.arg == "out" for k in n.keywords) and n.func.attr not in _WHERE_REDUCTIONS}
    return sorted(found)


# (a reduction given where= reduces over the entries selected: it leaves none unwritten)
_WHERE_REDUCTIONS = frozenset({"sum", "mean", "prod", "max", "min", "amax", "amin", "std", "var", "nansum",
                               "nanmean", "all", "any", "count_nonzero"})


class WindowExtent(NamedTuple):
    """A window sliced in a loop `extent` wide (`x[..., j:j + H]`) along the axis the loop counts windows of
    `counted` wide over (`for j in range(Wo)`, `Wo = W2 - Wd + 1`)."""
    line: int  # the line that slices
    index: str  # the loop's index (j)
    extent: str  # the window's extent as written in the slice (H)
    counted: str  # the extent the loop's range subtracts (Wd)
    loop_line: int
    header: str  # the loop's header (`for j in range(Wo):`)
    count: str  # how the range's stop is computed (`Wo = W2 - Wd + 1`), or the stop itself
    copied: str  # "extent" where the slice's extent is another axis's (the rows' H on the columns), "count" where
    # the range's is, else ""


def _assignments(fn: ast.FunctionDef) -> dict[str, list[ast.expr]]:
    """Each name the function binds by a plain assignment (a tuple of names to a tuple of values element by element),
    to the values it is bound to."""
    bound: dict[str, list[ast.expr]] = {}
    for node in ast.walk(fn):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            if isinstance(target, ast.Name):
                bound.setdefault(target.id, []).append(node.value)
            elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple) and \
                    len(target.elts) == len(node.value.elts):
                for name, value in zip(target.elts, node.value.elts):
                    if isinstance(name, ast.Name):
                        bound.setdefault(name.id, []).append(value)
    return bound


def _subtracted(count: ast.expr) -> ast.expr | None:
    """The one term a window count subtracts (`W2 - Wd + 1`, `(H + 2 * pad - HH) // stride + 1`: the window's
    extent), where the count subtracts exactly one term."""
    subs = [n for n in ast.walk(count) if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub)]
    if len(subs) != 1 or not any(isinstance(n, ast.Constant) and n.value == 1 for n in ast.walk(count)):
        return None
    return subs[0].right


def window_extents_apart(source: str, function: str) -> list[WindowExtent]:
    """Windows sliced in a loop (`x[:, :, i:i + H, j:j + H]`) whose extent along an axis is written with another
    name than the one the loop over that axis's windows subtracts in its count (`for j in range(Wo)` with
    `Wo = W2 - Wd + 1`): the window is one size, the number of windows counted for another (the rows' extent
    copied to the columns). Whether the two names hold different numbers is for the caller."""
    fn = function_node(source, function)
    if fn is None:
        return []
    bound = _assignments(fn)
    windows = []  # (the slice's line, index, extent, counted, loop line, header, count)
    for loop in (n for n in ast.walk(fn) if isinstance(n, ast.For)):
        if not isinstance(loop.target, ast.Name) or not isinstance(loop.iter, ast.Call) or \
                not isinstance(loop.iter.func, ast.Name) or loop.iter.func.id != "range" or \
                not 1 <= len(loop.iter.args) <= 3:
            continue
        index, stop = loop.target.id, loop.iter.args[0 if len(loop.iter.args) == 1 else 1]
        count, said = stop, ast.unparse(stop)
        if isinstance(stop, ast.Name) and len(bound.get(stop.id, [])) == 1:
            count = bound[stop.id][0]
            said = f"{stop.id} = {ast.unparse(count)}"
        counted = _subtracted(count)
        if counted is None or isinstance(counted, ast.Constant):
            continue
        # the names the loop binds from its index (`hs = i * stride`): a window may start at one of them
        starts = {index} | {t.id for n in ast.walk(loop) if isinstance(n, ast.Assign) for t in n.targets
                            if isinstance(t, ast.Name) and any(isinstance(r, ast.Name) and r.id == index
                                                               for r in ast.walk(n.value))}
        for node in ast.walk(loop):
            if not isinstance(node, ast.Slice) or node.lower is None or not isinstance(node.upper, ast.BinOp) or \
                    not isinstance(node.upper.op, ast.Add) or \
                    ast.unparse(node.upper.left) != ast.unparse(node.lower) or \
                    not any(isinstance(r, ast.Name) and r.id in starts for r in ast.walk(node.lower)):
                continue
            windows.append((node.lineno, index, ast.unparse(node.upper.right), ast.unparse(counted), loop.lineno,
                            line_text(source, loop.lineno), said))
    found = []
    for line, index, extent, counted, loop_line, header, said in windows:
        if extent == counted:
            continue
        # the extents of the other axes' windows: the one of the two names that is another axis's was copied
        others = {name for w in windows if w[1] != index for name in (w[2], w[3])}
        copied = "extent" if extent in others and counted not in others else \
            "count" if counted in others and extent not in others else ""
        found.append(WindowExtent(line, index, extent, counted, loop_line, header, said, copied))
    return sorted(set(found))


def kept_across_calls(source: str, function: str) -> list[tuple[int, str, str]]:
    """What the function keeps from one call to the next outside its arguments: an attribute of the function itself
    it assigns (`train_and_predict.model = nn.Sequential(...)`) or a module global it rebinds (`global model`):
    (line, text, what is kept). A later call, given other data, finds what an earlier one made."""
    fn = function_node(source, function)
    if fn is None:
        return []
    declared = {name for n in ast.walk(fn) if isinstance(n, ast.Global) for name in n.names}
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            continue
        for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and \
                    target.value.id == function:
                found.append((node.lineno, line_text(source, node.lineno), f"{function}.{target.attr}"))
            elif isinstance(target, ast.Name) and target.id in declared:
                found.append((node.lineno, line_text(source, node.lineno), target.id))
    return sorted(set(found))


def _minus_one(node: ast.expr) -> bool:
    """node is `n - 1`."""
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(node.right, ast.Constant) \
        and node.right.value == 1


def slices_one_short(source: str, function: str) -> list[tuple[int, str, str]]:
    """Strided slices whose stop is the last index they mean to take, `start + step * (n - 1)`, which a slice
    excludes: they take n - 1 entries where n are meant (`x[i:i + stride * (Ho - 1):stride]`). (line, the line's
    text, the slice's text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Slice) or node.lower is None or node.step is None or \
                not isinstance(node.upper, ast.BinOp) or not isinstance(node.upper.op, ast.Add):
            continue
        start, step = ast.unparse(node.lower), ast.unparse(node.step)
        for first, other in ((node.upper.left, node.upper.right), (node.upper.right, node.upper.left)):
            if ast.unparse(first) != start or not isinstance(other, ast.BinOp) or not isinstance(other.op, ast.Mult):
                continue
            factors = (other.left, other.right)
            if any(ast.unparse(f) == step for f in factors) and any(_minus_one(f) for f in factors):
                found.append((node.lineno, line_text(source, node.lineno), ast.unparse(node)))
                break
    return sorted(set(found))


def unused_positions(source: str, function: str) -> list[tuple[int, str, str, str, list[str]]]:
    """Loops `for n, k in enumerate(...)` whose position `n` the body never reads, while it indexes the first axis
    of an array with the item `k` (`features[k]`): the item may stand where the position is meant. (the loop's
    line, its header, the position unused, the item, the subscripts that index with the item)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for loop in (n for n in ast.walk(fn) if isinstance(n, ast.For)):
        if not (isinstance(loop.iter, ast.Call) and isinstance(loop.iter.func, ast.Name) and
                loop.iter.func.id == "enumerate" and isinstance(loop.target, ast.Tuple) and
                len(loop.target.elts) == 2 and all(isinstance(t, ast.Name) for t in loop.target.elts)):
            continue
        position, item = (t.id for t in loop.target.elts)
        body = [n for statement in loop.body for n in ast.walk(statement)]
        if any(isinstance(n, ast.Name) and n.id == position and isinstance(n.ctx, ast.Load) for n in body):
            continue
        def first(index: ast.expr) -> ast.expr:  # the index along the first axis
            return index.elts[0] if isinstance(index, ast.Tuple) and index.elts else index
        indexed = sorted({ast.unparse(n) for n in body if isinstance(n, ast.Subscript) and
                          isinstance(first(n.slice), ast.Name) and first(n.slice).id == item})
        if indexed:
            found.append((loop.lineno, line_text(source, loop.lineno), position, item, indexed))
    return found


def _full_view(value: ast.expr, params: set[str]) -> str | None:
    """The parameter a value is a view of as a whole (`x[:]`, `x[...]`, `x.view()`, `np.asarray(x)`) or another
    name for (`grads = params`), or None."""
    if isinstance(value, ast.Name) and value.id in params:
        return value.id
    if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name) and value.value.id in params:
        index = value.slice
        if isinstance(index, ast.Slice) and index.lower is None and index.upper is None and index.step is None or \
                isinstance(index, ast.Constant) and index.value is Ellipsis:
            return value.value.id
    if isinstance(value, ast.Call) and not value.keywords:
        func = value.func
        if isinstance(func, ast.Attribute) and func.attr == "view" and not value.args and \
                isinstance(func.value, ast.Name) and func.value.id in params:
            return func.value.id
        if isinstance(func, ast.Attribute) and func.attr == "asarray" and isinstance(func.value, ast.Name) and \
                func.value.id in ("np", "numpy") and len(value.args) == 1 and isinstance(value.args[0], ast.Name) and \
                value.args[0].id in params:
            return value.args[0].id
    return None


def views_written(source: str, function: str) -> list[tuple[int, str, str, str, int, str]]:
    """A parameter's whole view taken as if it were a copy (`out = x[:]`, `x.view()`, `np.asarray(x)`), then written
    into in place (`out[flip] = ...`, `out *= ...`): the writes go into the caller's array. (the line that takes the
    view, its text, the local, the parameter, the first line that writes into it, its text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    given = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
    # (and the names a parameter is unpacked into, `x, params, a1 = cache`: the caller's objects too)
    unpacked = {t.id for node in ast.walk(fn) if isinstance(node, ast.Assign) and len(node.targets) == 1 and
                isinstance(node.targets[0], ast.Tuple) and isinstance(node.value, ast.Name) and node.value.id in given
                for t in node.targets[0].elts if isinstance(t, ast.Name)}
    params = given | unpacked
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
            continue
        param = _full_view(node.value, params)
        if param is None or isinstance(node.value, ast.Name) and param in given:
            continue  # (another name for a parameter itself is the grader's written_in_place check's to say)
        local = node.targets[0].id
        # (another name for a number, `lr = base_lr`, is rebound by `lr *= gamma`: only item writes are in place)
        alias = isinstance(node.value, ast.Name)
        writes = sorted(n.lineno for n in ast.walk(fn) if getattr(n, "lineno", 0) > node.lineno and (
            isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Subscript if alias else (ast.Name, ast.Subscript))
            and
            (n.target.id if isinstance(n.target, ast.Name) else getattr(n.target.value, "id", None)) == local or
            isinstance(n, ast.Assign) and any(isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and
                                              t.value.id == local for t in n.targets)))
        if writes:
            found.append((node.lineno, line_text(source, node.lineno), local, param, writes[0],
                          line_text(source, writes[0])))
    return sorted(set(found))


def _dict_like(fn: ast.FunctionDef, name: str) -> bool:
    """name is read as a dict in fn: indexed with a string (`params["W1"]`) or its items, keys or values taken."""
    for node in ast.walk(fn):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == name and \
                isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in ("items", "keys", "values") and isinstance(node.func.value, ast.Name) and \
                node.func.value.id == name:
            return True
    return False


def _shallow_copy_of(value: ast.expr, params: set[str]) -> str | None:
    """The parameter a value is a shallow copy of (`params.copy()`, `dict(params)`, `{**params}`,
    `copy.copy(params)`), or None."""
    if isinstance(value, ast.Call) and not value.keywords:
        func, args = value.func, value.args
        if isinstance(func, ast.Attribute) and func.attr == "copy" and not args and isinstance(func.value, ast.Name):
            return func.value.id if func.value.id in params else None
        if len(args) == 1 and isinstance(args[0], ast.Name) and args[0].id in params and (
                isinstance(func, ast.Name) and func.id == "dict" or
                isinstance(func, ast.Attribute) and func.attr == "copy" and isinstance(func.value, ast.Name) and
                func.value.id == "copy"):
            return args[0].id
    if isinstance(value, ast.Dict) and len(value.keys) == 1 and value.keys[0] is None and \
            isinstance(value.values[0], ast.Name) and value.values[0].id in params:
        return value.values[0].id
    return None


def shallow_copies_written(source: str, function: str) -> list[tuple[int, str, str, str, int, str]]:
    """A dict argument copied shallowly (`grads = params.copy()`), then an item of the copy written in place
    (`grads[name] *= reg`, `grads[k][0] = ...`): the copy holds the caller's arrays, so the writes go into them. (the
    line that copies, its text, the local, the parameter, the first line that writes into an item, its text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    params = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
            continue
        param, local = _shallow_copy_of(node.value, params), node.targets[0].id
        if param is None or not (_dict_like(fn, param) or _dict_like(fn, local)):
            continue  # (an array's .copy() is a whole copy)

        def item_of_local(t: ast.expr) -> bool:
            return isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == local

        # (`cfg["t"] += 1` counts: an item that is a number is rebound, not written into)
        writes = sorted(n.lineno for n in ast.walk(fn) if getattr(n, "lineno", 0) > node.lineno and (
            isinstance(n, ast.AugAssign) and not isinstance(n.value, ast.Constant) and
            (item_of_local(n.target) or isinstance(n.target, ast.Subscript) and item_of_local(n.target.value)) or
            isinstance(n, ast.Assign) and any(isinstance(t, ast.Subscript) and item_of_local(t.value)
                                              for t in n.targets)))
        if writes:
            found.append((node.lineno, line_text(source, node.lineno), local, param, writes[0],
                          line_text(source, writes[0])))
    return sorted(set(found))


def draws_without_generator(source: str, function: str) -> list[tuple[int, str]]:
    """The lines that draw random numbers from a global generator or a fresh one (`np.random.normal(...)`,
    `np.random.default_rng().normal(...)`, `torch.randn(...)`, `random.random()`): (line, text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            called = ast.unparse(node.func)
            if re.match(r"(?:np|numpy)\.random\.(?!seed\b|default_rng$|RandomState$)\w+|"
                        r"(?:np|numpy)\.random\.default_rng\(\)\.\w+|torch\.(?:rand|randn|randint|randperm|normal|"
                        r"bernoulli)$|random\.\w+$", called):
                found.append((node.lineno, line_text(source, node.lineno)))
    return sorted(set(found))


def data_written_in_training_loop(source: str, function: str) -> list[tuple[int, str, str, int]]:
    """An indexed assignment (`X[idx, :, r:r + 4] = 0`) inside a training loop (one that calls .backward()) into an
    array the loop reads batches from (`model(X[idx])`) and that the loop never binds afresh: the writes land in the
    data itself and pile up from pass to pass (an indexed read, X[idx], is a copy; an indexed write is not).
    (line, text, the array's name, the loop's first line)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for loop in ast.walk(fn):
        if not isinstance(loop, (ast.For, ast.While)):
            continue
        inside = [n for statement in loop.body for n in ast.walk(statement)]
        if not any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "backward"
                   for n in inside):
            continue
        bound = {t.id for n in inside if isinstance(n, (ast.Assign, ast.AugAssign, ast.For))
                 for target in (n.targets if isinstance(n, ast.Assign) else [n.target])
                 for t in ast.walk(target) if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)}
        read = {n.value.id for n in inside if isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Load) and
                isinstance(n.value, ast.Name)}
        for n in inside:  # (an update `params[k] -= lr * g` is no write into data; nor a dict's entry)
            for t in n.targets if isinstance(n, ast.Assign) else []:
                if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id in read and \
                        t.value.id not in bound and not (isinstance(t.slice, ast.Constant) and
                                                         isinstance(t.slice.value, str)):
                    found.append((n.lineno, line_text(source, n.lineno), t.value.id, loop.lineno))
    # (a write inside nested loops is said once, with the outermost loop that trains)
    first = {}
    for write in sorted(found):
        first.setdefault(write[0], write)
    return list(first.values())


def lazy_iterators_made_arrays(source: str, function: str) -> list[tuple[int, str, str]]:
    """`np.array(map(...))` (or of filter, zip, a generator expression): in Python 3 these are lazy iterators, and
    NumPy makes of one a 0-d array of dtype object holding it, not its items. (line, text, what is iterated)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and ast.unparse(node.func) in ("np.array", "numpy.array", "np.asarray",
                                                                     "numpy.asarray") and node.args:
            first = node.args[0]
            lazy = "a generator expression" if isinstance(first, ast.GeneratorExp) else \
                f"{first.func.id}(...)" if isinstance(first, ast.Call) and isinstance(first.func, ast.Name) and \
                first.func.id in ("map", "filter", "zip", "reversed") else None
            if lazy:
                found.append((node.lineno, line_text(source, node.lineno), lazy))
    return sorted(set(found))


def flips_of_every_axis(source: str, function: str) -> list[tuple[int, str]]:
    """`np.flip(a)` given no axis, which reverses every axis of a (an image batch's order, channels and rows, not
    only its columns): (line, text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    return sorted({(node.lineno, line_text(source, node.lineno)) for node in ast.walk(fn)
                   if isinstance(node, ast.Call) and ast.unparse(node.func) in ("np.flip", "numpy.flip") and
                   len(node.args) == 1 and not any(k.arg == "axis" for k in node.keywords)})


# methods and functions that change their argument in place and return None
_RETURN_NONE = {"append", "extend", "insert", "sort", "reverse", "update", "clear", "shuffle", "fill"}


def none_results_used(source: str, function: str) -> list[tuple[int, str, str]]:
    """The result of a call that changes something in place and returns None (`path = path.append(w)`, `return w,
    config.update(...)`, `order = rng.shuffle(order)`) bound to a name or returned: (line, text, the call)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for node in ast.walk(fn):
        values = [node.value] if isinstance(node, (ast.Assign, ast.Return)) and node.value is not None else []
        values += [e for v in values if isinstance(v, ast.Tuple) for e in v.elts]
        for value in values:
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
                    value.func.attr in _RETURN_NONE and not (value.func.attr == "update" and not value.args and
                                                             not value.keywords):
                found.append((node.lineno, line_text(source, node.lineno), ast.unparse(value.func)))
    return sorted(set(found))


def calls_of_itself(source: str, function: str) -> list[tuple[int, str]]:
    """The lines where a top-level function calls itself by its own name (recursion): (line, text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    return sorted({(node.lineno, line_text(source, node.lineno)) for node in ast.walk(fn)
                   if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == function})


def math_on_arrays(source: str, function: str) -> list[tuple[int, str]]:
    """The lines that call the math module's functions (math.exp, math.sqrt, math.log ...), which take one number:
    (line, text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    return sorted({(node.lineno, line_text(source, node.lineno)) for node in ast.walk(fn)
                   if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and
                   isinstance(node.func.value, ast.Name) and node.func.value.id == "math"})


_LOWER_FLOATS = ("float32", "float16", "half", "single")


def _names_lower_float(node: ast.expr) -> str | None:
    """The dtype a dtype expression names when it is a lower-precision float (`np.float32`, "float16"), or None."""
    name = node.attr if isinstance(node, ast.Attribute) else node.value if isinstance(node, ast.Constant) and \
        isinstance(node.value, str) else node.id if isinstance(node, ast.Name) else None
    return {"half": "float16", "single": "float32"}.get(name, name) if name in _LOWER_FLOATS else None


def lower_precision_casts(source: str, function: str) -> list[tuple[int, str, str]]:
    """The lines that make float32 (or float16) values: `.astype(np.float32)`, `np.float32(...)`,
    `dtype=np.float32` (line, text, the dtype named)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call):
            continue
        named = [_names_lower_float(k.value) for k in node.keywords if k.arg == "dtype"]
        if isinstance(node.func, ast.Attribute) and node.func.attr == "astype" and node.args:
            named.append(_names_lower_float(node.args[0]))
        if isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) and \
                node.func.value.id in ("np", "numpy"):
            named.append(_names_lower_float(node.func))
        for dtype in filter(None, named):
            found.append((node.lineno, line_text(source, node.lineno), dtype))
    return sorted(set(found))


def shapes_set_in_place(source: str, function: str) -> list[tuple[int, str, str]]:
    """An argument reshaped in place (`x.shape = (N, -1)`, `x.resize(...)`): the caller's array itself takes the
    new shape, so every later use of it (a cache, the caller's next call) sees the new shape. (line, text, the
    argument)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    params = {a.arg for a in fn.args.args + fn.args.kwonlyargs}
    found = []
    for node in ast.walk(fn):
        targets = node.targets if isinstance(node, ast.Assign) else []
        for t in targets:
            if isinstance(t, ast.Attribute) and t.attr == "shape" and isinstance(t.value, ast.Name) and \
                    t.value.id in params:
                found.append((node.lineno, line_text(source, node.lineno), t.value.id))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "resize" and \
                isinstance(node.func.value, ast.Name) and node.func.value.id in params:
            found.append((node.lineno, line_text(source, node.lineno), node.func.value.id))
    return sorted(set(found))


def strings_walked(source: str, function: str, key: str) -> list[tuple[int, str, str]]:
    """The loops that take each item of one of the function's parameters (`for act in activation`, or through
    zip/enumerate) and look their loop variable up as a key (`acts[act]`), where the key a lookup failed on is one
    character (KeyError: 't'): the parameter was a string (one name, 'tanh'), and the loop walked its characters.
    (line, the loop's header, the parameter)."""
    fn = function_node(source, function)
    if fn is None or len(key) != 1:
        return []
    # (a parameter the function indexes, grads[k], is a container walked by its keys, not a name)
    indexed = {n.value.id for n in ast.walk(fn) if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)}
    parameters = {a.arg for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs} - indexed

    def walked(iterable: ast.expr, target: ast.expr) -> list[tuple[str, str]]:
        """(parameter, loop variable) pairs the loop takes item by item."""
        if isinstance(iterable, ast.Name) and iterable.id in parameters and isinstance(target, ast.Name):
            return [(iterable.id, target.id)]
        if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Name) and isinstance(target, ast.Tuple):
            if iterable.func.id == "zip" and len(iterable.args) == len(target.elts):
                return [pair for arg, var in zip(iterable.args, target.elts) for pair in walked(arg, var)]
            if iterable.func.id == "enumerate" and iterable.args and len(target.elts) == 2:
                return walked(iterable.args[0], target.elts[1])
        return []

    found = []
    for loop in ast.walk(fn):
        if not isinstance(loop, (ast.For, ast.comprehension)):
            continue
        looked_up = {n.slice.id for n in ast.walk(loop if isinstance(loop, ast.For) else fn)
                     if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Name)}
        for parameter, variable in walked(loop.iter, loop.target):
            if variable in looked_up:
                line = loop.lineno if isinstance(loop, ast.For) else loop.iter.lineno
                found.append((line, line_text(source, line), parameter))
    return sorted(set(found))


def smoothing_of_one(source: str, function: str) -> list[tuple[int, str]]:
    """The calls given label_smoothing=True (a flag, which torch reads as 1.0) or a share of 1 or more: targets
    made uniform over the classes, which carry nothing of the labels. (line, text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    return sorted({(node.lineno, line_text(source, node.lineno)) for node in ast.walk(fn) if isinstance(node, ast.Call)
                   for k in node.keywords if k.arg == "label_smoothing" and isinstance(k.value, ast.Constant)
                   and (k.value.value is True or isinstance(k.value.value, (int, float)) and
                        not isinstance(k.value.value, bool) and k.value.value >= 1)})


def gradients_switched_off(source: str, function: str) -> list[tuple[int, str, bool]]:
    """The lines that switch a tensor's gradient off: `p.requires_grad = False`, `p.requires_grad_(False)`; and
    whether each reaches the whole model (inside a loop over `model.parameters()`, or `model.requires_grad_(False)`
    on a plain name) rather than a part of it (`model.features.parameters()`, one layer). (line, text, whole)."""
    fn = function_node(source, function)
    if fn is None:
        return []

    def whole_model(node: ast.expr) -> bool:  # `model.parameters()`, `model` a plain name
        return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr == "parameters" and isinstance(node.func.value, ast.Name)

    loops = [(loop, {id(n) for n in ast.walk(loop)}) for loop in ast.walk(fn)
             if isinstance(loop, ast.For) and whole_model(loop.iter)]
    models = {n.func.value.id for n in ast.walk(fn) if whole_model(n)}  # (the names whose parameters are taken)
    found = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and node.value.value is False and \
                any(isinstance(t, ast.Attribute) and t.attr == "requires_grad" for t in node.targets):
            found.add((node.lineno, line_text(source, node.lineno), any(id(node) in inside for _, inside in loops)))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr == "requires_grad_" and node.args and isinstance(node.args[0], ast.Constant) and \
                node.args[0].value is False:
            found.add((node.lineno, line_text(source, node.lineno), any(id(node) in inside for _, inside in loops)
                       or isinstance(node.func.value, ast.Name) and node.func.value.id in models))
    return sorted(found)


def _is_minus_one(node: ast.expr | None) -> bool:
    """The constant -1 (a slice's step that walks backwards)."""
    return isinstance(node, ast.Constant) and node.value == -1 or isinstance(node, ast.UnaryOp) and \
        isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant) and node.operand.value == 1


def reversed_views(source: str, function: str) -> list[tuple[int, str]]:
    """The lines that reverse an array as a view and keep it so (a slice of a name with step -1, np.flip, np.fliplr,
    np.flipud; not one copied at once: `.copy()`, np.ascontiguousarray, np.array): what torch cannot make a tensor
    of as it is (a negative stride). (line, text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    copied = {id(n) for node in ast.walk(fn) if isinstance(node, ast.Call) for n in
              ([node.func.value] if isinstance(node.func, ast.Attribute) and node.func.attr == "copy" else []) +
              (list(node.args) if isinstance(node.func, ast.Attribute) and node.func.attr in COPYING_CALLS else [])}
    found = set()
    for node in ast.walk(fn):
        if id(node) in copied:
            continue
        walks_back = isinstance(node, ast.Subscript) and isinstance(node.value, (ast.Name, ast.Attribute)) and any(
            isinstance(s, ast.Slice) and _is_minus_one(s.step)
            for s in (node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]))
        flipped = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr in ("flip", "fliplr", "flipud") and isinstance(node.func.value, ast.Name) and \
            node.func.value.id in ("np", "numpy")
        if walks_back or flipped:
            found.add((node.lineno, line_text(source, node.lineno)))
    return sorted(found)


COPYING_CALLS = ("ascontiguousarray", "array", "copy")  # np.<call>(view) makes a new array of it


def datasets_made(source: str, function: str) -> list[tuple[int, str]]:
    """The line that pairs tensors in a TensorDataset, where the function has one such line (of several, which
    paired the wrong tensors is not told). (line, text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    made = {(node.lineno, line_text(source, node.lineno)) for node in ast.walk(fn) if isinstance(node, ast.Call)
            and (getattr(node.func, "attr", None) or getattr(node.func, "id", None)) == "TensorDataset"}
    return sorted(made) if len(made) == 1 else []


def _stored_names(node: ast.AST) -> set[str]:
    """The names node binds anywhere inside it (assignments, loop targets, with ... as)."""
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


def _loaded_names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def _items_of(iterable: ast.expr) -> str:
    """What a loop goes over, as code, whatever view of a dict it takes (`params.items()`, `params.keys()`,
    `params`: params)."""
    if isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute) and not iterable.args and \
            iterable.func.attr in ("items", "keys", "values"):
        iterable = iterable.func.value
    return ast.dump(iterable)


def _size_read(value: ast.expr) -> bool:
    """value reads a size (`.shape`, `.size`, `len(...)`, `.ndim`), alike for many items."""
    return any(isinstance(n, ast.Attribute) and n.attr in ("shape", "size", "ndim") or
               isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "len" for n in ast.walk(value))


def last_pass_values(source: str, function: str) -> list[tuple[int, str, str, int, str, int, str]]:
    """A value set anew on every pass of one loop from that pass's item, and read in a later loop over the same items
    that never sets it (`for k, W in params.items(): ratio = update_ratio(W, grads[k], lr)`, then `for k, W in
    params.items(): stats[k] = [..., ratio]`): every pass of the later loop reads the earlier loop's last value.
    (line, text, name, the first loop's line, its header, the later loop's line, its header.) Not a value that adds
    to itself (an accumulator: its last value is the total), nor one set in the later loop too. The later loop may
    be a comprehension (`{k: [..., ratio] for k in params}`)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    blocks = [n.body for n in ast.walk(fn) if isinstance(getattr(n, "body", None), list)] + \
        [n.orelse for n in ast.walk(fn) if isinstance(getattr(n, "orelse", None), list)]
    for block in blocks:
        for i, first in enumerate(block):
            if not isinstance(first, ast.For):
                continue
            # the later loops over the same items: a for statement of the block, or a comprehension in one
            later_loops = [(j, s, s.iter) for j, s in enumerate(block) if j > i and isinstance(s, ast.For)] + \
                [(j, c, c.generators[0].iter) for j, s in enumerate(block) if j > i for c in ast.walk(s)
                 if isinstance(c, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))]
            for j, later, iterable in later_loops:
                if _items_of(first.iter) != _items_of(iterable):
                    continue
                items = _stored_names(first.target)
                set_later = set().union(*(_stored_names(s) for s in block[i + 1:j + 1]))
                read_later = _loaded_names(later)
                for statement in first.body:
                    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1 or \
                            not isinstance(statement.targets[0], ast.Name):
                        continue
                    name = statement.targets[0].id
                    reads = _loaded_names(statement.value)
                    if name in reads or not reads & items or name in set_later or name not in read_later or \
                            sum(name in _stored_names(s) for s in first.body) != 1 or \
                            any(isinstance(n, ast.Break) for n in ast.walk(first)) or _size_read(statement.value):
                        continue  # (a loop left by a break keeps the value it looked for; a size is the same for all)
                    text = ast.get_source_segment(source, statement) or line_text(source, statement.lineno)
                    found.append((statement.lineno, text, name, first.lineno, line_text(source, first.lineno),
                                  later.lineno, line_text(source, later.lineno)))
    return sorted(found)


def _dotted(node: ast.expr) -> str:
    """`torch.optim.Adam` for that attribute chain; "" for anything but names and attributes."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else ""
    return ""


def _number(node: ast.expr) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


def numbers_written(source: str, function: str) -> list[float]:
    """Every number the function writes as it is (a literal int or float, not a flag)."""
    fn = function_node(source, function)
    return [] if fn is None else [float(n.value) for n in ast.walk(fn) if isinstance(n, ast.Constant) and _number(n)]


def scaling_numbers(source: str, function: str) -> list[tuple[int, str, float]]:
    """The numbers the function writes as an operand of * or / (`100.0 * step`, `x /= 255`): a scale, not a count,
    a seed, a bound or an exponent. (line, the number as written, its value)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    operands = [side for n in ast.walk(fn) if isinstance(n, (ast.BinOp, ast.AugAssign)) and
                isinstance(n.op, (ast.Mult, ast.Div)) for side in
                ((n.left, n.right) if isinstance(n, ast.BinOp) else (n.value,))]
    return [(n.lineno, ast.get_source_segment(source, n) or repr(n.value), float(n.value)) for n in operands
            if isinstance(n, ast.Constant) and _number(n)]


def optimizer_settings_by_position(source: str, function: str) -> list[tuple[int, str, str, str, str, str]]:
    """A torch optimizer built with a number given by position where its signature has a pair
    (`torch.optim.Adam(model.parameters(), 3e-3, 0.9)`: Adam's third parameter is betas, not a momentum as SGD's):
    (line, text, the optimizer, the parameter, the number as written, the parameter's default)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    calls = [n for n in ast.walk(fn) if isinstance(n, ast.Call) and ".optim." in f".{_dotted(n.func)}"
             and len(n.args) >= 3 and any(_number(a) for a in n.args[2:])]
    if not calls:
        return []
    try:
        import inspect

        import torch.optim
    except Exception:  # noqa: BLE001 - without torch there is no signature to read
        return []
    found = []
    for call in calls:
        name = _dotted(call.func).rsplit(".", 1)[-1]
        optimizer = getattr(torch.optim, name, None)
        if not isinstance(optimizer, type):
            continue
        try:
            parameters = [p for p in inspect.signature(optimizer.__init__).parameters.values() if p.name != "self"]
        except (TypeError, ValueError):
            continue
        for arg, parameter in zip(call.args, parameters):
            if _number(arg) and isinstance(parameter.default, tuple) and \
                    parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
                text = ast.get_source_segment(source, call) or line_text(source, call.lineno)
                found.append((call.lineno, text, name, parameter.name, ast.unparse(arg), repr(parameter.default)))
                break
    return sorted(found)


def _updates(node: ast.AST, name: str) -> bool:
    """node changes name from its own value: `W -= ...`, `W[...] += ...`, `W = W - ...`."""
    if isinstance(node, ast.AugAssign):
        return _accumulates(node, name)
    return isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and \
        node.targets[0].id == name and name in _loaded_names(node.value)


def parameters_reset_each_pass(source: str, function: str) -> list[tuple[int, str, str, int, str, int]]:
    """Values made afresh (np.zeros, ...) at the start of every pass of a loop that an inner loop then updates from
    their own values (`for epoch ...: W = np.zeros(...)`, then `for start ...: W -= lr * grad`), read after the outer
    loop and nowhere in it past the inner one: each pass starts again from scratch, so what is read after holds the
    last pass's work alone (one epoch of training). (line, text, name, the outer loop's line, its header, the line
    that updates it.) Not where a pass reads the value after its updates (one run per setting, scored in the pass)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for outer in (n for n in ast.walk(fn) if isinstance(n, (ast.For, ast.While))):
        end = outer.end_lineno or outer.lineno
        for k, statement in enumerate(outer.body):
            if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
                continue
            target, value = statement.targets[0], statement.value
            pairs = list(zip(target.elts, value.elts)) if isinstance(target, ast.Tuple) and \
                isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts) else [(target, value)]
            for target, value in pairs:
                # (an array made anew, np.zeros(...): a number reset each pass, `epoch_loss = 0.0`, is a pass's own)
                if not isinstance(target, ast.Name) or not _fresh(value) or not isinstance(value, ast.Call):
                    continue
                name = target.id
                inner = next((s for s in outer.body[k + 1:] if isinstance(s, (ast.For, ast.While)) and
                              any(_updates(n, name) for n in ast.walk(s))), None)
                if inner is None:
                    continue
                past = [s for s in outer.body if s.lineno > (inner.end_lineno or inner.lineno)]
                read_after = [n for n in ast.walk(fn) if isinstance(n, ast.Name) and n.id == name and
                              isinstance(n.ctx, ast.Load) and n.lineno > end]
                if any(name in _loaded_names(s) for s in past) or not read_after:
                    continue
                update = next(n for n in ast.walk(inner) if _updates(n, name))
                text = ast.get_source_segment(source, statement) or line_text(source, statement.lineno)
                found.append((statement.lineno, text, name, outer.lineno, line_text(source, outer.lineno),
                              update.lineno))
    return sorted(found)


DROPOUT_AS_KEEP = 0.75  # a share dropped this large is a keep probability written where torch asks the drop's


def dropouts_as_keep(source: str, function: str) -> list[tuple[int, str, float]]:
    """Dropout layers or calls given a share of 0.75 or more (`nn.Dropout(0.9)`, `F.dropout(h, p=0.8)`): torch's p is
    the probability of zeroing an input, where the course's dropout (CS231n's) takes the probability of keeping it;
    written as a keep probability, it zeroes most of the inputs at every training step. (line, text, p)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = set()
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call):
            continue
        dotted = _dotted(node.func)
        name = dotted.rsplit(".", 1)[-1]
        if name not in ("Dropout", "Dropout1d", "Dropout2d", "Dropout3d", "dropout", "dropout2d") or \
                "." not in dotted or name[0] == "d" and not dotted.startswith(("F.", "torch.", "nn.functional.")):
            continue  # (a function of the student's own, `dropout(x, p)`, may take the keep probability as meant)
        given = next((k.value for k in node.keywords if k.arg == "p"), None)
        if given is None:  # (nn.Dropout(p), F.dropout(input, p))
            position = 0 if name[0] == "D" else 1
            given = node.args[position] if len(node.args) > position else None
        if isinstance(given, ast.Constant) and type(given.value) is float and DROPOUT_AS_KEEP <= given.value < 1:
            found.add((node.lineno, ast.get_source_segment(source, node) or line_text(source, node.lineno),
                       given.value))
    return sorted(found)


def _loops_around(fn: ast.FunctionDef) -> dict[int, list[ast.For | ast.While]]:
    """For each node of fn (by id), the loops it is inside, outermost first (not counting nested definitions)."""
    around: dict[int, list[ast.For | ast.While]] = {}

    def visit(node: ast.AST, loops: list[ast.For | ast.While]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                continue
            around[id(child)] = loops
            visit(child, [*loops, child] if isinstance(child, (ast.For, ast.While)) else loops)

    visit(fn, [])
    return around


_LOSS_WORDS = frozenset({"loss", "losses", "cost", "nll", "ce"})
_ACCURACY_WORDS = frozenset({"acc", "accuracy", "correct"})


def _batch_value(node: ast.expr) -> str | None:
    """What a compared expression reads of a training batch: "loss" (a name or attribute with the word loss, as a
    whole word of its snake_case, or a `.item()` of one, or of any tensor), "accuracy" (acc, accuracy), else None;
    None too for a count (len(...))."""
    words: set[str] = set()
    for part in ast.walk(node):
        if isinstance(part, ast.Call) and _dotted(part.func) == "len":
            return None
        name = part.id if isinstance(part, ast.Name) else part.attr if isinstance(part, ast.Attribute) else ""
        words |= set(name.lower().split("_"))
    if words & _ACCURACY_WORDS:
        return "accuracy"
    if words & _LOSS_WORDS or "item" in words:
        return "loss"
    return None


def _passes_threshold(compare: ast.Compare) -> tuple[str, float] | None:
    """A loss compared to be below a number, or an accuracy to be above one (`loss.item() < 0.5`, `0.98 <= acc`):
    (what is compared, the number); None for the other direction (a divergence guard) or anything else."""
    left, op, right = compare.left, compare.ops[0], compare.comparators[0]
    if _number(left) == _number(right):
        return None
    value, number = (left, right) if _number(right) else (right, left)
    below = isinstance(op, (ast.Lt, ast.LtE)) if value is left else isinstance(op, (ast.Gt, ast.GtE))
    above = isinstance(op, (ast.Gt, ast.GtE)) if value is left else isinstance(op, (ast.Lt, ast.LtE))
    kind = _batch_value(value)
    if kind == "loss" and below or kind == "accuracy" and above:
        return kind, float(ast.literal_eval(number))
    return None


def _whole_number_of(fn: ast.FunctionDef, node: ast.expr) -> int | None:
    """The whole number node is: a literal, or a name the function sets once, to a literal (`epochs = 15`, or
    `epochs, batch = 15, 64`); else None."""
    if isinstance(node, ast.Constant):
        return node.value if type(node.value) is int else None
    if not isinstance(node, ast.Name):
        return None
    values: list[ast.expr | None] = []  # what each statement setting the name sets it to (None: not known)
    for statement in ast.walk(fn):
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                if isinstance(target, ast.Name) and target.id == node.id:
                    values.append(statement.value)
                elif isinstance(target, ast.Tuple) and \
                        node.id in {t.id for t in target.elts if isinstance(t, ast.Name)}:
                    paired = isinstance(statement.value, ast.Tuple) and len(statement.value.elts) == len(target.elts)
                    values += [v if paired else None for t, v in zip(target.elts, getattr(statement.value, "elts",
                               [None] * len(target.elts))) if isinstance(t, ast.Name) and t.id == node.id]
        elif isinstance(statement, (ast.AugAssign, ast.AnnAssign, ast.For)) and \
                node.id in {t.id for t in ast.walk(statement.target) if isinstance(t, ast.Name)}:
            values.append(None)
    if len(values) != 1 or not isinstance(values[0], ast.Constant) or type(values[0].value) is not int:
        return None
    return values[0].value


def breaks_on_a_batch(source: str, function: str) -> list[tuple[int, str, int, int | None, bool, str, float]]:
    """A test inside the innermost of two or more nested loops (the loop over a pass's batches) that compares a
    batch's loss or accuracy with a number and leaves the training on it (`if loss.item() < 0.5: break`, or a flag
    set and a break): one batch's value is noisy, so an easy batch ends the training early. (the test's line, its
    text, the line of the break or return, the count of the outermost loop's range(K) where a number, else None,
    whether it leaves the whole training (a return, or a flag the outer loop breaks on) or the pass only, "loss" or
    "accuracy", the threshold.) Not a stop read once a pass (a validation set's accuracy, outside the loop over
    batches), nor a guard the other way (a loss above a number: divergence), nor a count of steps."""
    fn = function_node(source, function)
    if fn is None:
        return []
    around = _loops_around(fn)
    found = []
    for node in ast.walk(fn):
        loops = around.get(id(node), [])
        if not isinstance(node, ast.If) or len(loops) < 2:
            continue
        threshold = next((t for c in ast.walk(node.test) if isinstance(c, ast.Compare) and len(c.comparators) == 1
                          and (t := _passes_threshold(c)) is not None), None)
        if threshold is None:
            continue
        leave = next((n for s in node.body for n in ast.walk(s) if isinstance(n, (ast.Break, ast.Return))
                      and around.get(id(n), []) == loops), None)
        if leave is None:
            continue
        # the whole training left: a return, or a break beside a flag an outer loop's `if flag: break` reads
        flags = {t.id for s in node.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)}
        whole = isinstance(leave, ast.Return) or any(
            isinstance(n, ast.If) and isinstance(n.test, ast.Name) and n.test.id in flags and
            any(isinstance(b, ast.Break) for b in n.body) for n in ast.walk(loops[0]))
        outer = loops[0]
        count = None
        if isinstance(outer, ast.For) and isinstance(outer.iter, ast.Call) and _dotted(outer.iter.func) == "range" \
                and len(outer.iter.args) == 1:
            count = _whole_number_of(fn, outer.iter.args[0])
        text = " ".join((ast.get_source_segment(source, node.test) or "").split())
        found.append((node.lineno, f"if {text}:", leave.lineno, count, whole, *threshold))
    return sorted(found)


# Python's words for a local read before any statement bound it (3.11: the first; before: the second)
UNBOUND_LOCAL = re.compile(r"cannot access local variable '(\w+)' where it is not associated with a value|"
                           r"local variable '(\w+)' referenced before assignment")


def _binds(node: ast.AST, name: str) -> bool:
    """The statement node binds the local `name` itself (an assignment, a loop's or a with's target, a walrus, an
    except's name, an import), not only inside statements nested in it."""
    if isinstance(node, ast.Assign):
        targets: list[ast.AST] = list(node.targets)
    elif isinstance(node, (ast.AugAssign, ast.For, ast.AsyncFor, ast.NamedExpr)):
        targets = [node.target]
    elif isinstance(node, ast.AnnAssign):
        targets = [node.target] if node.value is not None else []
    elif isinstance(node, (ast.With, ast.AsyncWith)):
        targets = [item.optional_vars for item in node.items if item.optional_vars is not None]
    elif isinstance(node, ast.ExceptHandler):
        return node.name == name
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        return any((alias.asname or alias.name.split(".")[0]) == name for alias in node.names)
    else:
        return False
    return any(isinstance(t, ast.Name) and t.id == name for target in targets for t in ast.walk(target))


def bound_only_under_conditions(source: str, function: str, name: str) -> list[tuple[int, int, str]]:
    """Where every statement that binds the local `name` in the function sits under an `if` branch that an `if` of
    the function's does not take on every path, the bindings with their condition: (the binding's line, the if's
    line, `if test:` for a binding in its body, `if not (test):` for one in its else). A read that raises
    UnboundLocalError then comes of a condition that did not hold (an `if pad > 0:` for the padded copy, with pad 0).
    [] where a binding runs on every path: at the function's own level, in a loop or a try, or in both branches of
    one if (the read came before it)."""
    fn = function_node(source, function)
    if fn is None:
        return []

    def always_binds(statements: list[ast.stmt]) -> bool:
        """The statements bind the name on every path through them (directly, in a with's body, or in both
        branches of an if; not in a loop that may not run)."""
        return any(_binds(s, name) or isinstance(s, (ast.With, ast.AsyncWith)) and always_binds(s.body) or
                   isinstance(s, ast.If) and always_binds(s.body) and always_binds(s.orelse) for s in statements)

    guard: dict[int, tuple[ast.If, bool]] = {}  # a node (by id) -> the innermost if branch it is in (if, in body)

    def visit(node: ast.AST, under: tuple[ast.If, bool] | None) -> None:
        for field, value in ast.iter_fields(node):
            children = value if isinstance(value, list) else [value]
            for child in children:
                if not isinstance(child, ast.AST) or \
                        isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                    continue
                here = (node, field == "body") if isinstance(node, ast.If) and field in ("body", "orelse") else under
                if here is not None:
                    guard[id(child)] = here
                visit(child, here)

    visit(fn, None)
    found = []
    for node in ast.walk(fn):
        if not _binds(node, name):
            continue
        branch = guard.get(id(node))
        if branch is None:
            return []  # bound on a path no condition guards
        condition, in_body = branch
        if always_binds(condition.body) and always_binds(condition.orelse):
            return []  # both branches bind it: set on every path through that if (read before it?)
        text = " ".join((ast.get_source_segment(source, condition.test) or "").split())
        found.append((node.lineno, condition.lineno, f"if {text}:" if in_body else f"if not ({text}):"))
    return sorted(found)


# (a 1-D pooling of the (N, features) matrix a flatten made pools each row: it keeps the batch)
_POOLINGS = frozenset({"AdaptiveAvgPool2d", "AdaptiveMaxPool2d", "AvgPool2d", "MaxPool2d"})


def pooled_after_flatten(source: str) -> list[tuple[int, str]]:
    """The pooling layers listed after an nn.Flatten in one nn.Sequential(...) of the module: (line, text of the
    pooling). A pooling given the (N, features) matrix a flatten made reads the batch as one map's rows."""
    tree = module_tree(source)
    if tree is None:
        return []
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _dotted(node.func).split(".")[-1] == "Sequential"):
            continue
        layers = [_dotted(a.func).split(".")[-1] if isinstance(a, ast.Call) else "" for a in node.args]
        if "Flatten" in layers:
            first = layers.index("Flatten")
            found += [(a.lineno, ast.get_source_segment(source, a) or "") for a, name in
                      zip(node.args[first + 1:], layers[first + 1:], strict=True) if name in _POOLINGS]
    return sorted(found)


def batch_sizes_written(source: str, function: str) -> set[int]:
    """The batch sizes the function writes as numbers (or names set once to one): `.split(64)`, `batch_size=64`, the
    step of `range(0, n, 64)`."""
    fn = function_node(source, function)
    if fn is None:
        return set()
    found: set[int] = set()
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call):
            continue
        dotted = _dotted(node.func)
        given = [k.value for k in node.keywords if k.arg == "batch_size"]
        if isinstance(node.func, ast.Attribute) and node.func.attr == "split" and node.args and \
                not isinstance(node.func.value, ast.Constant):
            given.append(node.args[0])  # (tensor.split(64); not "a,b".split(","))
        if dotted == "range" and len(node.args) == 3:
            given.append(node.args[2])
        if dotted == "torch.split" and len(node.args) >= 2:
            given.append(node.args[1])  # (torch.split(idx, 64); NumPy's take a count of pieces)
        found |= {k for g in given if (k := _whole_number_of(fn, g)) is not None and k > 1}
    return found


def reductions_of_leading_axes(source: str, function: str) -> list[tuple[int, str, tuple[int, ...]]]:
    """Means, sums and maxima the forward() of a model class (one of the module's, or one the function defines)
    takes over axis 0 or 1 of a tensor, given as dim= or axis= with a tuple or a number (`x.mean(dim=(1, 2))`): for
    (N, C, H, W) maps, the examples or the channels averaged away. Not the function's own (a normalization of the
    data, an accuracy's argmax). (line, text, which of axes 0 and 1 it reduces)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    tree = module_tree(source)
    classes = [c for c in [*tree.body, *ast.walk(fn)] if isinstance(c, ast.ClassDef)]
    forwards = [f for c in classes for f in c.body if isinstance(f, ast.FunctionDef) and f.name == "forward"]
    found = set()
    for node in (n for f in forwards for n in ast.walk(f)):
        if not isinstance(node, ast.Call) or _dotted(node.func).rsplit(".", 1)[-1] not in (
                "mean", "sum", "amax", "max", "amin", "min", "logsumexp"):
            continue
        dims = next((k.value for k in node.keywords if k.arg in ("dim", "axis")), None)
        values = dims.elts if isinstance(dims, ast.Tuple) else [dims] if dims is not None else []
        leading = tuple(sorted({v.value for v in values if isinstance(v, ast.Constant) and type(v.value) is int
                                and v.value in (0, 1)}))
        if leading:
            found.add((node.lineno, ast.get_source_segment(source, node) or line_text(source, node.lineno), leading))
    return sorted(found)


ADAM_FAMILY = frozenset({"Adam", "AdamW", "NAdam", "RAdam", "Adamax", "SparseAdam"})


def betas_reversed(source: str, function: str) -> list[tuple[int, str, float, float]]:
    """An Adam-family optimizer given betas whose first exceeds its second (`betas=(0.999, 0.9)`): beta1 is the
    decay of the mean of the gradients, usually 0.9, and beta2 that of their squares, usually 0.999; written the
    other way round, the steps follow a mean over about a thousand steps and are scaled by one over about ten.
    (line, text, beta1, beta2)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = set()
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call) or _dotted(node.func).rsplit(".", 1)[-1] not in ADAM_FAMILY:
            continue
        given = next((k.value for k in node.keywords if k.arg == "betas"), None)
        if given is None and len(node.args) > 2:
            given = node.args[2]
        if isinstance(given, (ast.Tuple, ast.List)) and len(given.elts) == 2 and all(_number(v) for v in given.elts):
            b1, b2 = (float(ast.literal_eval(v)) for v in given.elts)
            if 0 < b2 < b1 < 1:
                found.add((node.lineno, ast.get_source_segment(source, node) or line_text(source, node.lineno), b1,
                           b2))
    return sorted(found)


def rows_iterated_one_by_one(source: str, function: str) -> list[tuple[int, str, str]]:
    """A loop over an array or tensor itself, or a zip of them (`for xb, yb in zip(X[perm], y[perm]):`), whose item
    the body hands to a call as its first argument (`model(xb)`): each item is one row without the batch axis, an
    image (C, H, W) where the layers take (N, C, H, W). (the loop's line, its header, the item's name). Not a loop
    over batches (.split(...), a DataLoader, range(...)), whose items keep their batch axis."""
    fn = function_node(source, function)
    if fn is None:
        return []

    # names bound to what is not an array of rows: a loader, batches made by a call, a list, a generator
    made = {t.id for n in ast.walk(fn) if isinstance(n, ast.Assign) and (
        isinstance(n.value, ast.Call) and not _dotted(n.value.func).startswith(("torch.tensor", "torch.as_tensor",
                                                                               "torch.from_numpy", "np."))
        or isinstance(n.value, (ast.List, ast.ListComp, ast.GeneratorExp, ast.Tuple, ast.Dict)))
        for t in n.targets if isinstance(t, ast.Name)}
    def tensor_made(e: ast.expr) -> bool:  # torch.tensor(X_train), and a method chain on it (.float(), .to(...))
        return isinstance(e, ast.Call) and (_dotted(e.func) in ("torch.tensor", "torch.as_tensor", "torch.from_numpy")
                                            or isinstance(e.func, ast.Attribute) and tensor_made(e.func.value))

    tensors = set()
    for n in (n for n in ast.walk(fn) if isinstance(n, ast.Assign) and len(n.targets) == 1):
        target = n.targets[0]
        pairs = list(zip(target.elts, n.value.elts)) if isinstance(target, ast.Tuple) and \
            isinstance(n.value, ast.Tuple) and len(target.elts) == len(n.value.elts) else [(target, n.value)]
        tensors |= {t.id for t, e in pairs if isinstance(t, ast.Name) and tensor_made(e)}
    params = {a.arg for a in fn.args.args}

    def rows_of(node: ast.expr) -> bool:  # an array or tensor itself, or an indexing of one (X, X[perm])
        base = node.value if isinstance(node, ast.Subscript) else node
        return isinstance(base, ast.Name) and base.id not in made - tensors and (
            base.id in tensors or base.id in params or isinstance(node, ast.Subscript))

    found = []
    for loop in (n for n in ast.walk(fn) if isinstance(n, ast.For)):
        it = loop.iter
        sources = it.args if isinstance(it, ast.Call) and _dotted(it.func) == "zip" else [it]
        if not sources or not all(rows_of(s) for s in sources):
            continue
        items = [t.id for t in (loop.target.elts if isinstance(loop.target, ast.Tuple) else [loop.target])
                 if isinstance(t, ast.Name)]
        handed = next((a.id for n in ast.walk(loop) if isinstance(n, ast.Call) and n.args
                       for a in n.args[:1] if isinstance(a, ast.Name) and a.id in items[:1]), None)
        if handed is not None:
            found.append((loop.lineno, line_text(source, loop.lineno), handed))
    return found


def pads_of_every_axis(source: str, function: str) -> list[tuple[int, str, str, int]]:
    """np.pad(x, p) with one width for all axes, where the function unpacks x.shape into three names or more
    (`N, C, H, W = x.shape`): NumPy pads every axis by p, the batch and the channels too, where the spatial axes
    alone are meant. (line, text, the array's name, how many axes the code unpacks)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    axes = {n.value.value.id: len(n.targets[0].elts) for n in ast.walk(fn)
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Tuple)
            and len(n.targets[0].elts) >= 3 and isinstance(n.value, ast.Attribute) and n.value.attr == "shape"
            and isinstance(n.value.value, ast.Name)}
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call) or _dotted(node.func) not in ("np.pad", "numpy.pad") or len(node.args) < 2:
            continue
        array, width = node.args[0], node.args[1]
        if isinstance(array, ast.Name) and array.id in axes and \
                isinstance(width, (ast.Name, ast.Constant, ast.BinOp)) and \
                not (isinstance(width, ast.Constant) and not isinstance(width.value, int)):
            found.append((node.lineno, ast.get_source_segment(source, node) or line_text(source, node.lineno),
                          array.id, axes[array.id]))
    return found


def flags_compared_with_text(source: str, function: str) -> list[tuple[int, str, str, bool, bool]]:
    """A parameter whose default is True or False compared with a string (`if normalize == "standardize":`): a
    flag never equals a string, so the test is False (== , is) or True (!=, is not) on every call, whatever the flag
    says. (line, the comparison's text, the parameter, its default, whether it tests for equality: == or is)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    positional = fn.args.posonlyargs + fn.args.args
    defaults = dict(zip([a.arg for a in positional][len(positional) - len(fn.args.defaults):], fn.args.defaults))
    defaults |= {a.arg: d for a, d in zip(fn.args.kwonlyargs, fn.args.kw_defaults) if d is not None}
    flags = {name: d.value for name, d in defaults.items() if isinstance(d, ast.Constant) and type(d.value) is bool}
    rebound = _stored_names(fn)
    found = set()
    for node in ast.walk(fn):
        if not isinstance(node, ast.Compare) or len(node.ops) != 1 or \
                not isinstance(node.ops[0], (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)):
            continue
        sides = (node.left, node.comparators[0])
        names = [s.id for s in sides if isinstance(s, ast.Name) and s.id in flags and s.id not in rebound]
        if names and any(isinstance(s, ast.Constant) and isinstance(s.value, str) for s in sides):
            found.add((node.lineno, " ".join((ast.get_source_segment(source, node) or "").split()), names[0],
                       flags[names[0]], isinstance(node.ops[0], (ast.Eq, ast.Is))))
    return sorted(found)


def _counts_from_zero(loop: ast.For) -> str | None:
    """The loop's index that starts at 0: `for i in range(n)`, `range(0, n)`, `for i, w in enumerate(ws)`; else
    None."""
    it, target = loop.iter, loop.target
    if not isinstance(it, ast.Call):
        return None
    if _dotted(it.func) == "range" and isinstance(target, ast.Name) and not it.keywords and \
            not any(isinstance(a, ast.Starred) for a in it.args) and \
            (len(it.args) == 1 or len(it.args) in (2, 3) and isinstance(it.args[0], ast.Constant) and
             it.args[0].value == 0):
        return target.id
    if _dotted(it.func) == "enumerate" and len(it.args) == 1 and not it.keywords and \
            isinstance(target, ast.Tuple) and target.elts and isinstance(target.elts[0], ast.Name):
        return target.elts[0].id
    return None


def indices_before_the_first(source: str, function: str) -> list[tuple[int, str, str, int]]:
    """`seq[i - 1]` inside a loop whose index i starts at 0 (`for i in range(L):`), not under a test of i: on the
    first pass i - 1 is -1, which Python reads as the last entry, so the first pass takes the last entry and every
    later pass the one before its own (no error where they have one shape). (line, the subscript's text, the index,
    the loop's line)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = set()
    for loop in (n for n in ast.walk(fn) if isinstance(n, ast.For)):
        index = _counts_from_zero(loop)
        if index is None:
            continue

        def mentions(node: ast.AST) -> bool:
            return any(isinstance(n, ast.Name) and n.id == index for n in ast.walk(node))

        # arrays the loop writes into: `v[t] = beta * v[t - 1] + g` reads at t = 0 the last entry not yet written
        # (zeros as allocated): a recurrence that may be meant
        written = {_dotted(n.value) for n in ast.walk(loop) if isinstance(n, ast.Subscript)
                   and isinstance(n.ctx, ast.Store)}

        def visit(node: ast.AST) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)) or \
                        isinstance(child, (ast.If, ast.IfExp, ast.While)) and mentions(child.test) or \
                        isinstance(child, ast.BoolOp) and any(isinstance(v, ast.Compare) and mentions(v)
                                                              for v in child.values):
                    continue  # (a guard on the index: `if i > 0:`, `w[i - 1] if i else w0`, `i > 0 and w[i - 1]`)
                if isinstance(child, ast.For) and mentions(child.target):
                    continue  # (the index bound anew)
                if isinstance(child, ast.Subscript):
                    parts = child.slice.elts if isinstance(child.slice, ast.Tuple) else [child.slice]
                    if _dotted(child.value) not in written and any(
                            isinstance(p, ast.BinOp) and isinstance(p.op, ast.Sub) and isinstance(p.left, ast.Name)
                            and p.left.id == index and isinstance(p.right, ast.Constant) and p.right.value == 1
                            for p in parts):
                        found.add((child.lineno, ast.get_source_segment(source, child) or "", index, loop.lineno))
                visit(child)

        for statement in loop.body:
            if isinstance(statement, ast.If) and mentions(statement.test) and \
                    any(isinstance(s, (ast.Continue, ast.Break)) for s in statement.body):
                break  # (`if i == 0: continue` first: the first pass is skipped)
            if isinstance(statement, (ast.If, ast.While)) and mentions(statement.test):
                continue
            visit(ast.Module(body=[statement], type_ignores=[]))
    return sorted(found)


def einsum_calls(source: str, function: str) -> list[tuple[int, str, str]]:
    """The einsum calls (np.einsum, torch.einsum, any `einsum`) of the function whose subscripts are a string
    written in the call: (line, text, subscripts without spaces)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    return sorted((node.lineno, " ".join((ast.get_source_segment(source, node) or "").split()),
                   node.args[0].value.replace(" ", ""))
                  for node in ast.walk(fn) if isinstance(node, ast.Call) and
                  _dotted(node.func).rsplit(".", 1)[-1] == "einsum" and node.args and
                  isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))


def writes_overwritten_each_pass(source: str, function: str) -> list[tuple[int, str, str, str, int]]:
    """`dx[n, :, rows, cols] = w[f] * dout[n, f, i, j]` inside a loop over f, whose index reads neither f nor a
    name computed from it: every pass of that loop writes the same entries, so each replaces what the pass before
    wrote and only the last pass's share stays, where a sum over the passes is meant (+=). Only for a block or
    window (a slice in the index) of an array the function made before the loops (np.zeros), not one whose new value
    reads its old one, nor a write under a test (an argmax kept). (line, the statement's text, the array, the loop's
    index, the loop's line)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    allocated = {t.id for n in ast.walk(fn) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)
                 and _dotted(n.value.func).rsplit(".", 1)[-1] in ("zeros", "zeros_like")
                 for t in n.targets if isinstance(t, ast.Name)}
    found = set()

    def visit(statements: list[ast.stmt], loops: list[tuple[str, int]], derived: dict[str, set[str]]) -> None:
        """derived: for each loop index, the names computed from it inside its loop (hs = i * stride)."""
        for statement in statements:
            if isinstance(statement, ast.For) and isinstance(statement.target, ast.Name):
                index = statement.target.id
                # (a counter the loop moves, `start += B` or `pos = pos + B`, changes on every pass as the index does)
                counters = {n.target.id for n in ast.walk(statement) if isinstance(n, ast.AugAssign)
                            and isinstance(n.target, ast.Name)} | \
                    {t.id for n in ast.walk(statement) if isinstance(n, ast.Assign) for t in n.targets
                     if isinstance(t, ast.Name) and t.id in _loaded_names(n.value)}
                visit(statement.body, [*loops, (index, statement.lineno)], {**derived, index: {index} | counters})
                continue
            if isinstance(statement, (ast.For, ast.While, ast.If, ast.With, ast.Try, ast.FunctionDef,
                                      ast.AsyncFunctionDef, ast.ClassDef)):
                continue  # (a write under a test, or in a loop of another kind: not read here)
            if isinstance(statement, ast.Assign):
                reads = _loaded_names(statement.value)
                for index, names in derived.items():  # a name computed from an index stands for it
                    if reads & names:
                        names |= {t for target in statement.targets if not isinstance(target, ast.Subscript)
                              for t in _stored_names(target)}
                if len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Subscript) and loops:
                    target = statement.targets[0]
                    array = _dotted(target.value)
                    where = _loaded_names(target.slice)
                    # (a block or window written, a slice in its index: not `losses[epoch] = loss` in the loop over
                    # batches, a record of the last one that may be meant)
                    if array in allocated and array not in reads and \
                            any(isinstance(n, ast.Slice) for n in ast.walk(target.slice)):
                        for index, line in loops:
                            if reads & derived[index] and not where & derived[index]:
                                found.add((statement.lineno, " ".join((ast.get_source_segment(source, statement)
                                                                       or "").split()), array, index, line))
                                break

    visit(fn.body, [], {})
    return sorted(found)


TORCH_OPTIMIZERS = frozenset({"SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta", "NAdam", "RAdam", "Adamax",
                              "LBFGS", "ASGD", "Rprop", "SparseAdam"})


def _module_made(value: ast.expr, classes: set[str]) -> bool:
    """value builds a torch module: a call of nn.<Layer> (not a Parameter or ParameterList) or of a class the source
    defines on nn.Module (classes), or such a call moved or cast (`Net().to(device)`, `.float()`)."""
    while isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
            value.func.attr in ("to", "float", "double", "cuda", "cpu", "train"):
        value = value.func.value
    if not isinstance(value, ast.Call):
        return False
    dotted = _dotted(value.func)
    return dotted in classes or dotted.startswith(("nn.", "torch.nn.")) and \
        not dotted.rsplit(".", 1)[-1].startswith("Parameter")


def optimizers_given_modules(source: str, function: str) -> list[tuple[int, str, str]]:
    """A torch optimizer built on a module (`torch.optim.Adam(model, lr=1e-3)`) where it takes the module's
    parameters: the first argument is a name the function binds to a module it builds (`model = Net()`), given
    without `.parameters()`. (line, text, the module's name)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    tree = module_tree(source)
    classes = {c.name for c in ast.walk(tree) if isinstance(c, ast.ClassDef) and
               any(_dotted(b) in ("nn.Module", "torch.nn.Module", "Module") for b in c.bases)}
    # torch's optimizers: torch.optim.X, optim.X, or a bare name imported from torch.optim (not a course's own SGD)
    imported = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                and (n.module or "").startswith("torch.optim") for a in n.names}
    modules = {t.id for n in ast.walk(fn) if isinstance(n, ast.Assign) and _module_made(n.value, classes)
               for t in n.targets if isinstance(t, ast.Name)}
    found = []
    for node in ast.walk(fn):
        dotted = _dotted(node.func) if isinstance(node, ast.Call) else ""
        torch_made = dotted.startswith(("torch.optim.", "optim.")) or dotted in imported
        if torch_made and dotted.rsplit(".", 1)[-1] in TORCH_OPTIMIZERS and node.args \
                and isinstance(node.args[0], ast.Name) and node.args[0].id in modules:
            found.append((node.lineno, " ".join((ast.get_source_segment(source, node) or "").split()),
                          node.args[0].id))
    return sorted(found)


def shuffled_loaders_zipped(source: str, function: str) -> list[tuple[int, str]]:
    """A loop `for xb, yb in zip(a, b)` over two or more DataLoaders the function makes with shuffle=True, each of
    one array or tensor (not a Dataset of pairs) and none given a generator of its own (two generators seeded alike
    draw one order): each draws its own order, so the batches zipped together do not hold the same rows (images
    paired with other images' labels). (line, text of the zip)."""
    fn = function_node(source, function)
    if fn is None:
        return []

    def shuffling(node: ast.AST) -> bool:
        return isinstance(node, ast.Call) and _dotted(node.func).rsplit(".", 1)[-1] == "DataLoader" and any(
            k.arg == "shuffle" and isinstance(k.value, ast.Constant) and k.value.value is True for k in node.keywords
        ) and not any(k.arg == "generator" for k in node.keywords) and not (
            node.args and isinstance(node.args[0], ast.Call) and _dotted(node.args[0].func).endswith("Dataset"))

    loaders = {t.id for n in ast.walk(fn) if isinstance(n, ast.Assign) and shuffling(n.value)
               for t in n.targets if isinstance(t, ast.Name)}
    return sorted({(n.iter.lineno, " ".join((ast.get_source_segment(source, n.iter) or "").split()))
                   for n in ast.walk(fn) if isinstance(n, ast.For) and isinstance(n.target, ast.Tuple)
                   and all(isinstance(t, ast.Name) for t in n.target.elts)
                   and isinstance(n.iter, ast.Call) and _dotted(n.iter.func) == "zip" and sum(
                       1 for a in n.iter.args if isinstance(a, ast.Name) and a.id in loaders or shuffling(a)) >= 2})


_IDENTITY_MATRICES = frozenset({"np.identity", "np.eye", "numpy.identity", "numpy.eye"})
_ACTIVATIONS = frozenset({"np.tanh", "np.exp", "np.abs", "np.sin", "np.arctan", "scipy.special.expit", "expit"})


def identity_matrices_as_functions(source: str, function: str) -> list[tuple[int, str]]:
    """np.identity (or np.eye) as a value of an activation table (`{"tanh": np.tanh, "linear": np.identity}`, with a
    lambda or a NumPy function beside it), where the identity function is meant: np.identity(n) builds the n x n
    identity matrix from a whole number n, so applying it to an array raises (or builds a matrix). (line, the name as
    written)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = set()
    for table in (n for n in ast.walk(fn) if isinstance(n, ast.Dict)):
        values = [v for v in table.values if v is not None]
        activations = any(isinstance(v, ast.Lambda) or _dotted(v) in _ACTIVATIONS for v in values)
        found |= {(v.lineno, _dotted(v)) for v in values if _dotted(v) in _IDENTITY_MATRICES and activations}
    return sorted(found)


def stops_that_do_not_leave(source: str, function: str) -> list[tuple[int, str, tuple[str, ...], int]]:
    """An early stop inside a loop that records the stop but does not leave the loop: an `if` whose test reads the
    patience (`if wait >= patience:`) and whose body sets names (the stop epoch, the weights to restore) but neither
    breaks nor returns, nor sets a flag the loop breaks on: later passes run on and set them again. (the if's line,
    `if test:`, the names it sets, the loop's line)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    for loop in (n for n in ast.walk(fn) if isinstance(n, ast.For)):  # (a while's own test may end it)
        breaks_on = {n.id for b in ast.walk(loop) if isinstance(b, ast.If)
                     and any(isinstance(s, (ast.Break, ast.Return)) for s in b.body)
                     for n in ast.walk(b.test) if isinstance(n, ast.Name)}
        for node in ast.walk(loop):
            if not isinstance(node, ast.If) or not any(isinstance(n, ast.Name) and "patience" in n.id.lower()
                                                       for n in ast.walk(node.test)):
                continue
            inner = [n for s in node.body for n in ast.walk(s)]
            if any(isinstance(n, (ast.Break, ast.Return, ast.Raise)) for n in inner):
                continue
            # (names assigned, not a loop's target; one that records the stop: not a plateau's lr halved)
            names = tuple(dict.fromkeys(t.id for n in inner if isinstance(n, (ast.Assign, ast.AugAssign))
                                        for target in (n.targets if isinstance(n, ast.Assign) else [n.target])
                                        for t in ast.walk(target) if isinstance(t, ast.Name)))
            if not any(w in n.lower() for n in names for w in ("stop", "best", "epoch", "restor")):
                continue
            read = {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)}
            # (a stop recorded once, `if wait >= patience and stop is None:`, needs no break)
            if names and not set(names) & (breaks_on | read):
                text = " ".join((ast.get_source_segment(source, node.test) or "").split())
                found.append((node.lineno, f"if {text}:", names, loop.lineno))
    return sorted(found)


_LOCATIONS = frozenset({"mean", "nanmean", "min", "amin", "median"})  # what subtracting one of them moves to 0
_SCALES = frozenset({"std", "nanstd", "var"})  # what dividing by one of them moves to 1
_STATISTICS = _LOCATIONS | _SCALES | {"max", "amax"}


def _statistics_of(node: ast.AST, name: str, kinds: frozenset[str] = _STATISTICS) -> list[ast.Call]:
    """The statistics (of kinds) of the array `name` that node takes: `name.mean(...)`, `np.std(name, ...)`."""
    return [n for n in ast.walk(node) if isinstance(n, ast.Call) and (
        isinstance(n.func, ast.Attribute) and n.func.attr in kinds and isinstance(n.func.value, ast.Name) and
        n.func.value.id == name or _dotted(n.func) in {f"np.{k}" for k in kinds} and n.args and
        isinstance(n.args[0], ast.Name) and n.args[0].id == name)]


def _normalized_by(value: ast.expr, name: str) -> frozenset[str]:
    """The statistics of `name` that value takes away: a location subtracted from it (`name - name.mean(0)`), a
    scale it is divided by (`... / name.std(0)`)."""
    taken: set[str] = set()
    for node in ast.walk(value):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and _statistics_of(node.right, name,
                                                                                          _LOCATIONS):
            taken |= _LOCATIONS
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and _statistics_of(node.right, name, _SCALES):
            taken |= _SCALES
    return frozenset(taken)


def statistics_after_rebinding(source: str, function: str) -> list[tuple[int, str, str, int]]:
    """An array rebound to itself normalized by its own statistics (`X_train = (X_train - X_train.mean(0)) /
    X_train.std(0)`), of which a later statement of the same block takes again a statistic that rebinding took away
    (`X_test = (X_test - X_train.mean(0)) / ...`: the mean after the mean was subtracted, about 0; the std after
    dividing by it, about 1), not of the data. Not a std after centering only (two-step standardization), nor a max
    after subtracting the min (min-max scaling). (the later line, its text, the array, the line that rebound it)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    found = []
    blocks = [n.body for n in ast.walk(fn) if hasattr(n, "body") and isinstance(n.body, list)] + \
        [n.orelse for n in ast.walk(fn) if isinstance(getattr(n, "orelse", None), list)]
    for block in blocks:
        rebound: dict[str, tuple[int, frozenset[str]]] = {}
        for statement in block:
            if not isinstance(statement, ast.Assign):
                continue
            for name, (line, taken) in rebound.items():
                if _statistics_of(statement.value, name, taken):
                    found.append((statement.lineno, " ".join((ast.get_source_segment(source, statement) or
                                                              "").split()), name, line))
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    taken = _normalized_by(statement.value, target.id)
                    if taken:
                        rebound[target.id] = (statement.lineno, taken | rebound.get(target.id, (0, frozenset()))[1])
                    else:
                        rebound.pop(target.id, None)
    return sorted(set(found))


def _kernel_sizes(fn: ast.FunctionDef) -> set[str]:
    """The names the function binds to a kernel's or pooling window's height and width: the last two names unpacked
    from a weight's shape (`F, C, HH, WW = w.shape`), or read from a setting whose key names a pool or kernel size
    (`ph = pool_param["pool_height"]`)."""
    found: set[str] = set()
    for node in ast.walk(fn):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target, value = node.targets[0], node.value
        if isinstance(target, ast.Tuple) and len(target.elts) >= 3 and isinstance(value, ast.Attribute) and \
                value.attr == "shape" and isinstance(value.value, ast.Name) and \
                value.value.id.lower() in ("w", "weight", "weights", "kernel", "filters"):
            found |= {t.id for t in target.elts[-2:] if isinstance(t, ast.Name)}
        pairs = list(zip(target.elts, value.elts)) if isinstance(target, ast.Tuple) and \
            isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts) else [(target, value)]
        for t, v in pairs:
            if isinstance(t, ast.Name) and isinstance(v, ast.Subscript) and isinstance(v.slice, ast.Constant) and \
                    isinstance(v.slice.value, str) and any(w in v.slice.value for w in ("pool_", "kernel")):
                found.add(t.id)
    return found


def windows_with_stride_step(source: str, function: str) -> list[tuple[int, str, str, str]]:
    """A window sliced with the stride as its step and the kernel's size times the stride as its extent
    (`xp[n, :, r:r + HH * stride:stride, ...]`): its taps are stride pixels apart (a dilated window), where a window
    is HH adjacent pixels (r:r + HH); right only for stride 1. Not a slice over the output positions (`u:u + stride *
    Ho:stride`), whose extent counts outputs. (line, the slice's text, the kernel size, the step)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    kernels = _kernel_sizes(fn)
    found = set()
    for node in ast.walk(fn):
        if not isinstance(node, ast.Slice) or not isinstance(node.step, ast.Name) or node.upper is None or \
                not isinstance(node.upper, ast.BinOp) or not isinstance(node.upper.op, ast.Add):
            continue
        step = node.step.id
        if "stride" not in step.lower() and step not in ("s", "S"):
            continue  # (a dilation's step is meant)
        for term in (node.upper.left, node.upper.right):
            if isinstance(term, ast.BinOp) and isinstance(term.op, ast.Mult):
                names = {n.id for n in (term.left, term.right) if isinstance(n, ast.Name)}
                if step in names and (names - {step}) & kernels:
                    found.add((node.lineno, ast.get_source_segment(source, node) or "",
                               next(iter((names - {step}) & kernels)), step))
    return sorted(found)


_SEARCHES = frozenset({"argmax", "argmin", "max", "min", "amax", "amin", "nanargmax", "nanargmin"})


def searches_of_the_array_built(source: str, function: str) -> list[tuple[int, str, str, str]]:
    """A maximum (argmax, max) searched for, inside a loop, in a window of the array the loop is building (`window =
    dx[n, c, rows, cols]`, then `np.argmax(window)`, where dx = np.zeros_like(x) and the loop writes into dx): that
    array holds zeros (or what earlier passes wrote), not the input whose maximum is meant. (line of the search,
    its text, the array, what it was allocated like)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    like: dict[str, str] = {}  # a buffer -> the array its allocation copies the shape of ("" for np.zeros(shape))
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                _dotted(node.value.func).rsplit(".", 1)[-1] in ("zeros", "zeros_like"):
            first = node.value.args[0] if node.value.args else None
            model = first.id if _dotted(node.value.func).endswith("zeros_like") and isinstance(first, ast.Name) else ""
            like |= {t.id: model for t in node.targets if isinstance(t, ast.Name)}
    found = set()
    for loop in (n for n in ast.walk(fn) if isinstance(n, (ast.For, ast.While))):
        written = {_dotted(t.value) for n in ast.walk(loop) if isinstance(n, (ast.Assign, ast.AugAssign))
                   for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Subscript)}
        cut = {t.id: _dotted(n.value.value) for n in ast.walk(loop) if isinstance(n, ast.Assign)
               and isinstance(n.value, ast.Subscript) for t in n.targets if isinstance(t, ast.Name)}
        for node in ast.walk(loop):
            if not isinstance(node, ast.Call) or (node.func.attr if isinstance(node.func, ast.Attribute) else
                                                  _dotted(node.func)) not in _SEARCHES:
                continue
            # (np.argmax(window), or window.argmax(): the array searched)
            searched = node.args[0] if node.args and _dotted(node.func).startswith(("np.", "numpy.")) else \
                node.func.value if isinstance(node.func, ast.Attribute) else None
            array = _dotted(searched.value) if isinstance(searched, ast.Subscript) else \
                cut.get(searched.id, "") if isinstance(searched, ast.Name) else ""
            cut_window = searched if isinstance(searched, ast.Subscript) else next(
                (n.value for n in ast.walk(loop) if isinstance(n, ast.Assign) and isinstance(n.value, ast.Subscript)
                 and any(isinstance(t, ast.Name) and t.id == getattr(searched, "id", None) for t in n.targets)), None)
            # (a buffer made like an input, np.zeros_like(x), searched in a window: not a prefix or an earlier row of
            # a record or table the loop fills, losses[:e + 1], dp[t - 1])
            slices = [n for n in ast.walk(cut_window.slice) if isinstance(n, ast.Slice)] if cut_window is not None \
                else []
            if array in like and like[array] and array in written and slices and \
                    all(n.lower is not None for n in slices):
                found.add((node.lineno, ast.get_source_segment(source, node) or "", array, like[array]))
    return sorted(found)


_MAXIMA = frozenset({"np.max", "np.amax", "numpy.max", "numpy.amax"})


def maxima_for_a_maximum(source: str, function: str) -> list[tuple[int, str, str, bool]]:
    """np.max or np.amax called as if it were np.maximum, the entrywise larger of two: with the number first
    (`np.max(0, z)`: z is taken as the axis), or with a 0 second where a ReLU is meant (`np.max(z, 0)`: the
    maximum over axis 0, one number per column): in a ReLU's function (relu_*), a line whose target or comment says
    relu, or the body of an `if` whose test does (`if activation == "relu":`). (line, text, the array's source,
    whether the number came first)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    lines = source.splitlines()

    def says_relu(node: ast.AST) -> bool:
        text = ast.get_source_segment(source, node) or ""
        return "relu" in text.lower()

    relu_lines: set[int] = set()
    if function.lower().startswith("relu"):
        relu_lines |= set(range(fn.lineno, (fn.end_lineno or fn.lineno) + 1))
    for node in ast.walk(fn):
        if isinstance(node, ast.If) and says_relu(node.test) and node.body:
            relu_lines |= set(range(node.body[0].lineno, (node.body[-1].end_lineno or node.body[-1].lineno) + 1))
        elif isinstance(node, ast.Assign) and any(says_relu(t) for t in node.targets) or \
                isinstance(node, ast.stmt) and "#" in lines[node.lineno - 1] and \
                "relu" in lines[node.lineno - 1].split("#", 1)[1].lower():
            relu_lines.add(node.lineno)
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call) or _dotted(node.func) not in _MAXIMA or len(node.args) != 2 or \
                node.keywords:
            continue
        first, second = node.args
        number_first = _number(first) and not _number(second)
        zero_second = isinstance(second, ast.Constant) and second.value == 0 and type(second.value) in (int, float) \
            and not _number(first) and node.lineno in relu_lines
        if number_first or zero_second:
            array = second if number_first else first
            found.append((node.lineno, ast.get_source_segment(source, node) or line_text(source, node.lineno),
                          ast.get_source_segment(source, array) or "the array", number_first))
    return sorted(found)


_CONVOLVES = frozenset({"convolve", "convolve2d", "fftconvolve", "oaconvolve"})


def kernels_flipped_by_convolve(source: str, function: str) -> list[tuple[int, str]]:
    """A true convolution from SciPy or NumPy (scipy.signal.convolve, convolve2d, fftconvolve, np.convolve,
    scipy.ndimage.convolve) given a kernel it does not flip back (no [::-1], np.flip or rot90 in its arguments): it
    flips the kernel along every axis, where a CNN's layer slides it unflipped (a cross-correlation). (line, text)."""
    fn = function_node(source, function)
    if fn is None:
        return []
    # the bare names imported from SciPy or NumPy (a convolve of one's own is not theirs)
    imported = {a.name for n in ast.walk(module_tree(source)) if isinstance(n, ast.ImportFrom)
                and (n.module or "").startswith(("scipy", "numpy")) for a in n.names}
    found = []
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call) or _dotted(node.func).rsplit(".", 1)[-1] not in _CONVOLVES:
            continue
        text = ast.get_source_segment(source, node) or line_text(source, node.lineno)
        if "." not in _dotted(node.func) and _dotted(node.func) not in imported:
            continue
        if re.search(r"::\s*-1|flip|rot90", text):
            continue  # (flipped back in the call: a correlation written as a convolution)
        found.append((node.lineno, text))
    return found
