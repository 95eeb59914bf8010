"""reference.pipeline against torch: crops cut by F.pad and slicing, flips by torch.flip, statistics by
torch's mean/std, the warm-up and cosine schedule by torch's own schedulers, log-uniform draws against
torch's log-uniform distribution (a Uniform through an ExpTransform), norms by torch.linalg, the training
run by the same SGD written with torch autograd. Early stopping (torch has none) against Keras's
documented rule, written as a second, independent implementation."""
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from reference import pipeline as ref


@pytest.fixture
def rng():
    return np.random.default_rng(11)


# ------------------------------------------------------------------ augmentation
def test_random_crop_is_torch_pad_and_slice_at_uniform_offsets(rng):
    x = rng.uniform(0.5, 1.5, size=(2000, 2, 12, 12))
    crops = ref.random_crop(x, 10, 2, seed=3)
    offsets = ref.crop_offsets(2000, 12, 12, 10, 2, seed=3)
    padded = F.pad(torch.tensor(x), (2, 2, 2, 2))
    for i in (0, 1, 500, 1999):
        r, c = offsets[i]
        np.testing.assert_array_equal(crops[i], padded[i, :, r:r + 10, c:c + 10].numpy())
        assert ref.find_offset(crops[i], x[i], 2) == (r, c)
    for axis in (0, 1):  # every offset 0..6 equally likely: a chi-square test at the 1e-4 level
        counts = np.bincount(offsets[:, axis], minlength=7)
        chi2 = ((counts - 2000 / 7) ** 2 / (2000 / 7)).sum()
        assert chi2 < 27.9  # the 1 - 1e-4 quantile of chi-square with 6 degrees of freedom
    np.testing.assert_array_equal(crops, ref.random_crop(x, 10, 2, seed=3))
    assert not np.array_equal(crops, ref.random_crop(x, 10, 2, seed=4))
    assert ref.find_offset(crops[0] + 1.0, x[0], 2) is None
    with pytest.raises(ValueError):
        ref.random_crop(x, 17, 2, seed=0)


def test_random_flip_is_torch_flip_at_rate_p(rng):
    x = rng.normal(size=(4000, 3, 4, 5))
    out = ref.random_flip(x, 0.3, seed=2)
    mirrored = torch.flip(torch.tensor(x), dims=[3]).numpy()
    flipped = np.array([np.array_equal(o, m) for o, m in zip(out, mirrored)])
    kept = np.array([np.array_equal(o, a) for o, a in zip(out, x)])
    assert np.all(flipped ^ kept)
    assert abs(flipped.mean() - 0.3) < 5 * math.sqrt(0.3 * 0.7 / 4000)


