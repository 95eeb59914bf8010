"""Report plots a TA can read (issue 21): vectors against integer element indices, matrices drawn as
matrices, labels that say what is plotted; the class page's per-group subtotals and outliers."""
import base64
import datetime as dt
import io
import re
from xml.etree import ElementTree

import matplotlib.pyplot as plt
import numpy as np
import pytest

from autograder.course.assignment import load_assignment
from autograder.feedback.reports import build, plots, svg
from autograder.feedback.reports.build import write_reports
from autograder.gradebook.store import Gradebook
from autograder.results import Comparison, SubmissionResult
from autograder.results import TestResult as Outcome

SPEC = load_assignment("a1_backprop")
NOW = dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc)


def integer_ticks(ticks: list[float]) -> bool:
    return bool(ticks) and all(float(t).is_integer() for t in ticks)


def svg_texts(picture) -> list[str]:
    """The text a picture shows, read back from its SVG."""
    root = ElementTree.fromstring(picture.svg())
    return [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]


def test_a_vector_is_drawn_against_integer_element_indices_with_labels():
    fig = plots.values_figure([1.0, 2.5, 3.0, float("nan"), 5.0], [1.0, 2.0, 3.0, 4.0, 5.0], "layer_std")
    [ax] = fig.panels
    assert ax.xlabel == "element index" and ax.ylabel == "layer_std value"
    assert "layer_std" in ax.title and "yours vs expected" in ax.title
    assert integer_ticks(ax.xticks) and ax.xticks[0] == 0 and ax.xticks[-1] == 4
    assert {line.label for line in ax.series} == {"yours", "expected"}
    assert ax.series[0].x == [0, 1, 2, 3, 4]  # the index a worst element is printed with
    texts = svg_texts(fig)
    assert {"element index", "layer_std value", "yours", "expected", ax.title} <= set(texts)
    assert texts.count("|yours - expected|") == 0


def test_a_heatmap_names_its_axes_and_its_colour_scale():
    fig = plots.heatmap_figure([[0.0, 0.5, 0.0], [0.25, 0.0, float("inf")]], "dx")
    [ax] = fig.panels
    assert (ax.xlabel, ax.ylabel) == ("column", "row")
    assert [bar.label for bar in fig.colorbars] == ["|yours - expected|"] and "dx" in ax.title
    assert ax.xticks == [0, 1, 2] and ax.yticks == [0, 1]
    assert (fig.colorbars[0].low, fig.colorbars[0].high) == (0.0, 0.5)  # Inf is off the scale (drawn blue)
    assert {"column", "row", "|yours - expected|", ax.title} <= set(svg_texts(fig))


def test_a_matrix_is_drawn_as_a_matrix_never_as_a_line():
    got = [0.0, 1.0, 2.0, 3.0, 4.0, 9.0]
    fig = plots.matrix_figure(got, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0], "h", [2, 3])
    assert [ax.title for ax in fig.panels] == ["yours", "expected", "|yours - expected|"]
    for ax in fig.panels:
        assert ax.image is not None and ax.image.shape == (2, 3) and not ax.series
        assert ax.xlabel == "column" and integer_ticks(ax.xticks) and integer_ticks(ax.yticks)
    assert fig.panels[0].ylabel == "row"  # the same rows in each panel
    assert [bar.label for bar in fig.colorbars] == ["value", "|yours - expected|"]  # yours and expected share one
    assert fig.panels[2].image.tolist() == [[0.0, 0.0, 0.0], [0.0, 0.0, 4.0]]
    assert "h: yours vs expected (2 x 3)" in fig.title and fig.title in svg_texts(fig)


def test_a_larger_array_shows_its_first_2d_slice_and_says_so():
    fig = plots.matrix_figure(list(np.arange(24.0)), list(np.arange(24.0) + 1), "out", [2, 3, 4])
    assert fig.panels[0].image.tolist() == np.arange(12.0).reshape(3, 4).tolist()
    assert "out[0, :, :]" in fig.title and "(2, 3, 4)" in fig.title
    assert plots.slice_name("dx", [2, 3, 60, 60], 48, 48) == "dx[0, 0, :48, :48]"
    assert plots.slice_name("dx", [5, 7], 5, 7) == "dx"


