"""The one-slip diagnosis (grading/slips.py): a failing test re-run on mutants of the solution, and the
slip whose run gives the student's outputs said in the student's terms."""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

import autograder.grading.run as grading_run
from autograder.course.assignment import load_assignment
from autograder.course.mistakes import Catalog
from autograder.grading import diagnosis
from autograder.grading.mutants import Mutant
from autograder.grading.slips import (
    SolutionFile,
    changed_tokens,
    mutants_of,
    slip_finding,
    slip_text,
)
from tests.diagnosis_corpus.corpus import CORPUS
from tests.test_diagnosis import graded, with_function

A4, A7, A8 = (load_assignment(a) for a in ("a4_init", "a7_architectures", "a8_pipeline"))


def mutant(operator: str, before: str, after: str, function: str = "f", line: int = 3) -> Mutant:
    return Mutant(id=f"{function}@{line}#1", function=function, line=line, operator=operator, before=before,
                  after=after, in_solution_block=True)


def slips(t) -> list[str]:
    return [d.message for d in t.diagnoses if d.relation == "one_slip"]


# -- saying a slip

@pytest.mark.parametrize("before, after, context, expected", [
    ("s = np.max(a, axis=1)", "s = np.mean(a, axis=1)", False, ("max", "mean")),
    ("D = dout.shape[1]", "D = dout.shape[0]", True, ("shape[1]", "shape[0]")),
    ("if loss < best - d:", "if loss <= best - d:", True, ("loss < best", "loss <= best")),
    ("dx = dz @ W.T + dz @ Ws.T", "dx = dz @ W.T", True, ("+ dz @ Ws.T", "")),
    ("v = np.var(h, axis=0)", "v = np.var(h)", False, (", axis=0", "")),
    ("m = (a1 > 0)", "m = (a1 > -1)", True, ("> 0", "> -1")),
])
def test_the_changed_part_of_a_line_is_written_as_code_is(before, after, context, expected):
    assert changed_tokens(before, after, context) == expected


def test_a_slip_is_said_by_what_it_puts_where_something_else_is_meant():
    public = frozenset({"saliency", "probs"})
    assert slip_text(mutant("reduction_swap", "saliency = np.abs(g).max(axis=1)", "saliency = np.abs(g).mean(axis=1)"),
                     public) == "a mean where a max is meant (mean() for max()), where saliency is computed"
    assert slip_text(mutant("comparison", "if loss < best - d:", "if loss <= best - d:"), public).startswith(
        "`loss <= best` where `loss < best` is meant (the case of two equal values goes the other way)")
    assert slip_text(mutant("statement_deleted", "probs /= len(idx)", "pass"), public) == \
        "a step never made: nothing done by `probs /= len(idx)`"
    # a name the stub never shows (the solution's own local variable) is not used to say where
    assert slip_text(mutant("drop_factor", "tmp = a / n", "tmp = a"), public) == \
        "the factor `/ n` missing (or it is one in yours)"
    assert slip_text(mutant("drop_term", "k = j + 1", "k = j"), public) == "the term `+ 1` missing"



def test_a_dropped_factor_the_students_code_has_is_said_to_be_one_there_not_missing():
    """adadelta's step computed before acc_grad is updated: acc_grad and acc_delta stay equal, so the factor
    sqrt(acc_delta + eps) / sqrt(acc_grad + eps) is 1 and the slip "that factor missing" gives its values; the
    student's code has the factor (it was said missing: hold-out 13)."""
    public = frozenset({"step"})
    dropped = mutant("drop_factor", "step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g", "step = g")
    student = "def adadelta(w, dw, config):\n    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad  +  eps) * g\n"
    said = slip_text(dropped, public, student=student)
    assert said.startswith("the factor `np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps)` missing, where step is "
                           "computed; your code has that factor, so it is one in yours")
    assert "your code has" not in slip_text(dropped, public, student="def adadelta(w, dw, config):\n    step = g\n")
    assert "your code has" not in slip_text(mutant("drop_term", "k = j + 1", "k = j"), public, student="k = j + 1")
    # a name the student's function has elsewhere is no sign that the term is there (`pad +` dropped from a slice end)
    crop = mutant("drop_term", "stop = pad + H", "stop = H")
    assert "your code has" not in slip_text(crop, public, student="def f(x, pad, H):\n    y = pad\n    stop = H\n")
    # nor a factor written in another line than the one the slip is in
    assert "your code has" not in slip_text(dropped, public, student="def f(a):\n    r = np.sqrt(acc_delta + eps) / "
                                            "np.sqrt(acc_grad + eps)\n    step = g\n")


def test_a_changed_number_the_students_code_writes_is_said_to_act_as_another():
    """2 // (fan_in + fan_out) is 0: the slip `0.0` for `2.0` gives its values, though the student wrote 2 (it was
    said as the number alone: hold-out 14); the floor division beside it is named."""
    public = frozenset({"fan_in", "fan_out"})
    changed = mutant("constant", "return gain * math.sqrt(2.0 / (fan_in + fan_out))",
                     "return gain * math.sqrt(0.0 / (fan_in + fan_out))")
    student = "def xavier_std(shape, gain=1.0):\n    return gain * math.sqrt(2 // (fan_in + fan_out))\n"
    said = slip_text(changed, public, student=student)
    assert "your code writes 2 there, yet it acts as another number in yours" in said
    assert "`//` is floor division" in said
    other = "def xavier_std(shape, gain=1.0):\n    return gain * math.sqrt(0.5 / (fan_in + fan_out))\n"
    assert "your code writes" not in slip_text(changed, public, student=other)

def test_two_slips_that_fit_alike_are_said_together_and_more_are_not_said():
    a = mutant("comparison", "if a < b:", "if a <= b:", line=3)
    b = mutant("loop_skip_first", "for x in xs:", "for x in list(xs)[1:]:", line=5)
    c = mutant("drop_term", "y = a + b", "y = a", line=7)
    two = slip_finding([a, b], frozenset())
    assert two is not None and "either of two slips (the test cannot tell which)" in two.message
    assert "`a <= b` where `a < b` is meant" in two.message and "a loop that skips its first item" in two.message
    assert slip_finding([a, b, c], frozenset()) is None
    assert slip_finding([], frozenset()) is None
    one = slip_finding([a, a.model_copy(update={"line": 9})], frozenset())  # the same slip on two lines: one said
    assert one is not None and "with one slip in f()" in one.message


def test_a_function_with_a_while_loop_has_no_slips_to_try(tmp_path):
    path = tmp_path / "solution.py"
    path.write_text("def f(x):\n    ### BEGIN SOLUTION\n    while x > 1:\n        x = x / 2\n    return x + 1\n"
                    "    ### END SOLUTION\n\n\ndef g(x):\n    ### BEGIN SOLUTION\n    return x + 1\n"
                    "    ### END SOLUTION\n")
    solution = SolutionFile.of(path)
    assert mutants_of(solution, "f") == ()
    assert mutants_of(solution, "g") and all(m.function == "g" for m in mutants_of(solution, "g"))


# -- in grading

ENTRIES = {e.id: e for e in CORPUS}
EARLY_STOPPING_LE = ENTRIES["a8_early_le"].source


def test_a_comparison_that_decides_ties_the_other_way_is_said(tmp_path):
    spec = A8
    source = with_function(spec, EARLY_STOPPING_LE)
    failing = [t for t in graded(spec, source, tmp_path).values() if t.points_earned < t.points_possible]
    assert failing
    said = [m for t in failing for m in slips(t)]
    assert said and all("early_stopping()" in m and "`loss <= best` where `loss < best` is meant" in m
                        for m in said), said


def test_a_mean_where_a_max_is_meant_is_said(tmp_path):
    result = graded(A7, with_function(A7, ENTRIES["a7_saliency_mean_channels"].source), tmp_path)
    said = [m for t in result.values() for m in slips(t)]
    assert said and all("saliency_map(): a mean where a max is meant" in m for m in said), said


def test_a_mistake_that_no_single_slip_gives_gets_no_slip(tmp_path):
    """The variance of each column averaged (two changes from np.var(h)): no mutant fits, none is said."""
    result = graded(A4, with_function(A4, ENTRIES["a4_stats_var_per_column"].source), tmp_path)
    assert any(t.points_earned < t.points_possible for t in result.values())
    assert not [m for t in result.values() for m in slips(t)]


def test_no_time_left_says_no_slip(tmp_path, monkeypatch):
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 0.0)
    result = graded(A8, with_function(A8, EARLY_STOPPING_LE), tmp_path)
    assert not [m for t in result.values() for m in slips(t)]


def test_a_function_copied_from_the_solution_is_not_mutated(tmp_path, monkeypatch):
    """Only the functions the student changed are searched: the slip cannot be in a word-for-word copy."""
    tried: list[str] = []
    real = diagnosis.mutants_of

    def spy(solution, function):
        tried.append(function)
        return real(solution, function)

    monkeypatch.setattr(diagnosis, "mutants_of", spy)
    graded(A8, with_function(A8, EARLY_STOPPING_LE), tmp_path)
    assert tried and set(tried) == {"early_stopping"}


def test_the_solution_file_path_is_what_identifies_its_version(tmp_path):
    path = Path(tmp_path / "s.py")
    path.write_text("def f(x):\n    return x + 1\n")
    first = SolutionFile.of(path)
    path.write_text("def f(x):\n    return x + 2  # changed\n")
    assert SolutionFile.of(path) != first


