"""The `oracle` fixture: the reference module when grading, recorded answers in a student release.

A student release must not ship the answer key, yet its public tests need expected
values. `autograder release` runs the public tests once against the reference, recording
every oracle call in order (function name, a digest of its inputs, its outputs); the
student's `autograder check` replays them. Oracle inputs must therefore come from `rng`
or from earlier oracle outputs, never from the student's outputs.
"""
from __future__ import annotations

import copy
import hashlib
import importlib
import importlib.util
import json
import traceback
from pathlib import Path
from typing import Any

import numpy as np

from autograder.grading.checks import GraderError
from autograder.sandbox import wire

RECORDING_FILE = "public_expected.npz"


class StaleRecording(Exception):
    """The public tests ask the oracle something the recording does not hold."""


def _digest(args: tuple, kwargs: dict) -> str:
    try:
        return hashlib.sha256(wire.encode({"args": list(args), "kwargs": kwargs})).hexdigest()[:16]
    except wire.WireError:
        return "unencodable"


class RecordingOracle:
    """Wraps the reference module; remembers each call of one test."""

    def __init__(self, module: Any, calls: list[dict]) -> None:
        self._module = module
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        fn = getattr(self._module, name)

        def record(*args: Any, **kwargs: Any) -> Any:
            digest = _digest(args, kwargs)  # before the call: the reference may update dict arguments
            value = fn(*args, **kwargs)
            # Dict arguments the reference updated in place (bn_param...) are replayed too.
            updated = {str(i): copy.deepcopy(a) for i, a in enumerate(args) if isinstance(a, dict)}
            self._calls.append({"function": name, "digest": digest, "value": {"value": value, "updated": updated}})
            return value

        return record


class ReplayOracle:
    """Answers one test's oracle calls, in order, from a recording."""

    def __init__(self, test: str, calls: list[tuple[str, str, bytes]]) -> None:
        self._test = test
        self._calls = calls
        self._next = 0

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)

        def replay(*args: Any, **kwargs: Any) -> Any:
            if self._next >= len(self._calls):
                raise StaleRecording(f"{self._test}: no recorded answer for call {self._next + 1} ({name}); "
                                     "the instructor must re-run `autograder release`")
            function, digest, payload = self._calls[self._next]
            self._next += 1
            if function != name or digest != _digest(args, kwargs):
                raise StaleRecording(f"{self._test}: the recorded answers do not match the test's inputs "
                                     f"({name}); the instructor must re-run `autograder release`")
            recorded = wire.decode(payload)
            for i, state in recorded["updated"].items():
                args[int(i)].clear()
                args[int(i)].update(state)
            return recorded["value"]

        return replay


def reference_fault(error: BaseException, reference: str) -> GraderError | None:
    """A grader test's exception raised while the reference was running (a frame of the reference's
    file on its traceback): the instructor's error, never the student's. Graders only give the
    reference inputs from `rng` or its own outputs, so nothing the student returned reaches it."""
    if isinstance(error, (GraderError, StaleRecording)):
        return None
    try:
        found = importlib.util.find_spec(reference)
    except (ImportError, ValueError, AttributeError):
        return None
    origin = found.origin if found else None
    frames = traceback.extract_tb(error.__traceback__) if origin else []
    inside = [f for f in frames if f.filename == origin]
    if not inside:
        return None
    return GraderError(f"the reference {reference}.{inside[-1].name}() raised {type(error).__name__}: "
                       f"{str(error)[:500]}")


def save_recording(path: Path, recording: dict[str, list[dict]]) -> None:
    """recording: test name -> its calls. Stored as uint8 blobs in an .npz (no pickle)."""
    arrays: dict[str, np.ndarray] = {}
    index: dict[str, list[list[str]]] = {}
    for test, calls in recording.items():
        index[test] = []
        for i, call in enumerate(calls):
            key = f"{test}__{i}"
            arrays[key] = np.frombuffer(wire.encode(call["value"]), dtype=np.uint8)
            index[test].append([call["function"], call["digest"], key])
    arrays["__index__"] = np.frombuffer(json.dumps(index, sort_keys=True).encode(), dtype=np.uint8)
    with path.open("wb") as f:
        np.savez_compressed(f, **arrays)


def load_recording(path: Path) -> dict[str, list[tuple[str, str, bytes]]]:
    with np.load(path, allow_pickle=False) as data:
        index = json.loads(bytes(data["__index__"]).decode())
        return {test: [(fn, digest, bytes(data[key])) for fn, digest, key in calls] for test, calls in index.items()}


class OracleSource:
    """What the `oracle` fixture gives each test: the reference module when grading, its recorded
    answers in a student release, or the reference wrapped to record them (`autograder release`)."""

    def __init__(self, reference: str, recording: dict[str, list] | None = None, record: bool = False) -> None:
        self.reference = reference  # import path of the reference module
        self.recording = recording
        self.record = record
        self.recorded_calls: dict[str, list[dict]] = {}  # test name -> its calls, filled when record=True

    def module(self) -> Any:
        """The reference module; GraderError when it does not import (the instructor's error)."""
        try:
            return importlib.import_module(self.reference)
        except Exception as e:  # noqa: BLE001 - whatever it raises, no student is to blame
            raise GraderError(f"the reference module {self.reference} is not importable: {type(e).__name__}: "
                              f"{str(e)[:500]}") from e

    def for_test(self, name: str) -> Any:
        if self.recording is not None:
            return ReplayOracle(name, self.recording.get(name, []))
        if self.record:
            return RecordingOracle(self.module(), self.recorded_calls.setdefault(name, []))
        return self.module()
