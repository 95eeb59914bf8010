"""Graders of a5 (normalization, dropout). Fixtures: student (remote), oracle (reference.normalization), rng.

bn_param lives in the student's process (student.keep) so that their in-place updates of the
running averages are what gets graded (student.fetch reads it back). Running averages kept by
another documented convention than the assignment's (CS231n's, Keras's, Chainer's, torch's
momentum) pass, and the check's name says which. Dropout is graded by what every correct
inverted dropout gives, whatever random stream draws its mask.

A test that grades a forward and a backward pass scores each in a part of its own
(autograder.testing.part): one that is missing or raises costs only its own checks. A backward pass
runs on the student's own forward cache, or on the cache the assignment documents (the reference's)
when their forward pass raises or returns no (out, cache) pair. Expected values (oracle calls) come
first, before the student's calls: a student release replays the oracle's answers in order.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from autograder.testing import Tolerance, expect_close, expect_true, graded, or_fallback, part

BACKWARD = Tolerance(rtol=1e-7, atol=1e-10)


def features(rng, n, d):
    """A batch whose last feature has a tiny variance (1e-6), where eps and its placement matter."""
    x = rng.normal(1.5, 2.0, size=(n, d))
    x[:, -1] = 0.3 + 1e-3 * rng.normal(size=n)
    return x


def cache_of(returned):
    """The cache of a forward pass's (out, cache); a value that is no such pair raises here, in the grader,
    so that or_fallback takes it for an unusable return."""
    _, cache = returned
    return cache


def check_backward(student, backward, dout, cache, expected):
    """dx, dgamma and dbeta of student.<backward>(dout, cache) against expected (the reference's, asked first)."""
    dx, dgamma, dbeta = getattr(student, backward)(dout, cache)
    edx, edgamma, edbeta = expected
    expect_close("dx", dx, edx, BACKWARD)
    expect_close("dgamma", dgamma, edgamma)
    expect_close("dbeta", dbeta, edbeta)


def check_bn_backward(student, oracle, rng, backward):
    """student.<backward> on a train step of 6 (one feature with a tiny variance), on the cache of the
    student's batchnorm_forward, or on the documented (x_hat, gamma, inv_std) when that raises."""
    x, gamma, beta = features(rng, 6, 4), rng.normal(size=4), rng.normal(size=4)
    _, ecache = oracle.batchnorm_forward(x, gamma, beta, {"mode": "train"})
    dout = rng.normal(size=(6, 4))
    expected = getattr(oracle, backward)(dout, ecache)
    cache = or_fallback(lambda: cache_of(student.batchnorm_forward(x, gamma, beta, student.keep({"mode": "train"}))),
                        ecache)
    check_backward(student, backward, dout, cache, expected)


def check_norm_layer(student, oracle, name, args, dout):
    """<name>_forward's out, and dx, dgamma, dbeta of <name>_backward on its cache (the documented one, the
    reference's, when the forward pass raises), each scored on its own."""
    eout, ecache = getattr(oracle, f"{name}_forward")(*args)
    expected = getattr(oracle, f"{name}_backward")(dout, ecache)
    cache = ecache
    with part(f"{name}_forward"):
        out, cache = getattr(student, f"{name}_forward")(*args)
        expect_close("out", out, eout)
    with part(f"{name}_backward", checks=3):
        check_backward(student, f"{name}_backward", dout, cache, expected)


# ------------------------------------------------------------------ running averages: accepted conventions
@dataclass(frozen=True)
class Convention:
    """A documented way of keeping batch norm's running averages (the label names it in a passing check)."""

    label: str
    var_init: float  # running_var when bn_param has none (running_mean always starts at zeros)
    ddof: int  # 1: updated with the unbiased batch variance (N - 1), 0: the biased one (N)
    new_weight: bool = False  # momentum weighs the new batch statistic instead of the old average


# The assignment's convention first: it is what a value matching none of them is compared with.
ASSIGNMENT = Convention("", 1.0, 1)
OTHER_CONVENTIONS = (
    Convention("CS231n's convention: running_var starts at zeros, updated with the biased batch variance", 0.0, 0),
    Convention("Keras's convention: running_var starts at ones, updated with the biased batch variance", 1.0, 0),
    Convention("Chainer's convention: running_var starts at zeros, updated with the unbiased batch variance", 0.0, 1),
    Convention("torch's momentum: it weighs the new batch statistic, torch's momentum is one minus ours", 1.0, 1,
               new_weight=True),
)
MATCH = Tolerance(rtol=1e-7, atol=1e-10)  # expect_close's float64 default: how close a convention must be


@dataclass(frozen=True, eq=False)  # compared by identity: its fields are arrays
class Candidate:
    """The running averages one convention gives after the same train steps."""

    convention: Convention
    mean: np.ndarray
    var: np.ndarray

    def named(self, check: str, quantity: str = "var") -> str:
        """The check's name, saying which other convention it accepted (running_mean only depends on momentum).
        In brackets: a hidden test's student view blanks parenthesized text with digits (as in "CS231n")."""
        c = self.convention
        shows = c.label and (quantity == "var" or c.new_weight)
        return f"{check} [{c.label}; accepted]" if shows else check


def running_averages(batches: list[np.ndarray], momentum: float, convention: Convention) -> tuple[np.ndarray, ...]:
    """running_mean, running_var after train steps on batches (each (N, D)) under convention."""
    d = batches[0].shape[1]
    mean, var = np.zeros(d), np.full(d, convention.var_init)
    old = 1 - momentum if convention.new_weight else momentum
    for x in batches:
        mean = old * mean + (1 - old) * x.mean(axis=0)
        var = old * var + (1 - old) * x.var(axis=0, ddof=convention.ddof)
    return mean, var


def candidates(batches: list[np.ndarray], momentum: float, expected: dict) -> list[Candidate]:
    """The assignment's running averages (the reference's, in expected) and every other accepted convention's."""
    own = Candidate(ASSIGNMENT, expected["running_mean"], expected["running_var"])
    return [own] + [Candidate(c, *running_averages(batches, momentum, c)) for c in OTHER_CONVENTIONS]


def close(got: Any, expected: np.ndarray) -> bool:
    if not isinstance(got, np.ndarray) or got.shape != expected.shape or got.dtype.kind not in "fiu":
        return False
    error = np.abs(got - expected)
    relative = error / np.maximum(1e-8, np.abs(got) + np.abs(expected))
    return bool(np.all((error <= MATCH.atol) | (relative <= MATCH.rtol)))


def stored(state: Any) -> tuple[Any, Any]:
    """running_mean, running_var as the student's bn_param holds them after their calls."""
    if isinstance(state, dict):
        return state.get("running_mean"), state.get("running_var")
    return state, state


def matching(state: Any, options: list[Candidate]) -> Candidate | None:
    """The first convention whose running_mean and running_var both equal the student's."""
    mean, var = stored(state)
    return next((c for c in options if close(mean, c.mean) and close(var, c.var)), None)


def check_running_averages(state: Any, options: list[Candidate]) -> None:
    """running_mean and running_var against the convention they match; with none matching both, each is
    judged on its own (against a convention it matches, else the assignment's), for partial credit."""
    mean, var = stored(state)
    both = matching(state, options)
    by_mean = both or next((c for c in options if close(mean, c.mean)), options[0])
    by_var = both or next((c for c in options if close(var, c.var)), options[0])
    expect_close(by_mean.named("running_mean", "mean"), mean, by_mean.mean)
    expect_close(by_var.named("running_var"), var, by_var.var)


def channels_last(x: np.ndarray) -> np.ndarray:
    """(N, C, H, W) as the (N * H * W, C) batch spatial batch norm normalizes."""
    return x.transpose(0, 2, 3, 1).reshape(-1, x.shape[1])


@graded(points=4, group="batch norm")
def test_batchnorm_train_forward(student, oracle, rng):
    """batchnorm_forward in train mode on a batch of 6 (one feature with a tiny variance)."""
    x, gamma, beta = features(rng, 6, 4), rng.normal(size=4), rng.normal(size=4)
    eout, _ = oracle.batchnorm_forward(x, gamma, beta, {"mode": "train"})
    out, _ = student.batchnorm_forward(x, gamma, beta, student.keep({"mode": "train"}))
    expect_close("out", out, eout)


@graded(points=4, partial=True, group="batch norm")
def test_batchnorm_running_averages(student, oracle, rng):
    """running_mean and running_var after 4 train steps with momentum 0.8 (other documented conventions pass)."""
    gamma, beta = rng.normal(size=3), rng.normal(size=3)
    bn = student.keep({"mode": "train", "momentum": 0.8})
    expected = {"mode": "train", "momentum": 0.8}
    batches = [rng.normal(-1.0, 3.0, size=(5, 3)) for _ in range(4)]
    for x in batches:
        student.batchnorm_forward(x, gamma, beta, bn)
        oracle.batchnorm_forward(x, gamma, beta, expected)
    check_running_averages(student.fetch(bn), candidates(batches, 0.8, expected))


@graded(points=3, partial=True, group="batch norm")
def test_batchnorm_test_mode(student, oracle, rng):
    """batchnorm_forward in test mode normalizes with the running averages, and leaves them as they were (a test
    batch must not move them)."""
    x, gamma, beta = rng.normal(size=(5, 3)), rng.normal(size=3), rng.normal(size=3)
    param = {"mode": "test", "running_mean": rng.normal(size=3), "running_var": rng.uniform(0.5, 2.0, size=3)}
    kept = student.keep(param)
    out, _ = student.batchnorm_forward(x, gamma, beta, kept)
    expect_close("out", out, oracle.batchnorm_forward(x, gamma, beta, dict(param))[0])
    after = student.fetch(kept)
    running = [after.get(k) if isinstance(after, dict) else None for k in ("running_mean", "running_var")]
    both = np.concatenate([np.ravel(r) for r in running]) if all(isinstance(r, np.ndarray) for r in running) else None
    expect_close("running_mean and running_var after test mode", both,
                 np.concatenate([param["running_mean"], param["running_var"]]))


@graded(points=5, partial=True, group="batch norm")
def test_batchnorm_backward(student, oracle, rng):
    """batchnorm_backward (full graph): dx, dgamma, dbeta."""
    check_bn_backward(student, oracle, rng, "batchnorm_backward")


@graded(points=3, partial=True, group="batch norm")
def test_batchnorm_backward_alt(student, oracle, rng):
    """batchnorm_backward_alt (simplified formula): dx, dgamma, dbeta."""
    check_bn_backward(student, oracle, rng, "batchnorm_backward_alt")


@graded(points=4, partial=True, group="batch norm")
def test_spatial_batchnorm(student, oracle, rng):
    """spatial batch norm on (2, 3, 4, 5) inputs: forward and backward in train mode, then test mode with the
    running averages of that train step (updated in bn_param; other documented conventions pass)."""
    x, dout = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(2, 3, 4, 5))
    gamma, beta = rng.normal(size=3), rng.normal(size=3)
    expected = {"mode": "train"}
    eout, ecache = oracle.spatial_batchnorm_forward(x, gamma, beta, expected)
    egrads = oracle.spatial_batchnorm_backward(dout, ecache)
    # Running averages are graded through their use: a dict the student mutates in place is not a
    # value their functions return (see tests/test_graders_anchored.py), test mode's output is.
    x_test = rng.normal(0.5, 1.5, size=(3, 3, 2, 2))
    options = candidates([channels_last(x)], 0.9, expected)
    # One oracle call per convention, whichever the student's matches: the public recording replays them in order.
    outs = [oracle.spatial_batchnorm_forward(x_test, gamma, beta, {"mode": "test", "running_mean": c.mean,
                                                                   "running_var": c.var})[0] for c in options]
    bn = student.keep({"mode": "train"})
    cache = ecache  # the documented cache (batchnorm_forward's on the channels-last batch), if the forward raises
    with part("spatial_batchnorm_forward", checks=2):
        out, cache = student.spatial_batchnorm_forward(x, gamma, beta, bn)
        expect_close("out", out, eout)
        state = student.fetch(bn)
        chosen = matching(state, options) or options[0]
        param = dict(state, mode="test") if isinstance(state, dict) else {"mode": "test"}
        out_test, _ = student.spatial_batchnorm_forward(x_test, gamma, beta, student.keep(param))
        expect_close(chosen.named("out in test mode"), out_test, outs[options.index(chosen)])
    with part("spatial_batchnorm_backward", checks=3):
        check_backward(student, "spatial_batchnorm_backward", dout, cache, egrads)


