"""Reports from the gradebook of the sample class: actionable, leak-free, and readable in a browser."""
import ast
import datetime as dt
import re
import shutil
import subprocess

import pytest

from autograder.batch.run import grade_batch
from autograder.course.assignment import load_assignment
from autograder.course.deadline import LatePolicy
from autograder.feedback.reports.build import write_reports
from autograder.gradebook.store import Gradebook
from tests.conftest import A1_TOTAL, REPO

SPEC = load_assignment("a1_backprop")
SAMPLE = REPO / "examples" / "a1_sample_class"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    with Gradebook(root / "gradebook.sqlite") as gb:
        grade_batch(SPEC, SAMPLE, gb, workers=2)
        out = write_reports(gb, SPEC, root / "reports")
        results = {r.student: r for r in gb.results(SPEC.id)}
    return root, out, results


def hidden_test_code_lines() -> list[str]:
    """Statements of the hidden tests (their source and how they build inputs)."""
    source = (SPEC.tests_dir / "test_backprop.py").read_text()
    block = source.split("### BEGIN HIDDEN TESTS")[1].split("### END HIDDEN TESTS")[0]
    lines = []
    for node in ast.parse(block).body:
        if isinstance(node, ast.FunctionDef):
            for stmt in node.body[1:]:  # the docstring is the test's public description
                lines += [ln.strip() for ln in ast.get_source_segment(block, stmt).splitlines() if len(ln.strip()) > 12]
    return lines


def test_every_student_has_html_and_markdown(reports):
    _, out, results = reports
    for student in results:
        assert (out / "students" / f"{student}.html").is_file()
        assert (out / "students" / f"{student}.md").is_file()
    assert (out / "index.html").is_file()


def test_no_hidden_test_source_or_input_in_any_student_report(reports):
    _, out, _ = reports
    code = hidden_test_code_lines()
    assert len(code) > 10
    for report in (out / "students").iterdir():
        text = report.read_text()
        leaked = [line for line in code if line in text]
        assert not leaked, f"{report.name} shows hidden test code: {leaked[:3]}"
        assert "rng.normal" not in text and "def test_" not in text


def test_every_lost_point_has_an_actionable_message(reports):
    _, out, results = reports
    for student, r in results.items():
        md = (out / "students" / f"{student}.md").read_text()
        for t in r.for_student(reveal_hidden=False).tests:  # hidden tests say what kind of problem, no values
            if t.status != "passed":
                assert t.message and t.message in md, (student, t.id)


def test_reports_name_mistakes_and_show_diagnostics(reports):
    _, out, _ = reports
    html = (out / "students" / "mistake_db_not_summed.html").read_text()
    assert "This looks like a known mistake" in html and "summed over the batch" in html
    assert "shape (2, 5) differs from the expected (5,)" in html
    sigmoid = (out / "students" / "mistake_sigmoid_derivative_is_s.html").read_text()
    assert "max abs error" in sigmoid and "worst element" in sigmoid and "data:image/svg+xml;base64," in sigmoid
    grace = (out / "students" / "grace_infinite_loop.html").read_text()
    assert "timed out" in grace and "did not finish within the time limit" in grace
    eve = (out / "students" / "eve_syntax_error.html").read_text()
    assert "Your file could not be used" in eve and "SyntaxError" in eve


def test_reports_are_self_contained(reports):
    _, out, _ = reports
    for page in [out / "index.html", *(out / "students").glob("*.html")]:
        text = page.read_text()
        assert not re.search(r'(src|href)="https?://', text), page.name
        assert 'name="viewport"' in text and '<html lang="en">' in text


