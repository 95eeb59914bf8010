"""Assignment 1: backpropagation.

Implement each function below with NumPy only (no torch, no autograd). Every layer
follows the same convention:

    out, cache = layer_forward(inputs...)   # cache holds what backward needs
    grads = layer_backward(dout, cache)     # dout = d loss / d out

Losses return (loss, dinput) and average over the N rows of a batch.
Check your work with:  autograder check a1_backprop backprop.py
"""
import numpy as np


def affine_forward(x, w, b):
    """Affine (fully connected) layer.

    x: (N, d1, ..., dk) inputs, each row flattened to D = d1 * ... * dk values
    w: (D, M) weights, b: (M,) biases
    Returns out (N, M) = x_flat @ w + b, and a cache for affine_backward.
    """
    ### BEGIN SOLUTION
    out = x.reshape(x.shape[0], -1) @ w + b
    cache = (x, w, b)
    ### END SOLUTION
    return out, cache


def affine_backward(dout, cache):
    """dout: (N, M). Returns dx with the shape of x, dw (D, M) and db (M,)."""
    x, w, b = cache
    ### BEGIN SOLUTION
    dx = (dout @ w.T).reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T @ dout
    db = dout.sum(axis=0)
    ### END SOLUTION
    return dx, dw, db


def sigmoid_forward(x):
    """Elementwise logistic sigmoid 1 / (1 + exp(-x)); returns (out, cache). Finite for every finite x, inputs of
    magnitude 1000 included (np.exp overflows above 709: exp(x) / (1 + exp(x)) is NaN there)."""
    ### BEGIN SOLUTION
    out = np.empty_like(x, dtype=float)
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    e = np.exp(x[~pos])
    out[~pos] = e / (1.0 + e)
    cache = out
    ### END SOLUTION
    return out, cache


def sigmoid_backward(dout, cache):
    """Returns dx, the gradient with respect to the input of sigmoid_forward."""
    ### BEGIN SOLUTION
    s = cache
    dx = dout * s * (1 - s)
    ### END SOLUTION
    return dx


def tanh_forward(x):
    """Elementwise tanh; returns (out, cache)."""
    ### BEGIN SOLUTION
    out = np.tanh(x)
    cache = out
    ### END SOLUTION
    return out, cache


def tanh_backward(dout, cache):
    """Returns dx for tanh_forward."""
    ### BEGIN SOLUTION
    t = cache
    dx = dout * (1 - t ** 2)
    ### END SOLUTION
    return dx


def relu_forward(x):
    """Elementwise max(0, x); returns (out, cache)."""
    ### BEGIN SOLUTION
    out = np.maximum(x, 0)
    cache = x
    ### END SOLUTION
    return out, cache


def relu_backward(dout, cache):
    """Returns dx for relu_forward. Take the derivative at exactly 0 to be 0."""
    ### BEGIN SOLUTION
    x = cache
    dx = dout * (x > 0)
    ### END SOLUTION
    return dx


def softmax(scores):
    """Row-wise softmax of scores (N, C). Must not overflow for large scores (e.g. 1000)."""
    ### BEGIN SOLUTION
    shifted = scores - scores.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    probs = e / e.sum(axis=1, keepdims=True)
    ### END SOLUTION
    return probs


def softmax_cross_entropy_loss(scores, y):
    """Mean cross-entropy of softmax(scores) (N, C) against integer labels y (N,).

    Returns (loss, dscores) with dscores of shape (N, C). Must be numerically stable.
    """
    ### BEGIN SOLUTION
    n = scores.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    dscores = np.exp(log_probs)
    dscores[np.arange(n), y] -= 1
    dscores /= n
    ### END SOLUTION
    return loss, dscores


def mse_loss(pred, target):
    """Mean squared error averaged over all elements; returns (loss, dpred)."""
    ### BEGIN SOLUTION
    diff = pred - target
    loss = np.mean(diff ** 2)
    dpred = 2 * diff / diff.size
    ### END SOLUTION
    return loss, dpred


def binary_cross_entropy_loss(probs, target):
    """-mean(t log p + (1 - t) log(1 - p)) for probabilities p in (0, 1); returns (loss, dprobs)."""
    ### BEGIN SOLUTION
    p, t = probs, target
    loss = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
    dprobs = (p - t) / (p * (1 - p)) / p.size
    ### END SOLUTION
    return loss, dprobs


def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    """Two-layer net: affine - ReLU - affine - softmax cross-entropy.

    X: (N, D); params: dict with W1 (D, H), b1 (H,), W2 (H, C), b2 (C,).
    Without y, return the scores (N, C). With y (N,), return (loss, grads): the loss
    includes the L2 penalty 0.5 * reg * (sum(W1**2) + sum(W2**2)), and grads is a dict
    with the same keys as params. Use your layer functions above.
    """
    ### BEGIN SOLUTION
    h, cache1 = affine_forward(X, params["W1"], params["b1"])
    a, cache_relu = relu_forward(h)
    scores, cache2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    W1, W2 = params["W1"], params["W2"]
    loss += 0.5 * reg * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
    da, dW2, db2 = affine_backward(dscores, cache2)
    dh = relu_backward(da, cache_relu)
    _, dW1, db1 = affine_backward(dh, cache1)
    grads = {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
    ### END SOLUTION
    return loss, grads


def logistic_regression_gradient(w, X, y):
    """Gradient of the logistic-regression negative log-likelihood (a sum over rows).

    w: (D,), X: (N, D), y: (N,) in {0, 1}. Returns X^T (pi - y), pi = sigmoid(X w), shape (D,).
    """
    ### BEGIN SOLUTION
    z = X @ w
    pi, _ = sigmoid_forward(z)
    grad = X.T @ (pi - y)
    ### END SOLUTION
    return grad


def linear_regression_closed_form(X, y):
    """Least-squares weights (X^T X)^-1 X^T y for X (N, D) of full column rank; returns (D,)."""
    ### BEGIN SOLUTION
    w = np.linalg.solve(X.T @ X, X.T @ y)
    ### END SOLUTION
    return w


def eval_numerical_gradient(f, x, h=1e-5):
    """Centered finite-difference gradient of a scalar function f at x (any shape).

    Returns an array shaped like x whose entries are (f(x + h e_i) - f(x - h e_i)) / (2h).
    Leave x unchanged when you return.
    """
    ### BEGIN SOLUTION
    grad = np.zeros_like(x, dtype=float)
    it = np.nditer(x, flags=["multi_index"])
    while not it.finished:
        i = it.multi_index
        old = x[i]
        x[i] = old + h
        f_plus = f(x)
        x[i] = old - h
        f_minus = f(x)
        x[i] = old
        grad[i] = (f_plus - f_minus) / (2 * h)
        it.iternext()
    ### END SOLUTION
    return grad
