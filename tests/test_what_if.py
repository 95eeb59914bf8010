"""Diagnosis by counterfactual and by local derivative, on mistakes written the way students write
them (not the catalogue's versions), with the catalogue in place unless the mistake is catalogued: a wrong output that is the right
function of a changed setting is said so (grading/what_if.py); a backward pass whose local derivative
is another expression of its cache is said so (relations.local_derivative); an output computed from
an earlier wrong output of the same test gets no diagnosis of its own (its patterns are inherited)."""
from __future__ import annotations

import math

import numpy as np
import pytest

import autograder.grading.run as grading_run
from autograder.course.assignment import load_assignment
from autograder.course.mistakes import Catalog
from autograder.grading.relations import Named, Scene, relate
from autograder.grading.what_if import (
    LOOSE_FIT_SHARE,
    Case,
    degenerate_apart,
    explains,
    fit_gap,
    variations,
    what_if,
)
from autograder.results import Tolerance, without_numbers
from tests.test_diagnosis import RELU_BEFORE_ADDITION, graded, relations, with_function

TOL = Tolerance(rtol=1e-7, atol=1e-9)
RNG = np.random.default_rng(7)


# -- what_if itself, on a toy function

def scaled_sum(x, k, mode="train"):
    return x.sum(axis=0) * (k if mode == "train" else 1.0)


def test_the_setting_that_gives_the_output_is_said():
    x = RNG.normal(size=(4, 3))
    args = {"x": x, "k": 3.0, "mode": "train"}
    expected = scaled_sum(**args)
    found = what_if("scaled_sum", scaled_sum, Case([args], lambda r: r[0], x.sum(axis=0), TOL), expected)
    assert found is not None and found.relation == "as_if"
    assert "if k were 1" in found.message and without_numbers(found.plain)


def test_nothing_is_said_of_an_output_no_setting_gives():
    x = RNG.normal(size=(4, 3))
    args = {"x": x, "k": 3.0, "mode": "train"}
    expected = scaled_sum(**args)
    for got in (RNG.normal(size=3), np.zeros(3), expected + 1e-3):
        assert what_if("scaled_sum", scaled_sum, Case([args], lambda r: r[0], got, TOL), expected) is None


def test_a_change_that_does_not_change_the_output_is_not_said():
    # mode 'test' and k = 1 give the same output: the first listed that fits is said, and it must fit
    x = RNG.normal(size=(4, 3))
    args = {"x": x, "k": 1.0, "mode": "train"}
    found = what_if("scaled_sum", scaled_sum, Case([args], lambda r: r[0], -x.sum(axis=0), TOL), scaled_sum(**args))
    assert found is not None and "x were negated" in found.message


def test_a_variation_must_leave_the_passing_outputs_as_they_are():
    """k = 1 gives the failing output, but the student's output for another x passed, and k = 1 would
    have changed it: a coincidence, not what the student's function does."""
    x, other = RNG.normal(size=(4, 3)), RNG.normal(size=(4, 3))
    args, other_args = {"x": x, "k": 3.0, "mode": "train"}, {"x": other, "k": 3.0, "mode": "train"}
    failing = Case([args], lambda r: r[0], x.sum(axis=0), TOL)
    passing = Case([other_args], lambda r: r[0], scaled_sum(**other_args), TOL)
    assert what_if("scaled_sum", scaled_sum, failing, scaled_sum(**args), [passing]) is None
    unaffected = Case([{"x": other, "k": 1.0, "mode": "train"}], lambda r: r[0], other.sum(axis=0), TOL)
    assert what_if("scaled_sum", scaled_sum, failing, scaled_sum(**args), [unaffected]) is not None


def test_a_word_the_solution_does_not_tell_apart_is_not_said():
    def lenient(x, mode="test"):
        return x * 2 if mode == "test" else x  # any other word: 'train', though the test never asks for it
    x = RNG.normal(size=5)
    args = {"x": x, "mode": "test"}
    found = what_if("lenient", lenient, Case([args], lambda r: r[0], x, TOL), x * 2)
    assert found is None  # 'train' gives x, but so would any word: mode is not a choice between two
    used = {"x": x, "mode": "train"}  # a word the test uses is a real choice, whatever else the solution accepts
    found = what_if("lenient", lenient, Case([args], lambda r: r[0], x, TOL), x * 2,
                    [Case([used], lambda r: r[0], x, TOL)])
    assert found is not None and "mode were 'train'" in found.message


