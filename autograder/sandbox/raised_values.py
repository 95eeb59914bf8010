"""Where in the student's own code an exception was raised, and what the operands of the failing operation held.

Runs in the child (sandbox), on the exception a call of the student's code ended with. For the innermost frames in
the submission's files, it reads the position of the failing instruction, the expression there, and describes its
operands and the names the statement reads: an array's shape and dtype, a tensor's, a number's type, a function's
name. Operands that are not names are computed again with a small evaluator that calls only NumPy and torch
operations that draw nothing and change nothing (x[idx], x.flip(3), a + b, np.mean(x, axis=0)), within a budget:
what the frame held is read, never changed. The grader (sandbox/raised.py) reads the reply as untrusted data.

Imports only the standard library and its sibling locals_trace (NumPy and torch only where the submission has
imported them).
"""
from __future__ import annotations

import ast
import contextlib
import math
import operator
import sys
import time
import types
import warnings
from typing import Any

from locals_trace import code_position  # (a sibling in the child's folder, as child.py imports it)

MAX_FRAMES = 3  # the innermost frames of the student's files described
MAX_VALUES = 24  # expressions described per frame
MAX_NAMES = 12  # names described per frame
MAX_ELEMENTS = 4_000_000  # a value computed again (or an operand of one) larger than this is not computed
BUDGET_S = 0.5  # CPU seconds for all the computing again of one exception

_BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
           ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod, ast.Pow: operator.pow,
           ast.MatMult: operator.matmul}
_UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
# functions of NumPy, torch and torch.nn.functional that return a new value and draw nothing (called on copies of
# the arrays they are handed, so that one that writes into an argument writes into the copy)
_FUNCTIONS = frozenset({
    "mean", "sum", "std", "var", "max", "min", "amax", "amin", "prod", "argmax", "argmin", "reshape", "transpose",
    "swapaxes", "moveaxis", "expand_dims", "squeeze", "unsqueeze", "concatenate", "concat", "cat", "stack", "hstack",
    "vstack", "dot", "matmul", "mm", "bmm", "where", "exp", "log", "sqrt", "abs", "maximum", "minimum", "clip",
    "clamp", "zeros_like", "ones_like", "zeros", "ones", "full", "arange", "broadcast_to", "tile", "repeat", "flip",
    "pad", "sort", "argsort", "cumsum", "outer", "tensordot", "array", "asarray", "tensor", "as_tensor",
    "from_numpy", "flatten", "ravel", "permute", "relu", "sigmoid", "tanh", "softmax", "log_softmax", "linear",
    "conv2d", "max_pool2d", "avg_pool2d", "cross_entropy", "mse_loss", "l1_loss", "nll_loss", "one_hot", "einsum",
    "square", "power", "isclose", "allclose", "equal", "sign", "floor", "ceil", "round", "logical_and",
    "logical_or", "logical_not", "multiply", "add", "subtract", "divide", "true_divide", "floor_divide", "mod"})
_MODULES = ("numpy", "torch", "torch.nn.functional", "torch.functional", "math")
# methods of arrays and tensors that return a new value and draw nothing
_METHODS = frozenset({
    "mean", "sum", "std", "var", "max", "min", "prod", "argmax", "argmin", "reshape", "view", "flatten", "ravel",
    "transpose", "permute", "flip", "squeeze", "unsqueeze", "swapaxes", "t", "float", "double", "long", "int",
    "bool", "half", "abs", "exp", "log", "sqrt", "clamp", "clip", "astype", "copy", "clone", "detach", "numpy",
    "cpu", "contiguous", "expand", "expand_as", "view_as", "reshape_as", "repeat", "cumsum", "all", "any",
    "round", "size", "dim", "to", "type", "norm", "matmul", "mm", "bmm", "dot", "softmax", "log_softmax",
    "argsort", "sort", "mul", "add", "sub", "div", "pow", "sigmoid", "tanh", "relu", "max_pool2d", "numel"})
