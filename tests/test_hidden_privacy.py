"""Hidden tests stay hidden: their expected values, their inputs (which the student's code can print,
raise or return) and their captured output never reach anything a student sees before the declared
reveal; the TAs keep them. Hidden inputs are drawn per student, so one student's are useless to another."""
from __future__ import annotations

import datetime as dt
import io
import json
import re

import numpy as np
import pytest
from rich.console import Console

from autograder.course.assignment import load_assignment
from autograder.course.deadline import LatePolicy
from autograder.feedback.console import print_submission
from autograder.feedback.gradescope import gradescope_results
from autograder.feedback.reports.build import write_reports
from autograder.feedback.tables import write_student_json
from autograder.gradebook.store import Gradebook
from autograder.grading.run import grade_submission
from autograder.results import SubmissionResult
from tests.hostile.corpus import SOLUTION, in_call, returning

SPEC = load_assignment("a1_backprop")
MARK = "LEAKED-INPUT"

# Each trick fires only in a hidden test (recognised by its inputs) and tries another channel.
LEAKER = SOLUTION
LEAKER = in_call(LEAKER, "softmax", f"""
    import numpy as np
    scores = np.asarray(args[0])
    if np.abs(scores).max() > 500:  # test_softmax_large_scores: print the inputs
        print("{MARK}", scores.ravel()[:4].tolist())
    """)
LEAKER = in_call(LEAKER, "linear_regression_closed_form", f"""
    if args[0].shape[0] == 10:  # test_linear_regression_exact_fit: raise them
        raise ValueError("{MARK} " + repr(args[0][0].tolist()))
    """)
LEAKER = in_call(LEAKER, "affine_backward", f"""
    if args[0].shape[0] == 1:  # test_affine_backward_single_row: an exception named like the grader's own
        class MissingFunction(Exception):
            pass
        raise MissingFunction("{MARK} " + repr(args[0].tolist()))
    """)
LEAKER = returning(LEAKER, "relu_backward", """
    dout, cache = args
    if (cache == 0).any():  # test_relu_backward_at_zero: return them (and be wrong)
        return cache + 1000.0
    return _honest_relu_backward(*args, **kwargs)
    """)


def numbers_of(result: SubmissionResult) -> set[str]:
    """Expected and returned values of the hidden tests, as reports would format them."""
    values = []
    for t in result.tests:
        if t.hidden:
            for c in t.comparisons:
                values += [c.expected_at_worst, c.got_at_worst] + (c.expected_values or []) + (c.got_values or [])
    texts = set()
    for v in values:
        if v is not None:
            texts |= {f"{v:.10g}", f"{v:.6g}", f"{v:.4g}"}
    # only forms specific enough not to occur by chance (not "1000", not "0.5")
    return {t for t in texts if "e" not in t and len(t.lstrip("-").replace(".", "").strip("0")) >= 4}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    root = tmp_path_factory.mktemp("privacy")
    path = root / "backprop.py"
    path.write_text(LEAKER)
    results = {s: grade_submission(SPEC, path, student=s) for s in ("mallory", "trudy")}
    with Gradebook(root / "gradebook.sqlite") as gb:
        gb.record(results["mallory"], None, None)
    return root, results


def student_facing(root, result: SubmissionResult, spec=SPEC, now=None) -> dict[str, str]:
    """Everything a student may be handed: reports, Gradescope results.json, their JSON, `check` output."""
    out = root / f"out-{now.isoformat() if now else 'now'}"
    with Gradebook(root / "gradebook.sqlite") as gb:
        reports = write_reports(gb, spec, out / "reports", now=now)
        write_student_json(gb, spec.id, out / "json", reveal_hidden=spec.hidden_revealed(now))
    buf = io.StringIO()
    print_submission(result.for_student(spec.hidden_revealed(now)), Console(file=buf, width=300))
    return {
        "html": (reports / "students" / "mallory.html").read_text(),
        "markdown": (reports / "students" / "mallory.md").read_text(),
        "gradescope": gradescope_results(result, spec.hidden_revealed(now)).model_dump_json(),
        "json": (out / "json" / "mallory.json").read_text(),
        "check output": buf.getvalue(),
    }


