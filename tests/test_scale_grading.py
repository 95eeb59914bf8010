"""Graders collected once per grading worker (grading/run.py: GraderRunner) grade exactly as a fresh
pytest run per submission does: the same results in any order, nothing of one submission (its child,
the plugin's state, the graders' module state) reaches the next, and a hostile submission cannot change
the next student's result (issue 28)."""
import json
import os
import re
import textwrap

import pytest

from autograder.course.assignment import load_assignment
from autograder.grading import run as grading_run
from autograder.grading.oracle import OracleSource
from autograder.grading.plugin import GradePlugin
from autograder.grading.run import grade_submission, grader_runner
from tests.conftest import A1_TOTAL, REPO

SPEC = load_assignment("a1_backprop")
SAMPLE = REPO / "examples" / "a1_sample_class"
EXPECTED = json.loads((REPO / "examples" / "a1_sample_class.expected.json").read_text())


def comparable(result) -> dict:
    """A result without what differs between two gradings of the same file (times; without bubblewrap, the
    warm worker's numbered folder in a traceback's path)."""
    data = result.model_dump(mode="json")
    for key in ("duration_s", "graded_at"):
        data.pop(key)
    for test in data["tests"]:
        test.pop("duration_s", None)
        if test.get("output_excerpt"):
            test["output_excerpt"] = re.sub(r"/tmp/ag-warm-[^/\s]+/\d+/", "<work>/", test["output_excerpt"])
    return data


def graded(name: str, reuse: bool, student: str | None = None):
    return grade_submission(SPEC, SAMPLE / name, student=student or name.removesuffix(".py"), reuse_graders=reuse)


@pytest.fixture(autouse=True)
def reuse_enabled(monkeypatch):
    monkeypatch.delenv(grading_run.FRESH_GRADERS_ENV, raising=False)


def test_a_then_b_then_a_in_one_worker_equals_each_graded_fresh():
    """Correct, a catalogued mistake (its diagnosis re-runs tests in-process), broken and hostile files,
    then the first two again: every result equals grading that file alone with a fresh pytest run."""
    order = ["alice_correct.py", "mistake_db_averaged.py", "eve_syntax_error.py", "oscar_os_exit_in_call.py",
             "judy_monkeypatch_numpy.py", "mallory_forger.py", "carol_partial.py", "alice_correct.py",
             "mistake_db_averaged.py"]
    fresh = {name: comparable(graded(name, reuse=False)) for name in set(order)}
    runners = set()
    for name in order:
        result = graded(name, reuse=True)
        assert comparable(result) == fresh[name], name
        runners.add(id(grader_runner(SPEC, SPEC.tests_dir, "grade", result.grader_version)))
    assert len(runners) == 1  # one collection served them all
    assert fresh["alice_correct.py"]["score"] == A1_TOTAL and fresh["mistake_db_averaged.py"]["score"] < A1_TOTAL


def test_a_hostile_submission_cannot_change_the_next_students_result():
    """Each hostile file of the sample class (an endless loop, os._exit in a call, exits at import, a numpy
    monkeypatch, a forger) graded between two gradings of the same student's correct file, in one worker:
    both of that student's results are equal, and each hostile one scores as expected."""
    before = comparable(graded("alice_correct.py", reuse=True, student="dana"))
    for name in ("grace_infinite_loop.py", "oscar_os_exit_in_call.py", "ivan_os_exit_at_import.py",
                 "judy_monkeypatch_numpy.py", "mallory_forger.py"):
        hostile = graded(name, reuse=True)
        assert hostile.score == EXPECTED[name.removesuffix(".py")]["score"], name
        assert comparable(graded("alice_correct.py", reuse=True, student="dana")) == before, name


def test_nothing_of_a_submission_remains_for_the_next():
    """After a submission its child is dead; the plugin the session keeps is re-initialised for the next
    one with exactly a fresh GradePlugin's attributes (no result, run, child or seed of the last one)."""
    graded("oscar_os_exit_in_call.py", reuse=True)
    runner = grader_runner(SPEC, SPEC.tests_dir, "grade", grading_run.grader_identity(SPEC))
    plugin = runner.plugin
    assert plugin.session is not None and plugin.session.process is not None
    assert not plugin.session.process.alive
    fresh = GradePlugin(SPEC, "grade", OracleSource(SPEC.reference))
    plugin.reset(SPEC, "grade", OracleSource(SPEC.reference))
    assert set(vars(plugin)) == set(vars(fresh))
    assert plugin.results == [] and plugin._runs == {} and plugin.session is None and plugin.student_seed == ""
    graded("alice_correct.py", reuse=True)
    items = runner._items  # noqa: SLF001
    reporter = items[0].config.pluginmanager.get_plugin("terminalreporter")
    kept = sum(len(reports) for reports in reporter.stats.values())
    assert kept <= 3 * len(items)  # the last submission's reports, not every one since the start


