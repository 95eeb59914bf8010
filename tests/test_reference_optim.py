"""reference.optim against torch.optim and torch.optim.lr_scheduler over multi-step trajectories."""
import math

import numpy as np
import pytest
import torch

from reference import optim as ref

STEPS = 25


def quadratic(rng, d=6):
    """A convex quadratic 0.5 w^T A w - b^T w with gradient A w - b (state bugs change the path)."""
    M = rng.normal(size=(d, d))
    return M @ M.T / d + 0.5 * np.eye(d), rng.normal(size=d)


def reference_path(rule, config, A, b, w0, steps=STEPS):
    w, path = w0.copy(), []
    for _ in range(steps):
        w, config = rule(w, A @ w - b, config)
        path.append(w.copy())
    return np.array(path)


def torch_path(make_opt, A, b, w0, steps=STEPS):
    w = torch.tensor(w0, dtype=torch.float64, requires_grad=True)
    opt = make_opt([w])
    At, bt = torch.tensor(A), torch.tensor(b)
    path = []
    for _ in range(steps):
        opt.zero_grad()
        (0.5 * w @ At @ w - bt @ w).backward()
        opt.step()
        path.append(w.detach().numpy().copy())
    return np.array(path)


CASES = {
    "sgd": (ref.sgd, {"learning_rate": 0.1}, lambda p: torch.optim.SGD(p, lr=0.1)),
    "sgd_weight_decay": (ref.sgd, {"learning_rate": 0.1, "weight_decay": 0.05},
                         lambda p: torch.optim.SGD(p, lr=0.1, weight_decay=0.05)),
    "momentum": (ref.sgd_momentum, {"learning_rate": 0.05, "momentum": 0.9},
                 lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9)),
    "nesterov": (ref.nesterov_momentum, {"learning_rate": 0.05, "momentum": 0.9},
                 lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9, nesterov=True)),
    "adagrad": (ref.adagrad, {"learning_rate": 0.3}, lambda p: torch.optim.Adagrad(p, lr=0.3)),
    "rmsprop": (ref.rmsprop, {"learning_rate": 0.01, "decay_rate": 0.9},
                lambda p: torch.optim.RMSprop(p, lr=0.01, alpha=0.9, eps=1e-8)),
    "adadelta": (ref.adadelta, {"learning_rate": 1.0, "rho": 0.9},
                 lambda p: torch.optim.Adadelta(p, lr=1.0, rho=0.9, eps=1e-6)),
    "adam": (ref.adam, {"learning_rate": 0.05}, lambda p: torch.optim.Adam(p, lr=0.05)),
    "adam_weight_decay": (ref.adam, {"learning_rate": 0.05, "weight_decay": 0.1},
                          lambda p: torch.optim.Adam(p, lr=0.05, weight_decay=0.1)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_update_rule_trajectory_matches_torch(case):
    rng = np.random.default_rng(7)
    A, b = quadratic(rng)
    w0 = rng.normal(size=A.shape[0])
    rule, config, make_opt = CASES[case]
    ours = reference_path(rule, dict(config), A, b, w0)
    theirs = torch_path(make_opt, A, b, w0)
    np.testing.assert_allclose(ours, theirs, rtol=1e-10, atol=1e-12)


def test_rules_do_not_mutate_inputs():
    w, dw = np.ones(3), np.ones(3)
    config = {"learning_rate": 0.1}
    ref.adam(w, dw, config)
    assert np.array_equal(w, np.ones(3)) and config == {"learning_rate": 0.1}


def test_momentum_state_mapping_to_torch_buffer():
    """Documented mapping: our velocity is -lr times torch's momentum buffer."""
    rng = np.random.default_rng(1)
    A, b = quadratic(rng, 4)
    w0 = rng.normal(size=4)
    config = {"learning_rate": 0.05, "momentum": 0.9}
    w = w0.copy()
    tw = torch.tensor(w0, requires_grad=True)
    opt = torch.optim.SGD([tw], lr=0.05, momentum=0.9)
    for _ in range(5):
        w, config = ref.sgd_momentum(w, A @ w - b, config)
        opt.zero_grad()
        (0.5 * tw @ torch.tensor(A) @ tw - torch.tensor(b) @ tw).backward()
        opt.step()
    np.testing.assert_allclose(config["velocity"], -0.05 * opt.state[tw]["momentum_buffer"].numpy(), rtol=1e-10)


def _torch_lrs(make_sched, steps):
    p = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([p], lr=0.5)
    sched = make_sched(opt)
    lrs = []
    for _ in range(steps):
        lrs.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    return np.array(lrs)


@pytest.mark.parametrize("name", ["step", "exponential", "cosine"])
def test_schedules_match_torch(name):
    steps = 40
    if name == "step":
        ours = [ref.step_lr(0.5, s, step_size=7, gamma=0.3) for s in range(steps)]
        theirs = _torch_lrs(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=7, gamma=0.3), steps)
    elif name == "exponential":
        ours = [ref.exponential_lr(0.5, s, gamma=0.93) for s in range(steps)]
        theirs = _torch_lrs(lambda o: torch.optim.lr_scheduler.ExponentialLR(o, gamma=0.93), steps)
    else:
        ours = [ref.cosine_lr(0.5, s, total_steps=30, min_lr=0.01) for s in range(steps)]
        theirs = _torch_lrs(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=30, eta_min=0.01), steps)
        ours, theirs = ours[:31], theirs[:31]  # past T_max torch's recursive form keeps cycling
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)


