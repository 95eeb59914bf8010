"""Assignment a6 (CNN training): data sets, a small lecture-style CNN and its training loop (torch).

Data sets the grader can use without a network:
- scikit-learn's digits (1,797 8x8 grey images, shipped with the package);
- `shapes`: generated 3x32x32 images of four shapes at random positions and colours on noise,
  which a linear model on pixels cannot separate well but a small CNN can;
- an instructor's folder in torchvision's ImageFolder layout (root/<class>/<image>), e.g. CIFAR-10
  exported to PNG, via `load_image_folder`.
The grader evaluates accuracy itself on held-out data whose labels the student never sees.
"""
from __future__ import annotations

import functools
import random
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn


def set_seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if torch.cuda.is_available():
        torch.cuda.manual_seed_all(seed)


def device() -> torch.device:
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def split(X: np.ndarray, y: np.ndarray, test_fraction: float, seed: int):
    order = np.random.default_rng(seed).permutation(len(y))
    n_test = int(round(test_fraction * len(y)))
    test, train = order[:n_test], order[n_test:]
    return X[train], y[train], X[test], y[test]


def load_digits(seed: int = 0, test_fraction: float = 0.3):
    """(X_train, y_train, X_test, y_test); X float32 (N, 1, 8, 8) scaled to [0, 1], y int64."""
    from sklearn.datasets import load_digits as sk_digits

    data = sk_digits()
    X = (data.images / 16.0).astype(np.float32)[:, None]
    return split(X, data.target.astype(np.int64), test_fraction, seed)


def make_shapes(n: int, seed: int = 0, size: int = 32):
    """n images (N, 3, size, size) float32 of 4 classes: horizontal bar, vertical bar, cross, hollow square."""
    rng = np.random.default_rng(seed)
    X = rng.normal(0.0, 0.25, size=(n, 3, size, size)).astype(np.float32)
    y = rng.integers(0, 4, size=n).astype(np.int64)
    for i in range(n):
        s = int(rng.integers(7, 12))
        r, c = (int(v) for v in rng.integers(0, size - s, size=2))
        colour = rng.uniform(0.6, 1.0, size=(3, 1, 1)).astype(np.float32)
        mask = np.zeros((size, size), dtype=bool)
        mid = s // 2
        if y[i] == 0:
            mask[r + mid - 1:r + mid + 1, c:c + s] = True
        elif y[i] == 1:
            mask[r:r + s, c + mid - 1:c + mid + 1] = True
        elif y[i] == 2:
            mask[r + mid - 1:r + mid + 1, c:c + s] = True
            mask[r:r + s, c + mid - 1:c + mid + 1] = True
        else:
            mask[r:r + s, c:c + s] = True
            mask[r + 2:r + s - 2, c + 2:c + s - 2] = False
        X[i][:, mask] += colour[:, 0]
    return X, y


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp")


def load_image_folder(root: Path, size: int = 32, max_items: int | None = None, seed: int = 0):
    """An ImageFolder layout (root/<class>/<file>): X float32 (N, 3, size, size) in [0, 1], y, class names.

    max_items: read only a seeded random subset of that many files (CIFAR-10 has 60,000).
    """
    from PIL import Image

    classes = sorted(p.name for p in Path(root).iterdir() if p.is_dir())
    files = [(f, label) for label, name in enumerate(classes)
             for f in sorted((Path(root) / name).iterdir()) if f.suffix.lower() in IMAGE_SUFFIXES]
    if not files:
        raise ValueError(f"{root}: no images in class folders (expected root/<class>/<image>.png)")
    if max_items is not None and len(files) > max_items:
        chosen = np.sort(np.random.default_rng(seed).choice(len(files), size=max_items, replace=False))
        files = [files[i] for i in chosen]
    images = [np.asarray(Image.open(f).convert("RGB").resize((size, size)), dtype=np.float32).transpose(2, 0, 1)
              / 255.0 for f, _ in files]
    return np.stack(images), np.array([label for _, label in files], dtype=np.int64), classes


@functools.lru_cache(maxsize=2)
def image_folder_split(root: str, size: int = 32, max_items: int = 6000, test_fraction: float = 0.25, seed: int = 0):
    """(X_train, y_train, X_test, y_test) of an instructor's folder, read once per grading process
    (a batch worker grades many submissions on it); the arrays are read-only."""
    X, y, _ = load_image_folder(Path(root), size=size, max_items=max_items, seed=seed)
    parts = split(X, y, test_fraction, seed)
    for a in parts:
        a.setflags(write=False)
    return parts


class SmallCNN(nn.Module):
    """conv-BN-ReLU-pool blocks, then a linear classifier (the lecture's pattern)."""

    def __init__(self, in_channels: int, n_classes: int, width: int = 16, blocks: int = 2) -> None:
        super().__init__()
        layers: list[nn.Module] = []
        c = in_channels
        for b in range(blocks):
            out = width * 2 ** b
            layers += [nn.Conv2d(c, out, 3, padding=1), nn.BatchNorm2d(out), nn.ReLU(), nn.MaxPool2d(2)]
            c = out
        self.features = nn.Sequential(*layers)
        self.head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(c, n_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))


def train(model: nn.Module, X: np.ndarray, y: np.ndarray, epochs: int = 15, lr: float = 3e-3, batch_size: int = 64,
          seed: int = 0, time_budget_s: float | None = None) -> nn.Module:
    """Adam with a cosine schedule over mini-batches; stops early when the time budget runs out."""
    set_seed(seed)
    dev = device()
    model = model.to(dev)
    Xt, yt = torch.tensor(X, device=dev), torch.tensor(y, device=dev)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    steps = epochs * ((len(y) + batch_size - 1) // batch_size)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, steps)
    start = time.monotonic()
    generator = torch.Generator(device="cpu").manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=generator).split(batch_size):
            idx = idx.to(dev)
            opt.zero_grad()
            nn.functional.cross_entropy(model(Xt[idx]), yt[idx]).backward()
            opt.step()
            sched.step()
        if time_budget_s is not None and time.monotonic() - start > time_budget_s:
            break
    return model.eval()


@torch.no_grad()
def predict_logits(model: nn.Module, X: np.ndarray, batch_size: int = 512) -> np.ndarray:
    dev = next(model.parameters()).device
    model.eval()
    return np.concatenate([model(torch.tensor(X[i:i + batch_size], device=dev)).float().cpu().numpy()
                           for i in range(0, len(X), batch_size)])


def accuracy(logits: np.ndarray, y: np.ndarray) -> float:
    """Share of rows whose largest logit is the true class; computed by the grader, never by the student."""
    return float((np.asarray(logits).argmax(axis=1) == y).mean())


def train_and_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, seed: int = 0,
                      time_budget_s: float = 60.0) -> np.ndarray:
    """The reference answer to a6: train SmallCNN on the labelled data, return logits for X_test."""
    model = SmallCNN(X_train.shape[1], int(y_train.max()) + 1)
    return predict_logits(train(model, X_train, y_train, seed=seed, time_budget_s=time_budget_s), X_test)
