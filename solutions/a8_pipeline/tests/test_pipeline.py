"""Graders of a8 (the training pipeline). Fixtures: student (remote), oracle (reference.pipeline), rng,
eval_rng (seeded per student and submitted file: the training run's data).

Random functions are judged by what every correct implementation gives, whatever random stream it
draws from: a crop is a window of the padded image, offsets reach both ends and cover every value,
flips mirror left-right at the asked rate, log-uniform draws fill each decade equally, and a seed
reproduces its result, drawn from its own generator (NumPy's global one left alone). Their statistics
are compared with bounds a correct implementation leaves with a probability below 1e-7 (stated at
each). Deterministic functions are compared with the reference.

The training run: the student's train_and_predict is trained twice, with and without normalization,
on scikit-learn's digits disguised (autograder.testing.disguised) and turned into uncalibrated
measurements (each pixel its own scale and offset, drawn from eval_rng), and predicts a test split of
a few classes only (so statistics of the test split are not those of the training split); the grader
computes the accuracy on labels the student's code never sees. scikit-learn's bundled data sets are
hidden from the sandbox (forbidden_modules).
"""
import math

import numpy as np

from autograder.testing import (
    Tolerance,
    disguised,
    expect_accuracy,
    expect_arguments_kept,
    expect_close,
    expect_global_random_untouched,
    expect_true,
    graded,
    part,
    returns_like,
)

# The seeds the random functions are called with: a first, the same again, and another.
CROP_SEEDS, FLIP_SEEDS, DRAW_SEEDS = (11, 12), (5, 6), (3, 4)
RARE = 0.4  # a crop offset drawn less often than this share of its expected count fails the uniformity check


COUNT_SEEDS = (101, 102, 103, 104, 105)  # further seeds for the number of images flipped


def flipped_count(out, x) -> int:
    """How many images of out differ from x (-1 where out is no array of x's shape)."""
    return int((~(out == x).all(axis=(1, 2, 3))).sum()) if is_array(out, x.shape) else -1


def seed_zero_repeats(draw) -> bool:
    """Two calls of draw(seed) with seed 0 give the same array: 0 is a seed like any other (`if seed:` or
    `seed or None` takes it as none, and each call then draws anew)."""
    first, second = draw(0), draw(0)
    return is_array(first) and is_array(second) and np.array_equal(first, second)


SEED_ZERO = (" (seed 0 included: 0 is a seed like any other, but `if seed:` or `seed or None` takes it as no seed; "
             "test `seed is not None`, or pass the seed to np.random.default_rng as it is)")


def is_array(value, shape=None):
    return isinstance(value, np.ndarray) and value.dtype.kind in "fiu" and (shape is None or value.shape == shape)


def not_checked(names, why):
    """Checks that need an output the student's code did not give: failed, with the same constant output
    whatever the student returned (so that a catalogued mistake is named by its pattern)."""
    for name in names:
        expect_true(name, False, f"not checked: {why}")


# ------------------------------------------------------------------ random crop
PAD_MODES = {"reflect": "mirrored borders", "edge": "the border pixels repeated", "symmetric": "mirrored borders, the "
             "edge pixel included", "wrap": "the opposite border"}  # the other ways np.pad pads


def crop_offsets_found(crops, x, padding, mode="constant"):
    """The (row, col) offset of each crop in its zero-padded image (np.pad's mode: "constant", zeros), or None when
    some crop is no window. The crop's centre pixel lies inside the image (size >= 2 * padding); only where the
    padded image holds that value can the window start (its pixels are distinct draws), and there it is compared
    whole."""
    size = crops.shape[-1]
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)), mode=mode)
    mid, rows, cols = size // 2, padded.shape[2] - size, padded.shape[3] - size  # the largest offsets
    offsets = []
    for crop, image in zip(crops, padded):
        found = None
        for r, c in np.argwhere(image[0] == crop[0, mid, mid]) - mid:
            if 0 <= r <= rows and 0 <= c <= cols and np.array_equal(image[:, r:r + size, c:c + size], crop):
                found = (r, c)
                break
        if found is None:
            return None
        offsets.append(found)
    return np.array(offsets)


def pad_fill_found(crops, x):
    """The one number the crops hold that their images do not (the padding), said in words where it is a mean of
    the images, else as the number; "" where the values from outside the images are not all one number (or none)."""
    outside = [v for crop, image in zip(crops, x) for v in np.setdiff1d(crop, image)]
    if not outside or np.ptp(outside) > 1e-12 * (1 + abs(outside[0])) or abs(outside[0]) < 1e-12:
        return ""
    fill = float(outside[0])
    for words, value in (("the batch's mean, x.mean()", x.mean()), ("the largest value", x.max()),
                         ("the smallest value", x.min())):
        if np.isclose(fill, value, rtol=1e-6, atol=1e-9):
            return f"{fill:.4g}, {words}"
    return f"{fill:.4g}"