def test_variations_cover_settings_dicts_sequences_and_arrays():
    said = [v.what for v in variations({"x": np.ones((2, 3, 3)), "p": {"mode": "test", "p": 0.3},
                                        "strides": [2, 1], "groups": 4, "flag": True})]
    assert said.index("p['mode'] were 'train'") < said.index("x were flipped along its last two axes (rotated by 180 "
                                                              "degrees)")
    for expected in ("p['p'] were 1 - p['p'] = 0.7", "every entry of strides were 1", "groups were 1",
                     "groups were one less than given", "flag were False"):
        assert expected in said


def test_an_item_of_a_cache_or_an_array_in_a_dict_is_varied():
    def backward(dout, cache):
        x, mask = cache
        return dout * mask * x

    x, dout = RNG.normal(size=(3, 4)), RNG.normal(size=(3, 4))
    mask = (RNG.random((3, 4)) < 0.5) / 0.5
    args = {"dout": dout, "cache": (x, mask)}
    found = what_if("backward", backward, Case([args], lambda r: r[0], dout * x, TOL), backward(**args))
    assert found is not None and "if cache[1] were all ones: the mask cache[1] is not applied" in found.message
    said = [v.what for v in variations({"dropout": {"p": 0.5, "mask": mask}})]
    assert "dropout['mask'] were all ones" in said


def test_a_schedule_is_varied_step_by_step():
    def lr(step, base_lr, min_lr):
        return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * step / 10)) / 2

    calls = [{"step": s, "base_lr": 0.1, "min_lr": 0.01} for s in range(10)]
    expected = np.array([lr(**c) for c in calls])
    got = np.array([lr(s, 0.1, 0.0) for s in range(10)])
    found = what_if("lr", lr, Case(calls, np.asarray, got, TOL), expected)
    assert found is not None and "min_lr were 0" in found.message


# -- on graded submissions, with the catalogue in place

A1, A3 = load_assignment("a1_backprop"), load_assignment("a3_conv")


@pytest.fixture
def without_catalogue(monkeypatch):
    """These mistakes are catalogued (flipped_kernel, bn_test_uses_batch_statistics, min_lr_ignored,
    relu_before_addition): the diagnosis is what a student gets for a mistake the catalogue does not hold."""
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())


def test_a_true_convolution_written_with_np_flip(tmp_path, without_catalogue):
    source = with_function(A3, """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    F, _, HH, WW = w.shape
    Ho, Wo = (xp.shape[2] - HH) // stride + 1, (xp.shape[3] - WW) // stride + 1
    kernel = w[:, :, ::-1, ::-1]
    out = np.empty((x.shape[0], F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            patch = xp[:, None, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
            out[:, :, i, j] = (patch * kernel[None]).sum(axis=(2, 3, 4)) + b
    return out, (x, w, b, conv_param)
""")
    t = graded(A3, source, tmp_path, select="test_conv_forward_naive")["test_conv_forward_naive"]
    assert relations(t)["out"] == "as_if"
    assert "w were flipped along its last two axes" in t.diagnoses[0].message


def test_a_test_mode_that_uses_the_batch(tmp_path, without_catalogue):
    spec = load_assignment("a5_normalization")
    source = with_function(spec, """
def batchnorm_forward(x, gamma, beta, bn_param):
    eps, momentum = bn_param.get("eps", 1e-5), bn_param.get("momentum", 0.9)
    mu, var = x.mean(axis=0), x.var(axis=0)
    xn = (x - mu) / np.sqrt(var + eps)
    if bn_param["mode"] == "train":
        bn_param["running_mean"] = momentum * bn_param.get("running_mean", np.zeros(x.shape[1])) + (1 - momentum) * mu
        bn_param["running_var"] = momentum * bn_param.get("running_var", np.ones(x.shape[1])) + (1 - momentum) * var
    return gamma * xn + beta, (x, xn, mu, var, gamma, eps)
""")
    t = graded(spec, source, tmp_path, select="test_batchnorm_test_mode")["test_batchnorm_test_mode"]
    assert relations(t) == {"out": "as_if"} and "bn_param['mode'] were 'train'" in t.diagnoses[0].message


