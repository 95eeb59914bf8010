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
        # YOUR CODE HERE
        raise NotImplementedError("batchnorm_forward is not written yet")
    elif mode == "test":
        # YOUR CODE HERE
        raise NotImplementedError("batchnorm_forward is not written yet")
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache


def batchnorm_backward(dout, cache):
    """Backward pass through the full computational graph. Returns dx (N, D), dgamma (D,), dbeta (D,)."""
    # YOUR CODE HERE
    raise NotImplementedError("batchnorm_backward is not written yet")
    return dx, dgamma, dbeta


def batchnorm_backward_alt(dout, cache):
    """The same gradients from the simplified formula, without going node by node."""
    # YOUR CODE HERE
    raise NotImplementedError("batchnorm_backward_alt is not written yet")
    return dx, dgamma, dbeta


def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    """x: (N, C, H, W); statistics per channel over N, H and W; gamma, beta: (C,). Reuse batchnorm_forward.

    Returns out (N, C, H, W) and cache: batchnorm_forward's cache on x as a (N * H * W, C) batch
    (channels last: x.transpose(0, 2, 3, 1).reshape(-1, C)).
    """
    # YOUR CODE HERE
    raise NotImplementedError("spatial_batchnorm_forward is not written yet")
    return out, cache


def spatial_batchnorm_backward(dout, cache):
    """Returns dx (N, C, H, W), dgamma (C,), dbeta (C,)."""
    # YOUR CODE HERE
    raise NotImplementedError("spatial_batchnorm_backward is not written yet")
    return dx, dgamma, dbeta


def layernorm_forward(x, gamma, beta, ln_param):
    """x: (N, D), statistics per row (biased variance); gamma, beta: (D,); ln_param: eps (1e-5).

    Returns out (N, D) and cache = (x_hat, gamma, inv_std): x_hat (N, D), inv_std (N, 1) = 1 / sqrt(var + eps).
    """
    eps = ln_param.get("eps", 1e-5)
    # YOUR CODE HERE
    raise NotImplementedError("layernorm_forward is not written yet")
    return out, cache


def layernorm_backward(dout, cache):
    """Returns dx (N, D), dgamma (D,), dbeta (D,)."""
    # YOUR CODE HERE
    raise NotImplementedError("layernorm_backward is not written yet")
    return dx, dgamma, dbeta


def groupnorm_forward(x, gamma, beta, groups, gn_param):
    """x: (N, C, H, W); statistics over each group of C // groups channels and H, W; gamma, beta: (C,).

    Returns out (N, C, H, W) and cache = (x_hat, gamma, inv_std, groups): x_hat (N, C, H, W) the normalized
    x, inv_std (N, groups, 1) = 1 / sqrt(var + eps) of each group.
    """
    eps = gn_param.get("eps", 1e-5)
    # YOUR CODE HERE
    raise NotImplementedError("groupnorm_forward is not written yet")
    return out, cache


def groupnorm_backward(dout, cache):
    """Returns dx (N, C, H, W), dgamma (C,), dbeta (C,)."""
    # YOUR CODE HERE
    raise NotImplementedError("groupnorm_backward is not written yet")
    return dx, dgamma, dbeta


def dropout_forward(x, dropout_param):
    """Inverted dropout; dropout_param: p (keep probability), mode ("train" or "test"), seed (optional)."""
    p, mode = dropout_param["p"], dropout_param["mode"]
    # YOUR CODE HERE
    raise NotImplementedError("dropout_forward is not written yet")
    return out, mask


def dropout_backward(dout, cache):
    """dx for dropout_forward (in test mode the cache is None)."""
    # YOUR CODE HERE
    raise NotImplementedError("dropout_backward is not written yet")


def l2_penalty(W, reg):
    """L2 regularization: returns (0.5 * reg * sum(W**2), its gradient)."""
    # YOUR CODE HERE
    raise NotImplementedError("l2_penalty is not written yet")