def transposed_windows(crops, x, padding):
    """": each crop is a window with its rows and columns swapped ..." where every crop, transposed, is a window of
    its zero-padded image (row and column indices laid along each other's axes); "" where not."""
    if not is_array(crops) or crops.ndim != 4 or crops.shape[-1] != crops.shape[-2] or \
            crop_offsets_found(np.swapaxes(crops, -1, -2), x, padding) is None:
        return ""
    return (": each crop is a window of its padded image with its rows and columns swapped (transposed): the row "
            "indices run along the last axis and the column indices along the one before; index the rows along "
            "axis 2 and the columns along axis 3")


def check_random_crop(student, x, size, padding):
    """Shape, every crop a window of its padded image, the smallest and largest offsets, offsets drawn per
    image, rows and columns independently, each value about equally often, and the seed."""
    n, c, h, w = x.shape
    top = h + 2 * padding - size  # the largest offset (rows; the images are square)
    crops = student.random_crop(x, size, padding, CROP_SEEDS[0])
    stats = ["smallest offset", "largest offset", "offsets drawn per image", "rows and columns drawn independently",
             "every offset about equally often"]
    if not expect_true("shape", is_array(crops, (n, c, size, size)),
                       f"expected an array of shape {(n, c, size, size)}, got {getattr(crops, 'shape', type(crops))}"):
        not_checked(["every crop is a window of the padded image"] + stats, "the crops do not have the expected shape")
    else:
        offsets = crop_offsets_found(crops, x, padding)
        # crops that are windows of the image padded otherwise than with zeros: said by np.pad's mode
        other = next((mode for mode in PAD_MODES if offsets is None and
                      crop_offsets_found(crops, x, padding, mode) is not None), None)
        padded_otherwise = (f": each is a window of its image padded with np.pad's mode='{other}' "
                            f"({PAD_MODES[other]}), where zero padding is asked (np.pad's default mode)"
                            if other else "")
        fill = pad_fill_found(crops, x) if offsets is None and not other and is_array(crops) and \
            crops.shape == (n, c, size, size) else ""
        padded_otherwise += (f": the values your crops hold from outside their images are all {fill}, where the "
                             "padding is zeros (np.pad's default constant_values=0)" if fill else "")
        padded_otherwise += transposed_windows(crops, x, padding) if offsets is None and not padded_otherwise else ""
        if not expect_true("every crop is a window of the padded image", offsets is not None,
                           f"some crop is no {size} x {size} window of its image zero-padded by {padding} on each side"
                           f"{padded_otherwise}"):
            not_checked(stats, "some crop is no window of its padded image")
        elif not expect_true("offsets drawn per image", len(np.unique(offsets, axis=0)) > 1,
                             "every image was cut at the same offset: draw one offset per image"):
            not_checked([s for s in stats if s != "offsets drawn per image"], "every image has the same offset")
        else:
            expect_close("smallest offset", float(offsets.min()), 0.0, allow_scalar=True)
            expect_close("largest offset", float(offsets.max()), float(top), allow_scalar=True)
            same = float(np.mean(offsets[:, 0] == offsets[:, 1]))
            expect_true("rows and columns drawn independently", same < 0.5,
                        f"the row and column offsets are equal in {same:.0%} of the images: draw them independently")
            # Each of the top + 1 values has probability 1 / (top + 1) per axis; a count below RARE times its
            # mean happens to a correct implementation with probability below 1e-9 for the sizes graded here
            # (exact binomial tails in tests/test_graders_a7_a8.py).
            counts = np.stack([np.bincount(offsets[:, a], minlength=top + 1)[:top + 1] for a in (0, 1)])
            expect_true("every offset about equally often", counts.min() >= RARE * n / (top + 1),
                        f"offsets from 0 to {top} should each occur in about 1/{top + 1} of the images; "
                        f"the rarest occurs {counts.min()} times in {n}")
    again, other = (student.random_crop(x, size, padding, seed) for seed in CROP_SEEDS)
    reproducible = expect_true("same seed, same crops", is_array(again) and np.array_equal(again, crops) and
                               seed_zero_repeats(lambda seed: student.random_crop(x, size, padding, seed)),
                               "two calls with the same seed gave different crops: draw from "
                               "np.random.default_rng(seed)" + SEED_ZERO)
    expect_true("another seed, other crops", not (is_array(other) and np.array_equal(other, crops)),
                "two seeds gave the same crops")
    expect_global_random_untouched(student, "random_crop", reproducible)


@graded(points=6, partial=True, group="augmentation")
def test_random_crop(student, oracle, rng):
    """random_crop of 800 images (2 x 12 x 12) to 10 x 10 with padding 2: windows, offsets 0 to 6, seeds."""
    check_random_crop(student, rng.uniform(0.5, 1.5, size=(800, 2, 12, 12)), 10, 2)


