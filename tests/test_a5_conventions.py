"""a5 on code written the way students write it (issue 17): batch norm's running averages kept by
any documented convention earn full marks and are named, dropout is graded whatever random stream
draws its mask, a correct dropout_backward keeps its points after a wrong forward, and spatial batch
norm's running averages are checked. Each student below is the solution with the functions a real
submission writes differently replaced by theirs."""
from __future__ import annotations

import importlib.util
import math
import re
import sys
import types
from pathlib import Path

import numpy as np
import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission
from autograder.results import SubmissionResult

# Not under its own name: pytest collects module-level classes named Test*.
from autograder.results import TestResult as Graded

A5 = load_assignment("a5_normalization")
SOLUTION = A5.solution_file.read_text()


def student_with(tmp_path: Path, **functions: str) -> Path:
    """The solution with each named function replaced by the given source; the submission's path."""
    source = SOLUTION
    for name, code in functions.items():
        source, n = re.subn(rf"^def {name}\(.*?(?=^def |\Z)", lambda _, code=code: code.strip() + "\n\n\n",
                            source, count=1, flags=re.DOTALL | re.MULTILINE)
        assert n == 1, name
    path = tmp_path / A5.module
    path.write_text(source)
    return path


def a5_graders() -> types.ModuleType:
    """a5's grader module, for its helpers (registered in sys.modules: it defines dataclasses)."""
    name = "_a5_graders"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, A5.tests_dir / "test_normalization.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def by_id(result: SubmissionResult) -> dict[str, Graded]:
    return {t.id: t for t in result.tests}


def lost(result: SubmissionResult) -> dict[str, float]:
    """Points lost per test."""
    return {t.id: round(t.points_possible - t.points_earned, 2) for t in result.tests
            if t.points_earned < t.points_possible}


def check_names(test: Graded) -> list[str]:
    return [c.name for c in test.comparisons]


def bn_forward(var_init: str, ddof: int, torch_momentum: bool) -> str:
    """A batchnorm_forward the way CS231n's template has it, keeping its running averages by one convention."""
    old, new = ("(1 - momentum)", "momentum") if torch_momentum else ("momentum", "(1 - momentum)")
    return f'''
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D, dtype=x.dtype))
    running_var = bn_param.get("running_var", np.{var_init}(D, dtype=x.dtype))
    out, cache = None, None
    if mode == "train":
        sample_mean = x.mean(axis=0)
        sample_var = x.var(axis=0)
        inv_std = 1.0 / np.sqrt(sample_var + eps)
        x_hat = (x - sample_mean) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = {old} * running_mean + {new} * sample_mean
        running_var = {old} * running_var + {new} * x.var(axis=0, ddof={ddof})
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError('Invalid forward batchnorm mode "%s"' % mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
'''


# ------------------------------------------------------------------ batch norm's running averages
CONVENTIONS = {  # (running_var's start, ddof of the variance it is updated with, torch's momentum)
    "CS231n's convention": ("zeros", 0, False),
    "Keras's convention": ("ones", 0, False),
    "Chainer's convention": ("zeros", 1, False),
    "torch's momentum": ("ones", 1, True),
}
RUNNING_AVERAGE_TESTS = ("test_batchnorm_running_averages", "test_spatial_batchnorm", "test_train_then_test_mode")


@pytest.mark.parametrize("convention", CONVENTIONS)
def test_every_documented_running_average_convention_earns_full_marks_and_is_named(convention, tmp_path):
    """Before issue 17 a CS231n student lost the running variance (2 points) and the hidden
    train-then-test check (3 points): "got 4.378, expected 5.882", with no hint."""
    result = grade_submission(A5, student_with(tmp_path, batchnorm_forward=bn_forward(*CONVENTIONS[convention])))
    assert result.score == result.max_score, lost(result)
    tests = by_id(result)
    for test in RUNNING_AVERAGE_TESTS:  # spatial batch norm reuses batchnorm_forward: the same convention
        named = [n for n in check_names(tests[test]) if f"[{convention}" in n and n.endswith("; accepted]")]
        assert named, (test, check_names(tests[test]))
    assert tests["test_batchnorm_running_averages"].comparisons[1].message.startswith(
        f"running_var [{convention}")
    hidden = by_id(result.for_student(reveal_hidden=False))["test_train_then_test_mode"]
    assert [c.name for c in hidden.comparisons if f"[{convention}" in c.name]  # the student sees it before the reveal


def test_the_assignments_own_convention_is_not_labelled(tmp_path):
    result = grade_submission(A5, A5.solution_file)
    names = [n for t in result.tests for n in check_names(t)]
    assert result.score == result.max_score and not [n for n in names if "accepted" in n]


