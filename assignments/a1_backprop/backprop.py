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
    # YOUR CODE HERE
    raise NotImplementedError("affine_forward is not written yet")
    return out, cache


def affine_backward(dout, cache):
    """dout: (N, M). Returns dx with the shape of x, dw (D, M) and db (M,)."""
    x, w, b = cache
    # YOUR CODE HERE
    raise NotImplementedError("affine_backward is not written yet")
    return dx, dw, db


def sigmoid_forward(x):
    """Elementwise logistic sigmoid 1 / (1 + exp(-x)); returns (out, cache). Finite for every finite x, inputs of
    magnitude 1000 included (np.exp overflows above 709: exp(x) / (1 + exp(x)) is NaN there)."""
    # YOUR CODE HERE
    raise NotImplementedError("sigmoid_forward is not written yet")
    return out, cache


def sigmoid_backward(dout, cache):
    """Returns dx, the gradient with respect to the input of sigmoid_forward."""
    # YOUR CODE HERE
    raise NotImplementedError("sigmoid_backward is not written yet")
    return dx


def tanh_forward(x):
    """Elementwise tanh; returns (out, cache)."""
    # YOUR CODE HERE
    raise NotImplementedError("tanh_forward is not written yet")
    return out, cache


def tanh_backward(dout, cache):
    """Returns dx for tanh_forward."""
    # YOUR CODE HERE
    raise NotImplementedError("tanh_backward is not written yet")
    return dx


def relu_forward(x):
    """Elementwise max(0, x); returns (out, cache)."""
    # YOUR CODE HERE
    raise NotImplementedError("relu_forward is not written yet")
    return out, cache


def relu_backward(dout, cache):
    """Returns dx for relu_forward. Take the derivative at exactly 0 to be 0."""
    # YOUR CODE HERE
    raise NotImplementedError("relu_backward is not written yet")
    return dx


def softmax(scores):
    """Row-wise softmax of scores (N, C). Must not overflow for large scores (e.g. 1000)."""
    # YOUR CODE HERE
    raise NotImplementedError("softmax is not written yet")
    return probs


def softmax_cross_entropy_loss(scores, y):
    """Mean cross-entropy of softmax(scores) (N, C) against integer labels y (N,).

    Returns (loss, dscores) with dscores of shape (N, C). Must be numerically stable.
    """
    # YOUR CODE HERE
    raise NotImplementedError("softmax_cross_entropy_loss is not written yet")
    return loss, dscores


def mse_loss(pred, target):
    """Mean squared error averaged over all elements; returns (loss, dpred)."""
    # YOUR CODE HERE
    raise NotImplementedError("mse_loss is not written yet")
    return loss, dpred


def binary_cross_entropy_loss(probs, target):
    """-mean(t log p + (1 - t) log(1 - p)) for probabilities p in (0, 1); returns (loss, dprobs)."""
    # YOUR CODE HERE
    raise NotImplementedError("binary_cross_entropy_loss is not written yet")
    return loss, dprobs


def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    """Two-layer net: affine - ReLU - affine - softmax cross-entropy.

    X: (N, D); params: dict with W1 (D, H), b1 (H,), W2 (H, C), b2 (C,).
    Without y, return the scores (N, C). With y (N,), return (loss, grads): the loss
    includes the L2 penalty 0.5 * reg * (sum(W1**2) + sum(W2**2)), and grads is a dict
    with the same keys as params. Use your layer functions above.
    """
    # YOUR CODE HERE
    raise NotImplementedError("two_layer_mlp_loss is not written yet")
    return loss, grads


def logistic_regression_gradient(w, X, y):
    """Gradient of the logistic-regression negative log-likelihood (a sum over rows).

    w: (D,), X: (N, D), y: (N,) in {0, 1}. Returns X^T (pi - y), pi = sigmoid(X w), shape (D,).
    """
    # YOUR CODE HERE
    raise NotImplementedError("logistic_regression_gradient is not written yet")
    return grad


def linear_regression_closed_form(X, y):
    """Least-squares weights (X^T X)^-1 X^T y for X (N, D) of full column rank; returns (D,)."""
    # YOUR CODE HERE
    raise NotImplementedError("linear_regression_closed_form is not written yet")
    return w


def eval_numerical_gradient(f, x, h=1e-5):
    """Centered finite-difference gradient of a scalar function f at x (any shape).

    Returns an array shaped like x whose entries are (f(x + h e_i) - f(x - h e_i)) / (2h).
    Leave x unchanged when you return.
    """
    # YOUR CODE HERE
    raise NotImplementedError("eval_numerical_gradient is not written yet")
    return grad
