"""Deadlines as courses run them (issue 26): a course time zone, local due dates, submission times
with and without offsets, daylight saving, grace periods, per-day and per-hour penalties, caps,
cutoffs, a late flag, per-student extensions, which attempt counts, LMS download times, and clear
errors for what an instructor can get wrong."""
import csv
import datetime as dt
import shutil
import subprocess
import sys
import textwrap
from zoneinfo import ZoneInfo

import pytest

from autograder.course.assignment import load_assignment
from autograder.course.deadline import (
    CourseSettings,
    DeadlineError,
    LatePolicy,
    choose_attempt,
    duration_text,
    load_course_settings,
    parse_extension,
)
from autograder.course.extensions import ExtensionError, extensions_for, extensions_of, load_extensions
from autograder.course.roster import RosterError, load_roster
from autograder.feedback.tables import write_assignment_csv, write_lms_csv
from autograder.gradebook.store import Gradebook
from autograder.results import SubmissionResult
from autograder.submissions.folder import plan_batch, timing_notes
from tests.conftest import A1_TOTAL, REPO

BRUSSELS = ZoneInfo("Europe/Brussels")
UTC = dt.timezone.utc
SAMPLE = REPO / "examples" / "a1_sample_class"
DUE = dt.datetime(2026, 12, 5, 23, 59)  # TOML's local date-time: no offset


def policy(**settings) -> LatePolicy:
    """A [deadline] table as assignment.toml would give it, in a course whose zone is Brussels."""
    return LatePolicy.declared({"due": DUE, **settings}, CourseSettings(timezone="Europe/Brussels"))


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def score(p: LatePolicy, when: str | None, raw: float = 80.0, max_score: float = 100.0, extension=None) -> float:
    note = p.evaluate(at(when) if when else None, raw, max_score, extension)
    return round(raw - note.penalty, 6)


# ------------------------------------------------------------ the case of the issue
def test_a_local_due_date_and_an_lms_time_with_an_offset_are_compared_as_instants():
    p = policy()
    assert p.due_at == dt.datetime(2026, 12, 5, 23, 59, tzinfo=BRUSSELS)
    note = p.evaluate(at("2026-12-06T10:00:00+01:00"), 82.0, 82.0)
    assert note.late_minutes == 10 * 60 + 1 and note.units == 1 and note.fraction == pytest.approx(0.1)
    assert note.penalty == pytest.approx(8.2) and note.summary() == "submitted 10 h 1 min late: -10%"
    assert p.assess(at("2026-12-06T10:00:00+01:00"), 82.0, 82.0) == (1, pytest.approx(8.2))
    # the same instant written in UTC, and a time without an offset read in the course's zone
    assert p.evaluate(at("2026-12-06T09:00:00Z".replace("Z", "+00:00")), 82.0, 82.0).penalty == pytest.approx(8.2)
    naive = p.evaluate(at("2026-12-06T01:09:00"), 82.0, 82.0)
    assert naive.summary() == "submitted 1 h 10 min late: -10%"
    assert naive.zone_assumed == "Europe/Brussels"
    assert "has no UTC offset; it was read as Europe/Brussels time" in " ".join(naive.details())
    assert p.evaluate(at("2026-12-05T23:58:59+01:00"), 82.0, 82.0).summary() == "submitted on time"
    assert p.evaluate(at("2026-12-05T22:59:00+00:00"), 82.0, 82.0).late_minutes == 0  # exactly due


def test_the_course_time_zone_comes_from_course_toml_and_an_assignment_may_name_its_own(tmp_path):
    course = tmp_path / "course"
    a1 = course / "solutions" / "a1"
    a1.mkdir(parents=True)
    (course / "course.toml").write_text('timezone = "Europe/Brussels"\n')
    (a1 / "assignment.toml").write_text(textwrap.dedent("""
        id = "a1"
        title = "A1"
        module = "a1.py"
        reference = "reference.backprop"
        [deadline]
        due = 2026-12-05T23:59:00
        """))
    spec = load_assignment(a1)
    assert spec.deadline.timezone == "Europe/Brussels" and spec.deadline.due_at.utcoffset() == dt.timedelta(hours=1)
    (a1 / "assignment.toml").write_text((a1 / "assignment.toml").read_text() + 'timezone = "America/New_York"\n')
    assert load_assignment(a1).deadline.due_at.utcoffset() == dt.timedelta(hours=-5)
    assert load_course_settings(a1).timezone == "Europe/Brussels"


