"""One function's failure costs only its own checks: in a test that grades several functions, each is
scored in a part of its own (autograder.testing.part), so a missing or raising one no longer zeroes
the others; a hidden test's account of it holds grader words only."""
from __future__ import annotations

import logging
import re

import pytest

from autograder.authoring.release import strip_solutions
from autograder.course.assignment import load_assignment
from autograder.course.mistakes import load_catalog, mutant_source
from autograder.grading import checks
from autograder.grading.run import grade_submission
from autograder.sandbox.errors import StudentCrash, StudentException, StudentTimeout, raised_outside

A2 = load_assignment("a2_optim")
A3 = load_assignment("a3_conv")
MARK = "CHILD-CHOSEN-TEXT"


def without(source: str, *names: str) -> str:
    """The module without the named top-level functions (as a student who never wrote them)."""
    for name in names:
        source, n = re.subn(rf"^def {name}\(.*?(?=^def |^# -+|\Z)", "", source, count=1, flags=re.S | re.M)
        assert n == 1, name
    return source


def replaced(source: str, name: str, code: str) -> str:
    return without(source, name) + "\n\n" + code.strip() + "\n"


def grade(spec, tmp_path, source: str, select: str, student: str | None = None, mode: str = "grade"):
    path = tmp_path / spec.module
    path.write_text(source)
    if mode == "check":
        released = load_assignment(spec.id, released=True)
        return grade_submission(released, path, mode="check", select=select)
    return grade_submission(spec, path, select=select, student=student)


def only(result, test_id: str):
    (test,) = [t for t in result.tests if t.id == test_id]
    return test


# -- a2: rmsprop and nesterov_momentum share a hidden test (3 points, one check each)
def test_a_correct_rmsprop_earns_its_share_when_nesterov_is_missing(tmp_path):
    source = without(A2.solution_file.read_text(), "nesterov_momentum")
    test = only(grade(A2, tmp_path, source, "test_rules_on_matrices"), "test_rules_on_matrices")
    assert test.points_earned == 1.5 and test.status == "partial", test.message
    checks = {c.name: c for c in test.comparisons}
    assert checks["W (rmsprop)"].passed and not checks["nesterov_momentum"].passed
    assert checks["nesterov_momentum"].message == (
        "nesterov_momentum() is missing: its check earns nothing; the rest of this test is scored on its own")


def test_a_raising_function_costs_its_own_checks_only_and_says_why(tmp_path):
    source = replaced(A2.solution_file.read_text(), "nesterov_momentum", f'''
def nesterov_momentum(w, dw, config=None):
    raise ValueError("{MARK}: shapes do not align")
''')
    test = only(grade(A2, tmp_path, source, "test_rules_on_matrices"), "test_rules_on_matrices")
    assert test.points_earned == 1.5
    # the TAs (and, for a public test, the student) read the exception and its traceback
    assert f"nesterov_momentum() raised ValueError: {MARK}" in test.message and MARK in test.output_excerpt


def test_the_not_implemented_stub_still_scores_zero_and_says_so(tmp_path):
    stub = strip_solutions(A2.solution_file.read_text())
    test = only(grade(A2, tmp_path, stub, "test_rules_on_matrices"), "test_rules_on_matrices")
    assert test.points_earned == 0 and test.status == "error" and "not implemented yet" in test.message


def test_a_libraries_not_implemented_error_is_not_called_a_stub(tmp_path):
    """NotImplementedError raised inside a library the student's code calls (torch's log_softmax on integer
    labels, hold-out 22) is an error of the code, not a stub left as handed out."""
    source = replaced(A2.solution_file.read_text(), "nesterov_momentum", '''
def nesterov_momentum(w, dw, config=None):
    import logging
    logging.Handler().emit(None)  # raises NotImplementedError in logging's own frame
''')
    test = only(grade(A2, tmp_path, source, "test_rules_on_matrices"), "test_rules_on_matrices")
    assert test.points_earned == 1.5 and "not implemented yet" not in test.message
    assert "nesterov_momentum() raised NotImplementedError" in test.message
    local = StudentException("f", "NotImplementedError", "", "",
                             from_library=raised_outside(_raised_by(lambda: logging.Handler().emit(None)),
                                                         __file__.__eq__))
    own = StudentException("f", "NotImplementedError", "", "",
                           from_library=raised_outside(_raised_by(_stub), __file__.__eq__))
    assert not local.not_implemented and own.not_implemented