def test_a_cosine_that_decays_to_zero(tmp_path, without_catalogue):
    spec = load_assignment("a8_pipeline")
    source = with_function(spec, """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return 0.5 * base_lr * (1.0 + np.cos(np.pi * progress))
""")
    t = graded(spec, source, tmp_path, select="test_warmup_cosine_lr")["test_warmup_cosine_lr"]
    assert relations(t) == {"lr after the warm-up": "as_if"} and "min_lr were 0" in t.diagnoses[0].message


def test_a_setting_ignored_along_a_trajectory_is_found_by_running_the_test_again(tmp_path):
    """The weights after each step depend on the velocity carried from step to step: no single call of
    the solution reproduces the student's path, the whole test re-run with weight_decay 0 does."""
    spec = load_assignment("a2_optim")
    source = with_function(spec, """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    lr, mu = config.get("learning_rate", 1e-2), config.get("momentum", 0.9)
    velocity = mu * config.get("velocity", np.zeros_like(w)) - lr * dw
    config["velocity"] = velocity
    return w + velocity, config
""")
    t = graded(spec, source, tmp_path, select="test_weight_decay")["test_weight_decay"]
    assert t.mistakes == [] and relations(t) == {"w (sgd_momentum)": "as_if"}
    assert "if config['weight_decay'] were 0" in t.diagnoses[0].message


@pytest.mark.parametrize("body, mine, asked", [
    ("dout * (1 - cache)", "1 - cache", "cache * (1 - cache)"),
    ("dout * cache * cache", "cache**2", "cache * (1 - cache)"),
])
def test_a_sigmoid_derivative_written_wrong(tmp_path, body, mine, asked):
    source = with_function(A1, f"""
def sigmoid_backward(dout, cache):
    return {body}
""")
    t = graded(A1, source, tmp_path, select="test_sigmoid")["test_sigmoid"]
    assert relations(t) == {"dx": "local_derivative"}
    assert f"yours divided by dout is {mine} at every entry, the expected is {asked}" in t.diagnoses[0].message


def test_a_local_derivative_needs_an_upstream_gradient():
    s = RNG.uniform(0.1, 0.9, size=(4, 5))
    dout = RNG.normal(size=(4, 5))
    scene = Scene(inputs=(Named("dout (an argument)", dout), Named("cache (an argument)", s)))
    assert relate(dout * s, dout * s * (1 - s), TOL, scene).relation == "local_derivative"
    nameless = Scene(inputs=(Named("g (an argument)", dout), Named("cache (an argument)", s)))
    assert relate(dout * s, dout * s * (1 - s), TOL, nameless) is None  # no argument is an upstream gradient


def test_outputs_computed_from_a_wrong_forward_get_no_diagnosis_of_their_own(tmp_path, without_catalogue):
    spec = load_assignment("a7_architectures")  # catalogued as relu_before_addition: diagnosed without it
    tests = graded(spec, with_function(spec, RELU_BEFORE_ADDITION), tmp_path, select="residual_block")
    failing = [t for t in tests.values() if t.points_earned < t.points_possible]
    assert failing
    for t in failing:
        assert set(relations(t)) <= {"out"}, (t.id, relations(t))  # dx and grads come from the wrong cache


# -- patterns read into small arrays are chance, not patterns

def test_short_or_non_spatial_patterns_are_not_said():
    e = RNG.normal(size=(5, 6))
    columns = e.copy()
    columns[:, [0, 1, 3, 4]] += 1  # "every 3rd column right": two periods only
    assert relate(columns, e, TOL) is None or relate(columns, e, TOL).relation != "strided"
    rows = RNG.normal(size=(12, 3))  # examples by classes: every 2nd row wrong is the test's rows, not a stride
    alternate = rows.copy()
    alternate[::2] *= 1.5
    assert relate(alternate, rows, TOL) is None or relate(alternate, rows, TOL).relation != "strided"
    four = RNG.normal(size=4)
    one = four.copy()
    one[0] += 1
    assert relate(one, four, TOL) is None  # one wrong entry of four
    wide = RNG.normal(size=(3, 8))
    tail = wide.copy()
    tail[:, 5:] += 1
    assert relate(tail, wide, TOL) is None or relate(tail, wide, TOL).relation != "end_block"  # along axis 1


