"""Assignment a4 (initialization): fans, Xavier/Glorot and He/Kaiming, activation statistics.

Weight layouts (the course's convention, not torch's):
- linear / affine weight: (fan_in, fan_out) = (D, M), as in ``affine_forward``
  (torch.nn.Linear stores the transpose, (out, in));
- convolution weight: (out_channels, in_channels, kh, kw), as in torch:
  fan_in = in * kh * kw, fan_out = out * kh * kw.
"""
from __future__ import annotations

import math

import numpy as np

Array = np.ndarray


def compute_fans(shape: tuple[int, ...]) -> tuple[int, int]:
    """(fan_in, fan_out) of a linear (D, M) or convolution (out, in, kh, kw) weight."""
    if len(shape) == 2:
        return int(shape[0]), int(shape[1])
    if len(shape) >= 3:
        receptive = math.prod(shape[2:])
        return int(shape[1]) * receptive, int(shape[0]) * receptive
    raise ValueError(f"a weight needs at least 2 dimensions, got shape {tuple(shape)}")


def xavier_std(shape: tuple[int, ...], mode: str = "fan_avg", gain: float = 1.0) -> float:
    """Glorot std: gain * sqrt(2 / (fan_in + fan_out)) for fan_avg, gain * sqrt(1 / fan_in) for fan_in."""
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * math.sqrt(2.0 / (fan_in + fan_out))
    if mode == "fan_in":
        return gain * math.sqrt(1.0 / fan_in)
    raise ValueError(f"mode must be 'fan_avg' or 'fan_in', got {mode!r}")


def he_std(shape: tuple[int, ...]) -> float:
    """He/Kaiming std for ReLU layers: sqrt(2 / fan_in)."""
    fan_in, _ = compute_fans(shape)
    return math.sqrt(2.0 / fan_in)


def xavier_normal(shape: tuple[int, ...], seed: int, mode: str = "fan_avg", gain: float = 1.0) -> Array:
    """N(0, xavier_std^2) samples drawn with np.random.default_rng(seed)."""
    return np.random.default_rng(seed).normal(0.0, xavier_std(shape, mode, gain), size=shape)


def xavier_uniform(shape: tuple[int, ...], seed: int, mode: str = "fan_avg", gain: float = 1.0) -> Array:
    """U(-a, a) with a = sqrt(3) * xavier_std, so that the variance is xavier_std^2."""
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return np.random.default_rng(seed).uniform(-a, a, size=shape)


def he_normal(shape: tuple[int, ...], seed: int) -> Array:
    """N(0, 2 / fan_in) samples drawn with np.random.default_rng(seed)."""
    return np.random.default_rng(seed).normal(0.0, he_std(shape), size=shape)


ACTIVATIONS = {
    "sigmoid": lambda h: 1.0 / (1.0 + np.exp(-h)),
    "tanh": np.tanh,
    "relu": lambda h: np.maximum(h, 0.0),
    "linear": lambda h: h,
}


def activation_statistics(X: Array, weights: list[Array], activation: str) -> tuple[Array, Array]:
    """Mean and variance (over all entries) of each layer's activations act(h @ W), layer by layer.

    X: (N, D0); weights[l]: (D_l, D_{l+1}); returns two arrays of shape (L,).
    """
    act = ACTIVATIONS[activation]
    h = X
    means, variances = [], []
    for W in weights:
        h = act(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
