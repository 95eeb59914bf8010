"""`autograder review` through Flask's test client, and `autograder adjust`/`comment` on a class graded
by the CLI: access only with the token, CSRF-protected forms, hostile strings inert, the class sorted
and filtered, and a change that reaches the CSV, the JSON, the reports and the LMS export and
survives `grade --regrade`."""
from __future__ import annotations

import csv
import html
import json
import re

import pytest
from markupsafe import escape

pytest.importorskip("flask")

from autograder.cli.main import main  # noqa: E402
from autograder.course.assignment import ManualItem  # noqa: E402
from autograder.gradebook.store import Gradebook  # noqa: E402
from autograder.review.app import ReviewSettings, create_app  # noqa: E402
from autograder.review.security import CSP  # noqa: E402
from autograder.submissions.folder import safe_file_stem  # noqa: E402
from tests.conftest import A1_TOTAL  # noqa: E402
from tests.review_class import XSS_ID, XSS_OUTPUT, copy_of  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture
def course(tmp_path_factory, tmp_path):
    return copy_of(tmp_path_factory.getbasetemp(), tmp_path / "class")


@pytest.fixture
def app(course):
    settings = ReviewSettings(gradebook=course / "out" / "gradebook.sqlite", author="ta.kim")
    return create_app(settings), settings


def signed_in(app_settings):
    app, settings = app_settings
    client = app.test_client()
    assert client.get(f"/?token={settings.access.token}").status_code == 303
    return client


def csrf(client, url: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(url).get_data(as_text=True)).group(1)


def page(stem: str) -> str:
    return f"/a/a1_backprop/s/{stem}"


def test_no_token_no_access(app):
    flask_app, settings = app
    client = flask_app.test_client()
    for url in ("/", "/a/a1_backprop", page("alice_correct"), "/static/review.css"):
        assert client.get(url).status_code == 403, url
    assert client.get("/?token=" + "x" * 43).status_code == 403
    assert client.get("/", headers={"Authorization": "token wrong"}).status_code == 403
    assert client.post(page("alice_correct") + "/adjust", data={"points": "5", "reason": "x"}).status_code == 403
    assert client.get("/", headers={"Authorization": f"token {settings.access.token}"}).status_code == 200


def test_the_token_signs_in_once_and_leaves_the_address(app):
    flask_app, settings = app
    client = flask_app.test_client()
    first = client.get(f"/a/a1_backprop?sort=score&token={settings.access.token}")
    assert first.status_code == 303 and "token" not in first.headers["Location"]
    assert first.headers["Location"].endswith("/a/a1_backprop?sort=score")
    cookie = first.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    shown = client.get("/a/a1_backprop")
    assert shown.status_code == 200 and settings.access.token not in shown.get_data(as_text=True)
    assert shown.headers["Content-Security-Policy"] == CSP and "script-src" not in CSP  # default-src 'none'
    assert shown.headers["X-Frame-Options"] == "DENY" and shown.headers["Referrer-Policy"] == "same-origin"


def test_another_host_name_is_refused(app):
    flask_app, settings = app
    client = flask_app.test_client()
    assert client.get(f"/?token={settings.access.token}", headers={"Host": "evil.example:8888"}).status_code == 403


