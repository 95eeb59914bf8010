"""Graders of a3 (convolution). Fixtures: student (remote), oracle (reference.conv), rng, speed.

The *_fast functions are also timed against the reference (vectorized NumPy) in the same
run: a vectorized solution is within a few times the reference, a loop over pixels is
50-100 times slower; the limit is 10x.
"""
import numpy as np

from autograder.testing import Tolerance, expect_close, expect_raises, graded

MAX_RATIO = 10.0
CONV = Tolerance(rtol=1e-9, atol=1e-11)


def conv_inputs(rng, x_shape=(2, 3, 7, 7), w_shape=(4, 3, 3, 3)):
    return rng.normal(size=x_shape), rng.normal(size=w_shape), rng.normal(size=w_shape[0])


def as_number(value):
    return np.asarray(value, dtype=float) if isinstance(value, (int, float, np.number)) else value


@graded(points=3, partial=True, group="arithmetic")
def test_conv_output_size(student, oracle):
    """conv_output_size for whole configurations (AlexNet's first layer among them)."""
    for case in ((32, 5, 1, 2), (227, 11, 4, 0), (7, 3, 2, 0), (10, 3, 1, 2, 2)):
        expect_close(f"conv_output_size{case}", as_number(student.conv_output_size(*case)),
                     float(oracle.conv_output_size(*case)))


@graded(points=3, partial=True, group="arithmetic")
def test_invalid_configurations_are_rejected(student):
    """a stride that does not tile the padded input, and a kernel larger than it, raise ValueError."""
    for case in ((7, 3, 3, 0), (10, 3, 2, 0), (4, 7, 1, 1)):
        expect_raises(f"conv_output_size{case}", lambda case=case: student.conv_output_size(*case))


@graded(points=2, partial=True, group="arithmetic")
def test_transposed_conv_output_size(student, oracle):
    """transposed_conv_output_size, with and without output_padding."""
    for case in ((5, 3, 2, 1, 1), (4, 4, 2, 1, 0), (7, 3, 1, 0, 0)):
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
    """the lecture's example: 86,400 multiplications vs 675 + 9,600."""
    expect_close("conv_multiply_count(3, 128, 3, 5)", as_number(student.conv_multiply_count(3, 128, 3, 5)),
                 float(oracle.conv_multiply_count(3, 128, 3, 5)))
    expect_close("depthwise_separable_multiply_count(3, 128, 3, 5)",
                 as_number(student.depthwise_separable_multiply_count(3, 128, 3, 5)),
                 float(oracle.depthwise_separable_multiply_count(3, 128, 3, 5)))


@graded(points=2, partial=True, group="arithmetic")
def test_receptive_field(student, oracle):
    """receptive fields of stacked 3x3 convolutions, with and without stride."""
    for kernels, strides in (([3, 3, 3], [1, 1, 1]), ([3, 3, 3, 3], [2, 1, 2, 1])):
        expect_close(f"receptive_field({kernels}, {strides})", as_number(student.receptive_field(kernels, strides)),
                     float(oracle.receptive_field(kernels, strides)))


@graded(points=5, group="convolution")
def test_conv_forward_naive(student, oracle, rng):
    """conv_forward_naive with stride 2 and pad 1."""
    x, w, b = conv_inputs(rng)
    param = {"stride": 2, "pad": 1}
    out, _ = student.conv_forward_naive(x, w, b, param)
    expect_close("out", out, oracle.conv_forward(x, w, b, param)[0], CONV)


@graded(points=6, partial=True, group="convolution")
def test_conv_backward_naive(student, oracle, rng):
    """conv_backward_naive with stride 2 and pad 1: dx, dw, db."""
    x, w, b = conv_inputs(rng)
    param = {"stride": 2, "pad": 1}
    out, cache = student.conv_forward_naive(x, w, b, param)
    eout, ecache = oracle.conv_forward(x, w, b, param)
    dout = rng.normal(size=eout.shape)
    dx, dw, db = student.conv_backward_naive(dout, cache)
    edx, edw, edb = oracle.conv_backward(dout, ecache)
    expect_close("dx", dx, edx, CONV)
    expect_close("dw", dw, edw, CONV)
    expect_close("db", db, edb, CONV)


@graded(points=7, partial=True, group="convolution")
def test_conv_forward_fast(student, oracle, rng, speed):
    """conv_forward_fast: values, and its time against the reference (8 x 3 x 16 x 16, 8 filters 3x3)."""
    x, w, b = conv_inputs(rng, (8, 3, 16, 16), (8, 3, 3, 3))
    param = {"stride": 1, "pad": 1}
    out, _ = student.conv_forward_fast(x, w, b, param)
    expect_close("out", out, oracle.conv_forward(x, w, b, param)[0], CONV)
    speed.compare(student, "conv_forward_fast", x, w, b, param, max_ratio=MAX_RATIO, reference_function="conv_forward")


@graded(points=7, partial=True, group="convolution")
def test_conv_backward_fast(student, oracle, rng, speed):
    """conv_backward_fast: dx, dw, db, and its time against the reference."""
    x, w, b = conv_inputs(rng, (8, 3, 16, 16), (8, 3, 3, 3))
    param = {"stride": 1, "pad": 1}
    _, cache = student.conv_forward_fast(x, w, b, param)
    eout, ecache = oracle.conv_forward(x, w, b, param)
    dout = rng.normal(size=eout.shape)
    dx, dw, db = student.conv_backward_fast(dout, cache)
    edx, edw, edb = oracle.conv_backward(dout, ecache)
    expect_close("dx", dx, edx, CONV)
    expect_close("dw", dw, edw, CONV)
    expect_close("db", db, edb, CONV)
    speed.compare_backward(student, "conv_forward_fast", "conv_backward_fast", (x, w, b, param), dout,
                           max_ratio=MAX_RATIO, reference_forward="conv_forward", reference_backward="conv_backward")


