"""Assignment 5: normalization and regularization.

Layers follow out, cache = forward(...) and grads = backward(dout, cache). Each backward pass is
graded on the cache your own forward pass returns; when that forward pass raises, is missing or
returns no (out, cache) pair, on the cache its docstring documents instead: keep that layout, and a
correct backward pass earns its points even when your forward pass does not.

Batch norm conventions (the same as the lecture notes):
- normalize with the *biased* batch variance (divide by N) and eps inside the square root:
  x_hat = (x - mean) / sqrt(var + eps);
- in train mode update bn_param in place:
  running_mean = momentum * running_mean + (1 - momentum) * mean
  running_var  = momentum * running_var  + (1 - momentum) * var_unbiased   (divide by N - 1)
  starting from running_mean = zeros and running_var = ones when bn_param has none (torch's
  convention); momentum (the weight of the old average) defaults to 0.9 and eps to 1e-5;
- in test mode normalize with running_mean and running_var.
The other documented conventions for the running averages are accepted too, and the feedback
names the one yours follow: CS231n's (running_var starts at zeros and is updated with the biased
variance), Keras's (ones, biased), Chainer's (zeros, unbiased), and torch's momentum (the weight
of the new batch statistic, 1 - ours, with torch's ones and unbiased variance).

Dropout is inverted dropout: p is the probability of KEEPING a unit. In train mode keep each unit
with probability p and scale the kept ones by 1 / p (dropped units are exactly 0), e.g.
mask = (rng.random(x.shape) < p) / p; any uniform draw will do (np.random.rand(*x.shape) < p,
np.random.binomial(1, p, x.shape), ...). When dropout_param has a "seed", the same seed must give
the same mask: draw from rng = np.random.default_rng(seed), or call np.random.seed(seed) first as
CS231n does; without a seed every call draws a new mask. In test mode return x unchanged.

Check your work with:  autograder check a5_normalization normalization.py
"""
import numpy as np


def batchnorm_forward(x, gamma, beta, bn_param):
    """x: (N, D); gamma, beta: (D,); bn_param: dict with mode, eps, momentum, running_mean, running_var.

    Returns out (N, D) and, in train mode, cache = (x_hat, gamma, inv_std): x_hat (N, D) the normalized
    x, inv_std (D,) = 1 / sqrt(var + eps); in test mode the cache is None.
    """
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    out, cache = None, None
    if mode == "train":
        ### BEGIN SOLUTION
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        N = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
        ### END SOLUTION
    elif mode == "test":
        ### BEGIN SOLUTION
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        ### END SOLUTION
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache


def batchnorm_backward(dout, cache):
    """Backward pass through the full computational graph. Returns dx (N, D), dgamma (D,), dbeta (D,)."""
    ### BEGIN SOLUTION
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = (dx_hat * x_mu).sum(axis=0) * -0.5 * inv_std ** 3
    dmu = -(dx_hat * inv_std).sum(axis=0) - 2 * dvar * x_mu.mean(axis=0)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / N + dmu / N
    ### END SOLUTION
    return dx, dgamma, dbeta


def batchnorm_backward_alt(dout, cache):
    """The same gradients from the simplified formula, without going node by node."""
    ### BEGIN SOLUTION
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    dx = inv_std / N * (N * dx_hat - dx_hat.sum(axis=0) - x_hat * (dx_hat * x_hat).sum(axis=0))
    ### END SOLUTION
    return dx, dgamma, dbeta


def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    """x: (N, C, H, W); statistics per channel over N, H and W; gamma, beta: (C,). Reuse batchnorm_forward.

    Returns out (N, C, H, W) and cache: batchnorm_forward's cache on x as a (N * H * W, C) batch
    (channels last: x.transpose(0, 2, 3, 1).reshape(-1, C)).
    """
    ### BEGIN SOLUTION
    N, C, H, W = x.shape
    out, cache = batchnorm_forward(x.transpose(0, 2, 3, 1).reshape(-1, C), gamma, beta, bn_param)
    out = out.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    ### END SOLUTION
    return out, cache


