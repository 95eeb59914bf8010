"""Graders of a6: the student's code trains in the sandbox and returns logits for unlabeled inputs;
the grader computes accuracy on labels it keeps. Fixtures: student (remote), oracle, rng,
compute_device ("cuda" when the student's code gets a GPU, else "cpu")."""
import pytest

from autograder.testing import expect_accuracy, graded

# The training time the student's loop is told to stay within, by device (seconds); the
# test's timeout is the hard limit.
BUDGET_S = {"cpu": 60.0, "cuda": 20.0}


@graded(points=10, group="training", timeout=140)
def test_digits(student, oracle, compute_device):
    """accuracy on held-out scikit-learn digits (full points at 95%, none below 80%)."""
    X_train, y_train, X_test, y_test = oracle.load_digits(seed=0)
    logits = student.train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=BUDGET_S[compute_device])
    expect_accuracy("digits accuracy", logits, y_test, low=0.80, high=0.95)


### BEGIN HIDDEN TESTS
@graded(points=10, hidden=True, group="training", timeout=140)
def test_generated_shapes(student, oracle, rng, compute_device):
    """accuracy on generated 3x32x32 shapes that need convolution (full points at 90%, none below 60%)."""
    X, y = oracle.make_shapes(1200, seed=int(rng.integers(1 << 30)))
    X_train, y_train, X_test, y_test = oracle.split(X, y, 0.25, seed=1)
    logits = student.train_and_predict(X_train, y_train, X_test, seed=1, time_budget_s=BUDGET_S[compute_device])
    expect_accuracy("shapes accuracy", logits, y_test, low=0.60, high=0.90)


@graded(points=10, hidden=True, group="training", timeout=140)
@pytest.mark.needs_data("image_folder")
def test_instructor_images(student, oracle, assignment_data, compute_device):
    """accuracy on the instructor's own images (ImageFolder layout, e.g. CIFAR-10 as PNG files)."""
    folder, source = assignment_data["image_folder"]
    X_train, y_train, X_test, y_test = oracle.image_folder_split(str(folder), max_items=source.max_items, seed=2)
    logits = student.train_and_predict(X_train, y_train, X_test, seed=2, time_budget_s=BUDGET_S[compute_device])
    low, high = source.accuracy or (0.40, 0.60)
    expect_accuracy("accuracy on the instructor's images", logits, y_test, low=low, high=high)
### END HIDDEN TESTS
