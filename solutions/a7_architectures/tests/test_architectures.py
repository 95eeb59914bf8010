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


### BEGIN HIDDEN TESTS
@graded(points=4, hidden=True, partial=True, group="residual block")
def test_residual_block_projection_with_dropout(student, oracle, rng):
    """residual block with a projection shortcut (D = 3 -> 5) and dropout (keep 0.75) inside."""
    x, params, dout = rng.normal(size=(4, 3)), block_params(rng, 3, 6, 5), rng.normal(size=(4, 5))
    check_residual_block(student, oracle, x, params, dout, {"p": 0.75, "mask": keep_mask(rng, 4, 6, 0.75)})


@graded(points=3, hidden=True, partial=True, group="FC as convolution")
def test_fc_as_conv_rectangular(student, oracle, rng):
    """fc_to_conv and fc_score_map of a classifier on (2, 3, 5) inputs, slid over (2, 6, 9) inputs."""
    W, b = rng.normal(size=(30, 4)), rng.normal(size=4)
    x = rng.normal(size=(2, 2, 6, 9))
    ew, _ = oracle.fc_to_conv(W, b, (2, 3, 5))
    emap = oracle.fc_score_map(x, W, b, (2, 3, 5))
    with part("fc_to_conv"):
        expect_close("w", student.fc_to_conv(W, b, (2, 3, 5))[0], ew)
    with part("fc_score_map"):
        expect_close("score map", student.fc_score_map(x, W, b, (2, 3, 5)), emap)


@graded(points=3, hidden=True, partial=True, group="understanding")
def test_cam_and_saliency_of_every_class(student, oracle, rng):
    """class activation maps and saliency maps of one example for each of 4 classes (3 channels)."""
    features, W = np.maximum(rng.normal(size=(4, 3, 5, 5)), 0), rng.normal(size=(3, 4))
    features[:] = features[0]
    x = np.repeat(rng.normal(size=(1, 3, 3, 3)), 4, axis=0)
    params = {"W1": rng.normal(0, 0.3, (27, 9)), "b1": rng.normal(0, 0.3, 9),
              "W2": rng.normal(0, 0.5, (9, 4)), "b2": rng.normal(0, 0.1, 4)}
    classes = np.arange(4)
    ecam, esal = oracle.class_activation_map(features, W, classes), oracle.saliency_map(x, params, classes)
    with part("class_activation_map"):
        expect_close("cam", student.class_activation_map(features, W, classes), ecam)
    with part("saliency_map"):
        expect_close("saliency", student.saliency_map(x, params, classes), esal)


@graded(points=2, hidden=True, partial=True, group="density networks")
def test_gaussian_nll_small_std(student, oracle, rng):
    """Gaussian NLL with small standard deviations (log_std around -3) and one output."""
    y, mu, log_std = rng.normal(size=(8, 1)), rng.normal(size=(8, 1)), rng.normal(-3.0, 0.3, (8, 1))
    check_gaussian_nll(student, oracle, y, mu, log_std)


@graded(points=4, hidden=True, partial=True, group="density networks")
def test_mdn_far_targets(student, oracle, rng):
    """mixture density loss for targets 40 to 60 standard deviations from every component: finite."""
    logits, mu, log_std = mdn_inputs(rng, 4, 3)
    y = mu.max(axis=1) + rng.uniform(40, 60, 4) * np.exp(log_std).max(axis=1)
    check_mdn(student, oracle, y, logits, mu, log_std)


@graded(points=2, hidden=True, partial=True, group="density networks")
def test_mdn_near_and_far_rows(student, oracle, rng):
    """mixture density loss of a batch mixing targets near their components with targets 40 to 60 standard
    deviations from every component: finite (each row's log-sum-exp shifted by that row's own maximum)."""
    logits, mu, log_std = mdn_inputs(rng, 6, 3)
    y = mu.mean(axis=1) + rng.normal(0, 1.0, 6)
    far = mu.max(axis=1) + rng.uniform(40, 60, 6) * np.exp(log_std).max(axis=1)
    y[1::2] = far[1::2]
    check_mdn(student, oracle, y, logits, mu, log_std)


@graded(points=3, hidden=True, partial=True, group="density networks")
def test_mdn_large_logits(student, oracle, rng):
    """mixture density loss with logits around +-900 (rows apart) and one component 1500 below the others."""
    logits, mu, log_std = mdn_inputs(rng, 4, 3)
    logits += np.array([900.0, -900.0, 900.0, -900.0])[:, None]
    logits[:, int(rng.integers(3))] -= 1500.0
    check_mdn(student, oracle, rng.normal(0, 2.0, 4), logits, mu, log_std)