_LIBRARIES = ("numpy", "torch", "math")


_FOLDER = ["/submission"]  # the submission's folder: a function whose code is in it is the student's


class _Unknown(Exception):
    """A value the evaluator will not compute."""


def describe_raise(exc: BaseException, folder: str, module_file: str) -> list[dict]:
    """The innermost MAX_FRAMES frames of exc's traceback in the graded module's file (module_file; not another
    file of the submission, whose lines the grader would read as the module's), innermost first: each the
    function's name, its line, the failing instruction's position (line, column, end line, end column), the
    values of the expressions there ([position, description]) and of the names its statement reads. Whatever is
    computed again draws from no generator the student's code sees, warns nothing, and writes into no argument."""
    if isinstance(exc, (MemoryError, RecursionError)) or not module_file:
        return []  # (describing would need what is short, or a stack as deep as the one that ran out)
    _FOLDER[0] = folder
    tbs = []
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == module_file:
            tbs.append(tb)
        tb = tb.tb_next
    deadline = (time.thread_time() + BUDGET_S, time.monotonic() + 2 * BUDGET_S)
    frames = []
    with _untouched():
        for tb in reversed(tbs[-MAX_FRAMES:]):
            try:
                frames.append(_frame(tb, deadline))
            except Exception:  # noqa: BLE001 - a frame that cannot be described is left out
                continue
    return frames


@contextlib.contextmanager
def _untouched() -> Any:
    """No warning printed, no NumPy error raised on overflow, and the global generators of NumPy and torch as
    they were (a backstop: nothing that draws is called)."""
    np, torch = sys.modules.get("numpy"), sys.modules.get("torch")
    with contextlib.ExitStack() as stack:
        stack.enter_context(warnings.catch_warnings())
        warnings.simplefilter("ignore")
        if np is not None:
            stack.enter_context(np.errstate(all="ignore"))
            state = np.random.get_state()
            stack.callback(np.random.set_state, state)
        if torch is not None:
            stack.enter_context(torch.random.fork_rng(devices=[]))
            stack.enter_context(torch.no_grad())
        yield


_TREES: dict[str, ast.Module | None] = {}


def _tree(filename: str) -> ast.Module | None:
    if filename not in _TREES:
        try:
            with open(filename, encoding="utf-8") as f:
                _TREES[filename] = ast.parse(f.read())
        except (OSError, SyntaxError, ValueError):
            _TREES[filename] = None
    return _TREES[filename]


def _span(node: ast.AST) -> tuple[int, int, int, int]:
    return node.lineno, node.col_offset, node.end_lineno or node.lineno, node.end_col_offset or 0


def _frame(tb: types.TracebackType, deadline: tuple[float, float]) -> dict:
    frame = tb.tb_frame
    at = code_position(frame.f_code, tb.tb_lasti)  # (the traceback's instruction: the frame's own has moved on)
    described: dict = {"function": frame.f_code.co_name[:100], "line": tb.tb_lineno, "at": list(at) if at else None,
                       "values": [], "names": []}
    tree = _tree(frame.f_code.co_filename)
    if tree is None or at is None:
        return described
    failing = next((n for n in ast.walk(tree) if isinstance(n, ast.expr) and _span(n) == at), None)
    statement = min((n for n in ast.walk(tree) if isinstance(n, ast.stmt) and n.lineno <= at[0] <= (
        n.end_lineno or n.lineno) and not isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.For, ast.While, ast.If,
                                                         ast.With, ast.Try))),
                    key=lambda n: (n.end_lineno or n.lineno) - n.lineno, default=None)
    evaluator = _Evaluator(frame, deadline, _bound_inside(statement or failing))
    if failing is not None:
        for node in [failing, *_operands(failing)][:MAX_VALUES]:
            try:
                value = evaluator.value(node) if node is not failing else evaluator.known(node)
            except _Unknown:
                continue
            described["values"].append([list(_span(node)), _description(value)])
    scope = statement if statement is not None else failing
    if scope is not None:
        seen: list[str] = []
        for node in ast.walk(scope):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in seen:
                seen.append(node.id)
        for name in seen[:MAX_NAMES]:
            try:
                described["names"].append([name[:60], _description(evaluator.name(name))])
            except _Unknown:
                continue
    return described


