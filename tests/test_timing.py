"""Timing checks: a loop-based *_fast loses the timing points (and only those), with a clear message."""
import numpy as np
import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission

SPEC = load_assignment("a3_conv")
NAIVE = """

def conv_forward_fast(x, w, b, conv_param):
    return conv_forward_naive(x, w, b, conv_param)


def conv_backward_fast(dout, cache):
    return conv_backward_naive(dout, cache)
"""


def timing(result):
    return [c for t in result.tests for c in t.comparisons if c.kind == "timing"]


def test_vectorized_solution_passes_its_timing_checks():
    result = grade_submission(SPEC, SPEC.solution_file, select="fast")
    checks = timing(result)
    assert len(checks) == 2 and all(c.passed for c in checks), [c.message for c in checks]
    assert all(c.ratio < 5 and c.reference_s > 0 for c in checks)


def test_loops_are_caught_and_explained(tmp_path):
    (tmp_path / "conv.py").write_text(SPEC.solution_file.read_text() + NAIVE)
    result = grade_submission(SPEC, tmp_path / "conv.py", select="fast")
    checks = timing(result)
    assert len(checks) == 2 and not any(c.passed for c in checks)
    assert all(c.ratio > 10 and "vectorize it" in c.message for c in checks)
    for t in result.tests:
        assert t.status == "partial" and 0 < t.points_earned < t.points_possible  # values still earn points
        assert not t.mistakes  # a slow solution is not a catalogued mistake


def test_timing_is_measured_by_the_grader_not_the_child(tmp_path):
    """A submission that fakes its clock gains nothing: the grader times the calls itself."""
    fake = SPEC.solution_file.read_text() + NAIVE + """

import time as _time
_time.perf_counter = lambda: 0.0
_time.monotonic = lambda: 0.0
_time.time = lambda: 0.0
"""
    (tmp_path / "conv.py").write_text(fake)
    result = grade_submission(SPEC, tmp_path / "conv.py", select="conv_forward_fast")
    assert not timing(result)[0].passed


MEMO = """

_answers = {}


def conv_forward_fast(x, w, b, conv_param):
    # a lookup keyed on the inputs: instant on a repeated call, the naive loops otherwise
    key = (x.tobytes(), w.tobytes(), b.tobytes())
    if key not in _answers:
        _answers[key] = conv_forward_naive(x, w, b, conv_param)
    return _answers[key]
"""

SKIPS_WORK_WHEN_TIMED = """

import numpy as _np
_calls = {"n": 0}


def conv_forward_fast(x, w, b, conv_param):
    # the first call (the value check) is computed; the many quick calls that follow (the timing) are not
    _calls["n"] += 1
    out, cache = conv_forward_naive(x, w, b, conv_param)
    if _calls["n"] > 1:
        return _np.zeros_like(out), cache
    return out, cache
"""


def test_a_memo_of_repeated_inputs_buys_no_speed(tmp_path):
    """Timed calls get fresh inputs each time: a lookup of earlier answers never hits."""
    (tmp_path / "conv.py").write_text(SPEC.solution_file.read_text() + NAIVE + MEMO)
    result = grade_submission(SPEC, tmp_path / "conv.py", select="conv_forward_fast")
    check = timing(result)[0]
    assert not check.passed and check.ratio > 10, check.message


def test_a_timed_call_that_skips_work_is_caught(tmp_path):
    """Timed calls are ordinary calls whose outputs are checked against the reference's."""
    (tmp_path / "conv.py").write_text(SPEC.solution_file.read_text() + NAIVE + SKIPS_WORK_WHEN_TIMED)
    result = grade_submission(SPEC, tmp_path / "conv.py", select="conv_forward_fast")
    check = timing(result)[0]
    assert not check.passed and "a timed call returned a wrong result" in check.message


def test_the_child_cannot_tell_a_timed_call_from_an_ordinary_one():
    """There is no timing request in the protocol: the child serves calls, and nothing says which are timed."""
    from autograder.sandbox import child
    source = (child.__file__ and open(child.__file__).read())
    assert '"time"' not in source and "repeats" not in source


def test_timed_calls_spend_the_tests_budget(tmp_path):
    """A slow path under timing ends at the test's own timeout instead of running past every budget."""
    slow = SPEC.solution_file.read_text() + """

import time as _time
_seen = {"n": 0}


def conv_forward_fast(x, w, b, conv_param):
    _seen["n"] += 1
    if _seen["n"] == 2:  # the first timed call hangs
        _time.sleep(50)
    return conv_forward(x, w, b, conv_param) if "conv_forward" in globals() else conv_forward_naive(x, w, b, conv_param)
"""
    (tmp_path / "conv.py").write_text(slow)
    spec = SPEC.model_copy(update={"submission_timeout_s": 12.0})
    started = __import__("time").monotonic()
    result = grade_submission(spec, tmp_path / "conv.py", select="conv_forward_fast")
    elapsed = __import__("time").monotonic() - started
    test = result.tests[0]
    assert test.status in ("timeout", "partial", "failed") and test.points_earned < test.points_possible
    assert elapsed < 30, f"the timed path ran {elapsed:.0f} s past a 12 s submission budget"


NOTHING_WHEN_TIMED = """

_calls = {"n": 0}


def conv_forward_fast(x, w, b, conv_param):
    # the value check gets a real answer; every later call returns something that is not an answer
    _calls["n"] += 1
    if _calls["n"] == 1:
        return conv_forward_naive(x, w, b, conv_param)
    return KIND
"""


@pytest.mark.parametrize("kind", [None, (), "fast", 0.0], ids=["None", "empty tuple", "text", "a number"])
def test_a_timed_call_that_returns_no_answer_is_caught(tmp_path, kind):
    """The output check is strict about structure: returning anything but the reference's kind of value fails."""
    (tmp_path / "conv.py").write_text(SPEC.solution_file.read_text() + NAIVE +
                                     NOTHING_WHEN_TIMED.replace("KIND", repr(kind)))
    result = grade_submission(SPEC, tmp_path / "conv.py", select="conv_forward_fast")
    check = timing(result)[0]
    assert not check.passed and "a timed call returned a wrong result" in check.message, check.message


def test_a_stall_during_the_warm_up_does_not_fail_a_fast_function():
    """One slow round (the machine busy elsewhere) must not decide the check: the hopeless shortcut needs the
    warm-up and the first timed round both hopeless."""
    from autograder.grading.timing import compare_speed

    calls = {"n": 0}

    def reference(function, args, kwargs):
        return args[0] * 2, 0.001

    def student(function, args, kwargs):
        calls["n"] += 1
        return args[0] * 2, (1.0 if calls["n"] <= 3 else 0.001)  # the warm-up's three calls stall

    check = compare_speed("time of f()", student, reference, "f", (np.ones(4),), {}, max_ratio=10.0)
    assert check.passed, check.message

    def slow(function, args, kwargs):
        return args[0] * 2, 1.0

    check = compare_speed("time of f()", slow, reference, "f", (np.ones(4),), {}, max_ratio=10.0)
    assert not check.passed and check.ratio > 10
