"""Graders of a6: the student's code trains in the sandbox and returns logits for unlabeled inputs;
the grader computes accuracy on labels it keeps. Fixtures: student (remote), oracle, eval_rng,
compute_device ("cuda" when the student's code gets a GPU, else "cpu").

The images the student's code trains on and predicts are disguised (autograder.testing.disguised:
a sub-pixel shift, contrast, brightness and noise of their own per image, drawn per student and
submission; both sets alike, so the model meets at test time what it learned on),
so no public copy of a data set (scikit-learn's digits, the shapes generator, a release's
recorded answers) can be matched against them; scikit-learn's bundled data sets are hidden from
the sandbox (forbidden_modules).
"""
import pytest

from autograder.testing import disguised, expect_accuracy, graded

# The training time the student's loop is told to stay within, by device (seconds); the
# test's timeout is the hard limit.
BUDGET_S = {"cpu": 60.0, "cuda": 20.0}


@graded(points=10, group="training", timeout=140)
def test_digits(student, oracle, eval_rng, compute_device):
    """accuracy on held-out scikit-learn digits, disguised (full points at 95%, none below 80%; the
    reference CNN scores 0.978-0.983 on them)."""
    X_train, y_train, X_test, y_test = oracle.load_digits(seed=0)
    logits = student.train_and_predict(disguised(X_train, eval_rng), y_train, disguised(X_test, eval_rng), seed=0,
                                       time_budget_s=BUDGET_S[compute_device])
    expect_accuracy("digits accuracy", logits, y_test, low=0.80, high=0.95)


### BEGIN HIDDEN TESTS
@graded(points=10, hidden=True, group="training", timeout=140)
def test_generated_shapes(student, oracle, rng, eval_rng, compute_device):
    """accuracy on generated 3x32x32 shapes that need convolution (full points at 84%, none below 55%)."""
    X, y = oracle.make_shapes(1200, seed=int(eval_rng.integers(1 << 30)))
    X_train, y_train, X_test, y_test = oracle.split(X, y, 0.25, seed=int(rng.integers(1 << 30)))
    logits = student.train_and_predict(disguised(X_train, eval_rng), y_train, disguised(X_test, eval_rng), seed=1,
                                       time_budget_s=BUDGET_S[compute_device])
    # Re-derived on disguised data: the reference CNN scores 0.857-0.927 over 8 seeds (0.900-0.953 on
    # plain images), the untrained model about 0.25 (chance).
    expect_accuracy("shapes accuracy", logits, y_test, low=0.55, high=0.84)


@graded(points=10, hidden=True, group="training", timeout=140)
@pytest.mark.needs_data("image_folder")
def test_instructor_images(student, oracle, assignment_data, eval_rng, compute_device):
    """accuracy on the instructor's own images (ImageFolder layout, e.g. CIFAR-10 as PNG files)."""
    folder, source = assignment_data["image_folder"]
    X_train, y_train, X_test, y_test = oracle.image_folder_split(str(folder), max_items=source.max_items, seed=2)
    logits = student.train_and_predict(disguised(X_train, eval_rng), y_train, disguised(X_test, eval_rng), seed=2,
                                       time_budget_s=BUDGET_S[compute_device])
    low, high = source.accuracy or (0.40, 0.60)
    expect_accuracy("accuracy on the instructor's images", logits, y_test, low=low, high=high)
### END HIDDEN TESTS
