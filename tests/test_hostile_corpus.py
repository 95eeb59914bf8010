"""The hostile corpus (tests/hostile/corpus.py): graded in one batch, every case gets its expected
outcome, nothing is forged, the batch and gradebook survive, no process or file is left behind."""
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from autograder.course.assignment import load_assignment
from autograder.gradebook.store import Gradebook
from autograder.grading.run import grade_submission
from tests.conftest import A1_TOTAL, HAS_BWRAP, IS_ROOT, sandboxed_processes
from tests.hostile.corpus import SOLUTION, WRONG, cases

SPEC = load_assignment("a1_backprop")
CASES = [c for c in cases() if HAS_BWRAP or not c.bwrap]
PWNED = Path("/tmp/autograder-pwned")


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The corpus graded as an instructor grades a class: `autograder grade` in a subprocess, then
    the gradebook it wrote, its CSV, per-student JSON, similarity page and what it printed."""
    if not HAS_BWRAP:
        pytest.skip("the hostile corpus runs under bubblewrap (the fallback is documented as weaker)")
    root = tmp_path_factory.mktemp("hostile")
    subs = root / "submissions"
    subs.mkdir()
    for case in CASES:
        (subs / f"{case.name}{case.suffix}").write_bytes(case.content)
    (subs / "baseline_solution.py").write_text(SOLUTION)
    (subs / "baseline_wrong.py").write_text(WRONG)
    PWNED.unlink(missing_ok=True)
    run = subprocess.run([sys.executable, "-m", "autograder.cli", "grade", SPEC.id, str(subs), "--out",
                          str(root / "out"), "--workers", "2"], capture_output=True, text=True, timeout=1500,
                         env={**os.environ, "COLUMNS": "200"})
    with Gradebook(root / "out" / "gradebook.sqlite") as gb:
        results = {r.student: r for r in gb.results(SPEC.id)}
        count = gb.count()
    return root, run, results, count


def test_corpus_is_large_and_distinct():
    names = [c.name for c in cases()]
    assert len(names) >= 30 and len(set(names)) == len(names)
    assert len({c.content for c in cases()}) == len(names)


def test_the_batch_finishes_with_every_submission_in_the_gradebook(graded):
    _, run, results, count = graded
    assert run.returncode == 0, run.stderr[-3000:]
    assert f"{len(CASES) + 2} graded now" in run.stdout
    assert count == len(CASES) + 2 and len(results) == len(CASES) + 2


def test_every_step_after_grading_covers_every_student(graded):
    """The CSV, one JSON per student and the similarity page are written whatever the submissions hold."""
    from autograder.submissions.folder import safe_file_stem
    root, _, results, _ = graded
    out = root / "out"
    with (out / f"{SPEC.id}.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert len(rows) == len(results) + 1
    assert not [cell for row in rows[1:] for cell in row if cell[:1] in ("=", "+", "@") or
                (cell[:1] == "-" and not cell[1:2].isdigit())], "a cell a spreadsheet would run"
    for student in results:
        assert (out / "results" / SPEC.id / f"{safe_file_stem(student)}.json").is_file(), student
    assert (out / "reports" / SPEC.id / "similarity.html").is_file()


def test_the_instructors_terminal_shows_no_raw_control_characters_and_flags_lookalikes(graded):
    _, run, _, _ = graded
    printed = run.stdout + run.stderr
    raw = [c for c in printed if (ord(c) < 32 and c not in "\n\t") or 0x7f <= ord(c) < 0xa0
           or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069]
    assert not raw, sorted(set(map(repr, raw)))
    assert "look alike" in printed and "bobby" in printed


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_case_gets_its_expected_outcome(graded, case):
    _, _, results, _ = graded
    r = results[case.name]
    solution, wrong = results["baseline_solution"].score, results["baseline_wrong"].score
    assert solution == r.max_score == A1_TOTAL and 0 < wrong < solution
    expected = {"solution": solution, "wrong": wrong}.get(case.score, case.score)
    if case.score == "at_most_wrong":
        assert r.score <= wrong, (r.score, wrong)
    elif case.score == "below_solution":
        assert r.score < solution, r.score
    elif str(case.score).startswith("at_most:"):  # the trick gains nothing over the same code without it
        honest = results[case.score.removeprefix("at_most:")].score
        assert r.score <= honest, (r.score, honest, [(t.id, t.message) for t in r.tests if t.status == "passed"])
    else:
        assert r.score == expected, (r.score, expected, [(t.id, t.message) for t in r.tests if t.status != "passed"])
    if case.load_error:
        assert case.load_error in (r.load_error or ""), r.load_error
    text = r.model_dump_json()
    assert case.says in text, f"the result should say {case.says!r}"
    # the report says what happened: every lost point comes with a message
    for t in r.tests:
        if t.status != "passed":
            assert len(t.message) > 15, (t.id, t.message)


def test_nothing_escaped_the_sandbox(graded):
    root, _, _, _ = graded
    assert not PWNED.exists(), "a pickle from the child was executed"
    assert not (root / "results.json").exists() and not Path("/results.json").exists()
    assert not list(root.rglob("evil*.py"))
    if IS_ROOT:
        deadline = time.monotonic() + 10
        while sandboxed_processes() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert sandboxed_processes() == 0, "sandboxed processes were left running"


def test_gradebook_rows_hold_valid_results(graded):
    root, _, _, _ = graded
    with Gradebook(root / "out" / "gradebook.sqlite") as gb:
        for row in gb.current(SPEC.id):
            json.loads(gb.result(row.student, SPEC.id).model_dump_json())


def test_torch_is_forbidden_in_a_numpy_assignment(tmp_path):
    """An a3 submission that calls torch.nn.functional.conv2d loses those tests, and is told why."""
    spec = load_assignment("a3_conv")
    source = spec.solution_file.read_text() + '''

def conv_forward_fast(x, w, b, conv_param):
    import torch
    import torch.nn.functional as F
    out = F.conv2d(torch.tensor(x), torch.tensor(w), torch.tensor(b), stride=conv_param["stride"],
                   padding=conv_param["pad"])
    return out.numpy(), (x, w, b, conv_param)
'''
    (tmp_path / "conv.py").write_text(source)
    result = grade_submission(spec, tmp_path / "conv.py", select="fast")
    forward = next(t for t in result.tests if t.id == "test_conv_forward_fast")
    assert forward.status == "error" and "torch may not be used in this assignment" in forward.message


def test_cli_says_plainly_when_the_sandbox_is_weaker(tmp_path):
    import subprocess
    import sys
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "ann.py").write_text(SOLUTION)
    out = subprocess.run([sys.executable, "-m", "autograder.cli", "grade", "a1_backprop", str(subs), "--out",
                          str(tmp_path / "out"), "--workers", "1"], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "AUTOGRADER_NO_BWRAP": "1", "COLUMNS": "200"})
    assert out.returncode == 0
    first = out.stdout.strip().splitlines()[0]
    assert first.startswith("warning:") and "rlimits only" in first
