"""Graders of a2 (gradient descent variants). Fixtures: student (remote), oracle (reference.optim), rng.

Update rules are graded on multi-step weight trajectories on a quadratic whose gradient
depends on the current weights, so that state kept (or lost) between calls shows.
Any internal convention with the same weights (e.g. torch-style momentum) passes. A test that
grades several functions scores each in a part of its own: a missing or raising one costs only its
share. Expected values come first, before the student's calls (see autograder.testing.part).
"""
import numpy as np

from autograder.testing import (
    Tolerance,
    expect_arguments_kept,
    expect_close,
    expect_trajectory,
    graded,
    part,
    returns_like,
)

STEPS = 12
RULES = ("sgd", "sgd_momentum", "nesterov_momentum", "adagrad", "rmsprop", "adadelta", "adam")
PATH_TOLERANCE = Tolerance(rtol=1e-9, atol=1e-12)


def quadratic(rng, d=5):
    """0.5 w^T A w - b^T w: returns (A, b); its gradient at w is A w - b."""
    M = rng.normal(size=(d, d))
    return M @ M.T / d + 0.5 * np.eye(d), rng.normal(size=d)


def trajectory(rule, config, A, b, w0, steps=STEPS):
    """Weights after each of `steps` calls of rule, feeding back the returned config."""
    w, path = w0, []
    for _ in range(steps):
        w, config = rule(w, A @ w - b, config)
        path.append(w)
    return path


def check_rule(student, oracle, rng, name, config, steps=STEPS):
    """The student's rule against the reference's along `steps` updates from the same start."""
    A, b = quadratic(rng)
    w0 = rng.normal(size=A.shape[0])
    expected = np.array(trajectory(getattr(oracle, name), dict(config), A, b, w0, steps))
    got = trajectory(getattr(student, name), dict(config), A, b, w0, steps)
    expect_trajectory(f"w ({name})", got, expected, PATH_TOLERANCE)


def check_schedule(student, oracle, name, steps, **kwargs):
    got = [getattr(student, name)(step=s, **kwargs) for s in range(steps)]
    expected = np.array([getattr(oracle, name)(step=s, **kwargs) for s in range(steps)])
    expect_trajectory("lr", got, expected, Tolerance(rtol=1e-10, atol=1e-14))


@graded(points=3)
def test_sgd(student, oracle, rng):
    """sgd over 12 steps."""
    check_rule(student, oracle, rng, "sgd", {"learning_rate": 0.1})


@graded(points=5)
def test_sgd_momentum(student, oracle, rng):
    """sgd_momentum over 12 steps: the velocity must persist in config."""
    check_rule(student, oracle, rng, "sgd_momentum", {"learning_rate": 0.05, "momentum": 0.9})


@graded(points=5)
def test_nesterov_momentum(student, oracle, rng):
    """nesterov_momentum over 12 steps."""
    check_rule(student, oracle, rng, "nesterov_momentum", {"learning_rate": 0.05, "momentum": 0.9})


@graded(points=4)
def test_adagrad(student, oracle, rng):
    """adagrad over 12 steps."""
    check_rule(student, oracle, rng, "adagrad", {"learning_rate": 0.3})


@graded(points=4)
def test_rmsprop(student, oracle, rng):
    """rmsprop over 12 steps with decay_rate 0.9."""
    check_rule(student, oracle, rng, "rmsprop", {"learning_rate": 0.01, "decay_rate": 0.9})


@graded(points=4)
def test_adadelta(student, oracle, rng):
    """adadelta over 12 steps with learning_rate 0.5."""
    check_rule(student, oracle, rng, "adadelta", {"learning_rate": 0.5, "rho": 0.9})


@graded(points=6)
def test_adam(student, oracle, rng):
    """adam over 12 steps: bias correction and moments kept in config."""
    check_rule(student, oracle, rng, "adam", {"learning_rate": 0.05})


