"""a6: the grader computes accuracy itself; nothing the student prints or returns can forge it."""
from autograder.assignment import load_assignment
from autograder.runner import grade_submission

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
