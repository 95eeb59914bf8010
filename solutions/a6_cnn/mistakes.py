"""Typical a6 mistakes (each replaces train_and_predict; named when they reproduce the student's logits)."""
import numpy as np
import torch
from torch import nn

from autograder.testing import Catalog

catalog = Catalog()


@catalog.helper
def _small_cnn(channels, n_classes):
    torch.set_num_threads(1)  # as in the sandbox, so a mistake run here reproduces the student's numbers
    return nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))


@catalog.mistake("untrained_model", "The model is never trained (no optimizer steps): its predictions are chance. "
                 "Loop over mini-batches: zero_grad, loss.backward(), optimizer.step().")
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    model = _small_cnn(X_train.shape[1], int(y_train.max()) + 1).eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()


@catalog.mistake("labels_shuffled", "The labels are shuffled apart from their images (e.g. X and y permuted "
                 "separately): the model learns nothing. Index X and y with the same permutation.")
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):  # noqa: F811
    torch.manual_seed(seed)
    y_train = np.random.default_rng(seed).permutation(y_train)
    model = _small_cnn(X_train.shape[1], int(y_train.max()) + 1)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    for _ in range(5):
        for idx in torch.randperm(len(y)).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()


@catalog.mistake("predictions_not_logits", "Return logits for every class, shape (len(X_test), n_classes), not "
                 "the predicted class indices: the grader takes the argmax itself.")
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):  # noqa: F811
    return np.zeros(len(X_test), dtype=np.int64)