def test_a_convention_documented_nowhere_still_fails(tmp_path):
    """CS231n's start and variance with torch's momentum is no library's convention; and a running
    variance updated with the standard deviation matches none: both lose what they lost before."""
    mixed = grade_submission(A5, student_with(tmp_path, batchnorm_forward=bn_forward("zeros", 0, True)))
    assert lost(mixed) == {"test_batchnorm_running_averages": 2.0, "test_spatial_batchnorm": 0.8,
                           "test_train_then_test_mode": 3.0}
    (tmp_path / "std").mkdir()
    with_std = bn_forward("ones", 1, False).replace("x.var(axis=0, ddof=1)", "x.std(axis=0, ddof=1)")
    std = grade_submission(A5, student_with(tmp_path / "std", batchnorm_forward=with_std))
    assert lost(std) == {"test_batchnorm_running_averages": 2.0, "test_spatial_batchnorm": 0.8,
                         "test_train_then_test_mode": 3.0}
    var_check = by_id(std)["test_batchnorm_running_averages"].comparisons[1]
    assert var_check.name == "running_var" and not var_check.passed  # judged by the assignment's convention


def test_the_graders_conventions_agree_with_the_reference():
    """The grader computes the other conventions itself; the assignment's must be the reference's."""
    import reference.normalization as ref

    graders = a5_graders()
    rng = np.random.default_rng(0)
    batches = [rng.normal(size=(5, 3)) for _ in range(4)]
    param = {"mode": "train", "momentum": 0.8}
    for x in batches:
        ref.batchnorm_forward(x, np.ones(3), np.zeros(3), param)
    own = graders.running_averages(batches, 0.8, graders.ASSIGNMENT)
    np.testing.assert_allclose(own[0], param["running_mean"], rtol=1e-14)
    np.testing.assert_allclose(own[1], param["running_var"], rtol=1e-14)
    options = graders.candidates(batches, 0.8, param)
    for i, a in enumerate(options):  # distinct on these inputs, so the name is never ambiguous
        for b in options[i + 1:]:
            assert not (graders.close(a.mean, b.mean) and graders.close(a.var, b.var))


def test_a_spatial_batch_norm_that_keeps_no_running_averages_is_caught_and_named(tmp_path):
    """Before issue 17 spatial batch norm's running averages were never checked: this earned 4/4."""
    from_scratch = '''
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    eps = bn_param.get("eps", 1e-5)
    flat = x.transpose(0, 2, 3, 1).reshape(-1, C)
    if bn_param["mode"] == "train":
        mu, var = flat.mean(axis=0), flat.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (flat - mu) * inv_std
        out, cache = gamma * x_hat + beta, (x_hat, gamma, inv_std)
    else:
        mean, var = bn_param.get("running_mean", np.zeros(C)), bn_param.get("running_var", np.ones(C))
        out, cache = gamma * (flat - mean) / np.sqrt(var + eps) + beta, None
    return out.reshape(N, H, W, C).transpose(0, 3, 1, 2), cache
'''
    result = grade_submission(A5, student_with(tmp_path, spatial_batchnorm_forward=from_scratch))
    assert lost(result) == {"test_spatial_batchnorm": 0.8}
    spatial = by_id(result)["test_spatial_batchnorm"]
    assert [c.name for c in spatial.comparisons if not c.passed] == ["out in test mode"]
    assert [m.id for m in spatial.mistakes] == ["spatial_bn_running_averages_not_updated"]


def test_a_batch_norm_that_moves_its_running_averages_in_test_mode_is_caught_and_named(tmp_path):
    """Running averages updated on every call, test mode too: a test batch moves them. This earned 49/49 (found by
    hold-out 9's writer); now the test-mode test checks that they are left as they were."""
    every_call = '''
def batchnorm_forward(x, gamma, beta, bn_param):
    mode, eps, momentum = bn_param["mode"], bn_param.get("eps", 1e-5), bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    mu, var = x.mean(axis=0), x.var(axis=0)
    new_mean = momentum * running_mean + (1 - momentum) * mu
    new_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    cache = None
    if mode == "train":
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out, cache = gamma * x_hat + beta, (x_hat, gamma, inv_std)
    else:
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    bn_param["running_mean"], bn_param["running_var"] = new_mean, new_var
    return out, cache
'''
    result = grade_submission(A5, student_with(tmp_path, batchnorm_forward=every_call))
    assert lost(result) == {"test_batchnorm_test_mode": 1.5}
    test_mode = by_id(result)["test_batchnorm_test_mode"]
    assert [c.name for c in test_mode.comparisons if not c.passed] == ["running_mean and running_var after test mode"]
    assert [m.id for m in test_mode.mistakes] == ["bn_running_updated_in_test_mode"]


