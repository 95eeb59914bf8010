"""Graders of a5 (normalization, dropout). Fixtures: student (remote), oracle (reference.normalization), rng.

bn_param lives in the student's process (student.keep) so that their in-place updates of the
running averages are what gets graded (student.fetch reads it back).
"""
import numpy as np

from autograder.testing import Tolerance, expect_close, graded

BACKWARD = Tolerance(rtol=1e-7, atol=1e-10)


def features(rng, n, d):
    """A batch whose last feature has a tiny variance (1e-6), where eps and its placement matter."""
    x = rng.normal(1.5, 2.0, size=(n, d))
    x[:, -1] = 0.3 + 1e-3 * rng.normal(size=n)
    return x


def bn_train_step(student, oracle, rng, n=6, d=4):
    x, gamma, beta = features(rng, n, d), rng.normal(size=d), rng.normal(size=d)
    out, cache = student.batchnorm_forward(x, gamma, beta, student.keep({"mode": "train"}))
    eout, ecache = oracle.batchnorm_forward(x, gamma, beta, {"mode": "train"})
    return out, cache, eout, ecache


def check_backward(student, oracle, backward, dout, cache, expected_cache):
    """dx, dgamma and dbeta of student.<backward>(dout, cache) against the reference's."""
    dx, dgamma, dbeta = getattr(student, backward)(dout, cache)
    edx, edgamma, edbeta = getattr(oracle, backward)(dout, expected_cache)
    expect_close("dx", dx, edx, BACKWARD)
    expect_close("dgamma", dgamma, edgamma)
    expect_close("dbeta", dbeta, edbeta)


@graded(points=4, group="batch norm")
def test_batchnorm_train_forward(student, oracle, rng):
    """batchnorm_forward in train mode on a batch of 6 (one feature with a tiny variance)."""
    out, _, eout, _ = bn_train_step(student, oracle, rng)
    expect_close("out", out, eout)


@graded(points=4, partial=True, group="batch norm")
def test_batchnorm_running_averages(student, oracle, rng):
    """running_mean and running_var after 4 train steps with momentum 0.8."""
    gamma, beta = rng.normal(size=3), rng.normal(size=3)
    bn = student.keep({"mode": "train", "momentum": 0.8})
    expected = {"mode": "train", "momentum": 0.8}
    for _ in range(4):
        x = rng.normal(-1.0, 3.0, size=(5, 3))
        student.batchnorm_forward(x, gamma, beta, bn)
        oracle.batchnorm_forward(x, gamma, beta, expected)
    state = student.fetch(bn)
    expect_close("running_mean", state.get("running_mean") if isinstance(state, dict) else state,
                 expected["running_mean"])
    expect_close("running_var", state.get("running_var") if isinstance(state, dict) else state,
                 expected["running_var"])


@graded(points=3, group="batch norm")
def test_batchnorm_test_mode(student, oracle, rng):
    """batchnorm_forward in test mode normalizes with the running averages."""
    x, gamma, beta = rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=3)
    param = {"mode": "test", "running_mean": rng.normal(size=3), "running_var": rng.uniform(0.5, 2.0, size=3)}
    out, _ = student.batchnorm_forward(x, gamma, beta, student.keep(param))
    expect_close("out", out, oracle.batchnorm_forward(x, gamma, beta, dict(param))[0])


@graded(points=5, partial=True, group="batch norm")
def test_batchnorm_backward(student, oracle, rng):
    """batchnorm_backward (full graph): dx, dgamma, dbeta."""
    _, cache, _, ecache = bn_train_step(student, oracle, rng)
    dout = rng.normal(size=(6, 4))
    check_backward(student, oracle, "batchnorm_backward", dout, cache, ecache)


