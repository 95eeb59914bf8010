"""A diagnosis is advice: an error raised while giving one must not cost a result.

The error is swallowed and logged at INFO (bench/diagnosis_corpus.py counts them per entry). With the variable
RAISE_ADVICE_ERRORS_ENV set to "1" it is raised instead: the test suite sets it, so that a bug in a detector, such
as a NameError, fails a test rather than showing only as a diagnosis missing.
"""
from __future__ import annotations

import logging
import os
import sys

from autograder.sandbox.errors import StudentCodeError

RAISE_ADVICE_ERRORS_ENV = "AUTOGRADER_RAISE_ADVICE_ERRORS"
ADVICE_LOG = logging.getLogger(__name__)


def advice_failed() -> None:
    """Called in the handler of an error raised while giving advice: re-raises it where the switch is on, unless
    the student's code or its sandbox raised it (a call made for a diagnosis that times out, a child that
    crashes: no bug of the detector's); else logs it, at INFO (not shown unless asked for)."""
    if isinstance(sys.exc_info()[1], StudentCodeError):
        return
    if os.environ.get(RAISE_ADVICE_ERRORS_ENV) == "1":
        raise
    ADVICE_LOG.info("a diagnosis failed and was left out", exc_info=True)
