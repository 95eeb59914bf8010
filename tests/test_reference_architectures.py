"""reference.architectures against torch: autograd for every backward pass and gradient, F.conv2d and
F.linear for FC-as-convolution, adaptive average pooling, GaussianNLLLoss, torch.distributions for the
mixture density loss, and torch modules' parameter counts."""
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from reference import architectures as ref


def t(a, grad=False):
    return torch.tensor(np.asarray(a, dtype=np.float64), requires_grad=grad)


def close(a, b, rtol=1e-10, atol=1e-12):
    np.testing.assert_allclose(a, b.detach().numpy() if isinstance(b, torch.Tensor) else b, rtol=rtol, atol=atol)


@pytest.fixture
def rng():
    return np.random.default_rng(7)


def block_params(rng, d, hidden, d_out=None):
    params = {"W1": rng.normal(0, 0.6, (d, hidden)), "b1": rng.normal(0, 0.3, hidden),
              "W2": rng.normal(0, 0.6, (hidden, d_out or d)), "b2": rng.normal(0, 0.3, d_out or d)}
    if d_out is not None:
        params["Ws"], params["bs"] = rng.normal(0, 0.6, (d, d_out)), rng.normal(0, 0.3, d_out)
    return params


@pytest.mark.parametrize("projection", [False, True])
@pytest.mark.parametrize("with_dropout", [False, True])
def test_residual_block_matches_torch_autograd(rng, projection, with_dropout):
    d, hidden, d_out, n = 5, 7, (6 if projection else None), 4
    params = block_params(rng, d, hidden, d_out)
    x, dout = rng.normal(size=(n, d)), rng.normal(size=(n, d_out or d))
    dropout = {"p": 0.6, "mask": (rng.random((n, hidden)) < 0.6).astype(float)} if with_dropout else None
    out, cache = ref.residual_block_forward(x, params, dropout)
    dx, grads = ref.residual_block_backward(dout, cache)

    tx = t(x, True)
    tp = {k: t(v, True) for k, v in params.items()}
    h = torch.relu(F.linear(tx, tp["W1"].T, tp["b1"]))
    if with_dropout:
        h = h * t(dropout["mask"]) / 0.6
    shortcut = F.linear(tx, tp["Ws"].T, tp["bs"]) if projection else tx
    tout = torch.relu(F.linear(h, tp["W2"].T, tp["b2"]) + shortcut)
    tout.backward(t(dout))
    close(out, tout)
    close(dx, tx.grad)
    assert grads.keys() == params.keys()
    for k in params:
        close(grads[k], tp[k].grad)


def test_residual_block_dropout_is_torch_dropout_with_its_mask(rng):
    """torch's inverted dropout (F.dropout, p = drop probability) keeps a unit as x / keep: the block's
    mask / p is the same scaling."""
    torch.manual_seed(0)
    h = torch.rand(200, 50, dtype=torch.float64) + 0.5
    dropped = F.dropout(h, p=0.4, training=True)
    mask = (dropped != 0).double().numpy()
    close(h.numpy() * mask / 0.6, dropped)


def test_fc_to_conv_equals_the_linear_layer_and_slides_over_larger_inputs(rng):
    c, h, w, m = 3, 4, 5, 6
    W, b = rng.normal(size=(c * h * w, m)), rng.normal(size=m)
    wc, bc = ref.fc_to_conv(W, b, (c, h, w))
    assert wc.shape == (m, c, h, w)
    x = rng.normal(size=(2, c, h, w))
    conv = F.conv2d(t(x), t(wc), t(bc))
    assert conv.shape == (2, m, 1, 1)
    close(conv[:, :, 0, 0], F.linear(t(x.reshape(2, -1)), t(W.T), t(b)))
    big = rng.normal(size=(2, c, h + 3, w + 2))
    scores = ref.fc_score_map(big, W, b, (c, h, w))
    close(scores, F.conv2d(t(big), t(wc), t(bc)))
    for i, j in ((0, 0), (3, 2), (1, 2)):
        window = big[:, :, i:i + h, j:j + w].reshape(2, -1)
        close(scores[:, :, i, j], F.linear(t(window), t(W.T), t(b)))
    assert ref.fc_as_conv_output_size(h + 3, h) == scores.shape[2]
    with pytest.raises(ValueError):
        ref.fc_to_conv(W[:-1], b, (c, h, w))


def test_conv_valid_matches_conv2d(rng):
    x, w, b = rng.normal(size=(2, 3, 6, 7)), rng.normal(size=(4, 3, 2, 3)), rng.normal(size=4)
    close(ref.conv_valid(x, w, b), F.conv2d(t(x), t(w), t(b)))


def test_global_avg_pool_matches_adaptive_avg_pool(rng):
    x, dout = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(2, 3))
    out, cache = ref.global_avg_pool_forward(x)
    tx = t(x, True)
    tout = F.adaptive_avg_pool2d(tx, 1).flatten(1)
    tout.backward(t(dout))
    close(out, tout)
    close(ref.global_avg_pool_backward(dout, cache), tx.grad)


def test_class_activation_map_is_a_1x1_convolution_whose_mean_is_the_class_score(rng):
    features, W, b = np.maximum(rng.normal(size=(3, 5, 4, 4)), 0), rng.normal(size=(5, 6)), rng.normal(size=6)
    classes = np.array([4, 0, 2])
    cam = ref.class_activation_map(features, W, classes)
    all_maps = F.conv2d(t(features), t(W.T[:, :, None, None]))  # (N, K, H, W): the CAM of every class
    close(cam, all_maps[np.arange(3), classes])
    scores = F.linear(F.adaptive_avg_pool2d(t(features), 1).flatten(1), t(W.T), t(b))
    close(cam.mean(axis=(1, 2)) + b[classes], scores[np.arange(3), classes])


