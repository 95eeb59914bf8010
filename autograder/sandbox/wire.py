"""The wire between grader and child: length-prefixed frames of JSON plus .npy blobs.

Only data crosses: JSON values, NumPy arrays as .npy read with allow_pickle=False, and
handles (ids of objects that stay in the child). This file is loaded on both sides, so
it depends on the standard library and NumPy only.
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
MAX_DEPTH = 32
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
}



def build_function(spec: FunctionSpec) -> Callable:
    if spec.name not in TEST_FUNCTIONS:
        raise WireError(f"unknown test function {spec.name}")
    return TEST_FUNCTIONS[spec.name](*spec.args)


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
    header = json.dumps({"tree": tree, "blobs": len(blobs)}, allow_nan=False).encode()
    parts = [_HEADER.pack(len(header)), header]
    for b in blobs:
        parts += [_BLOB.pack(len(b)), b]
    return b"".join(parts)


# ----------------------------------------------------------------- decoding
def decode(data: bytes, resolve_handle: Callable[[int], Any] | None = None,
           resolve_function: Callable[[str, list], Any] | None = None) -> Any:
    """Inverse of encode. Arrays are read with allow_pickle=False; nothing is ever unpickled."""
    try:
        (n,) = _HEADER.unpack_from(data, 0)
        header = json.loads(data[4:4 + n].decode("utf-8"))
        pos = 4 + n
        blobs = []
        for _ in range(int(header["blobs"])):
            (m,) = _BLOB.unpack_from(data, pos)
            pos += 8
            if pos + m > len(data):
                raise WireError("truncated array")
            blobs.append(data[pos:pos + m])
            pos += m
    except (struct.error, ValueError, KeyError, TypeError, UnicodeDecodeError) as e:
        raise WireError(f"malformed frame: {e}") from None

    def load(i: Any) -> np.ndarray:
        if type(i) is not int or not 0 <= i < len(blobs):
            raise WireError("bad array reference")
        try:
            arr = np.load(io.BytesIO(blobs[i]), allow_pickle=False)
        except Exception as e:  # noqa: BLE001 - any parse failure is a wire error
            raise WireError(f"unreadable array: {e}") from None
        if not isinstance(arr, np.ndarray) or arr.dtype.hasobject:
            raise WireError("array is not plain data")
        return arr

    def dec(v: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise WireError("value nested too deeply")
        if v is None or isinstance(v, (bool, str, int, float)):
            return v
        if isinstance(v, list):
            return [dec(x, depth + 1) for x in v]
        if not isinstance(v, dict) or len(v) > 2:
            raise WireError("unknown value")
        if "__ndarray__" in v:
            return load(v["__ndarray__"])
        if "__npscalar__" in v:
            return load(v["__npscalar__"])[()]
        if "__float__" in v:
            if v["__float__"] not in ("nan", "inf", "-inf"):
                raise WireError("bad float")
            return float(v["__float__"])
        if "__tuple__" in v:
            return tuple(dec(x, depth + 1) for x in _list(v["__tuple__"]))
        if "__dict__" in v:
            d = v["__dict__"]
            if not isinstance(d, dict):
                raise WireError("bad dict")
            return {str(k): dec(x, depth + 1) for k, x in d.items()}
        if "__handle__" in v:
            hid, tname = v["__handle__"], v.get("type", "object")
            if type(hid) is not int or not isinstance(tname, str):
                raise WireError("bad handle")
            return resolve_handle(hid) if resolve_handle else Handle(hid, tname[:200])
        if "__function__" in v and resolve_function is not None:
            return resolve_function(str(v["__function__"]), [dec(a, depth + 1) for a in _list(v.get("args", []))])
        raise WireError("unknown value")

    return dec(header["tree"], 0)


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
