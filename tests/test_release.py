"""Student releases: generated from solutions/, committed in assignments/, never leaking answers."""

import pytest

from autograder.authoring.release import ReleaseError, strip_hidden_tests, strip_solutions
from autograder.course.assignment import load_assignment
from autograder.grading.oracle import RECORDING_FILE, ReplayOracle, StaleRecording, load_recording
from autograder.grading.run import grade_submission
from tests.conftest import REPO

SPEC = load_assignment("a1_backprop")


def test_release_has_no_solution_code_hidden_tests_or_mistakes():
    released = REPO / "assignments" / "a1_backprop"
    stub = (released / "backprop.py").read_text()
    assert "BEGIN SOLUTION" not in stub and "np.linalg.solve" not in stub and "keepdims" not in stub
    tests = (released / "tests" / "test_backprop.py").read_text()
    assert "HIDDEN" not in tests.replace("HIDDEN TESTS markers", "")
    assert "hidden=True" not in tests and "test_softmax_large_scores" not in tests
    assert not (released / "mistakes.py").exists()


def test_strip_solutions_keeps_indent_and_names_the_function():
    src = "def f(x):\n    y = 1\n    ### BEGIN SOLUTION\n    y = x * 2\n    ### END SOLUTION\n    return y\n"
    out = strip_solutions(src)
    assert '    raise NotImplementedError("f is not written yet")' in out
    assert "x * 2" not in out and "return y" in out


@pytest.mark.parametrize("src", ["### BEGIN SOLUTION\nx = 1\n", "### END SOLUTION\n",
                                 "### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION\n"])
def test_unbalanced_solution_markers_are_errors(src):
    with pytest.raises(ReleaseError):
        strip_solutions(src)


def test_hidden_flags_must_agree_with_the_blocks():
    inside_not_hidden = ("### BEGIN HIDDEN TESTS\n@graded(points=1)\ndef test_a(student):\n    pass\n"
                         "### END HIDDEN TESTS\n")
    outside_hidden = "@graded(points=1, hidden=True)\ndef test_b(student):\n    pass\n"
    from autograder.authoring.release import check_hidden_blocks
    with pytest.raises(ReleaseError, match="not marked hidden"):
        check_hidden_blocks(inside_not_hidden, "t.py")
    with pytest.raises(ReleaseError, match="outside the hidden block"):
        strip_hidden_tests(outside_hidden)


def test_public_check_after_full_grading_in_one_process_has_no_hidden_tests():
    full = grade_submission(SPEC, SPEC.solution_file)
    released = load_assignment("a1_backprop", released=True)
    public = grade_submission(released, SPEC.solution_file, mode="check")
    assert any(t.hidden for t in full.tests)
    assert not any(t.hidden for t in public.tests) and public.max_score == 62


def test_student_check_replays_answers_without_the_reference(tmp_path):
    """The release carries recorded answers, so a student's check never needs reference/."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from autograder.course.assignment import load_assignment\n"
        "from autograder.grading.run import grade_submission\n"
        "spec = load_assignment('a1_backprop', released=True)\n"
        f"r = grade_submission(spec, __import__('pathlib').Path({str(SPEC.solution_file)!r}), mode='check')\n"
        "print(r.score, r.max_score, any(m.startswith('reference') for m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert out.stdout.split() == ["62.0", "62.0", "False"], out.stderr


def test_public_answers_cover_exactly_the_public_tests():
    recording = load_recording(REPO / "assignments" / "a1_backprop" / "tests" / RECORDING_FILE)
    assert "test_affine_forward" in recording and "test_softmax_large_scores" not in recording
    assert all(calls for name, calls in recording.items() if name != "test_numerical_gradient")


def test_replay_refuses_inputs_it_did_not_record():
    recording = load_recording(REPO / "assignments" / "a1_backprop" / "tests" / RECORDING_FILE)
    oracle = ReplayOracle("test_softmax", recording["test_softmax"])
    import numpy as np
    with pytest.raises(StaleRecording, match="re-run"):
        oracle.softmax(np.zeros((4, 6)))