def test_a_hidden_tests_student_reads_the_slip_without_the_solutions_numbers():
    public = frozenset({"D"})
    off = mutant("off_by_one", "D = dout.shape[1]", "D = dout.shape[0]")
    found = slip_finding([off], public)
    assert found is not None and "`shape[0]` where `shape[1]` is meant" in found.message
    assert found.plain == "yours is what the correct code gives with one slip in f(): a count or an index off by " \
        "one, where D is computed"
    less = mutant("comparison", "if a < b:", "if a <= b:")
    assert slip_finding([less], public).plain == slip_finding([less], public).message  # nothing to hide


FLIP_OTHER_WAY = '''
def random_flip(x, p, seed):
    coins = np.random.default_rng(seed).random(len(x))
    out = np.array(x, copy=True)
    for i in range(len(x)):
        if coins[i] > p:
            out[i] = x[i, :, :, ::-1]
    return out
'''

FLIP_ONE_COIN = '''
def random_flip(x, p, seed):
    if np.random.default_rng(seed).random() < p:
        return x[..., ::-1].copy()
    return x.copy()
'''


def test_a_random_function_checked_by_its_properties_is_diagnosed_from_what_it_returned(tmp_path, monkeypatch):
    """Only properties of the draws are checked (the flip rate); the cause is found because every call
    returned what the solution returns on the same seeds with p read as 1 - p (a setting, which says more
    than the slip `> p` for `< p` that gives the same returns, and is said in its place). (The catalogue
    names this one: it is left out, as for a mistake it does not hold.)"""
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    result = graded(A8, with_function(A8, FLIP_OTHER_WAY), tmp_path, select="random_flip")
    failed = [t for t in result.values() if t.points_earned < t.points_possible]
    assert failed and all(any(d.relation == "as_if" and "random_flip() returns if p were 1 - p" in d.message
                              and "p and one minus p are mixed up" in d.message for d in t.diagnoses)
                          for t in failed), {n: [d.message for d in t.diagnoses] for n, t in result.items()}


def test_returns_that_are_the_input_as_given_say_too_little_for_a_slip(tmp_path, monkeypatch):
    """One coin for the whole batch came up 'keep' on these seeds: the images come back as they were,
    which 'the flip never made' would give too; that is not said. (Catalogue left out: it names this.)"""
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    result = graded(A8, with_function(A8, FLIP_ONE_COIN), tmp_path, select="random_flip")
    assert any(t.points_earned < t.points_possible for t in result.values())
    assert not [m for t in result.values() for m in slips(t)]


CROP_BOTH_BOUNDS_SHORT = '''
def random_crop(x, size, padding, seed):
    n, c, h, w = x.shape
    gen = np.random.default_rng(seed)
    top = gen.integers(0, h + 2 * padding - size, size=n)
    left = gen.integers(0, w + 2 * padding - size, size=n)
    big = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    return np.stack([big[i, :, top[i]:top[i] + size, left[i]:left[i] + size] for i in range(n)])
'''


def test_the_same_slip_made_on_two_symmetric_lines_is_said_once(tmp_path, monkeypatch):
    """Each bound one short, the row's and the column's: no single slip gives that, the slip made on both
    lines alike does (a crop whose checks are mostly properties of its draws, found from its returns)."""
    monkeypatch.setattr(diagnosis, "SLIP_TEST_S", 10.0)  # the verdict, not the time bound, is under test (CI,
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 30.0)  # loaded: the search was cut short once)
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    result = graded(A8, with_function(A8, CROP_BOTH_BOUNDS_SHORT), tmp_path, select="random_crop")
    said = [m for t in result.values() for m in slips(t)]
    assert said and all("random_crop(): the term `+ 1` missing (the same slip in two places)" in m for m in said)


POOL_INDICES_ROWS_TIMES_H = '''
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out, idx = np.zeros((N, C, Ho, Wo)), np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1)
            best = window.argmax(axis=2)
            out[:, :, i, j] = window.max(axis=2)
            idx[:, :, i, j] = (i * s + best // pw) * H + j * s + best % pw
    return out, idx
'''


def test_the_wrong_variable_is_said(tmp_path, monkeypatch):
    """A flat index written with the height where the width is meant: H and W are bound together
    (N, C, H, W = x.shape), and the slip that swaps them gives the student's indices."""
    monkeypatch.setattr(diagnosis, "SLIP_TEST_S", 10.0)  # the verdict, not the time bound, is under test
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 30.0)
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    a3 = load_assignment("a3_conv")
    result = graded(a3, with_function(a3, POOL_INDICES_ROWS_TIMES_H), tmp_path, select="indices")
    said = [m for t in result.values() for m in slips(t)]
    assert said and all("max_pool_with_indices(): `H` where `W` is meant (the wrong variable)" in m for m in said)


POOL_INDICES_TIMES_WO = '''
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            win = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, ph * pw)
            k = np.argmax(win, axis=-1)
            out[:, :, i, j] = np.take_along_axis(win, k[..., None], -1)[..., 0]
            idx[:, :, i, j] = (i * s + k // pw) * Wo + j * s + k % pw
    return out, idx
'''


def test_a_slip_that_fits_one_tests_sizes_by_chance_is_withdrawn_where_another_test_parts(tmp_path, monkeypatch):
    """Flat indices counted with the pooled width Wo where the input's W is meant: on the (2, 3, 8, 6) test C = Wo
    = 3, so the slip `C` where `W` gives the student's indices there; on the 7x5 input of 3 channels (Wo = 2) it
    gives others than the student's, both wrong: the slip is withdrawn (hold-out 25: it was said)."""
    monkeypatch.setattr(diagnosis, "SLIP_TEST_S", 10.0)
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 30.0)
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    a3 = load_assignment("a3_conv")
    result = graded(a3, with_function(a3, POOL_INDICES_TIMES_WO), tmp_path, select="indices_and_unpool")
    assert any("`C` where `W` is meant" in m for t in result.values() for m in slips(t))  # one test alone: said
    # (not the unpooling of shared maxima, which calls the student's unpooling alone)
    result = graded(a3, with_function(a3, POOL_INDICES_TIMES_WO), tmp_path, select="unpool and not share")
    assert len(result) == 2 and not any("`C` where `W`" in m for t in result.values() for m in slips(t))


HOLES_AS_DILATION = """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=0):
    effective = kernel_size + dilation * (kernel_size - 1)  # dilation read as the holes between taps (0: none)
    span = input_size + 2 * padding - effective
    if span < 0 or span % stride:
        raise ValueError("does not fit")
    return span // stride + 1
"""

SPAN_D_TIMES_K = """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    span = dilation * kernel_size  # a dilated kernel covers dilation * k pixels
    return (input_size - 1) * stride - 2 * padding + span + output_padding
"""


def test_a_slip_that_gives_a_size_by_chance_of_the_tests_sizes_is_withdrawn(tmp_path, monkeypatch):
    """A kernel's span k + d (k - 1) where d (k - 1) + 1 is meant: with k = 3 and d = 2, as in every call that
    fails, it is 7, and so is the slip `+ 1` where `- 1` is meant (twice), d (k + 1) - 1. On other sizes (k = 4:
    10 against 9) the two part: the slip is withdrawn and the line is traced instead (hold-out 44). A slip that is the
    student's formula written otherwise (d * k + op for d (k - 1) + op + 1) gives the student's sizes on every
    input: it stands."""
    monkeypatch.setattr(diagnosis, "SLIP_TEST_S", 10.0)
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 30.0)
    a3 = load_assignment("a3_conv")
    result = graded(a3, with_function(a3, HOLES_AS_DILATION), tmp_path, select="test_conv_output_size")
    (test,) = result.values()
    assert test.status != "passed" and not slips(test)
    assert "effective" in " ".join(d.message for d in test.diagnoses if d.relation == "departure")
    result = graded(a3, with_function(a3, SPAN_D_TIMES_K), tmp_path, select="test_transposed_conv_output_size")
    assert any("where `- 1` is meant" in m for t in result.values() for m in slips(t))


def test_an_instructor_can_turn_slips_off(tmp_path):
    """A slip quotes fragments of the solution: slip_diagnosis = false in assignment.toml never says one."""
    quiet = A8.model_copy(update={"slip_diagnosis": False})
    result = graded(quiet, with_function(quiet, EARLY_STOPPING_LE), tmp_path)
    assert any(t.points_earned < t.points_possible for t in result.values())
    assert not [m for t in result.values() for m in slips(t)]


# -- an error a slip raises too

CONV_KERNEL_HEIGHT_FOR_WIDTH = '''
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Hout = 1 + (H + 2 * pad - HH) // stride
    Wout = 1 + (W + 2 * pad - WW) // stride
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Hout, Wout))
    for n in range(N):
        for f in range(F):
            for i in range(Hout):
                for j in range(Wout):
                    hs, ws = i * stride, j * stride
                    out[n, f, i, j] = np.sum(xp[n, :, hs:hs + HH, ws:ws + HH] * w[f]) + b[f]
    return out, (x, w, b, conv_param)
'''


def test_errors_that_one_slip_raises_too_are_said(tmp_path, monkeypatch):
    """Windows as wide as the kernel is high: on non-square kernels the products do not broadcast, and
    the slip that writes HH for WW raises the same two errors (their shapes included)."""
    monkeypatch.setattr(diagnosis, "SLIP_TEST_S", 10.0)  # the verdict, not the time bound, is under test
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 30.0)  # (the submission's budget too: a loaded machine)
    a3 = load_assignment("a3_conv")
    result = graded(a3, with_function(a3, CONV_KERNEL_HEIGHT_FOR_WIDTH), tmp_path, select="non_square")
    said = [m for t in result.values() for m in slips(t)]
    assert said == ["the error your code raises is the one the correct code raises with one slip in "
                    "conv_forward_naive(): `HH` where `WW` is meant (the wrong variable), where window is computed"]