# ------------------------------------------------------------ daylight saving
def test_spring_forward_between_deadline_and_submission_is_elapsed_time_not_wall_clock():
    p = LatePolicy.declared({"due": dt.datetime(2026, 3, 28, 23, 59)}, CourseSettings(timezone="Europe/Brussels"))
    # Sunday 29 March 2026 the clocks go from 02:00 to 03:00: 24 h 31 min on the wall, 23 h 31 min elapsed
    note = p.evaluate(at("2026-03-30T00:30:00+02:00"), 80, 100)
    assert note.late_minutes == 23 * 60 + 31 and note.units == 1 and score(p, "2026-03-30T00:30:00+02:00") == 70
    assert score(p, "2026-03-30T00:30:00") == 70  # the same wall-clock time without an offset, read in Brussels
    assert score(p, "2026-03-30T01:30:00+02:00") == 60  # 24 h 31 min elapsed: the second day has started


def test_fall_back_between_deadline_and_submission_adds_the_hour_that_really_passed():
    p = LatePolicy.declared({"due": dt.datetime(2026, 10, 24, 23, 59)}, CourseSettings(timezone="Europe/Brussels"))
    # Sunday 25 October 2026 the clocks go from 03:00 back to 02:00: 23 h 31 min on the wall, 24 h 31 min elapsed
    note = p.evaluate(at("2026-10-25T23:30:00+01:00"), 80, 100)
    assert note.late_minutes == 24 * 60 + 31 and note.units == 2 and score(p, "2026-10-25T23:30:00+01:00") == 60
    assert score(p, "2026-10-25T22:30:00+01:00") == 70  # 23 h 31 min elapsed


def test_a_due_time_the_clocks_skip_or_repeat_is_refused_with_the_choices():
    with pytest.raises(DeadlineError, match="does not exist in Europe/Brussels"):
        LatePolicy.declared({"due": dt.datetime(2026, 3, 29, 2, 30)}, CourseSettings(timezone="Europe/Brussels"))
    with pytest.raises(DeadlineError, match=r"happens twice .*2026-10-25T02:30\+02:00 or 2026-10-25T02:30\+01:00"):
        LatePolicy.declared({"due": dt.datetime(2026, 10, 25, 2, 30)}, CourseSettings(timezone="Europe/Brussels"))


# ------------------------------------------------------------ late policies
def test_grace_period_counts_as_on_time_and_lateness_after_it_is_measured_from_the_due_date():
    p = policy(grace_minutes=15)
    within = p.evaluate(at("2026-12-06T00:13:00+01:00"), 80, 100)
    assert within.in_grace and within.on_time and within.penalty == 0
    assert within.summary() == "submitted 14 min late, within the 15-minute grace period: no penalty"
    after = p.evaluate(at("2026-12-06T00:15:00+01:00"), 80, 100)
    assert after.late and after.summary() == "submitted 16 min late: -10%" and score(p, "2026-12-06T00:15:00+01:00") == 70


def test_penalty_per_started_hour_with_a_cap():
    p = policy(penalty_per_hour=0.02, max_penalty=0.3)
    assert score(p, "2026-12-06T01:09:00+01:00") == 76  # 1 h 10 min: 2 started hours, -4%
    note = p.evaluate(at("2026-12-06T01:09:00+01:00"), 80, 100)
    assert note.summary() == "submitted 1 h 10 min late: -4%" and note.unit == "hour"
    capped = p.evaluate(at("2026-12-06T23:00:00+01:00"), 80, 100)  # 24 started hours would be -48%
    assert capped.fraction == pytest.approx(0.3) and capped.capped and capped.penalty == pytest.approx(30)
    assert capped.summary().endswith("-30% (the maximum)")
    assert "-2% of the maximum score per started hour late (at most -30%)" in p.describe()