# ------------------------------------------------------------------ random flip
def unfit_images(out, x, fit):
    """What the output images that are neither their input nor its mirror are, in words (the first of them)."""
    bad = np.flatnonzero(~fit)
    i = int(bad[0])
    mirror = x[i, ..., ::-1]
    as_given = [bool(np.array_equal(out[i, c], x[i, c])) for c in range(x.shape[1])]
    mirrored = [bool(np.array_equal(out[i, c], mirror[c])) for c in range(x.shape[1])]
    kinds = {"all zeros": not out[i].any(),
             "some of its channels mirrored and the others not (a coin drawn for every channel where one for each "
             "image is meant: draw len(x) coins, coins[:, None, None, None])":
                 all(a or m for a, m in zip(as_given, mirrored)) and not all(as_given) and not all(mirrored),
             "a mix of its input and its mirror, chosen entry by entry (a coin drawn for every pixel where one for "
             "each image is meant: draw len(x) coins and broadcast them, coins[:, None, None, None])":
                 bool(np.all((out[i] == x[i]) | (out[i] == mirror))) and not np.array_equal(out[i], x[i]) and
                 not np.array_equal(out[i], mirror),
             "its input upside down": np.array_equal(out[i], x[i, :, ::-1]),
             "its input turned 180 degrees": np.array_equal(out[i], x[i, :, ::-1, ::-1]),
             "its input negated": np.array_equal(out[i], -x[i]),
             "its input mirrored and negated": np.array_equal(out[i], -x[i, ..., ::-1]),
             "its input with its channels in reverse order (the flip made along the channel axis)":
                 x.shape[1] > 1 and np.array_equal(out[i], x[i, ::-1]),
             "its input with its channels reversed and mirrored": x.shape[1] > 1 and np.array_equal(
                 out[i], x[i, ::-1, :, ::-1])}
    others = [j for j in range(len(x)) if j != i and (np.array_equal(out[i], x[j]) or
                                                      np.array_equal(out[i], x[j, ..., ::-1]))][:1]
    said = next((k for k, v in kinds.items() if v), f"input image {others[0]} (or its mirror)" if others else "")
    count = f"{len(bad)} of {len(x)} images are neither"
    return f"{count}; image {i} of yours is {said}" if said else f"{count} (image {i} is the first)"


def check_random_flip(student, x, p):
    """Each image itself or mirrored left-right, images changed independently at rate p (within 6 standard
    deviations of the binomial: a correct implementation leaves it with probability 2e-9), and the seed."""
    n = len(x)
    kept = student.keep(x.copy())  # the caller's images, kept in the student's process: are they left as they were?
    out = student.random_flip(kept, p, FLIP_SEEDS[0])
    after = student.fetch(kept)
    expect_true("the input left unchanged", is_array(after, x.shape) and np.array_equal(after, x),
                "random_flip changed the images it was given (flipped in place): the data set itself would change "
                "from epoch to epoch; flip a copy (x.copy(), or x[..., ::-1] on the images chosen)")
    if not expect_true("output shape", is_array(out, x.shape), f"expected an array of shape {x.shape}"):
        not_checked(["each image is itself or its left-right mirror", "images flipped independently", "flip rate"],
                    "the output does not have the input's shape")
    else:
        same = (out == x).all(axis=(1, 2, 3))
        fit = same | (out == x[..., ::-1]).all(axis=(1, 2, 3))
        expect_true("each image is itself or its left-right mirror", bool(fit.all()),
                    "every output image must be its input or the input with its last axis reversed (left-right)"
                    + ("" if fit.all() else f": {unfit_images(out, x, fit)}"))
        changed = ~same
        # With a coin per image the number flipped varies from seed to seed: six seeds all flipping the same
        # number happens to a correct implementation with probability below 1e-7 for the sizes graded here.
        counts = {int(changed.sum())} | {flipped_count(student.random_flip(x, p, seed), x) for seed in COUNT_SEEDS}
        counts.discard(-1)
        alike = not 0 < changed.sum() < n
        fixed = not alike and len(counts) == 1
        expect_true("images flipped independently", not alike and not fixed,
                    "all images were treated alike: draw one coin per image" if alike else
                    f"every seed flipped exactly {changed.sum()} of the {n} images: a fixed number chosen "
                    "(rng.choice(n, round(p * n), replace=False)) where each image is flipped on its own coin, so "
                    "the number flipped varies: draw one coin per image, rng.random(n) < p")
        if alike:
            not_checked(["flip rate"], "all images were treated alike")
        else:
            bound = 6 * math.sqrt(p * (1 - p) / n)
            expect_close("flip rate", float(changed.mean()), p, Tolerance(rtol=0.0, atol=bound), allow_scalar=True,
                         match_tolerance=Tolerance(rtol=0.0, atol=2 * bound))
    again, other = (student.random_flip(x, p, seed) for seed in FLIP_SEEDS)
    reproducible = expect_true("same seed, same flips", is_array(again) and np.array_equal(again, out) and
                               seed_zero_repeats(lambda seed: student.random_flip(x, p, seed)),
                               "two calls with the same seed flipped different images: draw from "
                               "np.random.default_rng(seed)" + SEED_ZERO)
    expect_true("another seed, other flips", not (is_array(other) and np.array_equal(other, out)),
                "two seeds flipped the same images")
    expect_global_random_untouched(student, "random_flip", reproducible)