def test_decays_swapped_or_written_with_another_usual_value():
    said = [v.what for v in variations({"config": {"beta1": 0.9, "beta2": 0.999, "learning_rate": 1e-3}})]
    assert "config['beta1'] and config['beta2'] were swapped" in said
    assert "config['beta2'] were 0.99" in said and "config['beta1'] were 0.999" in said
    assert not any("learning_rate'] were 0.9" in w for w in said)  # a learning rate is no decay


def grouped_mean(x, groups):
    """x (N, C): each row's mean over each of `groups` groups of C // groups columns, (N, groups)."""
    return x.reshape(x.shape[0], groups, -1).mean(axis=2)


def test_a_count_of_parts_taken_for_the_size_of_each_part_is_said():
    x = RNG.normal(size=(2, 6))
    args = {"x": x, "groups": 2}
    got = grouped_mean(x, 3)  # the group size (6 // 2) used as the number of groups
    found = what_if("grouped_mean", grouped_mean, Case([args], lambda r: r[0], got, TOL), grouped_mean(**args))
    assert found is not None and "if groups were 3 = 6 // groups" in found.message
    assert "the number of parts (groups) and the size of each part" in found.message and without_numbers(found.plain)


def test_parts_of_one_entry_each_are_said():
    """Group norm's statistics per channel (instance norm) are the correct code's with groups = C: a part per
    channel (hold-out 3's r5: nothing was said)."""
    x = RNG.normal(size=(2, 6))
    args = {"x": x, "groups": 2}
    got = grouped_mean(x, 6)
    found = what_if("grouped_mean", grouped_mean, Case([args], lambda r: r[0], got, TOL), grouped_mean(**args))
    assert found is not None and "if groups were 6, the size of the dimension it divides" in found.message
    assert "not over parts of (the dimension // groups) entries each" in found.message and without_numbers(found.plain)


def test_a_group_norm_whose_wrong_cache_breaks_its_backward_is_still_diagnosed(tmp_path):
    """The test stops at groupnorm_backward's error on the inconsistent cache; the forward output it checked
    before is wrong as groupnorm_forward with groups = C // groups, and that is said."""
    from tests.diagnosis_corpus.corpus import CORPUS
    entry = next(e for e in CORPUS if e.id == "a5_gn_group_size_confused")
    a5 = load_assignment("a5_normalization")
    t = graded(a5, with_function(a5, entry.source), tmp_path, select="test_groupnorm")["test_groupnorm"]
    assert t.status == "error" and relations(t) == {"out": "as_if"}
    assert "groups were 3 = 6 // groups" in t.diagnoses[0].message


def test_one_entry_of_a_shape_read_for_another_is_said():
    """A kernel's height used for its width (square kernels assumed): as if shape[3] were shape[2]."""
    def fans(shape):
        receptive = int(np.prod(shape[2:]))
        return np.array([shape[1] * receptive, shape[0] * receptive])

    args = {"shape": (8, 4, 3, 5)}
    got = fans((8, 4, 3, 3))
    found = what_if("fans", fans, Case([args], lambda r: r[0], got, TOL), fans(**args))
    assert found is not None and "if shape[3] were shape[2] (3)" in found.message, found
    assert "one entry of shape is used where another is meant" in found.message and without_numbers(found.plain)


def test_an_input_halved_inside_a_nonlinearity_is_said_and_a_factor_outside_one_is_not():
    """tanh written as 2 * sigmoid(x) - 1 is tanh(x / 2): the input halved inside the function. For a function
    linear in its input, an input scaled is just the output scaled: a relation of the outputs, not said here."""
    def tanh_forward(x):
        return np.tanh(x)
    x = RNG.normal(size=(4, 5))
    found = what_if("tanh_forward", tanh_forward, Case([{"x": x}], lambda r: r[0], np.tanh(x / 2), TOL), np.tanh(x))
    assert found is not None and "if x were halved: a factor 2 missing where x is used" in found.message

    def linear(x):
        return 3.0 * x
    assert what_if("linear", linear, Case([{"x": x}], lambda r: r[0], 1.5 * x, TOL), 3.0 * x) is None


def pool_rows(x, params):
    """Rows of x's windows' maxima: windows of params['size'] rows, every params['stride'] rows."""
    size, stride = params["size"], params["stride"]
    return np.array([x[i:i + size].max(axis=0) for i in range(0, len(x) - size + 1, stride)])


