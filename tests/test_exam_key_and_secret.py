"""Issue 27, the key is the record and secrets are strong: `generate` stores every student's variant
and key and makes a random secret when none is given; `grade` grades against the stored key and
refuses a secret or exam id that does not reproduce it; weak, short and known secrets are refused
(the demo one only with --demo)."""
import csv
import json
import os
import secrets
import sqlite3
import stat
import time

import pytest

from autograder.cli.main import main
from autograder.exams.key import load_key
from autograder.exams.secret import DEMO_SECRET, exam_key, secret_problem
from tests.conftest import REPO

BANK = REPO / "examples" / "exam" / "midterm.yaml"
CLASS = "s1,s2,s3"


def generate(out, *extra):
    return main(["exam", "generate", str(BANK), "--students", CLASS, "--out", str(out), *extra])


def all_right(out, path):
    key = load_key(out / "answer_key.json")
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["student_id"] + [q.id for q in key.questions])
        for s, paper in key.students.items():
            w.writerow([s] + [v.answer if isinstance(v.answer, str) else
                              ("; ".join(map(repr, v.answer)) if isinstance(v.answer, list) else repr(v.answer))
                              for v in paper])
    return path


def grade(out, answers, *extra, bank=BANK):
    return main(["exam", "grade", str(bank), str(answers), "--out", str(out), *extra])


def scores(out):
    with sqlite3.connect(out / "gradebook.sqlite") as db:
        return dict(db.execute("SELECT student, score FROM submissions"))


def test_generate_makes_a_strong_secret_and_stores_every_variant(tmp_path, capsys):
    assert generate(tmp_path) == 0
    secret_file = tmp_path / "exam.secret"
    secret = secret_file.read_text().strip()
    assert len(secret) >= 43 and secret_problem(secret) is None
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "answer_key.json").stat().st_mode) == 0o600
    assert "a new random exam secret" in capsys.readouterr().out
    key = load_key(tmp_path / "answer_key.json")
    assert list(key.students) == ["s1", "s2", "s3"]
    paper = key.students["s1"]
    assert all(v.prompt and v.answer and v.params for v in paper)  # each question with its answer
    assert any(v.slips for v in paper)  # and the declared slips that earn credit on it
    # grading reads the same secret file by default and the class is graded against the key
    assert grade(tmp_path, all_right(tmp_path, tmp_path / "a.csv")) == 0
    assert scores(tmp_path) == {"s1": 27.0, "s2": 27.0, "s3": 27.0}


def test_the_wrong_secret_is_refused_not_graded_as_zero(tmp_path, capsys):
    assert generate(tmp_path) == 0
    answers = all_right(tmp_path, tmp_path / "a.csv")
    other = tmp_path / "other.secret"
    other.write_text(secrets.token_urlsafe(32))
    assert grade(tmp_path, answers, "--secret-file", str(other)) == 2
    assert "does not reproduce the answer key" in capsys.readouterr().err
    assert not (tmp_path / "gradebook.sqlite").exists()


def test_a_renamed_exam_or_an_edited_bank_is_refused(tmp_path, capsys):
    assert generate(tmp_path) == 0
    answers = all_right(tmp_path, tmp_path / "a.csv")
    renamed = tmp_path / "renamed.yaml"
    renamed.write_text(BANK.read_text().replace("id: midterm_2026", "id: midterm_2026b"))
    assert grade(tmp_path, answers, bank=renamed) == 2
    assert "the answer key is for exam 'midterm_2026', the bank is exam 'midterm_2026b'" in capsys.readouterr().err
    edited = tmp_path / "edited.yaml"
    edited.write_text(BANK.read_text().replace("kind: init_std, points: 2, rtol: 0.005", "kind: init_std, points: 2, "
                                                                                           "rtol: 0.05"))
    assert grade(tmp_path, answers, bank=edited) == 2
    assert "q6_init.rtol 0.005 -> 0.05" in capsys.readouterr().err