@graded(points=4, partial=True, group="layer and group norm")
def test_layernorm(student, oracle, rng):
    """layer norm forward and backward."""
    x, dout = rng.normal(size=(4, 7)) * 2, rng.normal(size=(4, 7))
    gamma, beta = rng.normal(size=7), rng.normal(size=7)
    check_norm_layer(student, oracle, "layernorm", (x, gamma, beta, {}), dout)


@graded(points=4, partial=True, group="layer and group norm")
def test_groupnorm(student, oracle, rng):
    """group norm with 2 groups of 3 channels, forward and backward."""
    x, dout = rng.normal(size=(2, 6, 3, 3)), rng.normal(size=(2, 6, 3, 3))
    gamma, beta = rng.normal(size=6), rng.normal(size=6)
    check_norm_layer(student, oracle, "groupnorm", (x, gamma, beta, 2, {}), dout)


# ------------------------------------------------------------------ dropout: judged by its properties
# The kept fraction of n = 10,000 units is Binomial(n, p) / n. It leaves p +- KEEP_BOUND with probability
# 8.4e-13 for p = 0.6 and 2.7e-14 for p = 0.3 (exact binomial tails, computed in
# tests/test_a5_conventions.py), far below the 1e-9 a correct implementation may fail with; p used as the
# drop probability keeps about 1 - p, 0.2 or 0.4 away.
KEEP_BOUND = 0.035