def test_a_whole_number_setting_taken_for_another_is_said():
    """A stride never used, as if it were the window's size (the reshape trick): said with both settings' names,
    though the output has another shape."""
    x = RNG.normal(size=(9, 4))
    args = {"x": x, "params": {"size": 3, "stride": 2}}
    expected = pool_rows(**args)
    got = pool_rows(x, {"size": 3, "stride": 3})
    found = what_if("pool_rows", pool_rows, Case([args], lambda r: r[0], got, TOL), expected)
    assert found is not None and "if params['stride'] were params['size'] = 3" in found.message, found
    assert without_numbers(found.plain)


def step(w, dw, config):
    return w - config["learning_rate"] * dw


def test_a_learning_rate_given_but_a_default_used_is_said():
    """A step made with a default learning rate (read under another key: config.get('lr', 1e-2)) is no factor of the
    one given: said as the given value not being the one used."""
    w, dw = RNG.normal(size=5), RNG.normal(size=5)
    args = {"w": w, "dw": dw, "config": {"learning_rate": 0.1}}
    got = w - 1e-2 * dw
    found = what_if("step", step, Case([args], lambda r: r[0], got, TOL), step(**args))
    assert found is not None and "if config['learning_rate'] were 0.01" in found.message, found
    assert "not the one used" in found.message and without_numbers(found.plain)
    # a rate that is no usual default says nothing of the kind
    assert what_if("step", step, Case([args], lambda r: r[0], w - 0.037 * dw, TOL), step(**args)) is None


def flip_rate(x, p, seed):
    """The share of x's rows flipped, each with probability p."""
    rng = np.random.default_rng(seed)
    return float(np.mean(rng.random(len(x)) < p))


def test_a_probability_not_used_is_said_as_an_even_chance():
    x = RNG.normal(size=(4000, 2))
    args = {"x": x, "p": 0.2, "seed": 5}
    got = flip_rate(x, 0.5, 9)  # a fair coin whatever p, with its own draws
    loose = Tolerance(rtol=0, atol=0.05)
    found = what_if("flip_rate", flip_rate, Case([args], lambda r: r[0], got, loose), flip_rate(**args))
    assert found is not None and "if p were 0.5" in found.message and without_numbers(found.plain), found


def test_a_setting_must_give_every_failing_output_of_its_function(tmp_path):
    """sqrt(3 / n) for sqrt(1 / n): on (300, 100) with fan_in, sqrt(3 / 300) is sqrt(1 / 100), what the correct
    code gives with shape[0] read as shape[1]; the same test's fan_avg output, failing too, is not what that
    setting gives, so it is a coincidence and not said (hold-out 16: misleading)."""
    from tests.diagnosis_corpus.holdout16 import HOLDOUT16
    a4 = load_assignment("a4_init")
    entry = next(e for e in HOLDOUT16 if e.id == "b4_xavier_std_is_uniform_limit")
    t = graded(a4, with_function(a4, entry.source), tmp_path, select="test_xavier_std")["test_xavier_std"]
    assert not [d for d in t.diagnoses if d.relation == "as_if"], t.diagnoses


def test_a_setting_found_over_a_whole_test_shows_no_value_of_another_call(tmp_path):
    """The receptive field sliced one axis early fits "shape[3] were shape[1]" on both shapes of the test; the
    value of shape[1] differs between them, so none is shown (it said "(32)" for (96, 3, 11, 11), whose
    shape[1] is 3: hold-out 16), and one setting that fits both outputs is said for both."""
    from tests.diagnosis_corpus.holdout16 import HOLDOUT16
    a4 = load_assignment("a4_init")
    entry = next(e for e in HOLDOUT16 if e.id == "b4_fans_receptive_slice_off_by_one")
    t = graded(a4, with_function(a4, entry.source), tmp_path,
               select="test_compute_fans_conv")["test_compute_fans_conv"]
    said = [d for d in t.diagnoses if d.relation == "as_if"]
    assert len(said) == 1 and set(said[0].outputs) == {"fans (96, 3, 11, 11)", "fans (64, 32, 3, 5)"}, said
    assert "if shape[3] were shape[1]:" in said[0].message and "(32)" not in said[0].message


def cosine(base_lr, step, total_steps):
    return base_lr * (1 + math.cos(math.pi * step / total_steps)) / 2


