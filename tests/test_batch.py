"""Batch grading at scale: roster, late penalties, resume after SIGKILL, Dask, exports."""
import csv
import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from autograder.batch.run import grade_batch
from autograder.course.assignment import load_assignment
from autograder.course.deadline import LatePolicy
from autograder.course.roster import RosterError, load_roster
from autograder.feedback.gradescope import GradescopeResults, gradescope_results
from autograder.feedback.tables import write_assignment_csv, write_lms_csv
from autograder.gradebook.store import Gradebook
from autograder.grading.run import grade_submission
from autograder.submissions.folder import plan_batch
from tests.conftest import A1_TOTAL, HAS_BWRAP, IS_ROOT, REPO, sandboxed_processes

SAMPLE = REPO / "examples" / "a1_sample_class"
SPEC = load_assignment("a1_backprop")
UTC = dt.timezone.utc
QUICK = ["alice_correct.py", "bob_stub.py", "carol_partial.py", "eve_syntax_error.py", "mistake_db_not_summed.py",
         "mistake_sigmoid_derivative_is_s.py", "oscar_os_exit_in_call.py", "peggy_zip_with_helper.zip"]


def copy_files(names, folder):
    folder.mkdir(parents=True, exist_ok=True)
    for n in names:
        shutil.copy(SAMPLE / n, folder / n)
    return folder