@graded(points=4, partial=True, group="augmentation")
def test_random_flip(student, oracle, rng):
    """random_flip of 1000 images (1 x 3 x 5) with p = 0.3: mirrors, independent flips, rate, seeds."""
    check_random_flip(student, rng.normal(size=(1000, 1, 3, 5)), 0.3)


# ------------------------------------------------------------------ input normalization
def uncalibrated(rng, n, shape, shift=0.0):
    """n examples whose every pixel has its own scale and offset (the kind of input normalization is for)."""
    scale, offset = rng.uniform(0.5, 20.0, size=shape), rng.uniform(-50.0, 50.0, size=shape)
    return (rng.normal(size=(n, *shape)) + shift) * scale + offset, scale, offset


@graded(points=5, partial=True, group="normalization")
def test_normalize_splits(student, oracle, rng):
    """normalize_splits of a training split (40 x 2 x 3 x 3) and a test split from a shifted distribution,
    modes mean_image and standardize: the training split's statistics for both."""
    X_train, scale, offset = uncalibrated(rng, 40, (2, 3, 3))
    X_test = (rng.normal(size=(15, 2, 3, 3)) + 0.8) * scale + offset
    expected = {mode: oracle.normalize_splits(X_train, X_test, mode) for mode in ("mean_image", "standardize")}
    for mode, (etrain, etest) in expected.items():
        with part(mode, checks=2):
            train, test = student.normalize_splits(X_train, X_test, mode)
            expect_close(f"training split ({mode})", train, etrain)
            expect_close(f"test split ({mode})", test, etest)


# ------------------------------------------------------------------ early stopping
def stalling_curve(rng, patience):
    """Validation losses that fall for a few epochs, reach their best, then improve on the previous epoch
    (never on the best) for `patience` epochs, then rise: (losses, index of the best epoch)."""
    falling = np.sort(rng.uniform(1.0, 2.0, int(rng.integers(3, 6))))[::-1]
    best = falling[-1] - rng.uniform(0.2, 0.4)
    stalling = best + np.sort(rng.uniform(0.02, 0.2, patience + 1))[::-1]
    rising = stalling[-1] + np.cumsum(rng.uniform(0.01, 0.1, 4))
    return np.concatenate([falling, [best], stalling, rising]), len(falling)


def check_early_stopping(student, oracle, losses, weights, patience, min_delta=0.0, label=""):
    """stop epoch and restored weights of early_stopping against the reference's."""
    extra = (min_delta,) if min_delta else ()  # min_delta 0: its default
    estop, eweights = oracle.early_stopping(losses, weights, patience, *extra)
    with part(f"early_stopping{label}", checks=2):
        stop, restored = student.early_stopping(losses, weights, patience, *extra)
        expect_close(f"stop epoch{label}", stop, estop, allow_scalar=True)
        expect_close(f"restored weights{label}", restored, eweights)


@graded(points=5, partial=True, group="early stopping")
def test_early_stopping(student, oracle, rng):
    """early_stopping with patience 3 on a curve that stalls above its best, on one that keeps improving, and
    on one whose first epoch is its best (the second ties it: no improvement)."""
    losses, _ = stalling_curve(rng, 3)
    check_early_stopping(student, oracle, losses, rng.normal(size=(len(losses), 2, 3)), 3, label=" (stalls)")
    improving = np.cumsum(-rng.uniform(0.01, 0.1, 12)) + 2.0
    improving[[3, 4, 8]] += 0.2  # worse epochs, never `patience` in a row
    check_early_stopping(student, oracle, improving, rng.normal(size=(12, 4)), 3, label=" (improving)")
    rising = rng.uniform(1.0, 2.0) + np.concatenate([[0.0, 0.0], np.cumsum(rng.uniform(0.01, 0.1, 6))])
    check_early_stopping(student, oracle, rising, rng.normal(size=(8, 3)), 3, label=" (best first)")


# ------------------------------------------------------------------ hyper-parameter search
DECADE_BOUND = 0.035  # a decade's share of 6000 log-uniform draws in 3 decades: 5.8 standard deviations


