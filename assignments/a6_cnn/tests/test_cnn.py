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


