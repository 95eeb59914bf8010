"""Assignment 8: the training pipeline.

NumPy only. Images are (N, C, H, W). Functions that draw random numbers take an integer seed and draw
from rng = np.random.default_rng(seed) (any of its methods), so that the same seed gives the same
result; they are graded by their properties and statistics, not by the exact numbers drawn.

- random_crop: zero-pad each image by `padding` pixels on every side, then cut a size x size window at
  a random offset, drawn uniformly and independently for each image: rows and columns each from
  0 to H + 2 * padding - size inclusive (in the padded image).
- random_flip: mirror each image left-right (reverse its last axis) with probability p, independently.
- normalize_splits: statistics come from the training split only, per pixel (over the examples) and
  are applied to both splits. "mean_image" subtracts the mean image; "standardize" also divides by
  the per-pixel standard deviation (np.std, biased) plus eps.
- early_stopping: an epoch improves when its validation loss is below the best so far minus
  min_delta. Training stops after the first epoch that ends `patience` epochs in a row without an
  improvement, or after the last epoch; the weights of the best epoch up to then are restored.
- log_uniform / log_grid: random search and grid search on a log scale (for learning rates, weight decay).
- warmup_cosine_lr: linear warm-up, then cosine decay (see its docstring).
- update_ratio: ||lr * dW|| / ||W||, the size of an SGD update relative to the weights (about 1e-3 in a
  healthy run: much smaller, the learning rate is too low; much larger, too high).
- train_and_predict: a short training run with your normalization (see its docstring). The grader
  trains it twice, with and without normalization, on inputs in uncalibrated units, and computes the
  accuracy itself on labels your code never sees.

Check your work with:  autograder check a8_pipeline pipeline.py
"""
import math

import numpy as np


def random_crop(x, size, padding, seed):
    """x (N, C, H, W). Returns (N, C, size, size): a random size x size window of each image zero-padded by
    `padding` pixels on each side, at an offset drawn independently per image."""
    ### BEGIN SOLUTION
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rng.integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        out[i] = padded[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size]
    return out
    ### END SOLUTION


def random_flip(x, p, seed):
    """x (N, C, H, W). Returns x with each image mirrored left-right with probability p."""
    ### BEGIN SOLUTION
    flip = np.random.default_rng(seed).random(x.shape[0]) < p
    out = x.copy()
    out[flip] = x[flip][..., ::-1]
    return out
    ### END SOLUTION


def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    """X_train (N, ...), X_test (M, ...). Returns (X_train, X_test) normalized with the statistics of
    X_train per pixel: mode "mean_image" subtracts the mean image, "standardize" computes
    (X - mean) / (std + eps)."""
    ### BEGIN SOLUTION
    mean = X_train.mean(axis=0)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = X_train.std(axis=0) + eps
    return (X_train - mean) / std, (X_test - mean) / std
    ### END SOLUTION


def early_stopping(val_losses, weights, patience, min_delta=0.0):
    """val_losses (E,): the validation loss after each epoch; weights (E, ...): the weights after each epoch.
    Returns (stop_epoch, restored_weights): the epoch (from 0) after which training stops, and the weights
    of the best epoch up to it."""
    ### BEGIN SOLUTION
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
    ### END SOLUTION


def log_uniform(low, high, n, seed):
    """n random values between low and high whose log is uniformly distributed (random search)."""
    ### BEGIN SOLUTION
    return 10 ** np.random.default_rng(seed).uniform(np.log10(low), np.log10(high), size=n)
    ### END SOLUTION


def log_grid(low, high, n):
    """n values from low to high (both included), equally spaced on a log scale (grid search)."""
    ### BEGIN SOLUTION
    return np.exp(np.linspace(np.log(low), np.log(high), n))
    ### END SOLUTION


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    """The learning rate at step (counted from 0):
    - warm-up, step < warmup_steps: base_lr * (step + 1) / warmup_steps;
    - then min_lr + (base_lr - min_lr) * (1 + cos(pi * t)) / 2 with t = (step - warmup_steps) / (total_steps - warmup_steps).
    """
    ### BEGIN SOLUTION
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
    ### END SOLUTION


def update_ratio(W, dW, lr):
    """The update-to-weight ratio of an SGD step: ||lr * dW|| / ||W|| (Frobenius norms)."""
    ### BEGIN SOLUTION
    return np.linalg.norm(lr * dW) / np.linalg.norm(W)
    ### END SOLUTION


def parameter_statistics(params, grads, lr):
    """params, grads: dicts of arrays with the same keys. Returns a dict with the same keys, each an array
    [mean of the weights, their std, mean of the gradient, its std, update_ratio] (np.mean, np.std)."""
    ### BEGIN SOLUTION
    return {k: np.array([W.mean(), W.std(), grads[k].mean(), grads[k].std(), update_ratio(W, grads[k], lr)])
            for k, W in params.items()}
    ### END SOLUTION


def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    """Softmax regression trained by mini-batch SGD; returns the logits of X_test (M, classes).

    Flatten the inputs to (N, D); when normalize is true, standardize both with normalize_splits.
    Start from W = zeros (D, classes), b = zeros (classes,), classes = y_train.max() + 1. For 20 epochs,
    visit the training rows in the order rng.permutation(N) (rng = np.random.default_rng(seed), one
    permutation per epoch) in mini-batches of 64 (the last one smaller), and take an SGD step of learning
    rate 0.1 on the batch's mean softmax cross-entropy. Return X_test @ W + b.
    """
    ### BEGIN SOLUTION
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            scores = X[idx] @ W + b
            scores = scores - scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
    ### END SOLUTION
