"""Assignment a7 (architectures and understanding), float64 NumPy.

Conventions, declared once:
- Affine weights are (fan_in, fan_out) = (D, M), as in a1 (torch.nn.Linear stores the transpose).
- Residual block (fully connected, the lecture's "basic block" with a ReLU after the addition):
      h = relu(x @ W1 + b1)                        first layer of the residual branch
      h = h * mask / p                             inverted dropout inside the block, when dropout is given
      out = relu(h @ W2 + b2 + s(x))               s(x) = x (identity) or x @ Ws + bs (projection)
  dropout = {"p": keep probability, "mask": (N, H) array of 0/1 keep decisions} or None (test mode).
- FC as convolution: an affine layer on x.reshape(N, -1) with x of shape (C, H, W) per example is the
  convolution (stride 1, no padding) with w[m] = W[:, m].reshape(C, H, W); slid over a larger input it
  gives a map of class scores, one per window.
- Global average pooling: (N, C, H, W) -> (N, C). Class activation map (Zhou et al. 2016) of class k:
  sum_c W[c, k] * features[:, c], where scores = gap(features) @ W + b.
- Saliency (Simonyan et al. 2014): max over channels of |d score_y / d x| for a two-layer net
  scores = relu(x.reshape(N, -1) @ W1 + b1) @ W2 + b2.
- Gaussian NLL: mean over the N rows of the sum over D of 0.5 log(2 pi) + log_std + 0.5 ((y - mu) / std)^2,
  the full negative log-likelihood with its constant (torch's GaussianNLLLoss with full=True, but with
  the log standard deviation as the parameter and the sum over D, mean over N).
- Mixture density network (Bishop 1994), 1-D targets: mixing weights softmax(logits), per-component
  mean and log_std; loss = -mean_n log sum_k pi_k N(y_n; mu_k, std_k), computed with log-sum-exp.
"""
from __future__ import annotations

import math

import numpy as np

Array = np.ndarray
HALF_LOG_2PI = 0.5 * math.log(2.0 * math.pi)


# ------------------------------------------------------------------ residual block
def residual_block_forward(x: Array, params: dict, dropout: dict | None = None) -> tuple[Array, tuple]:
    """x (N, D); params W1 (D, H), b1, W2 (H, M), b2, and Ws (D, M), bs for a projection shortcut
    (identity without them: M == D). Returns out (N, M) and a cache for residual_block_backward."""
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0.0)
    scale = None
    if dropout is not None:
        scale = np.asarray(dropout["mask"], dtype=np.float64) / dropout["p"]
        h = h * scale
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0.0)
    return out, (x, params, a1, h, scale, z)


def residual_block_backward(dout: Array, cache: tuple) -> tuple[Array, dict]:
    """Returns dx (N, D) and grads, a dict with the keys of params."""
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
    return dx, grads


# ------------------------------------------------------------------ fully connected as convolution
def fc_to_conv(W: Array, b: Array, in_shape: tuple[int, int, int]) -> tuple[Array, Array]:
    """The convolution (M, C, H, W) weights and (M,) bias equal to an affine layer W (C*H*W, M), b (M,)
    applied to inputs of shape in_shape = (C, H, W) flattened in C order."""
    c, h, w = in_shape
    if W.shape[0] != c * h * w:
        raise ValueError(f"W has {W.shape[0]} rows, in_shape {in_shape} has {c * h * w} values")
    return W.T.reshape(W.shape[1], c, h, w).copy(), np.array(b, dtype=np.float64)


def conv_valid(x: Array, w: Array, b: Array) -> Array:
    """Cross-correlation, stride 1, no padding: x (N, C, H, W), w (F, C, HH, WW) -> (N, F, H-HH+1, W-WW+1)."""
    _, _, hh, ww = w.shape
    windows = np.lib.stride_tricks.sliding_window_view(x, (hh, ww), axis=(2, 3))  # (N, C, H', W', hh, ww)
    return np.einsum("nchwij,fcij->nfhw", windows, w) + b[None, :, None, None]


def fc_score_map(x: Array, W: Array, b: Array, in_shape: tuple[int, int, int]) -> Array:
    """The affine layer (trained on in_shape inputs) slid over a larger x (N, C, H', W') as a convolution:
    (N, M, H' - H + 1, W' - W + 1); entry [n, :, i, j] is the affine layer on the window at (i, j)."""
    w, bias = fc_to_conv(W, b, in_shape)
    return conv_valid(x, w, bias)


# ------------------------------------------------------------------ global average pooling, CAM, saliency
def global_avg_pool_forward(x: Array) -> tuple[Array, tuple]:
    """(N, C, H, W) -> (N, C): the mean of each feature map. The cache is x's shape."""
    return x.mean(axis=(2, 3)), x.shape


