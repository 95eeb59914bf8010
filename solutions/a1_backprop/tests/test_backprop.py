"""Graders of a1 (backprop). Fixtures: student (remote), oracle (reference.backprop), rng.

Public tests ship with the assignment; the blocks between the HIDDEN TESTS markers are
removed from the student release. A backward pass runs on the student's forward cache, or on the
documented one when the forward pass raises; a test that grades a forward and a backward pass
scores each on its own (autograder.testing.part). Expected values come before the student's calls.
"""
import numpy as np

from autograder.sandbox.wire import FunctionSpec
from autograder.testing import (
    Tolerance,
    expect_arguments_kept,
    expect_close,
    expect_true,
    graded,
    or_fallback,
    part,
    returns_like,
)

# Finite differences in float64 agree with exact gradients to about 1e-8 relative.
FD_TOLERANCE = Tolerance(rtol=1e-6, atol=1e-8)


def mlp_params(rng, d, h, c):
    return {"W1": rng.normal(0, 0.5, (d, h)), "b1": rng.normal(0, 0.1, h),
            "W2": rng.normal(0, 0.5, (h, c)), "b2": rng.normal(0, 0.1, c)}


@graded(points=4, group="affine layer")
def test_affine_forward(student, oracle, rng):
    """affine_forward on a batch of 3 inputs of shape (4, 5)."""
    x, w, b = rng.normal(size=(3, 4, 5)), rng.normal(size=(20, 6)), rng.normal(size=6)
    out, _ = student.affine_forward(x, w, b)
    expect_close("out", out, oracle.affine_forward(x, w, b)[0])


@graded(points=6, partial=True, group="affine layer")
def test_affine_backward(student, oracle, rng):
    """affine_backward: dx (shaped like x), dw and db for x of shape (2, 3, 4)."""
    x, w, b = rng.normal(size=(2, 3, 4)), rng.normal(size=(12, 5)), rng.normal(size=5)
    dout = rng.normal(size=(2, 5))
    ex, ew, eb = oracle.affine_backward(dout, oracle.affine_forward(x, w, b)[1])
    # affine_backward documents its cache as (x, w, b): it is graded on its own when affine_forward raises
    cache = or_fallback(lambda: student.affine_forward(x, w, b)[1], (x, w, b))
    dx, dw, db = student.affine_backward(dout, cache)
    expect_close("dx", dx, ex)
    expect_close("dw", dw, ew)
    expect_close("db", db, eb)


def check_activation(student, oracle, name, x, dout):
    """Forward output and backward dx of one elementwise activation, each scored on its own; the
    backward pass needs the forward pass's cache (its layout is the student's), so its part is inside."""
    eout, ecache = getattr(oracle, f"{name}_forward")(x)
    edx = getattr(oracle, f"{name}_backward")(dout, ecache)
    with part(f"{name}_forward", checks=2, note=f"{name}_backward is checked on its cache"):
        out, cache = getattr(student, f"{name}_forward")(x)
        expect_close("out", out, eout)
        with part(f"{name}_backward"):
            expect_close("dx", getattr(student, f"{name}_backward")(dout, cache), edx)


@graded(points=4, partial=True, group="activations")
def test_sigmoid(student, oracle, rng):
    """sigmoid forward and backward, including inputs of magnitude 50."""
    x = np.concatenate([rng.normal(size=(4, 5)), [[-50.0, -20.0, 0.0, 20.0, 50.0]]])
    check_activation(student, oracle, "sigmoid", x, rng.normal(size=x.shape))


@graded(points=3, partial=True, group="activations")
def test_tanh(student, oracle, rng):
    """tanh forward and backward."""
    check_activation(student, oracle, "tanh", rng.normal(size=(5, 6)), rng.normal(size=(5, 6)))


@graded(points=4, partial=True, group="activations")
def test_relu(student, oracle, rng):
    """ReLU forward and backward on random inputs."""
    check_activation(student, oracle, "relu", rng.normal(size=(6, 7)), rng.normal(size=(6, 7)))


@graded(points=4, group="losses")
def test_softmax(student, oracle, rng):
    """softmax of moderate scores: rows are probabilities."""
    scores = rng.normal(size=(4, 6)) * 3
    expect_close("probs", student.softmax(scores), oracle.softmax(scores))