def _bound_inside(scope: ast.AST | None) -> set[str]:
    """The names a comprehension or lambda of scope binds: what the frame holds under them is another value (the
    enclosing function's, or on Python 3.12 and later the comprehension's last)."""
    bound: set[str] = set()
    for node in ast.walk(scope) if scope is not None else ():
        if isinstance(node, ast.comprehension):
            bound |= {t.id for t in ast.walk(node.target) if isinstance(t, ast.Name)}
        elif isinstance(node, ast.Lambda):
            bound |= {a.arg for a in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]}
        elif isinstance(node, ast.NamedExpr) and isinstance(node.target, ast.Name):
            bound.add(node.target.id)
    return bound


def _operands(node: ast.expr) -> list[ast.expr]:
    """The operands of a failing operation, and theirs one level down (the items of a list it is handed)."""
    if isinstance(node, ast.BinOp):
        direct = [node.left, node.right]
    elif isinstance(node, ast.Call):  # (and a method's object: `out` of out.reshape(...))
        owner = [node.func.value] if isinstance(node.func, ast.Attribute) else []
        direct = [node.func, *owner, *node.args, *(k.value for k in node.keywords)]
    elif isinstance(node, ast.Subscript):
        direct = [node.value, node.slice]
    elif isinstance(node, ast.Compare):
        direct = [node.left, *node.comparators]
    elif isinstance(node, (ast.Attribute, ast.UnaryOp)):
        direct = [node.value if isinstance(node, ast.Attribute) else node.operand]
    else:
        direct = []
    nested = [item for d in direct if isinstance(d, (ast.List, ast.Tuple)) for item in d.elts]
    return direct + nested


