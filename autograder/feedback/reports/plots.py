"""Plots embedded in reports as data URIs (no files, no network).

Each plot is built by a `*_figure` function (tests read its axes, ticks and labels) and encoded by the
function of the plot's name. A student's plots (a thousand pages of a class, each with its own values)
are `svg.Picture`s drawn by hand, about 1 ms each (matplotlib took 70-170 ms); the class page's three
plots, drawn once, are matplotlib Figures encoded as PNG. A vector is drawn element by element
against its index (integer ticks), a 2-D output as a matrix (never as a flattened line), and a larger
array by its first 2-D slice, which its title names.

A class shares most of its plots (the same mistake on a public test's fixed inputs draws the same
error map), so each plot is drawn once per process and its data URI reused (`_drawn`, keyed by what
it shows). Plots are drawn only where they say something beyond the numbers printed beside them
(`worth_a_heatmap`, `worth_a_values_plot`, `comparison_figures`).
"""
from __future__ import annotations

import base64
import hashlib
import io
import json
import math
from collections import OrderedDict
from collections.abc import Callable, Sequence

import matplotlib

matplotlib.use("Agg")  # no display; set before anything draws
import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from autograder.feedback.reports import svg
from autograder.results import Comparison

_DRAWN: OrderedDict[str, str] = OrderedDict()  # what a plot shows -> its data URI, most recent last
_DRAWN_MAX = 2000  # data URIs held (a few KiB each)
ERROR_LABEL = "|yours - expected|"
YOURS, EXPECTED = "#c62828", "#2e7d32"


