"""Typical a8 mistakes. Each replaces one solution function (run in the solution's namespace)."""
import math

import numpy as np

from autograder.testing import Catalog

catalog = Catalog()


@catalog.helper
def _crop(x, size, padding, rows, cols, pad=True):
    N, C, H, W = x.shape
    p = padding if pad else 0
    padded = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    return np.stack([padded[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size] for i in range(N)])


@catalog.mistake("crop_without_padding", "The crop is cut from the image without its zero padding, so the "
                 "window never reaches past the border: pad by `padding` on each side first (np.pad), then draw "
                 "offsets from 0 to H + 2 * padding - size.")
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    return _crop(x, size, padding, rng.integers(0, H - size + 1, N), rng.integers(0, W - size + 1, N), pad=False)


@catalog.mistake("crop_offset_off_by_one", "The largest offset is never drawn: rng.integers excludes its upper "
                 "bound, so draw from rng.integers(0, H + 2 * padding - size + 1).")
def random_crop(x, size, padding, seed):  # noqa: F811
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    return _crop(x, size, padding, rng.integers(0, H + 2 * padding - size, N),
                 rng.integers(0, W + 2 * padding - size, N))


@catalog.mistake("crop_same_offset_for_batch", "One offset is drawn for the whole batch: each image gets its "
                 "own random window (draw N row and N column offsets).")
def random_crop(x, size, padding, seed):  # noqa: F811
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    r, c = rng.integers(0, H + 2 * padding - size + 1), rng.integers(0, W + 2 * padding - size + 1)
    return _crop(x, size, padding, np.full(N, r), np.full(N, c))


@catalog.mistake("crop_ignores_seed", "The same seed does not give the same crops: the offsets do not come from a "
                 "generator made from this call's seed (np.random's global generator, or one made once and kept): "
                 "draw from rng = np.random.default_rng(seed), made in each call, so that a seed reproduces its "
                 "crops.")
def random_crop(x, size, padding, seed):  # noqa: F811
    N, C, H, W = x.shape
    return _crop(x, size, padding, np.random.randint(0, H + 2 * padding - size + 1, N),
                 np.random.randint(0, W + 2 * padding - size + 1, N))


@catalog.mistake("flip_vertical", "The images are flipped upside down (axis 2, the rows); a horizontal flip "
                 "mirrors left-right: reverse the last axis, x[..., ::-1].")
def random_flip(x, p, seed):
    flip = np.random.default_rng(seed).random(x.shape[0]) < p
    out = x.copy()
    out[flip] = x[flip][:, :, ::-1]
    return out


@catalog.mistake("flip_whole_batch", "One coin is tossed for the whole batch: each image is flipped on its own, "
                 "with probability p.")
def random_flip(x, p, seed):  # noqa: F811
    return x[..., ::-1].copy() if np.random.default_rng(seed).random() < p else x.copy()


@catalog.mistake("flip_probability_inverted", "The images are flipped with probability 1 - p (kept with "
                 "probability p): flip where rng.random(N) < p.")
def random_flip(x, p, seed):  # noqa: F811
    flip = np.random.default_rng(seed).random(x.shape[0]) >= p
    out = x.copy()
    out[flip] = x[flip][..., ::-1]
    return out


@catalog.mistake("normalize_with_test_statistics", "The test split is normalized with its own statistics; "
                 "statistics come from the training split only and are applied to both (the test data stand for "
                 "data you have not seen yet).")
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    def norm(X):
        return X - X.mean(axis=0) if mode == "mean_image" else (X - X.mean(axis=0)) / (X.std(axis=0) + eps)
    return norm(X_train), norm(X_test)


@catalog.mistake("normalize_with_all_data_statistics", "The statistics are computed on the training and test "
                 "splits together; they come from the training split only (using the test split leaks it into "
                 "training).")
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):  # noqa: F811
    both = np.concatenate([X_train, X_test])
    mean = both.mean(axis=0)
    std = np.ones_like(mean) if mode == "mean_image" else both.std(axis=0) + eps
    return (X_train - mean) / std, (X_test - mean) / std


@catalog.mistake("statistics_per_channel", "The statistics are taken per channel (over the examples and the "
                 "pixels); here they are per pixel, over the examples only: X_train.mean(axis=0).")
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):  # noqa: F811
    axes = (0,) + tuple(range(2, X_train.ndim))
    mean = X_train.mean(axis=axes, keepdims=True)[0]
    std = np.ones_like(mean) if mode == "mean_image" else X_train.std(axis=axes, keepdims=True)[0] + eps
    return (X_train - mean) / std, (X_test - mean) / std


@catalog.helper
def _early_stopping(val_losses, weights, patience, min_delta, restore_last=False, late=0, previous=False,
                    delta=True):
    best, best_epoch, wait, last = math.inf, 0, 0, math.inf
    for epoch, loss in enumerate(val_losses):
        reference = last if previous else best
        if loss < reference - (min_delta if delta else 0.0):
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience + late:
                return epoch, weights[epoch if restore_last else best_epoch]
        last = loss
    return len(val_losses) - 1, weights[-1 if restore_last else best_epoch]