def nonzero(rng, shape: tuple[int, ...]) -> np.ndarray:
    """Inputs with no zero (|x| in [0.5, 2]), so out != 0 tells exactly which units were kept."""
    return rng.uniform(0.5, 2.0, size=shape) * rng.choice([-1.0, 1.0], size=shape)


def usable(out: Any, x: np.ndarray) -> bool:
    return isinstance(out, np.ndarray) and out.shape == x.shape and out.dtype.kind in "fiu"


def check_dropout_train(out: Any, x: np.ndarray, p: float) -> None:
    """Any correct inverted dropout, whatever random stream draws its mask: every nonzero output is x / p
    (so dropped units are exactly 0) and the kept fraction is p within KEEP_BOUND."""
    if not usable(out, x):
        expect_close("out", out, x)  # says what is wrong with its type or shape
        return
    kept = out != 0
    ratio = out[kept] / x[kept]
    scale = np.array([ratio.min(), ratio.max()]) if kept.any() else np.zeros(2)
    expect_close("kept units: out / x, its min and max", scale, np.full(2, 1 / p))
    fraction = float(kept.mean())
    as_drop = abs(fraction - (1 - p)) <= KEEP_BOUND
    # about half, where p is far from a half (and 1 - p too): a fair coin per unit, whatever p
    as_coin = not as_drop and abs(fraction - 0.5) <= KEEP_BOUND and abs(p - 0.5) > 2 * KEEP_BOUND
    expect_true("fraction of units kept", abs(fraction - p) <= KEEP_BOUND,
                f"you keep a fraction {fraction:.3f} of the units, expected {p} within {KEEP_BOUND}; p is the "
                "probability of keeping a unit" + (", not of dropping it (you keep about 1 - p)" if as_drop else "")
                + (": you keep about half, as a fair coin for each unit does whatever p (rng.integers(0, 2)); keep "
                   "each unit with probability p (rng.random(x.shape) < p)" if as_coin else ""))