def check_log_uniform(student, low, high, n):
    draws = student.log_uniform(low, high, n, DRAW_SEEDS[0])
    decades = int(round(math.log10(high / low)))
    if not expect_true("draws", is_array(draws, (n,)), f"expected an array of shape ({n},)"):
        not_checked(["all draws within [low, high]", "share of draws in each decade"], "no draws of that shape")
    else:
        expect_true("all draws within [low, high]", bool(np.all((draws >= low * (1 - 1e-12)) &
                                                                 (draws <= high * (1 + 1e-12)))),
                    f"draws range from {draws.min():.3g} to {draws.max():.3g}, outside [{low:g}, {high:g}]")
        edges = low * 10.0 ** np.arange(decades + 1)
        shares = np.histogram(draws, bins=edges)[0] / n
        expect_close("share of draws in each decade", shares, np.full(decades, 1 / decades),
                     Tolerance(rtol=0.0, atol=DECADE_BOUND), match_tolerance=Tolerance(rtol=0.0, atol=2 * DECADE_BOUND))
    again, other = (student.log_uniform(low, high, n, seed) for seed in DRAW_SEEDS)
    reproducible = expect_true("same seed, same draws", is_array(again) and np.array_equal(again, draws) and
                               seed_zero_repeats(lambda seed: student.log_uniform(low, high, n, seed)),
                               "two calls with the same seed drew differently: draw from "
                               "np.random.default_rng(seed)" + SEED_ZERO)
    expect_true("another seed, other draws", not (is_array(other) and np.array_equal(other, draws)),
                "two seeds drew the same values")
    expect_global_random_untouched(student, "log_uniform", reproducible)


@graded(points=4, partial=True, group="hyper-parameter search")
def test_log_uniform(student, oracle, rng):
    """log_uniform: 6000 learning rates between 1e-4 and 1e-1, as many in each decade, and seeds."""
    check_log_uniform(student, 1e-4, 1e-1, 6000)


@graded(points=2, group="hyper-parameter search")
def test_log_grid(student, oracle, rng):
    """log_grid of 7 values from 1e-5 to 1e-2 (3 decades): equally spaced on a log scale."""
    expect_close("grid", student.log_grid(1e-5, 1e-2, 7), oracle.log_grid(1e-5, 1e-2, 7))


# ------------------------------------------------------------------ schedules and diagnostics
def check_schedule(student, oracle, base_lr, warmup, total, *min_lr):
    """warmup_cosine_lr at every step, during and after the warm-up (min_lr: none given for its default)."""
    expected = np.array([oracle.warmup_cosine_lr(s, base_lr, warmup, total, *min_lr) for s in range(total)])
    with part("warm-up"):
        got = [student.warmup_cosine_lr(s, base_lr, warmup, total, *min_lr) for s in range(warmup)]
        expect_close("lr during the warm-up", np.asarray(got, dtype=float), expected[:warmup])
    with part("decay"):
        got = [student.warmup_cosine_lr(s, base_lr, warmup, total, *min_lr) for s in range(warmup, total)]
        expect_close("lr after the warm-up", np.asarray(got, dtype=float), expected[warmup:])


@graded(points=5, partial=True, group="schedules and diagnostics")
def test_warmup_cosine_lr(student, oracle, rng):
    """warmup_cosine_lr for steps 0..29: base 0.1, warm-up 5 steps, cosine decay to 0.002 at step 30."""
    check_schedule(student, oracle, 0.1, 5, 30, 0.002)


@graded(points=4, partial=True, group="schedules and diagnostics")
def test_update_ratio(student, oracle, rng):
    """update_ratio of a (20, 10) weight with lr 0.01, and parameter_statistics of a two-layer net."""
    W, dW = rng.normal(0, 0.1, (20, 10)), rng.normal(0, 0.05, (20, 10))
    params = {"W1": rng.normal(0, 0.2, (6, 5)), "b1": rng.normal(0, 0.1, 5), "W2": rng.normal(0, 0.3, (5, 3))}
    grads = {k: rng.normal(0, 0.01, v.shape) for k, v in params.items()}
    eratio, estats = oracle.update_ratio(W, dW, 0.01), oracle.parameter_statistics(params, grads, 0.003)
    with part("update_ratio"):
        expect_close("ratio", student.update_ratio(W, dW, 0.01), eratio, allow_scalar=True)
    with part("parameter_statistics", checks=3):
        stats = student.parameter_statistics(params, grads, 0.003)
        stats = stats if isinstance(stats, dict) else {}
        for key in params:
            expect_close(f"statistics of {key}", stats.get(key), estats[key])


# ------------------------------------------------------------------ the training run
def raw_units(X_train, X_test, rng, max_scale=30.0, max_offset=300.0):
    """Both splits as uncalibrated measurements: each pixel its own scale (log-uniform in [1, max_scale])
    and offset (uniform in +-max_offset), the same in every example."""
    shape = X_train.shape[1:]
    scale = 10.0 ** rng.uniform(0.0, math.log10(max_scale), size=shape)
    offset = rng.uniform(-max_offset, max_offset, size=shape)
    return X_train * scale + offset, X_test * scale + offset


def accuracy(logits, labels):
    """The share of rows whose largest logit is the label (a row with NaN or Inf counts as wrong)."""
    if not is_array(logits) or logits.ndim != 2 or len(logits) != len(labels):
        return 0.0
    finite = np.isfinite(logits).all(axis=1)
    return float(np.mean(finite & (np.where(finite[:, None], logits, 0.0).argmax(axis=1) == labels)))


