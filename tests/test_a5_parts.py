"""a5 scores each function's checks on their own (issue 17): a test that grades a forward and a backward
pass puts each in a part, and a backward pass runs on the student's own forward cache, or on the cache
the assignment documents when their forward pass raises or is missing. So one missing or raising
function costs only its own share. Each student below is the solution with one function removed or
replaced, the way a real submission breaks."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission
from autograder.results import SubmissionResult

# Not under its own name: pytest collects module-level classes named Test*.
from autograder.results import TestResult as Graded

A5 = load_assignment("a5_normalization")
SOLUTION = A5.solution_file.read_text()

# A train-mode forward pass that is right up to its cache, then raises: np.stack needs arrays of one shape.
RAISING_BN_FORWARD = '''
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        mu, var = x.mean(axis=0), x.var(axis=0)
        x_hat = (x - mu) / np.sqrt(var + eps)
        out = gamma * x_hat + beta
        cache = np.stack([x_hat, gamma, var])
        N = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    else:
        out, cache = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta, None
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
'''
# A forward pass that forgets its cache: the grader cannot unpack (out, cache) from its output.
CACHELESS_LN_FORWARD = '''
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)
    return gamma * (x - mu) / np.sqrt(x.var(axis=1, keepdims=True) + eps) + beta
'''


def without(*names: str) -> str:
    """The solution without the named top-level functions (as a student who never wrote them)."""
    source = SOLUTION
    for name in names:
        source, n = re.subn(rf"^def {name}\(.*?(?=^def |\Z)", "", source, count=1, flags=re.S | re.M)
        assert n == 1, name
    return source


def replaced(name: str, code: str) -> str:
    return without(name) + "\n\n" + code.strip() + "\n"


def grade(tmp_path: Path, source: str, mode: str = "grade") -> SubmissionResult:
    path = tmp_path / A5.module
    path.write_text(source)
    if mode == "check":
        return grade_submission(load_assignment("a5_normalization", released=True), path, mode="check")
    return grade_submission(A5, path)


def by_id(result: SubmissionResult) -> dict[str, Graded]:
    return {t.id: t for t in result.tests}


def earned(result: SubmissionResult) -> dict[str, float]:
    """Points earned per test that lost some."""
    return {t.id: t.points_earned for t in result.tests if t.points_earned < t.points_possible}


def failing_checks(test: Graded) -> list[str]:
    return [c.name for c in test.comparisons if not c.passed]


def test_a_correct_layernorm_backward_keeps_its_share_when_layernorm_forward_is_missing(tmp_path):
    """Before: layernorm_forward() missing zeroed test_layernorm (4 points), the backward's 3 checks too."""
    result = grade(tmp_path, without("layernorm_forward"))
    # 3 of its 4 checks: dx, dgamma, dbeta (and 3 of the 4 functions that must leave their inputs as given)
    assert earned(result) == {"test_layernorm": 3.0, "test_inputs_left_as_given": 1.5}
    test = by_id(result)["test_layernorm"]
    assert test.status == "partial" and failing_checks(test) == ["layernorm_forward"]
    assert test.comparisons[0].message == (
        "layernorm_forward() is missing: its check earns nothing; the rest of this test is scored on its own")


def test_a_correct_layernorm_backward_keeps_its_share_when_the_forward_returns_no_cache(tmp_path):
    result = grade(tmp_path, replaced("layernorm_forward", CACHELESS_LN_FORWARD))
    assert earned(result) == {"test_layernorm": 3.0}
    assert failing_checks(by_id(result)["test_layernorm"]) == ["layernorm_forward"]


def test_the_public_layernorm_test_replays_its_recorded_answers_when_the_forward_is_missing(tmp_path):
    """`autograder check` on the release: expected values come before the student's calls, so the
    recorded oracle answers stay in step when a part stops early."""
    result = grade(tmp_path, without("layernorm_forward"), mode="check")
    test = by_id(result)["test_layernorm"]
    assert test.points_earned == 3.0 and "grader error" not in test.message, test.message


def test_a_correct_batchnorm_backward_keeps_its_share_when_batchnorm_forward_raises(tmp_path):
    """Before: both backward tests, spatial batch norm and the hidden two-row test earned nothing (0 of 15)
    because batchnorm_forward raised before the backward pass was called."""
    result = grade(tmp_path, replaced("batchnorm_forward", RAISING_BN_FORWARD))
    assert earned(result) == {
        "test_batchnorm_train_forward": 0.0, "test_batchnorm_running_averages": 0.0,
        "test_train_then_test_mode": 0.0,  # these grade batchnorm_forward alone
        "test_spatial_batchnorm": 2.4,  # its forward reuses batchnorm_forward: 3 of 5 checks (the backward's)
        "test_batchnorm_two_rows_and_eps": 1.5,  # the backward's check of 2
        "test_inputs_left_as_given": 1.5,  # the 3 other functions that must leave their inputs as given
    }
    tests = by_id(result)
    for backward in ("test_batchnorm_backward", "test_batchnorm_backward_alt"):
        assert tests[backward].status == "passed", tests[backward].message
    assert failing_checks(tests["test_spatial_batchnorm"]) == ["spatial_batchnorm_forward"]
    assert failing_checks(tests["test_batchnorm_two_rows_and_eps"]) == ["batchnorm_forward"]
    assert "batchnorm_forward() raised ValueError" in tests["test_batchnorm_two_rows_and_eps"].message