def test_cutoff_after_max_late_days_or_at_a_date_earns_zero():
    p = policy(max_late_days=2)
    assert score(p, "2026-12-07T23:59:00+01:00") == 60  # exactly 2 days late: still accepted
    assert score(p, "2026-12-08T00:00:00+01:00") == 0
    assert p.evaluate(at("2026-12-08T00:00:00+01:00"), 80, 100).summary() == (
        "submitted 2 days late, after the cutoff (2026-12-07 23:59 CET): no credit")
    dated = policy(cutoff=dt.datetime(2026, 12, 6, 12, 0))
    assert score(dated, "2026-12-06T11:59:00+01:00") == 70 and score(dated, "2026-12-06T12:01:00+01:00") == 0
    forever = policy(max_late_days=float("inf"))
    assert score(forever, "2027-01-31T12:00:00+01:00") == 0  # 56 started days at 10%: the whole score, no cutoff
    assert forever.cutoff_at is None and "nothing after" not in forever.describe()


def test_flag_mode_marks_late_work_and_deducts_nothing():
    p = policy(mode="flag")
    note = p.evaluate(at("2026-12-20T10:00:00+01:00"), 80, 100)
    assert note.flagged and note.late and note.penalty == 0 and not note.after_cutoff
    assert note.summary() == "submitted 14 days 10 h late (marked late; no points deducted)"
    with pytest.raises(DeadlineError, match="deducts nothing"):
        policy(mode="flag", penalty_per_day=0.1)


def test_penalty_of_the_score_rather_than_the_maximum():
    assert score(policy(penalty_of="score"), "2026-12-06T10:00:00+01:00", raw=50) == 45
    assert score(policy(), "2026-12-06T10:00:00+01:00", raw=5) == 0  # never below zero


def test_durations_read_as_people_say_them():
    assert duration_text(70) == "1 h 10 min" and duration_text(0.5) == "30 s" and duration_text(60 * 24) == "1 day"
    assert duration_text(60 * 24 * 2 + 61) == "2 days 1 h" and duration_text(60 * 25 + 5) == "1 day 1 h 5 min"


# ------------------------------------------------------------ extensions
def test_an_extension_moves_the_due_date_and_the_cutoff_before_the_policy_applies():
    p = policy(max_late_days=2)
    two_days = extensions_for("a1", [load_extension_row("s1", extra_days="2")])["s1"]
    assert score(p, "2026-12-07T12:00:00+01:00", extension=two_days) == 80  # on time with the extension
    note = p.evaluate(at("2026-12-08T10:00:00+01:00"), 80, 100, two_days)
    assert note.summary() == "submitted 10 h 1 min late: -10%" and note.due == "2026-12-07 23:59 CET"
    assert note.extension == "by 2 days, to 2026-12-07 23:59 CET"
    assert score(p, "2026-12-09T23:00:00+01:00", extension=two_days) == 60  # the cutoff moved two days too
    new_due = extensions_for("a1", [load_extension_row("s1", due="2026-12-10T12:00")])["s1"]
    assert score(p, "2026-12-10T11:00:00+01:00", extension=new_due) == 80
    assert p.evaluate(None, 80, 100, new_due).extension == "to 2026-12-10 12:00 CET"


def load_extension_row(student, **cells):
    from autograder.course.extensions import extension_from_text
    (column, text), = cells.items()
    return extension_from_text(student, text, "test", column)