@catalog.mistake("early_stopping_keeps_last_weights", "The weights of the last epoch are returned; early "
                 "stopping restores those of the best epoch (keep a copy whenever the validation loss improves).")
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    return _early_stopping(val_losses, weights, patience, min_delta, restore_last=True)


@catalog.mistake("patience_off_by_one", "Training stops one epoch late: it stops after the epoch that ends "
                 "`patience` epochs in a row without improvement (wait >= patience), not after patience + 1.")
def early_stopping(val_losses, weights, patience, min_delta=0.0):  # noqa: F811
    return _early_stopping(val_losses, weights, patience, min_delta, late=1)


@catalog.mistake("improvement_against_previous_epoch", "An epoch is compared with the previous epoch; it "
                 "improves only when it beats the best validation loss so far (by min_delta), so a slow recovery "
                 "after a worse epoch does not reset the patience.")
def early_stopping(val_losses, weights, patience, min_delta=0.0):  # noqa: F811
    return _early_stopping(val_losses, weights, patience, min_delta, previous=True)


@catalog.mistake("min_delta_ignored", "min_delta is ignored: an improvement counts only when the loss falls "
                 "below the best by more than min_delta (loss < best - min_delta).")
def early_stopping(val_losses, weights, patience, min_delta=0.0):  # noqa: F811
    return _early_stopping(val_losses, weights, patience, min_delta, delta=False)


@catalog.mistake("uniform_not_log", "The draws are uniform between low and high, so almost all fall in the top "
                 "decade: draw the exponent uniformly, 10 ** rng.uniform(log10(low), log10(high)).")
def log_uniform(low, high, n, seed):
    return np.random.default_rng(seed).uniform(low, high, size=n)


@catalog.mistake("exponent_not_logged", "The exponent is drawn between low and high themselves; it lies "
                 "between their logarithms: 10 ** rng.uniform(np.log10(low), np.log10(high)).")
def log_uniform(low, high, n, seed):  # noqa: F811
    return 10 ** np.random.default_rng(seed).uniform(low, high, size=n)


@catalog.mistake("linear_grid", "The grid is spaced linearly (np.linspace); on a log scale consecutive values "
                 "have a constant ratio: np.geomspace(low, high, n).")
def log_grid(low, high, n):
    return np.linspace(low, high, n)


@catalog.mistake("warmup_starts_at_zero", "The warm-up starts at 0 (base_lr * step / warmup_steps), which wastes "
                 "a step and reaches base_lr one step late: use base_lr * (step + 1) / warmup_steps.")
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2


@catalog.mistake("cosine_ignores_warmup", "The cosine's progress counts from step 0; it starts after the "
                 "warm-up: t = (step - warmup_steps) / (total_steps - warmup_steps).")
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):  # noqa: F811
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * step / total_steps)) / 2


@catalog.mistake("min_lr_ignored", "The cosine decays to 0 instead of min_lr: min_lr + (base_lr - min_lr) * "
                 "(1 + cos(pi * t)) / 2.")
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):  # noqa: F811
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return base_lr * (1 + math.cos(math.pi * t)) / 2


@catalog.mistake("ratio_without_learning_rate", "The ratio compares the gradient with the weights; it compares "
                 "the update, lr * dW: ||lr * dW|| / ||W||.")
def update_ratio(W, dW, lr):
    return np.linalg.norm(dW) / np.linalg.norm(W)


@catalog.mistake("ratio_inverted", "The ratio is upside down: the update's norm over the weights' norm, "
                 "||lr * dW|| / ||W|| (about 1e-3 when the learning rate is right).")
def update_ratio(W, dW, lr):  # noqa: F811
    return np.linalg.norm(W) / np.linalg.norm(lr * dW)


@catalog.helper
def _train(X_train, y_train, X_test, normalize, seed, test_normalized=True, batch_max=False):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, normalized_test = normalize_splits(X, T, "standardize")
        T = normalized_test if test_normalized else T
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            scores = X[idx] @ W + b
            scores = scores - (scores.max() if batch_max else scores.max(axis=1, keepdims=True))
            with np.errstate(invalid="ignore", divide="ignore"):
                probs = np.exp(scores)
                probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b


@catalog.mistake("test_split_not_normalized", "Only the training split is normalized; the test split must go "
                 "through the same normalization (the training split's statistics), else the model sees inputs "
                 "in other units than it learned on.")
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):  # noqa: F811
    return _train(X_train, y_train, X_test, normalize, seed, test_normalized=False)


@catalog.mistake("softmax_shifted_by_batch_max", "The scores are shifted by the largest score of the whole batch "
                 "before np.exp; each row needs its own maximum (scores.max(axis=1, keepdims=True)): rows far "
                 "below it underflow to 0 and give 0 / 0.")
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):  # noqa: F811
    return _train(X_train, y_train, X_test, normalize, seed, batch_max=True)


@catalog.mistake("log_grid_bounds_as_exponents", "np.logspace(low, high, n) runs from 10**low to 10**high: the "
                 "bounds are exponents there. Space the logarithms: np.exp(np.linspace(np.log(low), np.log(high), n)) "
                 "or np.logspace(np.log10(low), np.log10(high), n).")
def log_grid(low, high, n):  # noqa: F811
    return np.logspace(low, high, n)
