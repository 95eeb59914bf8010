"""Assignment 2: gradient descent variants.

Every update rule has the same signature:

    next_w, config = rule(w, dw, config)

`config` is a dict with the hyperparameters (missing ones take the defaults given in
each docstring) and the rule's state (velocity, moments, step count...). Store the state
in `config` and return it: the grader passes it back on the next call and compares your
weights over many steps. Do not modify `w` in place. Every rule also accepts
`config["weight_decay"]` (default 0): L2 decay added to the gradient, dw + weight_decay * w.

Check your work with:  autograder check a2_optim optim.py
"""
import math

import numpy as np


def _gradient(w, dw, config):
    """dw with L2 weight decay added (provided, use it in every rule)."""
    return dw + config.get("weight_decay", 0.0) * w


def sgd(w, dw, config=None):
    """Vanilla SGD: w - learning_rate * dw.  Defaults: learning_rate 1e-2."""
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    # YOUR CODE HERE
    raise NotImplementedError("sgd is not written yet")
    return next_w, config


def sgd_momentum(w, dw, config=None):
    """SGD with momentum: v = momentum * v - learning_rate * dw; next_w = w + v.

    Defaults: learning_rate 1e-2, momentum 0.9; the velocity starts at zero.
    """
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    # YOUR CODE HERE
    raise NotImplementedError("sgd_momentum is not written yet")
    return next_w, config


def nesterov_momentum(w, dw, config=None):
    """Nesterov momentum: v_prev = v; v = momentum * v - lr * dw; next_w = w - momentum * v_prev + (1 + momentum) * v.

    Defaults as sgd_momentum.
    """
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    # YOUR CODE HERE
    raise NotImplementedError("nesterov_momentum is not written yet")
    return next_w, config


def adagrad(w, dw, config=None):
    """Adagrad: cache += dw**2; next_w = w - lr * dw / (sqrt(cache) + epsilon).

    Defaults: learning_rate 1e-2, epsilon 1e-10; the cache starts at zero.
    """
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    # YOUR CODE HERE
    raise NotImplementedError("adagrad is not written yet")
    return next_w, config


def rmsprop(w, dw, config=None):
    """RMSProp: cache = decay_rate * cache + (1 - decay_rate) * dw**2; next_w = w - lr * dw / (sqrt(cache) + epsilon).

    Defaults: learning_rate 1e-2, decay_rate 0.99, epsilon 1e-8.
    """
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    # YOUR CODE HERE
    raise NotImplementedError("rmsprop is not written yet")
    return next_w, config


def adadelta(w, dw, config=None):
    """Adadelta (Zeiler 2012), with accumulators acc_grad and acc_delta starting at zero:

        acc_grad = rho * acc_grad + (1 - rho) * dw**2
        step = sqrt(acc_delta + epsilon) / sqrt(acc_grad + epsilon) * dw
        acc_delta = rho * acc_delta + (1 - rho) * step**2
        next_w = w - learning_rate * step

    Defaults: learning_rate 1.0, rho 0.9, epsilon 1e-6.
    """
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    # YOUR CODE HERE
    raise NotImplementedError("adadelta is not written yet")
    return next_w, config


def adam(w, dw, config=None):
    """Adam with bias correction. The step count t starts at 0 and is incremented before use:

        t += 1; m = beta1 m + (1 - beta1) dw; v = beta2 v + (1 - beta2) dw**2
        m_hat = m / (1 - beta1**t); v_hat = v / (1 - beta2**t)
        next_w = w - learning_rate * m_hat / (sqrt(v_hat) + epsilon)

    Defaults: learning_rate 1e-3, beta1 0.9, beta2 0.999, epsilon 1e-8.
    """
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    # YOUR CODE HERE
    raise NotImplementedError("adam is not written yet")
    return next_w, config


def step_lr(base_lr, step, step_size, gamma=0.1):
    """Learning rate at 0-based `step`: base_lr multiplied by gamma once every step_size steps."""
    # YOUR CODE HERE
    raise NotImplementedError("step_lr is not written yet")


def exponential_lr(base_lr, step, gamma):
    """Learning rate at 0-based `step`: base_lr * gamma**step."""
    # YOUR CODE HERE
    raise NotImplementedError("exponential_lr is not written yet")


def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    """Cosine annealing from base_lr (step 0) to min_lr (step total_steps)."""
    # YOUR CODE HERE
    raise NotImplementedError("cosine_lr is not written yet")


def newton_step(w, grad, hessian):
    """One Newton step w - H^-1 grad (solve the linear system; do not invert H)."""
    # YOUR CODE HERE
    raise NotImplementedError("newton_step is not written yet")


def linear_regression_gradient(w, X, y):
    """Gradient of the mean squared error mean((X w - y)**2) with respect to w: shape (D,)."""
    # YOUR CODE HERE
    raise NotImplementedError("linear_regression_gradient is not written yet")


def gradient_descent(X, y, w0, learning_rate, steps):
    """Full-batch gradient descent on that MSE from w0; return the weights after each step, shape (steps, D)."""
    # YOUR CODE HERE
    raise NotImplementedError("gradient_descent is not written yet")


def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    """Mini-batch SGD on that MSE; return the weights after each update, shape (updates, D).

    Create rng = np.random.default_rng(seed) once. Each epoch, visit the rows in the order
    rng.permutation(N), in consecutive batches of batch_size rows (the last may be shorter).
    """
    # YOUR CODE HERE
    raise NotImplementedError("minibatch_sgd is not written yet")


def gradient_noise_std(step, eta=0.3, gamma=0.55):
    """Standard deviation of annealed gradient noise at `step`: variance eta / (1 + step)**gamma."""
    # YOUR CODE HERE
    raise NotImplementedError("gradient_noise_std is not written yet")
