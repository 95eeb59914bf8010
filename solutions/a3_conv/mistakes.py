"""Typical a3 mistakes. Each replaces one solution function (run in the solution's namespace)."""
import numpy as np

from autograder.testing import Catalog

catalog = Catalog()


@catalog.mistake("flipped_kernel", "The kernel is flipped (true convolution); deep-learning layers compute "
                 "cross-correlation: sum(window * w[f]) without flipping w.")
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = (H + 2 * pad - HH) // stride + 1, (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros((N, F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            window = xp[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
            out[:, :, i, j] = np.tensordot(window, w[:, :, ::-1, ::-1], axes=([1, 2, 3], [1, 2, 3])) + b
    return out, (x, w, b, conv_param)


@catalog.mistake("padding_one_side", "The zero padding is added on one side only; pad every border by pad: "
                 "np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad))).")
def conv_forward_naive(x, w, b, conv_param):  # noqa: F811
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = (H + 2 * pad - HH) // stride + 1, (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (2 * pad, 0), (2 * pad, 0)))
    out = np.zeros((N, F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            window = xp[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
            out[:, :, i, j] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3])) + b
    return out, (x, w, b, conv_param)


@catalog.mistake("backward_ignores_stride", "The backward pass ignores the stride: output (i, j) came from the "
                 "window starting at (i * stride, j * stride).")
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    pad = conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp, dw = np.zeros_like(xp), np.zeros_like(w)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            window = xp[:, :, i:i + HH, j:j + WW]
            dw += np.tensordot(dout[:, :, i, j], window, axes=([0], [0]))
            dxp[:, :, i:i + HH, j:j + WW] += np.tensordot(dout[:, :, i, j], w, axes=([1], [0]))
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, dout.sum(axis=(0, 2, 3))


@catalog.mistake("dx_assigned_not_accumulated", "dx is assigned where windows overlap; each output adds its "
                 "share to dx: use dx[...] += ..., not dx[...] = ....")
def conv_backward_naive(dout, cache):  # noqa: F811
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp, dw = np.zeros_like(xp), np.zeros_like(w)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            rows, cols = slice(i * stride, i * stride + HH), slice(j * stride, j * stride + WW)
            dw += np.tensordot(dout[:, :, i, j], xp[:, :, rows, cols], axes=([0], [0]))
            dxp[:, :, rows, cols] = np.tensordot(dout[:, :, i, j], w, axes=([1], [0]))
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, dout.sum(axis=(0, 2, 3))


@catalog.mistake("dx_sliced_minus_pad", "dx is sliced [pad:-pad], which is empty when pad is 0; use "
                 "[pad:pad + H] and [pad:pad + W] to drop the padding.")
def conv_backward_naive(dout, cache):  # noqa: F811
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp, dw = np.zeros_like(xp), np.zeros_like(w)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            rows, cols = slice(i * stride, i * stride + HH), slice(j * stride, j * stride + WW)
            dw += np.tensordot(dout[:, :, i, j], xp[:, :, rows, cols], axes=([0], [0]))
            dxp[:, :, rows, cols] += np.tensordot(dout[:, :, i, j], w, axes=([1], [0]))
    return dxp[:, :, pad:-pad, pad:-pad], dw, dout.sum(axis=(0, 2, 3))


@catalog.mistake("dx_sliced_minus_pad", "dx is sliced [pad:-pad], which is empty when pad is 0; use "
                 "[pad:pad + H] and [pad:pad + W] to drop the padding.")
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp, dw = np.zeros_like(xp), np.zeros_like(w)
    for i in range(HH):
        for j in range(WW):
            window = xp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride]
            dw[:, :, i, j] = np.einsum("nfhw,nchw->fc", dout, window)
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    return dxp[:, :, pad:-pad, pad:-pad], dw, dout.sum(axis=(0, 2, 3))


@catalog.mistake("max_pool_gradient_spread", "The max-pool gradient is spread over the whole window; it goes "
                 "only to the position of the maximum (the other inputs did not affect the output).")
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    dx = np.zeros_like(x)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += dout[:, :, i:i + 1, j:j + 1] / (ph * pw)
    return dx


@catalog.mistake("output_size_not_rejected", "conv_output_size rounds down instead of rejecting a configuration "
                 "whose (W - K + 2P) is not divisible by the stride; raise ValueError for it.")
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    return (input_size + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1


@catalog.mistake("param_count_ignores_groups", "With groups, each filter sees only in_channels / groups channels: "
                 "weights = out * (in / groups) * kh * kw.")
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * in_channels * kh * kw + (out_channels if bias else 0)


@catalog.mistake("receptive_field_ignores_stride", "The receptive field grows by (k - 1) times the product of the "
                 "strides of the layers below, not by (k - 1) alone.")
def receptive_field(kernel_sizes, strides, dilations=None):
    dilations = dilations or [1] * len(kernel_sizes)
    return 1 + sum(d * (k - 1) for k, d in zip(kernel_sizes, dilations))


@catalog.mistake("avg_pool_gradient_not_divided", "Average pooling divides each window's sum by its area, so each "
                 "position's gradient is dout / (pool_height * pool_width).")
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += dout[:, :, i:i + 1, j:j + 1]
    return dx