@graded(points=3, partial=True)
def test_weight_decay(student, oracle, rng):
    """weight_decay in sgd_momentum and adam."""
    for name, config in (("sgd_momentum", {"learning_rate": 0.05, "momentum": 0.8, "weight_decay": 0.1}),
                         ("adam", {"learning_rate": 0.05, "weight_decay": 0.1})):
        with part(name):  # check_rule draws the inputs and asks the oracle before calling the student
            check_rule(student, oracle, rng, name, config)


@graded(points=2)
def test_step_lr(student, oracle):
    """step_lr over 30 steps (step_size 7, gamma 0.5)."""
    check_schedule(student, oracle, "step_lr", 30, base_lr=0.1, step_size=7, gamma=0.5)


@graded(points=2)
def test_exponential_lr(student, oracle):
    """exponential_lr over 30 steps."""
    check_schedule(student, oracle, "exponential_lr", 30, base_lr=0.1, gamma=0.9)


@graded(points=2)
def test_cosine_lr(student, oracle):
    """cosine_lr over 21 steps from 0.1 to 0.001."""
    check_schedule(student, oracle, "cosine_lr", 21, base_lr=0.1, total_steps=20, min_lr=0.001)


@graded(points=3)
def test_newton_step(student, oracle, rng):
    """newton_step on a quadratic lands on the minimum."""
    A, b = quadratic(rng)
    w = rng.normal(size=A.shape[0])
    expect_close("next_w", student.newton_step(w, A @ w - b, A), oracle.newton_step(w, A @ w - b, A),
                 Tolerance(rtol=1e-9, atol=1e-12))


@graded(points=3, partial=True)
def test_gradient_descent(student, oracle, rng):
    """linear_regression_gradient and 10 steps of full-batch gradient descent."""
    X, y, w0 = rng.normal(size=(15, 3)), rng.normal(size=15), rng.normal(size=3)
    gradient, path = oracle.linear_regression_gradient(w0, X, y), oracle.gradient_descent(X, y, w0, 0.1, 10)
    with part("linear_regression_gradient"):
        expect_close("gradient", student.linear_regression_gradient(w0, X, y), gradient)
    with part("gradient_descent"):
        expect_close("path", student.gradient_descent(X, y, w0, 0.1, 10), path, PATH_TOLERANCE)


@graded(points=4)
def test_minibatch_sgd(student, oracle, rng):
    """minibatch_sgd: 2 epochs of batches of 4 over 12 rows, shuffled with the given seed."""
    X, y, w0 = rng.normal(size=(12, 3)), rng.normal(size=12), rng.normal(size=3)
    expect_close("path", student.minibatch_sgd(X, y, w0, 0.05, 4, 2, 7), oracle.minibatch_sgd(X, y, w0, 0.05, 4, 2, 7),
                 PATH_TOLERANCE)


@graded(points=2)
def test_gradient_noise_std(student, oracle):
    """gradient_noise_std at steps 0..50 for eta 0.3."""
    check_schedule(student, oracle, "gradient_noise_std", 51, eta=0.3, gamma=0.55)


### BEGIN HIDDEN TESTS
@graded(points=4, hidden=True, partial=True)
def test_rules_start_from_default_config(student, oracle, rng):
    """Every update rule called with config=None uses the defaults of its docstring."""
    A, b = quadratic(rng)
    w0 = rng.normal(size=A.shape[0])
    for name in RULES:
        expected = np.array(trajectory(getattr(oracle, name), None, A, b, w0, 6))
        with part(name):
            expect_trajectory(f"w ({name})", trajectory(getattr(student, name), None, A, b, w0, 6), expected,
                              PATH_TOLERANCE)


@graded(points=4, hidden=True)
def test_adam_long_run_other_betas(student, oracle, rng):
    """adam over 40 steps with beta1 0.8, beta2 0.99."""
    check_rule(student, oracle, rng, "adam", {"learning_rate": 0.02, "beta1": 0.8, "beta2": 0.99}, steps=40)


