"""Assignment a2 (gradient descent variants): update rules, schedules and solvers, float64 NumPy.

Update rules follow one convention: ``rule(w, dw, config) -> (next_w, config)``. ``config``
holds the hyperparameters and the rule's state (velocity, moments, step count) and is
returned for the next call. ``weight_decay`` (L2, added to the gradient as torch does)
is accepted by every rule.

Mapping to torch.optim (tested in tests/test_reference_optim.py):
- momentum: here v = mu v - lr dw; w += v.  torch keeps buf = mu buf + dw; w -= lr buf.
  With a constant lr, v = -lr buf: the weight trajectories are identical.
- Nesterov: here w += -mu v_prev + (1 + mu) v (CS231n form); torch w -= lr (dw + mu buf).
  Both equal w + v + mu (v - v_prev): identical trajectories.
- Adagrad, RMSprop, Adadelta, Adam: the same formulas as torch (eps placement included).
"""
from __future__ import annotations

import math

import numpy as np

Array = np.ndarray


def _grad(w: Array, dw: Array, config: dict) -> Array:
    """The gradient with L2 weight decay folded in."""
    wd = config.get("weight_decay", 0.0)
    return dw + wd * w if wd else dw


def sgd(w: Array, dw: Array, config: dict | None = None) -> tuple[Array, dict]:
    """w - lr * dw.  config: learning_rate (1e-2), weight_decay (0)."""
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    return w - config["learning_rate"] * _grad(w, dw, config), config


def sgd_momentum(w: Array, dw: Array, config: dict | None = None) -> tuple[Array, dict]:
    """v = momentum * v - lr * dw; w + v.  config: learning_rate (1e-2), momentum (0.9), velocity."""
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _grad(w, dw, config)
    config["velocity"] = v
    return w + v, config


def nesterov_momentum(w: Array, dw: Array, config: dict | None = None) -> tuple[Array, dict]:
    """v_prev = v; v = mu v - lr dw; w - mu v_prev + (1 + mu) v.  Same config as sgd_momentum."""
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu = config["momentum"]
    v_prev = config.get("velocity", np.zeros_like(w))
    v = mu * v_prev - config["learning_rate"] * _grad(w, dw, config)
    config["velocity"] = v
    return w - mu * v_prev + (1 + mu) * v, config


def adagrad(w: Array, dw: Array, config: dict | None = None) -> tuple[Array, dict]:
    """cache += dw^2; w - lr dw / (sqrt(cache) + eps).  config: learning_rate (1e-2), epsilon (1e-10), cache."""
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _grad(w, dw, config)
    cache = config.get("cache", np.zeros_like(w)) + g * g
    config["cache"] = cache
    return w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"]), config


def rmsprop(w: Array, dw: Array, config: dict | None = None) -> tuple[Array, dict]:
    """cache = decay cache + (1 - decay) dw^2; w - lr dw / (sqrt(cache) + eps).

    config: learning_rate (1e-2), decay_rate (0.99), epsilon (1e-8), cache.
    """
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _grad(w, dw, config)
    rho = config["decay_rate"]
    cache = rho * config.get("cache", np.zeros_like(w)) + (1 - rho) * g * g
    config["cache"] = cache
    return w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"]), config


def adadelta(w: Array, dw: Array, config: dict | None = None) -> tuple[Array, dict]:
    """Zeiler's Adadelta: step = sqrt(acc_delta + eps) / sqrt(acc_grad + eps) * dw; w - lr step.

    config: learning_rate (1.0), rho (0.9), epsilon (1e-6), acc_grad, acc_delta.
    """
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _grad(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g * g
    step = np.sqrt(config.get("acc_delta", np.zeros_like(w)) + eps) / np.sqrt(acc_grad + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * config.get("acc_delta", np.zeros_like(w)) + (1 - rho) * step * step
    return w - config["learning_rate"] * step, config


def adam(w: Array, dw: Array, config: dict | None = None) -> tuple[Array, dict]:
    """Adam with bias correction; t counts steps and is incremented before use.

    config: learning_rate (1e-3), beta1 (0.9), beta2 (0.999), epsilon (1e-8), m, v, t.
    """
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _grad(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    config.update(m=m, v=v, t=t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config


# ------------------------------------------------------------- schedules
def step_lr(base_lr: float, step: int, step_size: int, gamma: float = 0.1) -> float:
    """lr at (0-based) step: base_lr * gamma ** (step // step_size) (torch StepLR)."""
    return base_lr * gamma ** (step // step_size)


def exponential_lr(base_lr: float, step: int, gamma: float) -> float:
    """base_lr * gamma ** step (torch ExponentialLR)."""
    return base_lr * gamma ** step


def cosine_lr(base_lr: float, step: int, total_steps: int, min_lr: float = 0.0) -> float:
    """min_lr + (base_lr - min_lr) (1 + cos(pi step / total_steps)) / 2 (torch CosineAnnealingLR, T_max=total_steps)."""
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * step / total_steps)) / 2


# ---------------------------------------------------- solvers on data
def newton_step(w: Array, grad: Array, hessian: Array) -> Array:
    """w - H^{-1} grad, solved without forming the inverse.  w, grad: (D,), hessian: (D, D)."""
    return w - np.linalg.solve(hessian, grad)


def linear_regression_gradient(w: Array, X: Array, y: Array) -> Array:
    """Gradient of the mean squared error mean((X w - y)^2): 2 X^T (X w - y) / N."""
    return 2.0 * X.T @ (X @ w - y) / X.shape[0]


def gradient_descent(X: Array, y: Array, w0: Array, learning_rate: float, steps: int) -> Array:
    """Full-batch GD on the MSE of a linear model; returns the weights after each step (steps, D)."""
    w = w0.astype(np.float64).copy()
    out = []
    for _ in range(steps):
        w = w - learning_rate * linear_regression_gradient(w, X, y)
        out.append(w.copy())
    return np.array(out)


def minibatch_sgd(X: Array, y: Array, w0: Array, learning_rate: float, batch_size: int, epochs: int,
                  seed: int) -> Array:
    """Mini-batch SGD on the MSE of a linear model; returns the weights after each update (updates, D).

    Each epoch visits the rows in the order rng.permutation(N), with rng = np.random.default_rng(seed)
    created once; batches are consecutive slices of batch_size rows (the last may be shorter).
    batch_size = 1 is plain SGD.
    """
    rng = np.random.default_rng(seed)
    w = w0.astype(np.float64).copy()
    out = []
    n = X.shape[0]
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            out.append(w.copy())
    return np.array(out)


def gradient_noise_std(step: int, eta: float = 0.3, gamma: float = 0.55) -> float:
    """Std of annealed Gaussian gradient noise: sigma_t^2 = eta / (1 + t)^gamma (Neelakantan et al.)."""
    return math.sqrt(eta / (1 + step) ** gamma)
