"""Graders of a3 (convolution). Fixtures: student (remote), oracle (reference.conv), rng, speed.

The *_fast functions are also timed against the reference (vectorized NumPy) in the same
run: a vectorized solution is within a few times the reference, a loop over pixels is
50-100 times slower; the limit is 10x.

Layers are graded on the configurations students get wrong: no padding (a dx sliced [pad:-pad] is
empty when pad is 0), stride 2, non-square inputs and kernels, a single image, overlapping and
tied pooling windows. An edge case, and each function of a test that grades several, is scored in
a part of its own (autograder.testing.part): one that raises costs only its checks. A backward pass
runs on the student's own forward cache, or on the documented cache when the forward pass raises
(the forward pass has tests of its own). Expected values come first, before the student's calls.
"""
import numpy as np

from autograder.testing import (
    Tolerance,
    expect_close,
    expect_one_of,
    expect_raises,
    expect_true,
    graded,
    or_fallback,
    part,
)

MAX_RATIO = 10.0
CONV = Tolerance(rtol=1e-9, atol=1e-11)


def conv_inputs(rng, x_shape=(2, 3, 7, 7), w_shape=(4, 3, 3, 3)):
    return rng.normal(size=x_shape), rng.normal(size=w_shape), rng.normal(size=w_shape[0])


def label(param):
    return f"stride {param['stride']}, pad {param['pad']}"


def backward_case(oracle, rng, x_shape, w_shape, stride, pad):
    """(x, w, b, param, dout, (edx, edw, edb)) of one configuration, drawn and answered before any student call."""
    x, w, b = conv_inputs(rng, x_shape, w_shape)
    param = {"stride": stride, "pad": pad}
    eout, ecache = oracle.conv_forward(x, w, b, param)
    dout = rng.normal(size=eout.shape)
    return x, w, b, param, dout, oracle.conv_backward(dout, ecache)


def check_conv_backward(student, kind, case):
    """dx, dw, db of conv_backward_<kind> on the cache of the student's conv_forward_<kind>; on the
    documented cache (x, w, b, conv_param) when that forward pass raises, so backward is graded on its own."""
    x, w, b, param, dout, (edx, edw, edb) = case
    cache = or_fallback(lambda: getattr(student, f"conv_forward_{kind}")(x, w, b, param)[1], (x, w, b, param))
    dx, dw, db = getattr(student, f"conv_backward_{kind}")(dout, cache)
    expect_close(f"dx ({label(param)})", dx, edx, CONV)
    expect_close(f"dw ({label(param)})", dw, edw, CONV)
    expect_close(f"db ({label(param)})", db, edb, CONV)


def as_number(value):
    return np.asarray(value, dtype=float) if isinstance(value, (int, float, np.number)) else value


@graded(points=3, partial=True, group="arithmetic")
def test_conv_output_size(student, oracle):
    """conv_output_size for whole configurations (AlexNet's first layer among them; kernels that exactly
    fill their input give one output)."""
    for case in ((32, 5, 1, 2), (227, 11, 4, 0), (7, 3, 2, 0), (10, 3, 1, 2, 2), (1, 1, 1, 0), (3, 3, 2, 0)):
        expect_close(f"conv_output_size{case}", as_number(student.conv_output_size(*case)),
                     float(oracle.conv_output_size(*case)))


@graded(points=3, partial=True, group="arithmetic")
def test_invalid_configurations_are_rejected(student):
    """a stride that does not tile the padded input, and a kernel larger than it, raise ValueError."""
    for case in ((7, 3, 3, 0), (10, 3, 2, 0), (4, 7, 1, 1)):
        expect_raises(f"conv_output_size{case}", lambda case=case: student.conv_output_size(*case))


@graded(points=2, partial=True, group="arithmetic")
def test_transposed_conv_output_size(student, oracle):
    """transposed_conv_output_size, with and without output_padding, and with dilation 2."""
    for case in ((5, 3, 2, 1, 1), (4, 4, 2, 1, 0), (7, 3, 1, 0, 0), (6, 3, 2, 1, 0, 2)):
        expect_close(f"transposed_conv_output_size{case}", as_number(student.transposed_conv_output_size(*case)),
                     float(oracle.transposed_conv_output_size(*case)))