class _Evaluator:
    """Computes an expression again from what the frame holds, with operations that change nothing."""

    def __init__(self, frame: types.FrameType, deadline: tuple[float, float], bound_inside: set[str]) -> None:
        self.frame = frame
        self.deadline = deadline
        self.count = 0
        self.bound_inside = bound_inside
        code = frame.f_code
        self.own_names = set(code.co_varnames) | set(code.co_cellvars) | set(code.co_freevars)
        self.done: dict[int, Any] = {}

    def known(self, node: ast.expr) -> Any:
        """The failing expression itself raised: only a name or a constant there has a value."""
        if isinstance(node, ast.Name):
            return self.name(node.id)
        raise _Unknown

    def name(self, name: str) -> Any:
        f = self.frame
        if name in self.bound_inside:
            raise _Unknown
        if name in f.f_locals:
            return f.f_locals[name]
        if name in self.own_names:
            raise _Unknown  # (a local not bound yet: not the global of that name)
        for scope in (f.f_globals, f.f_builtins):
            if name in scope:
                return scope[name]
        raise _Unknown

    def value(self, node: ast.expr) -> Any:
        """node computed again, or _Unknown (whatever goes wrong computing it)."""
        if id(node) in self.done:
            return self.done[id(node)]
        self.count += 1
        if self.count > 200 or time.thread_time() > self.deadline[0] or time.monotonic() > self.deadline[1]:
            raise _Unknown
        try:
            value = self._value(node)
        except _Unknown:
            raise
        except Exception:  # noqa: BLE001 - what cannot be computed again is not described
            raise _Unknown from None
        self.done[id(node)] = value
        return value

    def _value(self, node: ast.expr) -> Any:
        if isinstance(node, ast.Name):
            return self.name(node.id)
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, (ast.List, ast.Tuple)):
            items = [self.value(e) for e in node.elts]
            return items if isinstance(node, ast.List) else tuple(items)
        if isinstance(node, ast.Slice):
            parts = [self.value(p) if p is not None else None for p in (node.lower, node.upper, node.step)]
            if not all(p is None or type(p) is int for p in parts):
                raise _Unknown
            return slice(*parts)
        if isinstance(node, ast.Attribute):
            return self._attribute(self.value(node.value), node.attr)
        if isinstance(node, ast.Subscript):
            base, index = self.value(node.value), self.value(node.slice)
            if not _is_array(base) or not _plain_index(index):
                raise _Unknown
            return _checked(base[index])
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
            left, right = self.value(node.left), self.value(node.right)
            if not all(_is_array(v) or _is_number(v) for v in (left, right)):
                raise _Unknown
            _result_small_enough(node.op, left, right)
            return _checked(_BINARY[type(node.op)](left, right))
        if isinstance(node, ast.UnaryOp) and type(node.op) in _UNARY:
            operand = self.value(node.operand)
            if not (_is_array(operand) or _is_number(operand)):
                raise _Unknown
            return _checked(_UNARY[type(node.op)](operand))
        if isinstance(node, ast.Call):
            return self._call(node)
        raise _Unknown

    def _attribute(self, base: Any, attr: str) -> Any:
        if isinstance(base, types.ModuleType):
            if base.__name__.split(".")[0] in _LIBRARIES and not attr.startswith("_"):
                return getattr(base, attr)
            raise _Unknown
        if _is_array(base):
            if attr in ("T", "mT", "shape", "ndim", "dtype", "data", "real"):
                return getattr(base, attr)
            if attr in _METHODS:
                return getattr(base, attr)  # a bound method: called only through _call
            raise _Unknown
        # an object of the student's (self.fc): what its instance dict or a torch module's registries hold,
        # read without calling its code (no __getattr__)
        if isinstance(base, type):
            raise _Unknown
        try:
            own = object.__getattribute__(base, "__dict__")
        except AttributeError:
            raise _Unknown from None
        if type(own) is not dict:
            raise _Unknown
        if attr in own:
            return own[attr]
        for registry in ("_modules", "_parameters", "_buffers"):
            held = own.get(registry)
            if isinstance(held, dict) and attr in held:
                return held[attr]
        raise _Unknown

    def _call(self, node: ast.Call) -> Any:
        fn = self.value(node.func)
        if any(k.arg in (None, "out", "inplace") for k in node.keywords) or \
                any(isinstance(a, ast.Starred) for a in node.args):
            raise _Unknown
        if not _safe_callable(fn, len(node.args)):
            return self._drawn_like(fn, node)
        args = [self.value(a) for a in node.args]
        kwargs = {k.arg: self.value(k.value) for k in node.keywords if k.arg is not None}
        if not all(_plain_argument(v) for v in [*args, *kwargs.values()]):
            raise _Unknown
        _small_enough(*args, *kwargs.values())
        owner = getattr(fn, "__self__", None) if isinstance(fn, types.BuiltinMethodType) else None
        if _is_array(owner):  # (a method of an array, called on a copy of it)
            fn = getattr(_copied(owner), fn.__name__)
        return _checked(fn(*[_copied(a) for a in args], **{k: _copied(v) for k, v in kwargs.items()}))

    def _drawn_like(self, fn: Any, node: ast.Call) -> Any:
        """A draw shaped like an array (torch.randn_like(x), np.empty_like(x)), stood in for by zeros of its shape
        and dtype: what is described is the shape, and nothing is drawn."""
        if not isinstance(fn, _function_types()):
            raise _Unknown
        name, module = getattr(fn, "__name__", "") or "", getattr(fn, "__module__", "") or ""
        if not name.endswith("_like") or module.split(".")[0] not in ("numpy", "torch") or len(node.args) != 1 or \
                node.keywords:
            raise _Unknown
        like = self.value(node.args[0])
        if not _is_array(like):
            raise _Unknown
        np = sys.modules.get("numpy")
        return np.zeros_like(like) if np is not None and type(like) is np.ndarray else like.new_zeros(like.shape)