def test_an_off_by_one_that_gives_every_step_of_a_schedule_is_said_on_its_own():
    """total_steps - 1 where total_steps is meant gives 20 wrong rates at once, each one: no coincidence, said
    alone (not weak). The same change fitting a lone rate is weak: said only where another output shows it."""
    calls = [{"base_lr": 0.1, "step": s, "total_steps": 20} for s in range(21)]
    expected = np.array([cosine(**c) for c in calls])
    got = np.array([cosine(**(c | {"total_steps": 19})) for c in calls])
    found = what_if("cosine", cosine, Case(calls, np.asarray, got, TOL), expected)
    assert found is not None and not found.weak and "total_steps were one less than given" in found.message
    one = [{"base_lr": 0.1, "step": 5, "total_steps": 20}]
    found = what_if("cosine", cosine, Case(one, np.asarray, np.array([cosine(0.1, 5, 19)]), TOL),
                    np.array([cosine(0.1, 5, 20)]))
    assert found is not None and found.weak


def statistics_by_name(params, grads):
    return {k: np.array([w.mean(), grads[k].mean()]) for k, w in params.items()}


def test_two_dicts_paired_by_position_where_by_name_is_meant_is_said():
    """grads lists its keys in another order than params: a student's zip(params.values(), grads.values()) pairs
    each weight with another's gradient, which the correct code gives where grads' entries are taken in params'
    order by position. Dicts listed alike offer no such change."""
    rng = np.random.default_rng(11)
    params = {"W1": rng.normal(size=(3, 2)), "b1": rng.normal(size=2), "W2": rng.normal(size=(2, 2))}
    grads = {k: rng.normal(size=params[k].shape) for k in ("W2", "W1", "b1")}
    args = {"params": params, "grads": grads}
    got = {k: np.array([w.mean(), g.mean()]) for (k, w), g in zip(params.items(), grads.values())}
    expected = statistics_by_name(**args)
    found = what_if("statistics_by_name", statistics_by_name,
                    Case([args], lambda r: r[0]["b1"], got["b1"], TOL), expected["b1"])
    assert found is not None and "the entries of grads were paired with those of params by position" in found.message
    alike = {"params": params, "grads": {k: grads[k] for k in params}}
    assert not any("by position" in v.what for v in variations(alike))


def test_a_setting_the_code_never_reads_is_not_said_used_otherwise():
    """"One entry of y (the first example's) is used for every example" where the student's function reads no y (it
    takes the predicted classes: hold-out 35's qj7, a coincidence on a test where they match y[0]); said ignored, it
    stands."""
    from autograder.grading.what_if import SettingsRead, Variation, as_if
    first = Variation("every entry of y were its first, y[0]", "every entry of y were its first",
                      "one entry of y (the first example's) is used for every example", "y", None, lambda y: y)
    ignored = Variation("stride were 1", "stride were one", "stride is ignored", "stride", None, lambda s: 1)
    read = SettingsRead(names={"x", "model"}, keys_read=set(), keys_stored=set())
    assert as_if("saliency_map", [first], read) is None
    assert as_if("saliency_map", [first], SettingsRead({"x", "y"}, set(), set())) is not None
    assert as_if("conv", [ignored], read) is not None


def test_a_setting_read_but_never_used_is_said_so_and_only_state_is_said_never_stored_back():
    """ph, pw, s = pool_param[...], with s never used (hold-out 40's qo3: "never stores its new value back into
    pool_param, so each call starts again" was said, of a stride, which is no state): the local it is read into,
    never used. A key the correct code never stores is not said to be "never stored back"."""
    from autograder.grading.departure import settings_read
    from autograder.grading.what_if import SettingsRead, Variation, _as_read
    source = '''
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    return x[:, :, ::ph, ::pw], (x, pool_param)
'''
    read = settings_read(source, "avg_pool_forward")
    assert read.unused == {"stride": "s"}
    v = Variation("pool_param['stride'] were 1", "the stride were one", "the stride is ignored", "pool_param",
                  "stride", lambda old: 1)
    assert _as_read(v, read).hint == "your code reads pool_param['stride'] into `s` but never uses `s`"
    used = SettingsRead({"x", "pool_param"}, {"stride"}, set(), {}, frozenset())
    assert "never stores" not in _as_read(v, used).hint
    state = SettingsRead({"x", "pool_param"}, {"stride"}, set(), {}, frozenset({"stride"}))
    assert "never stores its new value back into pool_param" in _as_read(v, state).hint