def test_newton_step_solves_a_quadratic_in_one_step():
    rng = np.random.default_rng(3)
    A, b = quadratic(rng, 5)
    w = ref.newton_step(rng.normal(size=5), A @ rng.normal(size=5) - b, A)
    w_star = torch.linalg.solve(torch.tensor(A), torch.tensor(b)).numpy()
    grad_at = A @ w - b
    w1 = ref.newton_step(w, grad_at, A)
    np.testing.assert_allclose(w1, w_star, rtol=1e-10)


def test_linear_regression_gradient_matches_autograd():
    rng = np.random.default_rng(4)
    X, y, w = rng.normal(size=(12, 3)), rng.normal(size=12), rng.normal(size=3)
    tw = torch.tensor(w, requires_grad=True)
    ((torch.tensor(X) @ tw - torch.tensor(y)) ** 2).mean().backward()
    np.testing.assert_allclose(ref.linear_regression_gradient(w, X, y), tw.grad.numpy(), rtol=1e-12)


def test_gradient_descent_matches_torch_sgd_full_batch():
    rng = np.random.default_rng(5)
    X, y, w0 = rng.normal(size=(20, 3)), rng.normal(size=20), rng.normal(size=3)
    ours = ref.gradient_descent(X, y, w0, 0.1, 15)
    tw = torch.tensor(w0, requires_grad=True)
    opt = torch.optim.SGD([tw], lr=0.1)
    theirs = []
    for _ in range(15):
        opt.zero_grad()
        ((torch.tensor(X) @ tw - torch.tensor(y)) ** 2).mean().backward()
        opt.step()
        theirs.append(tw.detach().numpy().copy())
    np.testing.assert_allclose(ours, theirs, rtol=1e-10)


def test_minibatch_sgd_matches_torch_on_the_same_batches():
    rng = np.random.default_rng(6)
    X, y, w0 = rng.normal(size=(10, 3)), rng.normal(size=10), rng.normal(size=3)
    ours = ref.minibatch_sgd(X, y, w0, 0.05, batch_size=4, epochs=3, seed=11)
    assert ours.shape == (9, 3)  # 3 batches (4, 4, 2) per epoch
    order_rng = np.random.default_rng(11)
    tw = torch.tensor(w0, requires_grad=True)
    opt = torch.optim.SGD([tw], lr=0.05)
    theirs = []
    for _ in range(3):
        order = order_rng.permutation(10)
        for start in range(0, 10, 4):
            idx = order[start:start + 4]
            opt.zero_grad()
            ((torch.tensor(X[idx]) @ tw - torch.tensor(y[idx])) ** 2).mean().backward()
            opt.step()
            theirs.append(tw.detach().numpy().copy())
    np.testing.assert_allclose(ours, theirs, rtol=1e-10)


def test_gradient_noise_is_annealed():
    assert ref.gradient_noise_std(0, eta=0.3) == pytest.approx(math.sqrt(0.3))
    assert ref.gradient_noise_std(99, eta=1.0, gamma=0.55) == pytest.approx(100 ** -0.275)
    stds = [ref.gradient_noise_std(t) for t in range(50)]
    assert all(a > b for a, b in zip(stds, stds[1:]))
