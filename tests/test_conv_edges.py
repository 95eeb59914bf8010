"""a3 on code written the way students write it: the edge cases the lectures and real submissions hit
(no padding, stride 2, non-square inputs and kernels, one image, overlapping and tied pooling windows)
take points from the bugs that show there, and correct variants of another shape keep full marks."""
from __future__ import annotations

import re

import pytest

from autograder.course.assignment import load_assignment
from autograder.grading.run import grade_submission
from tests.conftest import graded_points

A3 = load_assignment("a3_conv")
SOLUTION = A3.solution_file.read_text()


def with_functions(code: str, source: str = SOLUTION) -> str:
    """The solution with the functions defined in `code` replaced by those (the rest stays correct)."""
    for name in re.findall(r"^def (\w+)\(", code, flags=re.M):
        source = re.sub(rf"^def {name}\(.*?(?=^def |^# -+|\Z)", "", source, count=1, flags=re.S | re.M)
    return source.rstrip() + "\n\n\n" + code.strip() + "\n"


def graded(tmp_path, source: str):
    path = tmp_path / "conv.py"
    path.write_text(source)
    result = grade_submission(A3, path)
    return result, {t.id: t for t in result.tests}


# Eight of fifteen real repositories drop the padding of dx like this: empty when pad is 0.
PAD_SLICE = '''
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, H_out, W_out = dout.shape
    x_padded = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    dx_padded = np.zeros_like(x_padded)
    dw = np.zeros_like(w)
    db = np.zeros_like(b)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(H_out):
                for j in range(W_out):
                    h0, w0 = i * stride, j * stride
                    dw[f] += x_padded[n, :, h0:h0 + HH, w0:w0 + WW] * dout[n, f, i, j]
                    dx_padded[n, :, h0:h0 + HH, w0:w0 + WW] += w[f] * dout[n, f, i, j]
    dx = dx_padded[:, :, pad:-pad, pad:-pad]
    return dx, dw, db
'''

# CS231n-style im2col: the cache holds the columns, col2im with np.add.at.
IM2COL = '''
def _im2col_indices(C, H, W, HH, WW, stride, pad):
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    i0 = np.tile(np.repeat(np.arange(HH), WW), C)
    i1 = stride * np.repeat(np.arange(Ho), Wo)
    j0 = np.tile(np.arange(WW), HH * C)
    j1 = stride * np.tile(np.arange(Wo), Ho)
    i = i0.reshape(-1, 1) + i1.reshape(1, -1)
    j = j0.reshape(-1, 1) + j1.reshape(1, -1)
    k = np.repeat(np.arange(C), HH * WW).reshape(-1, 1)
    return k, i, j, Ho, Wo


def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    k, i, j, Ho, Wo = _im2col_indices(C, H, W, HH, WW, stride, pad)
    x_padded = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    x_cols = x_padded[:, k, i, j].transpose(1, 2, 0).reshape(C * HH * WW, -1)
    res = w.reshape(F, -1) @ x_cols + b.reshape(-1, 1)
    out = res.reshape(F, Ho, Wo, N).transpose(3, 0, 1, 2)
    cache = (x, w, b, conv_param, x_cols)
    return out, cache


def conv_backward_fast(dout, cache):
    x, w, b, conv_param, x_cols = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    k, i, j, Ho, Wo = _im2col_indices(C, H, W, HH, WW, stride, pad)
    db = np.sum(dout, axis=(0, 2, 3))
    dout_reshaped = dout.transpose(1, 2, 3, 0).reshape(F, -1)
    dw = (dout_reshaped @ x_cols.T).reshape(w.shape)
    dx_cols = w.reshape(F, -1).T @ dout_reshaped
    dx_padded = np.zeros((N, C, H + 2 * pad, W + 2 * pad))
    cols = dx_cols.reshape(C * HH * WW, -1, N).transpose(2, 0, 1)
    np.add.at(dx_padded, (slice(None), k, i, j), cols)
    dx = dx_padded[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
'''

# Zero padding written by hand: the assignment raises when pad is 0 (nothing to broadcast into).
HAND_PADDED_FORWARD = '''
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    x_padded = np.zeros((N, C, H + 2 * pad, W + 2 * pad))
    x_padded[:, :, pad:-pad, pad:-pad] = x
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    window = x_padded[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
'''


def max_pool_backward_with(weights: str) -> str:
    """A loop over windows whose gradient goes to `mask * weights` (mask: the window's maxima)."""
    return f'''
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    _, _, H_out, W_out = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(H_out):
                for j in range(W_out):
                    window = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    mask = window == np.max(window)
                    dx[n, c, i * s:i * s + ph, j * s:j * s + pw] += {weights} * dout[n, c, i, j]
    return dx
'''


