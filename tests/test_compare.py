import numpy as np
import pytest

from autograder.grading.compare import compare_arrays, outputs_match, rel_error
from autograder.results import Tolerance
from autograder.sandbox.wire import Handle


def test_rel_error_is_cs231n_style():
    assert rel_error(np.array([1.0]), np.array([1.0 + 1e-9]))[0] == pytest.approx(5e-10, rel=1e-6)
    assert rel_error(np.array([0.0]), np.array([0.0]))[0] == 0.0


def test_identical_arrays_pass():
    x = np.arange(6.0).reshape(2, 3)
    c = compare_arrays("out", x.copy(), x)
    assert c.passed and c.max_abs_error == 0.0 and c.got_shape == [2, 3]


def test_reports_worst_element_with_values():
    expected = np.zeros((3, 4))
    got = expected.copy()
    got[2, 1] = 0.5
    got[0, 0] = 1e-3
    c = compare_arrays("dx", got, expected)
    assert not c.passed
    assert c.worst_index == [2, 1]
    assert c.got_at_worst == 0.5 and c.expected_at_worst == 0.0
    assert c.max_abs_error == 0.5
    assert "2 of 12" in c.message and "[2, 1]" in c.message


def test_shape_mismatch_is_named():
    c = compare_arrays("db", np.zeros((4, 3)), np.zeros(3))
    assert not c.passed and "shape (4, 3)" in c.message and "(3,)" in c.message


def test_nan_where_finite_expected_is_reported():
    got = np.ones(4)
    got[2] = np.nan
    c = compare_arrays("probs", got, np.ones(4))
    assert not c.passed and c.nan_count == 1 and c.worst_index == [2] and "NaN" in c.message


def test_matching_inf_and_nan_pass():
    e = np.array([np.inf, -np.inf, np.nan, 1.0])
    assert compare_arrays("x", e.copy(), e).passed
    assert not compare_arrays("x", np.array([-np.inf, -np.inf, np.nan, 1.0]), e).passed


@pytest.mark.parametrize("got", [None, [1.0, 2.0], "1.0", {"a": 1}, True])
def test_non_arrays_fail_with_their_type(got):
    c = compare_arrays("out", got, np.ones(2))
    assert not c.passed and "expected a NumPy array" in c.message


def test_an_object_kept_in_the_students_process_is_said_by_its_type():
    """A torch tensor returned where an array is asked comes back as a handle: said as what it is, with the
    conversion (it said "got Handle": hold-out 20)."""
    c = compare_arrays("out", Handle(3, "torch.Tensor"), np.ones(2))
    assert not c.passed and "a torch.Tensor" in c.message and ".detach().cpu().numpy()" in c.message
    assert "Handle" not in compare_arrays("out", Handle(3, "mymodule.Net"), np.ones(2)).message


def test_scalar_for_array_rejected_unless_allowed():
    assert not compare_arrays("out", 1.0, np.ones(2)).passed
    assert compare_arrays("loss", np.float64(2.5), 2.5, allow_scalar=True).passed
    assert compare_arrays("loss", 2.5, np.float64(2.5)).passed


def test_tolerance_comes_from_the_expected_dtype_not_the_students():
    expected = np.full(3, 1.0)
    got64 = expected + 1e-6
    assert not compare_arrays("x", got64, expected).passed  # float64 is held to float64's digits
    assert compare_arrays("x", got64, expected, Tolerance(rtol=1e-5, atol=0)).passed  # the check's declaration
    expected32 = expected.astype(np.float32)
    assert compare_arrays("x", (expected + 1e-6).astype(np.float32), expected32).passed  # a float32 reference


def test_a_lower_precision_return_buys_no_tolerance():
    """A wrong float64 answer returned as float16 used to pass at float16's rtol 1e-2."""
    expected = np.linspace(1.0, 2.0, 12)
    wrong = expected * 1.004  # 0.4% off: wrong at float64's tolerance and at float32's
    for dtype in (np.float16, np.float32):
        result = compare_arrays("x", wrong.astype(dtype), expected)
        assert not result.passed and result.tolerance == Tolerance(rtol=1e-7, atol=1e-10)
        assert "loses precision" in result.message and "float64" in result.message
    result = compare_arrays("x", expected.astype(np.float16), expected)  # right, but at half precision
    assert not result.passed and "your output is float16, which loses precision" in result.message
    assert "loses precision" not in compare_arrays("x", wrong, expected).message


def test_integer_dtype_is_compared_and_object_rejected():
    assert compare_arrays("n", np.array([1, 2]), np.array([1.0, 2.0])).passed
    assert not compare_arrays("n", np.array(["a", "b"]), np.array([1.0, 2.0])).passed


def test_outputs_match_treats_nan_as_equal():
    tol = Tolerance(rtol=1e-7, atol=1e-10)
    assert outputs_match(np.array([np.nan, 1.0]), np.array([np.nan, 1.0]), tol)
    assert not outputs_match(np.array([np.nan, 1.0]), np.array([0.0, 1.0]), tol)
    assert not outputs_match(np.ones(2), np.ones(3), tol)
    assert not outputs_match(None, np.ones(3), tol)


def test_one_number_returned_is_said_as_a_number_not_as_a_bare_dtype():
    """np.mean(logits) without axis= returns a float32 scalar: "got float32" read as a dtype; "one number" says it."""
    from autograder.grading.compare import returned_kind
    assert returned_kind(np.float32(0.5)) == "one number (a float32)"
    assert returned_kind(3) == "one number (an int)" and returned_kind(True) == "bool"
    assert returned_kind(np.zeros((2, 3))) == "an array of shape (2, 3) (float64)"