def write_graders(folder, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "test_state.py").write_text(textwrap.dedent(body))


def test_graders_that_change_their_module_state_are_imported_again(tmp_path):
    """A grader that keeps state at module level would see the last submission's: the runner notices the
    change after that submission and retires, so the next one is graded by freshly imported graders."""
    tests = tmp_path / "graders"
    write_graders(tests, """
        import numpy as np
        from autograder.testing import expect_close, graded

        SEEN = []

        @graded(points=1)
        def test_first_in_this_module(student, oracle, rng):
            SEEN.append(1)
            x, w, b = rng.normal(size=(2, 3)), rng.normal(size=(3, 2)), rng.normal(size=2)
            expect_close("out", student.affine_forward(x, w, b)[0], oracle.affine_forward(x, w, b)[0])
            expect_close("tests run in this module", np.array(float(len(SEEN))), np.array(1.0))
    """)
    solution = SAMPLE / "alice_correct.py"
    scores, runners = [], []
    for _ in range(3):
        result = grade_submission(SPEC, solution, tests=tests, reuse_graders=True)
        scores.append(result.score)
        runners.append(grader_runner(SPEC, tests, "grade", result.grader_version))
    assert scores == [1.0, 1.0, 1.0]
    assert len({id(r) for r in runners}) == 3  # each retired after its submission


def test_graders_whose_state_stays_are_kept(tmp_path):
    tests = tmp_path / "graders"
    write_graders(tests, """
        from autograder.testing import Tolerance, expect_close, graded

        TOLERANCE = Tolerance(rtol=1e-9, atol=1e-12)
        CASES = {"small": (2, 3)}

        @graded(points=1)
        def test_affine(student, oracle, rng):
            x, w, b = rng.normal(size=CASES["small"]), rng.normal(size=(3, 2)), rng.normal(size=2)
            expect_close("out", student.affine_forward(x, w, b)[0], oracle.affine_forward(x, w, b)[0],
                         tolerance=TOLERANCE)
    """)
    first = grade_submission(SPEC, SAMPLE / "alice_correct.py", tests=tests, reuse_graders=True)
    runner = grader_runner(SPEC, tests, "grade", first.grader_version)
    second = grade_submission(SPEC, SAMPLE / "alice_correct.py", tests=tests, reuse_graders=True)
    assert first.score == second.score == 1.0
    assert grader_runner(SPEC, tests, "grade", second.grader_version) is runner


def test_changed_graders_get_a_new_runner(tmp_path):
    tests = tmp_path / "graders"
    body = """
        from autograder.testing import expect_close, graded

        @graded(points={points})
        def test_affine(student, oracle, rng):
            x, w, b = rng.normal(size=(2, 3)), rng.normal(size=(3, 2)), rng.normal(size=2)
            expect_close("out", student.affine_forward(x, w, b)[0], oracle.affine_forward(x, w, b)[0])
    """
    write_graders(tests, body.format(points=1))
    assert grade_submission(SPEC, SAMPLE / "alice_correct.py", tests=tests, reuse_graders=True).max_score == 1.0
    write_graders(tests, body.format(points=2))
    with (tests / "test_state.py").open("a") as f:
        f.write("# changed\n")
    assert grade_submission(SPEC, SAMPLE / "alice_correct.py", tests=tests, reuse_graders=True).max_score == 2.0


def test_graders_that_cannot_be_collected_fail_as_before(tmp_path):
    tests = tmp_path / "graders"
    write_graders(tests, "raise ValueError('a broken grader module')\n")
    for _ in range(2):  # the broken runner is not kept: each submission says so again
        with pytest.raises(RuntimeError, match=r"(?s)could not run.*a broken grader module"):
            grade_submission(SPEC, SAMPLE / "alice_correct.py", tests=tests, reuse_graders=True)


def test_fresh_graders_env_uses_a_pytest_run_per_submission(monkeypatch):
    monkeypatch.setenv(grading_run.FRESH_GRADERS_ENV, "1")
    grading_run.close_runners()
    result = graded("alice_correct.py", reuse=True)
    assert result.score == A1_TOTAL
    assert not grading_run._RUNNERS  # noqa: SLF001
    assert os.environ[grading_run.FRESH_GRADERS_ENV] == "1"
