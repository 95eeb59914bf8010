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

from autograder.testing import disguised, expect_accuracy, graded, with_seen_images

# The training time the student's loop is told to stay within, by device (seconds); the
# test's timeout is the hard limit.
BUDGET_S = {"cpu": 60.0, "cuda": 20.0}


@graded(points=10, group="training", timeout=140)
def test_digits(student, oracle, eval_rng, compute_device):
    """accuracy on held-out scikit-learn digits, disguised (full points at 95%, none below 80%; the
    reference CNN scores 0.978-0.983 on them)."""
    X_train, y_train, X_test, y_test = oracle.load_digits(seed=0)
    X_train = disguised(X_train, eval_rng)
    # some training images after the test images: how well the model fits them is told apart (not scored)
    X_asked, y_seen = with_seen_images(disguised(X_test, eval_rng), X_train, y_train)
    logits = student.train_and_predict(X_train, y_train, X_asked, seed=0, time_budget_s=BUDGET_S[compute_device])
    expect_accuracy("digits accuracy", logits, y_test, low=0.80, high=0.95, seen_labels=y_seen)