def coin_rate(n, p, seed):
    """The share of n coins below p: a flip rate (no draw is below 0, every one below 1)."""
    return float(np.mean(np.random.default_rng(seed).random(n) < p))


def test_a_rate_the_loose_tolerance_lets_agree_with_a_setting_of_0_or_1_is_not_that_setting():
    """Coins drawn as whole percentages and compared with p (hold-out 65's rn8): a rate of 0.011 whatever p is. Within
    a statistic's tolerance that is "as if p were 0", where the correct code with p = 0 gives exactly 0: not said. A
    rate that is exactly 0 is not made by the guard."""
    args = {"n": 1000, "p": 0.3, "seed": 1}
    loose = Tolerance(rtol=0, atol=0.087)
    expected = coin_rate(**args)
    assert what_if("coin_rate", coin_rate, Case([args], lambda r: np.asarray(r[0]), 0.011, loose), expected) is None
    assert degenerate_apart(np.array(0.0), np.array(0.011)) and degenerate_apart(np.array(1.0), np.array(0.99))
    assert not degenerate_apart(np.array(0.0), np.array(0.0)) and not degenerate_apart(np.array(0.3), np.array(0.31))


def decade_shares(low: float, high: float, n: int, seed: int) -> np.ndarray:
    """The share of n log-uniform draws in [low, high) that fall in each decade from 1e-4 to 1."""
    draws = 10.0 ** np.random.default_rng(seed).uniform(np.log10(low), np.log10(high), size=n)
    return np.histogram(draws, bins=10.0 ** np.arange(-4, 1))[0] / n


def test_settings_that_agree_with_the_output_only_within_a_loose_tolerance_are_not_said():
    """The exponent's bounds taken in two bases (np.log(low), np.log10(high), raised with np.exp: hold-out 66's ro8):
    the draws run to exp(-1) = 0.368, which no "high were 1 / 0.9 / 0.5" gives, though each agrees with the decade
    shares within a statistic's tolerance. Not said; a setting the code does read as another (high as 1 - high) makes
    the same draws, and is."""
    args = {"low": 1e-4, "high": 0.1, "n": 4000, "seed": 3}
    loose = Tolerance(rtol=0, atol=0.1)
    expected = decade_shares(**args)
    rng = np.random.default_rng(3)
    two_bases = np.histogram(np.exp(rng.uniform(np.log(1e-4), np.log10(0.1), size=4000)),
                             bins=10.0 ** np.arange(-4, 1))[0] / 4000
    case = Case([args], lambda r: np.asarray(r[0]), two_bases, loose)
    for high in (1.0, 0.9, 0.5):  # each of them within the tolerance, none close
        varied = decade_shares(**{**args, "high": high})
        assert explains(varied, two_bases, expected, loose) and fit_gap(varied, two_bases, expected) > LOOSE_FIT_SHARE
    assert what_if("decade_shares", decade_shares, case, expected) is None

    one_minus = decade_shares(**{**args, "high": 0.9})
    found = what_if("decade_shares", decade_shares, Case([args], lambda r: np.asarray(r[0]), one_minus, loose),
                    expected)
    assert found is not None and "1 - high" in found.message and fit_gap(one_minus, one_minus, expected) == 0


def keep_rate(n: int, p: float, seed: int) -> np.ndarray:
    """The share of n units kept (drawn with probability p each) in each tenth of them."""
    return (np.random.default_rng(seed).random(n) < p).reshape(10, -1).mean(axis=1)


def test_a_lone_setting_made_of_other_draws_is_said_within_their_noise():
    """p and 1 - p mixed up, with the units drawn by np.random.binomial where the correct code draws random() < p:
    the student's shares sit within the draws' noise of the correct code's with 1 - p, which alone fits: said."""
    args = {"n": 10000, "p": 0.4, "seed": 2}
    expected = keep_rate(**args)
    said = 0
    for seed in range(10):
        mine = np.random.default_rng(100 + seed).binomial(1, 0.6, 10000).reshape(10, -1).mean(axis=1)
        found = what_if("keep_rate", keep_rate, Case([args], lambda r: np.asarray(r[0]), mine,
                                                     Tolerance(rtol=0, atol=0.05)), expected)
        said += found is not None and "1 - p" in found.message
    assert said >= 9, said