def test_the_student_release_replays_the_same_answers_for_every_convention(tmp_path):
    """`autograder check` replays recorded oracle answers: the grader asks the oracle the same
    questions whichever convention the student follows, so no recording goes stale."""
    released = load_assignment("a5_normalization", released=True)
    path = student_with(tmp_path, batchnorm_forward=bn_forward("zeros", 0, False))
    result = grade_submission(released, path, mode="check")
    assert result.score == result.max_score > 0, lost(result)


# ------------------------------------------------------------------ dropout
CS231N_DROPOUT = '''
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    mask = None
    out = None
    if mode == "train":
        mask = (np.random.rand(*x.shape) < p) / p
        out = x * mask
    elif mode == "test":
        out = x
    cache = (dropout_param, mask)
    out = out.astype(x.dtype, copy=False)
    return out, cache
'''
CS231N_DROPOUT_BACKWARD = '''
def dropout_backward(dout, cache):
    dropout_param, mask = cache
    mode = dropout_param["mode"]
    dx = None
    if mode == "train":
        dx = dout * mask
    elif mode == "test":
        dx = dout
    return dx
'''
BINOMIAL_DROPOUT = '''
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    if dropout_param.get("seed") is not None:
        np.random.seed(dropout_param["seed"])
    mask = np.random.binomial(1, p, size=x.shape) / p
    return x * mask, mask
'''
GENERATOR_DROPOUT = '''
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) >= 1 - p  # another draw than the reference's: the same law
    return np.where(keep, x / p, 0.0), keep / p
'''


@pytest.mark.parametrize("forward,backward", [(CS231N_DROPOUT, CS231N_DROPOUT_BACKWARD), (BINOMIAL_DROPOUT, None),
                                              (GENERATOR_DROPOUT, None)], ids=["rand", "binomial", "generator"])
def test_correct_dropout_with_any_random_draw_earns_full_marks(forward, backward, tmp_path):
    """Before issue 17 only the reference's exact stream passed: each of these lost 7 of the 9
    dropout points (all but test mode's)."""
    functions = {"dropout_forward": forward} | ({"dropout_backward": backward} if backward else {})
    result = grade_submission(A5, student_with(tmp_path, **functions))
    assert result.score == result.max_score, lost(result)


def test_ignoring_the_seed_costs_only_the_seed_check(tmp_path):
    unseeded = CS231N_DROPOUT.replace('np.random.seed(dropout_param["seed"])', "pass")
    result = grade_submission(A5, student_with(tmp_path, dropout_forward=unseeded,
                                               dropout_backward=CS231N_DROPOUT_BACKWARD))
    assert lost(result) == {"test_dropout_seed": 0.5}
    assert [c.name for c in by_id(result)["test_dropout_seed"].comparisons if not c.passed] == [
        "same seed, same mask"]


PER_EXAMPLE_MASK = GENERATOR_DROPOUT.replace("rng.random(x.shape)", "rng.random((len(x),) + (1,) * (x.ndim - 1))")
SHARED_MASK = GENERATOR_DROPOUT.replace("rng.random(x.shape)", "rng.random(x.shape[1:])")
PER_CHANNEL_MASK = GENERATOR_DROPOUT.replace("rng.random(x.shape)",
                                             "rng.random(x.shape[:2] + (1,) * (x.ndim - 2))")


@pytest.mark.parametrize("forward, said", [
    (PER_EXAMPLE_MASK, "one coin per example: each example is kept or dropped whole"),
    (SHARED_MASK, "one mask shared by every example of the batch"),
    (PER_CHANNEL_MASK, "one coin per (example, channel): whole feature maps")],
    ids=["per_example", "shared_by_the_batch", "per_channel"])
def test_a_mask_drawn_per_example_or_shared_by_the_batch_loses_the_independence_test(forward, said, tmp_path):
    """All three scale right and return a test-mode input as given, and on large inputs keep the right fraction:
    before, the mask shared by the batch had full marks (one coin per example loses the 4-example test's
    fraction too, by chance). The check says which units go together (spatial dropout: whole feature maps)."""
    result = grade_submission(A5, student_with(tmp_path, dropout_forward=forward))
    assert lost(result).get("test_dropout_units_drawn_apart") == 1.0
    assert set(lost(result)) <= {"test_dropout_units_drawn_apart", "test_dropout_other_p"}
    check = by_id(result)["test_dropout_units_drawn_apart"].comparisons[0]
    assert not check.passed and said in check.message, check.message