AFFINE_WEIGHTS_TRANSPOSED = '''
def affine_forward(x, w, b):
    flat = x.reshape(x.shape[0], -1)
    return flat @ w.T + b, (x, w, b)
'''

POOL_STEPPED_BY_ITS_SIZE = '''
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for a in range(Ho):
        for b in range(Wo):
            r0, c0 = a * ph, b * pw
            out[:, :, a, b] = np.max(x[:, :, r0:r0 + ph, c0:c0 + pw], axis=(2, 3))
    return out, (x, pool_param)
'''


@pytest.mark.parametrize("assignment, source, select", [
    # one error alone: `b` written for `w` raises the same mismatch of sizes (6 and 20), but it is not the cause
    ("a1_backprop", AFFINE_WEIGHTS_TRANSPOSED, "affine_forward"),
    # an empty window: a dozen slips give the same error with no number in it
    ("a3_conv", POOL_STEPPED_BY_ITS_SIZE, "max_pool"),
])
def test_an_error_many_slips_raise_gets_no_slip(assignment, source, select, tmp_path, monkeypatch):
    monkeypatch.setattr(diagnosis, "SLIP_TEST_S", 10.0)
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 30.0)
    spec = load_assignment(assignment)
    result = graded(spec, with_function(spec, source), tmp_path, select=select)
    assert any(t.points_earned < t.points_possible for t in result.values())
    assert not [m for t in result.values() for m in slips(t)]


def test_a_test_the_students_error_ended_is_explained(tmp_path, monkeypatch):
    """Not only a part that raised: an error that ends the whole test is searched for a slip too."""
    calls: list[str] = []
    real = diagnosis.MistakeMatcher.diagnose_error

    def spy(self, item, ctx, error):
        calls.append(str(error))
        return real(self, item, ctx, error)

    monkeypatch.setattr(diagnosis.MistakeMatcher, "diagnose_error", spy)
    a1 = load_assignment("a1_backprop")
    graded(a1, with_function(a1, AFFINE_WEIGHTS_TRANSPOSED), tmp_path, select="test_affine_forward")
    assert calls and "affine_forward() raised ValueError" in calls[0]


def test_a_name_is_not_swapped_for_one_holding_another_kind_of_value():
    """The solution's run records what each local held: a bias vector is not written for a weight matrix."""
    from autograder.grading.mutants import LineTracer

    def affine(x, w, b):
        flat = x.reshape(x.shape[0], -1)
        return flat @ w + b

    with LineTracer(affine, kinds=True) as tracer:
        affine(np.ones((2, 3)), np.ones((3, 4)), np.ones(4))
    run = diagnosis.SolutionRun(context=None, calls=[], kinds=tracer.kinds)  # type: ignore[arg-type]
    assert not run.same_kind("affine", ("w", "b"))
    assert run.same_kind("affine", ("w", "flat"))  # two matrices
    assert run.same_kind("affine", ("w", "xavier_std"))  # not a local: a module's function


EARLY_STOPPING_NEVER_RESET = '''
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    lowest, at, since = float("inf"), 0, 0
    for i in range(len(val_losses)):
        if val_losses[i] < lowest - min_delta:
            lowest = val_losses[i]
            at = i
        else:
            since = since + 1
            if since >= patience:
                return i, weights[at]
    return len(val_losses) - 1, weights[at]
'''


def test_a_value_a_multiple_assignment_sets_never_set_is_said(tmp_path, monkeypatch):
    """The solution resets the count in `best, best_epoch, wait = loss, epoch, 0`; a student writing one
    line per name forgets one: the slip leaves that pair out of the tuple."""
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    result = graded(A8, with_function(A8, EARLY_STOPPING_NEVER_RESET), tmp_path, select="early_stopping")
    said = [m for t in result.values() for m in slips(t)]
    assert said and all("early_stopping(): a step never made: nothing done by `wait = 0`" in m for m in said), said


def test_dropping_a_pair_of_a_multiple_assignment_is_for_the_diagnosis_only():
    source = "def f(a):\n    b, c = a, 0\n    return b + c\n"
    from autograder.grading.mutants import function_mutants
    assert not [m for m in function_mutants(source, "f") if m.operator == "assignment_dropped"]
    dropped = [m.after.strip() for m in function_mutants(source, "f", confusions=True)
               if m.operator == "assignment_dropped"]
    assert sorted(dropped) == ["b = a", "c = 0"]


def test_two_arguments_in_each_others_place_are_a_slip_of_the_diagnosis_only():
    """update_ratio(g, w, lr) for update_ratio(w, g, lr): neighbouring arguments of a call of the module's own
    functions (or of numpy's where order matters) swapped; not np.maximum(x, 0), and not in the audit."""
    source = ("def ratio(a, b):\n    return a / b\n\n\ndef f(w, g, lr):\n    m = np.maximum(w, 0)\n"
              "    return ratio(lr * g, w) + np.dot(m, g) + m\n")
    from autograder.grading.mutants import function_mutants
    assert not [m for m in function_mutants(source, "f") if m.operator == "arguments_swapped"]
    swapped = sorted(m.after.strip() for m in function_mutants(source, "f", confusions=True)
                     if m.operator == "arguments_swapped")
    assert swapped == ["return ratio(lr * g, w) + np.dot(g, m) + m", "return ratio(w, lr * g) + np.dot(m, g) + m"]


def test_arguments_swapped_in_a_call_are_said(tmp_path, monkeypatch):
    monkeypatch.setattr(diagnosis, "SLIP_TEST_S", 10.0)  # the verdict, not the time bound, is under test
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 30.0)
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    source = A8.solution_file.read_text()
    assert "update_ratio(W, grads[k], lr)" in source  # parameter_statistics() calls it so
    result = graded(A8, source.replace("update_ratio(W, grads[k], lr)", "update_ratio(grads[k], W, lr)"), tmp_path,
                    select="update_ratio")
    said = [m for t in result.values() for m in slips(t)]
    assert said and all("`update_ratio(grads[k], W, ...)` where `update_ratio(W, grads[k], ...)` is meant (two "
                        "arguments in each other's place)" in m for m in said), said


def test_two_steps_in_the_other_order_are_a_slip_of_the_diagnosis_only():
    """Neighbouring statements swapped where the order matters (one reads or writes what the other writes, every
    name bound before them): not two independent lines, not a name used before it is bound, not two writes into
    one dict, not a statement sharing its line, and not in the audit."""
    source = ("def f(a, d):\n    x, y = a * 2, a\n    y = x + y\n    x += y\n    d['u'] = 1\n    d['v'] = 2\n"
              "    w = x + 1\n    z = w; x -= z\n    return x\n")
    from autograder.grading.mutants import function_mutants
    assert not [m for m in function_mutants(source, "f") if m.operator == "statements_swapped"]
    swapped = [m for m in function_mutants(source, "f", confusions=True) if m.operator == "statements_swapped"]
    assert [m.order for m in swapped] == [("y = x + y", "x += y")]
    assert "    x += y\n    y = x + y\n" in swapped[0].source
    assert slip_text(swapped[0], frozenset()) == ("`x += y` made before `y = x + y`, where it belongs after it (two "
                                                  "steps in the other order)")


def test_two_steps_in_the_other_order_are_said(tmp_path, monkeypatch):
    """dscores divided by N before the 1 is taken off at each row's class: `missing_term`'s "a term proportional
    to the one-hot of y" is true, but the slip that gives the output exactly says more, and replaces it."""
    monkeypatch.setattr(diagnosis, "SLIP_TEST_S", 10.0)  # the verdict, not the time bound, is under test
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 30.0)
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    a1 = load_assignment("a1_backprop")
    source = a1.solution_file.read_text()
    right = "    dscores[np.arange(n), y] -= 1\n    dscores /= n\n"
    assert right in source
    result = graded(a1, source.replace(right, "    dscores /= n\n    dscores[np.arange(n), y] -= 1\n"), tmp_path,
                    select="test_softmax_cross_entropy")
    failed = [t for t in result.values() if t.points_earned < t.points_possible]
    assert failed and all([d.relation for d in t.diagnoses] == ["one_slip"] for t in failed)
    assert all("`dscores /= n` made before `dscores[np.arange(n), y] -= 1`, where it belongs after it" in
               t.diagnoses[0].message for t in failed)


def test_a_term_moved_into_or_out_of_a_square_root_is_a_slip_of_the_diagnosis_only():
    source = "def f(v, eps):\n    a = np.sqrt(v) + eps\n    b = np.log(v + eps)\n    return a * b + np.max(v + 1)\n"
    from autograder.grading.mutants import function_mutants
    assert not [m for m in function_mutants(source, "f") if m.operator == "term_moved"]
    moved = [m for m in function_mutants(source, "f", confusions=True) if m.operator == "term_moved"]
    assert [m.order for m in moved] == [("np.sqrt(v) + eps", "np.sqrt(v + eps)"),
                                        ("np.log(v + eps)", "np.log(v) + eps")]
    assert slip_text(moved[0], frozenset()) == ("`np.sqrt(v + eps)` where `np.sqrt(v) + eps` is meant (the term added "
                                                "inside the function's argument, where it belongs after it)")


