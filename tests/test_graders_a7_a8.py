"""a7 and a8 specifics: correct alternative formulations earn full marks and student-written mistakes are
named (the sample submissions in solutions/<id>/samples/); a8's statistical checks do not flake whatever
random stream a correct submission draws from, and always catch the distribution mistakes; the training
run's thresholds hold over many evaluation draws; the evaluation data cannot be looked up."""
from __future__ import annotations

import importlib.util
import math

import numpy as np
import pytest
from scipy import stats

from autograder.course.assignment import load_assignment
from autograder.course.mistakes import load_catalog, mutant_module
from autograder.grading import checks
from autograder.grading.run import grade_submission
from autograder.grading.student import LocalStudent
from tests.conftest import REPO

A7, A8 = load_assignment("a7_architectures"), load_assignment("a8_pipeline")
SPECS = {"a7_architectures": A7, "a8_pipeline": A8}

# (assignment, sample) -> (full marks, the catalogued mistakes it must be named with)
SAMPLES = {
    ("a7_architectures", "alternative"): (True, set()),
    ("a7_architectures", "shortcut_and_abs_forgotten"): (False, {"shortcut_gradient_forgotten",
                                                                 "saliency_without_abs"}),
    ("a8_pipeline", "alternative"): (True, set()),
    ("a8_pipeline", "crop_unpadded_test_statistics"): (False, {"crop_without_padding",
                                                                "normalize_with_test_statistics"}),
}


@pytest.mark.parametrize("assignment,sample", list(SAMPLES), ids=[f"{a}-{n}" for a, n in SAMPLES])
def test_samples_grade_to_their_expected_outcomes(assignment, sample, tmp_path):
    spec = SPECS[assignment]
    path = tmp_path / spec.module
    path.write_text((spec.root / "samples" / f"{sample}.py").read_text())
    result = grade_submission(spec, path, student=sample)
    full, mistakes = SAMPLES[(assignment, sample)]
    failing = [(t.id, t.message) for t in result.tests if t.status != "passed"]
    assert result.load_error is None
    assert (result.score == result.max_score) == full, failing
    assert {m.id for t in result.tests for m in t.mistakes} == mistakes, failing


def test_every_sample_is_listed():
    for assignment, spec in SPECS.items():
        assert {p.stem for p in (spec.root / "samples").glob("*.py")} == {n for a, n in SAMPLES if a == assignment}


# ------------------------------------------------------------------ a8's statistical checks
def load_grader(spec, name):
    module_spec = importlib.util.spec_from_file_location(f"_grader_{name}", spec.tests_dir / f"test_{name}.py")
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def load_module(path, name):
    module_spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def run_checks(check, *args) -> list:
    """The comparisons one of the grader's check functions records (in-process, the module as `student`)."""
    ctx = checks.TestContext()
    token = checks.activate(ctx)
    module, *rest = args
    try:
        check(LocalStudent(module), *rest)  # the grader's student fixture: keep() and fetch() too
    finally:
        checks.deactivate(token)
    return ctx.comparisons


GRADER = load_grader(A8, "pipeline")
SOLUTION = load_module(A8.solution_file, "_a8_solution")
ALTERNATIVE = load_module(A8.root / "samples" / "alternative.py", "_a8_alternative")
CATALOG = {m.id: m for m in load_catalog(A8.mistakes_file)}
DISTRIBUTION_MISTAKES = {
    "crop": ["crop_without_padding", "crop_offset_off_by_one", "crop_same_offset_for_batch"],
    "flip": ["flip_vertical", "flip_whole_batch", "flip_probability_inverted"],
    "draws": ["uniform_not_log", "exponent_not_logged"],
}


def statistical_checks(module, rng, kinds=("crop", "flip", "draws")) -> dict[str, bool]:
    """Whether each statistical grader passes module on fresh inputs (the public and hidden sizes)."""
    graders = {
        "crop": lambda: run_checks(GRADER.check_random_crop, module, rng.uniform(0.5, 1.5, (800, 2, 12, 12)), 10, 2)
        + run_checks(GRADER.check_random_crop, module, rng.uniform(0.5, 1.5, (1000, 3, 10, 10)), 8, 3),
        "flip": lambda: run_checks(GRADER.check_random_flip, module, rng.normal(size=(1000, 1, 3, 5)), 0.3)
        + run_checks(GRADER.check_random_flip, module, rng.normal(size=(800, 3, 4, 6)), 0.8),
        "draws": lambda: run_checks(GRADER.check_log_uniform, module, 1e-4, 1e-1, 6000),
    }
    return {k: all(c.passed for c in graders[k]()) for k in kinds}


