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
    ### BEGIN SOLUTION
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if span < 0 or span % stride:
        raise ValueError(f"invalid configuration: {span} / {stride}")
    return span // stride + 1
    ### END SOLUTION


def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    """Output size of a transposed convolution (as torch's ConvTranspose2d)."""
    ### BEGIN SOLUTION
    return (input_size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1
    ### END SOLUTION


def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    """Number of parameters of a Conv2d; kernel_size is an int or (kh, kw)."""
    ### BEGIN SOLUTION
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * (in_channels // groups) * kh * kw + (out_channels if bias else 0)
    ### END SOLUTION


def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    """Parameters of a depthwise conv (one kernel per input channel) followed by a 1x1 pointwise conv."""
    ### BEGIN SOLUTION
    return (conv_param_count(in_channels, in_channels, kernel_size, bias, groups=in_channels)
            + conv_param_count(in_channels, out_channels, 1, bias))
    ### END SOLUTION


def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    """Multiplications of a standard conv producing output_size x output_size (int or (oh, ow)) maps, with a
    kernel_size x kernel_size (int or (kh, kw)) kernel."""
    ### BEGIN SOLUTION
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    return oh * ow * out_channels * in_channels * kh * kw
    ### END SOLUTION


def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    """Multiplications of the depthwise-separable version (depthwise + pointwise); kernel_size and output_size
    as in conv_multiply_count (int or a (height, width) pair)."""
    ### BEGIN SOLUTION
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    return oh * ow * in_channels * kh * kw + oh * ow * in_channels * out_channels
    ### END SOLUTION


def receptive_field(kernel_sizes, strides, dilations=None):
    """Receptive field, in input pixels, of one unit of the last layer of a stack of convolutions."""
    ### BEGIN SOLUTION
    dilations = dilations or [1] * len(kernel_sizes)
    r, jump = 1, 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        r += d * (k - 1) * jump
        jump *= s
    return r
    ### END SOLUTION


# ----------------------------------------------------------------- convolution
def conv_forward_naive(x, w, b, conv_param):
    """Loops are fine here. Returns out (N, F, H', W'), cache."""
    stride, pad = conv_param["stride"], conv_param["pad"]
    ### BEGIN SOLUTION
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    ### END SOLUTION
    cache = (x, w, b, conv_param)
    return out, cache


def conv_backward_naive(dout, cache):
    """Returns dx, dw, db."""
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    ### BEGIN SOLUTION
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = dout.sum(axis=(0, 2, 3))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    rows = slice(i * stride, i * stride + HH)
                    cols = slice(j * stride, j * stride + WW)
                    dw[f] += xp[n, :, rows, cols] * dout[n, f, i, j]
                    dxp[n, :, rows, cols] += w[f] * dout[n, f, i, j]
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    ### END SOLUTION
    return dx, dw, db


def conv_forward_fast(x, w, b, conv_param):
    """Vectorized convolution (im2col or stride tricks, no loops over pixels). Returns out, cache."""
    stride, pad = conv_param["stride"], conv_param["pad"]
    ### BEGIN SOLUTION
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.tensordot(windows, w, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2) + b[None, :, None, None]
    cache = (x, w, b, conv_param)
    ### END SOLUTION
    return out, cache


def conv_backward_fast(dout, cache):
    """Vectorized backward pass (loops over the kernel offsets only are fine). Returns dx, dw, db."""
    ### BEGIN SOLUTION
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.tensordot(dout, windows, axes=([0, 2, 3], [0, 2, 3]))
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    ### END SOLUTION
    return dx, dw, db


# ----------------------------------------------------------------- pooling
def max_pool_forward(x, pool_param):
    """pool_param: pool_height, pool_width, stride (windows may overlap). Returns out, cache.

    out has 1 + (H - pool_height) // stride rows and 1 + (W - pool_width) // stride columns: a window that
    would run past the input is left out (rounded down, as conv_output_size does)."""
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    ### BEGIN SOLUTION
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    ### END SOLUTION
    return out, (x, pool_param)


def max_pool_backward(dout, cache):
    """The gradient of each window goes to its maximum only; overlapping windows add up.

    Where a window has several equal maxima (ties, e.g. zeros after a ReLU), the gradient may go to
    the first of them in row-major order (np.argmax, torch), to each of them (a mask x == max), or be
    split evenly among them: all three are accepted."""
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    ### BEGIN SOLUTION
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    window = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    r, q = np.unravel_index(np.argmax(window), window.shape)
                    dx[n, c, i * s + r, j * s + q] += dout[n, c, i, j]
    ### END SOLUTION
    return dx


def avg_pool_forward(x, pool_param):
    """Average pooling; returns out, cache. Its output size as max_pool_forward's (rounded down)."""
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    ### BEGIN SOLUTION
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].mean(axis=(2, 3))
    ### END SOLUTION
    return out, (x, pool_param)


def avg_pool_backward(dout, cache):
    """Each window spreads its gradient evenly over its inputs; overlapping windows add up."""
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    ### BEGIN SOLUTION
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += dout[:, :, i:i + 1, j:j + 1] / (ph * pw)
    ### END SOLUTION
    return dx


# ----------------------------------------------------------------- transposed conv, unpooling
def conv_transpose_forward(x, w, b, conv_param):
    """Transposed convolution. x (N, C, H, W), w (C, F, HH, WW) (torch's layout), b (F,).
    Each input pixel adds w[c] * x[n, c, i, j] at (i * stride, j * stride) of a full output,
    which is then cropped by pad on every side. Returns out only."""
    stride, pad = conv_param["stride"], conv_param["pad"]
    ### BEGIN SOLUTION
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    full = np.zeros((N, F, (H - 1) * stride + HH, (W - 1) * stride + WW))
    for i in range(H):
        for j in range(W):
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += np.einsum("nc,cfhw->nfhw", x[:, :, i, j], w)
    out = full[:, :, pad:full.shape[2] - pad, pad:full.shape[3] - pad] + b[None, :, None, None]
    ### END SOLUTION
    return out


def max_pool_with_indices(x, pool_param):
    """Max pooling that also returns, for each output, the flat index (row * W + col) of its maximum
    in the input plane. Returns (out, indices) with indices an integer array shaped like out."""
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    ### BEGIN SOLUTION
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1)
            k = window.argmax(axis=2)
            out[:, :, i, j] = window.max(axis=2)
            idx[:, :, i, j] = (i * s + k // pw) * W + (j * s + k % pw)
    ### END SOLUTION
    return out, idx


def max_unpool(x, indices, output_shape):
    """Inverse of max pooling: zeros of shape (N, C, *output_shape) with each value of x placed at
    its flat index."""
    ### BEGIN SOLUTION
    N, C = x.shape[:2]
    out = np.zeros((N, C, output_shape[0] * output_shape[1]))
    for n in range(N):
        for c in range(C):
            out[n, c, indices[n, c].ravel()] = x[n, c].ravel()
    return out.reshape(N, C, *output_shape)
    ### END SOLUTION