def test_saliency_matches_torch_input_gradient(rng):
    x = rng.normal(size=(3, 2, 4, 4))
    params = {"W1": rng.normal(0, 0.3, (32, 12)), "b1": rng.normal(0, 0.3, 12),
              "W2": rng.normal(0, 0.5, (12, 4)), "b2": rng.normal(0, 0.1, 4)}
    y = np.array([1, 3, 0])
    tx = t(x, True)
    scores = F.linear(torch.relu(F.linear(tx.flatten(1), t(params["W1"].T), t(params["b1"]))),
                      t(params["W2"].T), t(params["b2"]))
    close(ref.two_layer_scores(x, params), scores)
    scores[torch.arange(3), torch.tensor(y)].sum().backward()
    close(ref.saliency_map(x, params, y), tx.grad.abs().amax(dim=1))


def test_gaussian_nll_matches_torch(rng):
    y, mu, log_std = rng.normal(size=(6, 2)), rng.normal(size=(6, 2)), rng.normal(0, 0.5, (6, 2))
    loss, dmu, dlog_std = ref.gaussian_nll(y, mu, log_std)
    tmu, tls = t(mu, True), t(log_std, True)
    tloss = nn.GaussianNLLLoss(full=True, reduction="sum")(tmu, t(y), torch.exp(2 * tls)) / 6
    tloss.backward()
    close(loss, tloss)
    close(dmu, tmu.grad)
    close(dlog_std, tls.grad)
    normal = torch.distributions.Normal(t(mu), torch.exp(t(log_std)))
    close(loss, -normal.log_prob(t(y)).sum() / 6)


@pytest.mark.parametrize("far", [False, True])
def test_mdn_nll_matches_torch_mixture(rng, far):
    n, k = 5, 3
    logits, mu, log_std = rng.normal(0, 1.5, (n, k)), rng.normal(0, 2.0, (n, k)), rng.normal(-0.3, 0.4, (n, k))
    y = rng.normal(0, 2.0, n)
    if far:  # 40 to 60 standard deviations from every component: the naive sum underflows to 0
        y = mu.max(axis=1) + rng.uniform(40, 60, n) * np.exp(log_std).max(axis=1)
    loss, dlogits, dmu, dlog_std = ref.mdn_nll(y, logits, mu, log_std)
    tl, tm, ts = t(logits, True), t(mu, True), t(log_std, True)
    mixture = torch.distributions.MixtureSameFamily(torch.distributions.Categorical(logits=tl),
                                                    torch.distributions.Normal(tm, torch.exp(ts)))
    tloss = -mixture.log_prob(t(y)).mean()
    tloss.backward()
    assert math.isfinite(loss)
    close(loss, tloss)
    close(dlogits, tl.grad, atol=1e-12)
    close(dmu, tm.grad, atol=1e-12)
    close(dlog_std, ts.grad, atol=1e-12)
    if far:
        with np.errstate(divide="ignore"):
            naive = -np.log((np.exp(ref.log_softmax(logits)) * np.exp(-0.5 * ((y[:, None] - mu) / np.exp(log_std)) ** 2)
                             / (np.exp(log_std) * math.sqrt(2 * math.pi))).sum(axis=1)).mean()
        assert naive == np.inf  # what the stability is for


def test_mdn_with_one_component_is_the_gaussian_nll(rng):
    y, mu, log_std = rng.normal(size=4), rng.normal(size=(4, 1)), rng.normal(size=(4, 1))
    loss, dlogits, dmu, dlog_std = ref.mdn_nll(y, np.zeros((4, 1)), mu, log_std)
    gloss, gdmu, gdlog_std = ref.gaussian_nll(y[:, None], mu, log_std)
    close(loss, gloss)
    close(dmu, gdmu)
    close(dlog_std, gdlog_std)
    close(dlogits, np.zeros((4, 1)))


@pytest.mark.parametrize("d,hidden,d_out", [(64, 32, None), (64, 32, 128), (10, 10, 3)])
def test_residual_block_param_count_matches_torch(d, hidden, d_out):
    modules = [nn.Linear(d, hidden), nn.Linear(hidden, d_out or d)]
    if d_out is not None and d_out != d:
        modules.append(nn.Linear(d, d_out))
    assert ref.residual_block_param_count(d, hidden, d_out) == sum(p.numel() for m in modules for p in m.parameters())


@pytest.mark.parametrize("c_in,c_out,stride", [(64, 64, 1), (64, 128, 2), (32, 32, 2)])
def test_conv_residual_block_param_count_matches_torch(c_in, c_out, stride):
    modules = [nn.Conv2d(c_in, c_out, 3, stride, 1), nn.Conv2d(c_out, c_out, 3, 1, 1)]
    if c_in != c_out or stride != 1:
        modules.append(nn.Conv2d(c_in, c_out, 1, stride))
    assert ref.conv_residual_block_param_count(c_in, c_out, 3, stride) == \
        sum(p.numel() for m in modules for p in m.parameters())


@pytest.mark.parametrize("size,trained", [(32, 24), (7, 7), (100, 13)])
def test_fc_as_conv_output_size_matches_conv2d(size, trained):
    out = F.conv2d(torch.zeros(1, 1, size, size), torch.zeros(2, 1, trained, trained))
    assert ref.fc_as_conv_output_size(size, trained) == out.shape[-1]


def test_fc_as_conv_output_size_rejects_smaller_inputs():
    with pytest.raises(ValueError):
        ref.fc_as_conv_output_size(6, 7)
