"""Assignment a8 (the training pipeline), float64 NumPy (no torch: the grader imports it quickly).

Conventions, declared once:
- Images are (N, C, H, W). Random functions take an integer seed and draw from
  np.random.default_rng(seed); graders judge them by properties and statistics, not by the stream.
- random_crop: each image is zero-padded by `padding` on every side, then a size x size window is cut
  at an offset drawn uniformly and independently per image, rows and columns each in
  0 .. H + 2 * padding - size (inclusive).
- random_flip: each image is mirrored left-right (its last axis reversed) with probability p, independently.
- normalize_splits: statistics of the training split only, per pixel over the examples: "mean_image"
  subtracts the mean image; "standardize" also divides by the per-pixel standard deviation (biased) + eps.
- early_stopping: an epoch improves when its validation loss is below the best so far minus min_delta;
  training stops at the first epoch that ends `patience` epochs without improvement (else at the last
  epoch), and the weights of the best epoch up to then are restored (Keras's EarlyStopping with
  restore_best_weights, also when training runs to its end).
- Random search on a log scale: 10 ** U(log10 low, log10 high); a log grid: np.geomspace.
- Learning rate with linear warm-up then cosine decay (step counted from 0):
      step < warmup:  base_lr * (step + 1) / warmup
      after:          min_lr + (base_lr - min_lr) * (1 + cos(pi * (step - warmup) / (total - warmup))) / 2
  (torch: SequentialLR of LinearLR(start_factor=1 / warmup, total_iters=warmup - 1) and
  CosineAnnealingLR(T_max=total - warmup, eta_min=min_lr), milestone warmup).
- Update-to-weight ratio: ||lr * dW|| / ||W|| (Frobenius norms), about 1e-3 in a healthy run.
- train_softmax: softmax regression on flattened inputs, zero initial weights, plain mini-batch SGD
  (lr 0.1, batch 64, 20 epochs, each epoch a permutation from default_rng(seed)), with the inputs
  standardized by normalize_splits first when normalize is true; returns the logits of X_test.
"""
from __future__ import annotations

import math

import numpy as np

Array = np.ndarray


# ------------------------------------------------------------------ augmentation
def crop_offsets(n: int, height: int, width: int, size: int, padding: int, seed: int) -> Array:
    """The (n, 2) row and column offsets random_crop draws (in the padded image)."""
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, height + 2 * padding - size + 1, size=n)
    cols = rng.integers(0, width + 2 * padding - size + 1, size=n)
    return np.stack([rows, cols], axis=1)


def crop_at(x: Array, offsets: Array, size: int, padding: int) -> Array:
    """Each image of x zero-padded by padding, cut at its (row, col) offset."""
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    return np.stack([padded[i, :, r:r + size, c:c + size] for i, (r, c) in enumerate(offsets)])


def random_crop(x: Array, size: int, padding: int, seed: int) -> Array:
    """(N, C, size, size): a random window of each zero-padded image."""
    _, _, h, w = x.shape
    if size > h + 2 * padding or size > w + 2 * padding:
        raise ValueError(f"a {size} x {size} crop does not fit a {h} x {w} image padded by {padding}")
    return crop_at(x, crop_offsets(len(x), h, w, size, padding, seed), size, padding)


def find_offset(crop: Array, image: Array, padding: int) -> tuple[int, int] | None:
    """Where crop (C, s, s) lies in image (C, H, W) zero-padded by padding: the first (row, col) that
    matches exactly, or None when it is no window of it."""
    padded = np.pad(image, ((0, 0), (padding, padding), (padding, padding)))
    s_r, s_c = crop.shape[1:]
    for r in range(padded.shape[1] - s_r + 1):
        for c in range(padded.shape[2] - s_c + 1):
            if np.array_equal(padded[:, r:r + s_r, c:c + s_c], crop):
                return r, c
    return None


def random_flip(x: Array, p: float, seed: int) -> Array:
    """Each image mirrored left-right with probability p."""
    flip = np.random.default_rng(seed).random(len(x)) < p
    return np.where(flip[:, None, None, None], x[..., ::-1], x)