def test_an_epsilon_inside_the_square_root_is_said_and_the_slips_that_only_come_close_are_not(tmp_path, monkeypatch):
    """np.sqrt(cache + eps) for np.sqrt(cache) + eps: within the check's tolerance, eps left out or its sign flipped
    give the same trajectory too; the moved term gives it to rounding and is said alone (hold-out 15 was told the
    epsilon was missing)."""
    monkeypatch.setattr(diagnosis, "SLIP_TEST_S", 10.0)  # the verdict, not the time bound, is under test
    monkeypatch.setattr(diagnosis, "SLIP_BUDGET_S", 30.0)
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    a2 = load_assignment("a2_optim")
    source = a2.solution_file.read_text()
    right = 'np.sqrt(config["cache"]) + config["epsilon"]'
    before, rmsprop = source.split("def rmsprop(", 1)
    assert right in rmsprop.split("\ndef ", 1)[0]
    wrong = before + "def rmsprop(" + rmsprop.replace(right, 'np.sqrt(config["cache"] + config["epsilon"])', 1)
    result = graded(a2, wrong, tmp_path, select="test_rmsprop")
    said = [m for t in result.values() for m in slips(t)]
    assert said and all("with one slip in rmsprop(): `np.sqrt(config[\"cache\"] + config[\"epsilon\"])` where "
                        "`np.sqrt(config[\"cache\"]) + config[\"epsilon\"]` is meant" in m for m in said), said


def test_a_stubs_not_implemented_error_costs_no_rerun(tmp_path, monkeypatch):
    """A function not written yet is no slip: its error is not searched, the solution is not even re-run."""
    runs: list[str] = []
    real = diagnosis.MistakeMatcher._solution_run

    def spy(self, item):
        runs.append(item.name)
        return real(self, item)

    monkeypatch.setattr(diagnosis.MistakeMatcher, "_solution_run", spy)
    a1 = load_assignment("a1_backprop")
    stub = (Path(__file__).resolve().parents[1] / "assignments" / "a1_backprop" / a1.module).read_text()
    result = graded(a1, stub, tmp_path, select="test_affine_forward")
    assert result["test_affine_forward"].points_earned == 0 and not runs


FANS_OUT_FROM_INPUT_CHANNELS = '''
def compute_fans(shape):
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = shape[2] * shape[3]
    return shape[1] * receptive, shape[1] * receptive
'''


def test_a_slip_in_a_helper_is_found_through_the_function_the_test_calls(tmp_path, monkeypatch):
    """test_xavier_std calls xavier_std only; the slip is in compute_fans, which the solution's xavier_std
    ran: the helpers whose lines ran are searched too (a lone slip only, the evidence being indirect)."""
    monkeypatch.setattr(grading_run, "load_catalog", lambda path: Catalog())
    result = graded(A4, with_function(A4, FANS_OUT_FROM_INPUT_CHANNELS), tmp_path, select="test_xavier_std")
    said = [m for t in result.values() for m in slips(t)]
    assert said and all("in compute_fans(): `shape[1]` where `shape[0]` is meant" in m for m in said), said


def test_a_standard_deviation_taken_with_ddof_1_is_said(tmp_path):
    """np.std with ddof=1 (torch.std's unbiased default) in both of parameter_statistics' stds: one slip, made in
    two places (hold-out 18: nothing was said)."""
    source = with_function(A8, '''
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stats[name] = np.array([W.mean(), W.std(ddof=1), g.mean(), g.std(ddof=1), update_ratio(W, g, lr)])
    return stats
''')
    said = [m for t in graded(A8, source, tmp_path).values() for m in slips(t)]
    assert said and all("ddof=1 where none is meant: the standard deviation or variance divides by N - 1" in m
                        for m in said), said
    assert slip_text(mutant("ddof", "s = x.std(ddof=1)", "s = x.std()"), frozenset()).startswith(
        "no ddof where ddof=1 is meant")


def test_the_searches_budget_counts_cpu_time_not_the_wait_for_a_busy_machine():
    """The slips' and settings' budgets run on this thread's CPU time (diagnosis.cpu_s): time spent waiting for a
    core another process holds does not count, so a busy machine tries as many mutants as an idle one, and the
    feedback does not depend on the load (under load, adam's one_slip came out as "close" once in CI)."""
    before = diagnosis.cpu_s()
    time.sleep(0.3)  # waiting, as for a core: no CPU used
    assert diagnosis.cpu_s() - before < 0.1


def test_a_slip_that_gets_wrong_what_the_students_code_gets_right_is_not_theirs():
    """The student's rmsprop stores the right cache and returns wrong weights; a slip in the cache's line gives the
    same weights but a wrong cache: not the student's mistake. Where the student's part is wrong too, or the calls
    do not line up, nothing is told apart."""
    from types import SimpleNamespace
    right_cache, w = np.ones(3), np.zeros(3)
    right = [SimpleNamespace(function="rmsprop", value=(w, {"cache": right_cache}))]
    mine = [("rmsprop", (w + 1, {"cache": right_cache}), False)]
    slip = [("rmsprop", (w + 1, {"cache": right_cache * 100}), False)]
    assert not diagnosis.keeps_what_is_right(mine, slip, right)
    assert diagnosis.keeps_what_is_right(mine, mine, right)
    wrong_cache = [("rmsprop", (w + 1, {"cache": right_cache * 3}), False)]
    assert diagnosis.keeps_what_is_right(wrong_cache, slip, right)
    assert diagnosis.keeps_what_is_right(mine, slip, [SimpleNamespace(function="adam", value=None)])


def test_a_value_of_one_loops_last_pass_read_in_a_later_loop_over_the_same_items_is_found():
    from autograder.grading.static_slips import last_pass_values
    stale = """
def stats(params, grads):
    for k in params:
        g = np.abs(grads[k]).max()
    out = {}
    for name, W in params.items():
        out[name] = W / g
    return out
"""
    (found,) = last_pass_values(stale, "stats")
    assert found[:3] == (4, "g = np.abs(grads[k]).max()", "g") and found[3] == 3 and found[5] == 6
    # a loop left by a break keeps the value it looked for; a size is alike for every item
    found_first = stale.replace("g = np.abs(grads[k]).max()", "g = np.abs(grads[k]).max()\n        if g > 1:\n"
                                "            break")
    size = stale.replace("g = np.abs(grads[k]).max()", "g = grads[k].shape[0]")
    assert last_pass_values(found_first, "stats") == last_pass_values(size, "stats") == []
    # an accumulator's last value is its total; a value set again in the later loop; loops over other items
    total = stale.replace("g = np.abs(grads[k]).max()", "g = g + np.abs(grads[k]).max()")
    again = stale.replace("out[name] = W / g", "g = grads[name].max()\n        out[name] = W / g")
    other = stale.replace("for name, W in params.items():", "for name, W in grads.items():")
    unread = stale.replace("out[name] = W / g", "out[name] = W")
    assert last_pass_values(total, "stats") == last_pass_values(again, "stats") == \
        last_pass_values(other, "stats") == last_pass_values(unread, "stats") == []
    # ... read in a comprehension over them
    comprehension = """
def stats(params, grads, lr):
    for key in params.keys():
        r = np.linalg.norm(grads[key]) * lr
    return {key: np.array([params[key].mean(), r]) for key in params}
"""
    (found,) = last_pass_values(comprehension, "stats")
    assert found[2] == "r" and found[5] == 5


def test_an_optimizer_given_a_number_by_position_where_its_signature_has_a_pair_is_found():
    pytest.importorskip("torch")
    from autograder.grading.static_slips import optimizer_settings_by_position
    made = "def f(net):\n    return torch.optim.{}\n"
    (found,) = optimizer_settings_by_position(made.format("AdamW(net.parameters(), 1e-3, 0.95)"), "f")
    assert found[2:5] == ("AdamW", "betas", "0.95")
    # SGD's third parameter is a momentum, a number; settings by name; a pair by position
    assert optimizer_settings_by_position(made.format("SGD(net.parameters(), 0.1, 0.9)"), "f") == []
    assert optimizer_settings_by_position(made.format("Adam(net.parameters(), lr=1e-3, betas=0.9)"), "f") == []
    assert optimizer_settings_by_position(made.format("Adam(net.parameters(), 1e-3, (0.9, 0.99))"), "f") == []


def test_values_made_afresh_on_every_pass_of_a_loop_that_an_inner_loop_updates_are_found():
    from autograder.grading.static_slips import parameters_reset_each_pass
    reset = """
def fit(X, y, epochs):
    for epoch in range(epochs):
        w, b = np.zeros(X.shape[1]), 0.0
        for i in range(len(X)):
            w = w - 0.1 * (X[i] @ w + b - y[i]) * X[i]
            b -= 0.1 * (X[i] @ w + b - y[i])
    return w, b
"""
    found = parameters_reset_each_pass(reset, "fit")
    # (the array made anew; the number b = 0.0 reset each pass is left alone: a pass's own total, `epoch_loss = 0.0`,
    # is written so, meant)
    assert [f[2] for f in found] == ["w"] and found[0][3] == 3
    epoch_loss = reset.replace("w, b = np.zeros(X.shape[1]), 0.0", "w, b = 0.0, 0.0")
    assert parameters_reset_each_pass(epoch_loss, "fit") == []
    # one fit per setting, scored within the pass; not updated from itself
    scored = reset.replace("    return w, b", "        print(w, b)\n    return w, b")
    assert parameters_reset_each_pass(scored, "fit") == []
    assert parameters_reset_each_pass(reset.replace("w = w - 0.1", "v = w - 0.1").replace("b -= 0.1", "c = 0.1"),
                                      "fit") == []


