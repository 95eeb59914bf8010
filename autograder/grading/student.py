"""The `student` fixture: the submission's functions, called in the sandbox or locally."""
from __future__ import annotations

import copy
import sys
import time
import types
from typing import Any

import numpy as np

from autograder.sandbox import training_probe, wire
from autograder.sandbox.errors import StudentException, raised_outside
from autograder.sandbox.process import StudentProcess
from autograder.sandbox.training_record import TrainingRecord


class RemoteStudent:
    """student.affine_forward(x, w, b) runs the student's function in the sandboxed child.

    Positions listed in keep_in_child (e.g. the cache of a forward pass) stay in the
    child and come back as handles, which can be passed to later calls.
    """

    def __init__(self, process: StudentProcess, keep_in_child: dict[str, list[int]],
                 called: set[str] | None = None, deadline: float | None = None,
                 returned: list[tuple[str, Any, bool]] | None = None,
                 trainings: dict[int, TrainingRecord] | None = None) -> None:
        self._process = process
        self._keep = keep_in_child
        self._deadline = deadline  # time.monotonic() at which the submission's budget ends
        self.called: set[str] = called if called is not None else set()
        # (function, its return or the StudentException it raised, echoes()) per call, for the diagnosis
        self.returned = returned if returned is not None else []
        # what the torch training of a call did (sandbox/training_probe.py), by its index in returned
        self.trainings = trainings if trainings is not None else {}
        self.changed_numpy_random: set[str] = set()  # functions a call of which seeded or drew from np.random

    def keep(self, value: Any) -> Any:
        """A value that lives in the student's process, so that their code can update it in place
        (CS231n-style bn_param); pass the returned handle to calls, read it back with fetch()."""
        return self._process.keep(value)

    def fetch(self, handle: Any) -> Any:
        return self._process.fetch(handle)

    def kept_positions(self, function: str) -> list[int] | None:
        """Which positions of function's returned tuple stay in the child (so the reference's can too)."""
        return self._keep.get(function)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)

        def remote(*args: Any, **kwargs: Any) -> Any:
            self.called.add(name)
            timeout = self._process.limits.call_timeout_s
            if self._deadline is not None:
                timeout = max(0.05, min(timeout, self._deadline - time.monotonic()))
            try:
                value = self._process.call(name, *args, keep=self._keep.get(name), timeout=timeout, **kwargs)
            except StudentException as e:
                self.returned.append((name, e, False))  # where in the calls it raised, for the diagnosis
                self._note_training()
                raise
            self.returned.append((name, value, echoes(value, args, kwargs)))
            self._note_training()
            if self._process.last_changed_numpy_random:
                self.changed_numpy_random.add(name)
            return value

        remote.__name__ = name
        return remote

    def _note_training(self) -> None:
        record = self._process.last_training
        if record is not None:
            self.trainings[len(self.returned) - 1] = record


class LocalStudent:
    """The same interface over a trusted in-process module (the solution or a mutant of it).

    raises_as_student: an exception the module's function raises comes out as the sandboxed child's
    does (a StudentException with its type's name and message), so that a mutant's error is scored and
    compared like a student's; otherwise it propagates as it is (trusted code failing ends the test).
    trainings: where given, what each call's torch training did is recorded there, as the child records the
    student's (a catalogued mistake's training, to compare with the student's)."""

    def __init__(self, module: types.ModuleType, called: set[str] | None = None,
                 returned: list[tuple[str, Any, bool]] | None = None, raises_as_student: bool = False,
                 trainings: dict[int, TrainingRecord] | None = None) -> None:
        self._module = module
        self.called: set[str] = called if called is not None else set()
        self.returned = returned if returned is not None else []
        self._raises_as_student = raises_as_student
        self.trainings = trainings
        self.changed_numpy_random: set[str] = set()  # as RemoteStudent's

    @staticmethod
    def keep(value: Any) -> Any:
        return copy.deepcopy(value)  # the student's code mutates its own copy, as in the sandbox

    @staticmethod
    def fetch(handle: Any) -> Any:
        return handle

    def _files_of(self, fn: Any) -> set[str]:
        """The source files of the module's code: its own, and the called function's (a mutant's module)."""
        return {f for f in (getattr(self._module, "__file__", None),
                            getattr(getattr(fn, "__code__", None), "co_filename", None)) if f}

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        fn = getattr(self._module, name)

        def local(*args: Any, **kwargs: Any) -> Any:
            self.called.add(name)
            args, kwargs = tuple(wire.built(a) for a in args), {k: wire.built(v) for k, v in kwargs.items()}
            probe = training_probe.install() if self.trainings is not None and "torch" in sys.modules else None
            if probe is not None:
                probe.begin()
            numpy_random_before = training_probe.numpy_random_state()
            try:
                value = fn(*args, **kwargs)
            except Exception as e:
                if not self._raises_as_student:
                    self._note_training(probe, fn, args, kwargs, keep=False)
                    raise
                # as the child words it (sandbox/child.error_frame): the type's name, the message cut at 2000
                error = StudentException(name, type(e).__name__, str(e)[:2000], "",
                                         from_library=raised_outside(e, self._files_of(fn).__contains__))
                self.returned.append((name, error, False))
                self._note_training(probe, fn, args, kwargs)
                raise error from None
            self.returned.append((name, value, echoes(value, args, kwargs)))
            self._note_training(probe, fn, args, kwargs)
            if training_probe.numpy_random_state() != numpy_random_before:
                self.changed_numpy_random.add(name)
            return value

        return local

    def _note_training(self, probe: training_probe.Probe | None, fn: Any, args: tuple, kwargs: dict,
                       keep: bool = True) -> None:
        """The probe's record of the call just returned, kept by its index in returned (as RemoteStudent's)."""
        if probe is None or self.trainings is None:
            return
        record = TrainingRecord.from_frame(probe.end(fn, args, kwargs))
        if record is not None and keep:
            self.trainings[len(self.returned) - 1] = record


def echoes(value: Any, args: tuple, kwargs: dict) -> bool:
    """The call returned one of its array arguments as it was (alone or first in a tuple): an output that
    says little of what the function computes (a step that never ran gives it, as do many mistakes)."""
    first = value[0] if isinstance(value, tuple) and value else value
    if not isinstance(first, np.ndarray):
        return False
    return any(isinstance(a, np.ndarray) and a.shape == first.shape and np.array_equal(a, first)
               for a in (*args, *kwargs.values()))
