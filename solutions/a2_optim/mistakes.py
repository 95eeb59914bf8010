"""Typical a2 mistakes. Each replaces one solution function; feedback names the match."""
import numpy as np

from autograder.testing import Catalog

catalog = Catalog()


@catalog.mistake("adam_no_bias_correction", "Adam without bias correction: divide m by (1 - beta1**t) and "
                 "v by (1 - beta2**t) before the update, or the first steps are far too small.")
def adam(w, dw, config=None):
    config = dict(config or {})
    for key, value in (("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8)):
        config.setdefault(key, value)
    g = _gradient(w, dw, config)
    config["t"] = config.get("t", 0) + 1
    config["m"] = config["beta1"] * config.get("m", np.zeros_like(w)) + (1 - config["beta1"]) * g
    config["v"] = config["beta2"] * config.get("v", np.zeros_like(w)) + (1 - config["beta2"]) * g ** 2
    return w - config["learning_rate"] * config["m"] / (np.sqrt(config["v"]) + config["epsilon"]), config


@catalog.mistake("adam_t_incremented_after_use", "Adam uses the step count t before incrementing it: the "
                 "first step then divides by 1 - beta**0 = 0. Increment t first.")
def adam(w, dw, config=None):  # noqa: F811
    config = dict(config or {})
    for key, value in (("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8)):
        config.setdefault(key, value)
    b1, b2, g = config["beta1"], config["beta2"], _gradient(w, dw, config)
    t = config.get("t", 0)
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g ** 2
    next_w = w - config["learning_rate"] * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + config["epsilon"])
    config.update(t=t + 1, m=m, v=v)
    return next_w, config


@catalog.mistake("adam_moments_not_stored", "Adam's moments m and v are not stored in config, so every "
                 "step starts from zero moments: save them in config and return it.")
def adam(w, dw, config=None):  # noqa: F811
    config = dict(config or {})
    for key, value in (("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8)):
        config.setdefault(key, value)
    b1, b2, g = config["beta1"], config["beta2"], _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = (1 - b1) * g
    v = (1 - b2) * g ** 2
    config["t"] = t
    return w - config["learning_rate"] * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + config["epsilon"]), config


@catalog.mistake("momentum_sign_flipped", "The momentum update climbs the gradient: it must be "
                 "v = momentum * v - learning_rate * dw, then w + v (a step downhill).")
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config["momentum"] * config.get("velocity", np.zeros_like(w)) + config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    return w + v, config


@catalog.mistake("velocity_not_stored", "The velocity is not stored in config, so momentum never builds "
                 "up: put v in config['velocity'] and return config.")
def sgd_momentum(w, dw, config=None):  # noqa: F811
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config["momentum"] * config.get("velocity", np.zeros_like(w)) - config["learning_rate"] * _gradient(w, dw, config)
    return w + v, config


@catalog.mistake("rmsprop_without_decay", "RMSProp accumulates squared gradients without decay (that is "
                 "Adagrad): use cache = decay_rate * cache + (1 - decay_rate) * dw**2.")
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    config["cache"] = config.get("cache", np.zeros_like(w)) + g ** 2
    return w - config["learning_rate"] * g / (np.sqrt(config["cache"]) + config["epsilon"]), config


@catalog.mistake("step_lr_off_by_one", "The step schedule decays one step early: at 0-based step s the "
                 "rate is base_lr * gamma**(s // step_size).")
def step_lr(base_lr, step, step_size, gamma=0.1):
    return base_lr * gamma ** ((step + 1) // step_size)


@catalog.mistake("cosine_lr_off_by_one", "The cosine schedule is shifted by one step: step 0 must give "
                 "base_lr and step total_steps must give min_lr.")
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * (step + 1) / total_steps)) / 2


@catalog.mistake("shuffled_once", "The rows are shuffled once for all epochs: draw a new "
                 "rng.permutation(N) at the start of every epoch.")
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = w0.astype(float).copy()
    path = []
    order = rng.permutation(X.shape[0])
    for _ in range(epochs):
        for start in range(0, X.shape[0], batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)


@catalog.mistake("nesterov_as_plain_momentum", "nesterov_momentum performs the plain momentum update; the "
                 "Nesterov step is w - momentum * v_prev + (1 + momentum) * v.")
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config["momentum"] * config.get("velocity", np.zeros_like(w)) - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    return w + v, config