def axes_kept_together(kept: np.ndarray, p: float) -> tuple[int, ...]:
    """The axes along which (nearly) every line of the mask is all kept or all dropped, where
    independent draws would make such lines rare; () when there is none."""
    together = []
    for axis in range(kept.ndim):
        length = kept.shape[axis]
        if length < 2:
            continue
        lines = np.moveaxis(kept, axis, -1).reshape(-1, length)
        constant = float(np.mean(lines.all(axis=1) | ~lines.any(axis=1)))
        if p ** length + (1 - p) ** length <= 0.5 and constant >= 0.95:
            together.append(axis)
    return tuple(together)


def kept_together_said(axes: tuple[int, ...], ndim: int) -> str:
    """What a mask constant along these axes of an ndim input is, in the student's terms."""
    if axes == tuple(range(1, ndim)):
        return "one coin per example: each example is kept or dropped whole"
    if axes == (0,):
        return "one mask shared by every example of the batch: draw it for x.shape, not x.shape[1:]"
    if ndim == 4 and axes == (2, 3):
        return ("one coin per (example, channel): whole feature maps are kept or dropped together, as spatial "
                "dropout (nn.Dropout2d) does; inverted dropout draws one per unit")
    return f"your mask never changes along axes {axes} of the input: its units there are kept or dropped together"


