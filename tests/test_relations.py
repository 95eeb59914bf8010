"""The relation detectors of grading/relations.py on plain arrays: each finds its relation when it
holds, says nothing when it does not or when the evidence is weak (an expected of zeros, a lone
simple number, a few scattered errors), and its hidden-test sentence holds no digit."""
from __future__ import annotations

import math

import numpy as np
import pytest

from autograder.grading import relations as rel
from autograder.grading.relations import Constant, Named, Scene, agree, close, relate
from autograder.results import Tolerance, without_numbers

TOL = Tolerance(rtol=1e-7, atol=1e-10)
RNG = np.random.default_rng(17)


def said(got, expected, scene: Scene | None = None, tol: Tolerance = TOL) -> str | None:
    """The relation relate() finds (checking its hidden-test sentence has no number), or None."""
    found = relate(got, expected, tol, scene or Scene())
    if found is None:
        return None
    assert without_numbers(found.plain), found.plain
    return found.relation


def batch(n: int = 6) -> Scene:
    return Scene(constants=(Constant("N", float(n), "the batch size"),))


# -- closeness

def test_nan_and_inf_agree_by_position_not_by_kind():
    a = np.array([1.0, np.nan, np.inf, 3.0])
    assert agree(a, np.array([1.0, np.inf, -np.inf, 3.0]), TOL)
    assert not agree(a, np.array([1.0, 2.0, np.inf, 3.0]), TOL)  # a number never agrees with NaN
    assert not agree(a, a[:3], TOL)
    assert close(np.array([1.0]), np.array([1.0 + 1e-9]), TOL).all()


# -- a constant factor

def test_n_times_the_expected_names_the_batch_size():
    e = RNG.normal(size=(6, 4))
    found = relate(6 * e, e, TOL, batch(6))
    assert found.relation == "scaled" and "N=6 times" in found.message and "divide by the batch size" in found.message
    assert said(e / 6, e, batch(6)) == "scaled" and "1/N" in relate(e / 6, e, TOL, batch(6)).message


@pytest.mark.parametrize("c, words", [(2.0, "twice"), (0.5, "half"), (-1.0, "negative"),
                                      (1 / np.sqrt(2), "1/sqrt(2)"), (1 / np.sqrt(3), "1/sqrt(3)")])
def test_named_factors(c, words):
    e = RNG.normal(size=7)
    assert words in relate(c * e, e, TOL).message


@pytest.mark.parametrize("mine, meant, words", [
    (math.sqrt(1 / 3), math.sqrt(2), "the gain sqrt(1/3) (torch's default for Linear and Conv weights"),
    (5 / 3, math.sqrt(2), "the gain 5/3 (tanh's) where sqrt(2) (ReLU's) is meant"),
    (math.sqrt(2), 5 / 3, "the gain sqrt(2) (ReLU's) where 5/3 (tanh's) is meant")])
def test_one_activations_gain_where_anothers_is_meant(mine, meant, words):
    e = np.abs(RNG.normal(size=5))
    assert words in relate(mine * e, meant * e, TOL).message
    # ReLU's gain where a linear layer's is meant is sqrt(2): said as that factor, once; 3/5 (a linear layer's
    # gain where tanh's is meant) is too common a number (a keep probability of 0.6) to be said a gain
    assert "gain" not in relate(math.sqrt(2) * e, e, TOL).message
    assert "gain" not in relate(0.6 * e, e, TOL).message


def test_a_probability_and_its_complement():
    e = RNG.normal(size=(5, 5))
    scene = Scene(constants=(Constant("p", 0.6, "dropout_param['p']"),))
    assert "p=0.6 times" in relate(0.6 * e, e, TOL, scene).message
    assert "1-p" in relate(0.4 * e, e, TOL, scene).message


def test_an_unnamed_factor_needs_four_entries():
    e = RNG.normal(size=8)
    assert "3.7 times" in relate(3.7 * e, e, TOL).message
    assert said(3.7 * e[:3], e[:3]) is None


def test_no_factor_when_it_does_not_hold_everywhere_or_the_expected_is_zero():
    e = RNG.normal(size=8)
    g = 2 * e
    g[3] += 0.1
    assert said(g, e) is None
    assert said(np.ones(8), np.zeros(8)) is None


def test_a_lone_simple_number_is_weak_and_whole_numbers_have_no_factor():
    simple = relate(np.sqrt(3) * np.sqrt(1 / 300), np.sqrt(1 / 300), TOL)
    assert simple.relation == "scaled" and simple.weak  # 1/sqrt(300): a ratio of shapes, often simple by chance
    drawn = relate(6 * 1.2345678912, 1.2345678912, TOL, batch(6))
    assert drawn.relation == "scaled" and not drawn.weak  # a loss computed from drawn data
    assert said(8.0, 4.0) is None  # two whole numbers: ratio 2 by chance


def test_squared_and_square_root():
    e = RNG.uniform(0.1, 0.9, size=5)
    assert said(e ** 2, e) == "squared"
    assert said(np.sqrt(e), e) == "square_root"
    assert rel.powered(np.ones(4), np.ones(4) + 1e-12, TOL, Scene()) is None  # 1 is its own square
    assert said(e, e) is None  # nothing wrong, nothing to say


