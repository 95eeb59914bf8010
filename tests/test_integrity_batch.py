"""Score integrity against hostile submissions, at the level of a class's batch.

A broken submission costs that submission, never the batch or the gradebook; an instructor's own
error (a gradebook that is not one, or is locked) stops the run with one line naming it. Each test
below was written against the code before the fix and failed there.
"""
from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import struct
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from rich.console import Console

from autograder.batch.run import grade_batch, grade_class
from autograder.course.assignment import load_assignment
from autograder.feedback.console import print_class_summary, print_submission
from autograder.feedback.similarity import compare_class, write_class_similarity
from autograder.feedback.tables import write_assignment_csv, write_lms_csv
from autograder.gradebook.store import Gradebook
from autograder.grading.run import failed_result
from autograder.results import SubmissionResult
from autograder.results import TestResult as ResultOfOneTest
from autograder.submissions.files import SubmissionError, prepare_submission
from tests.conftest import A1_TOTAL, REPO
from tests.hostile.archives import (
    corrupt_stream,
    deep_notebook,
    encrypt_member,
    flip_one_byte,
    method_99,
    notebook,
    patched_zip,
    zip_of,
)

SPEC = load_assignment("a1_backprop")
SOLUTION = (REPO / "examples" / "a1_sample_class" / "alice_correct.py").read_bytes()
CLI = [sys.executable, "-m", "autograder.cli"]


