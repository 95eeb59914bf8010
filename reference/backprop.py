"""Assignment a1 (backprop): layers, activations and losses in float64 NumPy.

Conventions (the student API of every assignment):
- ``*_forward(...) -> (out, cache)`` and ``*_backward(dout, cache) -> grads``.
- Losses return ``(loss, dinput)`` with the loss averaged over the batch of N rows.
- Shapes: N rows in a batch, D input features, M outputs, C classes.
"""
from __future__ import annotations

import numpy as np

Array = np.ndarray


# ---------------------------------------------------------------- affine layer
def affine_forward(x: Array, w: Array, b: Array) -> tuple[Array, tuple]:
    """out = x.reshape(N, D) @ w + b.  x: (N, d1, ..., dk) with D = d1*...*dk, w: (D, M), b: (M,)."""
    out = x.reshape(x.shape[0], -1) @ w + b
    return out, (x, w, b)


def affine_backward(dout: Array, cache: tuple) -> tuple[Array, Array, Array]:
    """dout: (N, M) -> dx (same shape as x), dw (D, M), db (M,)."""
    x, w, _ = cache
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T @ dout
    db = dout.sum(axis=0)
    return dx, dw, db


# ----------------------------------------------------------------- activations
def sigmoid(x: Array) -> Array:
    """Logistic function, stable for large |x| (no overflow in exp)."""
    out = np.empty_like(x, dtype=np.result_type(x, np.float64))
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    ex = np.exp(x[~pos])
    out[~pos] = ex / (1.0 + ex)
    return out


def sigmoid_forward(x: Array) -> tuple[Array, Array]:
    s = sigmoid(x)
    return s, s


def sigmoid_backward(dout: Array, cache: Array) -> Array:
    s = cache
    return dout * s * (1.0 - s)


def tanh_forward(x: Array) -> tuple[Array, Array]:
    t = np.tanh(x)
    return t, t


def tanh_backward(dout: Array, cache: Array) -> Array:
    t = cache
    return dout * (1.0 - t * t)


def relu_forward(x: Array) -> tuple[Array, Array]:
    return np.maximum(x, 0.0), x


def relu_backward(dout: Array, cache: Array) -> Array:
    """The derivative at exactly 0 is taken as 0 (the torch convention)."""
    x = cache
    return dout * (x > 0)


# ---------------------------------------------------------------------- losses
def softmax(scores: Array) -> Array:
    """Row-wise softmax of scores (N, C); max-subtracted so large logits do not overflow."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)


def softmax_cross_entropy_loss(scores: Array, y: Array) -> tuple[float, Array]:
    """Mean cross-entropy of softmax(scores) against integer labels y (N,); returns (loss, dscores)."""
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    dscores = np.exp(log_probs)
    dscores[np.arange(n), y] -= 1.0
    return float(loss), dscores / n


def mse_loss(pred: Array, target: Array) -> tuple[float, Array]:
    """Mean over all elements of (pred - target)^2 (torch's reduction='mean'); returns (loss, dpred)."""
    diff = pred - target
    return float(np.mean(diff * diff)), 2.0 * diff / diff.size


def binary_cross_entropy_loss(probs: Array, target: Array) -> tuple[float, Array]:
    """-mean(t log p + (1-t) log(1-p)) for probabilities p in (0, 1); returns (loss, dprobs)."""
    p, t = probs, target
    loss = -np.mean(t * np.log(p) + (1.0 - t) * np.log1p(-p))
    dprobs = (p - t) / (p * (1.0 - p)) / p.size
    return float(loss), dprobs


# --------------------------------------------------------------- two-layer MLP
def two_layer_mlp_loss(
    X: Array, params: dict[str, Array], y: Array | None = None, reg: float = 0.0
) -> Array | tuple[float, dict[str, Array]]:
    """affine - ReLU - affine - softmax cross-entropy, L2 penalty 0.5 * reg * (|W1|^2 + |W2|^2).

    X: (N, D); params W1 (D, H), b1 (H,), W2 (H, C), b2 (C,).  Without y returns the
    scores (N, C); with integer labels y (N,) returns (loss, grads) where grads has the
    keys of params.
    """
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    hidden, cache1 = affine_forward(X, W1, b1)
    act, cache_relu = relu_forward(hidden)
    scores, cache2 = affine_forward(act, W2, b2)
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss = data_loss + 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dact, dW2, db2 = affine_backward(dscores, cache2)
    dhidden = relu_backward(dact, cache_relu)
    _, dW1, db1 = affine_backward(dhidden, cache1)
    grads = {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
    return float(loss), grads


# ------------------------------------------------------ regression, closed form
def logistic_regression_gradient(w: Array, X: Array, y: Array) -> Array:
    """Gradient of the negative log-likelihood sum: X^T (pi - y) with pi = sigmoid(X w).

    w: (D,), X: (N, D), y: (N,) in {0, 1}; returns (D,).
    """
    return X.T @ (sigmoid(X @ w) - y)


def linear_regression_closed_form(X: Array, y: Array) -> Array:
    """Least-squares weights w = (X^T X)^{-1} X^T y, solved without forming the inverse.

    X: (N, D) with full column rank, y: (N,) or (N, K); returns (D,) or (D, K).
    """
    return np.linalg.solve(X.T @ X, X.T @ y)