@graded(points=6, partial=True, group="losses")
def test_softmax_cross_entropy(student, oracle, rng):
    """softmax cross-entropy: loss and dscores on a batch of 5."""
    scores, y = rng.normal(size=(5, 4)), rng.integers(0, 4, size=5)
    loss, dscores = student.softmax_cross_entropy_loss(scores, y)
    eloss, edscores = oracle.softmax_cross_entropy_loss(scores, y)
    expect_close("loss", loss, eloss, allow_scalar=True)
    expect_close("dscores", dscores, edscores)


@graded(points=3, partial=True, group="losses")
def test_mse(student, oracle, rng):
    """mean squared error and its gradient."""
    pred, target = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
    loss, dpred = student.mse_loss(pred, target)
    eloss, edpred = oracle.mse_loss(pred, target)
    expect_close("loss", loss, eloss, allow_scalar=True)
    expect_close("dpred", dpred, edpred)


@graded(points=3, partial=True, group="losses")
def test_binary_cross_entropy(student, oracle, rng):
    """binary cross-entropy on probabilities in (0.05, 0.95)."""
    probs, target = rng.uniform(0.05, 0.95, size=(6,)), rng.integers(0, 2, size=6).astype(float)
    loss, dprobs = student.binary_cross_entropy_loss(probs, target)
    eloss, edprobs = oracle.binary_cross_entropy_loss(probs, target)
    expect_close("loss", loss, eloss, allow_scalar=True)
    expect_close("dprobs", dprobs, edprobs)


@graded(points=3, group="two-layer MLP")
def test_two_layer_mlp_scores(student, oracle, rng):
    """two_layer_mlp_loss without labels returns the class scores."""
    X, params = rng.normal(size=(4, 5)), mlp_params(rng, 5, 7, 3)
    expect_close("scores", student.two_layer_mlp_loss(X, params), oracle.two_layer_mlp_loss(X, params))


@graded(points=10, partial=True, group="two-layer MLP")
def test_two_layer_mlp_loss_and_grads(student, oracle, rng):
    """two_layer_mlp_loss with labels: loss and the four gradients with reg=0.1, and with reg left out
    (its default, 0)."""
    X, y, params = rng.normal(size=(6, 5)), rng.integers(0, 3, size=6), mlp_params(rng, 5, 7, 3)
    expected = {"": oracle.two_layer_mlp_loss(X, params, y, reg=0.1),
                " (reg left out)": oracle.two_layer_mlp_loss(X, params, y)}
    for case, (eloss, egrads) in expected.items():
        with part(f"two_layer_mlp_loss{case}", checks=5):
            loss, grads = (student.two_layer_mlp_loss(X, params, y, reg=0.1) if not case
                           else student.two_layer_mlp_loss(X, params, y))
            expect_close(f"loss{case}", loss, eloss, allow_scalar=True)
            for key in ("W1", "b1", "W2", "b2"):
                expect_close(f"grads['{key}']{case}", grads[key], egrads[key])


@graded(points=4, group="regression")
def test_logistic_regression_gradient(student, oracle, rng):
    """logistic-regression gradient X^T (pi - y) on 8 points in 3 dimensions."""
    X, w, y = rng.normal(size=(8, 3)), rng.normal(size=3), rng.integers(0, 2, size=8).astype(float)
    expect_close("grad", student.logistic_regression_gradient(w, X, y), oracle.logistic_regression_gradient(w, X, y))


@graded(points=4, group="regression")
def test_linear_regression_closed_form(student, oracle, rng):
    """closed-form least squares on 20 noisy points in 4 dimensions."""
    X = rng.normal(size=(20, 4))
    y = X @ rng.normal(size=4) + 0.1 * rng.normal(size=20)
    expect_close("w", student.linear_regression_closed_form(X, y), oracle.linear_regression_closed_form(X, y),
                 tolerance=Tolerance(rtol=1e-6, atol=1e-9))