@graded(points=4, partial=True, group="pooling")
def test_max_pool(student, oracle, rng):
    """max pooling 3x3 with stride 2 (overlapping windows): forward and backward."""
    x = rng.normal(size=(2, 3, 9, 9))
    param = {"pool_height": 3, "pool_width": 3, "stride": 2}
    out, cache = student.max_pool_forward(x, param)
    eout, ecache = oracle.max_pool_forward(x, param)
    expect_close("out", out, eout)
    dout = rng.normal(size=eout.shape)
    expect_close("dx", student.max_pool_backward(dout, cache), oracle.max_pool_backward(dout, ecache))


@graded(points=3, partial=True, group="pooling")
def test_avg_pool(student, oracle, rng):
    """average pooling 2x2 with stride 2: forward and backward."""
    x = rng.normal(size=(2, 2, 8, 6))
    param = {"pool_height": 2, "pool_width": 2, "stride": 2}
    out, cache = student.avg_pool_forward(x, param)
    eout, ecache = oracle.avg_pool_forward(x, param)
    expect_close("out", out, eout)
    dout = rng.normal(size=eout.shape)
    expect_close("dx", student.avg_pool_backward(dout, cache), oracle.avg_pool_backward(dout, ecache))


@graded(points=3, group="transposed convolution and unpooling")
def test_conv_transpose_forward(student, oracle, rng):
    """transposed convolution, stride 2, pad 1."""
    x, w, b = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(3, 2, 3, 3)), rng.normal(size=2)
    param = {"stride": 2, "pad": 1}
    expect_close("out", student.conv_transpose_forward(x, w, b, param), oracle.conv_transpose_forward(x, w, b, param),
                 CONV)


@graded(points=3, partial=True, group="transposed convolution and unpooling")
def test_max_pool_indices_and_unpool(student, oracle, rng):
    """max_pool_with_indices, then max_unpool back to the input's size."""
    x = rng.normal(size=(2, 3, 8, 6))
    param = {"pool_height": 2, "pool_width": 2, "stride": 2}
    out, idx = student.max_pool_with_indices(x, param)
    eout, eidx = oracle.max_pool_with_indices(x, param)
    expect_close("out", out, eout)
    expect_close("indices", idx, eidx)
    expect_close("unpooled", student.max_unpool(eout, eidx, (8, 6)), oracle.max_unpool(eout, eidx, (8, 6)))


### BEGIN HIDDEN TESTS
@graded(points=4, hidden=True, partial=True, group="convolution")
def test_conv_non_square_stride_pad(student, oracle, rng):
    """naive and fast convolution with a 3x5 kernel, stride 2, pad 2, forward and backward."""
    x, w, b = conv_inputs(rng, (2, 2, 9, 11), (3, 2, 3, 5))
    param = {"stride": 2, "pad": 2}
    eout, ecache = oracle.conv_forward(x, w, b, param)
    dout = rng.normal(size=eout.shape)
    edx, edw, _ = oracle.conv_backward(dout, ecache)
    for kind in ("naive", "fast"):
        out, cache = getattr(student, f"conv_forward_{kind}")(x, w, b, param)
        expect_close(f"out ({kind})", out, eout, CONV)
        dx, dw, _ = getattr(student, f"conv_backward_{kind}")(dout, cache)
        expect_close(f"dx ({kind})", dx, edx, CONV)
        expect_close(f"dw ({kind})", dw, edw, CONV)


@graded(points=3, hidden=True, partial=True, group="pooling")
def test_max_pool_stride_one(student, oracle, rng):
    """max pooling 2x2 with stride 1: every input belongs to up to four windows."""
    x = rng.normal(size=(1, 2, 5, 5))
    param = {"pool_height": 2, "pool_width": 2, "stride": 1}
    out, cache = student.max_pool_forward(x, param)
    eout, ecache = oracle.max_pool_forward(x, param)
    dout = rng.normal(size=eout.shape)
    expect_close("out", out, eout)
    expect_close("dx", student.max_pool_backward(dout, cache), oracle.max_pool_backward(dout, ecache))


@graded(points=2, hidden=True, partial=True, group="arithmetic")
def test_arithmetic_with_dilation(student, oracle, rng):
    """output size and receptive field with dilation 2 and 4, and a dilated kernel larger than its input."""
    size = int(rng.integers(9, 24))
    expect_close("conv_output_size with dilation 2", as_number(student.conv_output_size(size, 3, 1, 0, 2)),
                 float(oracle.conv_output_size(size, 3, 1, 0, 2)))
    dilations = [int(d) for d in rng.permutation([1, 2, 4])]
    expect_close("receptive_field of three dilated 3x3 layers",
                 as_number(student.receptive_field([3, 3, 3], [1, 1, 1], dilations)),
                 float(oracle.receptive_field([3, 3, 3], [1, 1, 1], dilations)))
    small = int(rng.integers(4, 9))  # a 3x3 kernel with dilation 4 spans 9 pixels
    expect_raises("conv_output_size of a dilated kernel larger than its input",
                  lambda: student.conv_output_size(small, 3, 1, 0, 4))
### END HIDDEN TESTS
