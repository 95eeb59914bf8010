"""Graders of a7 (architectures and understanding). Fixtures: student (remote), oracle
(reference.architectures), rng.

A test that grades a forward and a backward pass scores each in a part of its own
(autograder.testing.part); the backward pass runs on the student's own forward cache, so its part
sits inside the forward pass's. Expected values (oracle calls) come first, before the student's
calls: a student release replays the oracle's answers in order.
"""
import numpy as np

from autograder.testing import Tolerance, expect_arguments_kept, expect_close, graded, part, returns_like

BACKWARD = Tolerance(rtol=1e-7, atol=1e-10)
PARAMS_IDENTITY = ("W1", "b1", "W2", "b2")
PARAMS_PROJECTION = PARAMS_IDENTITY + ("Ws", "bs")


def block_params(rng, d, hidden, d_out=None):
    """A residual block's parameters; a projection shortcut when d_out is given."""
    params = {"W1": rng.normal(0, 0.6, (d, hidden)), "b1": rng.normal(0, 0.3, hidden),
              "W2": rng.normal(0, 0.6, (hidden, d_out or d)), "b2": rng.normal(0, 0.3, d_out or d)}
    if d_out is not None:
        params["Ws"], params["bs"] = rng.normal(0, 0.6, (d, d_out)), rng.normal(0, 0.3, d_out)
    return params


def check_residual_block(student, oracle, x, params, dout, dropout=None):
    """out of residual_block_forward, then dx and every gradient of residual_block_backward on its cache."""
    eout, ecache = oracle.residual_block_forward(x, params, dropout)
    edx, egrads = oracle.residual_block_backward(dout, ecache)
    keys = [k for k in PARAMS_PROJECTION if k in params]
    with part("residual_block_forward", checks=2 + len(keys), note="residual_block_backward is checked on its cache"):
        out, cache = student.residual_block_forward(x, params, dropout)
        expect_close("out", out, eout)
        with part("residual_block_backward", checks=1 + len(keys)):
            dx, grads = student.residual_block_backward(dout, cache)
            expect_close("dx", dx, edx, BACKWARD)
            grads = grads if isinstance(grads, dict) else {}
            for key in keys:
                expect_close(f"grads['{key}']", grads.get(key), egrads[key], BACKWARD)


def keep_mask(rng, n, hidden, p):
    """A dropout mask of 0/1 keep decisions (each unit kept with probability p), at least one kept and
    one dropped unit in it."""
    mask = (rng.random((n, hidden)) < p).astype(float)
    mask[0, 0], mask[-1, -1] = 1.0, 0.0
    return mask


def check_gaussian_nll(student, oracle, y, mu, log_std):
    loss, dmu, dlog_std = student.gaussian_nll(y, mu, log_std)
    eloss, edmu, edlog_std = oracle.gaussian_nll(y, mu, log_std)
    expect_close("loss", loss, eloss, allow_scalar=True)
    expect_close("dmu", dmu, edmu)
    expect_close("dlog_std", dlog_std, edlog_std)


def check_mdn(student, oracle, y, logits, mu, log_std):
    expected = oracle.mdn_nll(y, logits, mu, log_std)
    got = student.mdn_nll(y, logits, mu, log_std)
    expect_close("loss", got[0], expected[0], allow_scalar=True)
    for name, value, evalue in zip(("dlogits", "dmu", "dlog_std"), got[1:], expected[1:]):
        expect_close(name, value, evalue)


def mdn_inputs(rng, n, k):
    logits, mu = rng.normal(0, 1.5, (n, k)), rng.normal(0, 2.0, (n, k))
    return logits, mu, rng.normal(-0.3, 0.4, (n, k))


# ------------------------------------------------------------------ residual blocks
@graded(points=6, partial=True, group="residual block")
def test_residual_block_identity(student, oracle, rng):
    """residual block with an identity shortcut (D = 5, hidden 7): forward, and backward on its cache."""
    x, params, dout = rng.normal(size=(4, 5)), block_params(rng, 5, 7), rng.normal(size=(4, 5))
    check_residual_block(student, oracle, x, params, dout)


@graded(points=6, partial=True, group="residual block")
def test_residual_block_projection(student, oracle, rng):
    """residual block with a projection shortcut (D = 4 -> 6, hidden 5): forward and backward."""
    x, params, dout = rng.normal(size=(3, 4)), block_params(rng, 4, 5, 6), rng.normal(size=(3, 6))
    check_residual_block(student, oracle, x, params, dout)


