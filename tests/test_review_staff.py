"""The teaching staff's records in the gradebook (gradebook/staff.py): adjustments with a reason, comments,
manual rubric items; who and when; never overwriting the automatic result; the same total in every
reader; kept through regrades and new attempts; an older gradebook gets the tables on opening."""
import csv
import json
import sqlite3

import pytest

from autograder.course.assignment import ManualItem
from autograder.feedback.tables import lms_table, write_assignment_csv, write_lms_csv, write_student_json
from autograder.gradebook.staff import OVERALL_GROUP, StaffError
from autograder.gradebook.store import Gradebook
from autograder.results import MANUAL_GROUP, SubmissionResult
from autograder.results import TestResult as Outcome


def result(student: str, earned: dict[str, float], sha: str = "h1", possible: float = 4.0) -> SubmissionResult:
    tests = [Outcome(id=t, name=t, points_possible=possible, points_earned=p, group="g1" if t < "t3" else "g2",
                        status="passed" if p == possible else ("partial" if p else "failed"))
             for t, p in earned.items()]
    return SubmissionResult(student=student, assignment="a1", submission_file=f"{student}.py", sha256=sha,
                            score=sum(earned.values()), max_score=possible * len(earned), tests=tests,
                            duration_s=0.1, graded_at="2026-01-01T00:00:00+00:00", grader_version="v1")


@pytest.fixture
def gb(tmp_path):
    with Gradebook(tmp_path / "gradebook.sqlite") as book:
        book.record(result("ann", {"t1": 4.0, "t2": 1.0, "t3": 0.0}))
        book.record(result("bo", {"t1": 4.0, "t2": 4.0, "t3": 4.0}))
        yield book


def test_an_adjustment_changes_the_total_everywhere_and_keeps_the_automatic_result(gb, tmp_path):
    gb.add_adjustment("ann", "a1", 2, "the grader's tolerance was too tight for t2", "ta1", test="t2")
    gb.add_adjustment("ann", "a1", -1, "late notebook cell", "ta2")
    row = next(r for r in gb.current("a1") if r.student == "ann")
    assert (row.score, row.automatic_score, row.staff_points, row.raw_score) == (6.0, 5.0, 1.0, 6.0)
    stored = json.loads(gb.db.execute("SELECT result_json FROM submissions WHERE student='ann'").fetchone()[0])
    assert stored["score"] == 5.0 and stored["tests"][1]["points_earned"] == 1.0  # never overwritten
    r = gb.result("ann", "a1")
    assert r.score == 6.0 and [t.points_earned for t in r.tests] == [4.0, 3.0, 0.0]
    assert [(a.points, a.applied, a.author) for a in r.review.adjustments] == [(2, 2, "ta1"), (-1, -1, "ta2")]
    assert r.review.automatic_score == 5.0 and r.review.points == 1.0
    # groups add up to the total: the test's group gets its adjustment, the overall one a group of its own
    assert gb.group_points("a1")["ann"] == {"g1": 7.0, "g2": 0.0, OVERALL_GROUP: -1.0}
    write_assignment_csv(gb, "a1", tmp_path / "a1.csv")
    write_lms_csv(gb, tmp_path / "lms.csv")
    line = next(r for r in csv.DictReader((tmp_path / "a1.csv").open()) if r["student"] == "ann")
    assert float(line["score"]) == 6.0 and float(line["staff_points"]) == 1.0 and float(line["t2"]) == 3.0
    lms = next(r for r in csv.DictReader((tmp_path / "lms.csv").open()) if r["student_id"] == "ann")
    assert float(lms["a1"]) == 6.0 and float(lms[f"a1: {OVERALL_GROUP}"]) == -1.0
    assert lms_table(gb).cells["ann"]["a1"] == 6.0
    write_student_json(gb, "a1", tmp_path / "json")
    handed = json.loads((tmp_path / "json" / "ann.json").read_text())
    assert handed["score"] == 6.0 and [a["reason"] for a in handed["review"]["adjustments"]][0].startswith("the grader")
    assert all(a["author"] == "" for a in handed["review"]["adjustments"])  # the student reads why, not who


def test_a_tests_adjustment_stays_within_its_points_and_the_total_within_zero(gb):
    gb.add_adjustment("ann", "a1", 10, "full credit: the spec was ambiguous", "ta", test="t2")
    gb.add_adjustment("bo", "a1", -100, "copied", "ta")
    ann = gb.result("ann", "a1")
    assert ann.tests[1].points_earned == 4.0 and ann.review.adjustments[0].applied == 3.0 and ann.score == 8.0
    bo = next(r for r in gb.current("a1") if r.student == "bo")
    assert bo.score == 0.0 and gb.result("bo", "a1").review.adjustments[0].applied == -12.0


