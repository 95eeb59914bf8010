"""Evaluation data no public copy matches: what graders that score a trained model apply to the
inputs they evaluate on.

A grader that computes accuracy on a data set the student could also obtain (a data set bundled
with a package, a generator in public code, the recorded answers of a student release) would
give full marks to a lookup. So evaluation inputs are shown to the student's code only after
`disguised()`, with the `eval_rng` fixture, which is drawn per student and submission from the
course secret when grading: each image is shifted by its own sub-pixel offset, its contrast and
brightness changed and noise added, labels unchanged. A trained model barely notices; a table of
public images matched exactly finds nothing. (The data files themselves are hidden from the
sandbox with `forbidden_modules`, e.g. "sklearn.datasets".)
"""
from __future__ import annotations

import numpy as np

SEEN_IMAGES = 200  # training images asked for beside the test images, to tell how well the model fits them


def with_seen_images(X_test: np.ndarray, X_train: np.ndarray, y_train: np.ndarray,
                     count: int = SEEN_IMAGES) -> tuple[np.ndarray, np.ndarray]:
    """X_test followed by `count` of the training images (evenly spaced), and those images' labels: one call of
    the student's code tells how well the model fits what it trained on beside how well it does on new images
    (checks.expect_accuracy's seen_labels). Shapes: (N_test + count, ...), (count,)."""
    seen = np.arange(0, len(X_train), max(1, len(X_train) // count))[:count]
    return np.concatenate([X_test, X_train[seen]]), np.asarray(y_train)[seen]


def disguised(images: np.ndarray, rng: np.random.Generator, shift: float = 0.25, contrast: float = 0.1,
              brightness: float = 0.05, noise: float = 0.02) -> np.ndarray:
    """images (N, C, H, W), float, values in about [0, 1], as no public copy has them.

    Per image: a shift of up to `shift` pixels along each axis (bilinear, edges repeated), its values
    scaled by 1 + U(-contrast, contrast) around their mean and moved by U(-brightness, brightness),
    plus Gaussian noise of standard deviation `noise`. Same shape and dtype; labels are unchanged.
    """
    x = np.asarray(images, dtype=np.float64)
    n = len(x)
    x = _shift(x, rng.uniform(-shift, shift, n), axis=3)
    x = _shift(x, rng.uniform(-shift, shift, n), axis=2)
    mean = x.mean(axis=(1, 2, 3), keepdims=True)
    x = mean + (x - mean) * (1 + rng.uniform(-contrast, contrast, (n, 1, 1, 1)))
    x = x + rng.uniform(-brightness, brightness, (n, 1, 1, 1)) + rng.normal(0.0, noise, x.shape)
    return x.astype(np.asarray(images).dtype)


def _shift(x: np.ndarray, offsets: np.ndarray, axis: int) -> np.ndarray:
    """Each image moved by its own offset (|offset| <= 1 pixel) along axis, by linear interpolation."""
    pad = [(0, 0)] * x.ndim
    pad[axis] = (1, 1)
    padded = np.pad(x, pad, mode="edge")
    length = x.shape[axis]
    before = np.take(padded, range(0, length), axis=axis)  # the neighbour on the lower side
    after = np.take(padded, range(2, length + 2), axis=axis)  # the neighbour on the higher side
    weight = np.abs(offsets).reshape(-1, *([1] * (x.ndim - 1)))
    neighbour = np.where((offsets > 0).reshape(weight.shape), before, after)
    return (1 - weight) * x + weight * neighbour
