"""reference.normalization against torch (batch_norm, layer_norm, group_norm, dropout) and autograd."""
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from reference import normalization as ref
from reference.gradcheck import numerical_gradient_array


def t(a, grad=False):
    return torch.tensor(a, dtype=torch.float64, requires_grad=grad)


def close(a, b, rtol=1e-10, atol=1e-12):
    np.testing.assert_allclose(a, b.detach().numpy() if isinstance(b, torch.Tensor) else b, rtol=rtol, atol=atol)


@pytest.fixture
def rng():
    return np.random.default_rng(5)


@pytest.mark.parametrize("n", [2, 7, 64])
def test_batchnorm_train_forward_backward_and_running_stats_match_torch(rng, n):
    d = 5
    gamma, beta = rng.normal(size=d), rng.normal(size=d)
    bn_param = {"mode": "train", "momentum": 0.8, "eps": 1e-5}
    rm, rv = torch.zeros(d, dtype=torch.float64), torch.ones(d, dtype=torch.float64)
    for _ in range(3):
        x, dout = rng.normal(2.0, 3.0, size=(n, d)), rng.normal(size=(n, d))
        out, cache = ref.batchnorm_forward(x, gamma, beta, bn_param)
        tx, tg, tb = t(x, True), t(gamma, True), t(beta, True)
        tout = F.batch_norm(tx, rm, rv, tg, tb, training=True, momentum=1 - 0.8, eps=1e-5)
        tout.backward(t(dout))
        close(out, tout)
        for backward in (ref.batchnorm_backward, ref.batchnorm_backward_alt):
            dx, dgamma, dbeta = backward(dout, cache)
            close(dx, tx.grad, rtol=1e-8, atol=1e-10)
            close(dgamma, tg.grad)
            close(dbeta, tb.grad)
    close(bn_param["running_mean"], rm)
    close(bn_param["running_var"], rv)


def test_batchnorm_test_mode_uses_running_statistics(rng):
    x = rng.normal(size=(4, 3))
    gamma, beta = rng.normal(size=3), rng.normal(size=3)
    rm, rv = rng.normal(size=3), rng.uniform(0.5, 2, size=3)
    out, _ = ref.batchnorm_forward(x, gamma, beta, {"mode": "test", "running_mean": rm, "running_var": rv})
    close(out, F.batch_norm(t(x), t(rm), t(rv), t(gamma), t(beta), training=False, eps=1e-5))


def test_spatial_batchnorm_matches_torch(rng):
    x, dout = rng.normal(size=(3, 4, 5, 2)), rng.normal(size=(3, 4, 5, 2))
    gamma, beta = rng.normal(size=4), rng.normal(size=4)
    out, cache = ref.spatial_batchnorm_forward(x, gamma, beta, {"mode": "train"})
    tx, tg, tb = t(x, True), t(gamma, True), t(beta, True)
    tout = F.batch_norm(tx, None, None, tg, tb, training=True, eps=1e-5)
    tout.backward(t(dout))
    dx, dgamma, dbeta = ref.spatial_batchnorm_backward(dout, cache)
    close(out, tout)
    close(dx, tx.grad, rtol=1e-8, atol=1e-10)
    close(dgamma, tg.grad)
    close(dbeta, tb.grad)


def test_layernorm_matches_torch(rng):
    x, dout = rng.normal(size=(4, 6)) * 3, rng.normal(size=(4, 6))
    gamma, beta = rng.normal(size=6), rng.normal(size=6)
    out, cache = ref.layernorm_forward(x, gamma, beta, {})
    tx, tg, tb = t(x, True), t(gamma, True), t(beta, True)
    tout = F.layer_norm(tx, (6,), tg, tb, eps=1e-5)
    tout.backward(t(dout))
    dx, dgamma, dbeta = ref.layernorm_backward(dout, cache)
    close(out, tout)
    close(dx, tx.grad, rtol=1e-8, atol=1e-10)
    close(dgamma, tg.grad)
    close(dbeta, tb.grad)


@pytest.mark.parametrize("groups", [1, 2, 6])
def test_groupnorm_matches_torch(rng, groups):
    x, dout = rng.normal(size=(2, 6, 3, 4)), rng.normal(size=(2, 6, 3, 4))
    gamma, beta = rng.normal(size=6), rng.normal(size=6)
    out, cache = ref.groupnorm_forward(x, gamma, beta, groups, {})
    tx, tg, tb = t(x, True), t(gamma, True), t(beta, True)
    tout = F.group_norm(tx, groups, tg, tb, eps=1e-5)
    tout.backward(t(dout))
    dx, dgamma, dbeta = ref.groupnorm_backward(dout, cache)
    close(out, tout)
    close(dx, tx.grad, rtol=1e-8, atol=1e-10)
    close(dgamma, tg.grad)
    close(dbeta, tb.grad)


def test_dropout_is_inverted_seeded_and_consistent_with_torch_semantics(rng):
    x = rng.normal(size=(200, 300))
    out, mask = ref.dropout_forward(x, {"p": 0.7, "mode": "train", "seed": 3})
    again, _ = ref.dropout_forward(x, {"p": 0.7, "mode": "train", "seed": 3})
    assert np.array_equal(out, again)
    kept = out != 0
    assert abs(kept.mean() - 0.7) < 0.01
    np.testing.assert_allclose(out[kept], x[kept] / 0.7)  # torch's F.dropout(p=0.3) scales the same way
    torch.manual_seed(0)
    tout = F.dropout(t(x), p=0.3, training=True).numpy()
    tkept = tout != 0
    np.testing.assert_allclose(tout[tkept], x[tkept] / 0.7, rtol=1e-12)
    assert np.array_equal(ref.dropout_forward(x, {"p": 0.7, "mode": "test"})[0], x)
    dout = rng.normal(size=x.shape)
    np.testing.assert_allclose(ref.dropout_backward(dout, mask), np.where(kept, dout / 0.7, 0.0))


def test_l2_penalty_gradient_matches_autograd(rng):
    W = rng.normal(size=(4, 3))
    loss, grad = ref.l2_penalty(W, 0.3)
    tw = t(W, True)
    tl = 0.5 * 0.3 * (tw ** 2).sum()
    tl.backward()
    close(loss, tl.item())
    close(grad, tw.grad)


def test_batchnorm_backward_by_finite_differences(rng):
    x, dout = rng.normal(size=(5, 3)), rng.normal(size=(5, 3))
    gamma, beta = rng.normal(size=3), rng.normal(size=3)
    _, cache = ref.batchnorm_forward(x, gamma, beta, {"mode": "train"})
    numeric = numerical_gradient_array(lambda z: ref.batchnorm_forward(z, gamma, beta, {"mode": "train"})[0],
                                       x.copy(), dout)
    close(ref.batchnorm_backward(dout, cache)[0], numeric, rtol=1e-6, atol=1e-8)