def test_extensions_file_and_roster_column(tmp_path):
    (tmp_path / "roster.csv").write_text("student_id,submitted_at,extension\ns1,,\ns2,,36h\ns3,,2026-12-09T18:00\n")
    roster = load_roster(tmp_path / "roster.csv")
    assert roster["s2"].extension.extra_hours == 36 and roster["s3"].extension.due == dt.datetime(2026, 12, 9, 18)
    (tmp_path / "ext.csv").write_text("student_id,assignment,extra_days,due,reason\n"
                                      "s1,a1_backprop,3,,medical\n"
                                      "s1,,1,,every assignment\n"
                                      "s1,a2_optim,,2026-12-20T12:00,\n")
    declared = load_extensions(tmp_path / "ext.csv", roster, {"a1_backprop", "a2_optim"})
    assert [(e.assignment, e.extra_days, e.reason) for e in declared][:2] == [("a1_backprop", 3, "medical"),
                                                                          ("", 1, "every assignment")]
    spec = load_assignment("a1_backprop")
    granted = extensions_of(spec, roster, declared)
    assert granted["s1"].extra_days == 3 and granted["s2"].extra_hours == 36 and granted["s3"].due is not None
    assert extensions_for("a3_conv", declared)["s1"].extra_days == 1  # the one for every assignment
    assert parse_extension("3d") == (None, 3.0, 0.0) and parse_extension("2.5 days") == (None, 2.5, 0.0)


@pytest.mark.parametrize("rows, error", [
    ("student_id,extra_days\nzed,2\n", r"ext.csv:2, column 1: 'zed' is not in the roster"),
    ("student_id,extra_days\ns1,two\n", r"ext.csv:2, column 2 \(extra_days\): 'two' is not a number of days"),
    ("student_id,assignment,extra_days\ns1,a9,2\n", r"ext.csv:2, column 2: no assignment 'a9'"),
    ("student_id,extra_days,due\ns1,2,2026-12-08T12:00\n", "more than one of"),
    ("student_id,extra_days\ns1,2\ns1,3\n", "ext.csv:3: s1 already has an extension on line 2"),
    ("student,extra_days\ns1,2\n", "needs a student_id column"),
])
def test_bad_extensions_are_explained_with_line_and_column(tmp_path, rows, error):
    (tmp_path / "ext.csv").write_text(rows)
    with pytest.raises(ExtensionError, match=error):
        load_extensions(tmp_path / "ext.csv", {"s1": None}, {"a1_backprop"})


# ------------------------------------------------------------ which attempt counts
ATTEMPTS = [  # (submitted at, raw score): due 2026-12-05 23:59 Brussels, -10% of 100 per started day
    ("2026-12-04T12:00:00+01:00", 80.0),  # on time: 80
    ("2026-12-05T23:50:00+01:00", 50.0),  # on time, the latest on time: 50
    ("2026-12-07T23:00:00+01:00", 98.0),  # 2 days late: 78, the best raw score
    ("2026-12-08T12:00:00+01:00", 60.0),  # 3 days late: 30, the latest
]


def result(student: str, raw: float, n: int) -> SubmissionResult:
    return SubmissionResult(student=student, assignment="a1", submission_file=f"try{n}.py", sha256=f"{n:064x}",
                            score=raw, max_score=100.0, tests=[], duration_s=0.0,
                            graded_at=f"2026-12-10T00:00:0{n}Z", grader_version="test")


@pytest.mark.parametrize("rule, expected", [("latest", 30.0), ("best", 78.0), ("latest_on_time", 50.0),
                                            ("best_after_penalty", 80.0)])
def test_each_attempt_rule_picks_its_attempt_and_every_export_agrees(tmp_path, rule, expected):
    p = policy(attempt=rule)
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        order = [2, 0, 3, 1]  # recorded in another order than submitted
        for n in order:
            when, raw = ATTEMPTS[n]
            gb.record(result("ann", raw, n), at(when), p, time_source="roster")
        (row,) = gb.current("a1")
        assert row.score == expected and row.attempts == 4 and gb.count("a1") == 4  # every attempt kept
        assert [a.raw_score for a in gb.attempts("ann", "a1")] == [80.0, 50.0, 98.0, 60.0]
        assert gb.result("ann", "a1").score == row.raw_score
        write_lms_csv(gb, tmp_path / "lms.csv")
        write_assignment_csv(gb, "a1", tmp_path / "a1.csv")
    assert float(next(csv.DictReader((tmp_path / "lms.csv").open()))["a1"]) == expected
    exported = next(csv.DictReader((tmp_path / "a1.csv").open()))
    assert float(exported["score"]) == expected and exported["attempts"] == "4"