def test_grading_reads_the_stored_key_even_when_drawing_again_would_differ(tmp_path, capsys):
    """A NumPy upgrade between generating and grading: the papers handed out are what counts."""
    assert generate(tmp_path) == 0
    path = tmp_path / "answer_key.json"
    data = json.loads(path.read_text())
    handed_out = data["students"]["s2"][0]
    handed_out["prompt"] = "A convolution layer takes a 33x33 input with 3x3 kernels, stride 2 and zero padding 1 " \
                           "on every side. What is the width of its output?"
    handed_out["answer"], handed_out["params"] = 17.0, {"w": 33, "k": 3, "s": 2, "p": 1}
    path.write_text(json.dumps(data))
    answers = all_right(tmp_path, tmp_path / "a.csv")  # s2 answers the paper handed out: 17
    assert grade(tmp_path, answers) == 0
    assert scores(tmp_path)["s2"] == 27.0
    assert "1 papers would come out differently if drawn today" in capsys.readouterr().out


def test_students_added_later_keep_the_earlier_papers(tmp_path):
    assert generate(tmp_path) == 0
    before = load_key(tmp_path / "answer_key.json").students
    assert main(["exam", "generate", str(BANK), "--students", "s1,s2,s3,s4", "--out", str(tmp_path)]) == 0
    after = load_key(tmp_path / "answer_key.json").students
    assert {s: after[s] for s in before} == before and "s4" in after
    for i, v in enumerate(after["s4"]):
        if v.kind != "stride_valid":
            assert v.prompt not in {before[s][i].prompt for s in before}


@pytest.mark.parametrize("secret, why", [
    (DEMO_SECRET, "public demo secret of the bundled sample class; it is usable only with --demo"),
    ("aaaaaaaaaaaaaaaa", "looks chosen by a person"),
    ("short", "5 characters is too short"),
    ("NeuralNetworksMidterm2026Secret!", "looks chosen by a person"),
    ("nn-midterm-2026-secret", "looks chosen by a person"),
    ("abcdefghijklmnopqrstuvwxyz0123456789", "looks chosen by a person"),
    ("changeme", "well-known"),
])
def test_weak_short_and_known_secrets_are_refused_in_one_line(tmp_path, capsys, secret, why):
    (tmp_path / "s").write_text(secret)
    assert generate(tmp_path, "--secret-file", str(tmp_path / "s")) == 2
    err = capsys.readouterr().err
    assert why in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "answer_key.json").exists()


def test_the_demo_secret_only_with_demo(tmp_path):
    assert generate(tmp_path, "--secret-file", str(REPO / "examples" / "exam" / "sample.secret"), "--demo") == 0


def test_random_secrets_pass():
    assert all(secret_problem(secrets.token_urlsafe(32)) is None for _ in range(2000))
    assert all(secret_problem(secrets.token_hex(32)) is None for _ in range(2000))


def test_each_guess_of_a_secret_costs_a_stretching():
    """A student with a paper tested ~4,000 guesses/s against a plain HMAC; scrypt makes each guess cost
    milliseconds and 16 MiB."""
    started = time.perf_counter()
    for _ in range(3):
        exam_key(secrets.token_hex(16), "midterm_2026")
    assert (time.perf_counter() - started) / 3 > 0.005


def test_a_missing_key_or_secret_is_one_error_line(tmp_path, capsys):
    (tmp_path / "a.csv").write_text("student_id\n")
    assert grade(tmp_path, tmp_path / "a.csv") == 2
    assert "no exam secret" in capsys.readouterr().err
    (tmp_path / "exam.secret").write_text(secrets.token_urlsafe(32))
    os.chmod(tmp_path / "exam.secret", 0o600)
    assert grade(tmp_path, tmp_path / "a.csv") == 2
    assert "no answer key at" in capsys.readouterr().err


def test_a_bank_with_the_old_closeness_slips_says_what_replaced_them(tmp_path, capsys):
    old = tmp_path / "old.yaml"
    old.write_text(BANK.read_text().replace("points: 3, rtol: 0.0}", "points: 3, rtol: 0.0, slip_rtol: 0.02}", 1))
    assert generate(tmp_path, "--secret-file", str(tmp_path / "new.secret")) == 0  # (the bank itself is fine)
    assert main(["exam", "generate", str(old), "--students", CLASS, "--out", str(tmp_path / "o")]) == 2
    assert "slip_rtol is gone" in capsys.readouterr().err
