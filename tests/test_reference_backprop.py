"""reference.backprop against an independent oracle: torch autograd and torch.nn.functional."""
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from reference import backprop as ref
from reference.gradcheck import numerical_gradient, numerical_gradient_array

RTOL = 1e-10


def t(a, grad=False):
    return torch.tensor(a, dtype=torch.float64, requires_grad=grad)


def close(a, b, rtol=RTOL, atol=1e-12):
    np.testing.assert_allclose(a, b.detach().numpy() if isinstance(b, torch.Tensor) else b, rtol=rtol, atol=atol)


@pytest.fixture
def rng():
    return np.random.default_rng(1234)


@pytest.mark.parametrize("x_shape", [(1, 6), (4, 6), (3, 2, 3), (2, 2, 3, 1)])
def test_affine_matches_torch(rng, x_shape):
    x, w, b = rng.normal(size=x_shape), rng.normal(size=(6, 5)), rng.normal(size=5)
    dout = rng.normal(size=(x_shape[0], 5))
    out, cache = ref.affine_forward(x, w, b)
    dx, dw, db = ref.affine_backward(dout, cache)
    tx, tw, tb = t(x, True), t(w, True), t(b, True)
    tout = F.linear(tx.reshape(x_shape[0], -1), tw.T, tb)
    tout.backward(t(dout))
    close(out, tout)
    close(dx, tx.grad)
    close(dw, tw.grad)
    close(db, tb.grad)
    assert dx.shape == x.shape


@pytest.mark.parametrize("name,torch_fn", [("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("relu", torch.relu)])
def test_activations_match_torch(rng, name, torch_fn):
    x = np.concatenate([rng.normal(size=(3, 4)) * 3, [[0.0, -0.0, 40.0, -40.0]], [[700.0, -700.0, 1e-300, 0.0]]])
    dout = rng.normal(size=x.shape)
    out, cache = getattr(ref, f"{name}_forward")(x)
    dx = getattr(ref, f"{name}_backward")(dout, cache)
    tx = t(x, True)
    tout = torch_fn(tx)
    tout.backward(t(dout))
    close(out, tout)
    close(dx, tx.grad)


def test_relu_derivative_at_zero_is_zero():
    x = np.zeros((2, 3))
    _, cache = ref.relu_forward(x)
    assert np.all(ref.relu_backward(np.ones_like(x), cache) == 0)


@pytest.mark.parametrize("scale", [1.0, 30.0, 1000.0, 1e6])
def test_softmax_matches_torch_even_for_large_logits(rng, scale):
    scores = rng.normal(size=(4, 7)) * scale
    probs = ref.softmax(scores)
    close(probs, F.softmax(t(scores), dim=1), rtol=1e-9, atol=1e-300)
    assert np.all(np.isfinite(probs))
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, rtol=1e-12)


@pytest.mark.parametrize("n,c,scale", [(1, 3, 1.0), (5, 4, 1.0), (6, 10, 1000.0), (3, 2, 1e5)])
def test_softmax_cross_entropy_matches_torch(rng, n, c, scale):
    scores, y = rng.normal(size=(n, c)) * scale, rng.integers(0, c, size=n)
    loss, dscores = ref.softmax_cross_entropy_loss(scores, y)
    ts = t(scores, True)
    tloss = F.cross_entropy(ts, torch.tensor(y))
    tloss.backward()
    close(loss, tloss.item(), rtol=1e-9)
    close(dscores, ts.grad, rtol=1e-9, atol=1e-15)
    assert np.isfinite(loss)


def test_mse_matches_torch(rng):
    pred, target = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
    loss, dpred = ref.mse_loss(pred, target)
    tp = t(pred, True)
    tloss = F.mse_loss(tp, t(target))
    tloss.backward()
    close(loss, tloss.item())
    close(dpred, tp.grad)


@pytest.mark.parametrize("low,high", [(0.05, 0.95), (1e-6, 1 - 1e-6)])
def test_binary_cross_entropy_matches_torch(rng, low, high):
    probs, target = rng.uniform(low, high, size=(8,)), rng.integers(0, 2, size=8).astype(float)
    loss, dprobs = ref.binary_cross_entropy_loss(probs, target)
    tp = t(probs, True)
    tloss = F.binary_cross_entropy(tp, t(target))
    tloss.backward()
    close(loss, tloss.item(), rtol=1e-9)
    close(dprobs, tp.grad, rtol=1e-9)


@pytest.mark.parametrize("n,reg", [(1, 0.0), (6, 0.0), (6, 0.3)])
def test_two_layer_mlp_matches_torch(rng, n, reg):
    d, h, c = 5, 7, 3
    X, y = rng.normal(size=(n, d)), rng.integers(0, c, size=n)
    params = {"W1": rng.normal(size=(d, h)), "b1": rng.normal(size=h),
              "W2": rng.normal(size=(h, c)), "b2": rng.normal(size=c)}
    loss, grads = ref.two_layer_mlp_loss(X, params, y, reg=reg)
    tp = {k: t(v, True) for k, v in params.items()}
    scores = torch.relu(t(X) @ tp["W1"] + tp["b1"]) @ tp["W2"] + tp["b2"]
    close(ref.two_layer_mlp_loss(X, params), scores)
    tloss = F.cross_entropy(scores, torch.tensor(y)) + 0.5 * reg * ((tp["W1"] ** 2).sum() + (tp["W2"] ** 2).sum())
    tloss.backward()
    close(loss, tloss.item(), rtol=1e-9)
    for k in params:
        close(grads[k], tp[k].grad, rtol=1e-9, atol=1e-14)


def test_logistic_regression_gradient_matches_autograd(rng):
    X, w, y = rng.normal(size=(9, 4)), rng.normal(size=4), rng.integers(0, 2, size=9).astype(float)
    tw = t(w, True)
    nll = F.binary_cross_entropy_with_logits(t(X) @ tw, t(y), reduction="sum")
    nll.backward()
    close(ref.logistic_regression_gradient(w, X, y), tw.grad, rtol=1e-9)


@pytest.mark.parametrize("k", [None, 2])
def test_linear_regression_closed_form_matches_torch_lstsq(rng, k):
    X = rng.normal(size=(30, 4))
    y = rng.normal(size=30) if k is None else rng.normal(size=(30, k))
    expected = torch.linalg.lstsq(t(X), t(y if k else y[:, None])).solution.numpy()
    close(ref.linear_regression_closed_form(X, y), expected if k else expected[:, 0], rtol=1e-8)


def test_numerical_gradient_agrees_with_autograd(rng):
    x, c = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))
    numeric = numerical_gradient(lambda z: float(np.sum(c * np.sin(z) * z)), x.copy())
    tx = t(x, True)
    (t(c) * torch.sin(tx) * tx).sum().backward()
    close(numeric, tx.grad, rtol=1e-7, atol=1e-9)


def test_numerical_gradient_array_checks_a_backward_pass(rng):
    x, w, b = rng.normal(size=(2, 3)), rng.normal(size=(3, 4)), rng.normal(size=4)
    dout = rng.normal(size=(2, 4))
    dx, _, _ = ref.affine_backward(dout, ref.affine_forward(x, w, b)[1])
    numeric = numerical_gradient_array(lambda z: ref.affine_forward(z, w, b)[0], x.copy(), dout)
    close(dx, numeric, rtol=1e-7, atol=1e-9)


def test_numerical_gradient_leaves_input_unchanged(rng):
    x = rng.normal(size=(2, 2))
    before = x.copy()
    numerical_gradient(lambda z: float(np.sum(z ** 2)), x)
    assert np.array_equal(x, before)
