"""What the student's code did that ends a call, as exceptions the grader turns into a test status."""
from __future__ import annotations


class StudentCodeError(Exception):
    """Something the student's code did that ends a call; `status` is the test status it earns."""

    status = "error"

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class StudentException(StudentCodeError):
    def __init__(self, function: str, type_name: str, message: str, traceback: str) -> None:
        self.function = function  # the grader's name for the call (type_name and message are the child's)
        self.type_name = type_name
        text = f"{function}() raised {type_name}: {message}" if message else f"{function}() raised {type_name}"
        if type_name == "NotImplementedError":
            text = f"{function}() is not implemented yet (it raised NotImplementedError)"
        elif type_name == "MissingFunction":
            text = message
        super().__init__(text, traceback)


class StudentTimeout(StudentCodeError):
    status = "timeout"


class StudentCrash(StudentCodeError):
    status = "crashed"


class SubmissionLoadError(StudentCodeError):
    status = "not_loaded"


class BadReply(StudentCodeError):
    """The child sent something that is not a valid frame of data."""