# ------------------------------------------------------------------ normalization
@pytest.mark.parametrize("mode", ["mean_image", "standardize"])
def test_normalize_splits_uses_the_training_statistics(rng, mode):
    X_train = rng.normal(3.0, 2.0, size=(50, 2, 3, 3)) * rng.uniform(1, 10, size=(2, 3, 3))
    X_test = rng.normal(-1.0, 1.0, size=(20, 2, 3, 3))
    train, test = ref.normalize_splits(X_train, X_test, mode)
    tt = torch.tensor(X_train)
    mean = tt.mean(dim=0)
    divisor = tt.std(dim=0, unbiased=False) + 1e-8 if mode == "standardize" else torch.ones_like(mean)
    np.testing.assert_allclose(train, ((tt - mean) / divisor).numpy(), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(test, ((torch.tensor(X_test) - mean) / divisor).numpy(), rtol=1e-12, atol=1e-12)
    if mode == "standardize":
        np.testing.assert_allclose(train.mean(axis=0), 0, atol=1e-12)
        np.testing.assert_allclose(train.std(axis=0), 1, atol=1e-8)
    with pytest.raises(ValueError):
        ref.normalize_splits(X_train, X_test, "per_channel")


def test_a_constant_pixel_stays_zero():
    X = np.ones((5, 1, 2, 2))
    X[:, 0, 0, 0] = np.arange(5)
    train, test = ref.normalize_splits(X, X[:2])
    assert np.isfinite(train).all() and np.all(train[:, 0, 1:, :] == 0) and np.all(test[:, 0, 1, 1] == 0)


# ------------------------------------------------------------------ early stopping
def keras_early_stopping(val_losses, weights, patience, min_delta=0.0):
    """Keras's EarlyStopping(mode="min", patience, min_delta, restore_best_weights=True) as its
    documentation states it: improvement when current < best - min_delta; wait counts epochs without
    one and training stops once wait >= patience; the best weights are restored (here also at the end)."""
    best_value = np.inf
    best_weights = None
    wait = 0
    for epoch in range(len(val_losses)):
        current = val_losses[epoch]
        if np.less(current + min_delta, best_value):
            best_value, best_weights, wait = current, weights[epoch], 0
            continue
        wait += 1
        if wait >= patience:
            return epoch, best_weights
    return len(val_losses) - 1, best_weights


@pytest.mark.parametrize("patience,min_delta", [(1, 0.0), (3, 0.0), (2, 0.05), (5, 0.01)])
def test_early_stopping_follows_keras(rng, patience, min_delta):
    for _ in range(200):
        losses = 1.0 / np.arange(1, 16) + rng.normal(0, 0.03, 15)
        weights = rng.normal(size=(15, 3))
        stop, restored = ref.early_stopping(losses, weights, patience, min_delta)
        kstop, kweights = keras_early_stopping(losses, weights, patience, min_delta)
        assert stop == kstop
        np.testing.assert_array_equal(restored, kweights)


def test_early_stopping_a_tie_is_no_improvement():
    losses, weights = np.array([1.0, 1.0, 1.1, 1.2]), np.arange(4.0)[:, None]
    stop, restored = ref.early_stopping(losses, weights, 2)
    assert stop == 2 and restored[0] == 0.0


# ------------------------------------------------------------------ search
def test_log_uniform_has_torchs_log_uniform_distribution():
    low, high, n = 1e-5, 1e-1, 20000
    draws = np.sort(ref.log_uniform(low, high, n, seed=0))
    assert draws.min() >= low and draws.max() <= high
    log_uniform = torch.distributions.TransformedDistribution(
        torch.distributions.Uniform(torch.tensor(math.log(low), dtype=torch.float64),
                                    torch.tensor(math.log(high), dtype=torch.float64)),
        torch.distributions.transforms.ExpTransform())
    cdf = log_uniform.cdf(torch.tensor(draws)).numpy()
    ks = np.max(np.maximum(np.arange(1, n + 1) / n - cdf, cdf - np.arange(n) / n))
    assert ks < 1.95 / math.sqrt(n)  # Kolmogorov-Smirnov at the 0.001 level
    torch.manual_seed(0)
    theirs = np.sort(log_uniform.sample((n,)).numpy())
    assert np.max(np.abs(np.searchsorted(draws, theirs) / n - np.arange(n) / n)) < 2 * 1.95 / math.sqrt(n)
    np.testing.assert_array_equal(ref.log_uniform(low, high, 5, seed=1), ref.log_uniform(low, high, 5, seed=1))


def test_log_grid_is_torch_logspace():
    np.testing.assert_allclose(ref.log_grid(1e-5, 1e-2, 7), torch.logspace(-5, -2, 7, dtype=torch.float64).numpy(),
                               rtol=1e-12)


# ------------------------------------------------------------------ schedules and diagnostics
@pytest.mark.parametrize("warmup,total,min_lr", [(5, 30, 0.002), (1, 10, 0.0), (4, 40, 0.01)])
def test_warmup_cosine_matches_torch_schedulers(warmup, total, min_lr):
    base = 0.1
    opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=base)
    warm = (torch.optim.lr_scheduler.LinearLR(opt, start_factor=1 / warmup, total_iters=warmup - 1) if warmup > 1
            else torch.optim.lr_scheduler.ConstantLR(opt, factor=1.0, total_iters=1))  # one step at base_lr
    cosine = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total - warmup, eta_min=min_lr)
    sched = torch.optim.lr_scheduler.SequentialLR(opt, [warm, cosine], milestones=[warmup])
    for step in range(total):
        assert ref.warmup_cosine_lr(step, base, warmup, total, min_lr) == pytest.approx(opt.param_groups[0]["lr"],
                                                                                          rel=1e-9, abs=1e-15)
        opt.step()
        sched.step()


