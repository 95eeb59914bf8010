"""A student's a8 with two typical mistakes, written their own way and with their own random stream:
the crop is cut from the unpadded image, and the test split is standardized with its own statistics.
Everything else is right (the alternative's code)."""
import numpy as np


def random_crop(x, size, padding, seed):
    rng = np.random.default_rng(seed)
    n, _, h, w = x.shape
    out = np.zeros((n, x.shape[1], size, size))
    for i in range(n):
        r, c = rng.integers(h - size + 1), rng.integers(w - size + 1)
        out[i] = x[i, :, r:r + size, c:c + size]
    return out


def random_flip(x, p, seed):
    coins = np.random.default_rng(seed).binomial(1, p, size=len(x)).astype(bool)
    return np.where(coins.reshape(-1, 1, 1, 1), np.flip(x, axis=-1), x)


def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    def scale(X):
        X = X - X.mean(axis=0)
        return X if mode == "mean_image" else X / (X.std(axis=0) + eps)
    return scale(X_train), scale(X_test)


def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_epoch = 0
    for epoch in range(1, len(val_losses) + 1):
        if epoch < len(val_losses) and val_losses[epoch] < val_losses[best_epoch] - min_delta:
            best_epoch = epoch
        elif epoch - best_epoch >= patience or epoch == len(val_losses):
            return min(epoch, len(val_losses) - 1), np.copy(weights[best_epoch])


def log_uniform(low, high, n, seed):
    return np.exp(np.random.default_rng(seed).uniform(np.log(low), np.log(high), n))


def log_grid(low, high, n):
    return 10.0 ** np.linspace(np.log10(low), np.log10(high), n)


def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return (step + 1) / warmup_steps * base_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + np.cos(np.pi * progress))


def update_ratio(W, dW, lr):
    return float(np.sqrt(np.sum((lr * dW) ** 2) / np.sum(W ** 2)))


def parameter_statistics(params, grads, lr):
    stats = {}
    for name in params:
        w, g = params[name], grads[name]
        stats[name] = np.array([np.mean(w), np.std(w), np.mean(g), np.std(g), update_ratio(w, g, lr)])
    return stats


def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X, T = X_train.reshape(X_train.shape[0], -1), X_test.reshape(X_test.shape[0], -1)
    if normalize:
        X, T = normalize_splits(X, T)
    k = y_train.max() + 1
    W, b = np.zeros((X.shape[1], k)), np.zeros(k)
    onehot = np.eye(k)[y_train]
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        perm = rng.permutation(X.shape[0])
        for batch in np.array_split(perm, np.arange(64, len(perm), 64)):
            scores = X[batch] @ W + b
            probs = np.exp(scores - np.logaddexp.reduce(scores, axis=1, keepdims=True))
            grad = (probs - onehot[batch]) / len(batch)
            W = W - 0.1 * X[batch].T @ grad
            b = b - 0.1 * grad.sum(axis=0)
    return T @ W + b
