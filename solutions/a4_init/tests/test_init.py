"""Graders of a4 (initialization). Fixtures: student (remote), oracle (reference.init), rng.

Formulas are graded exactly. Random initializers are graded statistically over several
seeds: the sample std against the target within a tolerance from the sample size, the
mean, the bound of uniform draws, the kurtosis (normal 3, uniform 1.8), and that a seed
reproduces its draw while another seed does not, drawn from its own generator (NumPy's global one left
alone). A test that grades two initializers scores each
in a part of its own (autograder.testing.part).
"""
import math

import numpy as np

from autograder.testing import Tolerance, expect_close, expect_global_random_untouched, expect_true, graded, part

EXACT = Tolerance(rtol=1e-12, atol=0.0)
SEEDS = (11, 22, 33)


def draw_checks(uniform: bool) -> int:
    """How many checks draw_and_check makes, whatever the draws (a part declares it)."""
    return 8 if uniform else 7


def draw_and_check(student, name, shape, target_std, uniform=False, **kwargs):
    """Moments, bound, distribution shape and reproducibility of student.<name>(shape, seed, ...)."""
    samples = [getattr(student, name)(shape, seed, **kwargs) for seed in SEEDS]
    first = samples[0]
    if not expect_true(f"shape {shape}", isinstance(first, np.ndarray) and first.shape == tuple(shape),
                       f"expected an array of shape {tuple(shape)}, got {getattr(first, 'shape', type(first).__name__)}"):
        # the checks that need the draws fail too: a wrong shape weighs as much as wrong draws
        unchecked = [f"std of draws {shape}", f"mean of draws {shape}", f"kurtosis of draws {shape}"]
        unchecked += [f"bound {shape}"] * uniform + ["same seed, same draw", "other seed, other draw"]
        for check in unchecked:
            expect_true(check, False, "not checked: the draws do not have the expected shape")
        expect_global_random_untouched(student, name, reproducible=False)
        return
    w = np.stack(samples).astype(np.float64)
    n = w.size
    # Sample std of n draws has relative standard error about sqrt(1 / 2n) (normal) - allow 6 of them.
    rel = 6 * math.sqrt((0.4 if uniform else 0.5) / n)
    std_tol = Tolerance(rtol=rel, atol=0.0)
    expect_close(f"std of draws {shape}", w.std(), target_std, std_tol, allow_scalar=True,
                 match_tolerance=Tolerance(rtol=2 * rel, atol=0.0))
    expect_close(f"mean of draws {shape}", w.mean(), 0.0, Tolerance(rtol=0.0, atol=6 * target_std / math.sqrt(n)),
                 allow_scalar=True, match_tolerance=Tolerance(rtol=0.0, atol=12 * target_std / math.sqrt(n)))
    kurtosis = float(np.mean((w - w.mean()) ** 4) / w.var() ** 2)
    expect_close(f"kurtosis of draws {shape}", kurtosis, 1.8 if uniform else 3.0, Tolerance(rtol=0.0, atol=0.25),
                 allow_scalar=True, match_tolerance=Tolerance(rtol=0.0, atol=0.5))
    if uniform:
        bound = math.sqrt(3) * target_std
        expect_true(f"bound {shape}", bool(np.abs(w).max() <= bound * (1 + 1e-12) and np.abs(w).max() > 0.98 * bound),
                    f"uniform draws should fill [-{bound:.6g}, {bound:.6g}], their largest |w| is {np.abs(w).max():.6g}")
    again = getattr(student, name)(shape, SEEDS[0], **kwargs)
    reproducible = expect_true("same seed, same draw", isinstance(again, np.ndarray) and np.array_equal(again, first),
                               "the same seed must give the same weights: draw with np.random.default_rng(seed)")
    expect_true("other seed, other draw", not np.array_equal(samples[0], samples[1]),
                "two seeds gave identical weights")
    expect_global_random_untouched(student, name, reproducible)



@graded(points=3, partial=True)
def test_compute_fans_linear(student, oracle):
    """compute_fans of linear weights (fan_in, fan_out)."""
    for shape in ((784, 100), (10, 3)):
        expect_close(f"fans {shape}", np.asarray(student.compute_fans(shape), dtype=float),
                     np.asarray(oracle.compute_fans(shape), dtype=float))


@graded(points=4, partial=True)
def test_compute_fans_conv(student, oracle):
    """compute_fans of convolution weights (out, in, kh, kw)."""
    for shape in ((96, 3, 11, 11), (64, 32, 3, 5)):
        expect_close(f"fans {shape}", np.asarray(student.compute_fans(shape), dtype=float),
                     np.asarray(oracle.compute_fans(shape), dtype=float))


@graded(points=4, partial=True)
def test_xavier_std(student, oracle):
    """xavier_std for linear and conv weights, modes fan_avg and fan_in (one with fans of odd sum: their mean is
    not a whole number; one with fan_out larger than fan_in)."""
    for shape, mode in (((300, 100), "fan_avg"), ((64, 16, 3, 3), "fan_avg"), ((300, 101), "fan_avg"),
                        ((100, 300), "fan_avg"), ((300, 100), "fan_in")):
        expect_close(f"xavier_std {shape} {mode}", student.xavier_std(shape, mode), oracle.xavier_std(shape, mode),
                     EXACT, allow_scalar=True)


