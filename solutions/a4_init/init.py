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
    ### BEGIN SOLUTION
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive
    ### END SOLUTION


def xavier_std(shape, mode="fan_avg", gain=1.0):
    """Glorot standard deviation: gain * sqrt(2 / (fan_in + fan_out)) for mode "fan_avg",
    gain * sqrt(1 / fan_in) for mode "fan_in"."""
    ### BEGIN SOLUTION
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * math.sqrt(2.0 / (fan_in + fan_out))
    return gain * math.sqrt(1.0 / fan_in)
    ### END SOLUTION


def he_std(shape):
    """He (Kaiming) standard deviation for ReLU layers: sqrt(2 / fan_in)."""
    ### BEGIN SOLUTION
    fan_in, _ = compute_fans(shape)
    return math.sqrt(2.0 / fan_in)
    ### END SOLUTION


def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    """Weights of the given shape drawn from N(0, xavier_std**2)."""
    ### BEGIN SOLUTION
    return np.random.default_rng(seed).normal(0.0, xavier_std(shape, mode, gain), size=shape)
    ### END SOLUTION


def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    """Weights drawn from U(-a, a) with a chosen so that the variance is xavier_std**2."""
    ### BEGIN SOLUTION
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return np.random.default_rng(seed).uniform(-a, a, size=shape)
    ### END SOLUTION


def he_normal(shape, seed):
    """Weights drawn from N(0, he_std**2)."""
    ### BEGIN SOLUTION
    return np.random.default_rng(seed).normal(0.0, he_std(shape), size=shape)
    ### END SOLUTION


def activation_statistics(X, weights, activation):
    """The lecture's "what happens in the next layer" experiment.

    Starting from h = X (N, D0), apply h = act(h @ W) for each W in weights (D_l, D_{l+1}),
    with act one of "sigmoid", "tanh", "relu", "linear". Return two arrays of shape (L,):
    the mean and the variance (np.var, over all entries) of h after each layer.
    """
    ### BEGIN SOLUTION
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h, means, variances = X, [], []
    for W in weights:
        h = acts[activation](h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
    ### END SOLUTION