@graded(points=3, hidden=True, partial=True, group="understanding")
def test_one_example(student, oracle, rng):
    """a batch of one example (N = 1) everywhere shapes could collapse: a residual block, global average
    pooling of non-square (3, 2, 5) maps, a class activation map, a saliency map and a mixture density loss
    (outputs keep their batch axis of 1)."""
    x, params, dout = rng.normal(size=(1, 4)), block_params(rng, 4, 5), rng.normal(size=(1, 4))
    maps, dpool = rng.normal(size=(1, 3, 2, 5)), rng.normal(size=(1, 3))
    features, W, classes = np.maximum(rng.normal(size=(1, 3, 2, 5)), 0), rng.normal(size=(3, 4)), np.array([2])
    images = rng.normal(size=(1, 2, 3, 3))
    net = {"W1": rng.normal(0, 0.3, (18, 6)), "b1": rng.normal(0, 0.3, 6),
           "W2": rng.normal(0, 0.5, (6, 4)), "b2": rng.normal(0, 0.1, 4)}
    logits, mu, log_std = mdn_inputs(rng, 1, 3)
    y = rng.normal(0, 2.0, 1)
    epool, ecache = oracle.global_avg_pool_forward(maps)
    edx = oracle.global_avg_pool_backward(dpool, ecache)
    ecam, esal = oracle.class_activation_map(features, W, classes), oracle.saliency_map(images, net, classes)
    emdn = oracle.mdn_nll(y, logits, mu, log_std)
    check_residual_block(student, oracle, x, params, dout)
    with part("global_avg_pool_forward", checks=2, note="global_avg_pool_backward is checked on its cache"):
        out, cache = student.global_avg_pool_forward(maps)
        expect_close("pooled", out, epool)
        with part("global_avg_pool_backward"):
            expect_close("dx of the pooling", student.global_avg_pool_backward(dpool, cache), edx)
    with part("class_activation_map"):
        expect_close("cam", student.class_activation_map(features, W, classes), ecam)
    with part("saliency_map"):
        expect_close("saliency", student.saliency_map(images, net, classes), esal)
    with part("mdn_nll", checks=4):
        got = student.mdn_nll(y, logits, mu, log_std)
        expect_close("mdn loss", got[0], emdn[0], allow_scalar=True)
        for name, value, evalue in zip(("dlogits", "dmu", "dlog_std"), got[1:], emdn[1:]):
            expect_close(name, value, evalue)


@graded(points=2, hidden=True, partial=True, group="residual block")
def test_residual_block_leaves_its_arguments_as_given(student, oracle, rng):
    """residual_block_forward leaves x and params as given: the caller's params are the network's (a block that
    makes its identity shortcut a projection by writing Ws = I and bs = 0 into params returns the right out, and
    the network then has parameters it never had)."""
    x, params = rng.normal(size=(4, 5)), block_params(rng, 5, 6)
    eout = oracle.residual_block_forward(x, params)[0]
    # (credit only beside values computed: code that computes nothing leaves its arguments as given too)
    expect_arguments_kept(student, "residual_block_forward", {"x": x, "params": params},
                          computed=returns_like(eout, first=True), kept=("x", "params"))


@graded(points=2, hidden=True, partial=True, group="density networks")
def test_density_losses_leave_their_arguments_as_given(student, oracle, rng):
    """gaussian_nll and mdn_nll leave y, mu and log_std (and the logits) as given: they are the network's outputs,
    which its backward pass reads again (a `log_std *= 2` that turns it into a log-variance returns the right loss
    and ruins the caller's array)."""
    y, mu, log_std = rng.normal(size=(6, 2)), rng.normal(size=(6, 2)), rng.normal(0, 0.5, (6, 2))
    with part("gaussian_nll", checks=3):
        expect_arguments_kept(student, "gaussian_nll", {"y": y, "mu": mu, "log_std": log_std},
                              computed=returns_like(oracle.gaussian_nll(y, mu, log_std)))
    logits, mu3, log_std3 = mdn_inputs(rng, 5, 3)
    y3 = rng.normal(0, 2.0, 5)
    with part("mdn_nll", checks=4):
        expect_arguments_kept(student, "mdn_nll", {"y": y3, "logits": logits, "mu": mu3, "log_std": log_std3},
                              computed=returns_like(oracle.mdn_nll(y3, logits, mu3, log_std3)))


@graded(points=3, hidden=True, partial=True, group="residual block")
def test_relu_derivative_at_zero(student, oracle, rng):
    """a residual block and a saliency map where ReLU inputs are exactly 0 (an input row of zeros, zero
    biases): the derivative there is 0."""
    params = block_params(rng, 4, 6)
    params["b1"][::2], params["b1"][1::2], params["b2"][::2] = 0.0, -1.0, 0.0
    x, dout = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    x[1] = 0.0
    images = rng.normal(size=(2, 2, 3, 3))
    images[0] = 0.0
    net = {"W1": rng.normal(0, 0.3, (18, 6)), "b1": np.where(np.arange(6) % 2, 0.0, 0.5),
           "W2": rng.normal(0, 0.5, (6, 3)), "b2": rng.normal(0, 0.1, 3)}
    y = rng.integers(0, 3, size=2)
    esal = oracle.saliency_map(images, net, y)
    check_residual_block(student, oracle, x, params, dout)
    with part("saliency_map"):
        expect_close("saliency", student.saliency_map(images, net, y), esal)
### END HIDDEN TESTS