def check_training(student, digits, eval_rng, test_classes, seed, low, high):
    """train_and_predict with and without normalization: the accuracy with it, and that it helps."""
    X_train, y_train, X_test, y_test = digits
    X_train, X_test = disguised(X_train, eval_rng), disguised(X_test, eval_rng)
    keep = np.isin(y_test, eval_rng.choice(10, size=test_classes, replace=False))
    X_train, X_test = raw_units(X_train, X_test[keep], eval_rng)
    y_test = y_test[keep]
    logits = student.train_and_predict(X_train, y_train, X_test, True, seed)
    plain = student.train_and_predict(X_train, y_train, X_test, False, seed)
    expect_accuracy("accuracy with normalization", logits, y_test, low=low, high=high)
    gain = accuracy(logits, y_test) - accuracy(plain, y_test)
    expect_true("normalization helps", gain >= 0.25,
                f"the accuracy with normalization is {gain:+.3f} from the one without; on inputs in uncalibrated "
                "units standardizing should raise it by far more (is normalize=False left unnormalized?)")


@graded(points=3, partial=True, group="training run")
def test_training_recipe(student, oracle, rng):
    """train_and_predict follows the recipe: on 90 examples of 3 classes (two mini-batches an epoch) its
    logits are the reference's, with its defaults (normalize, seed 0) and without normalization, seed 4
    (inputs around 100: scores a softmax must shift by their maximum before np.exp)."""
    X = rng.normal(size=(90, 1, 3, 3)) + rng.normal(0, 2, size=(1, 1, 3, 3)) + 100.0
    y = rng.integers(0, 3, size=90)
    y[:3] = [0, 1, 2]
    T = rng.normal(size=(12, 1, 3, 3)) + 100.0
    recipe = Tolerance(rtol=1e-6, atol=1e-8)  # another order of the same float64 sums
    expected, eplain = oracle.train_softmax(X, y, T), oracle.train_softmax(X, y, T, normalize=False, seed=4)
    expect_close("logits (defaults)", student.train_and_predict(X, y, T), expected, recipe)
    expect_close("logits without normalization, seed 4", student.train_and_predict(X, y, T, False, 4), eplain, recipe)


@graded(points=8, partial=True, group="training run", timeout=60)
def test_training_effect(student, oracle, eval_rng):
    """softmax regression on disguised digits in uncalibrated units, test split of 4 classes: accuracy with
    normalization (full points at 0.85, none below 0.70), and at least 0.25 above the one without.
    Re-derived over 20 draws: the reference scores 0.90-0.98 with normalization, 0.00-0.46 without;
    standardizing the test split with its own statistics scores 0.72-0.93."""
    check_training(student, oracle.load_digits(seed=0), eval_rng, 4, 0, 0.70, 0.85)


### BEGIN HIDDEN TESTS
@graded(points=2, hidden=True, partial=True, group="schedules and diagnostics")
def test_parameter_statistics_pairs_by_name(student, oracle, rng):
    """parameter_statistics where grads lists its keys in another order than params: each weight goes with the
    gradient of its own name (zip(params.values(), grads.values()) pairs them by position)."""
    shapes = {"W1": (7, 4), "b1": (4,), "W2": (4, 3), "b2": (3,)}
    params = {k: rng.normal(0, 0.3, shape) for k, shape in shapes.items()}
    order = [list(shapes)[i] for i in rng.permutation(len(shapes))]
    while order == list(shapes):  # (another order, whatever the draw)
        order = [list(shapes)[i] for i in rng.permutation(len(shapes))]
    grads = {k: rng.normal(0, 0.02, shapes[k]) for k in order}
    estats = oracle.parameter_statistics(params, grads, 0.01)
    stats = student.parameter_statistics(params, grads, 0.01)
    stats = stats if isinstance(stats, dict) else {}
    for key in params:
        expect_close(f"statistics of {key}", stats.get(key), estats[key])


@graded(points=3, hidden=True, partial=True, group="augmentation")
def test_random_crop_three_channels(student, oracle, rng):
    """random_crop of 1000 images (3 x 10 x 10) to 8 x 8 with padding 3: windows, offsets 0 to 8, seeds."""
    check_random_crop(student, rng.uniform(0.5, 1.5, size=(1000, 3, 10, 10)), 8, 3)