def test_the_tricks_fired_and_the_tas_see_everything(graded):
    _, results = graded
    full = results["mallory"]
    hidden = {t.id: t for t in full.tests if t.hidden}
    assert MARK in hidden["test_softmax_large_scores"].output_excerpt
    assert MARK in hidden["test_linear_regression_exact_fit"].message
    assert hidden["test_relu_backward_at_zero"].status != "passed"
    assert numbers_of(full), "the hidden tests' values are kept for the TAs"


def test_nothing_of_a_hidden_test_reaches_a_student(graded):
    root, results = graded
    full = results["mallory"]
    secrets = numbers_of(full)
    for where, text in student_facing(root, full).items():
        assert MARK not in text, f"{where} shows a hidden test's input"
        leaked = [s for s in secrets if re.search(rf"(?<![\d.]){re.escape(s)}(?!\d)", text)]
        assert not leaked, f"{where} shows hidden values {leaked[:5]}"
    view = full.for_student(reveal_hidden=False)
    for t in view.tests:
        if t.hidden and t.status != "passed":
            assert t.message and not t.output_excerpt, t
            assert all(c.got_values is None and c.expected_at_worst is None for c in t.comparisons)
    lr = next(t for t in view.tests if t.id == "test_linear_regression_exact_fit")
    assert lr.message == "your code raised ValueError"
    single = next(t for t in view.tests if t.id == "test_affine_backward_single_row")
    assert single.message == "affine_backward() is missing or could not be called"
    assert all(t.duration_s == 0 for t in view.tests if t.hidden)  # a time the child controls
    relu = next(t for t in view.tests if t.id == "test_relu_backward_at_zero")
    assert "values outside the tolerance" in relu.message
    assert view.score == full.score  # points are never hidden


def test_public_tests_keep_their_details(graded):
    _, results = graded
    view = results["mallory"].for_student(reveal_hidden=False)
    public = [t for t in view.tests if not t.hidden]
    assert public == [t for t in results["mallory"].tests if not t.hidden]


def test_after_the_declared_reveal_students_see_hidden_values(graded):
    root, results = graded
    due = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc)
    spec = SPEC.model_copy(update={"deadline": LatePolicy(due=due), "reveal_hidden_after_deadline": True})
    before = student_facing(root, results["mallory"], spec, now=due - dt.timedelta(hours=1))
    after = student_facing(root, results["mallory"], spec, now=due + dt.timedelta(hours=1))
    assert MARK not in before["json"] and MARK in after["json"]
    assert MARK in after["html"] and MARK in after["gradescope"]


def hidden_inputs(result: SubmissionResult) -> str:
    return next(t for t in result.tests if t.id == "test_softmax_large_scores").output_excerpt


def test_hidden_inputs_differ_per_student_and_public_ones_do_not(graded):
    _, results = graded
    mallory, trudy = results["mallory"], results["trudy"]
    assert MARK in hidden_inputs(mallory) and MARK in hidden_inputs(trudy)
    assert hidden_inputs(mallory) != hidden_inputs(trudy)
    again = grade_submission(SPEC, graded[0] / "backprop.py", student="mallory", select="softmax_large")
    assert hidden_inputs(again) == hidden_inputs(mallory), "a student's hidden inputs are the same at every regrade"
    for a, b in zip(mallory.tests, trudy.tests):
        if not a.hidden:
            assert a.model_dump(exclude={"duration_s"}) == b.model_dump(exclude={"duration_s"})


def test_a_mistake_is_still_named_with_a_students_own_hidden_inputs(tmp_path):
    source = SOLUTION.replace("    dx = dout * (x > 0)\n", "    dx = dout * (x >= 0)\n")
    assert source != SOLUTION
    (tmp_path / "backprop.py").write_text(source)
    result = grade_submission(SPEC, tmp_path / "backprop.py", student="zoe", select="relu_backward_at_zero")
    assert [m.id for m in result.tests[0].mistakes] == ["relu_derivative_at_zero_is_one"]