def spatial_batchnorm_backward(dout, cache):
    """Returns dx (N, C, H, W), dgamma (C,), dbeta (C,)."""
    ### BEGIN SOLUTION
    N, C, H, W = dout.shape
    dx, dgamma, dbeta = batchnorm_backward_alt(dout.transpose(0, 2, 3, 1).reshape(-1, C), cache)
    dx = dx.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    ### END SOLUTION
    return dx, dgamma, dbeta


def layernorm_forward(x, gamma, beta, ln_param):
    """x: (N, D), statistics per row (biased variance); gamma, beta: (D,); ln_param: eps (1e-5).

    Returns out (N, D) and cache = (x_hat, gamma, inv_std): x_hat (N, D), inv_std (N, 1) = 1 / sqrt(var + eps).
    """
    eps = ln_param.get("eps", 1e-5)
    ### BEGIN SOLUTION
    mu = x.mean(axis=1, keepdims=True)
    inv_std = 1 / np.sqrt(x.var(axis=1, keepdims=True) + eps)
    x_hat = (x - mu) * inv_std
    out = gamma * x_hat + beta
    cache = (x_hat, gamma, inv_std)
    ### END SOLUTION
    return out, cache


def layernorm_backward(dout, cache):
    """Returns dx (N, D), dgamma (D,), dbeta (D,)."""
    ### BEGIN SOLUTION
    x_hat, gamma, inv_std = cache
    D = dout.shape[1]
    dx_hat = dout * gamma
    dx = inv_std / D * (D * dx_hat - dx_hat.sum(axis=1, keepdims=True)
                        - x_hat * (dx_hat * x_hat).sum(axis=1, keepdims=True))
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    ### END SOLUTION
    return dx, dgamma, dbeta


def groupnorm_forward(x, gamma, beta, groups, gn_param):
    """x: (N, C, H, W); statistics over each group of C // groups channels and H, W; gamma, beta: (C,).

    Returns out (N, C, H, W) and cache = (x_hat, gamma, inv_std, groups): x_hat (N, C, H, W) the normalized
    x, inv_std (N, groups, 1) = 1 / sqrt(var + eps) of each group.
    """
    eps = gn_param.get("eps", 1e-5)
    ### BEGIN SOLUTION
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    cache = (x_hat, gamma, inv_std, groups)
    ### END SOLUTION
    return out, cache


def groupnorm_backward(dout, cache):
    """Returns dx (N, C, H, W), dgamma (C,), dbeta (C,)."""
    ### BEGIN SOLUTION
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    dx_hat = (dout * gamma.reshape(1, C, 1, 1)).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[2]
    dx = inv_std / M * (M * dx_hat - dx_hat.sum(axis=2, keepdims=True) - xh * (dx_hat * xh).sum(axis=2, keepdims=True))
    dx = dx.reshape(N, C, H, W)
    ### END SOLUTION
    return dx, dgamma, dbeta


def dropout_forward(x, dropout_param):
    """Inverted dropout; dropout_param: p (keep probability), mode ("train" or "test"), seed (optional)."""
    p, mode = dropout_param["p"], dropout_param["mode"]
    ### BEGIN SOLUTION
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    out = x * mask
    ### END SOLUTION
    return out, mask


def dropout_backward(dout, cache):
    """dx for dropout_forward (in test mode the cache is None)."""
    ### BEGIN SOLUTION
    if cache is None:
        return dout
    return dout * cache
    ### END SOLUTION


def l2_penalty(W, reg):
    """L2 regularization: returns (0.5 * reg * sum(W**2), its gradient)."""
    ### BEGIN SOLUTION
    return 0.5 * reg * np.sum(W ** 2), reg * W
    ### END SOLUTION