def dropout_mask(student, x: np.ndarray, seed: int | None) -> np.ndarray | None:
    """Which units the student's dropout_forward keeps (p = 0.6), called with seed or with none."""
    param = {"p": 0.6, "mode": "train"} if seed is None else {"p": 0.6, "mode": "train", "seed": seed}
    out, _ = student.dropout_forward(x, param)
    return out != 0 if usable(out, x) else None


def same(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    return a is not None and b is not None and np.array_equal(a, b)


def applied_mask(out: Any, x: np.ndarray, p: float) -> np.ndarray | None:
    """The mask the student's forward applied (out = x * mask): 0 where out is 0, else its scale.

    dropout_backward is judged on that mask, so a wrong forward is not charged to a correct backward
    too. The scale is read from their output only when it is one a dropout forward plausibly uses: 1 / p,
    or 1 / (1 - p) and 1 (p used as the drop probability, no scaling); any other falls back to 1 / p,
    so a backward and a forward both scaled alike by a bug do not pass on each other's word.
    """
    if not usable(out, x):
        return None
    kept = out != 0
    ratio = out[kept] / x[kept]
    for scale in (1 / p, 1 / (1 - p), 1.0):
        if close(ratio, np.full(ratio.shape, scale)):
            return kept * scale
    return kept / p


@graded(points=3, group="dropout")
def test_dropout_train(student, oracle, rng):
    """dropout in train mode with p = 0.6 (keep): kept units scaled by 1 / p, the others 0, about a fraction p kept."""
    x = nonzero(rng, (100, 100))
    out, _ = student.dropout_forward(x, {"p": 0.6, "mode": "train", "seed": 7})
    check_dropout_train(out, x, 0.6)


@graded(points=1, partial=True, group="dropout")
def test_dropout_seed(student, oracle, rng):
    """dropout's seed: the same seed gives the same mask (seed 0 too), another seed or no seed a new one."""
    x = nonzero(rng, (20, 30))
    kept = [dropout_mask(student, x, seed) for seed in (5, 5, 6, None, None, 0, 0)]
    expect_true("same seed, same mask", kept[0] is not None and same(kept[0], kept[1]),
                "two calls with the same dropout_param['seed'] drew different masks: seed the draw with it, "
                "e.g. rng = np.random.default_rng(seed) (or np.random.seed(seed) before drawing)")
    if kept[0] is not None and same(kept[0], kept[1]):  # (seeded at all: seed 0 is then a check of its own)
        expect_true("seed 0, same mask", same(kept[5], kept[6]),
                    "two calls with dropout_param['seed'] = 0 drew different masks: 0 is a seed like any other, "
                    "but `if seed:` or `seed or ...` takes it as no seed; test `seed is not None` (or pass "
                    "dropout_param.get('seed') to np.random.default_rng as it is)")
    drawn = all(k is not None for k in kept)
    expect_true("another seed or no seed, another mask",
                drawn and not same(kept[0], kept[2]) and not same(kept[3], kept[4]),
                "calls with another seed, or with no seed at all, drew the same mask: without a seed every call "
                "must draw a new mask (do not fall back to a fixed seed)")


@graded(points=1, group="dropout")
def test_dropout_test_mode(student, oracle, rng):
    """dropout in test mode returns its input."""
    x = rng.normal(size=(20, 10))
    param = {"p": 0.6, "mode": "test", "seed": 7}
    out, _ = student.dropout_forward(x, dict(param))
    expect_close("out", out, oracle.dropout_forward(x, dict(param))[0])


@graded(points=2, group="dropout")
def test_dropout_backward(student, oracle, rng):
    """dropout_backward in train mode, on the cache of the student's own dropout_forward."""
    x, dout = nonzero(rng, (30, 20)), rng.normal(size=(30, 20))
    out, cache = student.dropout_forward(x, {"p": 0.75, "mode": "train", "seed": 3})
    mask = applied_mask(out, x, 0.75)
    if mask is None:
        expect_true("dx", False, "dropout_forward's output is not an array shaped like its input, so "
                                 "dropout_backward cannot be checked against the mask it applied")
        return
    expect_close("dx", student.dropout_backward(dout, cache), dout * mask)


@graded(points=2, partial=True, group="regularization")
def test_l2_penalty(student, oracle, rng):
    """l2_penalty: loss and gradient (24 entries: 1/24 is no other number of the test, as 1/20 = reg would be)."""
    W = rng.normal(size=(6, 4))
    loss, grad = student.l2_penalty(W, 0.05)
    eloss, egrad = oracle.l2_penalty(W, 0.05)
    expect_close("loss", loss, eloss, allow_scalar=True)
    expect_close("grad", grad, egrad)


### BEGIN HIDDEN TESTS
@graded(points=3, hidden=True, partial=True, group="batch norm")
def test_batchnorm_two_rows_and_eps(student, oracle, rng):
    """batch norm on a batch of 2 with eps 1e-3: forward and backward."""
    x, gamma, beta = rng.normal(size=(2, 3)) * 5, rng.normal(size=3), rng.normal(size=3)
    eout, ecache = oracle.batchnorm_forward(x, gamma, beta, {"mode": "train", "eps": 1e-3})
    dout = rng.normal(size=(2, 3))
    edx = oracle.batchnorm_backward(dout, ecache)[0]
    cache = ecache  # the documented cache, for a backward pass graded on its own
    with part("batchnorm_forward"):
        out, cache = student.batchnorm_forward(x, gamma, beta, student.keep({"mode": "train", "eps": 1e-3}))
        expect_close("out", out, eout)
    with part("batchnorm_backward"):
        expect_close("dx", student.batchnorm_backward(dout, cache)[0], edx, BACKWARD)


@graded(points=3, hidden=True, partial=True, group="batch norm")
def test_train_then_test_mode(student, oracle, rng):
    """after 3 train steps the same bn_param switched to test mode uses the running averages (those of
    whichever documented convention the student's match)."""
    gamma, beta = rng.normal(size=4), rng.normal(size=4)
    bn, expected = student.keep({"mode": "train"}), {"mode": "train"}
    batches = [rng.normal(2.0, 2.0, size=(8, 4)) for _ in range(3)]
    for x in batches:
        student.batchnorm_forward(x, gamma, beta, bn)
        oracle.batchnorm_forward(x, gamma, beta, expected)
    x = rng.normal(size=(5, 4))
    options = candidates(batches, 0.9, expected)
    outs = [oracle.batchnorm_forward(x, gamma, beta, {"mode": "test", "running_mean": c.mean,
                                                      "running_var": c.var})[0] for c in options]
    state = student.fetch(bn)
    chosen = matching(state, options) or options[0]  # matching none: judged by the assignment's, as before
    param = dict(state, mode="test") if isinstance(state, dict) else {"mode": "test"}
    out, _ = student.batchnorm_forward(x, gamma, beta, student.keep(param))
    expect_close(chosen.named("out"), out, outs[options.index(chosen)])


@graded(points=1, hidden=True, group="dropout")
def test_dropout_units_drawn_apart(student, oracle, rng):
    """dropout draws one coin per unit: on a 4-D input no axis along which units are kept or dropped together
    (one coin per example, or one mask shared by the batch, keep the right fraction and scale)."""
    x = nonzero(rng, (6, 4, 10, 10))
    out, _ = student.dropout_forward(x, {"p": 0.5, "mode": "train", "seed": 13})
    if not usable(out, x):
        expect_close("out", out, x)  # says what is wrong with its type or shape
        return
    together = axes_kept_together(out != 0, 0.5)
    expect_true("each unit kept or dropped on its own", not together,
                f"along axes {together} of the input your mask never changes: "
                f"{kept_together_said(together, x.ndim)}; dropout draws one coin per unit, e.g. "
                "rng.random(x.shape) < p")


@graded(points=2, hidden=True, group="dropout")
def test_dropout_other_p(student, oracle, rng):
    """dropout with p = 0.3 on a 4-D input."""
    x = nonzero(rng, (4, 4, 25, 25))
    out, _ = student.dropout_forward(x, {"p": 0.3, "mode": "train", "seed": 11})
    check_dropout_train(out, x, 0.3)


@graded(points=2, hidden=True, partial=True, group="regularization")
def test_inputs_left_as_given(student, rng):
    """Each function leaves the arrays it is given as they were: the caller's W is the model's weights, its x the
    layer's input (`grad = W; grad *= reg`, or `x -= mean`, writes into the caller's array)."""
    W, x = rng.normal(size=(5, 4)), features(rng, 6, 4)
    gamma, beta = rng.normal(size=4), rng.normal(size=4)
    calls = {
        "l2_penalty": ("W", W, lambda kept: student.l2_penalty(kept, 0.05)),
        "batchnorm_forward": ("x", x, lambda kept: student.batchnorm_forward(kept, gamma, beta,
                                                                             student.keep({"mode": "train"}))),
        "layernorm_forward": ("x", x, lambda kept: student.layernorm_forward(kept, gamma, beta, student.keep({}))),
        "dropout_forward": ("x", x, lambda kept: student.dropout_forward(kept, {"p": 0.5, "mode": "train",
                                                                                "seed": 3})),
    }
    for name, (argument, given, call) in calls.items():
        with part(name):
            kept = student.keep(given.copy())
            call(kept)
            after = student.fetch(kept)
            expect_true(f"{argument} ({name})", isinstance(after, np.ndarray) and np.array_equal(after, given),
                        f"{name} changed its argument {argument} in place (e.g. `grad = {argument}` then `grad *= "
                        f"...`, or `{argument} -= ...`, writes into the caller's array): compute into a new array "
                        f"and leave {argument} as given")
@graded(points=1, hidden=True, group="dropout")
def test_dropout_backward_test_mode(student, rng):
    """dropout_backward on the cache of test mode (None, as documented, where the student's forward fails): the
    gradient passes through as it is."""
    x, dout = nonzero(rng, (6, 5)), rng.normal(size=(6, 5))
    cache = or_fallback(lambda: student.dropout_forward(x, {"p": 0.75, "mode": "test"})[1], None)
    expect_close("dx (test mode)", student.dropout_backward(dout, cache), dout)


### END HIDDEN TESTS
