"""Pictures drawn as SVG by hand: heat maps, lines with markers, axes with their ticks, colour bars.

A class of a thousand students has a thousand pages, each with plots of its own values; matplotlib's
full pipeline (figure, axes, tick objects, Agg rasterizing, PNG) takes 70-170 ms per plot on one core,
this about 1 ms. A `Picture` keeps what it shows (`panels`: titles, axis labels, ticks, images,
series, colour bars) for tests to read, and writes itself as SVG text. Heat maps are a PNG inside the
SVG (one block of pixels per cell, drawn without smoothing); the rest is vector shapes and text.

Every length is in SVG user units (CSS pixels at 100% zoom); font sizes too.
"""
from __future__ import annotations

import base64
import math
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from xml.sax.saxutils import escape, quoteattr

import matplotlib
import numpy as np
from matplotlib.ticker import MaxNLocator

BAD = "#1e88e5"  # NaN and Inf, off the colour scale
FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
CHAR_W = 0.6  # a character's width as a share of the font size (DejaVu Sans digits), for placing labels

Box = tuple[float, float, float, float]  # left, top, width, height


@dataclass
class Colorbar:
    """A colour scale: its label, its range and the values it labels."""
    label: str
    low: float
    high: float
    ticks: list[float]


@dataclass
class Series:
    """A line of values against x, with markers: `x` the positions, `y` the values (NaN or Inf: a gap)."""
    label: str
    x: list[float]
    y: list[float]
    color: str
    marker: str  # "o" circle, "s" square
    dashed: bool = False


@dataclass
class Panel:
    """One plotting area: what it is titled, its axes' labels and ticks (data values), and what it shows:
    an image (2-D values, row 0 at the top) or series of values."""
    title: str
    xlabel: str
    ylabel: str
    xticks: list[float] = field(default_factory=list)
    yticks: list[float] = field(default_factory=list)
    image: np.ndarray | None = None
    series: list[Series] = field(default_factory=list)