@graded(points=3, partial=True, group="batch norm")
def test_batchnorm_backward_alt(student, oracle, rng):
    """batchnorm_backward_alt (simplified formula): dx, dgamma, dbeta."""
    _, cache, _, ecache = bn_train_step(student, oracle, rng)
    dout = rng.normal(size=(6, 4))
    check_backward(student, oracle, "batchnorm_backward_alt", dout, cache, ecache)


@graded(points=4, partial=True, group="batch norm")
def test_spatial_batchnorm(student, oracle, rng):
    """spatial batch norm forward and backward on (2, 3, 4, 5) inputs."""
    x, dout = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(2, 3, 4, 5))
    gamma, beta = rng.normal(size=3), rng.normal(size=3)
    out, cache = student.spatial_batchnorm_forward(x, gamma, beta, student.keep({"mode": "train"}))
    eout, ecache = oracle.spatial_batchnorm_forward(x, gamma, beta, {"mode": "train"})
    expect_close("out", out, eout)
    check_backward(student, oracle, "spatial_batchnorm_backward", dout, cache, ecache)


@graded(points=4, partial=True, group="layer and group norm")
def test_layernorm(student, oracle, rng):
    """layer norm forward and backward."""
    x, dout = rng.normal(size=(4, 7)) * 2, rng.normal(size=(4, 7))
    gamma, beta = rng.normal(size=7), rng.normal(size=7)
    out, cache = student.layernorm_forward(x, gamma, beta, {})
    eout, ecache = oracle.layernorm_forward(x, gamma, beta, {})
    expect_close("out", out, eout)
    check_backward(student, oracle, "layernorm_backward", dout, cache, ecache)


@graded(points=4, partial=True, group="layer and group norm")
def test_groupnorm(student, oracle, rng):
    """group norm with 2 groups of 3 channels, forward and backward."""
    x, dout = rng.normal(size=(2, 6, 3, 3)), rng.normal(size=(2, 6, 3, 3))
    gamma, beta = rng.normal(size=6), rng.normal(size=6)
    out, cache = student.groupnorm_forward(x, gamma, beta, 2, {})
    eout, ecache = oracle.groupnorm_forward(x, gamma, beta, 2, {})
    expect_close("out", out, eout)
    check_backward(student, oracle, "groupnorm_backward", dout, cache, ecache)


@graded(points=3, group="dropout")
def test_dropout_train(student, oracle, rng):
    """dropout in train mode with p = 0.6 (keep) and seed 7."""
    x = rng.normal(size=(50, 40))
    param = {"p": 0.6, "mode": "train", "seed": 7}
    out, _ = student.dropout_forward(x, dict(param))
    expect_close("out", out, oracle.dropout_forward(x, dict(param))[0])


@graded(points=2, group="dropout")
def test_dropout_test_mode(student, oracle, rng):
    """dropout in test mode returns its input."""
    x = rng.normal(size=(20, 10))
    param = {"p": 0.6, "mode": "test", "seed": 7}
    out, _ = student.dropout_forward(x, dict(param))
    expect_close("out", out, oracle.dropout_forward(x, dict(param))[0])


@graded(points=2, group="dropout")
def test_dropout_backward(student, oracle, rng):
    """dropout_backward in train mode."""
    x, dout = rng.normal(size=(30, 20)), rng.normal(size=(30, 20))
    param = {"p": 0.75, "mode": "train", "seed": 3}
    _, cache = student.dropout_forward(x, dict(param))
    expect_close("dx", student.dropout_backward(dout, cache),
                 oracle.dropout_backward(dout, oracle.dropout_forward(x, dict(param))[1]))


@graded(points=2, partial=True, group="regularization")
def test_l2_penalty(student, oracle, rng):
    """l2_penalty: loss and gradient."""
    W = rng.normal(size=(5, 4))
    loss, grad = student.l2_penalty(W, 0.05)
    eloss, egrad = oracle.l2_penalty(W, 0.05)
    expect_close("loss", loss, eloss, allow_scalar=True)
    expect_close("grad", grad, egrad)


