"""Typical a4 mistakes. Each replaces one solution function; feedback names the match."""
import math

import numpy as np

from autograder.testing import Catalog

catalog = Catalog()


@catalog.mistake("variance_used_as_std", "The variance was used where the standard deviation belongs: "
                 "Xavier's std is sqrt(2 / (fan_in + fan_out)), not 2 / (fan_in + fan_out).")
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * 2.0 / (fan_in + fan_out)
    return gain * 1.0 / fan_in


@catalog.mistake("relu_factor_2_missing", "He initialization for ReLU needs the factor 2: std = sqrt(2 / fan_in), "
                 "because ReLU zeroes half of its inputs.")
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    return math.sqrt(1.0 / fan_in)


@catalog.mistake("fans_swapped", "fan_in and fan_out are swapped: for a linear weight (D, M) fan_in is D, "
                 "for a conv weight (out, in, kh, kw) fan_in is in * kh * kw.")
def compute_fans(shape):
    if len(shape) == 2:
        return shape[1], shape[0]
    receptive = math.prod(shape[2:])
    return shape[0] * receptive, shape[1] * receptive


@catalog.mistake("conv_fan_in_wrong_axis", "For a conv weight (out, in, kh, kw) fan_in is taken from the wrong "
                 "axis: it is in_channels * kh * kw (axis 1), not out_channels * kh * kw.")
def compute_fans(shape):  # noqa: F811
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = math.prod(shape[2:])
    return shape[0] * receptive, shape[0] * receptive


@catalog.mistake("uniform_bound_is_std", "The uniform bound is the standard deviation itself; U(-a, a) has "
                 "variance a**2 / 3, so a = sqrt(3) * std.")
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = xavier_std(shape, mode, gain)
    return np.random.default_rng(seed).uniform(-a, a, size=shape)


@catalog.mistake("global_seed", "The same seed does not give the same draws: they do not come from a generator made "
                 "from this call's seed (the global generator, np.random.seed, or one made once and kept across "
                 "calls): make rng = np.random.default_rng(seed) in each call and draw from rng.")
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    return np.random.normal(0.0, xavier_std(shape, mode, gain), size=shape)


# One id on several functions replaces them together (one mistake spanning them): the same slip made in any one
# drawing function gets an id of its own.
@catalog.mistake("global_seed_in_xavier_uniform", "The same seed does not give the same draws: they do not come from a generator made "
                 "from this call's seed (the global generator, np.random.seed, or one made once and kept across "
                 "calls): make rng = np.random.default_rng(seed) in each call and draw from rng.")
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):  # noqa: F811
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return np.random.uniform(-a, a, size=shape)


@catalog.mistake("global_seed_in_he_normal", "The same seed does not give the same draws: they do not come from a generator made "
                 "from this call's seed (the global generator, np.random.seed, or one made once and kept across "
                 "calls): make rng = np.random.default_rng(seed) in each call and draw from rng.")
def he_normal(shape, seed):  # noqa: F811
    return np.random.normal(0.0, he_std(shape), size=shape)


@catalog.mistake("statistics_before_activation", "The statistics are taken before the activation; measure "
                 "h = act(h @ W), the layer's output.")
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h, means, variances = X, [], []
    for W in weights:
        z = h @ W
        means.append(z.mean())
        variances.append(z.var())
        h = acts[activation](z)
    return np.array(means), np.array(variances)