@graded(points=3, partial=True, group="arithmetic")
def test_conv_param_count(student, oracle):
    """parameters of 11x11x3 kernels with 96 filters, a 3x3 without bias, a grouped conv."""
    for case in ((3, 96, 11, True, 1), (64, 128, 3, False, 1), (32, 64, 3, True, 4)):
        expect_close(f"conv_param_count{case}", as_number(student.conv_param_count(*case)),
                     float(oracle.conv_param_count(*case)))


@graded(points=2, partial=True, group="arithmetic")
def test_depthwise_separable_param_count(student, oracle):
    """parameters of depthwise-separable convolutions."""
    for case in ((3, 128, 3), (32, 64, 5, False)):
        expect_close(f"depthwise_separable_param_count{case}", as_number(student.depthwise_separable_param_count(*case)),
                     float(oracle.depthwise_separable_param_count(*case)))


@graded(points=2, partial=True, group="arithmetic")
def test_multiply_counts(student, oracle):
    """the lecture's example: 86,400 multiplications vs 675 + 9,600; and a rectangular kernel and output, given as
    (height, width) pairs (each side counts: a pair read by its first entry is a square)."""
    for function in ("conv_multiply_count", "depthwise_separable_multiply_count"):
        with part(function, checks=2):
            for args in ((3, 128, 3, 5), (4, 16, (3, 5), (6, 2))):
                expect_close(f"{function}{args}", as_number(getattr(student, function)(*args)),
                             float(getattr(oracle, function)(*args)))


@graded(points=2, partial=True, group="arithmetic")
def test_receptive_field(student, oracle):
    """receptive fields of stacked 3x3 convolutions, with and without stride."""
    for kernels, strides in (([3, 3, 3], [1, 1, 1]), ([3, 3, 3, 3], [2, 1, 2, 1])):
        expect_close(f"receptive_field({kernels}, {strides})", as_number(student.receptive_field(kernels, strides)),
                     float(oracle.receptive_field(kernels, strides)))


@graded(points=5, partial=True, group="convolution")
def test_conv_forward_naive(student, oracle, rng):
    """conv_forward_naive with stride 2 and pad 1, and with no padding on a non-square input and kernel."""
    x, w, b = conv_inputs(rng)
    param = {"stride": 2, "pad": 1}
    x0, w0, b0 = conv_inputs(rng, (2, 3, 5, 7), (3, 3, 2, 3))
    unpadded = {"stride": 1, "pad": 0}
    eout, eout0 = oracle.conv_forward(x, w, b, param)[0], oracle.conv_forward(x0, w0, b0, unpadded)[0]
    out, _ = student.conv_forward_naive(x, w, b, param)
    expect_close("out", out, eout, CONV)
    with part(f"conv_forward_naive ({label(unpadded)})"):  # e.g. xp[:, :, pad:-pad, pad:-pad] = x raises at pad 0
        out, _ = student.conv_forward_naive(x0, w0, b0, unpadded)
        expect_close(f"out ({label(unpadded)})", out, eout0, CONV)


@graded(points=6, partial=True, group="convolution")
def test_conv_backward_naive(student, oracle, rng):
    """conv_backward_naive with stride 2 and pad 1, and with no padding on a non-square kernel: dx, dw, db."""
    padded = backward_case(oracle, rng, (2, 3, 7, 7), (4, 3, 3, 3), stride=2, pad=1)
    unpadded = backward_case(oracle, rng, (2, 3, 6, 5), (2, 3, 3, 2), stride=1, pad=0)
    check_conv_backward(student, "naive", padded)
    with part("conv_backward_naive (stride 1, pad 0)", checks=3):
        check_conv_backward(student, "naive", unpadded)


@graded(points=6, partial=True, group="convolution")
def test_conv_forward_fast(student, oracle, rng, speed):
    """conv_forward_fast: values (8 x 3 x 16 x 16, 8 filters 3x3, pad 1; and stride 2 with no padding on a
    non-square kernel), and its time against the reference."""
    x, w, b = conv_inputs(rng, (8, 3, 16, 16), (8, 3, 3, 3))
    param = {"stride": 1, "pad": 1}
    x2, w2, b2 = conv_inputs(rng, (2, 3, 9, 7), (4, 3, 3, 1))
    strided = {"stride": 2, "pad": 0}
    eout, eout2 = oracle.conv_forward(x, w, b, param)[0], oracle.conv_forward(x2, w2, b2, strided)[0]
    out, _ = student.conv_forward_fast(x, w, b, param)
    expect_close("out", out, eout, CONV)
    speed.compare(student, "conv_forward_fast", x, w, b, param, max_ratio=MAX_RATIO, reference_function="conv_forward")
    with part(f"conv_forward_fast ({label(strided)})"):
        out, _ = student.conv_forward_fast(x2, w2, b2, strided)
        expect_close(f"out ({label(strided)})", out, eout2, CONV)