def test_a_post_without_the_csrf_token_or_from_another_site_is_refused(app):
    client = signed_in(app)
    url = page("bob_stub") + "/adjust"
    token = csrf(client, page("bob_stub"))
    form = {"points": "5", "reason": "forged"}
    assert client.post(url, data=form).status_code == 403
    assert client.post(url, data={**form, "csrf_token": "wrong"}).status_code == 403
    assert client.post(url, data={**form, "csrf_token": token}, headers={"Origin": "http://evil.example"}).status_code == 403
    assert client.post(url, data={**form, "csrf_token": token}, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    with Gradebook(app[1].gradebook) as gb:
        assert gb.staff_records("bob_stub", "a1_backprop").empty
    assert client.post(url, data={**form, "csrf_token": token}, headers={"Origin": "http://localhost"}).status_code == 303


def test_student_controlled_strings_are_escaped(app):
    client = signed_in(app)
    stem = safe_file_stem(XSS_ID)
    text = client.get(page(stem)).get_data(as_text=True)
    assert str(escape(XSS_ID)) in text and XSS_ID not in text
    assert "<script>" not in text and str(escape(XSS_OUTPUT)) in text  # its import output, inert
    token = csrf(client, page(stem))
    client.post(page(stem) + "/comment", data={"text": "<b>bold</b></textarea><script>x()</script>", "csrf_token": token})
    text = client.get(page(stem)).get_data(as_text=True)
    assert "&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt;" in text and "<script>" not in text
    table = client.get("/a/a1_backprop").get_data(as_text=True)
    assert XSS_ID not in table and str(escape(XSS_ID)) in table


def test_the_class_sorts_and_filters(app):
    client = signed_in(app)

    def students(query: str) -> list[str]:
        text = client.get(f"/a/a1_backprop?{query}").get_data(as_text=True)
        return [html.unescape(s) for s in re.findall(r'<tr data-student="([^"]*)"', text)]

    assert students("sort=student") == sorted(students("sort=student"), key=str.casefold)
    with Gradebook(app[1].gradebook) as gb:
        score = {r.student: r.score for r in gb.current("a1_backprop")}
    by_score = students("sort=score&desc=1")
    assert [score[s] for s in by_score] == sorted(score.values(), reverse=True) and by_score[-1] == "bob_stub"
    assert students("mistake=mse_gradient_missing_2") == ["mistake_mse_gradient_missing_2"]
    assert "alice_correct" not in students("test=test_mse")  # lost points on test_mse
    assert set(students("test=test_mse")) >= {"bob_stub", "mistake_mse_gradient_missing_2"}
    assert students("q=ALI") == ["alice_correct"]
    assert students("below=10") == ["bob_stub"]
    assert "bob_stub" in students("sort=test:test_mse") and students("status=not_loaded") == []
    text = client.get("/a/a1_backprop").get_data(as_text=True)
    assert "group affine layer (subtotal)" in text and "test test_mse" in text  # distributions and subtotals


def test_a_student_page_has_diagnostics_and_the_failing_functions_highlighted(app):
    client = signed_in(app)
    text = client.get(page("mistake_mse_gradient_missing_2")).get_data(as_text=True)
    assert "Named mistake" in text and "mse" in text
    highlighted = re.findall(r'<tr class="failing"><td class="n">\d+</td><td>(.*?)</td>', text)
    assert highlighted and any("def mse" in line for line in highlighted)
    assert not any("def affine_forward" in line for line in highlighted)


def test_adjust_comment_and_manual_items_in_the_app_reach_every_output(app, course):
    client = signed_in(app)
    with Gradebook(app[1].gradebook) as gb:
        gb.declare_manual_items("a1_backprop", [ManualItem(id="style", points=4, description="readable code")])
    token = csrf(client, page("bob_stub"))
    assert client.post(page("bob_stub") + "/adjust", data={"points": "+3", "reason": "partial credit for the sketch",
                                                           "test": "test_mse", "csrf_token": token}).status_code == 303
    client.post(page("bob_stub") + "/comment", data={"text": "Come to office hours", "csrf_token": token})
    client.post(page("bob_stub") + "/manual", data={"item": "style", "points": "2", "note": "no docstrings",
                                                    "csrf_token": token})
    refused = client.post(page("bob_stub") + "/adjust", data={"points": "1", "reason": " ", "csrf_token": token},
                          follow_redirects=True).get_data(as_text=True)
    assert "not recorded" in refused and "reason is required" in refused
    text = client.get(page("bob_stub")).get_data(as_text=True)
    assert "ta.kim" in text and "partial credit for the sketch" in text and f"5 / {A1_TOTAL + 4:g}" in text
    out = course / "out"
    line = next(r for r in csv.DictReader((out / "a1_backprop.csv").open()) if r["student"] == "bob_stub")
    # the style item's 4 points are added to the total
    assert (float(line["score"]), float(line["max_score"]), float(line["style"])) == (5.0, A1_TOTAL + 4, 2.0)
    handed = json.loads((out / "results" / "a1_backprop" / "bob_stub.json").read_text())
    assert handed["score"] == 5.0 and handed["review"]["comments"][0]["text"] == "Come to office hours"
    report = (out / "reports" / "a1_backprop" / "students" / "bob_stub.html").read_text()
    assert "partial credit for the sketch" in report and "Come to office hours" in report and "ta.kim" not in report
    assert "no docstrings" in report
    assert main(["export", "--gradebook", str(out / "gradebook.sqlite"), "--out", str(out / "lms.csv")]) == 0
    lms = next(r for r in csv.DictReader((out / "lms.csv").open()) if r["student_id"] == "bob_stub")
    assert float(lms["a1_backprop"]) == 5.0
    rid = re.search(r'name="record" value="(\d+)"', text).group(1)
    client.post(page("bob_stub") + "/withdraw", data={"kind": "adjustment", "record": rid, "csrf_token": token})
    assert f"2 / {A1_TOTAL + 4:g}" in client.get(page("bob_stub")).get_data(as_text=True)


def test_regrade_one_student_from_the_app_keeps_the_records(app, course):
    client = signed_in(app)
    token = csrf(client, page("carol_partial"))
    client.post(page("carol_partial") + "/adjust", data={"points": "1", "reason": "bonus", "csrf_token": token})
    long_ago = "2000-01-01T00:00:00+00:00"  # marks the stored row: SQLite may give the new one the same id
    with Gradebook(app[1].gradebook) as gb:
        gb.db.execute("UPDATE submissions SET graded_at=? WHERE student='carol_partial'", (long_ago,))
        gb.db.commit()
        score = next(r.score for r in gb.current("a1_backprop") if r.student == "carol_partial")
    done = client.post(page("carol_partial") + "/regrade", data={"csrf_token": token}, follow_redirects=True)
    assert "regraded:" in done.get_data(as_text=True)
    with Gradebook(app[1].gradebook) as gb:
        after = gb.db.execute("SELECT graded_at, id FROM submissions WHERE student='carol_partial'").fetchone()
        assert after[0] != long_ago  # stored again (the row it replaced was deleted: its id may be reused)
        assert next(r.score for r in gb.current("a1_backprop") if r.student == "carol_partial") == score


def test_cli_adjust_changes_the_csv_and_report_and_survives_grade_regrade(course, capsys):
    out, book = course / "out", course / "out" / "gradebook.sqlite"
    assert main(["adjust", "alice_correct", "a1_backprop", "--points", "-2", "--reason", "used a loop where "
                 "vectorised code was asked", "--gradebook", str(book), "--ta", "ta.lee"]) == 0
    assert main(["comment", "alice_correct", "a1_backprop", "--text", "Nice gradient check", "--test",
                 "test_numerical_gradient", "--gradebook", str(book)]) == 0
    assert f"{A1_TOTAL - 2:g} / {A1_TOTAL:g}" in capsys.readouterr().out
    assert main(["adjust", "nobody", "a1_backprop", "--points", "1", "--reason", "x", "--gradebook", str(book)]) == 2
    assert main(["adjust", "alice_correct", "a1_backprop", "--points", "1", "--reason", "",
                 "--gradebook", str(book)]) == 2

    def exported() -> tuple[float, str]:
        line = next(r for r in csv.DictReader((out / "a1_backprop.csv").open()) if r["student"] == "alice_correct")
        report = (out / "reports" / "a1_backprop" / "students" / "alice_correct.html").read_text()
        return float(line["score"]), report

    score, report = exported()
    assert score == A1_TOTAL - 2 and "used a loop where vectorised code was asked" in report
    assert "Nice gradient check" in report
    assert main(["grade", "a1_backprop", str(course / "subs"), "--out", str(out), "--regrade", "--workers", "2"]) == 0
    assert main(["report", "--gradebook", str(book), "--out", str(out / "reports")]) == 0
    score, report = exported()
    assert score == A1_TOTAL - 2 and "used a loop where vectorised code was asked" in report
    with Gradebook(book) as gb:
        assert gb.staff_records("alice_correct", "a1_backprop").adjustments[0].author == "ta.lee"