def _stub():
    raise NotImplementedError


def _raised_by(call) -> BaseException:
    try:
        call()
    except BaseException as e:  # noqa: BLE001
        return e
    raise AssertionError("nothing raised")


def test_a_hidden_part_failure_tells_the_student_grader_words_only(tmp_path):
    """Before the reveal, a hidden test's message and checks hold nothing the child chose: not an
    exception's message, nor the message of an exception class it named like the grader's own."""
    source = replaced(A2.solution_file.read_text(), "nesterov_momentum", f'''
def nesterov_momentum(w, dw, config=None):
    class MissingFunction(Exception):
        pass
    raise MissingFunction("{MARK} " + repr(w.tolist()))
''')
    result = grade(A2, tmp_path, source, "test_rules_on_matrices", student="mallory")
    full = only(result, "test_rules_on_matrices")
    assert full.hidden and full.points_earned == 1.5
    assert MARK in full.message  # the TAs keep everything
    recorded = next(c for c in full.comparisons if c.name == "nesterov_momentum")
    assert MARK not in recorded.message and "[" not in recorded.message
    seen = only(result.for_student(reveal_hidden=False), "test_rules_on_matrices")
    assert seen.message == (
        "nesterov_momentum() is missing: its check earns nothing; the rest of this test is scored on its own")
    assert MARK not in seen.model_dump_json() and not seen.output_excerpt


def test_a_public_test_with_a_missing_function_replays_the_recorded_answers(tmp_path):
    """`autograder check` on a release: expected values are asked before the student's calls, so a
    part that stops early leaves the recorded answers in step."""
    source = replaced(A2.solution_file.read_text(), "gradient_descent", '''
def gradient_descent(X, y, w0, learning_rate, steps):
    w, path = np.asarray(w0, dtype=float), []
    for _ in range(steps):
        w = w - learning_rate * 2 * X.T @ (X @ w - y) / X.shape[0]
        path.append(w)
    return np.array(path)
''')
    source = without(source, "linear_regression_gradient")
    test = only(grade(A2, tmp_path, source, "test_gradient_descent", mode="check"), "test_gradient_descent")
    assert test.points_earned == 1.5 and test.status == "partial", test.message
    assert "linear_regression_gradient" in test.message and "grader error" not in test.message


# -- a3: naive and fast convolution share a hidden test
NO_FAST = ("conv_forward_fast", "conv_backward_fast")


def test_a_wrong_naive_conv_loses_its_share_when_the_fast_one_is_missing(tmp_path):
    solution = A3.solution_file.read_text()
    flipped = next(m for m in load_catalog(A3.mistakes_file) if m.id == "flipped_kernel")
    right = only(grade(A3, tmp_path, without(solution, *NO_FAST), "test_conv_non_square_stride_pad"),
                 "test_conv_non_square_stride_pad")
    wrong = only(grade(A3, tmp_path, without(mutant_source(solution, flipped), *NO_FAST),
                       "test_conv_non_square_stride_pad"), "test_conv_non_square_stride_pad")
    assert right.points_earned == pytest.approx(right.points_possible / 2, abs=0.01), right.message
    # the flipped kernel costs the naive forward's checks (its backward, on the documented cache, is right)
    assert 0 < wrong.points_earned < right.points_earned
    assert {c.name for c in wrong.comparisons if not c.passed} == {"out (naive)", "out (naive, one image, no padding)",
                                                                 "conv_forward_fast", "conv_backward_fast",
                                                                 "conv_forward_fast #2", "conv_backward_fast #2"}


# -- the mechanism itself (imported here, so that the tests above run, and fail, on code without it)
def run_parts(body) -> checks.TestContext:
    ctx = checks.TestContext()
    token = checks.activate(ctx)
    try:
        body()
    finally:
        checks.deactivate(token)
    return ctx