def test_latest_on_time_falls_back_to_the_latest_when_nothing_was_on_time():
    from autograder.course.deadline import Attempt
    late = [Attempt(key=i, submitted_at=at(f"2026-12-0{6 + i}T10:00:00+01:00"), graded_at="", raw_score=10.0 * i,
                    score=5.0 * i, on_time=False) for i in range(3)]
    assert choose_attempt(late, "latest_on_time").key == 2


def test_reassessing_applies_a_new_extension_and_rule_without_grading_again(tmp_path):
    p = policy()
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        for n in (0, 3):
            gb.record(result("ann", ATTEMPTS[n][1], n), at(ATTEMPTS[n][0]), p)
        assert gb.current("a1")[0].score == 30.0  # the latest, 3 days late
        extension = extensions_for("a1", [load_extension_row("ann", extra_days="3")])
        assert gb.reassess("a1", p, extension) == 1  # the late attempt is now on time; the other was already
        (row,) = gb.current("a1")
        assert row.score == 60.0 and row.penalty == 0 and row.lateness.extension.startswith("by 3 days")
        gb.reassess("a1", policy(attempt="best_after_penalty"), {})
        assert gb.current("a1")[0].score == 80.0
        gb.reassess("a1", None)  # the deadline removed: no penalties, the latest counts
        assert gb.current("a1")[0].score == 60.0 and gb.current("a1")[0].lateness is None


def test_a_gradebook_from_before_keeps_working_and_gets_the_new_columns(tmp_path):
    import sqlite3
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE submissions (id INTEGER PRIMARY KEY, student TEXT NOT NULL, assignment TEXT NOT NULL,
            sha256 TEXT NOT NULL, submission_file TEXT NOT NULL, submitted_at TEXT, graded_at TEXT NOT NULL,
            grader_version TEXT NOT NULL, raw_score REAL NOT NULL, max_score REAL NOT NULL,
            late_days INTEGER NOT NULL DEFAULT 0, penalty REAL NOT NULL DEFAULT 0, score REAL NOT NULL,
            load_error TEXT, result_json TEXT NOT NULL, UNIQUE (student, assignment, sha256));
        INSERT INTO submissions VALUES (1, 'ann', 'a1', 'h1', 'a.py', '2026-12-06T10:00:00+01:00', '2026-12-07', 'v',
            70, 100, 1, 10, 60, NULL, '{}');
        INSERT INTO submissions VALUES (2, 'ann', 'a1', 'h2', 'a.py', '2026-12-06T09:30:00+00:00', '2026-12-06', 'v',
            90, 100, 1, 10, 80, NULL, '{}');
    """)
    db.commit()
    db.close()
    with Gradebook(path) as gb:
        (row,) = gb.current("a1")
        assert row.sha256 == "h2" and row.attempts == 2  # 09:30 UTC is after 10:00+01:00, whatever the text says


# ------------------------------------------------------------ clear errors
@pytest.mark.parametrize("course_toml, deadline, error", [
    ('timezone = "Europe/Brusels"', "due = 2026-12-05T23:59:00",
     "unknown time zone 'Europe/Brusels' .*did you mean 'Europe/Brussels'"),
    ("", "due = 2026-12-05T23:59:00", "has no UTC offset and the course has no time zone: set timezone"),
    ('timezone = "UTC"', 'due = "the fifth of December"', "due = 'the fifth of December' is not a date-time"),
    ('timezone = "UTC"', 'due = "2026-12-05T23:59:00"\npenalty = 0.1', "unknown setting 'penalty'"),
    ('timezone = "UTC"', "due = 2026-12-05T23:59:00\npenalty_per_day = 10", "not a fraction between 0 and 1"),
    ('time_zone = "UTC"', "due = 2026-12-05T23:59:00", "unknown setting 'time_zone'; did you mean 'timezone'"),
])
def test_bad_deadlines_and_time_zones_are_one_line_errors(tmp_path, course_toml, deadline, error):
    a1 = tmp_path / "course" / "solutions" / "a1"
    a1.mkdir(parents=True)
    (tmp_path / "course" / "course.toml").write_text(course_toml + "\n")
    (a1 / "assignment.toml").write_text('id = "a1"\ntitle = "A1"\nmodule = "a1.py"\nreference = "reference.backprop"\n'
                                        f"[deadline]\n{deadline}\n")
    with pytest.raises(DeadlineError, match=error):
        load_assignment(a1)


def test_an_unparsable_roster_time_names_line_and_column(tmp_path):
    (tmp_path / "r.csv").write_text("student_id,name,submitted_at\ns1,Ann,2026-12-06T10:00:00+01:00\n"
                                    "s2,Ben,06/12/2026 10:00\n")
    with pytest.raises(RosterError, match=r"r.csv:3, column 3 \(submitted_at\): '06/12/2026 10:00' is not an ISO 8601"):
        load_roster(tmp_path / "r.csv")
    (tmp_path / "r.csv").write_text("student_id,extension\ns1,soon\n")
    with pytest.raises(RosterError, match=r"r.csv:2, column 2 \(extension\): 'soon' is not"):
        load_roster(tmp_path / "r.csv")


@pytest.mark.parametrize("written, offset_hours", [
    ("2026-12-06 10:00:00 +0100", 1), ("2026-12-06T09:00:00Z", 0), ("2026-12-06 09:00 UTC", 0),
    ("2026-12-06T10:00:00+01:00", 1), ("2026-12-06T10:00:00", None)])
def test_lms_time_formats_are_read(tmp_path, written, offset_hours):
    (tmp_path / "r.csv").write_text(f"student_id,submitted_at\ns1,{written}\n")
    stamp = load_roster(tmp_path / "r.csv")["s1"].submitted_at
    if offset_hours is None:
        assert stamp.tzinfo is None  # read in the course's zone when assessed
    else:
        assert stamp.utcoffset() == dt.timedelta(hours=offset_hours)


# ------------------------------------------------------------ LMS downloads
GRADESCOPE_METADATA = """\
submission_101:
  :submitters:
  - :name: Ann Lee
    :sid: s1
    :email: ann@x.edu
  :created_at: 2026-12-06 10:00:00.036929000 +01:00
  :score: 80.0
  :history: []