@graded(points=2, hidden=True, partial=True, group="augmentation")
def test_random_crop_rectangular(student, oracle, rng):
    """random_crop of 600 images wider than high (1 x 6 x 11) to 6 x 6 with padding 2: windows of the padded
    image, offsets from 0 to 4 down and from 0 to 9 across (each drawn from its own axis's range)."""
    n, size, padding = 600, 6, 2
    x = rng.uniform(0.5, 1.5, size=(n, 1, 6, 11))
    crops = student.random_crop(x, size, padding, CROP_SEEDS[0])
    names = ["offsets down from 0 to 4", "offsets across from 0 to 9"]
    if not expect_true("shape", is_array(crops, (n, 1, size, size)),
                       f"expected an array of shape {(n, 1, size, size)}, got {getattr(crops, 'shape', type(crops))}"):
        not_checked(["every crop is a window of the padded image"] + names, "the crops do not have the expected shape")
        return
    offsets = crop_offsets_found(crops, x, padding)
    if not expect_true("every crop is a window of the padded image", offsets is not None,
                       f"some crop is no {size} x {size} window of its image zero-padded by {padding} on each side"
                       f"{transposed_windows(crops, x, padding) if offsets is None else ''}"):
        not_checked(names, "some crop is no window of its padded image")
        return
    # Each of the 10 offsets across is missed by all 600 images with probability 0.9 ** 600 < 1e-27.
    for name, axis, top in ((names[0], 0, 4), (names[1], 1, 9)):
        expect_close(f"{name} (smallest, largest)", np.array([offsets[:, axis].min(), offsets[:, axis].max()],
                                                             dtype=float), np.array([0.0, top]))


@graded(points=2, hidden=True, partial=True, group="augmentation")
def test_random_flip_other_p(student, oracle, rng):
    """random_flip of 800 images (3 x 4 x 6) with p = 0.8."""
    check_random_flip(student, rng.normal(size=(800, 3, 4, 6)), 0.8)


@graded(points=3, hidden=True, partial=True, group="normalization")
def test_normalize_far_test_split(student, oracle, rng):
    """normalize_splits with its default mode (standardize) of flat features with a test split far from the
    training split, and a feature constant in both (as a digit's border pixels): it stays 0."""
    X_train, scale, offset = uncalibrated(rng, 60, (7,))
    X_test = (rng.normal(size=(10, 7)) - 2.0) * scale + offset
    # a quarter-integer constant: every sum and square of it is exact, so any right order of summation gives a
    # mean equal to it and a zero spread (an offset of 52 bits left a rounding error that 1/eps made ~1e-6)
    constant = np.round(offset[3] * 4) / 4
    X_train[:, 3], X_test[:, 3] = constant, constant
    etrain, etest = oracle.normalize_splits(X_train, X_test)
    train, test = student.normalize_splits(X_train, X_test)
    expect_close("training split", train, etrain)
    expect_close("test split", test, etest)


@graded(points=3, hidden=True, partial=True, group="early stopping")
def test_early_stopping_min_delta(student, oracle, rng):
    """early_stopping with patience 2 and min_delta 0.05: improvements smaller than min_delta do not count."""
    best = rng.uniform(1.0, 1.5)
    losses = np.concatenate([[best + 0.5, best + 0.2, best], best - rng.uniform(0.005, 0.015, 3).cumsum(),
                             [best + 0.3, best + 0.4]])
    check_early_stopping(student, oracle, losses, rng.normal(size=(len(losses), 3)), 2, 0.05)
    # losses near 10 that improve by 0.1 an epoch: each improvement counts (min_delta is a loss difference, not a
    # fraction of the best loss, which would ask for 0.5)
    big = rng.uniform(8.0, 12.0)
    steady = np.concatenate([[big + 1.0, big], big - 0.1 * np.arange(1, 6), [big, big + 0.2, big + 0.3]])
    check_early_stopping(student, oracle, steady, rng.normal(size=(len(steady), 3)), 2, 0.05,
                         label=" (losses near 10)")


@graded(points=2, hidden=True, partial=True, group="schedules and diagnostics")
def test_warmup_cosine_lr_other_settings(student, oracle, rng):
    """warmup_cosine_lr with a random warm-up (2 to 6 steps) of 40 steps, decaying to min_lr's default (0)."""
    check_schedule(student, oracle, float(rng.uniform(0.01, 1.0)), int(rng.integers(2, 7)), 40)


@graded(points=3, hidden=True, partial=True, group="training run")
def test_training_recipe_uneven_batches(student, oracle, rng):
    """train_and_predict follows the recipe on 65 examples (a last mini-batch of one row), and without
    normalization on 90 examples a third of which are around 100 and the rest around 0 (their scores lie
    so far apart that a softmax shifted by the batch's maximum, not each row's, divides 0 by 0)."""
    X = rng.normal(size=(65, 1, 3, 3)) + rng.normal(0, 2, size=(1, 1, 3, 3))
    y = rng.integers(0, 3, size=65)
    y[:3] = [0, 1, 2]
    T = rng.normal(size=(12, 1, 3, 3))
    uneven, T_uneven = rng.normal(size=(90, 1, 3, 3)), rng.normal(size=(12, 1, 3, 3))
    uneven[::3] += 100.0
    T_uneven[::3] += 100.0
    y_uneven = rng.integers(0, 3, size=90)
    y_uneven[:3] = [0, 1, 2]
    seed = int(rng.integers(100))
    recipe = Tolerance(rtol=1e-6, atol=1e-8)  # another order of the same float64 sums
    expected = oracle.train_softmax(X, y, T)
    eplain = oracle.train_softmax(uneven, y_uneven, T_uneven, normalize=False, seed=seed)
    expect_close("logits (65 examples)", student.train_and_predict(X, y, T), expected, recipe)
    expect_close(f"logits without normalization, rows around 0 and 100, seed {seed}",
                 student.train_and_predict(uneven, y_uneven, T_uneven, False, seed), eplain, recipe)


