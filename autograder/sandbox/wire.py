"""The wire between grader and child: length-prefixed frames of JSON plus .npy blobs.

Only data crosses: JSON values, NumPy arrays as .npy read with allow_pickle=False, and
handles (ids of objects that stay in the child). This file is loaded on both sides, so
it depends on the standard library and NumPy only.

A frame may come from a hostile child, so what decoding it costs the grader is bounded before
anything is built (json.loads makes ~30 bytes of Python objects of each byte of `[],`): the
lists, dicts and values of the JSON part are counted first, nesting stops at json's recursion
limit and then at MAX_DEPTH, the tree becomes values in place, every array is read once,
straight from the frame, and its header must match its bytes. Decoding holds at most ten
times the frame plus DECODE_ALLOWANCE (tests/test_wire.py measures it); a refused frame costs
next to nothing. encode() refuses what decode() would, so an honest child says why.
"""
from __future__ import annotations

import io
import json
import math
import os
import struct
from typing import Any, Callable

import numpy as np

MAX_FRAME_BYTES = 256 * 1024 * 1024  # the most one reply may make the grader hold
MAX_DEPTH = 32  # values within values (a tuple, list or dict is one level)
MAX_CONTAINERS = 100_000  # JSON lists and objects in one frame (an array is one object; its data is a blob)
MAX_VALUES = 500_000  # JSON values and keys in one frame: send many numbers as an array
MAX_ARRAYS = 10_000  # arrays in one frame (reading an .npy header takes tens of microseconds)
DECODE_ALLOWANCE = 32 * 1024 * 1024  # what MAX_CONTAINERS and MAX_VALUES may cost beyond 10x a small frame
ARRAY_KINDS = "biufcSUmM"  # booleans, numbers, bytes, text, dates: no objects, records or voids
_NPY_HEADER_MAX = 65536 + 16
_HEADER = struct.Struct("<I")
_BLOB = struct.Struct("<Q")


class WireError(Exception):
    """A frame that is malformed, too large or holds something that is not data."""


class Handle:
    """A reference to an object that lives in the child (a cache, a model...)."""

    __slots__ = ("id", "type_name")

    def __init__(self, id: int, type_name: str) -> None:
        self.id = id
        self.type_name = type_name

    def __repr__(self) -> str:
        return f"<{self.type_name} object kept in the student process>"


class FunctionSpec:
    """A named test function built inside the child (grader -> child only)."""

    __slots__ = ("name", "args")

    def __init__(self, name: str, *args: Any) -> None:
        self.name = name
        self.args = args


# Functions the grader may hand to student code by name (a FunctionSpec), e.g. to a
# student's numerical gradient checker; built on whichever side runs the call.
TEST_FUNCTIONS = {
    "weighted_sum_sin": lambda c: (lambda x: float(np.sum(c * np.sin(x)))),
    "weighted_sum_cubes": lambda c: (lambda x: float(np.sum(c * x ** 3))),
    "matrix_product": lambda a: (lambda x: a @ x),
    "elementwise_tanh_square": lambda: (lambda x: np.tanh(x) ** 2),
    # every entry's derivative depends on the others (a sum of functions of one entry each hides an entry left
    # shifted in a working copy: the next entries' differences do not see it)
    "quadratic_form": lambda a: (lambda x: float(np.ravel(x) @ a @ np.ravel(x))),
}



def build_function(spec: FunctionSpec) -> Callable:
    if spec.name not in TEST_FUNCTIONS:
        raise WireError(f"unknown test function {spec.name}")
    return TEST_FUNCTIONS[spec.name](*spec.args)


def built(value: Any) -> Any:
    """value, or the function it names when it is a FunctionSpec (an argument as code in-process gets it)."""
    return build_function(value) if isinstance(value, FunctionSpec) else value