def _is_array(value: Any) -> bool:
    """A NumPy array of numbers (not objects, whose operations run their own code) or a torch tensor."""
    np, torch = sys.modules.get("numpy"), sys.modules.get("torch")
    return (np is not None and type(value) is np.ndarray and value.dtype.kind in "biufc") or \
        (torch is not None and type(value) in (torch.Tensor, torch.nn.Parameter))


def _is_number(value: Any) -> bool:
    np = sys.modules.get("numpy")
    return type(value) in (int, float, bool) or (np is not None and isinstance(value, (np.number, np.bool_)))


def _copied(value: Any) -> Any:
    """An array's copy (a tensor's clone), so that an operation that writes into its argument writes there."""
    if type(value) in (list, tuple):
        return type(value)(_copied(v) for v in value)
    if not _is_array(value):
        return value
    np = sys.modules.get("numpy")
    return value.copy() if np is not None and type(value) is np.ndarray else value.detach().clone()


def _plain_index(index: Any) -> bool:
    items = index if type(index) is tuple else (index,)
    return all(i is None or i is Ellipsis or type(i) in (int, slice) or _is_array(i) or _is_number(i)
               or (type(i) is list and all(type(j) is int for j in i)) for i in items)


def _plain_argument(value: Any) -> bool:
    if type(value) in (list, tuple):
        return all(_plain_argument(v) for v in value)
    np, torch = sys.modules.get("numpy"), sys.modules.get("torch")
    return value is None or type(value) in (str, slice) or _is_array(value) or _is_number(value) or \
        (np is not None and isinstance(value, np.dtype)) or (torch is not None and isinstance(value, torch.dtype))


def _safe_callable(fn: Any, positional: int) -> bool:
    """One of the NumPy, torch or math functions that draw nothing (_FUNCTIONS; a ufunc given no more arguments than
    it has inputs, so none is its output), or such a method of an array (_METHODS). Never a class, nor anything of
    the student's (whose attributes are not even read)."""
    np = sys.modules.get("numpy")
    if np is not None and isinstance(fn, np.ufunc):
        return fn.__name__ in _FUNCTIONS and positional <= fn.nin
    if not isinstance(fn, _function_types()):
        return False
    owner = getattr(fn, "__self__", None)
    if owner is not None and not isinstance(owner, (types.ModuleType, type)):  # (torch.where's is a class)
        return _is_array(owner) and fn.__name__ in _METHODS
    module = getattr(fn, "__module__", None) or ""
    return fn.__name__ in _FUNCTIONS and module in _MODULES


def _function_types() -> tuple[type, ...]:
    """The types of library functions: Python's, C's, and NumPy's dispatchers (np.mean is one)."""
    np = sys.modules.get("numpy")
    dispatcher = type(np.mean) if np is not None else types.FunctionType
    return types.BuiltinFunctionType, types.FunctionType, dispatcher


def _result_small_enough(op: ast.operator, left: Any, right: Any) -> None:
    """An operation whose result (or a matrix product's work) would be too large is not made."""
    shapes = [tuple(v.shape) for v in (left, right) if _is_array(v)]
    if isinstance(op, ast.MatMult):
        if len(shapes) == 2 and shapes[0] and shapes[1] and \
                math.prod(shapes[0]) * shapes[1][-1] > 10 * MAX_ELEMENTS:
            raise _Unknown
        return
    np = sys.modules.get("numpy")
    if np is not None and shapes and math.prod(np.broadcast_shapes(*shapes)) > MAX_ELEMENTS:
        raise _Unknown