# ------------------------------------------------------------------ input normalization
def normalization_statistics(X_train: Array, mode: str = "standardize", eps: float = 1e-8) -> tuple[Array, Array]:
    """(mean image, divisor) of the training split: divisor std + eps for "standardize", ones for "mean_image"."""
    mean = X_train.mean(axis=0)
    if mode == "mean_image":
        return mean, np.ones_like(mean)
    if mode == "standardize":
        return mean, X_train.std(axis=0) + eps
    raise ValueError(f"mode must be 'mean_image' or 'standardize', got {mode!r}")


def normalize_splits(X_train: Array, X_test: Array, mode: str = "standardize", eps: float = 1e-8) -> tuple[Array, Array]:
    """Both splits normalized with the training split's statistics."""
    mean, divisor = normalization_statistics(X_train, mode, eps)
    return (X_train - mean) / divisor, (X_test - mean) / divisor


# ------------------------------------------------------------------ early stopping
def early_stopping(val_losses: Array, weights: Array, patience: int, min_delta: float = 0.0) -> tuple[int, Array]:
    """val_losses (E,) after each epoch, weights (E, ...) the snapshot after each epoch.
    Returns (the epoch training stops after, the restored weights: those of the best epoch up to it)."""
    best, best_epoch, wait = math.inf, 0, 0
    stop = len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                stop = epoch
                break
    return stop, weights[best_epoch].copy()


# ------------------------------------------------------------------ hyper-parameter search
def log_uniform(low: float, high: float, n: int, seed: int) -> Array:
    """n draws whose log10 is uniform on [log10 low, log10 high]."""
    return 10.0 ** np.random.default_rng(seed).uniform(math.log10(low), math.log10(high), size=n)


def log_grid(low: float, high: float, n: int) -> Array:
    """n values from low to high, equally spaced on a log scale (ends included)."""
    return np.geomspace(low, high, n)


# ------------------------------------------------------------------ schedules and diagnostics
def warmup_cosine_lr(step: int, base_lr: float, warmup_steps: int, total_steps: int, min_lr: float = 0.0) -> float:
    """The learning rate of step (from 0): linear warm-up over warmup_steps, then cosine decay to min_lr
    at total_steps."""
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress)) / 2.0


def update_ratio(W: Array, dW: Array, lr: float) -> float:
    """||lr * dW|| / ||W||: the size of an SGD update relative to the weights."""
    return float(np.linalg.norm(lr * dW) / np.linalg.norm(W))


def parameter_statistics(params: dict, grads: dict, lr: float) -> dict:
    """Per parameter name: [mean, std of the weights, mean, std of the gradient, update ratio]."""
    return {name: np.array([W.mean(), W.std(), grads[name].mean(), grads[name].std(), update_ratio(W, grads[name], lr)])
            for name, W in params.items()}


# ------------------------------------------------------------------ a training run
def load_digits(seed: int = 0, test_fraction: float = 0.3):
    """(X_train, y_train, X_test, y_test): scikit-learn's digits as (N, 1, 8, 8) float64 in [0, 1]."""
    from sklearn.datasets import load_digits as sk_digits

    data = sk_digits()
    X = data.images[:, None] / 16.0
    y = data.target.astype(np.int64)
    order = np.random.default_rng(seed).permutation(len(y))
    n_test = int(round(test_fraction * len(y)))
    test, train = order[:n_test], order[n_test:]
    return X[train], y[train], X[test], y[test]


def train_softmax(X_train: Array, y_train: Array, X_test: Array, normalize: bool = True, seed: int = 0,
                  lr: float = 0.1, epochs: int = 20, batch_size: int = 64) -> Array:
    """Softmax regression by mini-batch SGD (zero initial weights); logits (len(X_test), classes)."""
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch_size):
            idx = order[start:start + batch_size]
            scores = X[idx] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1.0
            probs /= len(idx)
            W -= lr * X[idx].T @ probs
            b -= lr * probs.sum(axis=0)
    return T @ W + b


def accuracy(logits: Array, y: Array) -> float:
    """Share of rows whose largest logit is the label; a row with NaN or Inf counts as wrong."""
    logits = np.asarray(logits, dtype=np.float64)
    finite = np.isfinite(logits).all(axis=1)
    return float(np.mean(finite & (np.where(finite[:, None], logits, 0.0).argmax(axis=1) == y)))
