"""a6: a submission that trains nothing but looks the evaluation answers up scores like the untrained
model (0) on every grader. Each case tries one route to the labels; the solution still earns its
points (tests/test_graders.py) on the same disguised data."""
from __future__ import annotations

import textwrap

import numpy as np
import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.evaluation import disguised
from autograder.grading.run import grade_submission
from tests.conftest import HAS_BWRAP

SPEC = load_assignment("a6_cnn")

HEADER = """
import numpy as np


def one_hot(labels, classes):
    return np.eye(classes)[np.asarray(labels, dtype=int)] * 10.0


def nearest(table_x, table_y, X_test, classes):
    # the label of the closest image in the table (exact copies give distance 0)
    flat = np.asarray(table_x, dtype=np.float64).reshape(len(table_x), -1)
    queries = np.asarray(X_test, dtype=np.float64).reshape(len(X_test), -1)
    d = ((queries[:, None, :] - flat[None, :, :]) ** 2).sum(axis=2)
    best = d.argmin(axis=1)
    exact = d[np.arange(len(queries)), best] < 1e-9
    print("exact matches:", int(exact.sum()), "of", len(queries))
    return np.where(exact[:, None], one_hot(np.asarray(table_y)[best], classes), 0.0)
"""

ROUTES = {
    # scikit-learn's bundled copy of the digits, through its loader
    "sklearn_loader": """
        def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
            classes = int(y_train.max()) + 1
            try:
                from sklearn.datasets import load_digits
                data = load_digits()
            except Exception as e:
                print("loader:", type(e).__name__, e)
                return np.zeros((len(X_test), classes))
            return nearest(data.images[:, None] / 16.0, data.target, X_test, classes)
        """,
    # the same file read by path, past any import hook
    "bundled_file": """
        def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
            import gzip, os, sysconfig
            classes = int(y_train.max()) + 1
            for root in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
                path = os.path.join(root, "sklearn", "datasets", "data", "digits.csv.gz")
                try:
                    rows = np.loadtxt(gzip.open(path), delimiter=",")
                except OSError as e:
                    print("file:", type(e).__name__)
                    continue
                return nearest(rows[:, :-1].reshape(-1, 1, 8, 8) / 16.0, rows[:, -1], X_test, classes)
            return np.zeros((len(X_test), classes))
        """,
    # the public generator of the shapes set, run again over the seeds a grader would use
    "regenerate_shapes": """
        def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
            classes = int(y_train.max()) + 1
            try:
                from reference.cnn import make_shapes, split
            except ImportError as e:
                print("reference:", e)
                return np.zeros((len(X_test), classes))
            for s in list(range(64)):
                X, y = make_shapes(1200, seed=s)
                logits = nearest(X, y, X_test, classes)
                if logits.any():
                    return logits
            return np.zeros((len(X_test), classes))
        """,
    # the grader's own files: the reference, the solutions, a data folder
    "grader_files": """
        def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
            import os, sys
            wanted = ("cnn.py", "test_cnn.py", "mistakes.py", ".autograder-secret", "gradebook.sqlite")
            found = []
            for top, dirs, files in os.walk("/"):
                if top.startswith((sys.prefix, sys.base_prefix, "/proc", "/sys", "/dev", "/usr", "/submission")):
                    dirs[:] = []
                    continue
                found += [os.path.join(top, f) for f in files if f in wanted or f.endswith((".png", ".npy"))]
            print("grader files seen:", found[:3])
            return np.zeros((len(X_test), int(y_train.max()) + 1))
        """,
}


def submission(route: str) -> str:
    return HEADER + textwrap.dedent(ROUTES[route])