def test_a_hidden_tests_account_of_a_raising_forward_holds_grader_words_only(tmp_path):
    result = grade(tmp_path, replaced("batchnorm_forward", RAISING_BN_FORWARD))
    seen = by_id(result.for_student(reveal_hidden=False))["test_batchnorm_two_rows_and_eps"]
    assert seen.points_earned == 1.5
    assert seen.message == ("batchnorm_forward() raised ValueError: its check earns nothing; "
                            "the rest of this test is scored on its own")
    assert "input arrays" not in seen.model_dump_json() and not seen.output_excerpt  # numpy's words, the child's


def test_a_missing_spatial_batchnorm_backward_costs_only_its_share(tmp_path):
    """Before: the whole test (4 points) was lost, the forward's two checks with it."""
    result = grade(tmp_path, without("spatial_batchnorm_backward"))
    assert earned(result) == {"test_spatial_batchnorm": 1.6}  # 2 of 5 checks: out, out in test mode
    test = by_id(result)["test_spatial_batchnorm"]
    assert test.status == "partial" and failing_checks(test) == ["spatial_batchnorm_backward"]
    assert test.comparisons[-1].message == (
        "spatial_batchnorm_backward() is missing: its 3 checks earn nothing; the rest of this test is scored on "
        "its own")


@pytest.mark.parametrize("missing,test_id,share", [("groupnorm_backward", "test_groupnorm", 1.0),
                                                  ("groupnorm_forward", "test_groupnorm", 3.0),
                                                  ("layernorm_backward", "test_layernorm", 1.0)])
def test_each_layer_or_group_norm_function_is_scored_on_its_own(missing, test_id, share, tmp_path):
    result = grade(tmp_path, without(missing))
    assert earned(result) == {test_id: share}
    assert failing_checks(by_id(result)[test_id]) == [missing]


def test_a_missing_backward_in_the_hidden_two_row_test_keeps_the_forward_share(tmp_path):
    result = grade(tmp_path, without("batchnorm_backward"))
    assert earned(result) == {"test_batchnorm_backward": 0.0, "test_batchnorm_two_rows_and_eps": 1.5}
    assert failing_checks(by_id(result)["test_batchnorm_two_rows_and_eps"]) == ["batchnorm_backward"]


def test_the_documented_caches_are_the_references():
    """The stub documents the cache each backward pass is graded on when the forward pass raises; the
    graders pass the reference's: they must be the same layout."""
    import numpy as np

    import reference.normalization as ref

    rng = np.random.default_rng(0)
    x, gamma, beta = rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=3)
    x_hat, g, inv_std = ref.batchnorm_forward(x, gamma, beta, {"mode": "train"})[1]
    assert inv_std.shape == (3,) and np.allclose(x_hat, (x - x.mean(0)) * inv_std) and np.array_equal(g, gamma)
    x_hat, g, inv_std = ref.layernorm_forward(x, gamma, beta, {})[1]
    assert inv_std.shape == (5, 1) and np.allclose(inv_std, 1 / np.sqrt(x.var(1, keepdims=True) + 1e-5))
    x4 = rng.normal(size=(2, 4, 3, 3))
    x_hat, g, inv_std, groups = ref.groupnorm_forward(x4, rng.normal(size=4), rng.normal(size=4), 2, {})[1]
    assert x_hat.shape == (2, 4, 3, 3) and inv_std.shape == (2, 2, 1) and groups == 2
    flat = ref.spatial_batchnorm_forward(x4, rng.normal(size=4), rng.normal(size=4), {"mode": "train"})[1]
    assert flat[0].shape == (18, 4) and flat[2].shape == (4,)
    stub = (Path(__file__).parents[1] / "assignments" / "a5_normalization" / A5.module).read_text()
    for documented in ("cache = (x_hat, gamma, inv_std)", "cache = (x_hat, gamma, inv_std, groups)"):
        assert documented in stub


def test_an_l2_penalty_that_scales_the_callers_weights_in_place_loses_points(tmp_path):
    """`grad = W; grad *= reg` after a right penalty: loss and gradient right, the caller's weights scaled by reg.
    Before, full marks (nothing checked W after the call); now the hidden check of what the call leaves names it."""
    result = grade(tmp_path, replaced("l2_penalty", '''
def l2_penalty(W, reg):
    penalty = 0.5 * reg * np.sum(W * W)
    grad = W
    grad *= reg
    return penalty, grad
'''))
    assert earned(result) == {"test_inputs_left_as_given": 1.5}
    test = by_id(result)["test_inputs_left_as_given"]
    assert failing_checks(test) == ["W (l2_penalty)"] and "changed its argument W in place" in test.message