@graded(points=3, hidden=True, partial=True)
def test_rules_on_matrices(student, oracle, rng):
    """rmsprop and nesterov_momentum on a (3, 4) weight matrix."""
    W0, target = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))

    def path(rule, cfg):
        w, out = W0, []
        for _ in range(8):
            w, cfg = rule(w, w - target, cfg)
            out.append(w)
        return out

    for name, config in (("rmsprop", {"learning_rate": 0.02}), ("nesterov_momentum", {"learning_rate": 0.1})):
        expected = np.array(path(getattr(oracle, name), dict(config)))
        with part(name):  # a missing nesterov_momentum does not cost a correct rmsprop its share
            expect_trajectory(f"W ({name})", path(getattr(student, name), dict(config)), expected, PATH_TOLERANCE)


@graded(points=2, hidden=True, partial=True)
def test_more_rules_on_matrices(student, oracle, rng):
    """sgd_momentum, adagrad, adadelta and adam on a (3, 4) weight matrix: state of the matrix's shape (a cache made
    for a vector, np.zeros(len(w)), is one entry per row)."""
    W0, target = rng.normal(size=(3, 4)), rng.normal(size=(3, 4))

    def path(rule, cfg):
        w, out = W0, []
        for _ in range(8):
            w, cfg = rule(w, w - target, cfg)
            out.append(w)
        return out

    for name, config in (("sgd_momentum", {"learning_rate": 0.1}), ("adagrad", {"learning_rate": 0.1}),
                         ("adadelta", {}), ("adam", {"learning_rate": 0.02})):
        expected = np.array(path(getattr(oracle, name), dict(config)))
        with part(name):
            expect_trajectory(f"W ({name})", path(getattr(student, name), dict(config)), expected, PATH_TOLERANCE)


@graded(points=1, hidden=True)
def test_adadelta_other_rho(student, oracle, rng):
    """adadelta over 12 steps with rho 0.5 (every other test gives the default, 0.9): the rho asked is used."""
    check_rule(student, oracle, rng, "adadelta", {"learning_rate": 1.0, "rho": 0.5})


@graded(points=2, hidden=True)
def test_minibatch_sgd_uneven_last_batch(student, oracle, rng):
    """minibatch_sgd with 10 rows in batches of 3 (the last batch has one row)."""
    X, y, w0 = rng.normal(size=(10, 2)), rng.normal(size=10), rng.normal(size=2)
    expect_close("path", student.minibatch_sgd(X, y, w0, 0.05, 3, 3, 123), oracle.minibatch_sgd(X, y, w0, 0.05, 3, 3, 123),
                 PATH_TOLERANCE)


@graded(points=2, hidden=True)
def test_cosine_lr_to_zero(student, oracle, rng):
    """cosine_lr with the default min_lr of 0, to the last step."""
    total = int(rng.integers(8, 20))
    check_schedule(student, oracle, "cosine_lr", total + 1, base_lr=float(rng.uniform(0.1, 1.0)), total_steps=total)
@graded(points=3, hidden=True, partial=True)
def test_rules_leave_w_as_given(student, oracle, rng):
    """Every update rule called on weights held in the student's process leaves them as they were: the module
    asks not to modify w in place (the caller's w is a model's parameter, or the last step's weights a
    trajectory keeps). dw may be used up: the module does not ask for it."""
    A, b = quadratic(rng)
    w0 = rng.normal(size=A.shape[0])
    for name in RULES:
        with part(name):
            config = {"learning_rate": 0.1, "weight_decay": 0.01}
            expected = getattr(oracle, name)(w0.copy(), A @ w0 - b, dict(config))[0]
            # (credit only beside weights computed: a rule that does nothing leaves w as given too)
            expect_arguments_kept(student, name, {"w": w0, "dw": A @ w0 - b, "config": config},
                                  computed=returns_like(expected, first=True), kept=("w",))