@pytest.mark.skipif(not HAS_BWRAP, reason="without bubblewrap the child sees the grader's files (documented)")
@pytest.mark.parametrize("route", sorted(ROUTES))
def test_a_lookup_scores_like_the_untrained_model(route, tmp_path):
    (tmp_path / "cnn.py").write_text(submission(route))
    result = grade_submission(SPEC, tmp_path / "cnn.py", student="mallory", select="digits or shapes")
    assert [t.id for t in result.tests] == ["test_digits", "test_generated_shapes"]
    for t in result.tests:
        assert t.points_earned == 0, (route, t.id, t.message, t.output_excerpt)
    printed = "\n".join(t.output_excerpt for t in result.tests)
    if route == "sklearn_loader":
        assert "sklearn.datasets may not be used in this assignment" in printed
    if route == "bundled_file":
        assert "FileNotFoundError" in printed
    if route == "grader_files":
        assert "grader files seen: []" in printed


def test_disguised_images_match_no_public_copy_yet_keep_their_look():
    """No disguised image equals its original; each stays far closer to it than to any other image."""
    from reference.cnn import load_digits
    _, _, X, _ = load_digits(seed=0)
    rng = np.random.default_rng(1)
    D = disguised(X, rng)
    assert D.shape == X.shape and D.dtype == X.dtype
    assert not (np.abs(D - X).reshape(len(X), -1).max(axis=1) < 1e-3).any()
    per_image = np.sqrt(((D - X) ** 2).reshape(len(X), -1).mean(axis=1))
    assert per_image.max() < 0.2, "the disguise must not change what the image shows"
    assert not np.array_equal(disguised(X, np.random.default_rng(1)), disguised(X, np.random.default_rng(2)))


def test_each_submission_meets_new_evaluation_data_and_a_regrade_the_same(tmp_path):
    """eval_rng depends on the student and the submission's file: a resubmission cannot learn from an earlier
    score which answers were right; a regrade of the same file gets the same score."""
    probe = HEADER + textwrap.dedent("""
        def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
            print("first pixels:", np.round(np.asarray(X_test).ravel()[:4], 6).tolist())
            return np.zeros((len(X_test), int(y_train.max()) + 1))
        """)
    seen = []
    for version in ("", "\n# resubmitted\n", ""):
        (tmp_path / "cnn.py").write_text(probe + version)
        result = grade_submission(SPEC, tmp_path / "cnn.py", student="mallory", select="digits")
        seen.append(result.tests[0].output_excerpt)
    assert seen[0] == seen[2] and seen[0] != seen[1]
    other = grade_submission(SPEC, tmp_path / "cnn.py", student="trudy", select="digits")
    assert other.tests[0].output_excerpt != seen[2]


def test_on_a_students_own_disguised_data_the_solution_earns_full_marks_and_untrained_is_named(tmp_path):
    from autograder.course.mistakes import load_catalog, mutant_source
    solution = grade_submission(SPEC, SPEC.solution_file, student="mallory", select="digits or shapes")
    # Training stops at its time budget: on a loaded machine the solution trains fewer epochs and can
    # land a hair under a full-points threshold (0.837 for shapes' old 0.84 seen), which is not what this tests.
    assert solution.max_score == 20 and solution.score >= 19, [t.message for t in solution.tests]
    # the 200 training images asked for after the test images are scored apart: the solution predicts them at
    # least as well as new ones, far above chance (not a fixed bar: fewer epochs under load lower both; CI once saw
    # shapes' seen accuracy under 0.9)
    scored = [c for t in solution.tests for c in t.comparisons if c.kind == "score"]
    assert len(scored) == 2 and all(c.seen_count == 200 and c.seen_accuracy >= max(0.7, c.accuracy - 0.05)
                                    for c in scored), [(c.name, c.accuracy, c.seen_accuracy) for c in scored]
    untrained = next(m for m in load_catalog(SPEC.mistakes_file) if m.id == "untrained_model")
    (tmp_path / "cnn.py").write_text(mutant_source(SPEC.solution_file.read_text(), untrained))
    result = grade_submission(SPEC, tmp_path / "cnn.py", student="mallory", select="digits or shapes")
    assert result.score == 0
    assert all("untrained_model" in {m.id for m in t.mistakes} for t in result.tests), [t.mistakes for t in result.tests]
