"""Assignment a5 (normalization and regularization), float64 NumPy.

Conventions, declared once:
- Batch norm normalizes with the *biased* batch variance (divide by N).
- Running averages: running = momentum * running + (1 - momentum) * batch_statistic, with
  momentum = 0.9 by default (the weight of the old value; torch's momentum is 1 - this),
  and, as in torch, the running variance uses the *unbiased* batch variance (N - 1).
- bn_param / ln_param / gn_param / dropout_param are dicts; batch norm stores running_mean and
  running_var in bn_param (updated in place, CS231n style).
- Dropout is inverted dropout with p = the probability of *keeping* a unit: in train mode
  mask = (rng.random(x.shape) < p) / p with rng = np.random.default_rng(dropout_param["seed"]);
  test mode returns x unchanged.
"""
from __future__ import annotations

import numpy as np

Array = np.ndarray


# ------------------------------------------------------------------ batch norm
def batchnorm_forward(x: Array, gamma: Array, beta: Array, bn_param: dict) -> tuple[Array, tuple | None]:
    """x: (N, D); gamma, beta: (D,). bn_param: mode ('train'|'test'), eps (1e-5), momentum (0.9),
    running_mean, running_var (zeros / ones of shape (D,) when missing). Returns (out, cache)."""
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    d = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(d))
    running_var = bn_param.get("running_var", np.ones(d))
    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        n = x.shape[0]
        unbiased = var * n / (n - 1) if n > 1 else var
        bn_param["running_mean"] = momentum * running_mean + (1 - momentum) * mu
        bn_param["running_var"] = momentum * running_var + (1 - momentum) * unbiased
        return out, (x_hat, gamma, inv_std)
    if mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        return out, None
    raise ValueError(f"bn_param['mode'] must be 'train' or 'test', got {mode!r}")


def batchnorm_backward(dout: Array, cache: tuple) -> tuple[Array, Array, Array]:
    """Backward through the full graph (mean, variance, normalization). Returns dx, dgamma, dbeta."""
    x_hat, gamma, inv_std = cache
    n = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    # Through x_hat = (x - mu) * inv_std, with mu and var functions of x.
    dvar = (dx_hat * x_hat).sum(axis=0) * -0.5 * inv_std ** 2
    dmu = -(dx_hat * inv_std).sum(axis=0) - 2.0 * dvar * (x_hat / inv_std).mean(axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * (x_hat / inv_std) / n + dmu / n
    return dx, dgamma, dbeta


def batchnorm_backward_alt(dout: Array, cache: tuple) -> tuple[Array, Array, Array]:
    """The simplified formula: dx = inv_std / N * (N dx_hat - sum(dx_hat) - x_hat sum(dx_hat x_hat))."""
    x_hat, gamma, inv_std = cache
    n = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    dx = inv_std / n * (n * dx_hat - dx_hat.sum(axis=0) - x_hat * (dx_hat * x_hat).sum(axis=0))
    return dx, dgamma, dbeta


def spatial_batchnorm_forward(x: Array, gamma: Array, beta: Array, bn_param: dict) -> tuple[Array, tuple | None]:
    """x: (N, C, H, W), statistics per channel over N, H, W; gamma, beta: (C,)."""
    n, c, h, w = x.shape
    flat = x.transpose(0, 2, 3, 1).reshape(-1, c)
    out, cache = batchnorm_forward(flat, gamma, beta, bn_param)
    return out.reshape(n, h, w, c).transpose(0, 3, 1, 2), cache


def spatial_batchnorm_backward(dout: Array, cache: tuple) -> tuple[Array, Array, Array]:
    n, c, h, w = dout.shape
    dx, dgamma, dbeta = batchnorm_backward_alt(dout.transpose(0, 2, 3, 1).reshape(-1, c), cache)
    return dx.reshape(n, h, w, c).transpose(0, 3, 1, 2), dgamma, dbeta


# ------------------------------------------------------------------ layer / group norm
def _norm_rows_backward(dx_hat: Array, x_hat: Array, inv_std: Array) -> Array:
    """dx for x_hat = (x - mean) * inv_std where mean and variance are over each row (last axis)."""
    d = x_hat.shape[-1]
    return inv_std / d * (d * dx_hat - dx_hat.sum(axis=-1, keepdims=True)
                          - x_hat * (dx_hat * x_hat).sum(axis=-1, keepdims=True))


def layernorm_forward(x: Array, gamma: Array, beta: Array, ln_param: dict) -> tuple[Array, tuple]:
    """x: (N, D), statistics per row over D (biased variance); gamma, beta: (D,). ln_param: eps (1e-5)."""
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(x.var(axis=1, keepdims=True) + eps)
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)


def layernorm_backward(dout: Array, cache: tuple) -> tuple[Array, Array, Array]:
    x_hat, gamma, inv_std = cache
    return _norm_rows_backward(dout * gamma, x_hat, inv_std), (dout * x_hat).sum(axis=0), dout.sum(axis=0)


def groupnorm_forward(x: Array, gamma: Array, beta: Array, groups: int, gn_param: dict) -> tuple[Array, tuple]:
    """x: (N, C, H, W) normalized over each group of C // groups channels and H, W; gamma, beta: (C,)."""
    eps = gn_param.get("eps", 1e-5)
    n, c, h, w = x.shape
    xg = x.reshape(n, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1.0 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(n, c, h, w)
    g, b = gamma.reshape(1, c, 1, 1), beta.reshape(1, c, 1, 1)
    return g * x_hat + b, (x_hat, gamma, inv_std, groups)


def groupnorm_backward(dout: Array, cache: tuple) -> tuple[Array, Array, Array]:
    x_hat, gamma, inv_std, groups = cache
    n, c, h, w = dout.shape
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    dx_hat = (dout * gamma.reshape(1, c, 1, 1)).reshape(n, groups, -1)
    dx = _norm_rows_backward(dx_hat, x_hat.reshape(n, groups, -1), inv_std)
    return dx.reshape(n, c, h, w), dgamma, dbeta


# ------------------------------------------------------------------ dropout, L2
def dropout_forward(x: Array, dropout_param: dict) -> tuple[Array, Array | None]:
    """Inverted dropout. dropout_param: p (keep probability), mode ('train'|'test'), seed."""
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask


def dropout_backward(dout: Array, cache: Array | None) -> Array:
    return dout if cache is None else dout * cache


def l2_penalty(W: Array, reg: float) -> tuple[float, Array]:
    """(0.5 * reg * sum(W**2), reg * W)."""
    return float(0.5 * reg * np.sum(W * W)), reg * W