@graded(points=4, group="gradient check")
def test_numerical_gradient(student, rng):
    """eval_numerical_gradient of f(x) = sum(c * sin(x)) matches c * cos(x), and x is as it was after the
    call (x is kept in your process and read back); and of f(x) = x.ravel() @ A @ x.ravel(), whose every
    entry's derivative depends on the other entries, (A + A.T) @ x.ravel()."""
    x, c = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    kept = student.keep(x.copy())
    grad = student.eval_numerical_gradient(FunctionSpec("weighted_sum_sin", c), kept)
    expect_close("grad", grad, c * np.cos(x), tolerance=FD_TOLERANCE)
    after = student.fetch(kept)
    expect_true("x unchanged", isinstance(after, np.ndarray) and np.array_equal(after, x),
                "eval_numerical_gradient must leave x as it found it: put each x[i] back after its two "
                "evaluations of f")
    # each difference is taken with the other entries as given: one left at x[i] - h (in x or in a copy of it)
    # shifts every later entry's derivative here, though not the sum of sines'
    z, a = rng.normal(size=(5, 3)), rng.normal(size=(15, 15))  # (no factor 2 reads as a count of rows or columns)
    coupled = student.eval_numerical_gradient(FunctionSpec("quadratic_form", a), z.copy())
    expect_close("grad (coupled)", coupled, ((a + a.T) @ z.ravel()).reshape(z.shape), tolerance=FD_TOLERANCE)


### BEGIN HIDDEN TESTS
@graded(points=3, hidden=True, partial=True, group="affine layer")
def test_affine_backward_single_row(student, oracle, rng):
    """affine_backward with a batch of one 4-D input."""
    x, w, b = rng.normal(size=(1, 2, 3, 2)), rng.normal(size=(12, 3)), rng.normal(size=3)
    dout = rng.normal(size=(1, 3))
    ex, ew, eb = oracle.affine_backward(dout, oracle.affine_forward(x, w, b)[1])
    cache = or_fallback(lambda: student.affine_forward(x, w, b)[1], (x, w, b))  # as in test_affine_backward
    dx, dw, db = student.affine_backward(dout, cache)
    expect_close("dx", dx, ex)
    expect_close("dw", dw, ew)
    expect_close("db", db, eb)


@graded(points=2, hidden=True, partial=True, group="activations")
def test_sigmoid_of_large_inputs(student, oracle, rng):
    """sigmoid, forward and backward, of inputs of magnitude 700 to 1000 of either sign, which its docstring asks
    for: np.exp of more than 709 is Inf, so exp(x) / (1 + exp(x)) gives NaN there, where the sigmoid is 1 (the
    public test goes to 50 only)."""
    magnitudes = rng.uniform(700.0, 1000.0, size=(3, 4))
    x = np.concatenate([magnitudes, -magnitudes, rng.normal(size=(1, 4))])
    check_activation(student, oracle, "sigmoid", x, rng.normal(size=x.shape))


@graded(points=2, hidden=True, partial=True, group="activations")
def test_tanh_and_relu_of_large_inputs(student, oracle, rng):
    """tanh of inputs of magnitude 700 to 1000 of either sign (it is 1 or -1 there: (e^x - e^-x) / (e^x + e^-x)
    written out gives NaN, as np.exp of more than 709 is Inf), and ReLU of inputs up to 50 (it has no upper
    clip: np.clip(x, 0, 6) is ReLU6). The public tests go to about 3."""
    magnitudes = rng.uniform(700.0, 1000.0, size=(2, 4))
    x = np.concatenate([magnitudes, -magnitudes, rng.normal(size=(1, 4))])
    check_activation(student, oracle, "tanh", x, rng.normal(size=x.shape))
    large = rng.uniform(-50.0, 50.0, size=(3, 5))
    check_activation(student, oracle, "relu", large, rng.normal(size=large.shape))


@graded(points=3, hidden=True, partial=True, group="activations")
def test_relu_backward_at_zero(student, oracle, rng):
    """relu_backward where inputs are exactly 0: the gradient there is 0."""
    x = rng.normal(size=(4, 5))
    x[::2, ::2] = 0.0
    dout = rng.normal(size=x.shape)
    _, cache = student.relu_forward(x)
    kept = student.keep(dout.copy())  # the caller's dout, kept in the student's process: is it left as it was?
    dx = student.relu_backward(kept, cache)
    after = student.fetch(kept)
    if isinstance(after, np.ndarray) and after.shape == dout.shape and np.array_equal(after, dout):
        expect_close("dx", dx, oracle.relu_backward(dout, oracle.relu_forward(x)[1]))
    else:  # one check either way: dx computed by writing into dout is not a right dx
        expect_true("dx", False, "relu_backward changed its argument dout in place (e.g. dx = dout; dx[x <= 0] = 0 "
                    "writes into dout): the caller's gradient is lost for its other uses; compute on a copy "
                    "(dx = dout.copy()) or with np.where")