@dataclass
class Picture:
    """An SVG picture of `width` x `height` px, built panel by panel; `title` is drawn on top."""
    width: float
    height: float
    title: str = ""
    panels: list[Panel] = field(default_factory=list)
    colorbars: list[Colorbar] = field(default_factory=list)
    _parts: list[str] = field(default_factory=list, repr=False)

    # ------------------------------------------------------------ what a picture holds

    def heatmap(self, box: Box, values: np.ndarray, cmap: str, low: float, high: float, title: str,
                xlabel: str = "column", ylabel: str = "row") -> Panel:
        """`values` (rows x columns) as cells coloured by `cmap` from `low` to `high` (NaN, Inf: BAD),
        row 0 at the top, integer ticks at the cells' centres."""
        rows, cols = values.shape
        left, top, w, h = box
        xticks, yticks = integer_ticks(cols - 1, w), integer_ticks(rows - 1, h)
        panel = Panel(title, xlabel, ylabel, xticks, yticks, image=values)
        scale = max(1, min(64, math.ceil(max(w / cols, h / rows))))  # pixels per cell: crisp when scaled a little
        png = png_rgb(np.repeat(np.repeat(colours(values, cmap, low, high), scale, axis=0), scale, axis=1))
        self._parts.append(f'<image x="{left:g}" y="{top:g}" width="{w:g}" height="{h:g}" preserveAspectRatio="none" '
                           f'style="image-rendering:pixelated" href="data:image/png;base64,{png}"/>')
        self._frame(box)
        self._xaxis(box, [(left + (t + 0.5) * w / cols, str(int(t))) for t in xticks])
        self._yaxis(box, [(top + (t + 0.5) * h / rows, str(int(t))) for t in yticks], ylabel)
        self._labels(box, title, xlabel)
        self.panels.append(panel)
        return panel

    def lines(self, box: Box, series: list[Series], title: str, xlabel: str, ylabel: str) -> Panel:
        """Series against x with integer x ticks (element indices), value ticks on y, and a legend right of
        the box (leave about 80 px there)."""
        left, top, w, h = box
        xs = [x for s in series for x in s.x]
        ys = [y for s in series for y in s.y if math.isfinite(y)] or [0.0]
        x0, x1 = min(xs) - 0.5, max(xs) + 0.5
        y0, y1 = min(ys), max(ys)
        pad = 0.08 * (y1 - y0) if y1 > y0 else 0.5 * (abs(y0) or 1.0)
        y0, y1 = y0 - pad, y1 + pad
        px = lambda x: left + (x - x0) / (x1 - x0) * w  # noqa: E731 - data to picture coordinates
        py = lambda y: top + (y1 - y) / (y1 - y0) * h  # noqa: E731
        yticks = [float(t) for t in MaxNLocator(nbins=5).tick_values(y0, y1) if y0 <= t <= y1]
        panel = Panel(title, xlabel, ylabel, integer_ticks(max(xs) if xs else 0, w, low=min(xs, default=0)), yticks,
                      series=series)
        self._frame(box)
        for t in yticks:  # light grid lines at the value ticks
            self._parts.append(f'<line x1="{left:g}" x2="{left + w:g}" y1="{py(t):.1f}" y2="{py(t):.1f}" '
                               f'stroke="#e6e6e6"/>')
        for s in series:
            run: list[str] = []
            for x, y in [*zip(s.x, s.y), (0.0, math.nan)]:  # a NaN or Inf breaks the line
                if math.isfinite(y):
                    run.append(f"{px(x):.1f},{py(y):.1f}")
                    continue
                if len(run) > 1:
                    self._parts.append(f'<polyline points="{" ".join(run)}" fill="none" stroke="{s.color}" '
                                       f'stroke-width="1.5"{_dash(s)}/>')
                run = []
            for x, y in zip(s.x, s.y):
                if math.isfinite(y):
                    self._parts.append(_marker(s.marker, px(x), py(y), s.color))
        self._xaxis(box, [(px(t), str(int(t))) for t in panel.xticks])
        self._yaxis(box, list(zip(map(py, yticks), tick_texts(yticks))), ylabel)
        self._labels(box, title, xlabel)
        for i, s in enumerate(series):  # the legend, right of the frame (never over the data)
            y = top + 10 + 14 * i
            x = left + w + 10
            self._parts.append(f'<line x1="{x:g}" x2="{x + 20:g}" y1="{y:g}" y2="{y:g}" stroke="{s.color}" '
                               f'stroke-width="1.5"{_dash(s)}/>')
            self._parts.append(_marker(s.marker, x + 10, y, s.color))
            self._parts.append(_text(x + 25, y + 3.5, s.label, 9))
        self.panels.append(panel)
        return panel

    def colorbar(self, box: Box, cmap: str, low: float, high: float, label: str) -> Colorbar:
        """A vertical colour scale from `low` (bottom) to `high` (top), ticks and `label` on its right."""
        left, top, w, h = box
        ramp = np.linspace(high, low, 256).reshape(256, 1)
        png = png_rgb(colours(ramp, cmap, low, high))
        ticks = [float(t) for t in MaxNLocator(nbins=5).tick_values(low, high) if low <= t <= high] if high > low \
            else [low]
        bar = Colorbar(label, low, high, ticks)
        self._parts.append(f'<image x="{left:g}" y="{top:g}" width="{w:g}" height="{h:g}" preserveAspectRatio="none" '
                           f'href="data:image/png;base64,{png}"/>')
        self._frame(box)
        texts = tick_texts(ticks)
        for t, text in zip(ticks, texts):
            y = top + h / 2 if high <= low else top + (high - t) / (high - low) * h
            self._parts.append(f'<line x1="{left + w:g}" x2="{left + w + 3:g}" y1="{y:.1f}" y2="{y:.1f}" '
                               f'stroke="#333"/>')
            self._parts.append(_text(left + w + 5, y + 3.5, text, 9))
        x = left + w + 9 + CHAR_W * 9 * max(map(len, texts), default=1)
        self._parts.append(_text(x, top + h / 2, label, 10, anchor="middle", rotate=90))
        self.colorbars.append(bar)
        return bar

    # ------------------------------------------------------------ drawing

    def _frame(self, box: Box) -> None:
        left, top, w, h = box
        self._parts.append(f'<rect x="{left:g}" y="{top:g}" width="{w:g}" height="{h:g}" fill="none" stroke="#333"/>')

    def _xaxis(self, box: Box, ticks: list[tuple[float, str]]) -> None:
        left, top, w, h = box
        for x, text in ticks:
            self._parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top + h:g}" y2="{top + h + 3:g}" stroke="#333"/>')
            self._parts.append(_text(x, top + h + 13, text, 9, anchor="middle"))

    def _yaxis(self, box: Box, ticks: list[tuple[float, str]], label: str) -> None:
        left, top, w, h = box
        for y, text in ticks:
            self._parts.append(f'<line x1="{left - 3:g}" x2="{left:g}" y1="{y:.1f}" y2="{y:.1f}" stroke="#333"/>')
            self._parts.append(_text(left - 5, y + 3.5, text, 9, anchor="end"))
        widest = max((len(text) for _, text in ticks), default=1)
        if label:
            self._parts.append(_text(left - 10 - CHAR_W * 9 * widest, top + h / 2, label, 10, anchor="middle",
                                     rotate=-90))

    def _labels(self, box: Box, title: str, xlabel: str) -> None:
        left, top, w, h = box
        self._parts.append(_text(left + w / 2, top + h + 28, xlabel, 10, anchor="middle"))
        self._parts.append(_text(left + w / 2, top - 7, title, 10, anchor="middle"))

    def svg(self) -> str:
        """The picture as a standalone SVG document (no script, no external reference)."""
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width:g}" height="{self.height:g}" '
                f'viewBox="0 0 {self.width:g} {self.height:g}" font-family={quoteattr(FONT)} fill="#111">'
                f'<rect width="100%" height="100%" fill="#fff"/>')
        title = _text(self.width / 2, 16, self.title, 11, anchor="middle") if self.title else ""
        return head + title + "".join(self._parts) + "</svg>"

    def data_uri(self) -> str:
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg().encode()).decode()