def test_a_dropout_given_a_keep_probability_where_torch_takes_the_drops_is_found():
    from autograder.grading.static_slips import dropouts_as_keep
    made = "def f(x):\n    net = nn.Sequential(nn.Linear(4, 4), {})\n    return F.dropout(x, {})\n"
    found = dropouts_as_keep(made.format("nn.Dropout(0.8)", "p=0.9"), "f")
    assert [(f[1], f[2]) for f in found] == [("nn.Dropout(0.8)", 0.8), ("F.dropout(x, p=0.9)", 0.9)]
    assert dropouts_as_keep(made.format("nn.Dropout(p=0.5)", "0.2"), "f") == []


def test_a_break_on_one_batchs_loss_inside_the_loop_over_batches_is_found_with_its_loops_count():
    """`if loss.item() < 0.5: break` inside the loop over a pass's batches ends the training on one easy batch
    (hold-out 51's qz6); a stop read once a pass (a validation accuracy), a step counter, a test that only prints,
    or a break in a single loop is not it."""
    from autograder.grading.static_slips import breaks_on_a_batch
    made = ("def f(X, y):\n    {set}\n    for epoch in range({count}):\n        for idx in batches:\n"
            "            loss = step(idx)\n            {check}\n        {after}\n    return 1\n")

    def found(**given):
        parts = dict(set="epochs, batch = 15, 64", count="epochs", after="pass",
                     check="if loss.item() < 0.5:\n                done = True\n                break")
        return breaks_on_a_batch(made.format(**{**parts, **given}), "f")

    assert found() == [(6, "if loss.item() < 0.5:", 8, 15, False, "loss", 0.5)]  # (a flag no loop reads)
    assert found(after="if done:\n            break") == [(6, "if loss.item() < 0.5:", 8, 15, True, "loss", 0.5)]
    assert found(count="12", check="if 0.98 <= train_acc:\n                return model") == \
        [(6, "if 0.98 <= train_acc:", 7, 12, True, "accuracy", 0.98)]
    assert found(set="epochs = cfg.epochs")[0][3] is None  # (a count not known)
    assert found(set="epochs = 15\n    epochs += 5")[0][3] is None
    assert found(check="if step_no > 1000:\n                break") == []
    assert found(check="if len(losses) >= 2000:\n                break") == []  # (a count of steps)
    assert found(check="if loss.item() > 1e3:\n                return None") == []  # (a guard against divergence)
    assert found(check="if accum_steps < 4:\n                break") == []  # (no loss word: accum)
    assert found(check="pass", after="if val_acc > 0.99:\n            break") == []
    assert found(check="if loss.item() < 0.5:\n                print(loss)") == []
    single = ("def f(X):\n    for idx in batches:\n        loss = step(idx)\n        if loss.item() < 0.5:\n"
              "            break\n")
    assert breaks_on_a_batch(single, "f") == []


def test_a_local_set_only_under_a_condition_is_found_with_its_conditions():
    """`if pad > 0: xp = np.pad(...)` then xp read on every path (hold-out 52's ra3: the read's line was said as the
    mistake): the bindings and their conditions, where none is on an unguarded path."""
    from autograder.grading.static_slips import (
        UNBOUND_LOCAL,
        bound_only_under_conditions,
    )
    made = ("def f(x, pad):\n    if pad > 0:\n        xp = np.pad(x, pad)\n    elif pad < 0:\n        xp = x[1:]\n"
            "    return xp.sum()\n")
    assert bound_only_under_conditions(made, "f", "xp") == [(3, 2, "if pad > 0:"), (5, 4, "if pad < 0:")]
    assert bound_only_under_conditions(made.replace("    if pad > 0:", "    xp = x\n    if pad > 0:"), "f", "xp") == []
    in_else = "def f(x, pad):\n    if pad == 0:\n        pass\n    else:\n        xp = np.pad(x, pad)\n    return xp\n"
    assert bound_only_under_conditions(in_else, "f", "xp") == [(5, 2, "if not (pad == 0):")]
    both = "def f(x, pad):\n    h = xp.shape\n    if pad:\n        xp = np.pad(x, pad)\n    else:\n        xp = x\n"
    assert bound_only_under_conditions(both, "f", "xp") == []  # (set on every path: read before the if)
    with_block = ("def f(x, flag):\n    with torch.no_grad():\n        if flag:\n            y = x + 1\n"
                  "    for i in range(3):\n        z = i\n    return y\n")
    assert bound_only_under_conditions(with_block, "f", "y") == [(4, 3, "if flag:")]
    in_loop = "def f(xs):\n    for x in xs:\n        last = x\n    return last\n"
    assert bound_only_under_conditions(in_loop, "f", "last") == []  # (an empty loop: not a condition of the code's)
    said = "cannot access local variable 'xp' where it is not associated with a value"
    assert UNBOUND_LOCAL.search(said)[1] == "xp"
    assert UNBOUND_LOCAL.search("local variable 'xp' referenced before assignment")[2] == "xp"


def test_batch_sizes_written_and_reductions_over_the_leading_axes_are_read_off_the_source():
    """What tells a Linear's "64x2 and 32x6" apart (hold-out 52's ra6: said as maps left unflattened): 64 is a batch
    size the code writes (`.split(64)`, batch_size=, a range's step), and a mean over axis 1 took the channels."""
    from autograder.grading.static_slips import (
        batch_sizes_written,
        reductions_of_leading_axes,
    )
    made = ("def f(X, y):\n    batch = 32\n    loader = DataLoader(ds, batch_size=batch)\n"
            "    for idx in torch.randperm(len(y)).split(64):\n        pass\n    for i in range(0, len(X), 16):\n"
            "        pass\n    names = 'a,b'.split(',')\n    class Pool(nn.Module):\n        def forward(self, x):\n"
            "            return x.mean(dim=(1, 2)) + x.sum(axis=0) + x.mean(dim=(2, 3)) + torch.amax(x, dim=1)\n"
            "    X = X - X.mean(axis=0)\n    return torch.max(out, dim=1)\n")  # (the function's own: not said)
    assert batch_sizes_written(made, "f") == {16, 32, 64}
    assert batch_sizes_written("def f(idx):\n    return torch.split(idx, 128)\n", "f") == {128}
    assert {(text, leading) for _, text, leading in reductions_of_leading_axes(made, "f")} == {
        ("x.mean(dim=(1, 2))", (1,)), ("x.sum(axis=0)", (0,)), ("torch.amax(x, dim=1)", (1,))}
    outside = ("class Pool(nn.Module):\n    def forward(self, x):\n        return x.mean(1)\n\n\n"
               "def f(X):\n    return X\n")
    assert reductions_of_leading_axes(outside.replace("x.mean(1)", "x.mean(dim=1)"), "f") == \
        [(3, "x.mean(dim=1)", (1,))]  # (a model class of the module's)
    from autograder.grading.torch_errors import LINEAR_ROWS, per_example_finding
    rows = LINEAR_ROWS.search("mat1 and mat2 shapes cannot be multiplied (64x2 and 32x6)")
    said = per_example_finding(*map(int, rows.groups()), [(11, "x.mean(dim=(1, 2))", (1,))]).message
    assert "64 is your batch size: each example reaches it with 2 values where it was built for 32" in said and \
        "Line 11: `x.mean(dim=(1, 2))` reduces over axis 1, the channels" in said


def test_adams_betas_given_the_larger_first_are_found():
    """betas=(0.999, 0.9) (hold-out 52's ra6: only the accuracy was said); by position too; not Adam's own order,
    nor another optimizer's pair."""
    from autograder.grading.static_slips import betas_reversed
    made = "def f(model):\n    return {}\n"
    assert betas_reversed(made.format("torch.optim.Adam(model.parameters(), lr=3e-3, betas=(0.999, 0.9))"), "f") == \
        [(2, "torch.optim.Adam(model.parameters(), lr=3e-3, betas=(0.999, 0.9))", 0.999, 0.9)]
    assert betas_reversed(made.format("optim.AdamW(model.parameters(), 1e-3, (0.98, 0.9))"), "f")[0][2:] == (0.98, 0.9)
    assert betas_reversed(made.format("torch.optim.Adam(model.parameters(), betas=(0.9, 0.999))"), "f") == []
    assert betas_reversed(made.format("torch.optim.Adam(model.parameters(), betas=[0.99, 0.9])"), "f")[0][2:] == \
        (0.99, 0.9)
    assert betas_reversed(made.format("torch.optim.SGD(model.parameters(), 0.1, (0.999, 0.9))"), "f") == []


def test_a_loop_over_the_rows_of_a_tensor_handed_to_a_call_is_found_and_a_loop_over_batches_is_not():
    """`for xb, yb in zip(X[perm], y[perm]): model(xb)` gives one image (C, H, W) at a time (hold-out 53's rb6: a
    BatchNorm2d's 3-D error was said as a batch norm after a flatten); a DataLoader, batches from split, or two loaders
    zipped give batches."""
    from autograder.grading.static_slips import rows_iterated_one_by_one
    made = ("def f(X_train, y_train, model):\n    X, y = torch.tensor(X_train).float(), torch.tensor(y_train)\n"
            "    loader = DataLoader(TensorDataset(X, y), batch_size=64)\n    perm = torch.randperm(len(y))\n"
            "    for xb, yb in {}:\n        loss = model(xb)\n")
    assert rows_iterated_one_by_one(made.format("zip(X[perm], y[perm])"), "f") == \
        [(5, "for xb, yb in zip(X[perm], y[perm]):", "xb")]
    assert rows_iterated_one_by_one(made.format("zip(X, y)"), "f")[0][2] == "xb"
    for batches in ("loader", "zip(X[perm].split(64), y[perm].split(64))", "zip(loader, loader)"):
        assert rows_iterated_one_by_one(made.format(batches), "f") == [], batches


