"""Assignment 4: weight initialization.

Weight layouts used throughout the course:
- a linear (affine) weight has shape (fan_in, fan_out) = (D, M), as in affine_forward;
- a convolution weight has shape (out_channels, in_channels, kh, kw):
  fan_in = in_channels * kh * kw and fan_out = out_channels * kh * kw.

Random initializers take an integer seed and must draw with np.random.default_rng(seed),
so the same seed gives the same weights. They are graded statistically (moments,
bounds, the shape of the distribution), not by exact values.

Check your work with:  autograder check a4_init init.py
"""
import math

import numpy as np


def compute_fans(shape):
    """(fan_in, fan_out) of a linear (D, M) or convolution (out, in, *kernel) weight shape: 2-D kernels (out, in,
    kh, kw), and 1-D (out, in, k) or 3-D (out, in, kd, kh, kw) ones too: fan_in = in * the kernel's size."""
    # YOUR CODE HERE
    raise NotImplementedError("compute_fans is not written yet")


def xavier_std(shape, mode="fan_avg", gain=1.0):
    """Glorot standard deviation: gain * sqrt(2 / (fan_in + fan_out)) for mode "fan_avg",
    gain * sqrt(1 / fan_in) for mode "fan_in"."""
    # YOUR CODE HERE
    raise NotImplementedError("xavier_std is not written yet")


def he_std(shape):
    """He (Kaiming) standard deviation for ReLU layers: sqrt(2 / fan_in)."""
    # YOUR CODE HERE
    raise NotImplementedError("he_std is not written yet")


def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    """Weights of the given shape drawn from N(0, xavier_std**2)."""
    # YOUR CODE HERE
    raise NotImplementedError("xavier_normal is not written yet")


def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    """Weights drawn from U(-a, a) with a chosen so that the variance is xavier_std**2."""
    # YOUR CODE HERE
    raise NotImplementedError("xavier_uniform is not written yet")


def he_normal(shape, seed):
    """Weights drawn from N(0, he_std**2)."""
    # YOUR CODE HERE
    raise NotImplementedError("he_normal is not written yet")


def activation_statistics(X, weights, activation):
    """The lecture's "what happens in the next layer" experiment.

    Starting from h = X (N, D0), apply h = act(h @ W) for each W in weights (D_l, D_{l+1}),
    with act one of "sigmoid", "tanh", "relu", "linear". Return two arrays of shape (L,):
    the mean and the variance (np.var, over all entries) of h after each layer.
    """
    # YOUR CODE HERE
    raise NotImplementedError("activation_statistics is not written yet")
