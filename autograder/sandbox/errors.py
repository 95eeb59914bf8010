"""What the student's code did that ends a call, as exceptions the grader turns into a test status."""
from __future__ import annotations

from collections.abc import Callable


class StudentCodeError(Exception):
    """Something the student's code did that ends a call; `status` is the test status it earns."""

    status = "error"

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class StudentException(StudentCodeError):
    def __init__(self, function: str, type_name: str, message: str, traceback: str,
                 from_library: bool = False, raised_in: tuple = ()) -> None:
        self.function = function  # the grader's name for the call (type_name and message are the child's)
        # where in the student's files it raised, innermost first (sandbox/raised.RaisedFrame; the child's word)
        self.raised_in = raised_in
        self.type_name = type_name
        # a NotImplementedError a library raised (torch has no such operation for these dtypes): not a stub
        self.from_library = from_library
        text = f"{function}() raised {type_name}: {message}" if message else f"{function}() raised {type_name}"
        if self.not_implemented:
            text = f"{function}() is not implemented yet (it raised NotImplementedError)"
        elif type_name == "NotImplementedError":
            text = (f"{function}() raised NotImplementedError inside a library it called, which has no such "
                    f"operation for the arguments given (check their types and order): {message}")
        elif type_name == "MissingFunction":
            text = message
        super().__init__(text, traceback)

    @property
    def not_implemented(self) -> bool:
        """Whether the student's own code raised NotImplementedError (a stub left as it was handed out)."""
        return self.type_name == "NotImplementedError" and not self.from_library


def raised_outside(exc: BaseException, own_file: Callable[[str], bool]) -> bool:
    """Whether the innermost Python frame of exc's traceback is in none of the student's files (a library's)."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    return not own_file(tb.tb_frame.f_code.co_filename)


class StudentTimeout(StudentCodeError):
    status = "timeout"


class StudentCrash(StudentCodeError):
    status = "crashed"


class SubmissionLoadError(StudentCodeError):
    status = "not_loaded"


class BadReply(StudentCodeError):
    """The child sent something that is not a valid frame of data."""
