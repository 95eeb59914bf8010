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
    # YOUR CODE HERE
    raise NotImplementedError("residual_block_forward is not written yet")
    return out, cache


def residual_block_backward(dout, cache):
    """dout (N, M). Returns dx (N, D) and grads, a dict with the same keys as params."""
    # YOUR CODE HERE
    raise NotImplementedError("residual_block_backward is not written yet")
    return dx, grads


def fc_to_conv(W, b, in_shape):
    """W (C*H*W, M), b (M,) of an affine layer on inputs of shape in_shape = (C, H, W).
    Returns the equivalent convolution's weights w (M, C, H, W) and bias (M,)."""
    # YOUR CODE HERE
    raise NotImplementedError("fc_to_conv is not written yet")


def fc_score_map(x, W, b, in_shape):
    """The affine layer W, b (trained on in_shape = (C, H, W) inputs) applied as a convolution to a larger
    x (N, C, H2, W2): returns (N, M, H2 - H + 1, W2 - W + 1), where [n, :, i, j] are the affine layer's
    scores of the window x[n, :, i:i + H, j:j + W]."""
    # YOUR CODE HERE
    raise NotImplementedError("fc_score_map is not written yet")


def global_avg_pool_forward(x):
    """x (N, C, H, W) -> out (N, C), the mean of each feature map, and a cache."""
    # YOUR CODE HERE
    raise NotImplementedError("global_avg_pool_forward is not written yet")


def global_avg_pool_backward(dout, cache):
    """dout (N, C). Returns dx (N, C, H, W)."""
    # YOUR CODE HERE
    raise NotImplementedError("global_avg_pool_backward is not written yet")


def class_activation_map(features, W, classes):
    """features (N, C, H, W), W (C, K), classes (N,) integers. Returns the class activation maps (N, H, W):
    cam[n] = sum_c W[c, classes[n]] * features[n, c]."""
    # YOUR CODE HERE
    raise NotImplementedError("class_activation_map is not written yet")


def saliency_map(x, params, y):
    """Saliency of the two-layer net scores = relu(x.reshape(N, -1) @ W1 + b1) @ W2 + b2 (params W1, b1,
    W2, b2) for x (N, C, H, W) and classes y (N,): run its forward and backward pass for the gradient of
    scores[n, y[n]] with respect to x[n], and return the maximum over the channels of its absolute
    value, (N, H, W)."""
    # YOUR CODE HERE
    raise NotImplementedError("saliency_map is not written yet")


def gaussian_nll(y, mu, log_std):
    """y, mu, log_std (N, D). Returns (loss, dmu, dlog_std): the mean over the N rows of
    sum_d [0.5 * log(2 pi) + log_std + 0.5 * (y - mu)**2 / exp(2 * log_std)], and its gradients."""
    # YOUR CODE HERE
    raise NotImplementedError("gaussian_nll is not written yet")
    return loss, dmu, dlog_std


def mdn_nll(y, logits, mu, log_std):
    """y (N,); logits, mu, log_std (N, K). Returns (loss, dlogits, dmu, dlog_std): the mean over the rows
    of -log sum_k softmax(logits)_k N(y; mu_k, exp(log_std_k)), finite for any y, and its gradients."""
    # YOUR CODE HERE
    raise NotImplementedError("mdn_nll is not written yet")
    return loss, dlogits, dmu, dlog_std