def _data_uri(fig: Figure, tight: bool = False) -> str:
    """A matplotlib figure as a PNG data URI at 110 dpi; tight: fit the margins to the labels (a second
    drawing pass)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight" if tight else None)
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


def _integer_ticks(*axes) -> None:
    """Ticks only at whole numbers (element, row and column indices)."""
    for axis in axes:
        axis.set_major_locator(MaxNLocator(integer=True))


# ---------------------------------------------------------------- what is worth drawing


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


def slice_name(name: str, shape: Sequence[int] | None, rows: int | None = None, cols: int | None = None) -> str:
    """The part of output `name` a 2-D picture shows: `name` itself for a matrix shown whole, else its
    first 2-D slice and the rows and columns shown: `dx[0, 0, :, :]`, `dx[0, 0, :48, :48]`."""
    if not shape or len(shape) < 2:
        return name
    lead = [0] * (len(shape) - 2)
    cut = [f":{n}" if n is not None and n < full else ":" for n, full in zip((rows, cols), shape[-2:])]
    if not lead and cut == [":", ":"]:
        return name
    return f"{name}[{', '.join([*map(str, lead), *cut])}]"


def _shape_text(shape: Sequence[int]) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def comparison_figures(c: Comparison) -> list[tuple[str, str]]:
    """(caption, data URI) of the plots a failing comparison earns: a vector's values against the
    expected ones; a matrix (or an array's first 2-D slice) as yours, expected and where they differ
    when every value is known, else its error map; nothing where the printed numbers say it all."""
    shape = c.expected_shape
    same_shape = c.got_shape is None or shape is None or list(c.got_shape) == list(shape)
    if worth_a_heatmap(c.error_map):
        rows, cols = len(c.error_map), len(c.error_map[0])
        part = slice_name(c.name, shape, rows, cols)
        whole = "" if part == c.name else f" of {part} ({c.name} has shape {_shape_text(shape)})"
        if (same_shape and shape and len(shape) >= 2 and c.got_values and c.expected_values
                and len(c.got_values) == len(c.expected_values) == math.prod(shape)):
            return [(f"Where {c.name} is wrong: yours, expected and {ERROR_LABEL}{whole}",
                     matrix_plot(c.got_values, c.expected_values, c.name, shape))]
        return [(f"Where {c.name} is wrong: {ERROR_LABEL}{whole}", error_heatmap(c.error_map, part))]
    if (worth_a_values_plot(c.got_values, c.expected_values, c.error_map) and same_shape
            and (not shape or len(shape) <= 1)):
        return [(f"{c.name}: yours vs expected, element by element",
                 values_plot(c.got_values, c.expected_values, c.name))]
    return []


# ---------------------------------------------------------------- a student's plots (SVG drawn by hand, svg.py)


def error_heatmap(error_map: list[list[float]], title: str) -> str:
    """|yours - expected| over a 2-D slice; `title` names what is drawn (see slice_name)."""
    return _drawn("heatmap", [error_map, title], lambda: _error_heatmap(error_map, title))


def _error_heatmap(error_map: list[list[float]], title: str) -> str:
    return heatmap_figure(error_map, title).data_uri()


def _finite_range(*arrays: np.ndarray) -> tuple[float, float]:
    """The lowest and highest finite value of the arrays (0 and 1 when none is finite)."""
    finite = np.concatenate([a[np.isfinite(a)].ravel() for a in arrays])
    return (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)


def heatmap_figure(error_map: list[list[float]], title: str) -> svg.Picture:
    """A 380 x 300 px picture: the error map, row 0 at the top, and its colour scale."""
    err = np.asarray(error_map, dtype=float)
    low, high = _finite_range(err)
    fig = svg.Picture(380, 300)
    fig.heatmap((58, 30, 220, 220), err, "magma", low, high, f"{ERROR_LABEL} of {title}")
    fig.colorbar((296, 30, 12, 220), "magma", low, high, ERROR_LABEL)
    return fig


def values_plot(got: list[float], expected: list[float], title: str) -> str:
    """Yours vs expected, element by element (a vector: per-layer statistics, small outputs); `title`
    is the output's name."""
    return _drawn("values", [got, expected, title], lambda: values_figure(got, expected, title).data_uri())


def values_figure(got: list[float], expected: list[float], name: str) -> svg.Picture:
    """A 460 x 280 px picture: both vectors against the element index (NaN and Inf in yours: gaps)."""
    x = [float(i) for i in range(len(expected))]
    fig = svg.Picture(460, 280)
    fig.lines((78, 30, 290, 200), [svg.Series("expected", x, [float(v) for v in expected], EXPECTED, "o"),
                                   svg.Series("yours", x, [float(v) for v in got], YOURS, "s", dashed=True)],
              f"{name}: yours vs expected ({len(expected)} elements)", "element index", f"{name} value")
    return fig


def matrix_plot(got: list[float], expected: list[float], name: str, shape: Sequence[int]) -> str:
    """Yours, expected and |yours - expected| of a matrix (or an array's first 2-D slice), side by side."""
    return _drawn("matrix", [got, expected, name, list(shape)],
                  lambda: matrix_figure(got, expected, name, shape).data_uri())


def matrix_figure(got: list[float], expected: list[float], name: str, shape: Sequence[int]) -> svg.Picture:
    """A 780 x 290 px picture: yours and expected on one colour scale (its bar between them and the
    error), the error on its own."""
    rows, cols = shape[-2], shape[-1]
    yours = np.asarray(got, dtype=float)[:rows * cols].reshape(rows, cols)  # the first 2-D slice
    want = np.asarray(expected, dtype=float)[:rows * cols].reshape(rows, cols)
    part = slice_name(name, shape)
    whole = "" if part == name else f", first 2-D slice of shape {_shape_text(shape)}"
    fig = svg.Picture(780, 290, f"{part}: yours vs expected ({rows} x {cols}{whole})")
    low, high = _finite_range(yours, want)
    fig.heatmap((48, 44, 170, 190), yours, "viridis", low, high, "yours")
    fig.heatmap((254, 44, 170, 190), want, "viridis", low, high, "expected", ylabel="")
    fig.colorbar((432, 44, 10, 190), "viridis", low, high, "value")
    error = np.abs(yours - want)
    err_low, err_high = _finite_range(error)
    fig.heatmap((530, 44, 170, 190), error, "magma", err_low, err_high, ERROR_LABEL, ylabel="")
    fig.colorbar((708, 44, 10, 190), "magma", err_low, err_high, ERROR_LABEL)
    return fig


# ---------------------------------------------------------------- the class page's plots


def score_histogram(scores: list[float], max_score: float, title: str) -> str:
    return _data_uri(histogram_figure(scores, max_score, title), tight=True)


def histogram_figure(scores: list[float], max_score: float, title: str) -> Figure:
    fig = Figure(figsize=(6, 2.8))
    ax = fig.add_subplot()
    bins = np.linspace(0, max_score or 1, 11)
    ax.hist(np.clip(scores, 0, max_score or 1), bins=bins, color="#3b6ea8", edgecolor="white")
    ax.set_xlabel(f"score (of {max_score:g} points)")
    ax.set_ylabel("students")
    _integer_ticks(ax.yaxis)
    ax.set_title(f"{title}: scores of {len(scores)} students", fontsize=10)
    return fig


def pass_rates(test_ids: list[str], rates: list[float]) -> str:
    return _data_uri(pass_rates_figure(test_ids, rates), tight=True)


def pass_rates_figure(test_ids: list[str], rates: list[float]) -> Figure:
    fig = Figure(figsize=(6, 0.28 * len(test_ids) + 0.9))
    ax = fig.add_subplot()
    y = np.arange(len(test_ids))
    ax.barh(y, [100 * r for r in rates], color=["#2e7d32" if r >= 0.7 else "#c62828" for r in rates])
    ax.set_yticks(y, [t.removeprefix("test_") for t in test_ids], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("% of students with full points")
    ax.set_title("Full points per test", fontsize=10)
    return fig


def group_distributions(groups: list[tuple[str, float, list[float]]]) -> str:
    """(group, its points, every student's points in it): each group's distribution, as a share of its
    points, one box per group."""
    return _data_uri(groups_figure(groups), tight=True)


def groups_figure(groups: list[tuple[str, float, list[float]]]) -> Figure:
    fig = Figure(figsize=(6, 0.45 * len(groups) + 1.1))
    ax = fig.add_subplot()
    for y, (_, possible, values) in enumerate(groups):
        share = 100 * np.asarray(values or [0.0], dtype=float) / (possible or 1.0)
        low, q1, median, q3, high = np.percentile(share, [0, 25, 50, 75, 100])
        ax.plot([low, high], [y, y], color="#777", linewidth=1)  # every student's share lies on this line
        ax.barh(y, max(q3 - q1, 0.6), left=q1 if q3 > q1 else q1 - 0.3, height=0.5, color="#9ab8dc",
                edgecolor="#3b6ea8")
        ax.plot([median, median], [y - 0.25, y + 0.25], color="#0d2c54", linewidth=2)
        ax.plot([float(share.mean())], [y], marker="^", color="#c62828", markersize=6)
    ax.set_yticks(np.arange(len(groups)), [f"{g} ({possible:g} pts)" for g, possible, _ in groups], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(-2, 102)
    ax.set_xlabel("% of the group's points (line: lowest to highest; box: middle half; bar: median; "
                  "triangle: mean)", fontsize=8)
    ax.set_title("Points per group of tests", fontsize=10)
    return fig
