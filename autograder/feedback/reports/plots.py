"""Plots embedded in reports as PNG data URIs (no files, no network)."""
from __future__ import annotations

import base64
import io

import matplotlib

matplotlib.use("Agg")  # no display; set before pyplot is imported
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def _data_uri(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def score_histogram(scores: list[float], max_score: float, title: str) -> str:
    fig, ax = plt.subplots(figsize=(6, 2.8))
    bins = np.linspace(0, max_score or 1, 11)
    ax.hist(scores, bins=bins, color="#3b6ea8", edgecolor="white")
    ax.set_xlabel("score")
    ax.set_ylabel("students")
    ax.set_title(title)
    return _data_uri(fig)


def pass_rates(test_ids: list[str], rates: list[float]) -> str:
    fig, ax = plt.subplots(figsize=(6, 0.28 * len(test_ids) + 0.8))
    y = np.arange(len(test_ids))
    ax.barh(y, [100 * r for r in rates], color=["#2e7d32" if r >= 0.7 else "#c62828" for r in rates])
    ax.set_yticks(y, [t.removeprefix("test_") for t in test_ids], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of students with full points")
    return _data_uri(fig)


def error_heatmap(error_map: list[list[float]], title: str) -> str:
    err = np.asarray(error_map, dtype=float)
    fig, ax = plt.subplots(figsize=(3.6, 3.0))
    im = ax.imshow(err, cmap="magma", interpolation="nearest")
    fig.colorbar(im, ax=ax, label="|yours - expected|")
    ax.set_title(title, fontsize=9)
    ax.set_xlabel("column")
    ax.set_ylabel("row")
    return _data_uri(fig)


def values_plot(got: list[float], expected: list[float], title: str) -> str:
    """Yours vs expected, element by element (per-layer statistics, small vectors)."""
    fig, ax = plt.subplots(figsize=(4.6, 2.6))
    x = np.arange(1, len(expected) + 1)
    ax.plot(x, expected, "o-", label="expected", color="#2e7d32")
    ax.plot(x, got, "s--", label="yours", color="#c62828")
    ax.set_title(title, fontsize=9)
    ax.set_xlabel("element (layer)")
    ax.legend(fontsize=8)
    return _data_uri(fig)