def test_statistical_checks_pass_correct_streams_and_catch_mistakes_over_many_seeds(monkeypatch):
    """12 seed triples: the solution and the alternative (other random streams) always pass; each
    distribution mistake is always caught. (How rarely a correct stream fails: the next test.)"""
    wrong = {kind: [mutant_module(A8.solution_file, CATALOG[m]) for m in ids] for kind, ids in DISTRIBUTION_MISTAKES.items()}
    rng = np.random.default_rng(2026)
    for _ in range(12):
        a, b, c = (int(s) for s in rng.integers(0, 2**31, size=3))
        monkeypatch.setattr(GRADER, "CROP_SEEDS", (a, a + 1))
        monkeypatch.setattr(GRADER, "FLIP_SEEDS", (b, b + 1))
        monkeypatch.setattr(GRADER, "DRAW_SEEDS", (c, c + 1))
        for module in (SOLUTION, ALTERNATIVE):
            assert all(statistical_checks(module, rng).values()), (a, b, c)
        for kind, modules in wrong.items():
            for module in modules:
                assert not statistical_checks(module, rng, (kind,))[kind], (kind, a, b, c)


def test_false_fail_probabilities_of_the_bounds_are_below_1e_9():
    """Exact binomial tails of each statistical bound for a correct implementation, with a union bound
    over the values and axes a check looks at."""
    for n, values in ((800, 7), (1000, 9)):  # crops: public (12 + 4 - 10 = 6) and hidden (10 + 6 - 8 = 8)
        threshold = math.ceil(GRADER.RARE * n / values)
        assert 2 * values * stats.binom.cdf(threshold - 1, n, 1 / values) < 1e-9
        assert 2 * stats.binom.sf(n // 2 - 1, n, 1 / values) < 1e-9  # rows equal to columns in half the images
    for n, p in ((1000, 0.3), (800, 0.8)):  # flip rate within 6 binomial standard deviations
        bound = 6 * math.sqrt(p * (1 - p) / n)
        tails = stats.binom.cdf(math.ceil(n * (p - bound)) - 1, n, p) + stats.binom.sf(math.floor(n * (p + bound)), n, p)
        assert tails < 1e-8
        # the number flipped the same for the first seed and every one of COUNT_SEEDS
        pmf = stats.binom.pmf(np.arange(n + 1), n, p)
        assert float(np.sum(pmf ** (1 + len(GRADER.COUNT_SEEDS)))) < 1e-7
    n, decades = 6000, 3  # log-uniform shares of each decade within DECADE_BOUND
    share = 1 / decades
    low, high = math.ceil(n * (share - GRADER.DECADE_BOUND)) - 1, math.floor(n * (share + GRADER.DECADE_BOUND))
    assert decades * (stats.binom.cdf(low, n, share) + stats.binom.sf(high, n, share)) < 1e-7


# ------------------------------------------------------------------ a8's training run
def training_outcome(module, eval_seed, test_classes, digits_seed, low, high) -> tuple[float, bool]:
    """(credit of the accuracy check, whether the gain check passed) of check_training on one evaluation draw."""
    import reference.pipeline as oracle

    comparisons = run_checks(GRADER.check_training, module, oracle.load_digits(seed=digits_seed),
                             np.random.default_rng(eval_seed), test_classes, 3, low, high)
    accuracy, gain = comparisons
    return accuracy.credit, gain.passed


def test_training_thresholds_hold_over_many_evaluation_draws():
    """The solution and the alternative earn full credit on both training graders for 12 evaluation draws;
    a submission that standardizes the test split with its own statistics loses points on the 2-class
    test split every time, and one that leaves the test split unnormalized earns no accuracy credit."""
    test_statistics = mutant_module(A8.solution_file, CATALOG["normalize_with_test_statistics"])
    unnormalized_test = mutant_module(A8.solution_file, CATALOG["test_split_not_normalized"])
    for eval_seed in range(12):
        for module in (SOLUTION, ALTERNATIVE):
            assert training_outcome(module, eval_seed, 4, 0, 0.70, 0.85) == (1.0, True), eval_seed
            assert training_outcome(module, eval_seed, 2, 1, 0.60, 0.85) == (1.0, True), eval_seed
        assert training_outcome(test_statistics, eval_seed, 2, 1, 0.60, 0.85)[0] < 1.0, eval_seed
        assert training_outcome(unnormalized_test, eval_seed, 4, 0, 0.70, 0.85)[0] == 0.0, eval_seed


LOOKUP = '''
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    # no training: the labels of the closest scikit-learn digit, if the data set can be read
    try:
        from sklearn.datasets import load_digits
        data = load_digits()
    except Exception as e:
        print("loader:", type(e).__name__)
        return np.zeros((len(X_test), 10))
    table = data.images.reshape(len(data.images), -1) / 16.0
    queries = X_test.reshape(len(X_test), -1)
    best = ((queries[:, None, :] - table[None]) ** 2).sum(axis=2).argmin(axis=1)
    return np.eye(10)[data.target[best]] * 10.0
'''


def test_the_digits_cannot_be_looked_up(tmp_path):
    """scikit-learn's bundled digits are hidden from the sandbox: a submission that tries to read them
    instead of training scores nothing on the training graders."""
    source = A8.solution_file.read_text().split("\ndef train_and_predict(")[0] + LOOKUP
    (tmp_path / A8.module).write_text(source)
    result = grade_submission(A8, tmp_path / A8.module, select="training_effect or training_two")
    assert [t.points_earned for t in result.tests] == [0.0, 0.0]
    assert all("loader:" in t.output_excerpt for t in result.tests if not t.hidden)


def test_the_readme_lists_both_assignments():
    readme = (REPO / "README.md").read_text()
    assert "`a7_architectures`" in readme and "`a8_pipeline`" in readme


def test_a_relative_min_delta_loses_points(tmp_path):
    """min_delta taken as a fraction of the best loss (`loss < best * (1 - min_delta)`) where the module asks for a
    loss difference: on losses near 1 both stop alike, so it kept full marks (hold-out 11's writer); losses near 10
    that improve by 0.1 an epoch tell them apart."""
    relative = A8.solution_file.read_text() + '''

def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best * (1 - min_delta):
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
'''
    path = tmp_path / A8.module
    path.write_text(relative)
    result = grade_submission(A8, path)
    lost = {t.id: t.points_possible - t.points_earned for t in result.tests if t.points_earned < t.points_possible}
    assert lost == {"test_early_stopping_min_delta": 1.5}, lost
    test = next(t for t in result.tests if t.id == "test_early_stopping_min_delta")
    assert "(losses near 10)" in test.message


def test_the_mirror_check_says_what_the_images_that_fit_neither_are():
    """Images not chosen multiplied away (coin * x[..., ::-1]) come back all zeros: the check says how many fit
    neither rule and what the first is (it gave the rule alone: hold-out 13); a vertical flip is said as one."""
    x = np.random.default_rng(0).normal(size=(6, 1, 3, 4))
    coin = np.array([1, 0, 1, 0, 0, 1])[:, None, None, None]
    assert GRADER.unfit_images(coin * x[..., ::-1], x, coin[:, 0, 0, 0] == 1) == \
        "3 of 6 images are neither; image 1 of yours is all zeros"
    upside_down = x[:, :, ::-1]
    assert "image 0 of yours is its input upside down" in GRADER.unfit_images(upside_down, x, np.zeros(6, bool))
    shuffled = x[[1, 0, 2, 3, 4, 5]]
    fit = np.array([False, False, True, True, True, True])
    assert GRADER.unfit_images(shuffled, x, fit) == "2 of 6 images are neither; image 0 of yours is input image 1 " \
        "(or its mirror)"


def test_the_mirror_check_names_a_coin_drawn_for_every_pixel():
    """Each pixel its input's or its mirror's, chosen pixel by pixel (a coin of x's shape): hold-out 16's check
    said only how many images fit neither rule."""
    x = np.random.default_rng(0).normal(size=(6, 1, 3, 4))
    coins = np.random.default_rng(1).random(x.shape) < 0.5
    said = GRADER.unfit_images(np.where(coins, x[..., ::-1], x), x, np.zeros(6, bool))
    assert "image 0 of yours is a mix of its input and its mirror, chosen entry by entry" in said, said


def test_the_mirror_check_names_a_flip_along_the_channels():
    """A flip made along axis 1 reverses the channels of colour images (hold-out 14: the check said which images
    fit neither rule, not what they were)."""
    x = np.random.default_rng(1).normal(size=(4, 3, 2, 5))
    out = x.copy()
    out[1] = x[1, ::-1]
    fit = np.array([True, False, True, True])
    assert "image 1 of yours is its input with its channels in reverse order" in GRADER.unfit_images(out, x, fit)


# A right normalize_splits that sums each column's mean in its own order (a loop over the columns).
NORMALIZE_PER_COLUMN = '''
import numpy as np


def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    tr = X_train.reshape(len(X_train), -1)
    te = X_test.reshape(len(X_test), -1)
    mean = np.array([tr[:, j].mean() for j in range(tr.shape[1])])
    std = np.array([tr[:, j].std() for j in range(tr.shape[1])]) + eps
    if mode == "mean_image":
        std = np.ones_like(mean)
    return ((tr - mean) / std).reshape(X_train.shape), ((te - mean) / std).reshape(X_test.shape)
'''


def test_a_constant_feature_is_zero_whatever_order_its_mean_is_summed_in(tmp_path):
    """The hidden test's constant feature is exactly representable in every sum: the rounding error of a mean
    summed in another order, divided by eps = 1e-8, failed right code (1.1e-6 where the reference had 2.5e-6)."""
    import reference.pipeline as oracle

    path = tmp_path / "per_column.py"
    path.write_text(NORMALIZE_PER_COLUMN)
    module = load_module(path, "_a8_per_column")
    for seed in range(20):
        comparisons = run_checks(GRADER.test_normalize_far_test_split, module, oracle,
                                 np.random.default_rng(seed))
        assert comparisons and all(c.passed for c in comparisons), (seed, [c.message for c in comparisons])