# ------------------------------------------------------------------ hostile files
BROKEN_ZIPS = {
    "encrypted": (patched_zip(encrypt_member), "encrypted"),
    "method_99": (patched_zip(method_99), "compression method"),
    "corrupt_deflate": (patched_zip(corrupt_stream), "damaged"),
    "bad_crc": (patched_zip(flip_one_byte, zipfile.ZIP_STORED), "damaged"),
    "truncated": (zip_of({"backprop.py": SOLUTION})[:200], "not a valid zip"),
    "not_a_zip": (b"hello, I am a text file", "not a valid zip"),
}
BROKEN_NOTEBOOKS = {
    "deep": (deep_notebook(), "nested too deeply"),
    "latin1": ('{"cells": [], "x": "é"}'.encode("latin-1"), "not UTF-8"),
    "not_json": (b"{not json", "not a readable notebook"),
    "json_list": (b"[1, 2]", "notebook format"),
    "cells_not_a_list": (b'{"cells": 5, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', "not a valid notebook"),
    "source_not_text": (json.dumps({"cells": [{"cell_type": "code", "source": 5, "metadata": {}, "outputs": []}],
                                    "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode(),
                        "not a valid notebook"),
    "nul_in_cell": (notebook("def affine_forward(x, w, b):\n    return '\x00'\n"), "code cell 1 has a syntax error"),
    "huge_cell": (notebook(SOLUTION.decode(), "W = [" + "1," * 600_000 + "]\n"), "1 MiB"),
}


# ------------------------------------------------------------------ 2. load errors, stated plainly
@pytest.mark.parametrize("name", BROKEN_ZIPS)
def test_a_broken_zip_is_the_submissions_load_error(tmp_path, name):
    content, says = BROKEN_ZIPS[name]
    (tmp_path / "s.zip").write_bytes(content)
    with pytest.raises(SubmissionError, match=says):
        prepare_submission(tmp_path / "s.zip", SPEC, tmp_path / "out")


def test_a_zip_member_name_longer_than_the_file_system_allows_is_skipped(tmp_path):
    (tmp_path / "s.zip").write_bytes(zip_of({"backprop.py": SOLUTION, "h" * 300 + ".py": b"x = 1\n"}))
    folder = prepare_submission(tmp_path / "s.zip", SPEC, tmp_path / "out")
    assert [p.name for p in folder.iterdir()] == ["backprop.py"]


@pytest.mark.parametrize("name", BROKEN_NOTEBOOKS)
def test_a_broken_notebook_is_the_submissions_load_error(tmp_path, name):
    content, says = BROKEN_NOTEBOOKS[name]
    (tmp_path / "s.ipynb").write_bytes(content)
    if not says:  # the grader can read it; the child's import will say what is wrong
        prepare_submission(tmp_path / "s.ipynb", SPEC, tmp_path / "out")
        return
    with pytest.raises(SubmissionError, match=says):
        prepare_submission(tmp_path / "s.ipynb", SPEC, tmp_path / "out")


MARKER = "MAR" + "KER_7f3a"  # two pieces: this file's own source (which pytest parses) does not hold it


@pytest.mark.parametrize("error", [MemoryError, RecursionError])
@pytest.mark.parametrize("parser", ["ast.parse", "json.loads"])
def test_parser_limits_while_reading_a_notebook_are_load_errors(tmp_path, monkeypatch, error, parser):
    """The notebook's own JSON or code exhausts the parser: only calls on this notebook's text fail."""
    module, name = parser.split(".")
    real = getattr(__import__(module), name)

    def fails(text, *args, **kwargs):
        if MARKER in (text if isinstance(text, str) else str(text)):
            raise error()
        return real(text, *args, **kwargs)

    (tmp_path / "s.ipynb").write_bytes(notebook(SOLUTION.decode() + f"\n# {MARKER}\n"))
    monkeypatch.setattr(parser, fails)
    with pytest.raises(SubmissionError, match="s.ipynb"):
        prepare_submission(tmp_path / "s.ipynb", SPEC, tmp_path / "out")


# ------------------------------------------------------------------ 1. one submission never fails `grade`
HOSTILE_FILES = {  # file -> (content, what its result must say; "" for full marks)
    "enc.zip": (BROKEN_ZIPS["encrypted"][0], "member backprop.py is encrypted"),
    "method99.zip": (BROKEN_ZIPS["method_99"][0], "compression method 99"),
    "deflate.zip": (BROKEN_ZIPS["corrupt_deflate"][0], "member backprop.py is damaged"),
    "deep.ipynb": (deep_notebook(), "nested too deeply"),
    "x" * 252 + ".py": (SOLUTION, ""),
    "dots..py": (SOLUTION, ""),
    "surrogate_message.py": (b'raise ImportError("\\ud800 is not text")\n', "is not text"),
}


def copy_solution(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "alice.py").write_bytes(SOLUTION)
    return folder


@pytest.mark.parametrize("filename", HOSTILE_FILES, ids=lambda n: n[:24])
def test_one_hostile_submission_never_fails_the_class(tmp_path, filename):
    content, says = HOSTILE_FILES[filename]
    subs = copy_solution(tmp_path / "subs")
    (subs / filename).write_bytes(content)
    for _ in range(2):  # and again on a re-run
        graded = grade_class(SPEC, subs, tmp_path / "out", workers=2)
        scores = {r.student: r for r in graded.results}
        assert scores["alice"].score == A1_TOTAL and len(scores) == 2
        hostile = next(r for s, r in scores.items() if s != "alice")
        assert "internal grader error" not in (hostile.load_error or "")
        assert says in (hostile.load_error or "") if says else hostile.score == A1_TOTAL, hostile.load_error
        files = list(graded.results_dir.iterdir())
        assert len(files) == 2 and all(len(f.name.encode()) <= 255 for f in files)
        assert graded.similarity_page.is_file() and graded.csv.is_file()


def test_a_file_name_that_is_not_utf8_is_graded_under_a_readable_id(tmp_path):
    subs = copy_solution(tmp_path / "subs")
    Path(os.fsdecode(os.fsencode(subs) + b"/bad\xff.py")).write_bytes(SOLUTION)
    graded = grade_class(SPEC, subs, tmp_path / "out", workers=2)
    assert sorted(r.student for r in graded.results) == ["alice", "bad\\xff"]
    assert all(r.score == A1_TOTAL for r in graded.results)


def test_a_failing_post_grading_step_costs_only_that_student(tmp_path):
    subs = copy_solution(tmp_path / "subs")
    (subs / "bob.py").write_bytes(SOLUTION + b"\n# bob\n")
    (tmp_path / "out" / "results" / SPEC.id / "bob.json").mkdir(parents=True)  # bob's JSON cannot be written
    graded = grade_class(SPEC, subs, tmp_path / "out", workers=2)
    assert (graded.results_dir / "alice.json").is_file()
    assert [(n.step, n.student) for n in graded.notes if n.student == "bob"] == [("results JSON", "bob")]
    assert graded.similarity_page.is_file() and graded.csv.is_file()


def test_safe_file_names_are_unique_and_plain():
    from autograder.submissions.folder import safe_file_stem

    ids = ["alice", "Alice", "x" * 252, "x" * 253, "../etc/passwd", ".hidden", "..", ".", "", "a/b", "a\\b",
           "a b", "a_b", "con", "é", "e\u0301", "\x1b[31m", "a\x00b", "bad\udcff", "ok-1.2_3"]
    stems = [safe_file_stem(s) for s in ids]
    assert len(set(stems)) == len(ids)
    for stem in stems:
        assert stem and not stem.startswith(".") and "/" not in stem and "\\" not in stem
        assert len(stem.encode()) <= 100 and stem.isascii() and stem.isprintable()
    assert safe_file_stem("alice") == "alice" and safe_file_stem("ok-1.2_3") == "ok-1.2_3"
    # an id crafted to look like another's derived name cannot take it
    assert safe_file_stem(safe_file_stem("a b")) != safe_file_stem("a b")


def test_a_student_nbgrader_refuses_costs_only_that_student(tmp_path, monkeypatch):
    pytest.importorskip("nbgrader")
    from nbgrader.api import Gradebook as NbgraderGradebook

    from autograder.feedback.nbgrader_gradebook import export_to_nbgrader

    real = NbgraderGradebook.update_or_create_student

    def refuses_bob(self, student_id, **kwargs):
        if student_id == "bob":
            raise ValueError("nbgrader refuses this id")
        return real(self, student_id, **kwargs)

    monkeypatch.setattr(NbgraderGradebook, "update_or_create_student", refuses_bob)
    results = [failed_result(SPEC, s, f"{s}.py", s, "x") for s in ("ann", "bob", "cat")]
    problems: dict[str, str] = {}
    assert export_to_nbgrader(results, f"sqlite:///{tmp_path / 'nb.db'}", SPEC.id, problems=problems) == 2
    assert list(problems) == ["bob"] and "refuses" in problems["bob"]


# ------------------------------------------------------------------ 3. the cost of similarity is bounded
def bomb_zip(path: Path, size: int = 2**30) -> None:
    """A zip of about 1 MiB whose backprop.py unpacks to `size` bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, z.open("backprop.py", "w", force_zip64=True) as f:
        chunk = b"#" * 2**20
        for _ in range(size // len(chunk)):
            f.write(chunk)


MEASURE = """
import sys, time, json
from pathlib import Path
sys.path.insert(0, {repo!r})
from autograder.course.assignment import load_assignment
from autograder.feedback.similarity import write_class_similarity
spec = load_assignment("a1_backprop")
start = time.monotonic()
outcome = write_class_similarity(spec, Path(sys.argv[1]), Path(sys.argv[2]))
seconds = time.monotonic() - start
# VmHWM: this process's peak since exec (ru_maxrss would carry the parent's peak across fork and exec)
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({{"s": seconds, "mb": peak_kb / 1024}}))
"""


def similarity_cost(subs: Path, out: Path) -> dict:
    run = subprocess.run([sys.executable, "-c", MEASURE.format(repo=str(REPO)), str(subs), str(out)],
                         capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    bomb_zip(path)
    return path


def test_similarity_does_not_unpack_a_zip_bomb(tmp_path, bomb):
    assert bomb.stat().st_size < 2 * 2**20
    subs = copy_solution(tmp_path / "subs")
    (subs / "bomb.zip").write_bytes(bomb.read_bytes())
    cost = similarity_cost(subs, tmp_path / "out")
    assert cost["s"] < 10 and cost["mb"] < 300, cost
    page = (tmp_path / "out" / "similarity.html").read_text()
    assert "bomb" in page and "too much data" in page  # said, not silently dropped


def test_similarity_does_not_trust_declared_zip_sizes(tmp_path):
    """backprop.py says it holds 100 bytes and unpacks to 64 MiB: reading stops at the declared size."""
    bomb_zip(tmp_path / "liar.zip", 64 * 2**20)
    data = bytearray((tmp_path / "liar.zip").read_bytes())
    central = data.find(b"PK\x01\x02")
    data[central + 24:central + 28] = struct.pack("<I", 100)  # uncompressed size in the central directory
    zip64 = data.find(b"\x01\x00", central + 46)  # the zip64 extra field holds the real sizes: lie there too
    if zip64 != -1:
        data[zip64 + 4:zip64 + 12] = struct.pack("<Q", 100)
    subs = copy_solution(tmp_path / "subs")
    (subs / "liar.zip").write_bytes(bytes(data))
    cost = similarity_cost(subs, tmp_path / "out")
    assert cost["s"] < 10 and cost["mb"] < 300, cost


LITERALS = {
    "escapes": "X = '" + "\\\\n" * 1_600_000 + "'\n",  # 4.8 MB, one string literal
    "triple_escapes": 'X = """' + "\\\\n" * 1_600_000 + '"""\n',
    "numbers": "W = [" + "1," * 2_400_000 + "]\n",  # 4.8 MB, 2.4 million tokens
    "one_line_code": "y = " + "x + " * 1_200_000 + "x\n",
    "many_lines": "W = [\n" + "1,\n" * 1_600_000 + "]\n",
}


@pytest.mark.parametrize("kind", LITERALS)
def test_similarity_of_a_huge_literal_is_bounded(tmp_path, kind):
    subs = copy_solution(tmp_path / "subs")
    (subs / "big.py").write_text(SOLUTION.decode() + "\n" + LITERALS[kind])
    cost = similarity_cost(subs, tmp_path / "out")
    assert cost["s"] < 10 and cost["mb"] < 300, cost
    page = (tmp_path / "out" / "similarity.html").read_text()
    assert "truncated" in page or "at most" in page


def test_similarity_reads_submissions_as_strictly_as_grading(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "ann.py").write_bytes(SOLUTION)
    (subs / "ben.ipynb").write_bytes(b"{not json")
    (subs / "cat.zip").write_bytes(BROKEN_ZIPS["encrypted"][0])
    (subs / "dan.zip").write_bytes(zip_of({"helpers.py": SOLUTION}))  # no backprop.py: grading rejects it
    outcome = write_class_similarity(SPEC, subs, tmp_path / "out")
    assert set(outcome.notes) == {"ben", "cat", "dan"}
    assert "encrypted" in outcome.notes["cat"] and "does not contain backprop.py" in outcome.notes["dan"]
    page = outcome.page.read_text()
    assert all(name in page for name in ("ben", "cat", "dan"))


def test_a_submission_that_breaks_fingerprinting_is_noted_not_fatal(monkeypatch):
    from autograder.feedback import similarity

    real = similarity.normalized_tokens

    def breaks_on_ben(source, *args, **kwargs):
        if "ben" in source:
            raise RecursionError("maximum recursion depth exceeded")
        return real(source, *args, **kwargs)

    monkeypatch.setattr(similarity, "normalized_tokens", breaks_on_ben)
    pairs, subs = compare_class({"ann": SOLUTION.decode(), "ben": "ben = 1\n" + SOLUTION.decode(),
                                 "cat": SOLUTION.decode()})
    assert subs["ben"].prints == {} and "RecursionError" in " ".join(subs["ben"].notes)
    assert [(p.a, p.b) for p in pairs] == [("ann", "cat")]


# ------------------------------------------------------------------ 4. student text on the terminal is inert
TRICKS = ("\x1b[2J\x1b[32mall tests passed\x1b[0m", "\x9b31m", "\u202eevil\u202c", "\u2066x\u2069", "a\rb",
          "[bold green]100/100[/]", "\x07\x08\x00", "\udcff")


def rendered(printer) -> str:
    buffer = io.StringIO()
    printer(Console(file=buffer, width=200, color_system=None, force_terminal=False, legacy_windows=False))
    return buffer.getvalue()


def assert_inert(out: str) -> None:
    for raw in ("\x1b", "\x9b", "\u202e", "\u202c", "\u2066", "\u2069", "\r", "\x07", "\x08", "\x00", "\udcff"):
        assert raw not in out, repr(raw)
    assert "\\x1b" in out and "\\u202e" in out
    assert "[bold green]100/100[/]" in out  # markup shown as text, not obeyed


def hostile_result(student: str = "mallory") -> SubmissionResult:
    trick = " ".join(TRICKS)
    test = ResultOfOneTest(id="test_affine_forward", name="test_affine_forward", description="affine", points_possible=4,
                      points_earned=0, status="error", message=trick, output_excerpt=trick)
    return SubmissionResult(student=student + trick, assignment=SPEC.id, submission_file="m" + trick + ".py",
                            sha256="x", score=0, max_score=4, load_error="ImportError: " + trick, tests=[test],
                            duration_s=0.1, graded_at="2026-01-01T00:00:00Z", grader_version="t")


def test_student_text_printed_for_a_student_is_inert():
    assert_inert(rendered(lambda console: print_submission(hostile_result(), console)))


def test_student_text_in_the_class_summary_is_inert():
    assert_inert(rendered(lambda console: print_class_summary([hostile_result()], console)))


def test_cli_grade_output_has_no_raw_control_characters(tmp_path):
    subs = copy_solution(tmp_path / "subs")
    (subs / "mallory.py").write_text('raise ImportError("\\x1b[2J\\x1b[32mall tests passed \\u202e\\x1b[0m")\n')
    (subs / "bob\x1b[31m.py").write_bytes(SOLUTION + b"\n# bob\n")
    run = subprocess.run([*CLI, "grade", SPEC.id, str(subs), "--out", str(tmp_path / "out"), "--workers", "2"],
                         capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "200"}, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "\x1b" not in run.stdout and "\u202e" not in run.stdout
    assert "\\x1b" in run.stdout


# ------------------------------------------------------------------ 5. CSV exports carry no formulas
FORMULAS = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def test_csv_exports_neutralise_formula_cells(tmp_path):
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        for i, student in enumerate(FORMULAS):
            gb.record(failed_result(SPEC, student, f"=cmd|{i}.py", f"h{i}", "=1+1 load error"))
        gb.record(failed_result(SPEC, "plain", "plain.py", "hp", "fine"))
        gb.db.execute("UPDATE submissions SET score = -1.5 WHERE student = 'plain'")
        write_assignment_csv(gb, SPEC.id, tmp_path / "a.csv")
        write_lms_csv(gb, tmp_path / "lms.csv")
    for name in ("a.csv", "lms.csv"):
        rows = list(csv.reader((tmp_path / name).open(newline="", encoding="utf-8")))
        cells = [c for row in rows for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")], name
        assert not [c for c in cells if c.startswith("-") and not _is_number(c)], name
        ids = [row[0] for row in rows[1:]]
        assert {"'" + s for s in FORMULAS} <= set(ids)
        plain = next(row for row in rows if row[0] == "plain")
        assert "-1.5" in plain  # a number stays a number


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


# ------------------------------------------------------------------ 6. look-alike student ids
LOOKALIKES = {"alice": "\u0430lice", "bob": "b\u200dob", "carol": "Carol", "dave": "\uff44ave", "erin": "er\u0131n"}


def fake_executor(spec, tasks, workers):
    for t in tasks:
        yield t, failed_result(spec, t.student, t.path.name, t.sha256, "not graded in this test").model_dump(mode="json")


def test_lookalike_student_ids_are_flagged(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    for a, b in LOOKALIKES.items():
        (subs / f"{a}.py").write_text("x = 1\n")
        (subs / f"{b}.py").write_text("x = 2\n")
    (subs / "frank.py").write_text("x = 3\n")
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        summary = grade_batch(SPEC, subs, gb, executor=fake_executor)
    flagged = {frozenset(p) for p in summary.lookalike_ids}
    assert flagged == {frozenset(p) for p in LOOKALIKES.items()}


def test_cli_warns_about_lookalike_ids(tmp_path):
    subs = copy_solution(tmp_path / "subs")
    (subs / "\u0430lice.py").write_bytes(SOLUTION + b"\n# someone else\n")
    run = subprocess.run([*CLI, "grade", SPEC.id, str(subs), "--out", str(tmp_path / "out"), "--workers", "2"],
                         capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "200"}, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    line = next(ln for ln in run.stdout.splitlines() if "look alike" in ln)
    assert "alice" in line and "\\u0430lice" in line


# ------------------------------------------------------------------ 7. a gradebook that is not usable
def real_gradebook(path: Path) -> Path:
    with Gradebook(path) as gb:
        for i in range(200):
            gb.record(failed_result(SPEC, f"s{i:03d}", "f.py", f"h{i}", "x" * 500))
        gb.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def damaged(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / "gradebook.sqlite"
    if kind == "text":
        path.write_text("student,score\nalice,82\n")
    elif kind == "truncated":
        real_gradebook(path)
        data = path.read_bytes()
        path.write_bytes(data[:len(data) // 3])
    elif kind == "other_database":
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE grades (student TEXT, score REAL)")
        db.execute("INSERT INTO grades VALUES ('alice', 82)")
        db.commit()
        db.close()
    elif kind == "scrambled":
        real_gradebook(path)
        data = bytearray(path.read_bytes())
        for i in range(4096, len(data), 7):
            data[i] ^= 0xA5
        path.write_bytes(bytes(data))
    return path


def run_cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, check=False)


def assert_one_clear_line(run: subprocess.CompletedProcess, says: str) -> None:
    assert run.returncode != 0
    assert "Traceback" not in run.stderr + run.stdout
    errors = [ln for ln in run.stderr.splitlines() if ln.strip()]
    assert len(errors) == 1 and errors[0].startswith("error:") and says in errors[0], run.stderr
    assert "gradebook.sqlite" in errors[0]


@pytest.mark.parametrize("kind,says", [("text", "not an SQLite database"), ("truncated", "damaged"),
                                       ("scrambled", "damaged"), ("other_database", "not a gradebook")])
def test_a_gradebook_that_is_not_one_stops_the_run_untouched(tmp_path, kind, says):
    book = damaged(kind, tmp_path)
    before = book.read_bytes()
    subs = copy_solution(tmp_path / "subs")
    run = run_cli("grade", SPEC.id, str(subs), "--out", str(tmp_path / "out"), "--gradebook", str(book))
    assert_one_clear_line(run, says)
    assert "--gradebook" in run.stderr or "move it aside" in run.stderr
    assert book.read_bytes() == before
    for args in (["export", "--gradebook", str(book), "--out", str(tmp_path / "lms.csv")],
                 ["report", "--gradebook", str(book), "--out", str(tmp_path / "reports")]):
        assert_one_clear_line(run_cli(*args), says)
        assert book.read_bytes() == before


HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys, time
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    time.sleep(120)
""")