def test_np_pad_given_one_width_for_an_array_of_images_is_found():
    """np.pad(x, padding) where `N, C, H, W = x.shape` (hold-out 52's ra8 and hold-out 2's q8: nothing said but the
    check): every axis padded; not a width per axis, nor an array the code does not unpack into three axes."""
    from autograder.grading.static_slips import pads_of_every_axis
    made = "def f(x, p):\n    N, C, H, W = x.shape\n    return np.pad(x, {})\n"
    assert pads_of_every_axis(made.format("p"), "f") == [(3, "np.pad(x, p)", "x", 4)]
    assert pads_of_every_axis(made.format("2 * p"), "f")[0][3] == 4
    assert pads_of_every_axis(made.format("((0, 0), (0, 0), (p, p), (p, p))"), "f") == []
    assert pads_of_every_axis("def f(img, p):\n    return np.pad(img, p)\n", "f") == []  # (a 2-D image: all axes)


def test_a_true_convolution_from_scipy_is_found_unless_its_kernel_is_flipped_back():
    """scipy.signal.convolve where a CNN's cross-correlation is meant (hold-out 53's rb7: a 3-D convolve, unnamed since
    it flips the channels too, nothing said); not with the kernel flipped back, nor a function of one's own so named."""
    from autograder.grading.static_slips import kernels_flipped_by_convolve
    made = "from scipy.signal import convolve\n\n\ndef f(x, w):\n    return {}\n"
    assert kernels_flipped_by_convolve(made.format('convolve(x, w, mode="valid")'), "f") == \
        [(5, 'convolve(x, w, mode="valid")')]
    assert kernels_flipped_by_convolve(made.format('convolve(x, w[:, ::-1, ::-1], mode="valid")'), "f") == []
    assert kernels_flipped_by_convolve(made.format("scipy.signal.fftconvolve(x, np.flip(w))"), "f") == []
    own = "def convolve(x, w):\n    return x\n\n\ndef f(x, w):\n    return convolve(x, w)\n"
    assert kernels_flipped_by_convolve(own, "f") == []


def test_np_max_written_for_np_maximum_is_found_only_where_a_relu_is_meant():
    """np.max(z, 0) where a ReLU is meant (the third hold-out's r4, raising later: nothing was said): found in a ReLU's
    function, under `if activation == "relu":`, on a line whose target or comment says relu, and np.max(0, z)
    anywhere; not np.max(x, 0) elsewhere (a column maximum meant), nor np.maximum, nor np.max(x, axis=0)."""
    from autograder.grading.static_slips import maxima_for_a_maximum
    branch = "def f(h, activation):\n    if activation == 'relu':\n        h = {}\n    return h\n"
    assert maxima_for_a_maximum(branch.format("np.max(h, 0)"), "f") == [(3, "np.max(h, 0)", "h", False)]
    assert maxima_for_a_maximum(branch.format("np.amax(0.0, h)"), "f") == [(3, "np.amax(0.0, h)", "h", True)]
    assert maxima_for_a_maximum(branch.format("np.maximum(h, 0)"), "f") == []
    assert maxima_for_a_maximum("def relu_forward(x):\n    return np.max(x, 0), x\n", "relu_forward")[0][2] == "x"
    assert maxima_for_a_maximum("def f(z):\n    relu_out = np.max(z, 0)\n    return relu_out\n", "f")
    assert maxima_for_a_maximum("def f(z):\n    a = np.max(z, 0)  # ReLU\n    return a\n", "f")
    assert maxima_for_a_maximum("def f(z):\n    return np.max(z, 0)\n", "f") == []  # (column maxima, maybe meant)
    assert maxima_for_a_maximum("def relu_f(z):\n    return np.max(z, axis=0)\n", "relu_f") == []
    assert maxima_for_a_maximum("def f(z):\n    return np.max(0, z)\n", "f") == [(2, "np.max(0, z)", "z", True)]


def test_a_flag_compared_with_a_string_is_found():
    """`if normalize == "standardize":` where normalize defaults to True (hold-out 42's qq8: nothing said but the
    accuracy): never equal; not a flag tested itself, a string parameter compared with a string, or a flag the
    function binds anew (to a mode's name)."""
    from autograder.grading.static_slips import flags_compared_with_text
    made = "def f(X, normalize=True, *, verbose=False):\n    if {}:\n        X = X - 1\n    return X\n"
    assert flags_compared_with_text(made.format('normalize == "standardize"'), "f") == \
        [(2, 'normalize == "standardize"', "normalize", True, True)]
    assert flags_compared_with_text(made.format('"yes" != verbose'), "f")[0][2:] == ("verbose", False, False)
    # (the test's outcome read off the operator, not the text: a string that holds "is" says nothing of it)
    assert flags_compared_with_text(made.format('normalize != "this is it"'), "f")[0][4] is False
    assert flags_compared_with_text(made.format("normalize"), "f") == []
    assert flags_compared_with_text(made.format("normalize == True"), "f") == []
    assert flags_compared_with_text('def f(X, mode="standardize"):\n    return mode == "mean"\n', "f") == []
    rebound = 'def f(X, normalize=True):\n    normalize = "standardize" if normalize else ""\n' \
        '    return normalize == "standardize"\n'
    assert flags_compared_with_text(rebound, "f") == []


def test_an_index_one_before_a_loop_index_that_starts_at_zero_is_found():
    """h @ weights[i - 1] in `for i in range(L):` (hold-out 42's qq4: nothing said but the comparison): the first
    pass reads the last entry; not a loop from 1, a guarded read, a first pass skipped, nor a recurrence into an array
    the loop writes (`v[t] = b * v[t - 1] + g[t]`, the last entry still as allocated)."""
    from autograder.grading.static_slips import indices_before_the_first
    made = "def f(h, ws, g, v):\n    for {}:\n        {}\n    return h\n"
    assert indices_before_the_first(made.format("i in range(len(ws))", "h = h @ ws[i - 1]"), "f") == \
        [(3, "ws[i - 1]", "i", 2)]
    assert indices_before_the_first(made.format("i, w in enumerate(ws)", "h = h @ w + g[:, i - 1]"), "f")[0][1] == \
        "g[:, i - 1]"
    assert indices_before_the_first(made.format("i in range(1, len(ws))", "h = h @ ws[i - 1]"), "f") == []
    assert indices_before_the_first(made.format("i in range(3)", "h = h @ (ws[i - 1] if i else g)"), "f") == []
    assert indices_before_the_first(made.format("i in range(3)", "if i > 0:\n            h = h @ ws[i - 1]"),
                                    "f") == []
    assert indices_before_the_first(made.format("i in range(3)", "if i == 0:\n            continue\n"
                                                "        h = h @ ws[i - 1]"), "f") == []
    assert indices_before_the_first(made.format("t in range(3)", "v[t] = 0.9 * v[t - 1] + g[t]"), "f") == []


def test_an_einsum_error_is_said_with_the_label_whose_sizes_differ():
    """np.einsum("nfhw,cf->nchw", dout, w[:, :, u, v]) with w's slice (F, C) (hold-out 8's w3: only NumPy's error was
    said): the label f stands for 8 and 3; the one swap that fits is said, and none where two swaps fit; the
    optimize path's message too; nothing for an error that is no einsum's, or two calls that could have raised."""
    import numpy as np

    from autograder.grading.static_findings import einsum_sizes_finding
    from autograder.grading.static_slips import einsum_calls
    source = "def f(dout, w):\n    return np.einsum('nfhw,cf->nchw', dout, w)\n"
    calls = einsum_calls(source, "f")
    assert calls == [(2, "np.einsum('nfhw,cf->nchw', dout, w)", "nfhw,cf->nchw")]

    def raised(*arrays, optimize=False):
        with pytest.raises(ValueError) as error:
            np.einsum("nfhw,cf->nchw", *arrays, optimize=optimize)
        return str(error.value)

    said = einsum_sizes_finding("f", raised(np.zeros((4, 8, 5, 5)), np.zeros((8, 3))), calls)
    assert said is not None and "label 'f' stands for axis 1 of the first operand (size 8) and axis 1 of the " \
        "second operand (size 3)" in said.message and "The second operand's labels as 'fc'" in said.message, said
    said = einsum_sizes_finding("f", raised(np.zeros((2, 3, 6, 6)), np.zeros((3, 2))), calls)  # (two swaps fit)
    assert said is not None and "label 'f'" in said.message and "fit every size" not in said.message, said
    said = einsum_sizes_finding("f", raised(np.zeros((4, 8, 5, 5)), np.zeros((8, 3)), optimize=True), calls)
    assert said is not None and "label 'f'" in said.message and "(size 3)" in said.message, said
    assert einsum_sizes_finding("f", "operands could not be broadcast together with shapes (2,3) (4,)", calls) is None
    twice = "def f(a, b):\n    x = np.einsum('ij,jk->ik', a, b)\n    return np.einsum('ab,bc->ac', a, b)\n"
    message = "operands could not be broadcast together with remapped shapes [original->remapped]: " \
        "(2,3)->(2,newaxis,3) (4,5)->(5,4) "
    assert einsum_sizes_finding("f", message, einsum_calls(twice, "f")) is None