def many_submissions(folder, n):
    """n distinct files: the solution and a few mistakes, each with its own comment (own hash)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [SAMPLE / "alice_correct.py", SAMPLE / "mistake_db_averaged.py", SAMPLE / "mistake_dx_not_reshaped.py"]
    for i in range(n):
        (folder / f"s{i:03d}.py").write_text(sources[i % 3].read_text() + f"\n# submission {i}\n")
    return folder


# ------------------------------------------------------------ late policy
def test_late_policy_deducts_per_started_day_and_zeroes_after_the_limit():
    policy = LatePolicy(due=dt.datetime(2026, 10, 1, 23, 59, tzinfo=UTC), penalty_per_day=0.1, max_late_days=3)
    assert policy.assess(None, 80, 100) == (0, 0.0)
    assert policy.assess(dt.datetime(2026, 10, 1, 23, 0, tzinfo=UTC), 80, 100) == (0, 0.0)
    assert policy.assess(dt.datetime(2026, 10, 2, 0, 30, tzinfo=UTC), 80, 100) == (1, 10.0)
    assert policy.assess(dt.datetime(2026, 10, 4, 12, 0, tzinfo=UTC), 80, 100) == (3, 30.0)
    assert policy.assess(dt.datetime(2026, 10, 5, 12, 0, tzinfo=UTC), 80, 100) == (4, 80)
    assert policy.assess(dt.datetime(2026, 10, 2, 0, 30, tzinfo=UTC), 5, 100) == (1, 5)  # never below zero


def test_roster_maps_files_to_ids_and_applies_deadlines(tmp_path):
    subs = copy_files(["alice_correct.py", "bob_stub.py", "mistake_db_not_summed.py"], tmp_path / "subs")
    roster_csv = tmp_path / "roster.csv"
    roster_csv.write_text("student_id,name,email,file,submitted_at\n"
                          "s001,Alice,a@x.edu,alice_correct.py,2026-10-02T10:00:00Z\n"
                          "s002,Bob,b@x.edu,bob_stub.py,2026-09-30T10:00:00+00:00\n"
                          "s003,Cem,c@x.edu,,\n")
    roster = load_roster(roster_csv)
    spec = SPEC.model_copy(update={"deadline": LatePolicy(due=dt.datetime(2026, 10, 1, 23, 59, tzinfo=UTC),
                                                          penalty_per_day=0.1)})
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        summary = grade_batch(spec, subs, gb, workers=2, roster=roster)
        rows = {r.student: r for r in gb.current(spec.id)}
        assert summary.missing == ["s003"] and summary.not_in_roster == ["mistake_db_not_summed"]
        assert rows["s001"].raw_score == A1_TOTAL and rows["s001"].late_days == 1
        assert rows["s001"].penalty == pytest.approx(A1_TOTAL / 10)  # one day late: -10%
        assert rows["s001"].score == pytest.approx(A1_TOTAL * 0.9)
        assert rows["s002"].late_days == 0 and rows["s002"].score == 0.0
        write_lms_csv(gb, tmp_path / "lms.csv", roster)
    lms = list(csv.DictReader((tmp_path / "lms.csv").open()))
    assert [r["student_id"] for r in lms] == ["s001", "s002", "s003"]  # the roster's; mistake_db_not_summed left out
    s001 = next(r for r in lms if r["student_id"] == "s001")
    assert s001["name"] == "Alice" and float(s001["a1_backprop"]) == pytest.approx(A1_TOTAL * 0.9)
    assert float(s001["a1_backprop: affine layer"]) == pytest.approx((4.0 + 6.0 + 3.0) * 0.9)  # after the -10%
    groups = [float(v) for k, v in s001.items() if k.startswith("a1_backprop: ")]
    assert sum(groups) == pytest.approx(A1_TOTAL * 0.9)  # the group columns add up to the score after the penalty
    assert next(r for r in lms if r["student_id"] == "s003")["a1_backprop"] == ""  # nothing submitted: missing


@pytest.mark.parametrize("text,error", [("name\nx\n", "student_id column"), ("student_id\ns1\ns1\n", "twice"),
                                        ("student_id,submitted_at\ns1,yesterday\n", "ISO 8601")])
def test_bad_rosters_are_explained(tmp_path, text, error):
    (tmp_path / "r.csv").write_text(text)
    with pytest.raises(RosterError, match=error):
        load_roster(tmp_path / "r.csv")


def test_plan_names_students_by_file(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    for name in ("ann.py", "ben.zip", "ben.py", ".hidden.py"):
        (subs / name).write_text("x = 1")
    tasks, _ = plan_batch(subs)
    assert sorted(t.student for t in tasks) == ["ann", "ben.py", "ben.zip"]


# ------------------------------------------------------------ gradebook
def test_a_failed_write_leaves_no_partial_row(tmp_path, monkeypatch):
    from autograder.grading.run import grade_submission
    result = grade_submission(SPEC, SAMPLE / "alice_correct.py", select="affine_forward")
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        gb.record(result)
        broken = result.model_copy(update={"sha256": "other", "tests": result.tests * 2})  # duplicate test ids
        with pytest.raises(sqlite3.IntegrityError):
            gb.record(broken)
        assert gb.count() == 1
        assert gb.db.execute("SELECT COUNT(*) FROM test_results").fetchone()[0] == 1


def test_resume_after_sigkill_loses_and_duplicates_nothing(tmp_path):
    subs = many_submissions(tmp_path / "subs", 24)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "autograder.cli", "grade", "a1_backprop", str(subs), "--out", str(out), "--workers", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    db = out / "gradebook.sqlite"
    deadline = time.monotonic() + 240
    count = 0
    while time.monotonic() < deadline:
        if db.exists():
            try:
                count = sqlite3.connect(db).execute("SELECT COUNT(*) FROM submissions").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0
            if count >= 4:
                break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(0.5)
    with Gradebook(db) as gb:
        before = {(r.student, r.graded_at) for r in gb.current()}
    assert 4 <= len(before) < 24, "the batch should have been killed midway"
    if HAS_BWRAP and IS_ROOT:  # sandboxed children die with their workers (bwrap --die-with-parent)
        deadline = time.monotonic() + 10
        while sandboxed_processes() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sandboxed_processes() == 0
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, timeout=600)
    with Gradebook(db) as gb:
        rows = gb.current()
        assert gb.count() == 24 and len(rows) == 24 and len({r.student for r in rows}) == 24
        assert before <= {(r.student, r.graded_at) for r in rows}  # finished rows were kept, not regraded
        scores = {r.student: r.score for r in rows}
    assert [scores[f"s{i:03d}"] for i in range(3)] == [A1_TOTAL, A1_TOTAL - 8, A1_TOTAL - 3]


def test_dask_local_cluster_gives_the_same_gradebook_as_the_local_pool(tmp_path):
    pytest.importorskip("distributed")
    from autograder.batch.dask import dask_executor, local_cluster

    subs = copy_files(QUICK, tmp_path / "subs")

    def snapshot(gb):
        return {(r.student, r.score, r.max_score, r.load_error or "",
                 tuple((t.id, t.status, t.points_earned, tuple(m.id for m in t.mistakes))
                       for t in gb.result(r.student, SPEC.id).tests))
                for r in gb.current()}

    with Gradebook(tmp_path / "local.sqlite") as gb:
        grade_batch(SPEC, subs, gb, workers=2)
        local = snapshot(gb)
    client = local_cluster(2)
    try:
        with Gradebook(tmp_path / "dask.sqlite") as gb:
            grade_batch(SPEC, subs, gb, workers=2, executor=dask_executor(client))
            distributed = snapshot(gb)
    finally:
        client.close()
    assert len(local) == len(QUICK)
    assert local == distributed


# ------------------------------------------------------------ exports
def test_gradescope_results_follow_the_format(tmp_path):
    from autograder.grading.run import grade_submission
    result = grade_submission(SPEC, SAMPLE / "mistake_db_not_summed.py")
    data = json.loads(gradescope_results(result).model_dump_json())
    GradescopeResults.model_validate(data)  # extra keys are forbidden, visibilities are Gradescope's words
    assert data["score"] == result.score
    assert sum(t["max_score"] for t in data["tests"]) == result.max_score
    hidden = [t for t in data["tests"] if "(hidden)" in t["name"]]
    assert hidden and all(t["visibility"] == "after_published" for t in hidden)
    failing = next(t for t in data["tests"] if t["name"] == "test_affine_backward")
    assert failing["status"] == "failed" and "db_not_summed" in failing["output"]


def test_gradescope_entry_point_writes_results_json(tmp_path):
    (tmp_path / "submission" / "nested").mkdir(parents=True)
    shutil.copy(SAMPLE / "alice_correct.py", tmp_path / "submission" / "nested" / "backprop.py")
    (tmp_path / "submission_metadata.json").write_text(json.dumps({"users": [{"sid": "12345", "name": "A"}]}))
    results = tmp_path / "results" / "results.json"
    subprocess.run([sys.executable, "-m", "autograder.cli", "gradescope", "a1_backprop",
                    "--submission-dir", str(tmp_path / "submission"), "--results", str(results),
                    "--metadata", str(tmp_path / "submission_metadata.json")], check=True, capture_output=True,
                   timeout=300)
    data = GradescopeResults.model_validate_json(results.read_text())
    spec = load_assignment("a1_backprop")
    assert data.score == A1_TOTAL and len(data.tests) == len(grade_submission(spec, spec.solution_file).tests)


def test_gradescope_entry_point_without_the_file(tmp_path):
    (tmp_path / "submission").mkdir()
    results = tmp_path / "results.json"
    subprocess.run([sys.executable, "-m", "autograder.cli", "gradescope", "a1_backprop", "--submission-dir",
                    str(tmp_path / "submission"), "--results", str(results), "--metadata", str(tmp_path / "none")],
                   check=True, capture_output=True, timeout=300)
    data = GradescopeResults.model_validate_json(results.read_text())
    assert data.score == 0 and "no backprop.py" in data.output


def test_assignment_csv_has_penalty_columns(tmp_path):
    subs = copy_files(["alice_correct.py"], tmp_path / "subs")
    with Gradebook(tmp_path / "gb.sqlite") as gb:
        grade_batch(SPEC, subs, gb, workers=1)
        write_assignment_csv(gb, SPEC.id, tmp_path / "a1.csv")
    row = next(csv.DictReader((tmp_path / "a1.csv").open()))
    assert row["student"] == "alice_correct" and float(row["score"]) == A1_TOTAL and row["late_days"] == "0"


def test_cli_grades_on_an_existing_dask_scheduler(tmp_path):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    subs = copy_files(["alice_correct.py", "bob_stub.py"], tmp_path / "subs")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = subprocess.run([sys.executable, "-m", "autograder.cli", "grade", "a1_backprop", str(subs), "--out",
                              str(tmp_path / "out"), "--dask-scheduler", cluster.scheduler_address],
                             capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    with Gradebook(tmp_path / "out" / "gradebook.sqlite") as gb:
        assert {r.student: r.score for r in gb.current()} == {"alice_correct": A1_TOTAL, "bob_stub": 0.0}


def test_gpu_assignments_go_only_to_workers_with_a_gpu_resource(tmp_path):
    pytest.importorskip("distributed")
    from distributed import Client, Nanny, Scheduler, SpecCluster, get_task_stream

    from autograder.batch.dask import dask_executor

    subs = copy_files(QUICK, tmp_path / "subs")  # enough tasks that an untagged batch would use both workers
    spec = SPEC.model_copy(update={"needs_gpu": True})
    workers = {"cpu": {"cls": Nanny, "options": {"nthreads": 1}},
               "gpu": {"cls": Nanny, "options": {"nthreads": 1, "resources": {"GPU": 1}}}}
    with SpecCluster(workers=workers, scheduler={"cls": Scheduler, "options": {"dashboard": False, "dashboard_address": None}}) as cluster:
        with Client(cluster) as client:
            client.wait_for_workers(2)
            gpu_address = next(w.worker_address for name, w in cluster.workers.items() if name == "gpu")
            with get_task_stream(client) as stream, Gradebook(tmp_path / "gb.sqlite") as gb:
                grade_batch(spec, subs, gb, executor=dask_executor(client))
                assert gb.count() == len(QUICK)
    ran_on = {t["worker"] for t in stream.data if str(t["key"]).startswith("grade-")}
    assert ran_on == {gpu_address}