P_AS_DROP = '''
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    mask = (np.random.rand(*x.shape) > p) / (1 - p)  # p read as the probability of dropping
    return x * mask, mask
'''
NO_SCALING = '''
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    mask = np.random.rand(*x.shape) < p
    return x * mask, mask
'''


def test_p_used_as_the_drop_probability_is_caught_and_named_in_the_message(tmp_path):
    """Before issue 17 it lost its points without a name (another stream than the catalogued mistake's),
    and lost dropout_backward's points for the forward's mistake too."""
    result = grade_submission(A5, student_with(tmp_path, dropout_forward=P_AS_DROP))
    assert lost(result) == {"test_dropout_train": 3.0, "test_dropout_other_p": 2.0}
    train = by_id(result)["test_dropout_train"]
    fraction = next(c for c in train.comparisons if c.name == "fraction of units kept")
    assert not fraction.passed and re.search(r"you keep a fraction 0\.[34]\d\d of the units", fraction.message)
    assert "p is the probability of keeping a unit, not of dropping it" in fraction.message
    assert [m.id for m in train.mistakes] == ["dropout_p_as_drop_probability"]
    assert [m.id for m in by_id(result)["test_dropout_other_p"].mistakes] == ["dropout_p_as_drop_probability"]


FAIR_COIN = '''
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    keep = np.random.default_rng(dropout_param.get("seed")).integers(0, 2, size=x.shape).astype(bool)
    mask = keep / p
    return x * mask, mask
'''


def test_a_fair_coin_whatever_p_is_said_by_the_fraction_check(tmp_path):
    """Half the units kept for p = 0.6 and for p = 0.3 (hold-out 22: the check gave the fraction only)."""
    result = grade_submission(A5, student_with(tmp_path, dropout_forward=FAIR_COIN))
    for test in ("test_dropout_train", "test_dropout_other_p"):
        fraction = next(c for c in by_id(result)[test].comparisons if c.name == "fraction of units kept")
        assert not fraction.passed and "you keep about half, as a fair coin for each unit does" in fraction.message
    train = next(c for c in by_id(grade_submission(A5, student_with(tmp_path, dropout_forward=P_AS_DROP)))[
        "test_dropout_train"].comparisons if c.name == "fraction of units kept")
    assert "fair coin" not in train.message


@pytest.mark.parametrize("forward,mistake", [(P_AS_DROP, "dropout_p_as_drop_probability"),
                                             (NO_SCALING, "dropout_no_scaling")], ids=["p_as_drop", "no_scaling"])
def test_a_correct_backward_keeps_its_points_after_a_wrong_forward(forward, mistake, tmp_path):
    """dropout_backward is judged on the mask the student's own forward applied."""
    result = grade_submission(A5, student_with(tmp_path, dropout_forward=forward))
    tests = by_id(result)
    assert tests["test_dropout_backward"].status == "passed"
    assert tests["test_dropout_train"].points_earned == 0 and tests["test_dropout_seed"].status == "passed"
    assert {m.id for t in result.tests for m in t.mistakes} == {mistake}


def test_a_wrong_backward_is_still_caught_after_a_correct_forward(tmp_path):
    forgets_scale = '''
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    mask = np.random.default_rng(dropout_param.get("seed")).random(x.shape) < p
    return x * mask / p, mask
'''
    result = grade_submission(A5, student_with(tmp_path, dropout_forward=forgets_scale))  # backward: dout * cache
    assert lost(result) == {"test_dropout_backward": 2.0}


def binomial_tail(n: int, p: float, bound: float) -> float:
    """P(|K / n - p| > bound) for K ~ Binomial(n, p), summed exactly in log space."""
    def log_pmf(k: int) -> float:
        return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1) + k * math.log(p) \
            + (n - k) * math.log(1 - p)
    return sum(math.exp(log_pmf(k)) for k in range(n + 1) if abs(k / n - p) > bound)


def test_the_kept_fraction_bound_fails_a_correct_dropout_with_probability_below_1e_9():
    graders = a5_graders()
    bound = graders.KEEP_BOUND
    for p, shape in ((0.6, (100, 100)), (0.3, (4, 4, 25, 25))):  # test_dropout_train, test_dropout_other_p
        n = math.prod(shape)
        assert binomial_tail(n, p, bound) < 1e-9
        assert abs((1 - p) - p) > 4 * bound  # p read as the drop probability is far outside
    assert 5e-13 < binomial_tail(10_000, 0.6, bound) < 1e-12  # the figures in the graders' comment
    assert 1e-14 < binomial_tail(10_000, 0.3, bound) < 5e-14