def test_a_write_whose_index_misses_a_loop_index_its_value_reads_is_found():
    """dx[n, :, window] = w[f] * dout[n, f, i, j] in a loop over f (hold-out 13's m3: nothing said but the
    comparison): every pass of the loop over f writes the same entries; not += , an index that reads f (or a name
    computed from it), a write under a test, an array not allocated in the function, or a value that reads its array."""
    from autograder.grading.static_slips import writes_overwritten_each_pass
    made = ("def f(dout, w, g):\n    dx = np.zeros((2, 3, 8, 8))\n    for n in range(2):\n        for f in range(4):\n"
            "            for i in range(3):\n                hs = 2 * i\n                {}\n    return dx\n")
    assert writes_overwritten_each_pass(made.format("dx[n, :, hs:hs + 3] = w[f] * dout[n, f, i]"), "f") == \
        [(7, "dx[n, :, hs:hs + 3] = w[f] * dout[n, f, i]", "dx", "f", 4)]
    assert writes_overwritten_each_pass(made.format("dx[n, :, hs:hs + 3] += w[f] * dout[n, f, i]"), "f") == []
    assert writes_overwritten_each_pass(made.format("dx[n, f % 3, hs:hs + 3] = w[f] * dout[n, f, i]"), "f") == []
    assert writes_overwritten_each_pass(made.format("dx[n] = dx[n] + w[f] * dout[n, f, i]"), "f") == []
    assert writes_overwritten_each_pass(made.format("if dout[n, f, i] > 0:\n                    dx[n] = w[f]"),
                                        "f") == []
    assert writes_overwritten_each_pass(made.format("g[n, :, hs:hs + 3] = w[f] * dout[n, f, i]"), "f") == []
    derived = made.format("c = f % 3\n                dx[n, c, hs] = w[f] * dout[n, f, i]")
    assert writes_overwritten_each_pass(derived, "f") == []
    record = made.replace("dx = np.zeros((2, 3, 8, 8))", "losses = np.zeros(2)").format("losses[n] = dout[n, f, i]")
    assert writes_overwritten_each_pass(record, "f") == []  # (no block written: a record of the last pass)


def test_an_optimizer_given_the_model_itself_is_found():
    """torch.optim.Adam(model, lr=1e-3) where model = Net() (a module torch cannot walk raises "'Net' object is not
    iterable", which says nothing of the optimizer); not model.parameters(), nor a list of parameters."""
    from autograder.grading.static_slips import optimizers_given_modules
    made = ("class Net(nn.Module):\n    pass\n\n\ndef f(X):\n    model = Net().to('cpu')\n    opt = {}\n"
            "    return opt\n")
    assert optimizers_given_modules(made.format("torch.optim.Adam(model, lr=1e-3)"), "f") == \
        [(7, "torch.optim.Adam(model, lr=1e-3)", "model")]
    assert optimizers_given_modules(made.format("optim.SGD(model, 0.1)"), "f")[0][2] == "model"
    layers = "from torch.optim import SGD\n\n\ndef f(X):\n    model = nn.Sequential(nn.Linear(2, 1))\n" \
        "    return SGD(model, 0.1)\n"
    assert optimizers_given_modules(layers, "f")[0][2] == "model"
    # (a course's own SGD(model, lr), as in MyTorch-style assignments, and a ParameterList, which torch iterates)
    own = "def f(X):\n    model = MLP([784, 10])\n    return SGD(model, lr=0.1, momentum=0.9)\n"
    assert optimizers_given_modules(own, "f") == []
    plist = "def f(X):\n    ps = nn.ParameterList([nn.Parameter(X)])\n    return torch.optim.Adam(ps)\n"
    assert optimizers_given_modules(plist, "f") == []
    assert optimizers_given_modules(made.format("torch.optim.Adam(model.parameters(), lr=1e-3)"), "f") == []
    params = "def f(X):\n    model = Net()\n    ps = list(model.parameters())\n    return torch.optim.SGD(ps, 0.1)\n"
    assert optimizers_given_modules(params, "f") == []


def test_np_identity_used_as_the_identity_function_is_found():
    """{"linear": np.identity} (hold-out 54's rc4: NumPy's error alone was said); not np.identity(n) called, nor
    np.eye(D) @ x."""
    from autograder.grading.static_slips import identity_matrices_as_functions
    table = "def f(z, a):\n    acts = {'tanh': np.tanh, 'linear': np.identity}\n    return acts[a](z)\n"
    assert identity_matrices_as_functions(table, "f") == [(2, "np.identity")]
    lam = "def f(z, a):\n    acts = {'relu': lambda v: np.maximum(v, 0), 'linear': numpy.eye}\n    return acts[a](z)\n"
    assert identity_matrices_as_functions(lam, "f") == [(2, "numpy.eye")]
    assert identity_matrices_as_functions("def f(z):\n    return np.identity(3) @ z + np.eye(3)[0]\n", "f") == []
    # (a table of matrix builders, not of activations)
    builders = "def f(n, k):\n    return {'identity': np.eye, 'zeros': np.zeros}[k](n)\n"
    assert identity_matrices_as_functions(builders, "f") == []


def test_an_early_stop_that_does_not_leave_the_loop_is_found():
    """`if wait >= patience: stop_epoch, restored = ...` with no break (hold-out 54's rc8: only the comparison was
    said); not a stop that breaks, returns, sets a flag the loop breaks on, or records itself once."""
    from autograder.grading.static_slips import stops_that_do_not_leave
    made = ("def f(losses, patience):\n    best, wait, stop, done = 1e9, 0, None, False\n"
            "    for epoch, loss in enumerate(losses):\n{}        if loss < best:\n            best, wait = loss, 0\n"
            "        else:\n            wait += 1\n            if {}:\n                {}\n    return stop\n")
    assert stops_that_do_not_leave(made.format("", "wait >= patience", "stop = epoch"), "f") == \
        [(8, "if wait >= patience:", ("stop",), 3)]
    leaves = "stop = epoch\n                break"
    assert stops_that_do_not_leave(made.format("", "wait >= patience", leaves), "f") == []
    assert stops_that_do_not_leave(made.format("", "wait >= patience", "return epoch"), "f") == []
    assert stops_that_do_not_leave(made.format("        if done:\n            break\n", "wait >= patience",
                                               "stop, done = epoch, True"), "f") == []
    assert stops_that_do_not_leave(made.format("", "wait >= patience and stop is None", "stop = epoch"), "f") == []


def test_statistics_taken_after_an_array_was_rebound_normalized_are_found():
    """X_train rebound to its standardized self, then X_test standardized with X_train.mean(0) again (hold-out 55's
    rd8 and hold-out 23's j6); not statistics taken before the rebinding, nor after X_train is bound anew to data."""
    from autograder.grading.static_slips import statistics_after_rebinding
    made = ("def f(X_train, X_test):\n    X_train = (X_train - X_train.mean(axis=0)) / X_train.std(axis=0)\n"
            "    {}\n    return X_train, X_test\n")
    assert statistics_after_rebinding(made.format("X_test = (X_test - X_train.mean(axis=0)) / np.std(X_train)"),
                                      "f") == [(3, "X_test = (X_test - X_train.mean(axis=0)) / np.std(X_train)",
                                                "X_train", 2)]
    kept = ("def f(X_train, X_test):\n    mu, sd = X_train.mean(axis=0), X_train.std(axis=0)\n"
            "    X_train = (X_train - mu) / sd\n    X_test = (X_test - mu) / sd\n    return X_train, X_test\n")
    assert statistics_after_rebinding(kept, "f") == []
    anew = made.format("X_train = X_test.copy()\n    X_test = X_test - X_train.mean(axis=0)")
    assert statistics_after_rebinding(anew, "f") == []


def test_a_window_sliced_with_the_stride_as_its_step_is_found():
    """xp[n, :, r:r + HH * stride:stride, ...] (hold-out 54's rc3: a shape error restated; hold-out 52's ra3 in the
    transposed convolution): the taps spread stride apart; not a slice over the output positions (u:u + stride * Ho:
    stride), nor a window of adjacent pixels."""
    from autograder.grading.static_slips import windows_with_stride_step
    made = "def f(x, w, stride):\n    F, C, HH, WW = w.shape\n    Ho = 3\n    return x[:, :, {}]\n"
    assert windows_with_stride_step(made.format("r:r + HH * stride:stride"), "f") == \
        [(4, "r:r + HH * stride:stride", "HH", "stride")]
    assert windows_with_stride_step(made.format("u:u + stride * Ho:stride"), "f") == []
    assert windows_with_stride_step(made.format("r:r + HH"), "f") == []
    pool = "def f(x, p):\n    ph, s = p['pool_height'], p['stride']\n    return x[:, :, 0:0 + ph * s:s]\n"
    assert windows_with_stride_step(pool, "f")[0][2:] == ("ph", "s")


