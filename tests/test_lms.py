"""The LMS round trip (issue 20): a download named as Canvas (Moodle, Blackboard) names its files
grades to the roster's ids, and the export goes back in Canvas's gradebook import format: absent
students missing (an empty cell), not 0; students not in the roster listed and left out; the same
score after penalties in the terminal, the CSVs and the LMS file; group columns that add up; and each
student's feedback as a file named by their LMS id."""
from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pydantic import BaseModel, model_validator

from autograder.course.roster import load_roster
from autograder.gradebook.store import Gradebook
from autograder.submissions.folder import lms_name, plan_batch
from tests.conftest import A1_TOTAL

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "examples" / "a1_sample_class"
CANVAS_IDENTITY = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]


class CanvasImport(BaseModel):
    """What Canvas's gradebook import reads (Canvas guide "How do I import grades in the Gradebook?"):
    the identity columns first, then one column per assignment; an optional Points Possible row; each
    student found by ID or SIS User ID; a score is a number or empty (left alone)."""

    header: list[str]
    points: dict[str, float]
    rows: list[dict[str, str]]

    @classmethod
    def read(cls, text: str) -> CanvasImport:
        lines = list(csv.reader(io.StringIO(text)))
        header, rest = lines[0], lines[1:]
        points = {}
        if rest and rest[0][0].strip() == "Points Possible":
            points = {h: float(v) for h, v in zip(header[5:], rest[0][5:]) if v != ""}
            rest = rest[1:]
        return cls(header=header, points=points, rows=[dict(zip(header, r)) for r in rest])

    @model_validator(mode="after")
    def accepted(self) -> CanvasImport:
        assert self.header[:5] == CANVAS_IDENTITY, self.header
        assert len(set(self.header)) == len(self.header)
        for row in self.rows:
            assert len(row) == len(self.header)
            assert row["ID"] or row["SIS User ID"], row
            for assignment in self.header[5:]:
                if row[assignment] != "":
                    assert 0 <= float(row[assignment]) <= self.points.get(assignment, float("inf")), row
        return self