def test_update_ratio_and_parameter_statistics_match_torch(rng):
    model = torch.nn.Sequential(torch.nn.Linear(6, 5), torch.nn.ReLU(), torch.nn.Linear(5, 3)).double()
    F.cross_entropy(model(torch.tensor(rng.normal(size=(8, 6)))), torch.tensor(rng.integers(0, 3, 8))).backward()
    params = {n: p.detach().numpy().copy() for n, p in model.named_parameters()}
    grads = {n: p.grad.numpy().copy() for n, p in model.named_parameters()}
    stats = ref.parameter_statistics(params, grads, 1e-2)
    for name, p in model.named_parameters():
        ratio = (torch.linalg.norm(1e-2 * p.grad) / torch.linalg.norm(p.detach())).item()
        assert ref.update_ratio(params[name], grads[name], 1e-2) == pytest.approx(ratio, rel=1e-12)
        expected = [p.mean().item(), p.std(unbiased=False).item(), p.grad.mean().item(),
                    p.grad.std(unbiased=False).item(), ratio]
        np.testing.assert_allclose(stats[name], expected, rtol=1e-10, atol=1e-15)


# ------------------------------------------------------------------ the training run
def torch_softmax_sgd(X_train, y_train, X_test, normalize, seed):
    """The same recipe with torch: F.cross_entropy, autograd and torch.optim.SGD."""
    X = torch.tensor(X_train.reshape(len(X_train), -1))
    T = torch.tensor(X_test.reshape(len(X_test), -1))
    if normalize:
        mean, std = X.mean(dim=0), X.std(dim=0, unbiased=False) + 1e-8
        X, T = (X - mean) / std, (T - mean) / std
    classes = int(y_train.max()) + 1
    W = torch.zeros(X.shape[1], classes, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(classes, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.SGD([W, b], lr=0.1)
    y = torch.tensor(y_train)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = torch.tensor(rng.permutation(len(X)))
        for idx in order.split(64):
            opt.zero_grad()
            F.cross_entropy(X[idx] @ W + b, y[idx]).backward()
            opt.step()
    return (T @ W + b).detach().numpy()


@pytest.mark.parametrize("normalize", [True, False])
def test_train_softmax_matches_torch_sgd(rng, normalize):
    X = rng.normal(size=(150, 1, 3, 3)) * rng.uniform(1, 5, (1, 1, 3, 3)) + 100.0
    y = rng.integers(0, 4, size=150)
    T = rng.normal(size=(20, 1, 3, 3)) + 100.0
    np.testing.assert_allclose(ref.train_softmax(X, y, T, normalize, seed=2), torch_softmax_sgd(X, y, T, normalize, 2),
                               rtol=1e-8, atol=1e-8)


def test_training_on_digits_with_and_without_normalization():
    """The effect a8 grades: on digits in uncalibrated units (each pixel its own scale and offset), the
    recipe learns with standardized inputs and fails without."""
    X_train, y_train, X_test, y_test = ref.load_digits(seed=0)
    r = np.random.default_rng(0)
    scale, offset = 10 ** r.uniform(0, 1.5, (1, 8, 8)), r.uniform(-300, 300, (1, 8, 8))
    X_train, X_test = X_train * scale + offset, X_test * scale + offset
    with_norm = ref.accuracy(ref.train_softmax(X_train, y_train, X_test, True), y_test)
    without = ref.accuracy(ref.train_softmax(X_train, y_train, X_test, False), y_test)
    assert with_norm > 0.9 and without < 0.6
    assert ref.accuracy(np.array([[np.nan, 1.0], [0.0, 1.0]]), np.array([0, 1])) == 0.5