submission_102:
  :submitters:
  - :name: Ben Ode
    :sid: '7'
    :email: BEN@x.edu
  - :name: Cem Tan
    :sid: ''
    :email: cem@x.edu
  :created_at: 2026-12-05 20:00:00.000000000 +01:00
  :history:
  - :created_at: 2026-12-04 20:00:00.000000000 +01:00
    :score: 1.0
"""


def test_a_gradescope_export_gives_students_and_submission_times(tmp_path):
    export = tmp_path / "export"
    for sub, files in {"submission_101": ["backprop.py", "notes.txt"], "submission_102": ["backprop.py"]}.items():
        (export / sub).mkdir(parents=True)
        for name in files:
            (export / sub / name).write_text("x = 1\n")
    (export / "submission_metadata.yml").write_text(GRADESCOPE_METADATA)
    (tmp_path / "r.csv").write_text("student_id,email,submitted_at\ns1,ann@x.edu,\nb7,ben@x.edu,2026-12-05T21:00\n"
                                    "c1,cem@x.edu,\n")
    tasks, missing = plan_batch(export, load_roster(tmp_path / "r.csv"), "backprop.py")
    by = {t.student: t for t in tasks}
    assert sorted(by) == ["b7", "c1", "s1"] and missing == []
    assert by["s1"].submitted_at == at("2026-12-06T10:00:00.036929+01:00") and by["s1"].time_source == "Gradescope export"
    assert by["s1"].path.name == "backprop.py" and by["s1"].also_submitted == ["notes.txt"]
    assert by["b7"].submitted_at == dt.datetime(2026, 12, 5, 21) and by["b7"].time_source == "roster"  # roster first
    assert by["c1"].path == by["b7"].path  # a group submission counts for each submitter
    late = policy().evaluate(by["s1"].submitted_at, 82, 82, time_source=by["s1"].time_source)
    assert late.summary() == "submitted 10 h 1 min late: -10%"
    assert any("graded backprop.py; not graded: notes.txt" in n for n in timing_notes(tasks, {}, "Europe/Brussels"))


def test_a_canvas_download_names_the_student_and_the_late_flag_but_no_time(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    for name in ("leeann_12345_998_backprop.py", "odeben_LATE_678_999_backprop-1.py", "odeben_LATE_678_1000_notes.py"):
        (subs / name).write_text("x = 1\n")
    (tmp_path / "r.csv").write_text("student_id,submitted_at\n12345,2026-12-05T20:00:00+01:00\n")
    tasks, _ = plan_batch(subs, load_roster(tmp_path / "r.csv"), "backprop.py")
    by = {t.student: t for t in tasks}
    assert sorted(by) == ["12345", "odeben_678"]
    assert by["12345"].submitted_at is not None and not by["12345"].lms_marked_late
    assert by["odeben_678"].lms_marked_late and by["odeben_678"].path.name == "odeben_LATE_678_999_backprop-1.py"
    notes = timing_notes(tasks, {"zed": None}, "Europe/Brussels")
    assert any("Canvas marks 1 submission(s) late" in n and "odeben_678" in n for n in notes)
    assert any("extensions for students with no submission here: zed" in n for n in notes)
    note = policy().evaluate(None, 80, 100, lms_marked_late=True)
    assert note.penalty == 0 and "marked this submission late but gave no submission time" in note.summary()


# ------------------------------------------------------------ a class graded through the command line
@pytest.fixture
def brussels_course(tmp_path):
    """a1 in a course whose time zone is Brussels, due 2026-12-05T23:59 local, -10% per started day,
    15 minutes' grace, and a class of four copies of the solution (A1_TOTAL points each)."""
    course = tmp_path / "course"
    root = course / "solutions" / "a1_backprop"
    shutil.copytree(REPO / "solutions" / "a1_backprop", root, ignore=shutil.ignore_patterns("__pycache__", ".build"))
    (course / "course.toml").write_text('timezone = "Europe/Brussels"\nextensions = "extensions.csv"\n')
    toml = root / "assignment.toml"
    toml.write_text(toml.read_text().replace("[limits]", "[deadline]\ndue = 2026-12-05T23:59:00\n"
                                             "penalty_per_day = 0.1\ngrace_minutes = 15\n\n[limits]", 1))
    (course / "extensions.csv").write_text("student_id,assignment,extra_days,reason\ns4,a1_backprop,2,accommodation\n")
    subs = tmp_path / "subs"
    subs.mkdir()
    for s in ("s1", "s2", "s3", "s4"):
        shutil.copy(SAMPLE / "alice_correct.py", subs / f"{s}.py")
    roster = tmp_path / "roster.csv"
    roster.write_text("student_id,name,submitted_at,extension\n"
                      "s1,Ann,2026-12-06T10:00:00+01:00,\n"  # 10 h 1 min late: -10%
                      "s2,Ben,2026-12-06T01:09:00,\n"  # no offset: Brussels time, 1 h 10 min late: -10%
                      "s3,Cem,2026-12-06T00:10:00+01:00,\n"  # 11 min late, within the grace period
                      "s4,Dee,2026-12-07T10:00:00+01:00,\n")  # on time with the two-day extension
    return course, subs, roster, tmp_path / "out"


