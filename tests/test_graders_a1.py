"""a1-specific grader behaviour (the generic bar for every assignment is in test_graders.py)."""
import importlib.util
from pathlib import Path

import pytest

from autograder.course.assignment import load_assignment
from autograder.course.mistakes import load_catalog, mutant_module
from autograder.grading.run import grade_local_module, grade_submission

SPEC = load_assignment("a1_backprop")
CATALOG = load_catalog(SPEC.mistakes_file)


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_reference_itself_earns_full_marks():
    import reference.backprop as ref
    import reference.gradcheck as gc

    class Reference:  # the reference with the student's name for the gradient checker
        def __getattr__(self, name):
            return getattr(ref, name)

        @staticmethod
        def eval_numerical_gradient(f, x, h=1e-5):
            return gc.numerical_gradient(f, x, h)

    result = grade_local_module(SPEC, Reference())
    assert result.score == result.max_score > 0, [t.message for t in result.tests if t.status != "passed"]


def test_catalog_has_the_required_mistakes():
    required = {"db_not_summed", "dx_not_reshaped", "softmax_no_max_subtraction", "softmax_grad_not_divided_by_n",
                "sigmoid_derivative_is_s"}
    assert required <= {m.id for m in CATALOG}


@pytest.mark.parametrize("mistake", list(CATALOG), ids=lambda m: m.id)
def test_mutant_modules_differ_from_the_solution_only_in_their_functions(mistake):
    module = mutant_module(SPEC.solution_file, mistake)
    solution = load_module(SPEC.solution_file, "a1_solution")
    for name in SPEC.functions:
        same_code = getattr(module, name).__code__.co_code == getattr(solution, name).__code__.co_code
        assert same_code != (name in mistake.functions), name


def test_correct_but_differently_written_solution_is_not_flagged(tmp_path):
    """Equivalent code (float32 intermediate avoided, other formulas) keeps full marks."""
    source = SPEC.solution_file.read_text().replace(
        "    dx = dout * s * (1 - s)\n", "    dx = dout * (s - s ** 2)\n").replace(
        "    dx = dout * (x > 0)\n", "    dx = np.where(x > 0, dout, 0.0)\n")
    submission = tmp_path / "backprop.py"
    submission.write_text(source)
    result = grade_submission(SPEC, submission)
    assert result.score == result.max_score


def test_float32_outputs_are_held_to_the_expected_values_tolerance(tmp_path):
    source = SPEC.solution_file.read_text().replace(
        "    out = x.reshape(x.shape[0], -1) @ w + b\n",
        "    out = (x.reshape(x.shape[0], -1).astype(np.float32) @ w.astype(np.float32) + b).astype(np.float32)\n")
    submission = tmp_path / "backprop.py"
    submission.write_text(source)
    result = grade_submission(SPEC, submission, select="affine_forward")
    test = result.tests[0]
    # the tolerance is the check's (float64 here), never the one of the dtype the student chose to return
    assert test.comparisons[0].got_dtype == "float32"
    assert test.comparisons[0].tolerance.rtol == pytest.approx(1e-7)
    assert test.status == "failed" and "your output is float32, which loses precision" in test.message


def test_wrong_return_structure_is_explained(tmp_path):
    source = SPEC.solution_file.read_text().replace("    return dx, dw, db\n", "    return dx\n")
    submission = tmp_path / "backprop.py"
    submission.write_text(source)
    result = grade_submission(SPEC, submission, select="test_affine_backward")
    msg = result.tests[0].message
    assert result.tests[0].status == "failed" and "could not use your return value" in msg


def test_hidden_inputs_and_grader_source_never_reach_the_result(tmp_path):
    """A failing hidden test reports diagnostics, never the grader's code."""
    source = SPEC.solution_file.read_text().replace("    dx = dout * (x > 0)\n", "    dx = dout * (x >= 0)\n")
    submission = tmp_path / "backprop.py"
    submission.write_text(source)
    result = grade_submission(SPEC, submission)
    hidden = [t for t in result.tests if t.hidden and t.status != "passed"]
    assert hidden
    dumped = result.model_dump_json()
    assert "x[::2, ::2] = 0.0" not in dumped and "def test_" not in dumped