def raising(type_name: str, message: str = "") -> StudentException:
    return StudentException("f", type_name, message, "Traceback ...")


def test_a_part_that_raises_weighs_as_the_checks_it_did_not_make():
    from autograder.testing import expect_true, part

    def body():
        with part("f", checks=3):
            expect_true("first", True, "")
            raise raising("KeyError", MARK)
        with part("g"):
            expect_true("g's", True, "")

    ctx = run_parts(body)
    assert [c.name for c in ctx.comparisons] == ["first", "f", "g's"]
    assert ctx.weights == {"f": 2.0}
    assert ctx.part_failures["f"].message == ("f() raised KeyError: the remaining 2 checks of f earn nothing; "
                                              "the rest of this test is scored on its own")


@pytest.mark.parametrize("error", [StudentTimeout("too slow"), StudentCrash("killed"), RuntimeError("grader bug")],
                         ids=["timeout", "crash", "other"])
def test_a_timeout_a_crash_or_a_grader_bug_still_ends_the_test(error):
    from autograder.testing import part

    def body():
        with part("f"):
            raise error

    with pytest.raises(type(error)):
        run_parts(body)


def test_a_miscounted_part_is_a_grader_error():
    from autograder.testing import GraderError, expect_true, part

    def body():
        with part("f", checks=2):
            expect_true("only one", True, "")

    with pytest.raises(GraderError, match="declares 2 checks but made 1"):
        run_parts(body)


def test_a_childs_exception_type_name_is_shown_only_when_it_is_pythons_own():
    from autograder.testing import part

    def body():
        with part("f"):
            raise raising(f"{MARK}Error", MARK)
        with part("f"):
            raise raising("ZeroDivisionError", MARK)

    ctx = run_parts(body)
    assert [f.message.split(":")[0] for f in ctx.part_failures.values()] == [
        "f() raised an exception", "f() raised ZeroDivisionError"]


def test_a_hidden_part_named_after_drawn_values_keeps_them_out_of_its_message():
    from autograder.testing import part

    def body():
        with part("xavier_uniform (97, 45)"):
            raise raising("NotImplementedError")

    failure = run_parts(body).part_failures["xavier_uniform (97, 45)"]
    assert "97" in failure.message and "97" not in failure.hidden_message
    assert failure.hidden_message.startswith("f() is not implemented yet: the check of xavier_uniform (...)")


# -- a1: a backward pass inside its forward pass's part
def test_a_missing_backward_pass_keeps_the_forward_pass_share(tmp_path):
    spec = load_assignment("a1_backprop")
    source = without(spec.solution_file.read_text(), "sigmoid_backward")
    test = only(grade(spec, tmp_path, source, "test_sigmoid"), "test_sigmoid")
    assert test.points_earned == 2.0 and test.status == "partial", test.message
    assert "sigmoid_backward" in test.message


def test_a_backward_pass_is_graded_on_the_documented_cache_when_the_forward_pass_is_missing(tmp_path):
    spec = load_assignment("a1_backprop")
    source = without(spec.solution_file.read_text(), "affine_forward")
    result = grade(spec, tmp_path, source, "affine_backward")
    assert {t.id: t.status for t in result.tests} == {"test_affine_backward": "passed",
                                                      "test_affine_backward_single_row": "passed"}


def test_only_the_graders_own_use_of_a_returned_value_counts_as_the_students_doing():
    """Unpacking an unusable return in the grader is the student's doing; the same exception raised inside
    the reference (or any other module) is not, and ends the test (a grader error, not a lost part)."""
    from autograder.testing import expect_true, part
    namespace: dict = {}
    exec(compile("def conv_forward(x):\n    raise ValueError('instructor typo')\n", "fake_reference.py", "exec"),
         namespace)

    def unusable():
        with part("f"):
            out, cache = None  # what `out, cache = student.f(x)` meets when f returns None
            expect_true("never", True, "")

    assert list(run_parts(unusable).part_failures) == ["f"]

    def reference_fails():
        with part("f"):
            namespace["conv_forward"](1)

    with pytest.raises(ValueError, match="instructor typo"):
        run_parts(reference_fails)