def test_the_solution_and_its_edge_cases_earn_full_marks(tmp_path):
    result, _ = graded(tmp_path, SOLUTION)
    assert result.score == result.max_score == sum(graded_points("a3_conv").values()), \
        [(t.id, t.message) for t in result.tests if t.status != "passed"]


def test_dx_sliced_minus_pad_loses_the_unpadded_cases_and_is_named(tmp_path):
    fast = IM2COL.replace("dx = dx_padded[:, :, pad:pad + H, pad:pad + W]", "dx = dx_padded[:, :, pad:-pad, pad:-pad]")
    result, tests = graded(tmp_path, with_functions(PAD_SLICE + fast))
    lost = {t.id: t.points_possible - t.points_earned for t in result.tests if t.points_earned < t.points_possible}
    assert set(lost) == {"test_conv_backward_naive", "test_conv_backward_fast", "test_conv_non_square_stride_pad"}
    assert lost["test_conv_backward_naive"] == pytest.approx(1.0)  # dx of 6 checks in 6 points
    for test_id in lost:
        failing = [c.name for c in tests[test_id].comparisons if not c.passed]
        assert failing and all(name.startswith("dx") and ("pad 0" in name or "no padding" in name) for name in failing)
        assert [m.id for m in tests[test_id].mistakes] == ["dx_sliced_minus_pad"], test_id
    assert "[pad:pad + H]" in tests["test_conv_backward_naive"].mistakes[0].message


def test_a_correct_im2col_with_its_own_cache_earns_full_marks(tmp_path):
    result, _ = graded(tmp_path, with_functions(IM2COL))
    assert result.score == result.max_score, [(t.id, t.message) for t in result.tests if t.status != "passed"]


def test_hand_written_padding_that_fails_at_pad_0_costs_only_those_cases(tmp_path):
    """The forward pass raises at pad 0: its unpadded checks earn nothing, and the backward pass, graded
    on the documented cache there, keeps its points."""
    result, tests = graded(tmp_path, with_functions(HAND_PADDED_FORWARD))
    lost = {t.id for t in result.tests if t.points_earned < t.points_possible}
    assert lost == {"test_conv_forward_naive", "test_conv_non_square_stride_pad"}
    forward = tests["test_conv_forward_naive"]
    assert forward.points_earned == 2.5 and "conv_forward_naive() raised ValueError" in forward.message
    assert tests["test_conv_backward_naive"].status == "passed"
    hidden = tests["test_conv_non_square_stride_pad"]
    assert [c.name for c in hidden.comparisons if not c.passed] == ["conv_forward_naive"]


@pytest.mark.parametrize("weights", ["mask", "mask / mask.sum()"], ids=["every maximum", "split among the maxima"])
def test_max_pool_backward_conventions_for_ties_earn_full_marks(tmp_path, weights):
    result, tests = graded(tmp_path, with_functions(max_pool_backward_with(weights)))
    assert result.score == result.max_score, [(t.id, t.message) for t in result.tests if t.status != "passed"]
    ties = tests["test_max_pool_ties"]
    convention = "every maximum gets it" if weights == "mask" else "it is split evenly among the maxima"
    assert any(c.name == "dx" and convention in c.message for c in ties.comparisons)


def test_a_gradient_spread_over_the_window_loses_the_tie_test_too(tmp_path):
    spread = max_pool_backward_with("np.ones_like(mask) / mask.size")
    _, tests = graded(tmp_path, with_functions(spread))
    ties = tests["test_max_pool_ties"]
    assert ties.points_earned == 1.0 and [m.id for m in ties.mistakes] == ["max_pool_gradient_spread"]


# Two avg-pool backward mistakes that 2x2 windows with stride 2 cannot show: windows that do not overlap
# never add up, and ph + pw equals ph * pw when both are 2.
AVG_POOL_ASSIGNED = '''
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] = dout[:, :, i:i + 1, j:j + 1] / (ph * pw)
    return dx
'''
AVG_POOL_SIDES_ADDED = AVG_POOL_ASSIGNED.replace("] = dout", "] += dout").replace("(ph * pw)", "(ph + pw)")


@pytest.mark.parametrize("backward", [AVG_POOL_ASSIGNED, AVG_POOL_SIDES_ADDED], ids=["assigned", "ph_plus_pw"])
def test_avg_pool_backward_mistakes_hidden_by_square_disjoint_windows_lose_the_overlapping_test(tmp_path, backward):
    result, tests = graded(tmp_path, with_functions(backward))
    lost = {t.id: t.points_possible - t.points_earned for t in result.tests if t.points_earned < t.points_possible}
    # the backward's half of each test with overlapping windows: the forward is right
    assert lost == {"test_avg_pool_overlapping": 1.0, "test_pool_windows_that_do_not_tile": 0.5}
    failed = [c.name for c in tests["test_avg_pool_overlapping"].comparisons if not c.passed]
    assert failed == ["dx"]