@graded(points=3, partial=True)
def test_he_std(student, oracle):
    """he_std for linear and conv weights."""
    for shape in ((512, 256), (48, 16, 5, 5)):
        expect_close(f"he_std {shape}", student.he_std(shape), oracle.he_std(shape), EXACT, allow_scalar=True)


@graded(points=5, partial=True)
def test_xavier_normal_draws(student, oracle):
    """xavier_normal draws: moments, normal shape, seeds."""
    draw_and_check(student, "xavier_normal", (200, 150), oracle.xavier_std((200, 150)))


@graded(points=5, partial=True)
def test_xavier_uniform_draws(student, oracle):
    """xavier_uniform draws: variance, bound, uniform shape, seeds."""
    draw_and_check(student, "xavier_uniform", (200, 150), oracle.xavier_std((200, 150)), uniform=True)


@graded(points=5, partial=True)
def test_he_normal_draws(student, oracle):
    """he_normal draws for a conv weight (out 40, in 16, 3x3)."""
    draw_and_check(student, "he_normal", (40, 16, 3, 3), oracle.he_std((40, 16, 3, 3)))


@graded(points=6, partial=True)
def test_activation_statistics(student, oracle, rng):
    """activation_statistics through 6 tanh layers and 6 ReLU layers."""
    X = rng.normal(size=(100, 40))
    weights = [rng.normal(0, 0.2, size=(40, 40)) for _ in range(6)]
    for act in ("tanh", "relu"):
        means, variances = student.activation_statistics(X, weights, act)
        emeans, evariances = oracle.activation_statistics(X, weights, act)
        expect_close(f"means ({act})", means, emeans)
        expect_close(f"variances ({act})", variances, evariances)


### BEGIN HIDDEN TESTS
@graded(points=4, hidden=True, partial=True)
def test_conv_draws_and_stds(student, oracle, rng):
    """xavier_normal (fan_in mode) and xavier_uniform on conv weights."""
    shape = (int(rng.integers(40, 56)), int(rng.integers(20, 28)), 3, 3)
    normal_std, uniform_std = oracle.xavier_std(shape, "fan_in"), oracle.xavier_std(shape)
    with part("xavier_normal", checks=draw_checks(uniform=False)):
        draw_and_check(student, "xavier_normal", shape, normal_std, mode="fan_in")
    with part("xavier_uniform", checks=draw_checks(uniform=True)):
        draw_and_check(student, "xavier_uniform", shape, uniform_std, uniform=True)


@graded(points=3, hidden=True, partial=True)
def test_draws_follow_mode_and_gain(student, oracle, rng):
    """xavier_uniform and xavier_normal drawn with mode fan_in and gain 2: the draws' spread follows both
    (a bound written for the defaults, sqrt(6 / (fan_in + fan_out)), passes every default-mode test). fan_out is
    about twice fan_in: with fan_out well below it, that bound's spread comes within the statistical tolerance
    of another mistake's (a bound equal to the std), which would then be named."""
    shape = (int(rng.integers(60, 100)), int(rng.integers(150, 220)))
    target = oracle.xavier_std(shape, "fan_in", 2.0)
    with part("xavier_uniform", checks=draw_checks(uniform=True)):
        draw_and_check(student, "xavier_uniform", shape, target, uniform=True, mode="fan_in", gain=2.0)
    with part("xavier_normal", checks=draw_checks(uniform=False)):
        draw_and_check(student, "xavier_normal", shape, target, mode="fan_in", gain=2.0)


@graded(points=2, hidden=True, partial=True)
def test_gain(student, oracle, rng):
    """xavier_std with gain 5/3 (the tanh gain), modes fan_avg and fan_in."""
    for shape in ((int(rng.integers(64, 160)), int(rng.integers(32, 96))), (16, int(rng.integers(4, 12)), 5, 5)):
        for mode in ("fan_avg", "fan_in"):
            expect_close(f"xavier_std {shape} {mode} gain", student.xavier_std(shape, mode, 5 / 3),
                         oracle.xavier_std(shape, mode, 5 / 3), EXACT, allow_scalar=True)


@graded(points=1, hidden=True, partial=True)
def test_seed_zero_is_a_seed(student, oracle, rng):
    """Each initializer called twice with seed 0 gives the same weights: 0 is a seed like any other
    (`default_rng(seed or None)` draws unseeded there, and every other test's seeds are nonzero)."""
    shape = (int(rng.integers(20, 40)), int(rng.integers(20, 40)))
    for name in ("xavier_normal", "xavier_uniform", "he_normal"):
        with part(name):
            first, again = getattr(student, name)(shape, 0), getattr(student, name)(shape, 0)
            expect_true(f"seed 0, same draw ({name})", isinstance(first, np.ndarray) and
                        isinstance(again, np.ndarray) and np.array_equal(first, again),
                        "seed 0 must give the same weights on every call: draw with np.random.default_rng(seed), "
                        "0 included")


