"""Assignment 7: architectures and understanding.

NumPy only (no torch, no autograd). Affine weights are (fan_in, fan_out) = (D, M), as in a1, and
layers follow out, cache = forward(...) and grads = backward(dout, cache).

Residual block (fully connected, with the ReLU after the addition, as in ResNet's basic block):
    h   = relu(x @ W1 + b1)
    h   = h * mask / p                      only when dropout is given (inverted dropout inside the block)
    out = relu(h @ W2 + b2 + shortcut(x))   shortcut(x) = x, or x @ Ws + bs when params has "Ws" (projection)
dropout = {"p": keep probability, "mask": (N, H) array of 0/1 keep decisions} or None (no dropout,
as at test time); the caller draws the mask, so the block is deterministic. Take ReLU's derivative at
exactly 0 to be 0 (as in a1 and torch), here and in saliency_map.

Fully connected layers as convolutions: an affine layer W (C*H*W, M), b (M,) on inputs of shape
(C, H, W) flattened with x.reshape(N, -1) is a convolution with M filters of shape (C, H, W), stride 1,
no padding. On a larger input the convolution slides the classifier over every window.

Class activation maps: after global average pooling of the last conv features (N, C, H, W) an affine
layer W (C, K), b (K,) gives the class scores; the CAM of class k is sum_c W[c, k] * features[:, c].

Density networks: gaussian_nll is the full Gaussian negative log-likelihood (with its 0.5 log(2 pi)),
summed over the D outputs and averaged over the N rows, parameterized by the log standard deviation.
mdn_nll is the mean negative log-likelihood of a 1-D mixture of K Gaussians with weights
softmax(logits); it must stay finite for targets far from every component (use log-sum-exp).

Check your work with:  autograder check a7_architectures architectures.py
"""
import math

import numpy as np


def residual_block_forward(x, params, dropout=None):
    """x (N, D); params: W1 (D, H), b1 (H,), W2 (H, M), b2 (M,) and, for a projection shortcut, Ws (D, M),
    bs (M,) (without them the shortcut is the identity and M == D). Returns out (N, M) and a cache."""
    ### BEGIN SOLUTION
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0)
    cache = (x, params, a1, h, scale, z)
    ### END SOLUTION
    return out, cache


def residual_block_backward(dout, cache):
    """dout (N, M). Returns dx (N, D) and grads, a dict with the same keys as params."""
    ### BEGIN SOLUTION
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    ### END SOLUTION
    return dx, grads


def fc_to_conv(W, b, in_shape):
    """W (C*H*W, M), b (M,) of an affine layer on inputs of shape in_shape = (C, H, W).
    Returns the equivalent convolution's weights w (M, C, H, W) and bias (M,)."""
    ### BEGIN SOLUTION
    C, H, W_ = in_shape
    w = W.T.reshape(W.shape[1], C, H, W_)
    return w, b.copy()
    ### END SOLUTION


def fc_score_map(x, W, b, in_shape):
    """The affine layer W, b (trained on in_shape = (C, H, W) inputs) applied as a convolution to a larger
    x (N, C, H2, W2): returns (N, M, H2 - H + 1, W2 - W + 1), where [n, :, i, j] are the affine layer's
    scores of the window x[n, :, i:i + H, j:j + W]."""
    ### BEGIN SOLUTION
    w, bias = fc_to_conv(W, b, in_shape)
    M, C, H, W_ = w.shape
    N, _, H2, W2 = x.shape
    out = np.zeros((N, M, H2 - H + 1, W2 - W_ + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - W_ + 1):
            window = x[:, :, i:i + H, j:j + W_].reshape(N, -1)
            out[:, :, i, j] = window @ w.reshape(M, -1).T + bias
    return out
    ### END SOLUTION


def global_avg_pool_forward(x):
    """x (N, C, H, W) -> out (N, C), the mean of each feature map, and a cache."""
    ### BEGIN SOLUTION
    return x.mean(axis=(2, 3)), x.shape
    ### END SOLUTION


def global_avg_pool_backward(dout, cache):
    """dout (N, C). Returns dx (N, C, H, W)."""
    ### BEGIN SOLUTION
    N, C, H, W = cache
    return np.ones((N, C, H, W)) * dout[:, :, None, None] / (H * W)
    ### END SOLUTION


def class_activation_map(features, W, classes):
    """features (N, C, H, W), W (C, K), classes (N,) integers. Returns the class activation maps (N, H, W):
    cam[n] = sum_c W[c, classes[n]] * features[n, c]."""
    ### BEGIN SOLUTION
    weights = W[:, classes].T
    return (weights[:, :, None, None] * features).sum(axis=1)
    ### END SOLUTION


def saliency_map(x, params, y):
    """Saliency of the two-layer net scores = relu(x.reshape(N, -1) @ W1 + b1) @ W2 + b2 (params W1, b1,
    W2, b2) for x (N, C, H, W) and classes y (N,): run its forward and backward pass for the gradient of
    scores[n, y[n]] with respect to x[n], and return the maximum over the channels of its absolute
    value, (N, H, W)."""
    ### BEGIN SOLUTION
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
    ### END SOLUTION


def gaussian_nll(y, mu, log_std):
    """y, mu, log_std (N, D). Returns (loss, dmu, dlog_std): the mean over the N rows of
    sum_d [0.5 * log(2 pi) + log_std + 0.5 * (y - mu)**2 / exp(2 * log_std)], and its gradients."""
    ### BEGIN SOLUTION
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(0.5 * math.log(2 * math.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = (1 - r ** 2 / var) / N
    ### END SOLUTION
    return loss, dmu, dlog_std


def mdn_nll(y, logits, mu, log_std):
    """y (N,); logits, mu, log_std (N, K). Returns (loss, dlogits, dmu, dlog_std): the mean over the rows
    of -log sum_k softmax(logits)_k N(y; mu_k, exp(log_std_k)), finite for any y, and its gradients."""
    ### BEGIN SOLUTION
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    z = (y[:, None] - mu) / np.exp(log_std)
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    loss = -log_p.mean()
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / np.exp(log_std) / N
    dlog_std = gamma * (1 - z ** 2) / N
    ### END SOLUTION
    return loss, dlogits, dmu, dlog_std