@graded(points=6, partial=True, group="convolution")
def test_conv_backward_fast(student, oracle, rng, speed):
    """conv_backward_fast: dx, dw, db (pad 1; one image with stride 2, no padding and a non-square
    kernel; a non-square input with pad 2), and its time against the reference."""
    padded = backward_case(oracle, rng, (8, 3, 16, 16), (8, 3, 3, 3), stride=1, pad=1)
    strided = backward_case(oracle, rng, (1, 3, 9, 7), (4, 3, 3, 1), stride=2, pad=0)
    wide_pad = backward_case(oracle, rng, (2, 2, 5, 8), (3, 2, 3, 3), stride=1, pad=2)
    check_conv_backward(student, "fast", padded)
    x, w, b, param, dout, _ = padded
    with part("timing of conv_backward_fast", note="the timed calls use your conv_forward_fast()'s cache"):
        speed.compare_backward(student, "conv_forward_fast", "conv_backward_fast", (x, w, b, param), dout,
                               max_ratio=MAX_RATIO, reference_forward="conv_forward", reference_backward="conv_backward")
    with part("conv_backward_fast (stride 2, pad 0)", checks=3):
        check_conv_backward(student, "fast", strided)
    with part("conv_backward_fast (stride 1, pad 2)", checks=3):
        check_conv_backward(student, "fast", wide_pad)


def check_pool_layer(student, oracle, rng, kind, x, param, label=""):
    """out of <kind>_pool_forward, and dx of <kind>_pool_backward on its cache (the documented
    (x, pool_param) when the forward pass raises), each scored on its own; label: after the checks' names."""
    eout, ecache = getattr(oracle, f"{kind}_pool_forward")(x, param)
    dout = rng.normal(size=eout.shape)
    edx = getattr(oracle, f"{kind}_pool_backward")(dout, ecache)
    cache = (x, param)
    with part(f"{kind}_pool_forward"):
        out, cache = getattr(student, f"{kind}_pool_forward")(x, param)
        expect_close(f"out{label}", out, eout)
    with part(f"{kind}_pool_backward"):
        expect_close(f"dx{label}", getattr(student, f"{kind}_pool_backward")(dout, cache), edx)


@graded(points=4, partial=True, group="pooling")
def test_max_pool(student, oracle, rng):
    """max pooling 3x3 with stride 2 (overlapping windows): forward and backward."""
    check_pool_layer(student, oracle, rng, "max", rng.normal(size=(2, 3, 9, 9)),
                     {"pool_height": 3, "pool_width": 3, "stride": 2})


@graded(points=3, partial=True, group="pooling")
def test_avg_pool(student, oracle, rng):
    """average pooling 2x2 with stride 2: forward and backward."""
    check_pool_layer(student, oracle, rng, "avg", rng.normal(size=(2, 2, 8, 6)),
                     {"pool_height": 2, "pool_width": 2, "stride": 2})


@graded(points=3, group="transposed convolution and unpooling")
def test_conv_transpose_forward(student, oracle, rng):
    """transposed convolution, stride 2 and pad 1 with a 3x3 kernel, and stride 3 and pad 1 with a 4x4 one (where
    stride - 1 is not pad: a size off by stride - 1 is not a crop off by pad there)."""
    x, w, b = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(3, 2, 3, 3)), rng.normal(size=2)
    param = {"stride": 2, "pad": 1}
    expect_close("out", student.conv_transpose_forward(x, w, b, param), oracle.conv_transpose_forward(x, w, b, param),
                 CONV)
    w4 = rng.normal(size=(3, 2, 4, 4))
    param = {"stride": 3, "pad": 1}
    expect_close("out (stride 3)", student.conv_transpose_forward(x, w4, b, param),
                 oracle.conv_transpose_forward(x, w4, b, param), CONV)