@pytest.mark.parametrize("wal", [True, False], ids=["wal", "rollback_journal"])
def test_a_locked_gradebook_stops_the_run_with_one_line(tmp_path, wal):
    book = real_gradebook(tmp_path / "gradebook.sqlite")
    if not wal:
        sqlite3.connect(book).execute("PRAGMA journal_mode=DELETE").fetchall()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(book)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        before = book.read_bytes()
        subs = copy_solution(tmp_path / "subs")
        started = time.monotonic()
        run = run_cli("grade", SPEC.id, str(subs), "--out", str(tmp_path / "out"), "--gradebook", str(book))
        assert_one_clear_line(run, "locked")
        assert time.monotonic() - started < 60
        assert book.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    with Gradebook(book) as gb:
        assert gb.count() == 200  # nothing lost



def test_a_huge_file_is_handed_to_its_worker_cut_at_the_limit_and_graded_as_too_large(tmp_path):
    """A 64 MiB submission: the driver hands the worker only limit + 1 bytes (not the file), the student is
    told it is too large, the row keeps the whole file's hash, and a re-run does not grade it again."""
    import hashlib

    from autograder.batch.pool import task_bytes
    from autograder.submissions.files import MAX_SUBMISSION_BYTES
    from autograder.submissions.folder import plan_batch
    subs = tmp_path / "subs"
    subs.mkdir()
    huge = subs / "hugo.py"
    with huge.open("wb") as f:
        f.write(SOLUTION + b"\n")
        f.truncate(64 * 2**20)
    (subs / "ann.py").write_bytes(SOLUTION)
    tasks, _ = plan_batch(subs)
    assert len(task_bytes(next(t for t in tasks if t.student == "hugo"))) == MAX_SUBMISSION_BYTES + 1
    with Gradebook(tmp_path / "gradebook.sqlite") as gb:
        grade_batch(SPEC, subs, gb, workers=2)
        hugo = gb.result("hugo", SPEC.id)
        assert "larger than 5 MiB" in hugo.load_error and hugo.score == 0 and hugo.max_score == A1_TOTAL
        assert hugo.sha256 == hashlib.sha256(huge.read_bytes()).hexdigest()
        again = grade_batch(SPEC, subs, gb, workers=2)
    assert again.graded_now == 0 and again.skipped == 2