@graded(points=4, partial=True, group="residual block")
def test_residual_block_dropout(student, oracle, rng):
    """residual block (identity shortcut) with inverted dropout inside, keep probability 0.6."""
    x, params, dout = rng.normal(size=(5, 4)), block_params(rng, 4, 8), rng.normal(size=(5, 4))
    check_residual_block(student, oracle, x, params, dout, {"p": 0.6, "mask": keep_mask(rng, 5, 8, 0.6)})


# ------------------------------------------------------------------ fully connected as convolution
@graded(points=3, partial=True, group="FC as convolution")
def test_fc_to_conv(student, oracle, rng):
    """fc_to_conv of an affine layer on (3, 4, 4) inputs with 5 outputs."""
    W, b = rng.normal(size=(48, 5)), rng.normal(size=5)
    ew, eb = oracle.fc_to_conv(W, b, (3, 4, 4))
    w, bias = student.fc_to_conv(W, b, (3, 4, 4))
    expect_close("w", w, ew)
    expect_close("b", bias, eb)


@graded(points=4, partial=True, group="FC as convolution")
def test_fc_score_map(student, oracle, rng):
    """fc_score_map: the (3, 4, 4) classifier on inputs of its own size and slid over (3, 7, 6) inputs."""
    W, b = rng.normal(size=(48, 5)), rng.normal(size=5)
    small, large = rng.normal(size=(2, 3, 4, 4)), rng.normal(size=(2, 3, 7, 6))
    esmall, elarge = oracle.fc_score_map(small, W, b, (3, 4, 4)), oracle.fc_score_map(large, W, b, (3, 4, 4))
    expect_close("scores on (3, 4, 4) inputs", student.fc_score_map(small, W, b, (3, 4, 4)), esmall)
    expect_close("score map on (3, 7, 6) inputs", student.fc_score_map(large, W, b, (3, 4, 4)), elarge)


# ------------------------------------------------------------------ global average pooling, CAM, saliency
@graded(points=4, partial=True, group="understanding")
def test_global_avg_pool(student, oracle, rng):
    """global average pooling of (2, 3, 4, 5) maps: forward, and backward on its cache."""
    x, dout = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(2, 3))
    eout, ecache = oracle.global_avg_pool_forward(x)
    edx = oracle.global_avg_pool_backward(dout, ecache)
    with part("global_avg_pool_forward", checks=2, note="global_avg_pool_backward is checked on its cache"):
        out, cache = student.global_avg_pool_forward(x)
        expect_close("out", out, eout)
        with part("global_avg_pool_backward"):
            expect_close("dx", student.global_avg_pool_backward(dout, cache), edx)


@graded(points=4, group="understanding")
def test_class_activation_map(student, oracle, rng):
    """class activation maps of 3 examples (5 channels of 4 x 4, 6 classes)."""
    features, W = np.maximum(rng.normal(size=(3, 5, 4, 4)), 0), rng.normal(size=(5, 6))
    classes = rng.choice(6, size=3, replace=False)
    expected = oracle.class_activation_map(features, W, classes)
    expect_close("cam", student.class_activation_map(features, W, classes), expected)


@graded(points=5, group="understanding")
def test_saliency_map(student, oracle, rng):
    """saliency maps of a two-layer net (2 x 4 x 4 inputs, 12 hidden units, 4 classes) for 3 images."""
    x = rng.normal(size=(3, 2, 4, 4))
    params = {"W1": rng.normal(0, 0.3, (32, 12)), "b1": rng.normal(0, 0.3, 12),
              "W2": rng.normal(0, 0.5, (12, 4)), "b2": rng.normal(0, 0.1, 4)}
    y = rng.integers(0, 4, size=3)
    expect_close("saliency", student.saliency_map(x, params, y), oracle.saliency_map(x, params, y))


# ------------------------------------------------------------------ density networks
@graded(points=5, partial=True, group="density networks")
def test_gaussian_nll(student, oracle, rng):
    """Gaussian NLL of 6 rows of 2 outputs: loss, dmu, dlog_std."""
    y, mu, log_std = rng.normal(size=(6, 2)), rng.normal(size=(6, 2)), rng.normal(0, 0.5, (6, 2))
    check_gaussian_nll(student, oracle, y, mu, log_std)


@graded(points=6, partial=True, group="density networks")
def test_mdn_nll(student, oracle, rng):
    """mixture density loss of 5 targets and 3 components: loss, dlogits, dmu, dlog_std."""
    logits, mu, log_std = mdn_inputs(rng, 5, 3)
    check_mdn(student, oracle, rng.normal(0, 2.0, 5), logits, mu, log_std)


