"""reference.init against torch.nn.init (fans exactly, distributions statistically)."""
import math

import numpy as np
import pytest
import torch
from torch.nn.init import _calculate_fan_in_and_fan_out

from reference import init as ref


@pytest.mark.parametrize("shape", [(300, 100), (64, 3, 5, 5), (16, 8, 3, 1), (10, 4, 7)])
def test_fans_match_torch(shape):
    torch_shape = shape[::-1] if len(shape) == 2 else shape  # torch stores linear weights as (out, in)
    assert ref.compute_fans(shape) == _calculate_fan_in_and_fan_out(torch.empty(torch_shape))


def test_fans_reject_vectors():
    with pytest.raises(ValueError):
        ref.compute_fans((5,))


def _torch_std(init_fn, shape, **kw):
    torch.manual_seed(0)
    t = torch.empty(shape, dtype=torch.float64)
    init_fn(t, **kw)
    return t.std().item()


@pytest.mark.parametrize("shape", [(400, 300), (128, 64, 3, 3)])
def test_stds_match_torch_samples(shape):
    torch_shape = shape[::-1] if len(shape) == 2 else shape
    n = math.prod(shape)
    se = 3 * math.sqrt(1 / (2 * n))  # relative standard error of a sample std, three times
    assert ref.xavier_std(shape) == pytest.approx(_torch_std(torch.nn.init.xavier_normal_, torch_shape), rel=se)
    assert math.sqrt(3) * ref.xavier_std(shape) == pytest.approx(
        _torch_std(torch.nn.init.xavier_uniform_, torch_shape) * math.sqrt(3), rel=se)
    assert ref.he_std(shape) == pytest.approx(
        _torch_std(torch.nn.init.kaiming_normal_, torch_shape, nonlinearity="relu"), rel=se)
    assert ref.xavier_std(shape, mode="fan_in") == pytest.approx(
        _torch_std(torch.nn.init.kaiming_normal_, torch_shape, nonlinearity="linear"), rel=se)


@pytest.mark.parametrize("sampler,std_fn", [(ref.xavier_normal, ref.xavier_std), (ref.he_normal, ref.he_std),
                                            (ref.xavier_uniform, ref.xavier_std)])
def test_samplers_have_the_declared_moments(sampler, std_fn):
    shape = (256, 128)
    w = sampler(shape, seed=3)
    assert w.shape == shape
    assert abs(w.mean()) < 4 * std_fn(shape) / math.sqrt(w.size)
    assert w.std() == pytest.approx(std_fn(shape), rel=4 * math.sqrt(1 / (2 * w.size)) * 1.5)
    assert np.array_equal(w, sampler(shape, seed=3)) and not np.array_equal(w, sampler(shape, seed=4))


def test_uniform_bound():
    shape = (50, 70)
    w = ref.xavier_uniform(shape, seed=0)
    assert np.abs(w).max() <= math.sqrt(6 / 120)


def test_activation_statistics_match_torch_forward():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 50))
    weights = [rng.normal(0, ref.he_std((50, 50)), size=(50, 50)) for _ in range(6)]
    means, variances = ref.activation_statistics(X, weights, "relu")
    h = torch.tensor(X)
    for l, W in enumerate(weights):
        h = torch.relu(h @ torch.tensor(W))
        assert means[l] == pytest.approx(h.mean().item(), rel=1e-12)
        assert variances[l] == pytest.approx(h.var(unbiased=False).item(), rel=1e-12)


def test_the_lecture_experiment_he_keeps_relu_variance_and_small_init_collapses():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(500, 200))
    he = [rng.normal(0, ref.he_std((200, 200)), size=(200, 200)) for _ in range(10)]
    small = [rng.normal(0, 0.01, size=(200, 200)) for _ in range(10)]
    _, v_he = ref.activation_statistics(X, he, "relu")
    _, v_small = ref.activation_statistics(X, small, "tanh")
    assert 0.3 < v_he[-1] / v_he[0] < 3
    assert v_small[-1] < 1e-12 * v_small[0]