@graded(points=2, hidden=True, group="schedules and diagnostics")
def test_warmup_cosine_lr_without_warmup(student, oracle, rng):
    """warmup_cosine_lr with warmup_steps 0 (no warm-up, nothing to divide by it): the cosine from base_lr at
    step 0 down to min_lr 0.001, 20 steps."""
    base_lr = float(rng.uniform(0.01, 1.0))
    expected = np.array([oracle.warmup_cosine_lr(s, base_lr, 0, 20, 0.001) for s in range(20)])
    got = [student.warmup_cosine_lr(s, base_lr, 0, 20, 0.001) for s in range(20)]
    expect_close("lr without warm-up", np.asarray(got, dtype=float), expected)


@graded(points=6, hidden=True, partial=True, group="training run", timeout=60)
def test_training_two_test_classes(student, oracle, eval_rng, rng):
    """the training run on another split, with a test split of 2 classes (full points at 0.85, none below
    0.60). Re-derived over 20 draws: the reference scores 0.89-0.98 with normalization, 0.00-0.53 without;
    standardizing the test split with its own statistics scores 0.36-0.72."""
    check_training(student, oracle.load_digits(seed=1), eval_rng, 2, int(rng.integers(100)), 0.60, 0.85)
@graded(points=2, hidden=True, partial=True)
def test_normalize_splits_leaves_the_splits_as_given(student, oracle, rng):
    """normalize_splits returns new arrays and leaves the splits it is given as they were (the caller's raw data,
    which a write such as X_train -= mean would change), in both modes."""
    X_train, X_test = rng.normal(2.0, 3.0, size=(30, 5)), rng.normal(1.0, 2.0, size=(10, 5))
    for mode in ("mean_image", "standardize"):
        with part(mode, checks=2):  # (credit only beside splits computed: a no-op keeps them too)
            expect_arguments_kept(student, "normalize_splits", {"X_train": X_train, "X_test": X_test, "mode": mode},
                                  computed=returns_like(oracle.normalize_splits(X_train, X_test, mode)))


@graded(points=2, hidden=True, partial=True, group="hyper-parameter search")
def test_log_uniform_fills_each_decade(student, oracle, rng):
    """log_uniform's draws spread over the whole of each decade, not only its edge: where a draw lies within its
    decade, log10(x / low) mod 1, is uniform for log-uniform draws (whole-number exponents put every draw at a
    power of ten, which the share of each decade does not see)."""
    n = 6000
    draws = student.log_uniform(1e-4, 1e-1, n, DRAW_SEEDS[0])
    if not expect_true("draws", is_array(draws, (n,)), f"expected an array of shape ({n},)"):
        not_checked(["share of draws in each quarter of a decade"], "no draws of that shape")
        return
    with np.errstate(all="ignore"):
        within = np.mod(np.log10(draws / 1e-4), 1.0)
    shares = np.histogram(within[np.isfinite(within)], bins=4, range=(0.0, 1.0))[0] / n
    expect_close("share of draws in each quarter of a decade", shares, np.full(4, 0.25),
                 Tolerance(rtol=0.0, atol=DECADE_BOUND), match_tolerance=Tolerance(rtol=0.0, atol=2 * DECADE_BOUND))


ORDER_BOUND = 0.05  # the share of 6000 independent draws' neighbours that rise: 0.5, within 13 standard deviations


@graded(points=1, hidden=True, group="hyper-parameter search")
def test_log_uniform_draws_in_random_order(student, oracle, rng):
    """log_uniform's draws come in no order: about half of the neighbouring draws rise, as for independent draws
    (draws sorted, or made in order, pair the settings of a random search in order: the smallest learning rate with
    the smallest of another setting drawn alike)."""
    n = 6000
    draws = student.log_uniform(1e-4, 1e-1, n, DRAW_SEEDS[0])
    if not expect_true("draws", is_array(draws, (n,)), f"expected an array of shape ({n},)"):
        not_checked(["draws in random order"], "no draws of that shape")
        return
    rising = float(np.mean(np.diff(np.asarray(draws, dtype=float)) > 0))
    expect_true("draws in random order", abs(rising - 0.5) < ORDER_BOUND,
                f"{rising:.0%} of neighbouring draws rise, where about half do for independent draws: the draws come "
                "in order (sorted, or made in order); return them in the order they were drawn")

### END HIDDEN TESTS
