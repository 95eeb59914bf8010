"""A test's points and status, from its checks or from what stopped it."""
from __future__ import annotations

import builtins

import pytest

from autograder.grading.checks import GraderError, PartFailure, TestContext
from autograder.grading.oracle import StaleRecording
from autograder.grading.session import BudgetExhausted
from autograder.results import TestResult, hidden_comparison
from autograder.sandbox.errors import StudentCodeError, StudentCrash, StudentException, StudentTimeout


def test_result(item: pytest.Item, ctx: TestContext, error: BaseException | None, time_s: float) -> TestResult:
    """The TestResult of one grader test: points from its @graded mark, earned by its checks
    (all of them, a share with partial=True, or the credit of scored checks; a part that raised
    weighs as the checks it did not make); an error that stopped the test decides its status instead."""
    mark = item.get_closest_marker("graded")
    info = dict(mark.kwargs) if mark else {"points": 1.0}
    points = float(info.get("points", 1.0))
    doc = (getattr(item, "obj", None).__doc__ or "").strip().splitlines()
    result = TestResult(id=item.name, name=item.name.removeprefix("test_").replace("_", " "),
                        description=doc[0] if doc else "", points_possible=points, points_earned=0.0,
                        status="failed", hidden=bool(info.get("hidden", False)),
                        group=str(info.get("group") or item.name.removeprefix("test_")),
                        comparisons=ctx.comparisons, duration_s=round(time_s, 4))
    failed = [c for c in ctx.comparisons if not c.passed]
    total = sum(ctx.weight(c) for c in ctx.comparisons)
    if isinstance(error, BudgetExhausted):
        result.status, result.message = "timeout", str(error)
    elif isinstance(error, StudentCodeError):
        result.status, result.message = error.status, error.message
        if error.detail and error.status in ("error", "not_loaded") and \
                not getattr(error, "not_implemented", False):
            result.output_excerpt = last_lines(error.detail, 25)
    elif isinstance(error, (StaleRecording, GraderError)):
        result.status, result.message = "error", f"grader error: {error}"
    elif isinstance(error, (NameError, ImportError, SyntaxError)):
        # a name the grader's code misspells, a module it cannot import: what the student returned (plain
        # data from the sandbox) cannot raise these in the grader's code
        result.status, result.message = "error", f"grader error: the test raised {type(error).__name__}: {error}"
    elif return_unusable(error):
        result.status = "failed"
        result.message = (f"the grader could not use your return value ({type(error).__name__}: {error}); "
                          "check the number and kind of values your function returns")
    elif not ctx.comparisons:
        result.status, result.message = "error", "grader error: this test made no checks"
    elif any(c.credit is not None for c in ctx.comparisons):  # scored checks: credit, not pass/fail
        fraction = sum(ctx.weight(c) * (c.credit if c.credit is not None else float(c.passed))
                       for c in ctx.comparisons) / total
        result.points_earned = round(points * fraction, 2)
        result.status = "passed" if fraction >= 1 else ("partial" if fraction > 0 else "failed")
        result.message = "; ".join(c.message for c in ctx.comparisons if c.credit is not None or not c.passed)
    elif failed:
        fraction = 1 - sum(ctx.weight(c) for c in failed) / total
        if info.get("partial") and fraction > 0:
            result.status, result.points_earned = "partial", round(points * fraction, 2)
        result.message = failed[0].message
    else:
        result.status, result.points_earned, result.message = "passed", points, "all checks passed"
    if error is None and ctx.part_failures:
        explain_parts(result, ctx)
    if result.hidden:
        result.hidden_message = hidden_test_message(result, error, ctx.part_failures)
    return result


def explain_parts(result: TestResult, ctx: TestContext) -> None:
    """A test that went on after parts of it raised: their errors, in their own words (shown for public
    tests and to TAs), lead the message; a test that earned nothing has the status of an error."""
    failures = list(ctx.part_failures.values())
    others = [c.message for c in ctx.comparisons if c.lost_points and c.name not in ctx.part_failures]
    result.message = "; ".join([f"{error_text(f)}. {f.consequence[0].upper()}{f.consequence[1:]}" for f in failures]
                               + others[:1])
    if result.points_earned == 0:
        result.status = "error"
    first = failures[0].error
    if isinstance(first, StudentException) and first.detail and not first.not_implemented:
        result.output_excerpt = last_lines(first.detail, 25)


def error_text(failure: PartFailure) -> str:
    """What a part's error says: the student's exception as the child reported it, or why the grader
    could not use a returned value."""
    if isinstance(failure.error, StudentException):
        return failure.error.message
    return f"{failure.problem} ({type(failure.error).__name__}: {failure.error})"


def hidden_test_message(result: TestResult, error: BaseException | None,
                        part_failures: dict[str, PartFailure] | None = None) -> str:
    """What a hidden test's student may read before the reveal: grader words only, never text or
    numbers the student's code chose (an exception message, an exit code, an output). A part that
    raised is told by its own message, which holds grader words only."""
    if result.status == "passed":
        return result.message
    if isinstance(error, BudgetExhausted):
        return str(error)
    if isinstance(error, StudentTimeout):
        return "your code did not finish within the time limit"
    if isinstance(error, StudentCrash):
        memory = " (it ran out of memory)" if "memory" in error.message.lower() else ""
        return f"your code's process crashed or was killed{memory}"
    if isinstance(error, StudentException):  # its type name and message are the child's words: not shown
        if error.not_implemented:
            return f"{error.function}() is not implemented yet"
        if error.type_name == "MissingFunction":
            return f"{error.function}() is missing or could not be called"
        name = error.type_name if isinstance(getattr(builtins, error.type_name, None), type) else "an exception"
        return f"your code raised {name}"
    if isinstance(error, StudentCodeError):
        return error.message if error.status == "not_loaded" else "your code's reply could not be used"
    if isinstance(error, StaleRecording):
        return result.message
    if error is not None:
        return "the grader could not use your return value: check the number and kind of values your function returns"
    parts = part_failures or {}
    failing = [parts[c.name].hidden_message if c.name in parts else hidden_comparison(c).message
               for c in result.comparisons if c.lost_points]
    return "; ".join(failing) or result.message


def return_unusable(error: BaseException | None) -> bool:
    """The test ended on an error of the grader's own code that what the student returned caused (a value of
    another kind than the one asked for): not the student's code raising, not a budget, not the grader's bug."""
    return error is not None and not isinstance(error, (BudgetExhausted, StudentCodeError, StaleRecording,
                                                        GraderError, NameError, ImportError, SyntaxError))


def lost_points_on_checks(result: TestResult, error: BaseException | None) -> bool:
    """The test ran to its end and its checks cost points: the case where a catalogued mistake may explain it."""
    return error is None and bool(result.comparisons) and result.status != "passed"


def last_lines(text: str, n: int) -> str:
    return "\n".join(text.rstrip().splitlines()[-n:])
