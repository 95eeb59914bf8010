"""Plots embedded in reports as PNG data URIs (no files, no network).

A class shares most of its plots (the same mistake on a public test's fixed inputs draws the same
error map), so each plot is drawn once per process and its data URI reused (`_drawn`, keyed by what
it shows). Plots are drawn only where they say something beyond the numbers printed beside them
(`worth_a_heatmap`, `worth_a_values_plot`).
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import math
from collections import OrderedDict
from collections.abc import Callable

import matplotlib

matplotlib.use("Agg")  # no display; set before pyplot is imported
import matplotlib.pyplot as plt
import numpy as np

_DRAWN: OrderedDict[str, str] = OrderedDict()  # what a plot shows -> its data URI, most recent last
_DRAWN_MAX = 2000  # data URIs held (a few KiB each)


def _data_uri(fig, tight: bool = False) -> str:
    """tight: fit the margins to the labels (a second drawing pass; the class page's plots, drawn once);
    else the margins the plot set (a student's plots, a thousand of them)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight" if tight else None)
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _drawn(kind: str, content: object, draw: Callable[[], str]) -> str:
    """The data URI of a plot, drawn the first time its content is seen in this process."""
    key = kind + hashlib.sha256(json.dumps(content, allow_nan=True).encode()).hexdigest()
    uri = _DRAWN.get(key)
    if uri is None:
        uri = _DRAWN[key] = draw()
        if len(_DRAWN) > _DRAWN_MAX:
            _DRAWN.popitem(last=False)
    else:
        _DRAWN.move_to_end(key)
    return uri


def worth_a_heatmap(error_map: list[list[float]] | None) -> bool:
    """A map says where an output is wrong: worth drawing when it has rows and columns, more than one
    element is wrong and the errors differ (one wrong element, or the same error everywhere, is said
    by the worst element and the max error printed beside it)."""
    if not error_map or len(error_map) < 2 or len(error_map[0]) < 2:
        return False
    err = np.asarray(error_map, dtype=float)
    if not np.isfinite(err).all():
        return True  # where the NaN or Inf are
    wrong = err[err > 1e-12 * max(float(err.max()), 1e-300)]
    return len(wrong) > 1 and float(wrong.max() - wrong.min()) > 0.01 * float(wrong.max())


def worth_a_values_plot(got: list[float] | None, expected: list[float] | None, error_map: object = None) -> bool:
    """Yours vs expected, element by element: for a small vector of at least three values (per-layer
    statistics); an array with rows and columns gets its error map instead."""
    return bool(got and expected and len(got) == len(expected) >= 3 and not error_map)


def score_histogram(scores: list[float], max_score: float, title: str) -> str:
    fig, ax = plt.subplots(figsize=(6, 2.8))
    bins = np.linspace(0, max_score or 1, 11)
    ax.hist(scores, bins=bins, color="#3b6ea8", edgecolor="white")
    ax.set_xlabel("score")
    ax.set_ylabel("students")
    ax.set_title(title)
    return _data_uri(fig, tight=True)


def pass_rates(test_ids: list[str], rates: list[float]) -> str:
    fig, ax = plt.subplots(figsize=(6, 0.28 * len(test_ids) + 0.8))
    y = np.arange(len(test_ids))
    ax.barh(y, [100 * r for r in rates], color=["#2e7d32" if r >= 0.7 else "#c62828" for r in rates])
    ax.set_yticks(y, [t.removeprefix("test_") for t in test_ids], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of students with full points")
    return _data_uri(fig, tight=True)


def error_heatmap(error_map: list[list[float]], title: str) -> str:
    return _drawn("heatmap", [error_map, title], lambda: _error_heatmap(error_map, title))


def _error_heatmap(error_map: list[list[float]], title: str) -> str:
    err = np.asarray(error_map, dtype=float)
    fig, ax = plt.subplots(figsize=(3.6, 3.0))
    fig.subplots_adjust(left=0.15, right=0.83, bottom=0.15, top=0.9)
    im = ax.imshow(err, cmap="magma", interpolation="nearest")
    fig.colorbar(im, ax=ax, label="|yours - expected|")
    ax.set_title(title, fontsize=9)
    ax.set_xlabel("column")
    ax.set_ylabel("row")
    return _data_uri(fig)


def values_plot(got: list[float], expected: list[float], title: str) -> str:
    """Yours vs expected, element by element (per-layer statistics, small vectors)."""
    return _drawn("values", [got, expected, title], lambda: _values_plot(got, expected, title))


def _values_plot(got: list[float], expected: list[float], title: str) -> str:
    fig, ax = plt.subplots(figsize=(4.6, 2.6))
    fig.subplots_adjust(left=0.15, right=0.97, bottom=0.18, top=0.89)
    x = np.arange(1, len(expected) + 1)
    ax.plot(x, expected, "o-", label="expected", color="#2e7d32")
    ax.plot(x, [v if math.isfinite(v) else np.nan for v in got], "s--", label="yours", color="#c62828")
    ax.set_title(title, fontsize=9)
    ax.set_xlabel("element (layer)")
    ax.legend(fontsize=8)
    return _data_uri(fig)
