"""Reports at scale (issue 28): pages written by worker processes are the pages written here, one bad
student still costs only their pages, plots are drawn only where they say something and once per
picture, and the class page folds long lists of students. Timings live in bench/reports.py."""
import datetime as dt

import pytest

from autograder.course.assignment import load_assignment
from autograder.feedback.reports import build, plots
from autograder.feedback.reports.build import write_reports
from autograder.gradebook.store import Gradebook
from autograder.results import Comparison, MistakeMatch, SubmissionResult
from autograder.results import TestResult as Outcome

SPEC = load_assignment("a1_backprop")
NOW = dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc)
WRONG_MAP = [[0.0, 0.5, 0.0], [0.25, 0.0, 1.0]]


def result(i: int) -> SubmissionResult:
    wrong = i % 3 != 0
    comparison = Comparison(name="dx", passed=not wrong, message="dx differs" if wrong else "dx matches",
                            error_map=WRONG_MAP if wrong else None, got_values=[1.0, 2.0, 3.5, 4.0],
                            expected_values=[1.0, 2.0, 3.0, 4.0])
    test = Outcome(id="test_affine_backward", name="test_affine_backward", points_possible=6,
                      points_earned=0 if wrong else 6, status="failed" if wrong else "passed",
                      message="dx differs" if wrong else "", comparisons=[comparison],
                      mistakes=[MistakeMatch(id="dx_transposed", message="dx is transposed")] if wrong else [])
    return SubmissionResult(student=f"s{i:03d}", assignment=SPEC.id, submission_file="backprop.py", sha256=f"{i:064x}",
                            score=test.points_earned, max_score=6, tests=[test], duration_s=0.1,
                            graded_at="2030-01-01T00:00:00Z", grader_version="g")


@pytest.fixture(scope="module")
def gradebook(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "gradebook.sqlite"
    with Gradebook(path) as gb:
        for i in range(40):
            gb.record(result(i))
    return path


def pages(folder):
    return {p.name: p.read_text() for p in sorted((folder / SPEC.id).rglob("*")) if p.is_file()}


def test_pages_written_by_workers_are_the_pages_written_here(gradebook, tmp_path, monkeypatch):
    monkeypatch.setattr(build, "PARALLEL_FROM", 4)
    monkeypatch.setattr(build, "BATCH", 3)
    with Gradebook(gradebook) as gb:
        write_reports(gb, SPEC, tmp_path / "here", now=NOW, workers=1)
        write_reports(gb, SPEC, tmp_path / "workers", now=NOW, workers=2)
    here, workers = pages(tmp_path / "here"), pages(tmp_path / "workers")
    assert len(here) == 81 and here == workers


def test_a_student_whose_pages_fail_in_a_worker_costs_only_their_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "PARALLEL_FROM", 4)
    monkeypatch.setattr(build, "BATCH", 2)  # six batches, shared by this process and the worker
    todo = [(f"s{i:03d}", result(i), None) for i in range(12)]
    todo[7][1].tests[0].comparisons[0].error_map = [["x", "y"], ["z", "w"]]  # a page that cannot be drawn
    failed = build._write_student_pages(todo, SPEC, tmp_path, NOW, workers=2)
    # written here: drawing fails (ValueError); in the worker: its result does not read back (ValidationError)
    assert list(failed) == ["s007"] and failed["s007"].startswith(("ValueError", "ValidationError"))
    assert sorted(p.stem for p in tmp_path.glob("*.html")) == [f"s{i:03d}" for i in range(12) if i != 7]


def test_plots_only_where_they_say_something():
    assert plots.worth_a_heatmap(WRONG_MAP)
    assert not plots.worth_a_heatmap([[0.0, 0.0], [0.0, 0.3]])  # one wrong element: its index and values say it
    assert not plots.worth_a_heatmap([[0.3, 0.3], [0.3, 0.3]])  # the same error everywhere
    assert not plots.worth_a_heatmap([[0.1, 0.2, 0.3]])  # a single row
    assert plots.worth_a_heatmap([[float("nan"), 0.0], [0.0, 0.0]])  # where the NaN are
    assert plots.worth_a_values_plot([1.0, 2.0, 3.0], [1.0, 2.0, 4.0])
    assert not plots.worth_a_values_plot([1.0, 2.0], [1.0, 3.0])  # two numbers are printed beside it
    assert not plots.worth_a_values_plot([1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 5.0], error_map=WRONG_MAP)


def test_a_picture_is_drawn_once(monkeypatch):
    drawn = []
    monkeypatch.setattr(plots, "_error_heatmap", lambda m, title: drawn.append(title) or f"uri-{len(drawn)}")
    monkeypatch.setattr(plots, "_DRAWN", type(plots._DRAWN)())
    first = plots.error_heatmap(WRONG_MAP, "dx")
    assert plots.error_heatmap([list(r) for r in WRONG_MAP], "dx") == first and drawn == ["dx"]
    assert plots.error_heatmap(WRONG_MAP, "dw") != first and drawn == ["dx", "dw"]


def test_the_class_page_folds_long_lists_of_students(gradebook, tmp_path):
    with Gradebook(gradebook) as gb:
        target = write_reports(gb, SPEC, tmp_path / "out", now=NOW, workers=1)
    index = (target / "index.html").read_text()
    wrong = [f"s{i:03d}" for i in range(40) if i % 3]
    assert f"{len(wrong)}: {', '.join(wrong[:8])}, …" in index
    assert f"<details><summary>all {len(wrong)}</summary>{', '.join(wrong)}</details>" in index
    assert index.count("data:image/png;base64,") == 2  # the histogram and the pass rates