def test_softmax_or_log_softmax_of_the_scores():
    """Probabilities (or log-probabilities) returned where the logits are asked (hold-out 19's training run whose
    scores pass through a softmax: it was zero_pattern, read from its tiny probabilities)."""
    e = RNG.normal(scale=4.0, size=(6, 5))
    probs = np.exp(e - e.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    assert said(probs, e) == "softmaxed" and "softmax of the expected" in relate(probs, e, TOL).message
    assert said(np.log(probs), e) == "softmaxed" and "log-softmax" in relate(np.log(probs), e, TOL).message
    assert said(probs[:, ::-1], e) != "softmaxed"  # the columns in another order: not the softmax of these scores
    shifted = e - e.max(axis=1, keepdims=True)
    assert said(shifted, e) != "softmaxed"  # the scores shifted per row: not probabilities


def test_the_log_of_the_expected_or_its_exp():
    """A softmax that returns the log-probabilities (its stable log-softmax, not exponentiated), rows that underflow
    to 0 included (hold-out 30: it was zero_pattern's "a mask is missing or wrong"); and the reverse."""
    scores = RNG.normal(scale=40.0, size=(6, 5))
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    probs = np.exp(log_probs)
    assert (probs == 0).any() or (probs < 1e-12).any()
    found = relate(log_probs, probs, TOL)
    assert found is not None and found.relation == "logged" and "natural log of the expected" in found.message
    logs = RNG.normal(size=(4, 3))
    assert said(np.exp(logs), logs) == "logged"  # (of log-probabilities, the softmax says it: exp is their softmax)
    assert said(probs + 0.01, probs) != "logged" and said(probs, probs) is None


def test_whole_slices_never_written_are_not_a_mask():
    """A conv's loop over the filters run over range(C): the last filters' maps stay 0, the others right (hold-out 30:
    it was masked's "dropout in test mode?"); zeros scattered over the entries remain a mask."""
    e = RNG.normal(size=(2, 4, 3, 3))
    g = e.copy()
    g[:, 3] = 0.0
    found = relate(g, e, TOL)
    assert found is not None and found.relation == "unwritten_slices"
    assert found.message.startswith("yours is 0 at every entry with index 3 along axis 1 (the last 1 of the 4 along "
                                    "it)")
    g = e.copy()
    g[:, :2] = 0.0
    assert said(g, e) == "unwritten_slices" and "index 0 to 1 along axis 1 (the first 2 of the 4" in \
        relate(g, e, TOL).message
    scattered = np.where(RNG.uniform(size=e.shape) < 0.3, 0.0, e)
    assert said(scattered, e) == "masked"
    # a weight matrix's last row left out of a penalty's gradient (W[:-1]: hold-out 32's qg5, said as a mask); along
    # the first axis one slice only (a block of whole examples 0 is as often a mask)
    w = RNG.normal(size=(6, 4))
    g = w.copy()
    g[-1] = 0.0
    assert said(g, w) == "unwritten_slices" and "index 5 along axis 0" in relate(g, w, TOL).message
    g[-2:] = 0.0
    assert said(g, w) != "unwritten_slices"


# -- axes, shapes, reductions

def test_transposed_and_permuted():
    e = RNG.normal(size=(12, 5))
    assert said(e.T, e) == "transposed"
    sq = RNG.normal(size=(4, 4))
    assert said(sq.T, sq) == "transposed"
    sym = sq + sq.T
    assert rel.permuted(sym, sym, TOL, Scene()) is None  # its transpose is itself: no transposition to tell
    maps = RNG.normal(size=(2, 3, 4, 5))
    assert said(maps.transpose(0, 2, 3, 1), maps) == "axes_permuted"


def test_reversed_along_an_axis():
    e = np.array([784.0, 100.0])
    assert said(e[::-1], e) == "reversed"
    assert said(np.array([5.0, 5.0]), np.array([5.0, 5.0 + 1])) is None


def test_right_values_in_another_shape():
    e = RNG.normal(size=(2, 3, 4))
    assert said(e.reshape(2, 12), e) == "reshaped"
    col = RNG.normal(size=5)
    assert "length 1" in relate(col[:, None], col, TOL).message


def test_broadcast_of_a_vector_against_a_column():
    y, pred = RNG.normal(size=5), RNG.normal(size=5)
    assert said(y[:, None] - pred[None, :], y - pred) == "broadcast"
    assert said(y[:, None] - pred[None, :], y + pred) is None  # the diagonal must be the expected


def test_an_index_array_used_without_a_row_index():
    rng = np.random.default_rng(71)
    maps, classes = rng.normal(size=(3, 4, 4, 6)), np.array([5, 0, 2])
    scene = Scene(indices=(Named("classes (an argument of class_activation_map())", classes.astype(float)),))
    expected = maps[np.arange(3), ..., classes]
    found = relate(maps[..., classes], expected, TOL, scene)
    assert found.relation == "indexed_without_rows" and "np.arange(N)" in found.message and "axis 3" in found.message
    # (hold-out 34's qi7: W[:, classes] right, np.tensordot pairing every example with every other: said too)
    assert "a product that pairs every row with every other (np.tensordot" in found.message
    scores, y = rng.normal(size=(5, 4)), np.array([3, 1, 0, 0, 2])
    labels = Scene(indices=(Named("y (an argument of svm_loss())", y.astype(float)),))
    found = relate(scores[:, y], scores[np.arange(5), y], TOL, labels)
    assert found.relation == "indexed_without_rows" and "broadcast" in found.message  # (n, n): both readings
    assert said(scores[:, y], scores[np.arange(5), y]) == "broadcast"  # no index among the inputs
    assert said(maps[..., classes] + 1, expected, scene) is None  # the diagonal must be the expected
    # one example: the extra axis is 1 long and the values agree; the index array is one reading of a few
    one = relate(maps[:1, ..., classes[:1]], maps[:1, ..., classes[0]], TOL,
                 Scene(indices=(Named("classes (an argument)", classes[:1].astype(float)),)))
    assert one.relation == "reshaped" and "row index" in one.message and "keepdims" in one.message
    assert "row index" not in relate(maps[:1, ..., classes[:1]], maps[:1, ..., classes[0]], TOL).message


def test_a_few_entries_off_by_a_named_factor():
    """Five statistics, the fifth lr times too small (lr applied twice), the others right (hold-out 25: nothing was
    said); a factor no constant names, or most entries wrong, is not said so."""
    rng = np.random.default_rng(73)
    stats = rng.normal(size=5)
    lr = Scene(constants=(Constant("lr", 0.003, "the argument lr"),))
    wrong = stats.copy()
    wrong[4] *= 0.003
    found = relate(wrong, stats, TOL, lr)
    assert found.relation == "scaled_where_wrong" and "1 of your 5 entries is wrong (at [4])" in found.message and \
        "lr=0.003 times" in found.message
    wrong[4] = stats[4] * 0.37
    assert relate(wrong, stats, TOL, lr) is None or relate(wrong, stats, TOL, lr).relation != "scaled_where_wrong"
    most = stats * 0.003
    most[0] = stats[0]
    assert relate(most, stats, TOL, lr).relation != "scaled_where_wrong"


def test_a_missing_or_extra_reduction():
    dout = RNG.normal(size=(4, 3))
    assert said(dout, dout.sum(axis=0)) == "not_reduced"
    assert said(dout.sum(axis=0), dout) == "over_reduced"
    losses = RNG.uniform(size=6)
    assert said(losses, losses.mean()) == "not_reduced"


def test_a_reduction_of_an_input_over_the_wrong_axis_or_the_wrong_kind():
    dout = RNG.normal(size=(4, 4))
    scene = Scene(inputs=(Named("dout (an argument of affine_backward())", dout),))
    found = relate(dout.sum(axis=1), dout.sum(axis=0), TOL, scene)
    assert found.relation == "wrong_reduction" and "axis 1" in found.message and "axis 0" in found.message
    assert "mean" in relate(dout.mean(axis=0), dout.sum(axis=0), TOL, scene).message
    assert said(RNG.normal(size=4), dout.sum(axis=0), scene) is None


def test_a_grid_with_another_count_between_the_same_ends():
    """np.logspace(-5, -2, n - 1) where n points are asked: the same ends, spaced evenly in log space (hold-out 23:
    said as steps cut short, 'a last, shorter batch dropped, or a loop that stops early')."""
    found = relate(np.logspace(-5, -2, 6), np.logspace(-5, -2, 7), TOL, Scene())
    assert found.relation == "respaced_grid" and "6 points where 7" in found.message and "log space" in found.message
    assert relate(np.linspace(0, 1, 9), np.linspace(0, 1, 8), TOL, Scene()).relation == "respaced_grid"
    # steps cut short keep their first values and lose the last: not a grid respaced
    path = np.cumsum(np.random.default_rng(5).normal(size=7))
    assert relate(path[:5], path, TOL, Scene()).relation == "fewer_steps"


def test_entries_missing_at_the_end_are_steps_only_in_a_trajectory():
    """Five statistics asked, four returned (the last left out): no steps, batches or loop stopping early there
    (hold-out 24: said as steps cut short); in a trajectory the rows are steps."""
    stats = np.random.default_rng(29).normal(size=5)
    found = relate(stats[:4], stats, TOL, Scene())
    assert found.relation == "fewer_steps" and "4 entries where 5" in found.message and "the last one is missing" \
        in found.message and "step" not in found.message and "batch" not in found.message
    path = np.cumsum(np.random.default_rng(31).normal(size=(6, 2)), axis=0)
    assert "rows (steps)" in relate(path[:4], path, TOL, Scene(trajectory=True)).message
    assert "rows (steps)" in relate(path[:4], path, TOL, Scene(start=np.zeros(2))).message


def test_a_vector_scaled_entry_by_entry_by_a_per_column_statistic_of_an_input():
    """Weights fitted to X / X.std(axis=0) and returned as they are: each is the expected times its column's std
    (hold-out 22: nothing was said)."""
    X = RNG.normal(size=(30, 4)) * np.array([0.5, 2.0, 3.0, 7.0])
    w = RNG.normal(size=4)
    scene = Scene(inputs=(Named("X (an argument of linear_regression_closed_form())", X),))
    found = relate(w * X.std(axis=0), w, TOL, scene)
    assert found.relation == "scaled_by_statistic" and "X.std(axis=0)" in found.message and "times" in found.message
    assert without_numbers(found.plain)
    assert "divided by" in relate(w / np.linalg.norm(X, axis=0), w, TOL, scene).message
    # one factor for every entry is another relation; a factor that is no statistic of the input says nothing of it
    assert relate(w * 3.0, w, TOL, scene).relation != "scaled_by_statistic"
    other = relate(w * RNG.uniform(1, 2, size=4), w, TOL, scene)
    assert other is None or other.relation != "scaled_by_statistic"


def test_a_value_that_is_another_statistic_of_the_input_whose_statistic_is_asked():
    W, g = RNG.normal(size=(6, 5)), RNG.normal(size=(6, 5))
    scene = Scene(inputs=(Named("params['W1'] (an argument of parameter_statistics())", W),
                          Named("grads['W1'] (an argument of parameter_statistics())", g)))
    expected = np.array([W.mean(), W.std(), g.mean(), g.std()])
    mean_of_magnitudes = expected.copy()
    mean_of_magnitudes[2] = np.abs(g).mean()
    found = relate(mean_of_magnitudes, expected, TOL, scene)
    assert found.relation == "wrong_statistic"
    assert "[2]" in found.message and "np.mean(np.abs(grads['W1']))" in found.message
    assert "np.mean(grads['W1'])" in found.message and without_numbers(found.plain)
    both = expected.copy()
    both[1], both[3] = W.std(ddof=1), g.var()
    found = relate(both, expected, TOL, scene)
    assert "[1]" in found.message and "Bessel" in found.message and "[3]" in found.message
    assert "variance" in found.message
    # the standard deviation of each column, averaged, where the whole array's is asked (hold-out 36's qk8: nothing)
    per_column = expected.copy()
    per_column[1] = W.std(axis=0).mean()
    found = relate(per_column, expected, TOL, scene)
    assert found.relation == "wrong_statistic" and "np.std(params['W1'], axis=0).mean()" in found.message
    # a scalar: the sample variance where np.var is asked
    assert said(np.array(g.var(ddof=1)), np.array(g.var()), scene) == "wrong_statistic"
    # every wrong value must be explained, on the input whose statistic the expected is
    unexplained = mean_of_magnitudes.copy()
    unexplained[0] = 0.123
    assert said(unexplained, expected, scene) != "wrong_statistic"
    other_input = expected.copy()
    other_input[2] = np.abs(W).mean()  # a statistic of W where one of g is asked: no claim on the same input
    assert said(other_input, expected, scene) != "wrong_statistic"
    # an expected that is no statistic of an input: nothing said of yours, whatever statistic it is
    assert said(np.array([np.abs(g).mean()]), np.array([0.5]), scene) != "wrong_statistic"


def test_a_mean_over_all_entries_of_an_argument_where_their_sum_is_asked():
    """np.mean(W ** 2) in a penalty where the sum is asked: 1/W.size of the expected, said as a mean for a sum;
    where another constant of the test has the same value (reg = 1/20 with 20 entries), both causes are said and
    none chosen (hold-out 20: reg alone was blamed)."""
    e = np.array(3.7)
    size = Constant("W.size", 24.0, "the number of entries of W")
    found = relate(e / 24, e, TOL, Scene(constants=(size,)))
    assert found.relation == "scaled" and "np.mean for np.sum" in found.message and without_numbers(found.plain)
    both = relate(e / 20, e, TOL, Scene(constants=(Constant("reg", 0.05, "the argument reg"),
                                                   Constant("W.size", 20.0, "the number of entries of W"))))
    assert "more than one cause" in both.message and "reg" in both.message and "W.size" in both.message


def test_a_short_vector_of_the_expected_entries_in_another_order():
    """Statistics listed in another order than the docstring's (means first, then stds): said with which entry
    is which (hold-out 20: nothing was said); not for repeated values, long arrays, or an entry that is none of
    the expected's."""
    e = np.array([0.12, 0.98, -0.03, 0.41, 0.002])
    found = relate(e[[0, 2, 1, 3, 4]], e, TOL)
    assert found.relation == "entries_reordered" and "your [1] is the expected [2]" in found.message
    assert "the others are in place" in found.message and without_numbers(found.plain)
    assert said(e[[3, 0, 4, 2, 1]], e) == "entries_reordered"
    assert said(e[::-1], e) == "reversed"  # said as reversed, as before
    assert said(np.array([1.0, 1.0, 2.0]), np.array([1.0, 2.0, 1.0])) != "entries_reordered"  # not told apart
    wrong = e[[0, 2, 1, 3, 4]].copy()
    wrong[4] = 0.7
    assert said(wrong, e) != "entries_reordered"


def test_whole_powers_where_the_exponents_were_rounded_are_said():
    """A log-spaced grid whose exponents are rounded before 10 is raised to them (-4.5 to -4): every entry a whole
    power of 10, the expected's rounded (hold-out 58's rg8: said as a line copied, entries_of_others). Rounded down
    and in base 2 as well; not where only one entry parts, nor where an entry is not a whole power."""
    e = np.logspace(-5, -2, 7)
    found = relate(10.0 ** np.round(np.log10(e)), e, TOL)
    assert found is not None and found.relation == "whole_powers", found
    assert "rounded to the nearest one (0.0001 where 3.16e-05 is expected; 3 of 7 entries part)" in found.message
    assert without_numbers(found.plain)
    assert "rounded down one" in relate(10.0 ** np.floor(np.log10(e)), e, TOL).message
    sizes = 2.0 ** np.array([4.5, 5.0, 5.5, 6.0])
    assert "power of 2" in relate(2.0 ** np.ceil(np.log2(sizes)), sizes, TOL).message
    one = e.copy()
    one[1] = 1e-5  # (one entry a whole power by chance)
    assert said(one, e) != "whole_powers"
    off = 10.0 ** np.round(np.log10(e))
    off[3] = 2e-3
    assert said(off, e) != "whole_powers"
    # float32 powers of ten are whole powers too; a constant (ones for an untrained scale) is no grid of them
    assert said((10.0 ** np.round(np.log10(e))).astype(np.float32), e.astype(np.float32)) == "whole_powers"
    assert said(np.ones(4), np.array([0.5, 0.8, 1.2, 2.0])) != "whole_powers"


def test_a_short_vector_whose_wrong_entries_hold_other_entries_of_the_expected():
    """One statistic computed again in another's place (the weights' mean and std where the gradient's are asked):
    said with which entry holds which; not where an entry is none of the expected's, nor for whole numbers."""
    e = np.array([0.12, 0.98, -0.03, 0.41, 0.002])
    copied = e[[0, 1, 0, 1, 4]]
    found = relate(copied, e, TOL)
    assert found.relation == "entries_of_others" and "your [2] is the expected [0], your [3] is the expected [1]" \
        in found.message and without_numbers(found.plain)
    unlike = copied.copy()
    unlike[3] = 0.7
    assert said(unlike, e) != "entries_of_others"
    assert said(np.array([1.0, 2.0, 1.0, 2.0, 5.0]), np.array([1.0, 2.0, 3.0, 4.0, 5.0])) != "entries_of_others"
    # one wrong entry alone (a schedule restarting at its first value), or a trajectory: chance, not said
    assert said(e[[0, 1, 2, 3, 0]], e) != "entries_of_others"
    assert said(copied, e, Scene(trajectory=True)) != "entries_of_others"
    long = RNG.normal(size=40)
    assert said(long[::-1], long) != "entries_reordered"


def test_empty():
    assert said(np.zeros((2, 3, 0, 0)), RNG.normal(size=(2, 3, 6, 5))) == "empty"


# -- steps

def trajectory(start: np.ndarray, steps: int = 8) -> np.ndarray:
    path, w = [], start
    for k in range(steps):
        w = 0.8 * w + 0.1 * np.sin(k + w)
        path.append(w)
    return np.array(path)


def test_one_step_ahead_behind_or_two_per_call():
    w0 = RNG.normal(size=3)
    e = trajectory(w0, 9)
    scene = Scene(start=w0, trajectory=True)
    ahead = np.concatenate([e[1:], e[-1:] * 0.5])
    assert said(ahead, e, scene) == "shifted_steps"
    behind = np.concatenate([w0[None], e[:-1]])
    assert "behind" in relate(behind, e, TOL, scene).message
    twice = np.array([e[min(2 * k + 1, len(e) - 1)] for k in range(len(e))])
    assert said(twice, e, scene) == "two_steps_per_call"
    lr = 0.1 * 0.5 ** (np.arange(30) // 7)
    assert said(0.1 * 0.5 ** ((np.arange(30) + 1) // 7), lr) == "shifted_steps"
    assert said(np.full(5, 0.2), np.full(5, 0.1)) != "shifted_steps"  # a constant sequence shifts to itself


def test_weights_that_never_move_or_first_step_reversed_or_state_lost():
    w0 = RNG.normal(size=4)
    e = trajectory(w0)
    scene = Scene(start=w0, trajectory=True)
    assert said(np.repeat(w0[None], len(e), 0), e, scene) == "never_moves"
    flipped = e.copy()
    flipped[0] = w0 - (e[0] - w0)
    found = relate(flipped, e, TOL, scene)
    assert found.relation == "first_step" and "negative" in found.message
    lost = e.copy()
    lost[1:] += 0.3
    assert said(lost, e, scene) == "state_not_kept"
    assert said(lost, e, Scene(start=w0)) != "state_not_kept"  # not a trajectory: rows, not steps
    # the first step off by 1e-8 of itself (within the check's tolerance), its error growing from there: an update
    # that differs (an epsilon placed otherwise), not state lost (hold-out 47's adadelta)
    grows = e * (1 + 1e-8 * np.arange(1, len(e) + 1)[:, None] ** 3)
    assert said(grows, e, Scene(start=w0, trajectory=True, stateful=True)) != "state_not_kept"


# -- terms and offsets

def test_a_missing_term_proportional_to_an_input():
    W, data = RNG.normal(size=(4, 3)), RNG.normal(size=(4, 3))
    scene = Scene(inputs=(Named("params['W1'] (an argument of two_layer_mlp_loss())", W),),
                  constants=(Constant("reg", 0.1, "the argument reg"),))
    found = relate(data, data + 0.1 * W, TOL, scene)
    assert found.relation == "missing_term" and "-reg x params['W1']" in found.message
    assert said(data + RNG.normal(size=(4, 3)), data, scene) != "missing_term"


def test_off_by_one_and_a_constant_offset():
    assert said(np.array([5.0, 8.0, 13.0]), np.array([4.0, 7.0, 12.0])) == "off_by_one"
    assert relate(5.0, 4.0, TOL).weak  # one whole number off by one: needs another output to say it
    e = RNG.normal(size=6)
    assert said(e + 0.25, e) == "offset"


# -- where the errors are

def test_wrong_exactly_where_an_input_is_zero_or_negative():
    x = RNG.normal(size=(4, 5))
    x[0, :2] = 0.0
    dout = RNG.normal(size=(4, 5))
    scene = Scene(inputs=(Named("cache (an argument of relu_backward())", x),))
    assert said(dout * (x >= 0), dout * (x > 0), scene) == "where_input"
    assert said(np.where(x < 0, 1.0, dout), dout, scene) == "where_input"


def test_wrong_exactly_where_a_binary_target_is_zero_says_that_class_s_term():
    """Binary cross-entropy with the (1 - t) log(1 - p) term missing: the gradient is wrong exactly where the
    target is 0, and that class's term is said, not a clip or a mask (the dropped entries are positive)."""
    p = RNG.uniform(0.1, 0.9, size=6)
    t = np.array([1.0, 0.0, 0.0, 1.0, 0.0, 0.0])
    expected = (-t / p + (1 - t) / (1 - p)) / 6
    mine = -t / p / 6
    scene = Scene(inputs=(Named("target (an argument of bce())", t),))
    found = relate(mine, expected, TOL, scene)
    assert found.relation == "where_input" and "exactly where target (an argument of bce()) is 0 (4 of 6" in \
        found.message and "a term with (1 - t)" in found.message and without_numbers(found.plain)
    assert relate(mine, expected, TOL).relation == "clipped_at_zero"  # the same outputs without the target
    assert relate(np.where(t == 1, 0.5, expected), expected, TOL, scene).message.count("is 1 (2 of 6") == 1


def test_a_count_off_by_exactly_an_argument_says_what_is_counted_once_per_it():
    """A parameter count without the depthwise biases: 3 fewer, exactly in_channels (and kernel_size, also 3: both
    said); an argument no count differs by says nothing; a difference of 1 is an off-by-one."""
    scene = Scene(constants=(Constant("in_channels", 3.0, "the argument in_channels"),
                             Constant("out_channels", 128.0, "the argument out_channels"),
                             Constant("kernel_size", 3.0, "the argument kernel_size")))
    found = relate(539, 542, TOL, scene)
    assert found.relation == "counted_argument"
    assert found.message.startswith("yours is 3 fewer than the expected: exactly in_channels or kernel_size")
    assert without_numbers(found.plain)
    assert "exactly out_channels" in relate(670, 542, TOL, scene).message and "extra" in relate(670, 542, TOL,
                                                                                                    scene).message
    assert "in_channels x out_channels" in relate(542 - 384, 542, TOL, scene).message  # 3 * 128: a product
    assert relate(535, 542, TOL, scene) is None  # 7: no argument, no product
    assert relate(541, 542, TOL, scene).relation == "off_by_one"
    padding = Scene(constants=(Constant("padding", 2.0, "the argument padding"),))
    assert relate(10, 14, TOL, padding) is None  # 4 = 2 * padding, not padding x padding: no argument squared
    derived = Scene(constants=(Constant("D", 3.0, "the number of entries in a row"),))
    assert relate(539, 542, TOL, derived) is None  # a size read off the data fits too much to say


def test_a_shape_error_is_said_as_numpy_met_the_shapes():
    """From the error's own shapes: a vector of row sums meets the columns (keepdims, or None, lines it up with the
    rows); a per-filter bias meets the last axis; same-rank arrays differ where neither is 1; a matrix product whose
    right operand would fit transposed. No number in the words a hidden test shows; other errors say nothing."""
    found = rel.shape_error("softmax() raised ValueError: operands could not be broadcast together with shapes "
                            "(5,4) (5,) ")
    assert found.relation == "shape_error" and "so (5,) meets the last axis of (5, 4), of size 4; its sizes match " \
        "axis 0 instead: to line it up there, give it the shape (5, 1) (`[:, None]`, or keepdims=True" in found.message
    assert without_numbers(found.plain)
    bias = rel.shape_error("operands could not be broadcast together with shapes (8,8,16,16) (8,) ")
    assert "match axis 0 or 1 instead: to line it up with axis 1, give it the shape (8, 1, 1)" in bias.message
    windows = rel.shape_error("operands could not be broadcast together with shapes (2,3,3,3) (2,3) ")
    assert "(2, 3) meets the last 2 axes of (2, 3, 3, 3)" in windows.message and "`[:, :, None, None]`" in \
        windows.message
    assert "is one the other transposed?" in rel.shape_error("operands could not be broadcast together with shapes "
                                                             "(5,4) (4,5) ").message
    assert "the right one transposed (.T) would fit" in rel.shape_error("shapes (3,6) and (4,6) not aligned: 6 (dim "
                                                                        "1) != 4 (dim 0)").message
    # np.dot of a vector and a (C, H, W) array sums over H, the second-to-last axis (hold-out 53's rb7: said as its
    # first axis, whose size was not the 4 quoted)
    dot = rel.shape_error("shapes (5,) and (5,4,4) not aligned: 5 (dim 0) != 4 (dim 1)").message
    assert "the second-to-last axis (axis 1) of the right (4, of (5, 4, 4))" in dot and \
        "its first axis (5) matches: np.tensordot(left, right, axes=1)" in dot
    assert rel.shape_error("index 6 is out of bounds for axis 2 with size 6") is None


def test_border_of_feature_maps():
    e = RNG.normal(size=(2, 3, 7, 7))
    g = e.copy()
    g[..., 0, :] += 1.0
    g[..., :, -1] += 1.0
    found = relate(g, e, TOL)
    assert found.relation == "border" and "top and right" in found.message
    matrix = RNG.normal(size=(7, 5))
    bad = matrix.copy()
    bad[0, 0] += 1
    bad[6, 4] += 1
    assert said(bad, matrix) != "border"  # a plain matrix, two scattered errors: no padding to tell of


def test_shifted_feature_map():
    big = RNG.normal(size=(1, 2, 9, 9))
    e = big[..., 1:8, 1:8]
    g = big[..., :7, :7]  # yours[i, j] = expected[i - 1, j - 1]
    assert "1 row down and 1 column right" in relate(g, e, TOL).message


def test_one_index_last_rows_and_strided():
    e = RNG.normal(size=(4, 3, 6))
    one = e.copy()
    one[:, 2] += 1
    assert said(one, e) == "one_index"
    two = e[0, :, :4].copy()  # (3, 4): two wrong entries that share column 0 say nothing of an index (they share
    two[[0, 2], 0] *= 1.07    # some index by chance as easily: where |x| > 1 in a relative step, hold-out 6)
    assert relate(two, e[0, :, :4], TOL) is None or said(two, e[0, :, :4]) != "one_index"
    last = RNG.normal(size=(8, 3))
    tail = last.copy()
    tail[5:] += 1
    assert said(tail, last) == "end_block"
    off = last.copy()  # row 0 expects exactly 0 (a hidden unit that is off): it is right whatever the code does, so
    off[0] = 0.0       # 'the first 1 is right, every later one wrong' is no block (hold-out 45, qt7's W2 gradient)
    wrong_after_off = off.copy()
    wrong_after_off[1:] += 1
    assert said(wrong_after_off, off) != "end_block"
    wide = RNG.normal(size=(2, 8, 8))
    every = wide.copy()
    every[:, ::2] += 1
    assert said(every, wide) == "strided"
    scattered = wide.copy()
    scattered[0, 2, 3] += 1
    scattered[1, 6, 1] += 1
    assert said(scattered, wide) is None  # two scattered entries: no pattern


def test_patterns_of_rounding_are_not_patterns():
    e = RNG.normal(size=(8, 8))
    g = e.copy()
    g[::2] *= 1 + 3e-6  # tiny differences in a regular pattern: a precision matter
    assert said(g, e) == "close"


def test_zeros_where_the_expected_is_not_or_the_reverse():
    e = RNG.normal(size=(6, 6))
    mask = RNG.random((6, 6)) < 0.6
    assert said(e * mask / 0.6, e, Scene(constants=(Constant("p", 0.6, "dropout_param['p']"),))) == "masked"
    assert said(e * mask, e) == "masked"
    sparse = np.where(mask, 0.0, e)
    assert said(e, sparse) == "zero_pattern"


def test_all_zeros_on_large_inputs_says_the_overflow_first():
    """A softmax whose log-sum-exp overflows gives exp(x - inf) = 0 everywhere: on inputs that reach 1000 the
    overflow is said first (hold-out 18: only an array never filled, another variable, a floor division)."""
    e = RNG.random((4, 5))
    e /= e.sum(axis=1, keepdims=True)
    large = Scene(inputs=(Named("scores (an argument)", 1000 + RNG.normal(size=(4, 5))),))
    found = relate(np.zeros((4, 5)), e, TOL, large)
    assert found.relation == "zeros" and "inputs reach 1" in found.message and \
        "overflow or underflow on the way" in found.message
    assert without_numbers(found.plain)
    small = Scene(inputs=(Named("scores (an argument)", RNG.normal(size=(4, 5))),))
    assert "overflow" not in relate(np.zeros((4, 5)), e, TOL, small).message


# -- precision

def test_float32_and_float16_results():
    e, tight = RNG.normal(size=(5, 4)), Tolerance(rtol=1e-9, atol=1e-12)
    assert said(e.astype(np.float32).astype(np.float64), e, tol=tight) == "float32"
    assert said(e.astype(np.float16).astype(np.float64), e, tol=tight) == "float16"
    # (torch's default dtype is float32: said of float32 alone, as hold-out 69's rr5 showed for float16)
    half = relate(e.astype(np.float16).astype(np.float64), e, tight, Scene())
    assert "torch's default" not in half.message and "a cast to it" in half.message
    assert "torch's default" in relate(e.astype(np.float32).astype(np.float64), e, tight, Scene()).message
    rounding = e * (1 + RNG.uniform(-1e-7, 1e-7, size=e.shape))
    assert said(rounding, e, tol=tight) == "float32"


def test_a_small_difference_in_one_place_is_not_called_precision():
    e = RNG.normal(size=(6, 4))
    g = e.copy()
    g[:, -1] *= 1 + 2e-5  # an epsilon in a different place: one feature off by 2e-5
    assert said(g, e) == "close"
    assert "precision issue" not in relate(g, e, TOL).message


# -- what was returned

def test_none_a_tuple_zeros_an_input_or_another_quantity():
    e = RNG.normal(size=(3, 4))
    assert said(None, e) == "returned_none"
    assert said((e, "cache"), e) == "returned_tuple"
    assert said(np.zeros_like(e), e) == "zeros"
    x = RNG.normal(size=(3, 4))
    scene = Scene(inputs=(Named("dout (an argument of relu_backward())", x),),
                  quantities=(Named("what sigmoid_forward() returns", -2 * x + 1),))
    assert said(x, e, scene) == "returned_input"
    assert "negated" in relate(-x, e, TOL, scene).message
    assert said(-2 * x + 1, e, scene) == "returned_other"


def test_another_outputs_expected_value_of_another_shape_is_said_before_any_reduction():
    """db2 (3,) stored as db1, whose expected is (7,): equal entry for entry to the expected db2, which a sum over
    an axis of W2 (7, 3) would give the shape of too: the copy is said, not a reduction."""
    rng = np.random.default_rng(12)
    w2, db2, db1 = rng.normal(size=(7, 3)), rng.normal(size=3), rng.normal(size=7)
    scene = Scene(inputs=(Named("params['W2'] (an argument of two_layer_mlp_loss())", w2),),
                  quantities=(Named("the expected grads['b2']", db2, "the expected value of another output this test "
                                    "checks"),))
    found = relate(db2.copy(), db1, TOL, scene)
    assert found is not None and found.relation == "returned_other" and "grads['b2']" in found.message


def test_nan_or_inf_from_large_inputs():
    e = RNG.uniform(size=(3, 5))
    g = e.copy()
    g[0] = np.nan
    scores = Scene(inputs=(Named("scores (an argument of softmax())", 1000 + RNG.normal(size=(3, 5))),))
    large = relate(g, e, TOL, scores).message
    assert "numbers this large overflow or underflow on the way" in large and "0 below -745" in large
    # ... but only if the values are finite on smaller inputs: the row maximum subtracted, a log of a negative
    # number gives NaN on large inputs as on small ones (hold-out 9 was told of an overflow)
    assert "if not, a division by zero" in large and "the log or square root of a negative number" in large
    assert "division by zero" in relate(g, e, TOL).message
    assert "square root of a negative number" in relate(g, e, TOL).message


def test_all_zeros_also_asks_about_a_floor_division():
    e = RNG.uniform(0.01, 0.1, size=6)
    assert "floor-divided (// rounds it down to 0)" in relate(np.zeros(6), e, TOL).message


# -- honesty

def test_unrelated_outputs_get_no_diagnosis():
    """Random wrong outputs of random expected values: nothing holds, nothing is said."""
    rng = np.random.default_rng(3)
    for _ in range(200):
        shape = tuple(rng.integers(1, 7, size=rng.integers(1, 4)))
        e, g = rng.normal(size=shape), rng.normal(size=shape)
        scene = Scene(inputs=(Named("x (an argument of f())", rng.normal(size=shape)),),
                      constants=(Constant("N", float(shape[0]), "the batch size"),))
        assert relate(g, e, TOL, scene) is None, (shape, relate(g, e, TOL, scene))


def test_a_hidden_sentence_may_name_things_but_holds_no_number():
    assert without_numbers("differs by -reg times params['W1'], computed in float32")
    assert not without_numbers("N=4 times") and not without_numbers("shape (2, 3)")
    assert not without_numbers("0.6") and not without_numbers("1e-05") and not without_numbers("x 7")


def test_every_hidden_sentence_of_the_factor_list_is_without_digits():
    constants = (Constant("N", 6.0, "the batch size"), Constant("p", 0.6, "dropout_param['p']"),
                 Constant("momentum", 0.9, "config['momentum']"))
    for factor in rel._factors(constants):  # the list every named factor comes from
        assert without_numbers(factor.plain), factor.plain


def test_a_reshape_where_a_transpose_is_needed_first():
    W = RNG.normal(size=(12, 5))  # an affine weight (C*H*W, M), C, H, W = 3, 2, 2
    expected = W.T.reshape(5, 3, 2, 2)
    found = relate(W.reshape(5, 3, 2, 2), expected, TOL)
    assert found.relation == "reshaped_untransposed" and "(5, 12) matrix, transposed" in found.message
    assert said(RNG.normal(size=(5, 3, 2, 2)), expected) is None
    assert said(expected.reshape(5, 12), expected) == "reshaped"  # right order, another shape: not this


def test_a_named_constant_left_out_of_a_loss():
    y = RNG.normal(size=(6, 2))
    scene = Scene(inputs=(Named("y (an argument)", y),), constants=(Constant("N", 6.0, "the batch size"),))
    expected = 1.2345
    found = relate(expected - 2 * 0.5 * np.log(2 * np.pi), expected, TOL, scene)
    assert found.relation == "named_offset" and "2 x 0.5 * log(2 pi)" in found.message
    assert without_numbers(found.plain)
    assert relate(expected - 0.7, expected, TOL, scene) is None  # a lone number off by an unnamed amount


def test_wrong_only_at_ties():
    x = RNG.normal(size=(2, 8, 8))
    x[0, 2, 3] = x[0, 2, 2]  # a tie in a pooling window
    x[1, 5, 5] = x[1, 4, 4] = x[1, 4, 5]
    expected = RNG.normal(size=x.shape)
    got = expected.copy()
    got[0, 2, 3] += 1
    got[1, 4, 4] -= 0.5
    scene = Scene(inputs=(Named("x (an argument)", x),))
    assert said(got, expected, scene) == "ties"
    elsewhere = expected.copy()
    elsewhere[0, 0, 0] += 1
    assert said(elsewhere, expected, scene) != "ties"


def test_one_size_divided_by_where_another_is_meant_is_said():
    """dscores divided by the number of classes where the batch size is meant: N/D times the expected (hold-out
    15's 5/4 was said only as N/(N-1), "unbiased"; the two are said together now where both fit)."""
    e = RNG.normal(size=(6, 4))
    scene = Scene(constants=(Constant("N", 6.0, "the batch size"), Constant("D", 4.0, "the number of entries in a row")))
    found = relate(6 / 4 * e, e, TOL, scene)
    assert found.relation == "scaled" and "N/D = 6/4 times the expected" in found.message
    assert "a division by D where one by N is meant" in found.message and "fits more than one cause" not in found.message
    assert "a division by N where one by D is meant" in relate(4 / 6 * e, e, TOL, scene).message


def test_a_factor_with_two_meanings_says_both_and_one_near_one_says_none():
    e = RNG.normal(size=(4, 3))
    scene = Scene(constants=(Constant("N", 4.0, "the batch size"), Constant("D", 3.0, "the number of entries in a row")))
    found = relate(3 * e, e, TOL, scene)
    assert found.relation == "scaled" and "fits more than one cause" in found.message
    assert "N-1=3" in found.message and "D=3" in found.message
    tiny = Scene(constants=(Constant("epsilon", 1e-8, "config['epsilon']"),))
    assert said((1 - 1e-8) * e, e, tiny) != "scaled"  # 1 - epsilon is closeness, not a factor


def test_a_softmax_gradient_without_its_one_hot_term():
    y = np.array([0, 2, 1, 0, 2])
    expected = RNG.normal(size=(5, 3))
    hot = np.zeros((5, 3))
    hot[np.arange(5), y] = 1
    scene = Scene(inputs=(Named("y (an argument)", y.astype(float)),), constants=(Constant("N", 5.0, "the batch size"),))
    found = relate(expected + hot / 5, expected, TOL, scene)
    assert found.relation == "missing_term" and "the one-hot of y" in found.message


def test_errors_all_one_way_are_not_float32_rounding():
    e = RNG.normal(size=(6, 6))
    one_way = e * (1 + RNG.uniform(3e-7, 1.5e-6, size=e.shape))
    assert said(one_way, e) not in ("float32", "float16")
    either_way = e * (1 + RNG.uniform(-1.5e-6, 1.5e-6, size=e.shape))
    assert said(either_way, e) == "float32"


def test_a_sum_over_several_axes_a_staircase_and_a_softmax_over_the_batch():
    dout = RNG.normal(size=(2, 3, 4, 4))
    found = relate(dout.sum(axis=0), dout.sum(axis=(0, 2, 3)), TOL)
    assert found.relation == "not_reduced" and "sum over axes (1, 2)" in found.message
    steps = np.arange(12)
    assert said(0.1 * 0.5 ** (steps / 4), 0.1 * 0.5 ** (steps // 4)) == "staircase"
    scores = RNG.normal(size=(4, 3))
    rows = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    columns = np.exp(scores) / np.exp(scores).sum(axis=0, keepdims=True)
    assert said(columns, rows) == "normalized_axis"


def test_a_variance_in_some_entries_only():
    e = np.abs(RNG.normal(size=4)) + 0.5
    g = e.copy()
    g[[1, 3]] = e[[1, 3]] ** 2
    found = relate(g, e, TOL)
    assert found.relation == "squared_in_part" and "[1, 3]" in found.message


def test_a_bias_added_once_per_channel():
    b = RNG.normal(size=4)
    expected = RNG.normal(size=(2, 4, 3, 3))
    scene = Scene(inputs=(Named("b (an argument)", b),), constants=(Constant("N", 2.0, "the batch size"),))
    found = relate(expected + 2 * b[None, :, None, None], expected, TOL, scene)
    assert found.relation == "missing_term" and "it is added 2 times too many" in found.message
    assert "batch size" not in found.message  # 2 = N here by chance: not named


def test_a_reduction_over_the_other_axis_and_missing_steps():
    dout, x_hat = RNG.normal(size=(6, 4)), RNG.normal(size=(6, 4))
    scene = Scene(inputs=(Named("dout (an argument)", dout),))
    found = relate((dout * x_hat).sum(axis=1), (dout * x_hat).sum(axis=0), TOL, scene)
    assert found.relation == "reduced_other_axis" and "axis=1 where axis=0" in found.message
    # an axis of length 1 "removed" is no reduction over it (hold-out 28, qc7: a (C, 1) column broadcast over one
    # example's (1, C, H, W) features, summed over the right axis, was said a sum over the wrong axis)
    features = RNG.normal(size=(1, 3, 2, 5))
    wrong = (RNG.normal(size=(3, 1))[:, :, None, None] * features).sum(axis=1)
    assert relate(wrong, features.sum(axis=1), TOL, Scene(inputs=(Named("features", features),))) is None or \
        relate(wrong, features.sum(axis=1), TOL, Scene(inputs=(Named("features", features),))).relation != \
        "reduced_other_axis"
    path = RNG.normal(size=(12, 2))
    assert said(np.concatenate([path[:3], RNG.normal(size=(6, 2))]), path) == "fewer_steps"
    assert said(RNG.normal(size=(9, 2)), path) is None  # no first step right: nothing to tell


def test_only_the_last_pass_of_a_loop_kept():
    """Per-layer statistics with the append after the loop: one value, the last layer's (hold-out 16's b4: nothing
    was said of shape (1,) for (6,))."""
    means = RNG.normal(size=6)
    assert said(means[-1:], means) == "last_pass_only"
    assert said(float(means[-1]), means) == "last_pass_only"  # a number overwritten on every pass
    rows = RNG.normal(size=(5, 3))
    assert said(rows[-1], rows) == "last_pass_only"
    assert said(means[2:3], means) is None  # a middle entry: no loop's last pass
    assert said(np.array([means[-1]]), np.r_[means[:-1], means[-1], means[-1]]) is None  # not the last alone
    assert said(means[-1:], means[:2]) is None  # two entries: too few to tell


def test_one_number_where_one_per_feature_is_asked_for():
    x = RNG.normal(size=(20, 3)) * np.array([1.0, 5.0, 20.0])
    expected = (x - x.mean(axis=0)) / x.std(axis=0)
    assert said((x - x.mean(axis=0)) / x.std(), expected) == "scaled_per_feature"
    assert said(2 * expected, expected) == "scaled"  # one factor for all: not this


def test_a_first_step_scaled_by_a_named_factor_of_a_setting():
    start = RNG.normal(size=5)
    asked = start - 0.1 * RNG.normal(size=5)
    step = asked - start
    expected = np.stack([asked, asked + step])
    mine = np.stack([start + step * (0.1 / 1.9), asked + 2 * step])
    scene = Scene(constants=(Constant("momentum", 0.9, "config['momentum']"),), start=start, trajectory=True)
    found = relate(mine, expected, TOL, scene)
    assert found.relation == "first_step" and "(1-momentum)/(1+momentum)" in found.message


def test_a_first_step_the_same_but_for_rounding_is_not_said_to_be_off_in_size():
    """A state kept in float32 (hold-out 37's ql2) moves each step by the right amount to six digits: "1 times its
    size: the first step's size is off" would be false."""
    start = RNG.normal(size=5)
    expected = np.stack([start - 0.1 * RNG.normal(size=5) for _ in range(3)])
    mine = expected.copy()
    mine[0] = start + (expected[0] - start) * (1 + 3e-6)
    found = rel.first_step(mine, expected, Tolerance(rtol=1e-7, atol=0.0), Scene(start=start, trajectory=True))
    assert found is None
    mine[0] = start + (expected[0] - start) * 1.5
    assert rel.first_step(mine, expected, Tolerance(rtol=1e-7, atol=0.0), Scene(start=start, trajectory=True))


def test_a_few_whole_numbers_all_zero_are_not_read_as_an_array_never_filled():
    """A smallest and a largest offset both 0 (one draw for the whole batch) is what many mistakes give."""
    assert rel.zeros(np.zeros(2), np.array([0.0, 4.0]), TOL, Scene()) is None
    assert rel.zeros(np.zeros((3, 4)), np.arange(12.0).reshape(3, 4) / 7, TOL, Scene()).relation == "zeros"


# -- one output a block of the other

GRID = RNG.normal(size=(2, 3, 4, 5))


@pytest.mark.parametrize("got, relation", [
    (np.pad(GRID, ((0, 0), (0, 0), (1, 1), (1, 1))), "padded"),  # dx of the padded input, not cropped
    (GRID[:, :, 1:-1, 1:-1], "cropped"),
    (GRID[:, :, :3, :4], "missing_at_end"),  # an output row and column left out (a size without its + 1)
    (np.concatenate([GRID, RNG.normal(size=(2, 3, 1, 5))], axis=2), "extra_at_end"),
])
def test_an_output_that_is_a_block_of_the_expected_or_holds_it_is_said(got, relation):
    assert said(got, GRID) == relation


def test_one_entry_along_an_axis_is_not_said_to_be_the_first_ones():
    """Windows stepped by their own size give one position where the expected has several: it is the first, and
    every k-th alike (hold-out 14: "the last ones are missing (a loop bound too small)" where the step was wrong)."""
    assert said(GRID[:, :, :1, :1], GRID) != "missing_at_end"


def test_a_block_found_in_several_places_or_nowhere_says_nothing():
    flat = np.ones((2, 3, 4, 5))
    assert said(np.pad(flat, ((0, 0), (0, 0), (1, 1), (1, 1)), constant_values=1.0), flat) is None  # anywhere
    assert said(RNG.normal(size=(2, 3, 6, 7)), GRID) is None
    assert said(GRID[:, :, 1:, :4], GRID) is None  # neither a border on both sides nor the start


def test_a_maximum_started_at_zero_is_said_clipped_not_masked():
    """A max pool whose running maximum starts at 0 gives 0 for windows of negative values, the right maximum
    elsewhere: the expected with its negative entries replaced by 0 (it was said a mask, "dropout in test mode?",
    found by hold-out 5); the minimum too."""
    rng = np.random.default_rng(11)
    expected = rng.normal(size=(2, 3, 4, 4))
    assert said(np.maximum(expected, 0.0), expected) == "clipped_at_zero"
    found = relate(np.maximum(expected, 0.0), expected, TOL, Scene())
    assert "negative entries replaced by 0" in found.message and "running maximum started at 0" in found.message
    assert said(np.minimum(expected, 0.0), expected) == "clipped_at_zero"
    dropped = expected * (rng.uniform(size=expected.shape) < 0.5)  # zeros anywhere: a mask, not a clip
    assert said(dropped, expected) != "clipped_at_zero"
    # every entry zero where the expected is all of one sign: nothing kept, no clip to tell (shares of draws all
    # 0 where each decade's is 0.25: "a minimum taken with 0" before, hold-out 21)
    assert said(np.zeros(4), np.full(4, 0.25)) != "clipped_at_zero"
    # ... but one entry kept is a clip (a ReLU on scores of which one is positive)
    scores = np.array([-1.0, -2.0, 0.5, -0.3])
    assert said(np.maximum(scores, 0.0), scores) == "clipped_at_zero"


def test_each_example_rescaled_is_no_mask():
    """Maps normalized to [0, 1] one by one (min-max) are the expected times a number plus a number, per
    example: said so, not "a mask is missing" (the expected's zeros move with the rest; hold-out 5)."""
    rng = np.random.default_rng(12)
    expected = np.maximum(rng.normal(size=(3, 4, 4)), 0.0)
    lo, hi = expected.min(axis=(1, 2), keepdims=True), expected.max(axis=(1, 2), keepdims=True)
    assert said((expected - lo) / (hi - lo) * 2.0 + np.arange(3.0)[:, None, None], expected) == "rescaled_per_example"
    assert said(expected * 3.0, expected) != "rescaled_per_example"  # one factor for all: the factor says it
    # one example: said where yours bears a normalization's mark (from 0 to 1 here); one example times a number
    # plus a number is otherwise what any affine mistake gives (a sum divided by H * H where H * W is meant: said
    # a normalization before, hold-out 21)
    one = rng.normal(size=(1, 4, 4))
    assert said((one - one.min()) / (one.max() - one.min()), one) == "rescaled_per_example"
    assert said(one * 2.5 + 0.3, one) != "rescaled_per_example"



def test_one_number_repeated_along_each_row_is_said_so_not_as_a_normalization():
    """A numerical gradient that shifts a whole row at once gives each row the sum of its partial derivatives,
    repeated: 0 times the expected plus a number, row by row, which rescaled_per_example read as a normalization
    (hold-out 13). Said as one number per row, with what it is."""
    rng = np.random.default_rng(13)
    expected = rng.normal(size=(3, 4))
    summed = np.repeat(expected.sum(axis=1, keepdims=True), 4, axis=1)
    assert said(summed, expected) == "one_number_per_row"
    assert "the sum of that row of the expected" in relate(summed, expected, TOL, Scene()).message
    other = np.repeat(rng.normal(size=(3, 1)), 4, axis=1)
    assert said(other, expected) == "one_number_per_row"
    assert "the sum" not in relate(other, expected, TOL, Scene()).message
    flat = np.repeat(rng.normal(size=(3, 1)), 4, axis=1)
    assert said(flat * 2.0, flat) != "one_number_per_row"  # the expected's rows are constant too
    everywhere = np.full_like(expected, expected.sum())  # the whole array shifted at once: one number everywhere
    assert "every entry of yours is the same number" in relate(everywhere, expected, TOL, Scene()).message
    assert "(the sum of all the expected's entries)" in relate(everywhere, expected, TOL, Scene()).message

def test_an_array_of_integers_holding_the_expected_values_cut_is_said():
    """Results written into an integer array: the expected values with their fractions cut off, said from the
    array's dtype (an all-zero float output says no such thing: it is zeros)."""
    expected = np.array([0.53, 1.75, -2.5, 0.01])
    found = relate(np.trunc(expected).astype(np.int64), expected, Tolerance(rtol=1e-7, atol=1e-10))
    assert found is not None and found.relation == "integer_array" and "cut off" in found.message
    assert "(int64)" in found.message and without_numbers(found.plain)
    found = relate(np.floor(expected).astype(np.int32), expected, Tolerance(rtol=1e-7, atol=1e-10))
    assert found is not None and found.relation == "integer_array" and "rounded down" in found.message
    found = relate(np.zeros(4), np.array([0.5, 0.25, 0.125, 0.75]), Tolerance(rtol=1e-7, atol=1e-10))
    assert found is not None and found.relation == "zeros"
    # whole numbers expected (a count): an int array is right, or wrong by something else
    assert relate(np.array([1, 2, 4]), np.array([1.0, 2.0, 3.0]), Tolerance(rtol=0, atol=0)) is None or \
        relate(np.array([1, 2, 4]), np.array([1.0, 2.0, 3.0]), Tolerance(rtol=0, atol=0)).relation != "integer_array"


def test_whole_numbers_in_floats_where_the_expected_has_fractions_are_said_as_rounded_down():
    """mask = keep // p: a kept unit scaled by 1 // 0.3 = 3 where 1 / 0.3 (hold-out 65's rn5: nothing said), read
    up to the last bits (out / x gives 3.0000000000000004). Not where yours is only 0s and 1s (a scale left out gives
    that as well), nor where the expected is whole."""
    tol = Tolerance(rtol=1e-7, atol=1e-10)
    e = np.array([3.3333333333333335, 3.3333333333333335, 6.75, -2.25])
    found = relate(np.floor(e) * (1 + 1e-15), e, tol)
    assert found is not None and found.relation == "whole_numbers" and "rounded down (" in found.message
    assert without_numbers(found.plain)
    assert "cut off toward 0" in relate(np.trunc(e), e, tol).message
    # (fractions all below one half: floor, trunc and round alike)
    assert "made a whole number (" in relate(np.array([3.0, 4.0]), np.array([3.25, 4.25]), tol).message
    for mine, expected in (([1.0, 1.0], [1.667, 1.667]), ([3.0, 5.0], [4.0, 5.0])):
        said = relate(np.array(mine), np.array(expected), tol)
        assert said is None or said.relation != "whole_numbers", said


def test_an_index_one_past_the_end_is_said_as_counted_from_one():
    one_past = rel.index_error("IndexError: index 12 is out of bounds for axis 0 with size 12")
    assert one_past is not None and "one past its last entry (at 11)" in one_past.message
    assert "counted from 1" in one_past.message and "another axis's length" in one_past.message
    assert without_numbers(one_past.plain)
    further = rel.index_error("index 30 is out of bounds for axis 1 with size 12")
    assert further is not None and "beyond its end" in further.message and "one past" not in further.message
    assert rel.index_error("list index out of range") is None
    # torch's words; far past the rows: indices made for a longer array (hold-out 27: the training rows' permutation
    # used on the test split said nothing)
    rows = rel.index_error("IndexError: index 1041 is out of bounds for dimension 0 with size 739")
    assert rows is not None and "indices made for a longer array" in rows.message and without_numbers(rows.plain)


def test_an_array_tested_for_truth_is_said_with_both_usual_intents():
    try:
        if not np.arange(3):  # noqa: SIM108 - the student's mistake itself
            pass
    except ValueError as e:
        found = rel.truth_value_error(str(e))
    assert found is not None and found.relation == "truth_value_error"
    assert "compare with None, `if y is None:`" in found.message and ".any() or .all()" in found.message
    assert "np.maximum(z, 0) works entry by entry" in found.message
    assert without_numbers(found.plain) and rel.truth_value_error("division by zero") is None


def test_a_sequence_where_a_number_is_expected_is_said_with_pythons_repetition():
    """in_channels * (kh, kw) repeats the tuple: fans that come back as tuples (hold-out 13: nothing was said but
    that the grader could not use the return value)."""
    from autograder.grading.relations import sequences_for_numbers
    found = sequences_for_numbers(((3, 3, 3, 3, 3, 3), (5, 5, 5, 5, 5, 5)), np.array([27.0, 45.0]))
    assert found.relation == "sequence_for_number"
    assert "it is (3, 3) repeated 3 times, what 3 * (3, 3) gives in Python" in found.message
    other = sequences_for_numbers([(1, 2, 3), 4], np.array([6.0, 4.0]))
    assert "a list" not in other.message and "a tuple of 3 entries, (1, 2, 3)" in other.message
    assert "repeated" not in other.message
    assert sequences_for_numbers((1, 2), np.array([1.0, 2.0])) is None  # numbers: nothing to say here


def test_wrong_only_in_constant_features_is_a_spread_of_zero_not_ties():
    """Standardizing without eps: a feature constant over the rows comes out wrong, and only it. Its entries are
    ties (one value repeated), but how ties are broken is not the cause (it was said: hold-out 14)."""
    rng = np.random.default_rng(14)
    x = rng.normal(size=(40, 5))
    x[:, 2] = 3.0
    expected = (x - x.mean(axis=0)) / (x.std(axis=0) + 1e-8)
    mine = expected.copy()
    mine[:, 2] = -1.0  # rounding noise divided by a std of (nearly) 0
    scene = Scene(inputs=(Named("X_train (an argument of normalize_splits())", x),))
    found = relate(mine, expected, TOL, scene)
    assert found.relation == "constant_features" and "1 of them" in found.message, found
    tied = np.round(rng.normal(size=(40, 5)), 1)  # ties spread over every feature: still ties
    wrong = tied.copy()
    counts = {v: int((tied == v).sum()) for v in np.unique(tied)}
    at = np.vectorize(lambda v: counts[v] > 1)(tied) & (rng.uniform(size=tied.shape) < 0.5)
    wrong[at] += 1.0
    found = relate(wrong, tied, TOL, Scene(inputs=(Named("x", tied),)))
    assert found is None or found.relation != "constant_features"


def test_a_per_feature_factor_that_is_an_input_is_named():
    """dx missing gamma is the expected divided by gamma, feature by feature: said with gamma, not as a statistic
    over the wrong axes (hold-out 14)."""
    rng = np.random.default_rng(15)
    expected, gamma = rng.normal(size=(6, 4)), rng.uniform(0.5, 2.0, size=4)
    scene = Scene(inputs=(Named("gamma (an argument of f())", gamma),))
    found = relate(expected / gamma, expected, TOL, scene)
    assert found.relation == "scaled_per_feature" and "divided by gamma (an argument of f())" in found.message
    assert "that factor is missing" in found.message
    other = relate(expected * rng.uniform(0.5, 2.0, size=4), expected, TOL, scene)
    assert other.relation == "scaled_per_feature" and "gamma" not in other.message


def test_the_expected_repeated_in_every_row_is_said_broadcast_not_unreduced():
    """A running mean started as np.zeros_like(x) (N, D) and blended with the batch mean (D,): every row of yours is
    the expected, whole. Summing or averaging would repair the shape, but nothing was left unreduced: the value met
    an array of the batch's shape. Rows that differ are still a reduction left out."""
    rng = np.random.default_rng(13)
    e = rng.normal(size=3)
    found = relate(np.tile(e, (5, 1)), e, TOL)
    assert found is not None and found.relation == "broadcast_copies" and "5 times over" in found.message
    assert without_numbers(found.plain)
    rows = rng.normal(size=(5, 3))
    assert said(rows, rows.sum(axis=0)) == "not_reduced"
    # one row (a per-row loss never averaged, on a test of one example): no broadcast shows (hold-out 43)
    one = relate(np.array([[0.75]]), np.array(0.75), TOL)
    assert one is not None and one.relation == "not_reduced" and "broadcast" not in one.message
    assert "never taken" in one.message and without_numbers(one.plain)


def test_a_per_feature_factor_that_is_a_row_of_an_array_says_the_row():
    """dropout_forward's test mode returned x alone where (x, None) is asked: the test's [1], the cache, is x's row 1,
    which the backward multiplies dout by. Said as that row, not as a statistic over the wrong axes (hold-out 43)."""
    rng = np.random.default_rng(17)
    x, dout = rng.normal(size=(6, 5)), rng.normal(size=(6, 5))
    scene = Scene(quantities=(Named("the value[0] (what dropout_forward() returns)", x, "part of the value"),))
    found = relate(dout * x[1], dout, TOL, scene)
    assert found.relation == "scaled_per_feature" and "row 1 of the value[0]" in found.message
    assert "returned alone where a pair" in found.message and without_numbers(found.plain)
    other = relate(dout * rng.uniform(0.5, 2.0, size=5), dout, TOL, scene)
    assert other.relation == "scaled_per_feature" and "times row" not in other.message


def test_one_number_asked_and_one_per_column_given_is_a_reduction_over_one_axis_only():
    """np.linalg.norm(W, axis=0) where the norm of the whole W is asked: yours has W's shape without axis 0 where
    the expected is a lone number. An input with two axes of one length tells nothing."""
    rng = np.random.default_rng(16)
    w = rng.normal(size=(20, 10))
    scene = Scene(inputs=(Named("W (an argument of update_ratio())", w),))
    found = relate(np.linalg.norm(w, axis=0), np.float64(np.linalg.norm(w)), TOL, scene)
    assert found is not None and found.relation == "reduced_other_axis" and "over axis 0 only (axis=0)" in found.message
    square = Scene(inputs=(Named("W (an argument)", rng.normal(size=(10, 10))),))
    assert said(np.ones(10) * rng.normal(size=10), np.float64(3.0), square) != "reduced_other_axis"


def test_logits_laid_out_classes_first_are_said_transposed_from_the_checks_message():
    """a6's checks say the shapes they wanted and got: (10, 739) where (739, classes) is asked is the logits
    transposed; a wrong number of columns alone is not."""
    found = rel.transposed_logits("digits accuracy: expected logits of shape (739, classes), got shape (10, 739) "
                                  "float32")
    assert found is not None and found.relation == "transposed" and without_numbers(found.plain)
    assert rel.transposed_logits("logits to check: expected finite logits of shape (150, 6), got an array of shape "
                                 "(6, 150) (float32)") is not None
    assert rel.transposed_logits("expected finite logits of shape (150, 6), got an array of shape (5, 150)") is None
    assert rel.transposed_logits("expected logits of shape (739, classes), got shape (739, 1) float32") is None


def test_a_factor_that_is_a_setting_of_the_call_under_a_root_is_said_by_the_setting():
    """1/sqrt(2) where the call's gain is 2: the gain taken under a square root (hold-out 35's qj4: "a factor 2
    missing inside a square root (as in sqrt(2 / fan_in))", He's 2, a coincidence)."""
    from autograder.grading.relations import Constant, Scene, scaled
    e = RNG.normal(size=(6, 5))
    found = scaled(e / np.sqrt(2), e, TOL, Scene(constants=[Constant("gain", 2.0, "the argument gain")]))
    assert found is not None and found.message.startswith("every entry is 1/sqrt(gain) times the expected (gain=2"), \
        found
    plain = scaled(e / np.sqrt(2), e, TOL, Scene())
    assert plain is not None and "as in sqrt(2 / fan_in)" in plain.message


def test_the_last_slices_of_two_axes_never_written_are_said_unwritten_not_masked():
    """A score map whose row and column loops each stop one window short (hold-out 38's qm7: "a mask ... dropout in
    test mode?", misleading): the last row and the last column are 0, the rest right."""
    e = RNG.normal(size=(2, 3, 4, 5))
    g = e.copy()
    g[:, :, -1, :] = 0
    g[:, :, :, -1] = 0
    found = relate(g, e, TOL)
    assert found is not None and found.relation == "unwritten_slices", found
    assert "the last 1 of the 4 along axis 2 and the last 1 of the 5 along axis 3" in found.message
    scattered = e.copy()
    scattered[0, 0, 1, 2] = scattered[1, 2, 0, 0] = scattered[1, 1, 3, 4] = 0  # zeros scattered: not unwritten ends
    found = relate(scattered, e, TOL)
    assert found is None or found.relation != "unwritten_slices"


def test_values_added_once_per_time_their_place_comes_up_are_said():
    """A scatter with np.add.at where windows share a maximum (hold-out 40's qo3, 38's qm3): right at most entries,
    twice or four times the expected at the shared ones. One factor for all the wrong entries, or a fraction, is
    not this relation."""
    e = RNG.normal(size=(2, 3, 6, 6))
    g = e.copy()
    g[0, 0, 2, 2] *= 2
    g[1, 2, 4, 1] *= 4
    g[0, 1, 3, 3] *= 2
    found = rel.added_repeatedly(g, e, TOL, Scene())
    assert found is not None and "times a whole number (2, 4)" in found.message
    g[1, 2, 4, 1] = e[1, 2, 4, 1] * 2
    assert rel.added_repeatedly(g, e, TOL, Scene()) is None
    g[1, 2, 4, 1] = e[1, 2, 4, 1] * 0.5
    assert rel.added_repeatedly(g, e, TOL, Scene()) is None


def test_a_signed_value_where_its_absolute_value_is_asked_is_said():
    """The saliency's strongest channel returned with its sign (hold-out 40's qo7: "a sign is flipped ... in what
    computes those entries alone" was said): right where yours is positive, the negative where it is negative, the
    expected never negative. Not where the expected has negative entries, nor where some positive entry is wrong."""
    e = np.abs(RNG.normal(size=(3, 4, 4)))
    g = e * np.where(RNG.random(e.shape) < 0.4, -1.0, 1.0)
    found = rel.absolute_value_missing(g, e, TOL, Scene())
    assert found is not None and "the expected is the absolute value of yours" in found.message
    assert said(g, e) == "absolute_value_missing"
    assert rel.absolute_value_missing(g, e - 0.5, TOL, Scene()) is None
    g2 = g.copy()
    g2[g2 > 0] *= 1.5
    assert rel.absolute_value_missing(g2, e, TOL, Scene()) is None


def test_a_value_kept_in_the_students_process_is_described_by_its_type():
    """A generator returned where a tuple is asked comes back as a handle (hold-out 42's qq4: "a Handle" was said):
    its type's name is said."""
    from autograder.sandbox.wire import Handle
    assert rel.describe_value(Handle(3, "generator")) == "a generator"
    assert rel.describe_value(np.zeros((2, 3))) == "an array of shape (2, 3)"


def test_an_array_with_its_axes_in_another_order_is_said_from_the_checks_shapes():
    """"expected an array of shape (47, 25, 3, 3), got (3, 3, 47, 25)" (hold-out 44's qs4: drawn in torch's (in, out,
    kh, kw) layout and brought back with .T): said as the swap and the .T; a plain .T and another order too; the
    same shape, other sizes, or two axes (the logits' own relation) say nothing."""
    from autograder.grading.relations import axes_reordered
    torch_layout = axes_reordered("shape: expected an array of shape (47, 25, 3, 3), got (3, 3, 47, 25)")
    assert torch_layout is not None and "(25, 47, 3, 3) with its axes in reverse order" in torch_layout.message
    assert "np.swapaxes(a, 0, 1)" in torch_layout.message and without_numbers(torch_layout.plain)
    plain_t = axes_reordered("expected an array of shape (4, 3, 2), got (2, 3, 4)")
    assert plain_t is not None and "the expected (4, 3, 2) with its axes in reverse order" in plain_t.message
    # ... and where the code moves no axes (hold-out 49: drawn with size=shape[::-1]), not said as a .T
    made = axes_reordered("expected an array of shape (4, 3, 2), got (2, 3, 4)", transposes=False)
    assert made is not None and ".T" not in made.message and "`shape[::-1]`" in made.message and \
        without_numbers(made.plain)
    other = axes_reordered("expected an array of shape (4, 3, 2), got (3, 2, 4)")
    assert other is not None and "in another order" in other.message
    for message in ("expected an array of shape (4, 3, 2), got (4, 3, 5)", "expected an array of shape (4, 3), got "
                    "(3, 4)", "expected an array of shape (2, 2, 2), got (2, 2, 2)"):
        assert axes_reordered(message) is None, message


def test_a_square_matrix_whose_trace_is_the_number_asked():
    """A sum of squares written as A.T @ A (hold-out 50's MSE): a (D, D) matrix whose diagonal adds up to the number
    asked; not for another matrix, nor a number that is not its trace."""
    a = np.array([[0.3, -1.2, 0.5], [2.0, 0.1, -0.7]])
    found = relate(a.T @ a / a.size, np.float64(np.mean(a ** 2)), TOL)
    assert found is not None and found.relation == "trace_of_products" and "3 x 3 matrix" in found.message
    assert without_numbers(found.plain)
    assert said(a.T @ a, np.float64(np.sum(a ** 2) + 1.0)) != "trace_of_products"
    assert said(a @ a.T, np.float64(np.sum(a ** 2))) == "trace_of_products"  # (either product: same trace)
    # a diagonal matrix, or a count, whose trace is the number: not a product
    assert said(0.5 * np.eye(3), np.float64(1.5)) != "trace_of_products"
    assert said(np.ones((3, 3)), np.float64(3.0)) != "trace_of_products"


def test_an_index_array_that_picks_whole_rows_is_said_from_numpy_s_error():
    """plane[flat_indices] = values on a 2-D plane (hold-out 55's rd3: NumPy's words alone): each index takes a row;
    not said for a result that is not the value's shape and one axis more."""
    import numpy as np
    plane, flat = np.zeros((4, 6)), np.array([[0, 1, 2], [1, 2, 3], [0, 0, 0], [1, 1, 1]])
    with pytest.raises(ValueError) as error:
        plane[flat] = np.ones((4, 3))
    found = rel.shape_error(str(error.value))
    assert found is not None and "the index picks (4, 3, 6)" in found.message and \
        "takes a whole row of 6 values for each index" in found.message, found
    assert rel.shape_error("shape mismatch: value array of shape (4,3) could not be broadcast to indexing result of "
                           "shape (2,5)") is None


def test_positions_as_row_col_pairs_where_flat_indices_are_asked():
    """Max-pool positions stored as (row, col) pairs in a trailing axis of 2 (hold-out 66's ro3): row * W + col is
    the expected flat index within each W-wide map; the pairs in a leading axis (np.stack(np.unravel_index(...))) and
    flat indices where pairs are asked are said too; pairs that no one width flattens are not."""
    rng = np.random.default_rng(4)
    rows, cols = rng.integers(0, 6, size=(2, 3, 4, 3)), rng.integers(0, 7, size=(2, 3, 4, 3))
    flat = rows * 7 + cols
    pairs = np.stack([rows, cols], axis=-1)
    found = relate(pairs, flat, TOL, Scene())
    assert found is not None and found.relation == "index_pairs" and "row * 7 + col" in found.message
    assert without_numbers(found.plain)
    assert said(np.stack(np.unravel_index(flat, (6, 7))), flat) == "index_pairs"
    assert said(flat, pairs) == "index_pairs"
    assert said(np.stack([rows, cols + 7 * (rows % 2)], axis=-1), flat) != "index_pairs"  # no one width
    assert said(np.stack([rows, cols], axis=-1).astype(float) + 0.5, flat) != "index_pairs"
    # a pair whose second entry is 0 throughout is the flat value and a zero (a sum over the pair reads as well)
    assert said(np.stack([flat, np.zeros_like(flat)], axis=-1), flat) != "index_pairs"


def test_one_slice_of_an_input_picked_by_an_index_array_where_all_are_combined():
    """A class activation map returned as features[n, classes[n]], the class number used as a channel index (hold-out
    67's rp7 was read as a mask): said as the slice picked; a slice picked by one fixed k too; a weighted sum of the
    slices (the expected) and another output of the same shape are not."""
    rng = np.random.default_rng(5)
    features = np.maximum(rng.normal(size=(4, 6, 3, 5)), 0)
    weights = rng.normal(size=(6, 3))
    classes = np.array([2, 0, 1, 2])
    expected = np.einsum("nchw,nc->nhw", features, weights.T[classes])
    scene = Scene(inputs=(Named("features (an argument of cam())", features), Named("W (an argument of cam())",
                                                                                   weights)),
                  indices=(Named("classes (an argument of cam())", classes.astype(float)),))
    found = relate(features[np.arange(4), classes], expected, TOL, scene)
    assert found is not None and found.relation == "picked_slice" and "features[n, classes[n]]" in found.message
    assert without_numbers(found.plain)
    assert said(features[:, 3], expected, scene) == "picked_slice"
    assert said(expected * 2, expected, scene) != "picked_slice"
    assert said(rng.normal(size=expected.shape), expected, scene) != "picked_slice"
    # where the expected is itself one slice (another step, another index) or a multiple of the one picked, it
    # combines nothing: not said so
    assert said(features[:, 0], features[:, 5], scene) != "picked_slice"
    assert said(features[:, 0], 0.5 * features[:, 0] + 1.0, scene) != "picked_slice"
    assert said(features[np.arange(4), classes], features[np.arange(4), (classes + 1) % 6], scene) != "picked_slice"


def test_zeros_missing_on_large_inputs_are_said_as_underflows_computed_otherwise_or_a_mask():
    """Mixture gradients on large logits (hold-out 64's responsibilities normalized over the batch): the expected is
    exactly 0 where a component's weight underflows, the student's not. On inputs that large the zeros may be
    underflows computed otherwise, said beside the mask; on small inputs the mask alone, as before."""
    rng = np.random.default_rng(6)
    expected = rng.normal(size=(4, 3))
    expected[:, 0] = 0.0
    got = expected + rng.uniform(0.1, 0.5, size=(4, 3)) * rng.choice([-1, 1], size=(4, 3))
    large = Scene(inputs=(Named("logits (an argument of mdn_nll())", rng.normal(size=(4, 3)) + 900),))
    found = relate(got, expected, TOL, large)
    assert found is not None and found.relation == "zero_pattern" and "underflow" in found.message, found
    assert found.lists_causes and without_numbers(found.plain)
    small = Scene(inputs=(Named("logits (an argument of mdn_nll())", rng.normal(size=(4, 3))),))
    found = relate(got, expected, TOL, small)
    assert found is not None and found.relation == "zero_pattern" and "underflow" not in found.message
    # pixel counts of 0 to 255 (a max-pool's gradient spread evenly): no exp underflows there, a mask is missing
    pixels = Scene(inputs=(Named("x (an argument of max_pool_backward())", rng.integers(0, 256, (4, 3)) * 1.0),))
    found = relate(got, expected, TOL, pixels)
    assert found is not None and found.relation == "zero_pattern" and "underflow" not in found.message