@graded(points=3, partial=True, group="transposed convolution and unpooling")
def test_max_pool_indices_and_unpool(student, oracle, rng):
    """max_pool_with_indices, then max_unpool back to the input's size."""
    x = rng.normal(size=(2, 3, 8, 6))
    param = {"pool_height": 2, "pool_width": 2, "stride": 2}
    eout, eidx = oracle.max_pool_with_indices(x, param)
    unpooled = oracle.max_unpool(eout, eidx, (8, 6))
    with part("max_pool_with_indices", checks=3):
        out, idx = student.max_pool_with_indices(x, param)
        expect_close("out", out, eout)
        expect_close("indices", idx, eidx)
        # floats of whole values compare equal, but NumPy refuses them as indices (max_unpool's fancy index)
        kind = getattr(getattr(idx, "dtype", None), "kind", None)
        expect_true("indices are integers", kind in ("i", "u"),
                    f"your indices are {getattr(idx, 'dtype', type(idx).__name__)}, where an integer array is asked "
                    "for: NumPy refuses an array of floats as indices (make it with dtype=np.int64, or convert with "
                    ".astype(np.int64))")
    with part("max_unpool"):  # on the reference's pooling: graded on its own
        expect_close("unpooled", student.max_unpool(eout, eidx, (8, 6)), unpooled)


### BEGIN HIDDEN TESTS
@graded(points=1, hidden=True, partial=True, group="arithmetic")
def test_conv_param_count_of_a_non_square_kernel(student, oracle, rng):
    """parameters of convolutions with (kh, kw) kernels, kh != kw, grouped and not (the docstring allows a pair: a
    pair read as kh x kh passes every square case)."""
    kh = int(rng.integers(1, 4))
    for case in ((int(rng.integers(2, 9)), int(rng.integers(8, 33)), (kh, kh + 2), True, 1),
                 (8, 16, (int(rng.integers(5, 8)), 3), False, 2)):
        expect_close(f"conv_param_count{case}", as_number(student.conv_param_count(*case)),
                     float(oracle.conv_param_count(*case)))


@graded(points=5, hidden=True, partial=True, group="convolution")
def test_conv_non_square_stride_pad(student, oracle, rng):
    """naive and fast convolution, forward and backward: a 3x5 kernel with stride 2 and pad 2, and one
    image with a 3x2 kernel, stride 2 and no padding."""
    cases = {"": ((2, 2, 9, 11), (3, 2, 3, 5), {"stride": 2, "pad": 2}),
             ", one image, no padding": ((1, 3, 7, 6), (2, 3, 3, 2), {"stride": 2, "pad": 0})}
    for case, (x_shape, w_shape, param) in cases.items():
        x, w, b = conv_inputs(rng, x_shape, w_shape)
        eout, ecache = oracle.conv_forward(x, w, b, param)
        dout = rng.normal(size=eout.shape)
        edx, edw, _ = oracle.conv_backward(dout, ecache)
        for kind in ("naive", "fast"):
            cache = (x, w, b, param)  # the documented cache, for a backward pass graded on its own
            with part(f"conv_forward_{kind}"):
                out, cache = getattr(student, f"conv_forward_{kind}")(x, w, b, param)
                expect_close(f"out ({kind}{case})", out, eout, CONV)
            with part(f"conv_backward_{kind}", checks=2):
                dx, dw, _ = getattr(student, f"conv_backward_{kind}")(dout, cache)
                expect_close(f"dx ({kind}{case})", dx, edx, CONV)
                expect_close(f"dw ({kind}{case})", dw, edw, CONV)


@graded(points=2, hidden=True, partial=True, group="pooling")
def test_max_pool_stride_one(student, oracle, rng):
    """max pooling 2x2 with stride 1: every input belongs to up to four windows."""
    check_pool_layer(student, oracle, rng, "max", rng.normal(size=(1, 2, 5, 5)),
                     {"pool_height": 2, "pool_width": 2, "stride": 1})


@graded(points=2, hidden=True, partial=True, group="pooling")
def test_avg_pool_overlapping(student, oracle, rng):
    """average pooling 3x2 with stride 1 (overlapping, non-square windows): each window's gradient is
    spread over its 6 inputs, and an input in several windows gets the sum."""
    check_pool_layer(student, oracle, rng, "avg", rng.normal(size=(2, 2, 6, 5)),
                     {"pool_height": 3, "pool_width": 2, "stride": 1})