def test_a_heatmap_is_a_png_of_one_block_per_cell_nan_and_inf_off_the_scale():
    values = np.array([[0.0, 1.0], [float("nan"), float("inf")]])
    rgb = svg.colours(values, "magma", 0.0, 1.0)
    assert rgb[0, 0].tolist() == svg._palette("magma")[0].tolist() and rgb[0, 1].tolist() == svg._palette("magma")[
        255].tolist()
    assert rgb[1, 0].tolist() == rgb[1, 1].tolist() == [0x1E, 0x88, 0xE5]
    png = base64.b64decode(svg.png_rgb(np.repeat(np.repeat(rgb, 3, axis=0), 3, axis=1)))
    image = plt.imread(io.BytesIO(png), format="png")  # matplotlib reads it back through Pillow
    assert image.shape[:2] == (6, 6) and (np.round(image[4, 1, :3] * 255).astype(int).tolist() == [0x1E, 0x88, 0xE5])


def test_tick_labels_tell_close_values_apart():
    assert svg.tick_texts([0.5, 1.0, 1.5]) == ["0.5", "1", "1.5"]
    assert svg.tick_texts([1.00001, 1.00002]) == ["1.00001", "1.00002"]


def comparison(**fields) -> Comparison:
    return Comparison(name=fields.pop("name", "out"), passed=False, message="differs", **fields)


def test_each_failing_output_gets_the_plot_its_shape_calls_for(monkeypatch):
    drawn = []
    monkeypatch.setattr(plots, "matrix_plot", lambda *a: drawn.append("matrix") or "m")
    monkeypatch.setattr(plots, "values_plot", lambda *a: drawn.append("values") or "v")
    monkeypatch.setattr(plots, "error_heatmap", lambda m, title: drawn.append(("heatmap", title)) or "h")
    err = [[0.0, 0.5, 0.0], [0.25, 0.0, 1.0]]
    matrix = comparison(expected_shape=[2, 3], got_shape=[2, 3], error_map=err, got_values=[0.0] * 6,
                        expected_values=[1.0] * 6)
    assert [c for c, _ in plots.comparison_figures(matrix)] == [
        "Where out is wrong: yours, expected and |yours - expected|"]
    big = comparison(expected_shape=[4, 3, 50, 60], got_shape=[4, 3, 50, 60],
                     error_map=(np.arange(48 * 48.0).reshape(48, 48) / 100).tolist())
    caption, _ = plots.comparison_figures(big)[0]
    assert caption == "Where out is wrong: |yours - expected| of out[0, 0, :48, :48] (out has shape (4, 3, 50, 60))"
    vector = comparison(expected_shape=[4], got_shape=[4], got_values=[1.0, 2.0, 3.0, 5.0],
                        expected_values=[1.0, 2.0, 3.0, 4.0])
    assert plots.comparison_figures(vector)[0][0] == "out: yours vs expected, element by element"
    flattened = comparison(expected_shape=[2, 3], got_shape=[6], got_values=[0.0] * 6, expected_values=[1.0] * 6)
    assert plots.comparison_figures(flattened) == []  # a 2-D output is never a line; the shapes are printed
    assert drawn == ["matrix", ("heatmap", "out[0, 0, :48, :48]"), "values"]


def test_plots_encode_to_svg_and_png():
    assert plots.values_plot([1.0, 2.0, 3.0], [1.0, 2.0, 4.0], "v").startswith("data:image/svg+xml;base64,")
    assert plots.matrix_plot([1.0, float("nan"), 3.0, 4.0], [1.0, 2.0, 3.0, 5.0], "m", [2, 2]).startswith(
        "data:image/svg+xml;base64,")
    uri = plots.error_heatmap([[0.0, 0.5], [0.25, float("nan")]], "dx")
    svg_text = base64.b64decode(uri.removeprefix("data:image/svg+xml;base64,")).decode()
    assert "<script" not in svg_text and not re.search(r'href="(?!data:image/png;base64,)', svg_text)
    assert plots.group_distributions([("layers", 10.0, [10.0, 5.0, 0.0]), ("losses", 4.0, [4.0])]).startswith(
        "data:image/png;base64,")