def autograder(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "autograder.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


@pytest.fixture
def canvas_class(tmp_path):
    """a1 due 2026-12-05 23:59 UTC, -10% per started day; a Canvas download of four submissions (one late
    and resubmitted, one with a second file, one by a student the roster does not have) and a roster
    with Canvas user IDs (lms_id) and submission times; s4 submitted nothing."""
    course = tmp_path / "course"
    root = course / "solutions" / "a1_backprop"
    shutil.copytree(REPO / "solutions" / "a1_backprop", root, ignore=shutil.ignore_patterns("__pycache__", ".build"))
    (course / "course.toml").write_text('timezone = "UTC"\n')
    toml = root / "assignment.toml"
    toml.write_text(toml.read_text().replace("[limits]", "[deadline]\ndue = 2026-12-05T23:59:00\n"
                                             "penalty_per_day = 0.1\n\n[limits]", 1))
    subs = tmp_path / "canvas_download"
    subs.mkdir()
    for name, sample in [("doejane_12345_6789012_backprop.py", "alice_correct.py"),
                         ("smithjohn_LATE_23456_6789013_backprop-1.py", "alice_correct.py"),
                         ("leeann_34567_6789014_backprop.py", "mistake_db_not_summed.py"),
                         ("leeann_34567_6789015_notes.txt", None),
                         ("ghostcasper_99999_6789016_backprop.py", "alice_correct.py")]:
        (subs / name).write_text((SAMPLE / sample).read_text() if sample else "my notes\n")
    roster = tmp_path / "roster.csv"
    roster.write_text("student_id,name,lms_id,section,submitted_at\n"
                      "s1,\"Doe, Jane\",12345,Lab A,2026-12-05T20:00:00Z\n"
                      "s2,\"Smith, John\",23456,Lab A,2026-12-06T10:00:00Z\n"  # late: -10%
                      "s3,\"Lee, Ann\",34567,Lab B,2026-12-05T21:00:00Z\n"
                      "s4,\"Absent, Al\",45678,Lab B,\n")
    return course, subs, roster, tmp_path / "out"


@pytest.mark.slow
def test_a_canvas_download_round_trips_to_a_canvas_import(canvas_class):
    course, subs, roster, out = canvas_class
    run = autograder("grade", "a1_backprop", subs, "--out", out, "--roster", roster, "--course", course,
                     "--names", "canvas", "--workers", "2", "--skip-preflight")
    assert run.returncode == 0, run.stdout + run.stderr
    said = " ".join(run.stdout.split())
    assert "not in the roster" in said and "no submission from: s4" in said
    assert "ghostcasper_99999 (ghostcasper_99999_6789016_backprop.py)" in said  # the file that matched nobody
    full, penalty = A1_TOTAL, round(A1_TOTAL / 10, 2)  # s1 and s2 hand in the solution, s2 a day late (-10%)
    late, wrong = round(full - penalty, 2), full - 9  # s3: db not summed costs 9 points
    assert f"{late:g}/{full:g} ({full:g} - {penalty:g} late)" in said  # the terminal shows the score the exports have
    with Gradebook(out / "gradebook.sqlite") as gb:
        rows = {r.student: r for r in gb.current("a1_backprop")}
    assert sorted(rows) == ["ghostcasper_99999", "s1", "s2", "s3"]
    assert rows["s2"].submission_file == "smithjohn_LATE_23456_6789013_backprop-1.py"
    assert (rows["s1"].score, rows["s2"].score, rows["s3"].score) == (full, pytest.approx(late), wrong)

    canvas = autograder("export", "--gradebook", out / "gradebook.sqlite", "--roster", roster, "--format", "canvas",
                        "--out", out / "canvas.csv")
    assert canvas.returncode == 0, canvas.stderr
    assert "not in the roster, left out: ghostcasper_99999" in canvas.stdout and "missing, not 0" in canvas.stdout
    imported = CanvasImport.read((out / "canvas.csv").read_text())
    assert imported.header == CANVAS_IDENTITY + ["a1_backprop"] and imported.points == {"a1_backprop": full}
    by_sis = {r["SIS User ID"]: r for r in imported.rows}
    assert list(by_sis) == ["s1", "s2", "s3", "s4"]  # the roster's students, in its order; the ghost left out
    assert by_sis["s2"]["ID"] == "23456" and by_sis["s2"]["Student"] == "Smith, John" and by_sis["s2"]["Section"] == "Lab A"
    assert {s: r["a1_backprop"] for s, r in by_sis.items()} == {"s1": str(full), "s2": str(late), "s3": str(wrong),
                                                               "s4": ""}

    plain = autograder("export", "--gradebook", out / "gradebook.sqlite", "--roster", roster, "--out", out / "lms.csv")
    assert plain.returncode == 0, plain.stderr
    lms = {r["student_id"]: r for r in csv.DictReader((out / "lms.csv").open())}
    assignment_csv = {r["student"]: r for r in csv.DictReader((out / "a1_backprop.csv").open())}
    for s in ("s1", "s2", "s3"):  # the same score everywhere
        assert float(lms[s]["a1_backprop"]) == float(assignment_csv[s]["score"]) == pytest.approx(rows[s].score)
        groups = [float(v) for k, v in lms[s].items() if k.startswith("a1_backprop: ")]
        assert sum(groups) == pytest.approx(rows[s].score, abs=1e-9)  # group columns add up after the penalty
    assert set(lms) == {"s1", "s2", "s3", "s4"} and all(v == "" for k, v in lms["s4"].items() if k.startswith("a1"))

    feedback = autograder("feedback", "a1_backprop", "--gradebook", out / "gradebook.sqlite", "--roster", roster,
                          "--out", out / "feedback", "--course", course)
    assert feedback.returncode == 0, feedback.stdout + feedback.stderr
    assert "not in the roster, no file: ghostcasper_99999" in feedback.stdout
    folder = out / "feedback" / "a1_backprop"
    assert sorted(p.name for p in folder.iterdir()) == [  # named by Canvas user ID; s4 submitted nothing
        "12345.html", "12345.md", "23456.html", "23456.md", "34567.html", "34567.md", "manifest.csv"]
    assert "-10%" in (folder / "23456.md").read_text() and f"{late:g}" in (folder / "23456.md").read_text()
    manifest = {r["file"]: r for r in csv.DictReader((folder / "manifest.csv").open())}
    assert manifest["23456"]["student_id"] == "s2" and float(manifest["23456"]["score"]) == pytest.approx(late)
    with zipfile.ZipFile(out / "feedback" / "a1_backprop.zip") as z:
        assert sorted(z.namelist()) == sorted(p.name for p in folder.iterdir())


def test_canvas_gradebook_export_is_a_roster(tmp_path):
    export = tmp_path / "canvas_export.csv"
    export.write_text("Student,ID,SIS User ID,SIS Login ID,Section,Assignment 1 (101),Current Score\n"
                      "    Points Possible,,,,,82.00,(read only)\n"
                      "\"Doe, Jane\",12345,s1,jdoe,Lab A,,\n"
                      "\"Student, Test\",99,,,Lab A,,\n"
                      "\"Roe, Rick\",23456,,rroe,Lab B,,\n")
    roster = load_roster(export)
    assert list(roster) == ["s1", "23456"]  # the SIS User ID, else Canvas's ID; the test student skipped
    assert roster["s1"].lms_id == "12345" and roster["s1"].login == "jdoe" and roster["s1"].section == "Lab A"


@pytest.mark.parametrize("name, scheme, user, file", [
    ("doejane_12345_6789012_backprop.py", "canvas", "12345", "backprop.py"),
    ("doejane_LATE_12345_6789012_backprop-1.py", "canvas", "12345", "backprop-1.py"),
    ("Jane Doe_4711_assignsubmission_file_backprop.py", "moodle", "4711", "backprop.py"),
    ("Jane Doe_4711_assignsubmission_file_", "moodle", "4711", ""),
    ("Homework 1_jdoe_attempt_2026-12-05-21-30-05_backprop.py", "blackboard", "jdoe", "backprop.py"),
    ("Homework 1_jdoe_attempt_2026-12-05-21-30-05.txt", "blackboard", "jdoe", ""),
    ("s001.py", None, None, None),
])
def test_lms_download_names_are_read(name, scheme, user, file):
    read = lms_name(name)
    assert (read.scheme, read.user, read.file) == (scheme, user, file) if scheme else read is None


def test_moodle_and_blackboard_downloads_map_to_the_roster(tmp_path):
    (tmp_path / "r.csv").write_text("student_id,name,email\ns1,Jane Doe,jdoe@x.edu\ns2,\"Roe, Rick\",rroe@x.edu\n")
    roster = load_roster(tmp_path / "r.csv")
    moodle = tmp_path / "moodle"
    (moodle / "Jane Doe_4711_assignsubmission_file_").mkdir(parents=True)  # downloaded in folders
    (moodle / "Jane Doe_4711_assignsubmission_file_" / "backprop.py").write_text("x = 1\n")
    (moodle / "Rick Roe_4712_assignsubmission_file_backprop.py").write_text("x = 2\n")
    (moodle / "Nobody Known_4713_assignsubmission_file_backprop.py").write_text("x = 3\n")
    (moodle / "stray.py").write_text("x = 4\n")
    tasks, missing = plan_batch(moodle, roster, "backprop.py", names="moodle")
    by = {t.student: t for t in tasks}
    assert by["s1"].path.name == "backprop.py" and by["s2"].in_roster and missing == []
    assert not by["Nobody Known_4713"].in_roster  # graded under the LMS's name, listed as not in the roster
    assert by["stray"].not_a_submission  # a file that is no Moodle name: listed, never graded

    board = tmp_path / "blackboard"
    board.mkdir()
    for name in ("HW1_jdoe_attempt_2026-12-05-21-30-05_backprop.py", "HW1_jdoe_attempt_2026-12-05-21-30-05.txt",
                 "HW1_jdoe_attempt_2026-12-06-09-00-00_backprop.py", "HW1_rroe_attempt_2026-12-04-10-00-00_backprop.py"):
        (board / name).write_text("x = 1\n")
    tasks, _ = plan_batch(board, roster, "backprop.py")
    by = {t.student: t for t in tasks}
    assert sorted(by) == ["s1", "s2"]  # user names matched by the email's name
    assert by["s1"].path.name == "HW1_jdoe_attempt_2026-12-06-09-00-00_backprop.py"  # the latest attempt
    assert by["s1"].submitted_at == dt.datetime(2026, 12, 6, 9) and by["s1"].time_source == "Blackboard download"
    assert sorted(by["s1"].also_submitted) == ["HW1_jdoe_attempt_2026-12-05-21-30-05.txt",
                                               "HW1_jdoe_attempt_2026-12-05-21-30-05_backprop.py"]