def _small_enough(*values: Any) -> None:
    for v in values:
        if _is_array(v) and _size(v) > MAX_ELEMENTS or type(v) in (list, tuple) and len(v) > 1000:
            raise _Unknown


def _size(v: Any) -> int:
    size = getattr(v, "size", None)
    return int(size) if isinstance(size, int) else int(v.numel())


def _checked(value: Any) -> Any:
    if _is_array(value) and _size(value) > MAX_ELEMENTS:
        raise _Unknown
    return value


def _defined_in_submission(module_name: str) -> bool:
    """Whether the module of that name is a file of the submission (a class of the student's, not torchvision's)."""
    module = sys.modules.get(module_name)
    path = getattr(module, "__file__", None) if isinstance(module, types.ModuleType) else None
    return isinstance(path, str) and path.startswith(_FOLDER[0].rstrip("/") + "/")


def _description(value: Any, depth: int = 0) -> dict:
    """What a value is, as plain data: its kind and shape, never its contents (a number's value excepted)."""
    np, torch = sys.modules.get("numpy"), sys.modules.get("torch")
    if np is not None and type(value) is np.ndarray:
        return {"kind": "array", "shape": [int(n) for n in value.shape[:8]], "dtype": str(value.dtype)[:20]}
    if torch is not None and isinstance(value, torch.Tensor):
        return {"kind": "tensor", "shape": [int(n) for n in tuple(value.shape)[:8]],
                "dtype": str(value.dtype).removeprefix("torch.")[:20]}
    if value is None:
        return {"kind": "none"}
    if _is_number(value):
        number = float(value) if not isinstance(value, complex) else math.nan
        return {"kind": "number", "type": type(value).__name__[:20],
                "value": number if math.isfinite(number) else None}
    if type(value) is str:
        return {"kind": "text", "length": len(value)}
    if type(value) in (list, tuple):
        items = [_description(v, depth + 1) for v in value[:6]] if depth == 0 else []
        return {"kind": type(value).__name__, "length": len(value), "items": items}
    if type(value) is dict:
        return {"kind": "dict", "keys": [k[:40] for k in list(value)[:8] if type(k) is str]}
    if np is not None and isinstance(value, np.ufunc):
        return {"kind": "function", "name": f"numpy.{value.__name__}"[:100], "inputs": int(value.nin)}
    if isinstance(value, type):
        return {"kind": "class", "name": value.__qualname__[:100]}
    if torch is not None and isinstance(value, torch.nn.Module):
        kind = type(value)
        library = not _defined_in_submission(kind.__module__)
        text = ""
        if library:
            try:
                text = kind.extra_repr(value)[:200] if kind.extra_repr.__module__.startswith("torch.") else ""
            except Exception:  # noqa: BLE001
                text = ""
        return {"kind": "module", "class": kind.__qualname__[:100], "library": library, "text": text}
    if isinstance(value, (*_function_types(), types.MethodType)):
        owner = getattr(value, "__self__", None)
        short = str(getattr(value, "__name__", "") or "?")
        if owner is not None and not isinstance(owner, (types.ModuleType, type)) and \
                isinstance(value, (types.BuiltinMethodType, types.BuiltinFunctionType)):
            # a method of an object written in C (an array's reshape): its owner's type names it
            return {"kind": "function", "name": f"{type(owner).__name__}.{short}"[:100], "own": False}
        code = getattr(getattr(value, "__func__", value), "__code__", None)
        own = code is not None and code.co_filename.startswith(_FOLDER[0].rstrip("/") + "/")
        if not own:  # (torch.where's qualified name is torch._VariableFunctionsClass.where)
            module = getattr(value, "__module__", None) or ""
            return {"kind": "function", "name": f"{module.split('.')[0] or 'builtins'}.{short}"[:100], "own": False}
        return {"kind": "function", "name": str(getattr(value, "__qualname__", short))[:100], "own": True}
    return {"kind": "object", "type": type(value).__qualname__[:100]}