@graded(points=3, hidden=True, group="losses")
def test_softmax_large_scores(student, oracle, rng):
    """softmax of scores around 1000, of scores spread over thousands, and of a row whose largest magnitude is a
    score far below zero (shifted by it, np.abs(scores).max(), every exp of the row underflows to 0: NaN) must not
    overflow or underflow."""
    scores = np.concatenate([1000.0 + rng.normal(size=(3, 5)) * 10,  # large and close together
                             rng.normal(size=(2, 5)) * 1000,            # spread over thousands
                             [[-5000.0, 3.0, 1.0, 0.0, 2.0]]])          # far below zero: the largest is 3
    expect_close("probs", student.softmax(scores), oracle.softmax(scores))


@graded(points=4, hidden=True, partial=True, group="losses")
def test_softmax_cross_entropy_large_scores(student, oracle, rng):
    """softmax cross-entropy with scores of magnitude 1000 stays finite."""
    scores, y = rng.normal(size=(4, 5)) * 1000, rng.integers(0, 5, size=4)
    loss, dscores = student.softmax_cross_entropy_loss(scores, y)
    eloss, edscores = oracle.softmax_cross_entropy_loss(scores, y)
    expect_close("loss", loss, eloss, allow_scalar=True)
    expect_close("dscores", dscores, edscores)


@graded(points=5, hidden=True, partial=True, group="two-layer MLP")
def test_two_layer_mlp_gradient_check(student, oracle, rng):
    """with reg=0.2, your MLP's loss matches the reference and its gradients match centered finite
    differences of the reference's loss (never of your own loss, which a wrong gradient could match)."""
    from reference.gradcheck import numerical_gradient  # here, so the public release never imports reference/
    X, y, params = rng.normal(size=(3, 4)), rng.integers(0, 3, size=3), mlp_params(rng, 4, 5, 3)
    loss, grads = student.two_layer_mlp_loss(X, params, y, reg=0.2)
    expect_close("loss", loss, oracle.two_layer_mlp_loss(X, params, y, reg=0.2)[0], allow_scalar=True)
    grads = grads if isinstance(grads, dict) else {}
    for key in ("W1", "b1", "W2", "b2"):
        def loss_of(value, key=key):
            return oracle.two_layer_mlp_loss(X, {**params, key: value}, y, reg=0.2)[0]
        numeric = numerical_gradient(loss_of, params[key].copy())
        expect_close(f"grads['{key}'] vs finite differences", grads.get(key), numeric, tolerance=FD_TOLERANCE)


@graded(points=2, hidden=True, group="regression")
def test_linear_regression_exact_fit(student, oracle, rng):
    """closed-form least squares recovers exact weights from noise-free data."""
    X = rng.normal(size=(10, 3))
    y = X @ np.array([1.5, -2.0, 0.25])
    expect_close("w", student.linear_regression_closed_form(X, y), oracle.linear_regression_closed_form(X, y),
                 tolerance=Tolerance(rtol=1e-6, atol=1e-9))


@graded(points=1, hidden=True, group="regression")
def test_linear_regression_nearly_collinear_features(student, oracle, rng):
    """closed-form least squares where two features are nearly the same (X's condition number about 1e3, X^T X's
    about 1e6, as real features often are): float64 keeps about ten digits of the weights, float32 none (every other
    case is well conditioned, where float32 passes within the tolerance)."""
    base = rng.normal(size=(30, 1))
    X = np.hstack([base, base + 1e-3 * rng.normal(size=(30, 1)), rng.normal(size=(30, 2))])
    y = X @ rng.normal(size=4) + 0.1 * rng.normal(size=30)
    expect_close("w (nearly collinear features)", student.linear_regression_closed_form(X, y),
                 oracle.linear_regression_closed_form(X, y), tolerance=Tolerance(rtol=1e-6, atol=1e-9))