def test_a_maximum_searched_in_the_array_being_built_is_found():
    """window = dx[...] then np.argmax(window), dx = np.zeros_like(x) written in the loop (hold-out 54's rc3: a loop
    departure whose "look there first" named a right line); not a window of x, nor of a buffer the loop only reads."""
    from autograder.grading.static_slips import searches_of_the_array_built
    made = ("def f(x, dout):\n    dx = np.zeros_like(x)\n    for i in range(3):\n        window = {}[i:i + 2]\n"
            "        k = np.argmax(window)\n        dx[i + k] += dout[i]\n    return dx\n")
    assert searches_of_the_array_built(made.format("dx"), "f") == [(5, "np.argmax(window)", "dx", "x")]
    assert searches_of_the_array_built(made.format("x"), "f") == []
    direct = made.replace("window = {}[i:i + 2]\n        k = np.argmax(window)", "k = dx[i:i + 2].argmax()")
    assert searches_of_the_array_built(direct, "f")[0][2] == "dx"
    read_only = made.format("dx").replace("dx[i + k] += dout[i]", "dout[i] += k")
    assert searches_of_the_array_built(read_only, "f") == []


def test_the_new_slips_stay_quiet_on_right_code_written_other_ways():
    """Counter-examples a review found (right code the first forms of these finders took for the slip): two-step
    standardization and min-max scaling; a batch written at a position a counter moves; a while loop's own stop; a
    plateau's learning rate halved; the best loss so far and a table's earlier row searched; a guard in a BoolOp; a
    dilated window; a function named for a ReLU network that scales its data."""
    from autograder.grading import static_slips as S
    two_step = "def f(X):\n    X = X - X.mean(axis=0)\n    X = X / X.std(axis=0)\n    return X\n"
    assert S.statistics_after_rebinding(two_step, "f") == []
    min_max = "def f(x):\n    x = x - x.min()\n    x = x / x.max()\n    return x\n"
    assert S.statistics_after_rebinding(min_max, "f") == []
    counter = ("def f(X, B):\n    out = np.zeros((len(X), 10))\n    start = 0\n    for b in range(len(X) // B):\n"
               "        xb = X[b * B:(b + 1) * B]\n        out[start:start + B] = xb @ W\n        start += B\n"
               "    return out\n")
    assert S.writes_overwritten_each_pass(counter, "f") == []
    stop = ("def f(losses, patience):\n    best, wait, stop_epoch = 1e9, 0, None\n    epoch = 0\n"
            "    while wait < patience and epoch < len(losses):\n        if losses[epoch] < best:\n"
            "            best, wait = losses[epoch], 0\n        else:\n            wait += 1\n"
            "        if wait >= patience:\n            stop_epoch = epoch\n        epoch += 1\n    return stop_epoch\n")
    assert S.stops_that_do_not_leave(stop, "f") == []
    plateau = ("def f(losses, opt, lr_patience):\n    bad = 0\n    for epoch, loss in enumerate(losses):\n"
               "        bad += 1\n        if bad >= lr_patience:\n            for g in opt.param_groups:\n"
               "                g['lr'] *= 0.5\n    return opt\n")
    assert S.stops_that_do_not_leave(plateau, "f") == []
    best = ("def f(x):\n    losses = np.zeros(len(x))\n    keep = 0\n    for e in range(len(x)):\n"
            "        losses[e] = x[e]\n        if losses[e] <= np.min(losses[:e + 1]):\n            keep = e\n"
            "    return keep\n")
    assert S.searches_of_the_array_built(best, "f") == []
    viterbi = ("def f(emit):\n    dp = np.zeros_like(emit)\n    for t in range(1, len(emit)):\n"
               "        dp[t] = emit[t] + np.max(dp[t - 1])\n    return dp\n")
    assert S.searches_of_the_array_built(viterbi, "f") == []
    guarded = "def f(seq):\n    out = []\n    for i in range(len(seq)):\n        out.append(i > 0 and seq[i - 1])\n" \
        "    return out\n"
    assert S.indices_before_the_first(guarded, "f") == []
    dilated = "def f(x, w, dilation):\n    F, C, HH, WW = w.shape\n    return x[:, :, 0:0 + HH * dilation:dilation]\n"
    assert S.windows_with_stride_step(dilated, "f") == []
    trainer = "def train_relu_net(X):\n    X = X / np.max(X, 0)\n    return X\n"
    assert S.maxima_for_a_maximum(trainer, "train_relu_net") == []


def test_an_einsum_error_with_another_call_of_fewer_operands_says_nothing_false_and_does_not_raise():
    """The optimize path's message names an operand (1) that another einsum of the function does not have (a trace,
    "ii"): it raised IndexError, and the test's other diagnoses were lost; a label twice in one operand is not said
    as two operands."""
    from autograder.grading.static_findings import einsum_sizes_finding
    from autograder.grading.static_slips import einsum_calls
    source = "def f(A, B):\n    t = np.einsum('ii', A)\n    return np.einsum('ij,jk->ik', A, B) * t\n"
    message = "Size of label 'j' for operand 1 (3) does not match previous terms (4)."
    said = einsum_sizes_finding("f", message, einsum_calls(source, "f"))
    assert said is not None and "label 'j' stands for axis 1 of the first operand (size 4)" in said.message, said
    trace = "def f(A, B):\n    return np.einsum('ij,kk->ij', A, B)\n"
    assert einsum_sizes_finding("f", "Size of label 'k' for operand 1 (4) does not match previous terms (5).",
                                einsum_calls(trace, "f")) is None


def test_a_slip_at_a_line_the_student_wrote_as_the_correct_code_does_is_not_theirs():
    """best started at 0.0 in early_stopping (hold-out 63's rl8: "`loss > best` where `loss < best` is meant", a
    slip that gives the stop epochs but is not in the code): the student's code has that line as the correct code
    writes it (quotes and brackets written otherwise too), so the slip is not said; one the code has is kept."""
    from autograder.grading.slips import kept_as_written
    compared = mutant("comparison", "        if loss < best - min_delta:", "        if loss > best - min_delta:",
                      "early_stopping", 78)
    student = ("def early_stopping(val_losses, weights, patience, min_delta=0.0):\n"
               "    best, best_epoch, wait = (0.0, 0, 0)\n    for epoch, loss in enumerate(val_losses):\n"
               "        if loss < best - min_delta:  # improved\n            best = loss\n")
    assert kept_as_written(compared, student)
    assert not kept_as_written(compared, student.replace("loss < best", "loss > best"))
    quoted = mutant("name_swap", '    h, c = affine_forward(X, params["W1"], params["b1"])',
                    '    h, c = affine_forward(X, params["W2"], params["b1"])')
    assert kept_as_written(quoted, "def f(X, params):\n    h, c = affine_forward(X, params['W1'], params['b1'])\n")


def test_a_linear_given_one_row_where_the_code_batches_many_is_said_as_the_batch_reduced_away():
    """"(1x1 and 32x10)" with batches of 64: a pooling after nn.Flatten() pooled the whole batch to one value (hold-out
    64's rm6: said as 1 feature per example); the pooling listed after the flatten is named."""
    from autograder.grading.static_slips import pooled_after_flatten
    from autograder.grading.torch_errors import one_row_finding
    head = ("def f(X):\n    model = nn.Sequential(\n        nn.Conv2d(1, 32, 3),\n        nn.Flatten(),\n"
            "        nn.AdaptiveAvgPool2d(1),\n        nn.Linear(32, 10))\n    return model\n")
    assert pooled_after_flatten(head) == [(5, "nn.AdaptiveAvgPool2d(1)")]
    assert pooled_after_flatten(head.replace("nn.Flatten(),\n        nn.AdaptiveAvgPool2d(1)",
                                             "nn.AdaptiveAvgPool2d(1),\n        nn.Flatten()")) == []
    assert pooled_after_flatten(head.replace("AdaptiveAvgPool2d", "AdaptiveAvgPool1d")) == []  # (keeps the rows)
    said = one_row_finding(1, 32, 10, 64, (5, "nn.AdaptiveAvgPool2d(1)")).message
    assert "got 1 row of 1 value, where your batches have 64 examples" in said and \
        "Line 5: `nn.AdaptiveAvgPool2d(1)` comes after the nn.Flatten()" in said
    assert "pool first, then flatten" in one_row_finding(1, 32, 10, 64, None).message


def test_dataloaders_that_shuffle_apart_zipped_are_found():
    """Images and labels batched by two DataLoaders with shuffle=True, zipped (hold-out 64's rm6: one optimizer step a
    pass said, each loader's permutations counted as passes). Not one loader of a TensorDataset, nor loaders that
    keep their order."""
    from autograder.grading.static_slips import shuffled_loaders_zipped
    made = ("def f(X, y):\n    a = DataLoader(X, batch_size=64, shuffle=True)\n"
            "    b = torch.utils.data.DataLoader(y, batch_size=64, shuffle=True)\n    for xb, yb in zip(a, b):\n"
            "        pass\n")
    assert shuffled_loaders_zipped(made, "f") == [(4, "zip(a, b)")]
    assert shuffled_loaders_zipped(made.replace("shuffle=True)\n    for", "shuffle=False)\n    for"), "f") == []
    one = "def f(X, y):\n    a = DataLoader(TensorDataset(X, y), batch_size=64, shuffle=True)\n    for xb, yb in a:\n" \
          "        pass\n    for i, (xb, yb) in zip(range(3), a):\n        pass\n"
    assert shuffled_loaders_zipped(one, "f") == []
    # (loaders of pairs zipped, train with validation; loaders given generators seeded alike draw one order)
    pairs = made.replace("DataLoader(X,", "DataLoader(TensorDataset(X, y),").replace("(y,", "(TensorDataset(V, w),")
    assert shuffled_loaders_zipped(pairs, "f") == []
    assert shuffled_loaders_zipped(made.replace("for xb, yb in", "for (xb, yb), (xv, yv) in"), "f") == []
    assert shuffled_loaders_zipped(made.replace("shuffle=True)", "shuffle=True, generator=g)"), "f") == []