@graded(points=3, hidden=True, partial=True)
def test_weight_decay_in_every_rule(student, oracle, rng):
    """weight_decay in the rules test_weight_decay leaves out: each rule adds it to the gradient it uses
    (in Adagrad's, RMSProp's and Adadelta's caches too)."""
    for name, config in (("sgd", {"learning_rate": 0.05, "weight_decay": 0.1}),
                         ("nesterov_momentum", {"learning_rate": 0.05, "momentum": 0.8, "weight_decay": 0.1}),
                         ("adagrad", {"learning_rate": 0.1, "weight_decay": 0.1}),
                         ("rmsprop", {"learning_rate": 0.01, "weight_decay": 0.1}),
                         ("adadelta", {"weight_decay": 0.1})):
        with part(name):
            check_rule(student, oracle, rng, name, config)



@graded(points=2, hidden=True, partial=True)
def test_descents_leave_their_arguments_as_given(student, oracle, rng):
    """gradient_descent and minibatch_sgd leave X, y and w0 as given: the caller goes on using its data and its
    starting weights (`w = w0` then `w -= ...` returns the right path and leaves w0 at the last step's weights; a
    shuffle in place reorders the caller's rows)."""
    X, y, w0 = rng.normal(size=(12, 3)), rng.normal(size=12), rng.normal(size=3)
    descent = {"X": X, "y": y, "w0": w0, "learning_rate": 0.1, "steps": 5}
    minibatch = {"X": X, "y": y, "w0": w0, "learning_rate": 0.05, "batch_size": 4, "epochs": 2, "seed": 3}
    # (credit only beside a path computed: code that computes nothing leaves its arguments as given too)
    with part("gradient_descent", checks=3):
        expect_arguments_kept(student, "gradient_descent", descent,
                              computed=returns_like(oracle.gradient_descent(*descent.values())))
    with part("minibatch_sgd", checks=3):
        expect_arguments_kept(student, "minibatch_sgd", minibatch,
                              computed=returns_like(oracle.minibatch_sgd(*minibatch.values())))

@graded(points=1, hidden=True, partial=True)
def test_schedules_with_their_default_settings(student, oracle, rng):
    """step_lr with its default gamma of 0.1 and gradient_noise_std with its default eta and gamma: every other test
    passes them (a default written otherwise passed)."""
    steps = int(rng.integers(12, 30))
    with part("step_lr"):
        check_schedule(student, oracle, "step_lr", steps, base_lr=float(rng.uniform(0.1, 1.0)),
                       step_size=int(rng.integers(3, 6)))
    with part("gradient_noise_std"):
        check_schedule(student, oracle, "gradient_noise_std", steps)


@graded(points=1, hidden=True, partial=True)
def test_schedules_called_out_of_order(student, oracle, rng):
    """Each schedule is a function of its step alone: called for steps in a shuffled order (a training resumed
    from a checkpoint, a plot of every 10th step), each gives that step's rate (a rate kept between calls and
    multiplied each time is right only when called 0, 1, 2, ... in order)."""
    steps = [int(s) for s in rng.permutation(25)]
    schedules = {"step_lr": {"base_lr": 0.1, "step_size": 4, "gamma": 0.5},
                 "exponential_lr": {"base_lr": 0.1, "gamma": 0.9},
                 "cosine_lr": {"base_lr": 0.1, "total_steps": 24, "min_lr": 0.001}}
    for name, kwargs in schedules.items():
        with part(name):
            # called in the shuffled order, compared step by step (the rate of step 0 first)
            called = {s: getattr(student, name)(step=s, **kwargs) for s in steps}
            got = [called[s] for s in range(len(steps))]
            expected = np.array([getattr(oracle, name)(step=s, **kwargs) for s in range(len(steps))])
            expect_trajectory(f"lr, called for steps {steps[:4]}... ({name})", got, expected,
                              Tolerance(rtol=1e-10, atol=1e-14))
### END HIDDEN TESTS
