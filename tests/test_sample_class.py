"""The bundled sample class grades to its expected outcomes, through the batch and the CLI."""
import csv
import json
import os
import shutil
import subprocess
import sys

import pytest

from autograder.batch.run import grade_batch
from autograder.course.assignment import load_assignment
from autograder.feedback.tables import write_assignment_csv
from autograder.gradebook.store import Gradebook
from tests.conftest import A1_TOTAL, REPO

SPEC = load_assignment("a1_backprop")


def grade_folder(spec, folder, out, workers=2, on_done=None, regrade=False):
    """Grade into out/gradebook.sqlite; returns the current results and writes out/summary.csv."""
    with Gradebook(out / "gradebook.sqlite") as gb:
        grade_batch(spec, folder, gb, workers=workers, on_done=on_done, regrade=regrade)
        write_assignment_csv(gb, spec.id, out / "summary.csv")
        return gb.results(spec.id)

SAMPLE = REPO / "examples" / "a1_sample_class"
EXPECTED = {k: v for k, v in json.loads((REPO / "examples" / "a1_sample_class.expected.json").read_text()).items()
            if not k.startswith("_")}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    out = tmp_path_factory.mktemp("grades")
    results = grade_folder(SPEC, SAMPLE, out, workers=2)
    return out, {r.student: r for r in results}


def test_sample_class_is_large_enough_and_covers_the_cases():
    assert len(EXPECTED) >= 12
    assert sorted(p.stem for p in SAMPLE.iterdir()) == sorted(EXPECTED)


def test_every_submission_gets_its_expected_outcome(graded):
    _, results = graded
    assert set(results) == set(EXPECTED)
    for student, expect in EXPECTED.items():
        r = results[student]
        assert r.score == expect["score"], (student, r.score, [(t.id, t.message) for t in r.tests if t.status != "passed"])
        assert r.max_score == A1_TOTAL
        named = {m.id for t in r.tests for m in t.mistakes}
        assert named == set(expect.get("mistakes", [])), (student, named)
        if "load_error" in expect:
            assert expect["load_error"] in (r.load_error or ""), (student, r.load_error)
        else:
            assert r.load_error is None, (student, r.load_error)
        for status in ("timeout", "crashed"):
            got = sorted(t.id for t in r.tests if t.status == status)
            assert got == sorted(expect.get(status, [])), (student, status, got)


def test_forged_output_does_not_change_the_score(graded):
    out, results = graded
    mallory = results["mallory_forger"]
    assert "20 passed" in mallory.import_output  # captured, shown to the TA...
    assert mallory.score == 0.0  # ...and never parsed
    assert not (REPO / "results.json").exists() and not (out / "results.json").exists()
    assert not (out.parent / "results.json").exists()
    assert "No such file" in mallory.import_output  # reference/ and solutions/ were not visible
    if mallory.sandbox and mallory.sandbox.kind == "bubblewrap":
        assert "'found': []" in mallory.import_output
        assert "name resolution" in mallory.import_output or "unreachable" in mallory.import_output


def test_every_failure_has_a_message(graded):
    _, results = graded
    for r in results.values():
        for t in r.tests:
            if t.status != "passed":
                assert len(t.message) > 15, (r.student, t.id)


def test_summary_csv_has_a_row_per_student_and_a_column_per_test(graded):
    out, results = graded
    rows = list(csv.DictReader((out / "summary.csv").open()))
    assert len(rows) == len(EXPECTED)
    alice = next(r for r in rows if r["student"] == "alice_correct")
    assert float(alice["score"]) == A1_TOTAL and float(alice["percent"]) == 100.0
    assert float(alice["test_affine_forward"]) == 4.0
    eve = next(r for r in rows if r["student"] == "eve_syntax_error")
    assert "SyntaxError" in eve["load_error"]


def test_rerun_skips_graded_submissions_and_keeps_results(graded, tmp_path):
    out, results = graded
    with Gradebook(out / "gradebook.sqlite") as gb:
        before = [r.model_dump() for r in gb.current()]
    seen = []
    grade_folder(SPEC, SAMPLE, out, workers=2, on_done=lambda r, d, n: seen.append(r))
    assert seen == []  # nothing regraded
    with Gradebook(out / "gradebook.sqlite") as gb:
        assert before == [r.model_dump() for r in gb.current()]
        assert gb.count() == len(EXPECTED)


def test_a_changed_submission_is_regraded(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    shutil.copy(SAMPLE / "bob_stub.py", subs / "zed.py")
    out = tmp_path / "out"
    assert grade_folder(SPEC, subs, out)[0].score == 0.0
    shutil.copy(SAMPLE / "alice_correct.py", subs / "zed.py")
    assert grade_folder(SPEC, subs, out)[0].score == A1_TOTAL
    with Gradebook(out / "gradebook.sqlite") as gb:
        assert gb.count() == 2 and len(gb.current()) == 1  # both attempts kept, the latest counts


def test_unusable_files_cost_only_themselves(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    shutil.copy(SAMPLE / "alice_correct.py", subs / "ann.py")
    (subs / "ben.txt").write_text("my answers")
    (subs / "cat.zip").write_bytes(b"not a zip")
    (subs / "dan.ipynb").write_text("{}")
    (subs / "eli.py").write_bytes(b"\xff\xfe not utf-8 \x00")
    results = {r.student: r for r in grade_folder(SPEC, subs, tmp_path / "out")}
    assert results["ann"].score == A1_TOTAL
    assert "submit a .py file" in results["ben"].load_error
    assert "not a valid zip" in results["cat"].load_error
    assert "notebook" in results["dan"].load_error
    assert results["eli"].score == 0.0 and results["eli"].load_error


def test_zip_slip_and_symlinks_stay_inside(tmp_path):
    import zipfile

    subs = tmp_path / "subs"
    subs.mkdir()
    with zipfile.ZipFile(subs / "zoe.zip", "w") as z:
        z.writestr("../../evil.py", "print('escaped')")
        z.writestr("/abs/evil2.py", "x = 1")
        info = zipfile.ZipInfo("link.py")
        info.external_attr = (0o120777 << 16)
        z.writestr(info, "/etc/passwd")
        z.writestr("backprop.py", (SAMPLE / "alice_correct.py").read_text())
    r = grade_folder(SPEC, subs, tmp_path / "out")[0]
    assert r.score == A1_TOTAL
    assert not (tmp_path / "evil.py").exists() and not (tmp_path.parent / "evil.py").exists()


def test_cli_check_prints_readable_feedback(tmp_path):
    env = {**os.environ, "COLUMNS": "200"}
    mistake = SAMPLE / "mistake_db_not_summed.py"
    proc = subprocess.run([sys.executable, "-m", "autograder.cli", "check", "a1_backprop", str(mistake)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 1, proc.stderr
    assert "test_affine_backward" in proc.stdout
    assert "shape (2, 5) differs from the expected (5,)" in proc.stdout
    assert "hidden" not in proc.stdout.split("These are the public tests")[0].lower()
    assert "/ 62" in proc.stdout and "Score: 62 / 62" not in proc.stdout  # public tests only: 62 points
    ok = subprocess.run([sys.executable, "-m", "autograder.cli", "check", "a1_backprop", str(SAMPLE / "alice_correct.py")],
                        capture_output=True, text=True, env=env, timeout=300)
    assert ok.returncode == 0 and "Score: 62 / 62" in ok.stdout