def test_groups_figure_labels_each_group_with_its_points():
    fig = plots.groups_figure([("affine layer", 10.0, [10.0, 8.0, 2.0]), ("losses", 16.0, [16.0, 16.0])])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["affine layer (10 pts)", "losses (16 pts)"]
    assert "% of the group's points" in ax.get_xlabel()


# ---------------------------------------------------------------- the class page

GROUPS = {"test_a": ("layers", 4.0), "test_b": ("layers", 6.0), "test_c": ("losses", 5.0)}


def student(name: str, earned: dict[str, float]) -> SubmissionResult:
    tests = [Outcome(id=tid, name=tid, points_possible=p, points_earned=earned.get(tid, p), group=g,
                     status="passed" if earned.get(tid, p) == p else "failed") for tid, (g, p) in GROUPS.items()]
    return SubmissionResult(student=name, assignment=SPEC.id, submission_file="backprop.py",
                            sha256=name.encode().hex().ljust(64, "0")[:64], score=sum(t.points_earned for t in tests),
                            max_score=15.0, tests=tests, duration_s=0.1, graded_at="2030-01-01T00:00:00Z",
                            grader_version="g")


@pytest.fixture(scope="module")
def class_page(tmp_path_factory):
    """20 students: most have everything; a few lose test_b's partial points (typical); `odd` fails
    test_a, which the rest of the class passes; `low` fails nearly everything."""
    root = tmp_path_factory.mktemp("class")
    results = [student(f"s{i:02d}", {"test_b": 3.0} if i % 4 == 0 else {}) for i in range(18)]
    results += [student("odd", {"test_a": 0.0}), student("low", {"test_a": 0.0, "test_b": 0.0, "test_c": 1.0})]
    with Gradebook(root / "gradebook.sqlite") as gb:
        for r in results:
            gb.record(r)
        gb.add_adjustment("s01", SPEC.id, 1.0, "a clear write-up", "ta")
        target = write_reports(gb, SPEC, root / "reports", now=NOW, workers=1)
    return (target / "index.html").read_text()


def test_the_class_page_shows_subtotals_per_group(class_page):
    section = class_page.split("<h2>Groups of tests</h2>")[1].split("<h2>")[0]
    rows = [r.split("</tr>")[0] for r in section.split('<tr class="group">')[1:]]
    assert [r.split("<td>")[1].split("</td>")[0] for r in rows] == ["layers", "losses", "staff adjustments"]
    layers = rows[0]
    # 13 students with 10, 5 with 7 (lost 3 of test_b), odd 6, low 0: mean 171 / 20
    assert "<td>10</td><td>8.55</td><td>10</td>" in layers and "13 (65%)" in layers
    assert "Distribution of points per group of tests" in class_page


def test_the_class_page_lists_outliers_with_links_and_not_typical_students(class_page):
    section = class_page.split('<h2 id="outliers">Outliers</h2>')[1].split("<h2>")[0]
    totals, on_a_test = section.split("<h3>")[1], section.split("<h3>")[2]
    assert '<a href="students/low.html">low</a>' in totals and "odd" not in totals
    assert "test_a" in on_a_test and "90% pass" in on_a_test
    assert '<a href="students/odd.html">odd</a> (0 / 4)' in on_a_test
    assert '<a href="students/low.html">low</a>' in on_a_test
    assert "test_c" in on_a_test and "95% pass" in on_a_test  # low has 1 of its 5 points
    assert "test_b" not in on_a_test  # 70% pass it: not "most of the class"
    for typical in ("s00", "s01", "s04", "s17"):
        assert typical not in section


def test_robust_z_scores():
    assert build.robust_z([]) == []
    assert build.robust_z([3.0, 3.0, 3.0]) == [None, None, None]
    z = build.robust_z([10.0, 10.0, 10.0, 10.0, 9.0, 0.0])  # a MAD of 0: the mean absolute deviation instead
    assert z[-1] < -3.5 < z[-2] and z[0] == 0


def test_no_group_section_when_no_test_declares_a_group():
    plain = student("x", {}).model_copy(deep=True)
    for t in plain.tests:
        t.group = ""
    assert build.group_subtotals([plain]) == []
