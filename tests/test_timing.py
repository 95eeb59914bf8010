"""Timing checks: a loop-based *_fast loses the timing points (and only those), with a clear message."""
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