@graded(points=2, hidden=True, partial=True)
def test_he_normal_draws_of_a_linear_weight(student, oracle, rng):
    """he_normal for a linear weight (fan_in, fan_out), fan_in far from fan_out: the std follows compute_fans'
    fan_in (a std written sqrt(2 / prod(shape[1:])), torch's (out, in) layout, holds for conv weights only, the
    other he_normal test's)."""
    shape = (int(rng.integers(150, 220)), int(rng.integers(40, 80)))
    draw_and_check(student, "he_normal", shape, oracle.he_std(shape))


@graded(points=2, hidden=True, partial=True)
def test_compute_fans_1d_and_3d_kernels(student, oracle, rng):
    """compute_fans of 1-D (out, in, k) and 3-D (out, in, kd, kh, kw) convolution weights: the kernel's size is the
    product of every axis after the first two (a receptive field written shape[2] * shape[3] holds for 2-D only)."""
    out, channels = int(rng.integers(16, 48)), int(rng.integers(3, 12))
    for shape in ((out, channels, int(rng.integers(3, 8))), (out, channels, 3, 5, int(rng.integers(2, 8)))):
        expect_close(f"fans {shape}", np.asarray(student.compute_fans(shape), dtype=float),
                     np.asarray(oracle.compute_fans(shape), dtype=float))


@graded(points=1, hidden=True, partial=True)
def test_stds_of_1d_and_3d_kernels(student, oracle, rng):
    """he_std and xavier_std of 1-D (out, in, k) and 3-D (out, in, kd, kh, kw) convolution weights: both take their
    fans from compute_fans (a fan_in written shape[1] * shape[2] * shape[3] holds for 2-D kernels only)."""
    out, channels = int(rng.integers(16, 48)), int(rng.integers(3, 12))
    for shape in ((out, channels, int(rng.integers(3, 8))), (out, channels, 3, 3, int(rng.integers(2, 6)))):
        with part(f"he_std {shape}"):
            expect_close(f"he_std {shape}", student.he_std(shape), oracle.he_std(shape), EXACT, allow_scalar=True)
        with part(f"xavier_std {shape}"):
            expect_close(f"xavier_std {shape}", student.xavier_std(shape), oracle.xavier_std(shape), EXACT,
                         allow_scalar=True)


@graded(points=2, hidden=True, partial=True)
def test_activation_statistics_linear(student, oracle, rng):
    """activation_statistics through 5 "linear" layers (no activation): each layer's h is h @ W, negative entries
    kept (the lecture's baseline beside the nonlinearities)."""
    X = rng.normal(size=(80, 24))
    weights = [rng.normal(0, 0.25, size=(24, 24)) for _ in range(5)]
    means, variances = student.activation_statistics(X, weights, "linear")
    emeans, evariances = oracle.activation_statistics(X, weights, "linear")
    expect_close("means (linear)", means, emeans)
    expect_close("variances (linear)", variances, evariances)


@graded(points=3, hidden=True, partial=True)
def test_activation_statistics_sigmoid_deep(student, oracle, rng):
    """activation_statistics through 10 sigmoid layers with He weights."""
    X = rng.normal(size=(64, 30))
    weights = [rng.normal(0, math.sqrt(2 / 30), size=(30, 30)) for _ in range(10)]
    means, variances = student.activation_statistics(X, weights, "sigmoid")
    emeans, evariances = oracle.activation_statistics(X, weights, "sigmoid")
    expect_close("means (sigmoid)", means, emeans)
    expect_close("variances (sigmoid)", variances, evariances)


@graded(points=1, hidden=True)
def test_activation_statistics_leaves_its_arguments_as_given(student, rng):
    """activation_statistics leaves X and the weights as given: the caller's X is the data, its weights the
    network's (`h = X` then `h @= W`, or `h *= ...`, writes into the caller's X)."""
    X = rng.normal(size=(30, 12))
    weights = [rng.normal(0, 0.3, size=(12, 12)) for _ in range(3)]
    kept_X, kept_weights = student.keep(X.copy()), student.keep([W.copy() for W in weights])
    student.activation_statistics(kept_X, kept_weights, "tanh")
    after_X, after_weights = student.fetch(kept_X), student.fetch(kept_weights)
    same_weights = isinstance(after_weights, list) and len(after_weights) == len(weights) and all(
        isinstance(a, np.ndarray) and np.array_equal(a, W) for a, W in zip(after_weights, weights))
    expect_true("X left as given", isinstance(after_X, np.ndarray) and np.array_equal(after_X, X),
                "activation_statistics changed its argument X in place (`h = X` then `h @= W`, `h *= ...` or "
                "`h[...] = ...` writes into the caller's data): start from a copy, or compute each layer into a new "
                "array (h = act(h @ W))")
    expect_true("weights left as given", same_weights,
                "activation_statistics changed the weights it was given in place: leave them as given")
### END HIDDEN TESTS