@graded(points=2, hidden=True, partial=True, group="pooling")
def test_pool_windows_that_do_not_tile(student, oracle, rng):
    """max and average pooling 3x3 with stride 2 on an 8x8 input: (8 - 3) / 2 is not whole, so the last windows
    would run past the input; the output has 1 + (8 - 3) // 2 = 3 rows and columns (rounded down, as
    torch's default: ceil_mode=False)."""
    for kind in ("max", "avg"):
        check_pool_layer(student, oracle, rng, kind, rng.normal(size=(2, 2, 8, 8)),
                         {"pool_height": 3, "pool_width": 3, "stride": 2}, label=f" ({kind})")


def tie_conventions(x, dout, param, eout, first):
    """dx of max pooling under each accepted convention for a window's tied maxima, window by window:
    the gradient to the first maximum (the reference's, as np.argmax and torch), to every maximum
    (a mask x == max), or split evenly among them (what centered finite differences measure)."""
    ph, pw, s = param["pool_height"], param["pool_width"], param["stride"]
    every, split = np.zeros_like(x), np.zeros_like(x)
    for i in range(eout.shape[2]):
        for j in range(eout.shape[3]):
            rows, cols = slice(i * s, i * s + ph), slice(j * s, j * s + pw)
            top = x[:, :, rows, cols] == eout[:, :, i:i + 1, j:j + 1]
            every[:, :, rows, cols] += top * dout[:, :, i:i + 1, j:j + 1]
            split[:, :, rows, cols] += top * dout[:, :, i:i + 1, j:j + 1] / top.sum(axis=(2, 3), keepdims=True)
    return {"the first maximum gets the gradient": first, "every maximum gets it": every,
            "it is split evenly among the maxima": split}


@graded(points=2, hidden=True, partial=True, group="pooling")
def test_max_pool_ties(student, oracle, rng):
    """max pooling 2x3 with stride 2 on one image after a ReLU: windows of zeros and repeated maxima tie
    (the gradient may go to the first maximum, to each, or be split among them)."""
    x = np.maximum(rng.normal(size=(1, 2, 6, 9)), 0.0)  # ReLU outputs: many exact zeros
    x[:, :, :2, :3] = 0.0  # a window of zeros: six tied maxima
    x[:, :, 2, 3] = x[:, :, 3, 4] = x.max() + rng.uniform(0.5, 1.0)  # two tied maxima, one also in the next window
    param = {"pool_height": 2, "pool_width": 3, "stride": 2}
    eout, ecache = oracle.max_pool_forward(x, param)
    dout = rng.normal(size=eout.shape)
    accepted = tie_conventions(x, dout, param, eout, oracle.max_pool_backward(dout, ecache))
    cache = (x, param)  # the documented cache, for a backward pass graded on its own
    with part("max_pool_forward"):
        out, cache = student.max_pool_forward(x, param)
        expect_close("out", out, eout)
    with part("max_pool_backward"):
        expect_one_of("dx", student.max_pool_backward(dout, cache), accepted)


@graded(points=2, hidden=True, partial=True, group="arithmetic")
def test_arithmetic_with_dilation(student, oracle, rng):
    """output size and receptive field with dilation 2 and 4, and a dilated kernel larger than its input."""
    size = int(rng.integers(9, 24))
    dilations = [int(d) for d in rng.permutation([1, 2, 4])]
    small = int(rng.integers(4, 9))  # a 3x3 kernel with dilation 4 spans 9 pixels
    size_out = float(oracle.conv_output_size(size, 3, 1, 0, 2))
    field = float(oracle.receptive_field([3, 3, 3], [1, 1, 1], dilations))
    with part("conv_output_size", checks=2):
        expect_close("conv_output_size with dilation 2", as_number(student.conv_output_size(size, 3, 1, 0, 2)),
                     size_out)
        expect_raises("conv_output_size of a dilated kernel larger than its input",
                      lambda: student.conv_output_size(small, 3, 1, 0, 4))
    with part("receptive_field"):
        expect_close("receptive_field of three dilated 3x3 layers",
                     as_number(student.receptive_field([3, 3, 3], [1, 1, 1], dilations)), field)
