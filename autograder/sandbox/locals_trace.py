"""What one function's local names hold as it runs, statement by statement.

For the diagnosis that finds where a student's values first part from the solution's
(grading/departure.py). The same recorder runs on the student's function inside the sandboxed
child (sandbox/child.py, the "trace" request) and on the solution's in the grading process.
A record is (line, name, value): after the statement at `line` ran, `name` held a new value (a new
object, or an array changed in place). Only numbers and numeric arrays are recorded, each name's
first value per line only (a statement in a loop is marked as repeated instead), and everything is
bounded: what a hostile child sends back is data the grader checks, never code.

A patch (line, name, value) sets `name` to `value` right after the statement at `line` first
binds it: the function then runs on with that value, as if the line had computed it.
"""
from __future__ import annotations

import sys
import types
from typing import Any

import numpy as np

MAX_RECORDS = 200  # first values recorded per call
MAX_ELEMENTS = 2_000_000  # array elements recorded per call, in all
MAX_ARRAY = 250_000  # elements of one recorded array
MAX_EVENTS = 20_000  # statements traced per call; the function then runs on untraced
FINGERPRINT_ELEMENTS = 4_096  # arrays this small are also watched for changes made in place


def recordable(value: Any) -> bool:
    """A number or a numeric array small enough to record (booleans and objects are not)."""
    if isinstance(value, (bool, np.bool_)):
        return False
    if isinstance(value, (int, float, np.integer, np.floating)):
        return True
    return isinstance(value, np.ndarray) and value.dtype.kind in "iuf" and value.size <= MAX_ARRAY


def _fingerprint(value: Any) -> Any:
    """What tells a value changed: the object, and for a small array its bytes too."""
    if isinstance(value, np.ndarray) and value.size <= FINGERPRINT_ELEMENTS:
        try:
            return id(value), hash(value.tobytes())
        except Exception:  # noqa: BLE001 - an array whose bytes cannot be read is watched by identity
            return id(value), None
    return id(value), None


class LocalsRecorder:
    """Records what the locals of `code`'s first frame hold, statement by statement (a context manager
    around one call). records: [(line, name, value)]; repeated: the (line, name) pairs set more than
    once (in a loop); patched: whether the patch was made."""

    def __init__(self, code: types.CodeType, patch: tuple[int, str, Any] | None = None) -> None:
        self.code = code
        self.patch = patch
        self.patched = False
        self.records: list[tuple[int, str, Any]] = []
        self.repeated: set[tuple[int, str]] = set()
        self._seen: set[tuple[int, str]] = set()
        self._elements = 0
        self._events = 0
        self._frame: types.FrameType | None = None
        self._line: int | None = None
        self._before: dict[str, Any] = {}
        self._previous: Any = None

    def __enter__(self) -> LocalsRecorder:
        self._previous = sys.gettrace()
        sys.settrace(self._call)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.settrace(self._previous)

    def _call(self, frame: types.FrameType, event: str, arg: Any) -> Any:
        if self._frame is not None or frame.f_code is not self.code:
            return None  # other functions, and calls of this one made by itself, run untraced
        self._frame = frame
        return self._step

    def _step(self, frame: types.FrameType, event: str, arg: Any) -> Any:
        if frame is not self._frame or event not in ("line", "return"):
            return self._step
        self._events += 1
        if self._events > MAX_EVENTS:
            return None
        now = frame.f_locals
        if self._line is not None:
            self._note(self._line, now)
        self._before = {name: _fingerprint(value) for name, value in now.items()}
        self._line = frame.f_lineno
        return self._step

    def _note(self, line: int, now: dict[str, Any]) -> None:
        """The names the statement at `line` set (or changed in place), and the patch if it is due."""
        for name, value in list(now.items()):
            if self._before.get(name) == _fingerprint(value) or not recordable(value):
                continue
            key = (line, name)
            if key in self._seen:
                self.repeated.add(key)
                continue
            self._seen.add(key)
            if self.patch is not None and not self.patched and self.patch[:2] == key:
                value = self.patch[2].copy() if isinstance(self.patch[2], np.ndarray) else self.patch[2]
                now[name] = value  # written back into the frame when this trace function returns
                self.patched = True
            size = value.size if isinstance(value, np.ndarray) else 1
            if len(self.records) < MAX_RECORDS and self._elements + size <= MAX_ELEMENTS:
                self._elements += size
                self.records.append((line, name, value.copy() if isinstance(value, np.ndarray) else value))
