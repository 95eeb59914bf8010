"""Graders of a6: the student's code trains in the sandbox and returns logits for unlabeled inputs;
the grader computes accuracy on labels it keeps. Fixtures: student (remote), oracle, rng."""
from autograder.testing import expect_accuracy, graded

BUDGET_S = 60.0


@graded(points=10, group="training", timeout=140)
def test_digits(student, oracle):
    """accuracy on held-out scikit-learn digits (full points at 95%, none below 80%)."""
    X_train, y_train, X_test, y_test = oracle.load_digits(seed=0)
    logits = student.train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=BUDGET_S)
    expect_accuracy("digits accuracy", logits, y_test, low=0.80, high=0.95)