# ----------------------------------------------------------------- encoding
def encode(value: Any, to_handle: Callable[[Any], Handle] | None = None) -> bytes:
    """Serialise value; objects that are not data become handles via to_handle (child side)."""
    blobs: list[bytes] = []

    def enc(v: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise WireError("value nested too deeply")
        if v is None or isinstance(v, (bool, str)) or type(v) is int:
            return v
        if type(v) is float:
            return v if math.isfinite(v) else {"__float__": repr(v)}
        if isinstance(v, Handle):
            return {"__handle__": v.id, "type": v.type_name}
        if isinstance(v, FunctionSpec):
            return {"__function__": v.name, "args": [enc(a, depth + 1) for a in v.args]}
        if isinstance(v, (np.ndarray, np.generic)):
            arr = np.asarray(v)
            if arr.dtype.hasobject:
                return enc_handle(v)
            buf = io.BytesIO()
            np.save(buf, arr if arr.flags.c_contiguous else np.ascontiguousarray(arr), allow_pickle=False)
            blobs.append(buf.getvalue())
            key = "__ndarray__" if isinstance(v, np.ndarray) else "__npscalar__"
            return {key: len(blobs) - 1}
        if type(v) is list:
            return [enc(x, depth + 1) for x in v]
        if type(v) is tuple:
            return {"__tuple__": [enc(x, depth + 1) for x in v]}
        if type(v) is dict and all(type(k) is str for k in v):
            return {"__dict__": {k: enc(x, depth + 1) for k, x in v.items()}}
        if isinstance(v, int) and not isinstance(v, bool) and to_handle is None:
            return int(v)
        if isinstance(v, float) and to_handle is None:
            return enc(float(v), depth)
        return enc_handle(v)

    def enc_handle(v: Any) -> Any:
        if to_handle is None:
            raise WireError(f"cannot send a {type(v).__name__}")
        h = to_handle(v)
        return {"__handle__": h.id, "type": h.type_name}

    return _pack(enc(value, 0), blobs)


def _pack(tree: Any, blobs: list[bytes]) -> bytes:
    """The frame's payload; refused here (the sender's error, with the limit) when decode would refuse it."""
    header = json.dumps({"tree": tree, "blobs": len(blobs)}, allow_nan=False).encode()
    check_json_shape(header)
    size = 4 + len(header) + sum(8 + len(b) for b in blobs)
    if size > MAX_FRAME_BYTES:
        raise WireError(f"the value is too large to send: {size} bytes, over the limit of {MAX_FRAME_BYTES} bytes "
                        "per reply")
    parts = [_HEADER.pack(len(header)), header]
    for b in blobs:
        parts += [_BLOB.pack(len(b)), b]
    return b"".join(parts)


# ----------------------------------------------------------------- decoding
def check_json_shape(data: bytes | bytearray, start: int = 0, end: int | None = None) -> None:
    """Refuse JSON that would cost far more to build than its size, before json.loads builds it.

    Counted on the raw bytes (brackets, commas and colons inside strings too, so the counts
    bound what json.loads builds from above): no copy, C speed. Nesting is bounded by
    json.loads's own recursion limit and then by MAX_DEPTH while the values are made.
    """
    end = len(data) if end is None else end
    opens = data.count(b"[", start, end) + data.count(b"{", start, end)
    if opens > MAX_CONTAINERS:
        raise WireError(f"a reply that is too large: {opens} lists and dicts, over the limit of "
                        f"{MAX_CONTAINERS} (send many numbers as one NumPy array)")
    values = 1 + opens + data.count(b",", start, end) + 2 * data.count(b":", start, end)
    if values > MAX_VALUES:
        raise WireError(f"a reply that is too large: about {values} values, over the limit of {MAX_VALUES} "
                        "(send many numbers as one NumPy array)")


def _frame_parts(data: bytes | bytearray) -> tuple[Any, list[memoryview]]:
    """The frame's JSON header (checked, then parsed) and its blobs as views of `data` (no copies)."""
    try:
        (n,) = _HEADER.unpack_from(data, 0)
    except struct.error as e:
        raise WireError(f"malformed frame: {e}") from None
    if n > len(data) - 4:
        raise WireError("malformed frame: truncated header")
    check_json_shape(data, 4, 4 + n)
    try:
        header = json.loads(str(memoryview(data)[4:4 + n], "utf-8"))
    except RecursionError:
        raise WireError(f"a reply that is too deeply nested, over the limit of {MAX_DEPTH} levels") from None
    except (ValueError, UnicodeDecodeError) as e:
        raise WireError(f"malformed frame: {e}") from None
    if not isinstance(header, dict) or set(header) != {"tree", "blobs"}:
        raise WireError("malformed frame: not a frame header")
    count = header["blobs"]
    if type(count) is not int or count < 0:
        raise WireError("malformed frame: bad array count")
    if count > MAX_ARRAYS:
        raise WireError(f"a reply that is too large: {count} arrays, over the limit of {MAX_ARRAYS}")
    return header["tree"], _blobs(data, 4 + n, count)


def _blobs(data: bytes | bytearray, pos: int, count: int) -> list[memoryview]:
    view, blobs = memoryview(data), []
    for _ in range(count):
        if pos + 8 > len(data):
            raise WireError("truncated array")
        (m,) = _BLOB.unpack_from(data, pos)
        pos += 8
        if m > len(data) - pos:
            raise WireError("truncated array")
        blobs.append(view[pos:pos + m])
        pos += m
    if pos != len(data):
        raise WireError("malformed frame: bytes after the last array")
    return blobs


def load_array(blob: memoryview) -> np.ndarray:
    """An .npy blob as a new array of plain data; its header must describe exactly its bytes.

    Read from the frame without np.load's copy; nothing is unpickled (object dtypes are refused
    before any data is looked at).
    """
    try:
        head = io.BytesIO(blob[:_NPY_HEADER_MAX])
        version = np.lib.format.read_magic(head)
        if version == (1, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_1_0(head)
        elif version == (2, 0):
            shape, fortran, dtype = np.lib.format.read_array_header_2_0(head)
        else:
            raise WireError(f"unsupported .npy version {version}")
    except WireError:
        raise
    except Exception as e:  # noqa: BLE001 - any parse failure is a wire error
        raise WireError(f"unreadable array: {e}") from None
    if (dtype.hasobject or dtype.names is not None or dtype.subdtype is not None or dtype.itemsize == 0
            or dtype.kind not in ARRAY_KINDS):
        raise WireError(f"array of dtype {dtype} is not plain data")
    if any(type(d) is not int or d < 0 for d in shape):
        raise WireError("bad array shape")
    count = math.prod(shape)
    offset = head.tell()
    if offset + count * dtype.itemsize != len(blob):
        raise WireError("the array's data does not match its header")
    order = "F" if fortran else "C"
    try:
        if count == 0:
            return np.empty(shape, dtype=dtype, order=order)
        return np.frombuffer(blob, dtype=dtype, count=count, offset=offset).reshape(shape, order=order).copy(order="K")
    except (ValueError, TypeError, MemoryError) as e:  # e.g. more dimensions than NumPy allows
        raise WireError(f"unreadable array: {e}") from None


def decode(data: bytes | bytearray, resolve_handle: Callable[[int], Any] | None = None,
           resolve_function: Callable[[str, list], Any] | None = None) -> Any:
    """Inverse of encode. Arrays are read with allow_pickle=False; nothing is ever unpickled.

    The parsed JSON is turned into values in place (no second copy of the tree), and each
    array may be referenced once (a blob referenced a thousand times would be a thousand arrays).
    """
    tree, blobs = _frame_parts(data)
    used: set[int] = set()

    def load(i: Any) -> np.ndarray:
        if type(i) is not int or not 0 <= i < len(blobs):
            raise WireError("bad array reference")
        if i in used:
            raise WireError("an array is referenced more than once")
        used.add(i)
        return load_array(blobs[i])

    def dec(v: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise WireError(f"a reply that is too deeply nested, over the limit of {MAX_DEPTH} levels")
        if v is None or isinstance(v, (bool, str, int, float)):
            return v
        if isinstance(v, list):
            for i, x in enumerate(v):
                v[i] = dec(x, depth + 1)
            return v
        if not isinstance(v, dict) or len(v) > 2:
            raise WireError("unknown value")
        if "__ndarray__" in v:
            return load(v["__ndarray__"])
        if "__npscalar__" in v:
            arr = load(v["__npscalar__"])
            if arr.ndim != 0:
                raise WireError("bad scalar")
            return arr[()]
        if "__float__" in v:
            if v["__float__"] not in ("nan", "inf", "-inf"):
                raise WireError("bad float")
            return float(v["__float__"])
        if "__tuple__" in v:
            return tuple(dec(_list(v["__tuple__"]), depth))
        if "__dict__" in v:
            d = v["__dict__"]
            if not isinstance(d, dict):
                raise WireError("bad dict")
            for k in d:
                d[k] = dec(d[k], depth + 1)
            return d
        if "__handle__" in v:
            hid, tname = v["__handle__"], v.get("type", "object")
            if type(hid) is not int or not isinstance(tname, str):
                raise WireError("bad handle")
            return resolve_handle(hid) if resolve_handle else Handle(hid, tname[:200])
        if "__function__" in v and resolve_function is not None:
            return resolve_function(str(v["__function__"]), dec(_list(v.get("args", [])), depth))
        raise WireError("unknown value")

    try:
        value = dec(tree, 0)
    except (MemoryError, RecursionError) as e:  # within the limits neither should happen: still, never raise them
        raise WireError(f"value could not be decoded: {type(e).__name__}") from None
    if len(used) != len(blobs):
        raise WireError("malformed frame: an array that nothing refers to")
    return value


def _list(v: Any) -> list:
    if not isinstance(v, list):
        raise WireError("expected a list")
    return v


# ------------------------------------------------------------------- frames
def write_frame(fd: int, payload: bytes) -> None:
    data = _HEADER.pack(len(payload)) + payload
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def read_exact(fd: int, n: int) -> bytes:
    chunks, left = [], n
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError("the other side closed the pipe")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_frame(fd: int) -> bytes:
    (n,) = _HEADER.unpack(read_exact(fd, 4))
    if n > MAX_FRAME_BYTES:
        raise WireError(f"frame of {n} bytes exceeds the limit")
    return read_exact(fd, n)