def test_records_need_a_reason_a_known_student_and_test(gb):
    with pytest.raises(StaffError, match="reason"):
        gb.add_adjustment("ann", "a1", 1, "   ", "ta")
    with pytest.raises(StaffError, match="other than 0"):
        gb.add_adjustment("ann", "a1", 0, "nothing", "ta")
    with pytest.raises(StaffError, match="no graded"):
        gb.add_adjustment("zed", "a1", 1, "typo in the id", "ta")
    with pytest.raises(StaffError, match="no test 't9'"):
        gb.add_comment("ann", "a1", "see t9", "ta", test="t9")
    with pytest.raises(StaffError, match="empty"):
        gb.add_comment("ann", "a1", "  ", "ta")
    assert gb.staff_records("ann", "a1").empty


def test_withdrawn_records_are_kept_and_no_longer_count(gb):
    rid = gb.add_adjustment("ann", "a1", 3, "regrade request accepted", "ta1")
    cid = gb.add_comment("ann", "a1", "Nice work on t1", "ta1", test="t1")
    gb.withdraw("adjustment", rid, "ann", "a1", "ta2")
    gb.withdraw("comment", cid, "ann", "a1", "ta2")
    with pytest.raises(StaffError):
        gb.withdraw("adjustment", rid, "ann", "a1", "ta2")  # once
    records = gb.staff_records("ann", "a1")
    assert records.empty and [a.id for a in records.withdrawn_adjustments] == [rid]
    assert gb.db.execute("SELECT withdrawn_by FROM adjustments WHERE id=?", (rid,)).fetchone()[0] == "ta2"
    assert next(r for r in gb.current("a1") if r.student == "ann").score == 5.0


def test_manual_items_are_pending_then_scored_and_add_to_the_maximum(gb, tmp_path):
    gb.declare_manual_items("a1", [ManualItem(id="plot", points=3, description="the loss curve is labelled")])
    r = gb.result("ann", "a1")
    plot = next(t for t in r.tests if t.id == "plot")
    assert (plot.status, plot.group, r.max_score, r.score) == ("pending", MANUAL_GROUP, 15.0, 5.0)
    with pytest.raises(StaffError, match="0 to 3"):
        gb.score_manual("ann", "a1", "plot", 4, "ta")
    with pytest.raises(StaffError, match="no manual item"):
        gb.score_manual("ann", "a1", "essay", 1, "ta")
    with pytest.raises(StaffError, match="graded by hand"):
        gb.add_adjustment("ann", "a1", 1, "more", "ta", test="plot")
    gb.score_manual("ann", "a1", "plot", 1, "ta1", "no axis labels")
    gb.score_manual("ann", "a1", "plot", 2.5, "ta2", "axis labels, no units")  # the latest counts
    row = next(r for r in gb.current("a1") if r.student == "ann")
    assert (row.score, row.max_score, row.staff_points) == (7.5, 15.0, 2.5)
    plot = next(t for t in gb.result("ann", "a1").tests if t.id == "plot")
    assert (plot.points_earned, plot.status, plot.message) == (2.5, "partial", "axis labels, no units")
    assert len(gb.staff_records("ann", "a1").manual_history) == 2
    assert gb.group_points("a1")["ann"][MANUAL_GROUP] == 2.5
    write_assignment_csv(gb, "a1", tmp_path / "a1.csv")
    line = next(r for r in csv.DictReader((tmp_path / "a1.csv").open()) if r["student"] == "ann")
    assert float(line["plot"]) == 2.5 and float(line["max_score"]) == 15.0


def test_records_survive_a_regrade_and_a_new_attempt(gb):
    gb.add_adjustment("ann", "a1", 1, "partial credit for the idea in t3", "ta", test="t3")
    gb.add_comment("ann", "a1", "Check the shapes in t3", "ta")
    gb.record(result("ann", {"t1": 4.0, "t2": 1.0, "t3": 0.0}))  # the same file graded again
    assert next(r for r in gb.current("a1") if r.student == "ann").score == 6.0
    gb.record(result("ann", {"t1": 4.0, "t2": 4.0, "t3": 2.0}, sha="h2"))  # a new attempt counts now
    r = gb.result("ann", "a1")
    assert r.score == 11.0 and r.tests[2].points_earned == 3.0 and len(r.review.comments) == 1


def test_an_adjustment_of_a_test_gone_after_a_regrade_applies_to_the_total(gb):
    gb.add_adjustment("ann", "a1", 2, "t3 was mis-specified", "ta", test="t3")
    gb.record(result("ann", {"t1": 4.0, "t2": 1.0}, sha="h2"))  # the graders no longer have t3
    assert next(r for r in gb.current("a1") if r.student == "ann").score == 7.0


def test_an_older_gradebook_gets_the_staff_tables(tmp_path):
    path = tmp_path / "old.sqlite"
    with Gradebook(path) as book:
        book.record(result("ann", {"t1": 4.0}))
    db = sqlite3.connect(path)
    for table in ("adjustments", "staff_comments", "manual_items", "manual_scores", "grading_sources"):
        db.execute(f"DROP TABLE {table}")
    db.commit()
    db.close()
    with Gradebook(path) as book:
        assert book.current("a1")[0].score == 4.0
        book.add_adjustment("ann", "a1", -1, "late", "ta")
        assert book.current("a1")[0].score == 3.0