# ---------------------------------------------------------------- pieces


def integer_ticks(high: float, length: float, low: float = 0) -> list[float]:
    """Whole numbers from `low` to `high` to label an axis `length` px long (about one per 40 px)."""
    bins = max(1, min(int(high - low) or 1, int(length // 40)))
    return [float(t) for t in MaxNLocator(nbins=bins, integer=True).tick_values(low, high) if low <= t <= high]


def tick_texts(values: Sequence[float]) -> list[str]:
    """Tick labels with as few significant digits (3 to 9) as tell them apart."""
    for digits in range(3, 10):
        texts = [f"{v:.{digits}g}" for v in values]
        if len(set(texts)) == len(texts):
            return texts
    return texts


@cache
def _palette(cmap: str) -> np.ndarray:
    """The colour map's 256 colours as uint8 RGB (256 x 3)."""
    return (matplotlib.colormaps[cmap](np.linspace(0, 1, 256))[:, :3] * 255).round().astype(np.uint8)


def colours(values: np.ndarray, cmap: str, low: float, high: float) -> np.ndarray:
    """uint8 RGB (rows x columns x 3) of 2-D `values` on `cmap` from `low` to `high`; NaN and Inf: BAD."""
    finite = np.isfinite(values)
    span = high - low if high > low else 1.0
    index = np.clip(np.nan_to_num((values - low) / span * 255, nan=0, posinf=0, neginf=0), 0, 255).round()
    rgb = _palette(cmap)[index.astype(np.intp)]
    rgb[~finite] = [int(BAD[i:i + 2], 16) for i in (1, 3, 5)]
    return rgb


def png_rgb(rgb: np.ndarray) -> str:
    """A PNG (8-bit RGB, no interlacing) of a rows x columns x 3 uint8 array, base64-encoded."""
    rows, cols, _ = rgb.shape
    # filter 2 (Up) on every row after the first: repeated rows of a scaled-up cell become zeros
    data = np.asarray(rgb, dtype=np.uint8).reshape(rows, cols * 3)
    up = np.vstack([data[:1], (data[1:].astype(np.int16) - data[:-1]) % 256]).astype(np.uint8)
    raw = np.hstack([np.array([[0]] + [[2]] * (rows - 1), dtype=np.uint8), up]).tobytes()

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", cols, rows, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))
    return base64.b64encode(png).decode()


def _text(x: float, y: float, text: str, size: float, anchor: str = "start", rotate: float = 0) -> str:
    turn = f' transform="rotate({rotate:g} {x:.1f} {y:.1f})"' if rotate else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size:g}" text-anchor="{anchor}"{turn}>{escape(text)}</text>'


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "s":
        return f'<rect x="{x - 3:.1f}" y="{y - 3:.1f}" width="6" height="6" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.2" fill="{colour}"/>'


def _dash(series: Series) -> str:
    return ' stroke-dasharray="5 3"' if series.dashed else ""