def global_avg_pool_backward(dout: Array, cache: tuple) -> Array:
    """dx (N, C, H, W): each position of a map gets dout / (H * W)."""
    n, c, h, w = cache
    return np.broadcast_to(dout[:, :, None, None] / (h * w), (n, c, h, w)).copy()


def class_activation_map(features: Array, W: Array, classes: Array) -> Array:
    """features (N, C, H, W) of the last conv layer, W (C, K) of the affine layer after global average
    pooling, classes (N,): the map sum_c W[c, classes[n]] * features[n, c] of each example, (N, H, W).
    Its spatial mean plus b[k] is the class score: cam.mean((1, 2)) + b[k] == (gap(features) @ W + b)[:, k]."""
    weights = W[:, np.asarray(classes)].T  # (N, C)
    return np.einsum("nc,nchw->nhw", weights, features)


def two_layer_scores(x: Array, params: dict) -> Array:
    """relu(x.reshape(N, -1) @ W1 + b1) @ W2 + b2."""
    hidden = np.maximum(x.reshape(len(x), -1) @ params["W1"] + params["b1"], 0.0)
    return hidden @ params["W2"] + params["b2"]


def saliency_map(x: Array, params: dict, y: Array) -> Array:
    """x (N, C, H, W); the max over channels of |d scores[n, y[n]] / d x[n]|, (N, H, W)."""
    n = len(x)
    a1 = x.reshape(n, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((n, params["W2"].shape[1]))
    dscores[np.arange(n), np.asarray(y)] = 1.0
    da1 = (dscores @ params["W2"].T) * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)


# ------------------------------------------------------------------ density networks
def gaussian_nll(y: Array, mu: Array, log_std: Array) -> tuple[float, Array, Array]:
    """y, mu, log_std (N, D): the Gaussian negative log-likelihood (sum over D, mean over N) and its
    gradients with respect to mu and log_std."""
    n = y.shape[0]
    inv_var = np.exp(-2.0 * log_std)
    r = y - mu
    loss = float(np.sum(HALF_LOG_2PI + log_std + 0.5 * r * r * inv_var) / n)
    dmu = -r * inv_var / n
    dlog_std = (1.0 - r * r * inv_var) / n
    return loss, dmu, dlog_std


def log_softmax(logits: Array) -> Array:
    shifted = logits - logits.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def mdn_log_terms(y: Array, logits: Array, mu: Array, log_std: Array) -> Array:
    """log pi_k + log N(y_n; mu_k, std_k), (N, K)."""
    z = (y[:, None] - mu) * np.exp(-log_std)
    return log_softmax(logits) - HALF_LOG_2PI - log_std - 0.5 * z * z


def mdn_nll(y: Array, logits: Array, mu: Array, log_std: Array) -> tuple[float, Array, Array, Array]:
    """y (N,); logits, mu, log_std (N, K). The mixture's mean negative log-likelihood, stable for any
    distance of y from the components (log-sum-exp), and its gradients (dlogits, dmu, dlog_std)."""
    n = len(y)
    terms = mdn_log_terms(y, logits, mu, log_std)
    top = terms.max(axis=1, keepdims=True)
    log_p = top[:, 0] + np.log(np.exp(terms - top).sum(axis=1))
    loss = float(-log_p.mean())
    gamma = np.exp(terms - log_p[:, None])  # responsibilities: the posterior of each component
    pi = np.exp(log_softmax(logits))
    z = (y[:, None] - mu) * np.exp(-log_std)
    dlogits = (pi - gamma) / n
    dmu = -gamma * z * np.exp(-log_std) / n
    dlog_std = gamma * (1.0 - z * z) / n
    return loss, dlogits, dmu, dlog_std


# ------------------------------------------------------------------ counts for exam questions
def residual_block_param_count(d: int, hidden: int, d_out: int | None = None) -> int:
    """Parameters of the fully connected residual block: W1, b1, W2, b2, and Ws, bs when d_out != d."""
    d_out = d if d_out is None else d_out
    count = d * hidden + hidden + hidden * d_out + d_out
    return count + (d * d_out + d_out if d_out != d else 0)


def conv_residual_block_param_count(c_in: int, c_out: int, k: int = 3, stride: int = 1) -> int:
    """A ResNet basic block: two k x k convolutions with biases (c_in -> c_out -> c_out) and a 1x1
    projection shortcut with bias when the channels or the stride change."""
    count = c_out * c_in * k * k + c_out + c_out * c_out * k * k + c_out
    return count + (c_out * c_in + c_out if c_in != c_out or stride != 1 else 0)


def fc_as_conv_output_size(in_size: int, trained_size: int) -> int:
    """Side of the score map of an FC layer trained on trained_size inputs, slid over in_size ones."""
    if in_size < trained_size:
        raise ValueError(f"input {in_size} is smaller than the trained size {trained_size}")
    return in_size - trained_size + 1
