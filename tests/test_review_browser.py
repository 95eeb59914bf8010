"""`autograder review` in a real browser: headless Chromium (Debian's package) driven by Selenium through
Debian's chromedriver, against the app served as `autograder review` serves it. Sign in with the
token, sort, adjust, comment, and find the change in the exported CSV and the student's report; a
hostile student id and a hostile comment stay inert; no token, no page; a cross-site form is refused."""
from __future__ import annotations

import csv
import shutil
import threading
import time
import urllib.parse

import pytest

pytest.importorskip("flask")
webdriver = pytest.importorskip("selenium.webdriver")

from selenium.common.exceptions import (  # noqa: E402
    NoAlertPresentException,
    StaleElementReferenceException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from autograder.cli.main import main  # noqa: E402
from autograder.gradebook.store import Gradebook  # noqa: E402
from autograder.review.app import ReviewSettings, serve  # noqa: E402
from autograder.submissions.folder import safe_file_stem  # noqa: E402
from tests.conftest import A1_TOTAL  # noqa: E402
from tests.review_class import XSS_ID, copy_of  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="Chromium and chromedriver are not installed (Debian packages chromium, chromium-driver; .ci/run installs them)")]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The review app on a free port of 127.0.0.1, over a copy of the graded class: (address with the
    token, the copy's folder)."""
    course = copy_of(tmp_path_factory.getbasetemp(), tmp_path_factory.mktemp("browser") / "class")
    settings = ReviewSettings(gradebook=course / "out" / "gradebook.sqlite", author="ta.kim")
    ready: list[str] = []
    threading.Thread(target=serve, args=(settings, "127.0.0.1", 0, ready.append), daemon=True).start()
    for _ in range(200):
        if ready:
            break
        time.sleep(0.05)
    return ready[0], course


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def submit(driver, button_id: str) -> None:
    """Press a form's button and wait for the page the POST redirects to: a change writes the class's
    reports again before it answers, which takes seconds on a loaded machine (click() returns at once)."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.ID, button_id).click()
    WebDriverWait(driver, 180).until(lambda _: replaced(page))
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")


def replaced(element) -> bool:
    """Whether the page that held `element` has been replaced. Chromium reports a node of a document being
    replaced either as stale or, mid-navigation, as "does not belong to the document" (a plain
    WebDriverException that selenium's staleness_of lets through: CI failed on it once)."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise
    return False


def base(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def no_alert(driver) -> bool:
    try:
        driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def table_students(driver) -> list[str]:
    return [tr.get_attribute("data-student") for tr in driver.find_elements(By.CSS_SELECTOR, "#class tbody tr")]


def test_without_the_token_the_browser_gets_nothing(served, browser):
    url, _ = served
    browser.delete_all_cookies()
    browser.get(base(url) + "/a/a1_backprop")
    assert "403" in browser.title and "token" in browser.find_element(By.TAG_NAME, "body").text
    assert not browser.find_elements(By.ID, "class")


def test_sign_in_sort_adjust_comment_and_see_it_exported(served, browser):
    url, course = served
    browser.get(url)
    assert "token" not in browser.current_url  # the token left the address bar
    browser.find_element(By.LINK_TEXT, "a1_backprop").click()
    browser.find_element(By.CSS_SELECTOR, 'a[data-sort="score"]').click()  # the highest first
    with Gradebook(course / "out" / "gradebook.sqlite") as gb:
        score = {r.student: r.score for r in gb.current("a1_backprop")}
    shown = table_students(browser)
    assert [score[s] for s in shown] == sorted(score.values(), reverse=True) and shown[-1] == "bob_stub"
    browser.find_element(By.CSS_SELECTOR, 'a[data-sort="score"]').click()  # and the other way
    shown = table_students(browser)
    assert [score[s] for s in shown] == sorted(score.values()) and shown[0] == "bob_stub"

    browser.find_element(By.LINK_TEXT, "bob_stub").click()
    browser.find_element(By.ID, "adjust-points").send_keys("+4")
    browser.find_element(By.ID, "adjust-reason").send_keys("credit for the derivation handed in on paper")
    submit(browser, "adjust-submit")
    assert "adjustment of +4 recorded" in browser.find_element(By.CSS_SELECTOR, ".flash.ok").text
    browser.find_element(By.ID, "comment-text").send_keys("<script>alert('x')</script> see the TA")
    submit(browser, "comment-submit")
    assert no_alert(browser)
    records = browser.find_element(By.ID, "records").text
    assert "<script>alert('x')</script> see the TA" in records and "ta.kim" in records
    assert f"4 / {A1_TOTAL:g}" in browser.find_element(By.ID, "total").text

    out = course / "out"
    line = next(r for r in csv.DictReader((out / "a1_backprop.csv").open()) if r["student"] == "bob_stub")
    assert float(line["score"]) == 4.0 and float(line["staff_points"]) == 4.0
    assert main(["export", "--gradebook", str(out / "gradebook.sqlite"), "--out", str(out / "lms.csv")]) == 0
    assert float(next(r for r in csv.DictReader((out / "lms.csv").open()) if r["student_id"] == "bob_stub")
                 ["a1_backprop"]) == 4.0
    report = out / "reports" / "a1_backprop" / "students" / "bob_stub.html"
    browser.get(report.as_uri())
    text = browser.find_element(By.TAG_NAME, "body").text
    assert f"Score: 4 / {A1_TOTAL:g}" in text and "credit for the derivation handed in on paper" in text
    assert "<script>alert('x')</script> see the TA" in text and no_alert(browser)


def test_a_hostile_student_id_stays_inert(served, browser):
    url, _ = served
    browser.get(url)
    browser.get(base(url) + "/a/a1_backprop")
    assert browser.title != "1" and no_alert(browser)
    assert not browser.find_elements(By.CSS_SELECTOR, "#class img")
    browser.find_element(By.LINK_TEXT, XSS_ID).click()
    assert browser.find_element(By.ID, "student-name").text == XSS_ID
    assert not browser.find_elements(By.CSS_SELECTOR, "img") and browser.title not in ("1", "pwned")
    assert "<script>" in browser.find_element(By.TAG_NAME, "body").text  # its output, shown as text


def test_a_cross_site_form_is_refused(served, browser, tmp_path):
    url, course = served
    browser.get(url)  # signed in: a forged form would ride on the session if anything let it
    target = f"{base(url)}/a/a1_backprop/s/{safe_file_stem('carol_partial')}/adjust"
    attack = tmp_path / "attack.html"
    attack.write_text(f'<form method="post" action="{target}"><input name="points" value="50">'
                      '<input name="reason" value="forged"><input name="csrf_token" value="guess"></form>'
                      "<script>document.forms[0].submit()</script>")
    browser.get(attack.as_uri())
    for _ in range(100):
        if browser.current_url.startswith(base(url)):
            break
        time.sleep(0.05)
    assert "403" in browser.title
    with Gradebook(course / "out" / "gradebook.sqlite") as gb:
        assert gb.staff_records("carol_partial", "a1_backprop").empty
