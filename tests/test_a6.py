"""a6: the grader computes accuracy itself; nothing the student prints or returns can forge it."""
import numpy as np
import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission

SPEC = load_assignment("a6_cnn")


def grade(tmp_path, body):
    (tmp_path / "cnn.py").write_text("import numpy as np\n\n\ndef train_and_predict(X_train, y_train, X_test, seed=0, "
                                     "time_budget_s=60.0):\n" + body)
    return grade_submission(SPEC, tmp_path / "cnn.py", select="digits").tests[0]


def test_claimed_accuracy_is_ignored(tmp_path):
    t = grade(tmp_path, "    print('test accuracy: 1.000 (20/20 points)')\n"
                        "    return np.random.default_rng(0).normal(size=(len(X_test), 10))\n")
    assert t.points_earned == 0 and "accuracy 0.1" in t.message and "1.000" in t.output_excerpt


def test_nan_logits_score_zero_with_a_reason(tmp_path):
    t = grade(tmp_path, "    return np.full((len(X_test), 10), np.nan)\n")
    assert t.points_earned == 0 and "NaN" in t.message


def test_credit_scales_between_the_thresholds(tmp_path):
    # a nearest-class-mean classifier: a real, weaker model
    t = grade(tmp_path, "    means = np.stack([X_train[y_train == c].mean(axis=0) for c in range(10)])\n"
                        "    d = ((X_test[:, None] - means[None]) ** 2).reshape(len(X_test), 10, -1).sum(axis=2)\n"
                        "    return -d\n")
    assert 0 < t.points_earned < t.points_possible and t.status == "partial"
    assert "full points at 0.95" in t.message


def image_folder(root, n=400):
    """make_shapes written as PNG files in ImageFolder layout (root/<class>/<i>.png)."""
    from PIL import Image

    from reference.cnn import make_shapes
    X, y = make_shapes(n, seed=7)
    for i, (x, label) in enumerate(zip(X, y)):
        (root / f"class_{label}").mkdir(parents=True, exist_ok=True)
        pixels = (np.clip(x.transpose(1, 2, 0), 0, 1) * 255).astype(np.uint8)
        Image.fromarray(pixels).save(root / f"class_{label}" / f"{i}.png")
    return root


def test_instructor_image_folder_adds_a_hidden_grader(tmp_path, monkeypatch):
    monkeypatch.delenv("AUTOGRADER_DATA_IMAGE_FOLDER", raising=False)
    without = grade_submission(SPEC, SPEC.solution_file, select="digits or instructor_images")
    assert [t.id for t in without.tests] == ["test_digits"]  # no folder here: the grader is left out, not failed
    monkeypatch.setenv("AUTOGRADER_DATA_IMAGE_FOLDER", str(image_folder(tmp_path / "images")))
    solution = grade_submission(SPEC, SPEC.solution_file, select="instructor_images").tests[0]
    assert solution.hidden and solution.points_possible == 10
    assert solution.points_earned > 0 and "accuracy on the instructor's images" in solution.message
    (tmp_path / "cnn.py").write_text("import numpy as np\n\n\ndef train_and_predict(X_train, y_train, X_test, seed=0, "
                                     "time_budget_s=60.0):\n    return np.zeros((len(X_test), 4))\n")
    untrained = grade_submission(SPEC, tmp_path / "cnn.py", select="instructor_images").tests[0]
    assert untrained.points_earned == 0


def _cuda_usable() -> bool:
    from autograder.sandbox.gpu import gpu_available

    if not gpu_available():
        return False
    import torch

    return torch.cuda.is_available()


@pytest.mark.gpu
@pytest.mark.skipif(not _cuda_usable(), reason="no CUDA GPU on this machine")
def test_on_the_gpu_the_solution_gets_full_marks_and_mistakes_do_not(tmp_path):
    """The same graders on CUDA (budget 20 s): the solution full marks (23: 20 for accuracy, 3 for seeded
    runs and eval mode); untrained and shuffled-label models are caught and named; a forged claim earns nothing."""
    from autograder.course.mistakes import load_catalog, mutant_source

    solution = grade_submission(SPEC, SPEC.solution_file)
    assert solution.score == solution.max_score == 23, [(t.id, t.message) for t in solution.tests]
    catalog = {m.id: m for m in load_catalog(SPEC.mistakes_file)}
    for mistake_id in catalog:
        path = tmp_path / mistake_id / SPEC.module
        path.parent.mkdir()
        path.write_text(mutant_source(SPEC.solution_file.read_text(), catalog[mistake_id]))
        result = grade_submission(SPEC, path)
        named = any(mistake_id in {m.id for m in t.mistakes} for t in result.tests)
        assert result.score < solution.max_score and named, mistake_id
    t = grade(tmp_path, "    print('test accuracy: 1.000 (20/20 points)')\n"
                        "    return np.random.default_rng(0).normal(size=(len(X_test), 10))\n")
    assert t.points_earned == 0


def test_a_training_left_in_eval_mode_after_its_first_epoch_loses_points(tmp_path):
    """model.train() once before the epochs, model.eval() for an accuracy pass at the end of each (hold-out 44's
    writer: full marks): from the second epoch on batch norm trains on frozen running statistics. The record of the
    training says so, and the check costs points; the solution passes it."""
    source = SPEC.solution_file.read_text()
    assert "    for _ in range(epochs):\n        model.train()\n" in source
    wrong = source.replace("    for _ in range(epochs):\n        model.train()\n",
                           "    model.train()\n    for _ in range(epochs):\n").replace(
        "        if time.monotonic() - start > 0.8 * time_budget_s:\n",
        "        model.eval()\n        with torch.no_grad():\n            _ = model(X[:64])\n"
        "        if time.monotonic() - start > 0.8 * time_budget_s:\n")
    (tmp_path / "cnn.py").write_text(wrong)
    t = grade_submission(SPEC, tmp_path / "cnn.py", select="seeded_runs").tests[0]
    assert t.points_earned < t.points_possible and "ran with the model's batch norm or dropout layers in eval mode" \
        in t.message, t.message
    right = grade_submission(SPEC, SPEC.solution_file, select="seeded_runs").tests[0]
    assert right.points_earned == right.points_possible, right.message


def test_logits_returned_in_a_tuple_are_said_in_the_graded_result(tmp_path):
    """The findings read off what the call returned (logits in a tuple) reach the test's result, beside the training's
    (they were once said only where the training loop wrote into its data)."""
    source = SPEC.solution_file.read_text()
    assert "    return logits\n" in source
    (tmp_path / "cnn.py").write_text(source.replace("    return logits\n",
                                                    "    return logits, logits.argmax(axis=1)\n"))
    t = grade_submission(SPEC, tmp_path / "cnn.py", select="digits").tests[0]
    assert t.points_earned == 0 and any(d.relation == "logits_in_a_tuple" for d in t.diagnoses), \
        [(d.relation, d.message[:80]) for d in t.diagnoses]
