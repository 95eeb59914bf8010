"""Assignment 3: convolution arithmetic and layers.

Shapes: x (N, C, H, W); conv weights w (F, C, HH, WW); bias b (F,). conv_param has
"stride" and "pad" (zero padding on every side). Layers compute cross-correlation (no
kernel flip), like every deep-learning library. Layers follow out, cache = forward(...)
and grads = backward(dout, cache). The *_fast functions must be vectorized: they are
timed against a reference implementation.

Check your work with:  autograder check a3_conv conv.py
"""
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


# ----------------------------------------------------------------- arithmetic
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    """(W - D(K-1) - 1 + 2P) / S + 1. Raise ValueError when the division is not whole or the
    kernel does not fit: such a configuration is invalid."""
    # YOUR CODE HERE
    raise NotImplementedError("conv_output_size is not written yet")


def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    """Output size of a transposed convolution (as torch's ConvTranspose2d)."""
    # YOUR CODE HERE
    raise NotImplementedError("transposed_conv_output_size is not written yet")


def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    """Number of parameters of a Conv2d; kernel_size is an int or (kh, kw)."""
    # YOUR CODE HERE
    raise NotImplementedError("conv_param_count is not written yet")


def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    """Parameters of a depthwise conv (one kernel per input channel) followed by a 1x1 pointwise conv."""
    # YOUR CODE HERE
    raise NotImplementedError("depthwise_separable_param_count is not written yet")


def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    """Multiplications of a standard conv producing output_size x output_size (int or (oh, ow)) maps, with a
    kernel_size x kernel_size (int or (kh, kw)) kernel."""
    # YOUR CODE HERE
    raise NotImplementedError("conv_multiply_count is not written yet")


def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    """Multiplications of the depthwise-separable version (depthwise + pointwise); kernel_size and output_size
    as in conv_multiply_count (int or a (height, width) pair)."""
    # YOUR CODE HERE
    raise NotImplementedError("depthwise_separable_multiply_count is not written yet")


def receptive_field(kernel_sizes, strides, dilations=None):
    """Receptive field, in input pixels, of one unit of the last layer of a stack of convolutions."""
    # YOUR CODE HERE
    raise NotImplementedError("receptive_field is not written yet")


# ----------------------------------------------------------------- convolution
def conv_forward_naive(x, w, b, conv_param):
    """Loops are fine here. Returns out (N, F, H', W'), cache."""
    stride, pad = conv_param["stride"], conv_param["pad"]
    # YOUR CODE HERE
    raise NotImplementedError("conv_forward_naive is not written yet")
    cache = (x, w, b, conv_param)
    return out, cache


def conv_backward_naive(dout, cache):
    """Returns dx, dw, db."""
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    # YOUR CODE HERE
    raise NotImplementedError("conv_backward_naive is not written yet")
    return dx, dw, db


def conv_forward_fast(x, w, b, conv_param):
    """Vectorized convolution (im2col or stride tricks, no loops over pixels). Returns out, cache."""
    stride, pad = conv_param["stride"], conv_param["pad"]
    # YOUR CODE HERE
    raise NotImplementedError("conv_forward_fast is not written yet")
    return out, cache


def conv_backward_fast(dout, cache):
    """Vectorized backward pass (loops over the kernel offsets only are fine). Returns dx, dw, db."""
    # YOUR CODE HERE
    raise NotImplementedError("conv_backward_fast is not written yet")
    return dx, dw, db


# ----------------------------------------------------------------- pooling
def max_pool_forward(x, pool_param):
    """pool_param: pool_height, pool_width, stride (windows may overlap). Returns out, cache.

    out has 1 + (H - pool_height) // stride rows and 1 + (W - pool_width) // stride columns: a window that
    would run past the input is left out (rounded down, as conv_output_size does)."""
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    # YOUR CODE HERE
    raise NotImplementedError("max_pool_forward is not written yet")
    return out, (x, pool_param)


def max_pool_backward(dout, cache):
    """The gradient of each window goes to its maximum only; overlapping windows add up.

    Where a window has several equal maxima (ties, e.g. zeros after a ReLU), the gradient may go to
    the first of them in row-major order (np.argmax, torch), to each of them (a mask x == max), or be
    split evenly among them: all three are accepted."""
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    # YOUR CODE HERE
    raise NotImplementedError("max_pool_backward is not written yet")
    return dx


def avg_pool_forward(x, pool_param):
    """Average pooling; returns out, cache. Its output size as max_pool_forward's (rounded down)."""
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    # YOUR CODE HERE
    raise NotImplementedError("avg_pool_forward is not written yet")
    return out, (x, pool_param)


def avg_pool_backward(dout, cache):
    """Each window spreads its gradient evenly over its inputs; overlapping windows add up."""
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    # YOUR CODE HERE
    raise NotImplementedError("avg_pool_backward is not written yet")
    return dx


# ----------------------------------------------------------------- transposed conv, unpooling
def conv_transpose_forward(x, w, b, conv_param):
    """Transposed convolution. x (N, C, H, W), w (C, F, HH, WW) (torch's layout), b (F,).
    Each input pixel adds w[c] * x[n, c, i, j] at (i * stride, j * stride) of a full output,
    which is then cropped by pad on every side. Returns out only."""
    stride, pad = conv_param["stride"], conv_param["pad"]
    # YOUR CODE HERE
    raise NotImplementedError("conv_transpose_forward is not written yet")
    return out


def max_pool_with_indices(x, pool_param):
    """Max pooling that also returns, for each output, the flat index (row * W + col) of its maximum
    in the input plane. Returns (out, indices) with indices an integer array shaped like out."""
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    # YOUR CODE HERE
    raise NotImplementedError("max_pool_with_indices is not written yet")
    return out, idx


def max_unpool(x, indices, output_shape):
    """Inverse of max pooling: zeros of shape (N, C, *output_shape) with each value of x placed at
    its flat index."""
    # YOUR CODE HERE
    raise NotImplementedError("max_unpool is not written yet")