def test_the_course_secret_is_made_once_and_private(tmp_path, monkeypatch):
    from autograder.course.secret import SECRET_ENV, SECRET_FILE, course_secret, student_seed
    monkeypatch.delenv(SECRET_ENV, raising=False)
    first = student_seed(tmp_path, "a1", "ann")
    assert (tmp_path / SECRET_FILE).stat().st_mode & 0o077 == 0
    assert student_seed(tmp_path, "a1", "ann") == first != student_seed(tmp_path, "a1", "bob")
    monkeypatch.setenv(SECRET_ENV, "a secret set by the instructor")
    assert course_secret(tmp_path) == b"a secret set by the instructor"
    assert student_seed(tmp_path, "a1", "ann") != first
    assert json.dumps(first)  # a plain hex string: it travels to batch workers as text
    assert np.random.default_rng(int(first[:16], 16)) is not None


def test_every_hidden_test_draws_its_inputs_from_the_students_rng():
    """A hidden test with literal inputs would give every student the same ones: hidden tests take `rng`
    (drawn per student), unless their input is the instructor's data set (needs_data)."""
    import ast

    from tests.conftest import REPO
    fixed = []
    for path in sorted((REPO / "solutions").glob("*/tests/test_*.py")):
        for node in ast.parse(path.read_text()).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            marks = [d for d in node.decorator_list if isinstance(d, ast.Call)]
            hidden = any(k.arg == "hidden" and getattr(k.value, "value", False) for d in marks for k in d.keywords)
            data = any(getattr(d.func, "attr", "") == "needs_data" for d in marks)
            if hidden and not data and "rng" not in [a.arg for a in node.args.args]:
                fixed.append(f"{path.parent.parent.name}::{node.name}")
    assert not fixed, f"hidden tests with the same inputs for every student: {fixed}"


def test_an_unusable_course_secret_stops_the_batch_before_any_student_is_graded(tmp_path, monkeypatch):
    from autograder.batch.run import grade_batch
    from autograder.course.secret import SECRET_ENV, SECRET_FILE, CourseSecretError
    monkeypatch.delenv(SECRET_ENV, raising=False)
    course = tmp_path / "course"
    course.mkdir()
    (course / SECRET_FILE).write_text("short\n")
    spec = SPEC.model_copy(update={"root": course / SPEC.id})
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "ann.py").write_text(SOLUTION)
    with Gradebook(tmp_path / "gradebook.sqlite") as gb:
        with pytest.raises(CourseSecretError, match=SECRET_FILE):
            grade_batch(spec, tmp_path / "subs", gb, workers=1)
        assert gb.count() == 0


def test_hidden_check_names_and_scored_checks_carry_nothing_the_student_chose():
    from autograder.grading.checks import TestContext, activate, deactivate, expect_accuracy
    from autograder.results import hidden_comparison
    ctx = TestContext()
    token = activate(ctx)
    try:
        expect_accuracy("accuracy", np.empty((0, 123456789, 987654)), np.zeros(5, dtype=int), 0.5, 0.9)
        expect_accuracy("accuracy of good logits", np.eye(5), np.arange(5), 0.5, 0.9)
    finally:
        deactivate(token)
    bad, good = (hidden_comparison(c) for c in ctx.comparisons)
    assert "123456789" not in bad.message and "not logits" in bad.message
    assert "accuracy 1.000" in good.message
    from autograder.results import Comparison
    named = hidden_comparison(Comparison(name="xavier_std (97, 45) gain", passed=False, message="x",
                                         got_shape=[], expected_shape=[]))
    assert "97" not in named.name + named.message and named.name == "xavier_std (...) gain"
    timing = hidden_comparison(Comparison(name="time of f()", passed=False, kind="timing", ratio=12.345,
                                          student_s=0.123456, reference_s=0.01, max_ratio=10,
                                          message="time of f(): got 0.123456 expected 0.98765"))
    assert timing.ratio is None and timing.student_s is None and "0.98765" not in timing.message