def test_class_summary_lists_mistakes_troubles_and_links(reports):
    _, out, _ = reports
    html = (out / "index.html").read_text()
    for text in ("Most frequent mistakes", "db_not_summed", "mistake_db_not_summed", "grace_infinite_loop",
                 "timed out", "eve_syntax_error", "not loaded", 'href="students/alice_correct.html"',
                 "Histogram of scores"):
        assert text in html, text
    groups = html.split("<h2>Groups of tests</h2>")[1].split("<h2>")[0]  # subtotals of the graders' groups
    for group in ("affine layer", "activations", "losses", "two-layer MLP"):
        assert f'<tr class="group"><td>{group}</td>' in groups, group
    outliers = html.split('<h2 id="outliers">Outliers</h2>')[1].split("<h2>")[0]
    assert '<a href="students/bob_stub.html">bob_stub</a>' in outliers  # 0 points: far below the class
    assert "alice_correct" not in outliers and "mistake_db_not_summed" not in outliers
    assert "grace_infinite_loop" in outliers  # slow to grade (an infinite loop stopped at the time limit)


def test_hidden_expected_values_are_revealed_only_after_the_deadline(reports, tmp_path):
    root, _, _ = reports
    due = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc)
    spec = SPEC.model_copy(update={"deadline": LatePolicy(due=due), "reveal_hidden_after_deadline": True})
    with Gradebook(root / "gradebook.sqlite") as gb:
        before = write_reports(gb, spec, tmp_path / "before", now=due - dt.timedelta(days=1))
        after = write_reports(gb, spec, tmp_path / "after", now=due + dt.timedelta(days=1))
    name = "students/mistake_relu_derivative_at_zero_is_one.html"
    assert "shown after the deadline" in (before / name).read_text()
    assert "shown after the deadline" not in (after / name).read_text()
    assert "Where dx is wrong: yours, expected and |yours - expected|" in (after / name).read_text()  # a matrix


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian package `chromium`; .ci/run installs it)")
@pytest.mark.parametrize("page", ["students/mistake_db_not_summed.html", "index.html"])
def test_report_renders_in_headless_chromium_on_a_phone_screen(reports, tmp_path, page):
    _, out, _ = reports
    profile = tmp_path / "profile"
    shot = tmp_path / "shot.png"
    url = (out / page).as_uri()
    subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--window-size=412,915",
                    f"--screenshot={shot}", url], capture_output=True, timeout=120)
    assert shot.is_file() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
                         capture_output=True, text=True, timeout=120).stdout
    if page == "index.html":
        assert "class summary" in dom and "Most frequent mistakes" in dom
    else:
        assert f"Score: {A1_TOTAL - 9:g} / {A1_TOTAL:g}" in dom and "This looks like a known mistake" in dom


def test_student_output_is_escaped_in_html(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "xss.py").write_text((SAMPLE / "alice_correct.py").read_text()
                                 + "\nprint('<script>alert(1)</script><img src=x onerror=alert(2)>')\n")
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        grade_batch(SPEC, subs, gb, workers=1)
        out = write_reports(gb, SPEC, tmp_path / "reports")
    html = (out / "students" / "xss.html").read_text()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html


def test_pages_are_named_safely_and_one_bad_student_costs_only_their_page(reports, tmp_path):
    """A 252-byte id, a path-like id and a look-alike each get a page of a safe name; a stored result
    that cannot be read costs that student's page, not the class's reports."""
    import sqlite3

    from autograder.submissions.folder import safe_file_stem
    _, _, results = reports
    ids = ["x" * 252, "../../escape", "alice", "\u0430lice", "broken"]
    with Gradebook(tmp_path / "gradebook.sqlite") as gb:
        for i, student in enumerate(ids):
            gb.record(results["alice_correct"].model_copy(update={"student": student, "sha256": f"{i:064x}"}))
    db = sqlite3.connect(tmp_path / "gradebook.sqlite")
    db.execute("UPDATE submissions SET result_json='{\"not\": \"a result\"}' WHERE student='broken'")
    db.commit()
    db.close()
    problems: dict[str, str] = {}
    with Gradebook(tmp_path / "gradebook.sqlite") as gb:
        target = write_reports(gb, SPEC, tmp_path / "out", problems=problems)
    assert list(problems) == ["broken"]
    index = (target / "index.html").read_text()
    for student in ids[:-1]:
        page = target / "students" / f"{safe_file_stem(student)}.html"
        assert page.is_file() and len(page.name) < 100
        assert f'href="students/{safe_file_stem(student)}.html"' in index
    written = [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert all(p.parent in (target, target / "students") for p in written), written
    assert "broken (no page)" in index