@graded(points=2, hidden=True, partial=True, group="transposed convolution and unpooling")
def test_conv_transpose_forward_unpadded(student, oracle, rng):
    """transposed convolution with pad 0 (no cropping: x[pad:-pad] is empty there): stride 2 with a 3x3 kernel,
    stride 1 with a 2x3 kernel."""
    for stride, w_shape in ((2, (3, 2, 3, 3)), (1, (3, 2, 2, 3))):
        x, w, b = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=w_shape), rng.normal(size=2)
        param = {"stride": stride, "pad": 0}
        expect_close(f"out (stride {stride}, pad 0)", student.conv_transpose_forward(x, w, b, param),
                     oracle.conv_transpose_forward(x, w, b, param), CONV)



@graded(points=3, hidden=True, partial=True, group="transposed convolution and unpooling")
def test_unpool_to_a_size_pooling_rounded_down(student, oracle, rng):
    """max_pool_with_indices on a 7x5 input of 3 channels that 2x2 pooling with stride 2 rounds down to 3x2, and
    max_unpool back to 7x5: the flat indices count the input plane's width (5), and the unpooled size is the
    output_shape given, not twice the pooled size (the visible test's 8x6 is both)."""
    x = rng.normal(size=(1, 3, 7, 5))
    param = {"pool_height": 2, "pool_width": 2, "stride": 2}
    eout, eidx = oracle.max_pool_with_indices(x, param)
    with part("max_pool_with_indices", checks=2):
        out, idx = student.max_pool_with_indices(x, param)
        expect_close("out", out, eout)
        expect_close("indices", idx, eidx)
    with part("max_unpool"):  # on the reference's pooling: graded on its own
        expect_close("unpooled", student.max_unpool(eout, eidx, (7, 5)), oracle.max_unpool(eout, eidx, (7, 5)))


@graded(points=1, hidden=True, partial=True, group="arithmetic")
def test_multiply_counts_of_a_square_kernel_and_a_rectangular_output(student, oracle, rng):
    """an int kernel with a (oh, ow) output, and a (kh, kw) kernel with an int output: each argument is read as int or
    pair on its own (one read as the other's form passes every case where both are ints or both pairs)."""
    k, o = int(rng.integers(2, 5)), int(rng.integers(3, 8))
    for function in ("conv_multiply_count", "depthwise_separable_multiply_count"):
        with part(function, checks=2):
            for args in ((3, 8, k, (o, o + 2)), (3, 8, (k, k + 2), o)):
                expect_close(f"{function}{args}", as_number(getattr(student, function)(*args)),
                             float(getattr(oracle, function)(*args)))


@graded(points=2, hidden=True, partial=True, group="transposed convolution and unpooling")
def test_pool_indices_of_non_square_windows(student, oracle, rng):
    """max_pool_with_indices with ph x pw windows, ph != pw (both ways round), overlapping (stride 1) or not: a
    window's argmax decodes to (k // pw, k % pw), by the window's width (every other test's window is square)."""
    ph = int(rng.integers(2, 4))
    pw = ph + 1
    for (h, w), stride in [((ph, pw), 1), ((pw, ph), 2)]:
        x = rng.normal(size=(2, 2, 7, 8))
        param = {"pool_height": h, "pool_width": w, "stride": stride}
        eout, eidx = oracle.max_pool_with_indices(x, param)
        out, idx = student.max_pool_with_indices(x, param)
        expect_close(f"out ({h}x{w} windows, stride {stride})", out, eout)
        expect_close(f"indices ({h}x{w} windows, stride {stride})", idx, eidx)


@graded(points=1, hidden=True, group="transposed convolution and unpooling")
def test_unpool_of_windows_that_share_a_maximum(student, oracle, rng):
    """max_unpool of 3x3 windows at stride 2, where the largest entry sits where four windows overlap: its index
    comes four times, and the value is placed there once (torch's MaxUnpool2d; a scatter that adds, np.add.at,
    puts four times the value there). Every other test's windows tile the input, and no index repeats."""
    x = rng.normal(size=(2, 2, 7, 7))
    x[:, :, 2, 2] = 10.0  # in the windows that start at rows 0 and 2, columns 0 and 2
    eout, eidx = oracle.max_pool_with_indices(x, {"pool_height": 3, "pool_width": 3, "stride": 2})
    expect_close("unpooled (windows sharing a maximum)", student.max_unpool(eout, eidx, (7, 7)),
                 oracle.max_unpool(eout, eidx, (7, 7)))
### END HIDDEN TESTS