def autograder(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "autograder.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


@pytest.mark.slow
def test_the_issue_case_grades_without_error_and_charges_the_right_penalty(brussels_course):
    course, subs, roster, out = brussels_course
    run = autograder("grade", "a1_backprop", subs, "--out", out, "--roster", roster, "--course", course,
                     "--workers", "2", "--skip-preflight")
    assert run.returncode == 0 and "Traceback" not in run.stderr + run.stdout, run.stderr + run.stdout
    said = " ".join(run.stdout.split())
    assert "2 student(s) late" in said and "read as Europe/Brussels time" in said
    with Gradebook(out / "gradebook.sqlite") as gb:
        scores = {r.student: (r.raw_score, r.penalty, r.score) for r in gb.current("a1_backprop")}
    full, penalty = A1_TOTAL, round(A1_TOTAL / 10, 2)
    late = round(full - penalty, 2)
    assert scores == {"s1": (full, penalty, late), "s2": (full, penalty, late), "s3": (full, 0.0, full),
                      "s4": (full, 0.0, full)}
    report = autograder("report", "--gradebook", out / "gradebook.sqlite", "--out", out / "reports", "--course", course)
    assert report.returncode == 0, report.stderr
    pages = out / "reports" / "a1_backprop"
    s2 = (pages / "students" / "s2.md").read_text()
    assert f"submitted 1 h 10 min late: -10% ({penalty:g} points)" in s2 and "read as Europe/Brussels time" in s2
    assert "submitted 10 h 1 min late: -10%" in (pages / "students" / "s1.html").read_text()
    assert "within the 15-minute grace period" in (pages / "students" / "s3.md").read_text()
    s4 = (pages / "students" / "s4.md").read_text()
    assert "submitted on time" in s4 and "extended by 2 days, to 2026-12-07 23:59 CET" in s4
    assert "accommodation" not in s4  # the reason is for the teaching staff
    index = (pages / "index.html").read_text()
    assert "Extensions (teaching staff only)" in index and "accommodation" in index
    # an extension granted after grading applies on the next run, without grading anyone again
    (course / "extensions.csv").write_text("student_id,assignment,extra_days,reason\ns4,a1_backprop,2,accommodation\n"
                                           "s1,a1_backprop,1,illness\n")
    again = autograder("grade", "a1_backprop", subs, "--out", out, "--roster", roster, "--course", course,
                       "--skip-preflight")
    assert again.returncode == 0 and "0 graded now" in " ".join(again.stdout.split()), again.stdout + again.stderr
    with Gradebook(out / "gradebook.sqlite") as gb:
        assert {r.student: r.score for r in gb.current("a1_backprop")}["s1"] == full
    lms = autograder("export", "--gradebook", out / "gradebook.sqlite", "--out", out / "lms.csv")
    assert lms.returncode == 0
    assert {r["student_id"]: float(r["a1_backprop"]) for r in csv.DictReader((out / "lms.csv").open())} == {
        "s1": full, "s2": late, "s3": full, "s4": full}


@pytest.mark.parametrize("setup, expected", [
    ("zone", "unknown time zone 'Europe/Brusels'"),
    ("deadline", "due = 'Friday night' is not a date-time"),
    ("roster", r"roster.csv:3, column 3 \(submitted_at\): '6 Dec 10:00' is not an ISO 8601 time"),
    ("extension", r"extensions.csv:2, column 1: 'zed' is not in the roster"),
])
def test_instructor_mistakes_are_one_line_errors_from_the_command_line(brussels_course, setup, expected):
    course, subs, roster, out = brussels_course
    if setup == "zone":
        (course / "course.toml").write_text('timezone = "Europe/Brusels"\n')
    elif setup == "deadline":
        toml = course / "solutions" / "a1_backprop" / "assignment.toml"
        toml.write_text(toml.read_text().replace("due = 2026-12-05T23:59:00", 'due = "Friday night"'))
    elif setup == "roster":
        roster.write_text("student_id,name,submitted_at\ns1,Ann,2026-12-06T10:00:00+01:00\ns2,Ben,6 Dec 10:00\n")
    else:
        (course / "extensions.csv").write_text("student_id,extra_days\nzed,2\n")
    run = autograder("grade", "a1_backprop", subs, "--out", out, "--roster", roster, "--course", course,
                     "--skip-preflight")
    text = run.stdout + run.stderr
    assert run.returncode == 2 and "Traceback" not in text, text
    assert __import__("re").search(expected, " ".join(text.split())), text
    if (out / "gradebook.sqlite").exists():
        with Gradebook(out / "gradebook.sqlite") as gb:
            assert gb.count() == 0