@graded(points=2, hidden=True, partial=True, group="losses")
def test_losses_leave_their_arguments_as_given(student, oracle, rng):
    """mse_loss and softmax_cross_entropy_loss leave the arrays they are given as they were: their caller goes on
    using its predictions and scores (a loss computed by writing into them is right and still loses them)."""
    pred, target = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
    scores, y = rng.normal(size=(5, 4)) * 3, rng.integers(0, 4, size=5)
    # (credit only beside values computed: code that computes nothing leaves its arguments as given too)
    with part("mse_loss", checks=2):
        expect_arguments_kept(student, "mse_loss", {"pred": pred, "target": target},
                              computed=returns_like(oracle.mse_loss(pred, target)))
    with part("softmax_cross_entropy_loss", checks=2):
        expect_arguments_kept(student, "softmax_cross_entropy_loss", {"scores": scores, "y": y},
                              computed=returns_like(oracle.softmax_cross_entropy_loss(scores, y)))



@graded(points=2, hidden=True, partial=True, group="activations")
def test_layers_leave_their_inputs_as_given(student, oracle, rng):
    """The forward passes leave x, w and b as given, the backward passes dout and their cache (where it is an
    array: the layer's input or output): the caller goes on using them (a ReLU
    written `out = x; out[out < 0] = 0` returns the right values and zeroes the caller's x; a sigmoid backward
    written `s = cache; s *= 1 - s` overwrites the forward's output)."""
    x, w, b = rng.normal(size=(4, 5)), rng.normal(size=(5, 3)), rng.normal(size=3)
    # (credit only beside values computed: code that computes nothing leaves its arguments as given too)
    with part("affine_forward", checks=3):
        expect_arguments_kept(student, "affine_forward", {"x": x, "w": w, "b": b},
                              computed=returns_like(oracle.affine_forward(x, w, b)[0], first=True))
    for name in ("relu", "sigmoid", "tanh"):
        forward, backward = getattr(oracle, f"{name}_forward"), getattr(oracle, f"{name}_backward")
        with part(f"{name}_forward"):
            expect_arguments_kept(student, f"{name}_forward", {"x": x},
                                  computed=returns_like(forward(x)[0], first=True))
        with part(f"{name}_backward", checks=2):
            dout = rng.normal(size=x.shape)
            cache = getattr(student, f"{name}_forward")(x.copy())[1]  # the student's own, kept in its process
            expect_arguments_kept(student, f"{name}_backward", {"dout": dout, "cache": cache},
                                  computed=returns_like(backward(dout, forward(x)[1])), kept=("dout",),
                                  held=("cache",))


@graded(points=1, hidden=True, partial=True, group="softmax")
def test_softmax_leaves_the_scores_as_given(student, oracle, rng):
    """softmax and the softmax loss leave the scores they are given as they were (a softmax written in place,
    `scores -= scores.max(...)`, `np.exp(scores, out=scores)`, returns the right probabilities and ruins the caller's
    scores)."""
    scores, y = rng.normal(scale=3.0, size=(5, 4)), rng.integers(0, 4, size=5)
    with part("softmax"):
        expect_arguments_kept(student, "softmax", {"scores": scores}, computed=returns_like(oracle.softmax(scores)))
    with part("softmax_cross_entropy_loss"):
        expect_arguments_kept(student, "softmax_cross_entropy_loss", {"scores": scores, "y": y},
                              computed=returns_like(oracle.softmax_cross_entropy_loss(scores, y)), kept=("scores",))

@graded(points=1, hidden=True, partial=True, group="losses")
def test_binary_cross_entropy_of_a_matrix(student, oracle, rng):
    """binary cross-entropy of a (4, 3) array of probabilities: the mean over all 12 entries (len(p), the 4 rows,
    where p.size is meant, goes unseen on a vector)."""
    probs, target = rng.uniform(0.05, 0.95, size=(4, 3)), rng.integers(0, 2, size=(4, 3)).astype(float)
    loss, dprobs = student.binary_cross_entropy_loss(probs, target)
    eloss, edprobs = oracle.binary_cross_entropy_loss(probs, target)
    expect_close("loss", loss, eloss, allow_scalar=True)
    expect_close("dprobs", dprobs, edprobs)


### END HIDDEN TESTS
