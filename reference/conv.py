"""Assignment a3 (convolution arithmetic), float64 NumPy, vectorized.

conv_output_size is the strict arithmetic of the lecture (a stride that does not tile the
padded input is an error); the layers themselves, like torch, drop the incomplete last window.

Shapes: inputs x (N, C, H, W); conv weights w (F, C // groups, HH, WW), bias b (F,);
transposed-conv weights w (C, F, HH, WW) as in torch. conv_param: stride (1), pad (0, on
every side), dilation (1), groups (1). pool_param: pool_height, pool_width, stride.
"""
from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

Array = np.ndarray


# ------------------------------------------------------------------ arithmetic
def conv_output_size(input_size: int, kernel_size: int, stride: int = 1, padding: int = 0, dilation: int = 1) -> int:
    """(W - D(K - 1) - 1 + 2P) / S + 1; a configuration whose division is not whole is rejected."""
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if span < 0:
        raise ValueError(f"the kernel (extent {dilation * (kernel_size - 1) + 1}) is larger than the padded input "
                         f"({input_size + 2 * padding})")
    if span % stride:
        raise ValueError(f"stride {stride} does not fit: (W - K + 2P) = {span} is not divisible by {stride}")
    return span // stride + 1


def _floor_size(input_size: int, kernel_size: int, stride: int = 1, padding: int = 0, dilation: int = 1) -> int:
    """What a layer produces (torch's floor), as opposed to the strict arithmetic above."""
    return (input_size + 2 * padding - dilation * (kernel_size - 1) - 1) // stride + 1


def transposed_conv_output_size(input_size: int, kernel_size: int, stride: int = 1, padding: int = 0,
                                output_padding: int = 0, dilation: int = 1) -> int:
    """(W - 1) S - 2P + D(K - 1) + output_padding + 1 (torch's ConvTranspose2d)."""
    return (input_size - 1) * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1


def _pair(k: int | tuple[int, int]) -> tuple[int, int]:
    return (k, k) if isinstance(k, int) else (int(k[0]), int(k[1]))


def conv_param_count(in_channels: int, out_channels: int, kernel_size: int | tuple[int, int], bias: bool = True,
                     groups: int = 1) -> int:
    """Weights out * (in / groups) * kh * kw, plus out biases."""
    kh, kw = _pair(kernel_size)
    if in_channels % groups or out_channels % groups:
        raise ValueError(f"groups={groups} must divide in_channels={in_channels} and out_channels={out_channels}")
    return out_channels * (in_channels // groups) * kh * kw + (out_channels if bias else 0)


def depthwise_separable_param_count(in_channels: int, out_channels: int, kernel_size: int | tuple[int, int],
                                    bias: bool = True) -> int:
    """A depthwise conv (groups = in_channels) followed by a 1x1 pointwise conv."""
    return (conv_param_count(in_channels, in_channels, kernel_size, bias, groups=in_channels)
            + conv_param_count(in_channels, out_channels, 1, bias))


def conv_multiply_count(in_channels: int, out_channels: int, kernel_size: int | tuple[int, int],
                        output_size: int | tuple[int, int]) -> int:
    """Multiplications of a standard convolution: out_h * out_w * out * in * kh * kw."""
    kh, kw = _pair(kernel_size)
    oh, ow = _pair(output_size)
    return oh * ow * out_channels * in_channels * kh * kw


def depthwise_separable_multiply_count(in_channels: int, out_channels: int, kernel_size: int | tuple[int, int],
                                       output_size: int | tuple[int, int]) -> int:
    """Depthwise (oh ow in kh kw) plus pointwise (oh ow in out): the lecture's 675 + 9,600 vs 86,400."""
    kh, kw = _pair(kernel_size)
    oh, ow = _pair(output_size)
    return oh * ow * in_channels * kh * kw + oh * ow * in_channels * out_channels


def receptive_field(kernel_sizes: list[int], strides: list[int], dilations: list[int] | None = None) -> int:
    """Receptive field (in input pixels) of the last layer of a stack: r += d (k - 1) * prod(previous strides)."""
    dilations = dilations or [1] * len(kernel_sizes)
    r, jump = 1, 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        r += d * (k - 1) * jump
        jump *= s
    return r


# ------------------------------------------------------------------ convolution
def _windows(xp: Array, kh: int, kw: int, stride: int, dilation: int) -> Array:
    """(N, C, OH, OW, kh, kw) view of the padded input's receptive windows."""
    eh, ew = dilation * (kh - 1) + 1, dilation * (kw - 1) + 1
    win = sliding_window_view(xp, (eh, ew), axis=(2, 3))
    return win[:, :, ::stride, ::stride, ::dilation, ::dilation]


def conv_forward(x: Array, w: Array, b: Array, conv_param: dict) -> tuple[Array, tuple]:
    """Cross-correlation (as in deep learning and torch's conv2d). Returns out (N, F, OH, OW), cache."""
    stride, pad = conv_param.get("stride", 1), conv_param.get("pad", 0)
    dilation, groups = conv_param.get("dilation", 1), conv_param.get("groups", 1)
    n, c, h, wd = x.shape
    f, cg, kh, kw = w.shape
    oh = _floor_size(h, kh, stride, pad, dilation)
    ow = _floor_size(wd, kw, stride, pad, dilation)
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = _windows(xp, kh, kw, stride, dilation)[:, :, :oh, :ow]
    win = win.reshape(n, groups, cg, oh, ow, kh, kw)
    wg = w.reshape(groups, f // groups, cg, kh, kw)
    out = np.einsum("ngchwij,gfcij->ngfhw", win, wg, optimize=True).reshape(n, f, oh, ow) + b[None, :, None, None]
    return out, (x, w, conv_param)


def conv_backward(dout: Array, cache: tuple) -> tuple[Array, Array, Array]:
    """Returns dx (N, C, H, W), dw (F, C // groups, HH, WW), db (F,)."""
    x, w, conv_param = cache
    stride, pad = conv_param.get("stride", 1), conv_param.get("pad", 0)
    dilation, groups = conv_param.get("dilation", 1), conv_param.get("groups", 1)
    n, c, h, wd = x.shape
    f, cg, kh, kw = w.shape
    oh, ow = dout.shape[2:]
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = _windows(xp, kh, kw, stride, dilation)[:, :, :oh, :ow].reshape(n, groups, cg, oh, ow, kh, kw)
    dg = dout.reshape(n, groups, f // groups, oh, ow)
    dw = np.einsum("ngchwij,ngfhw->gfcij", win, dg, optimize=True).reshape(f, cg, kh, kw)
    db = dout.sum(axis=(0, 2, 3))
    wg = w.reshape(groups, f // groups, cg, kh, kw)
    dxp = np.zeros_like(xp)
    for i in range(kh):
        for j in range(kw):
            contrib = np.einsum("ngfhw,gfc->ngchw", dg, wg[:, :, :, i, j], optimize=True).reshape(n, c, oh, ow)
            r0, c0 = i * dilation, j * dilation
            dxp[:, :, r0:r0 + stride * oh:stride, c0:c0 + stride * ow:stride] += contrib
    return dxp[:, :, pad:pad + h, pad:pad + wd], dw, db


def conv_transpose_forward(x: Array, w: Array, b: Array, conv_param: dict) -> Array:
    """Transposed convolution: x (N, C, H, W), w (C, F, HH, WW), b (F,) -> (N, F, OH, OW) with
    OH = (H - 1) stride - 2 pad + HH (the input gradient of a convolution, plus bias)."""
    stride, pad = conv_param.get("stride", 1), conv_param.get("pad", 0)
    n, c, h, wd = x.shape
    _, f, kh, kw = w.shape
    full = np.zeros((n, f, (h - 1) * stride + kh, (wd - 1) * stride + kw))
    for i in range(kh):
        for j in range(kw):
            full[:, :, i:i + stride * h:stride, j:j + stride * wd:stride] += np.einsum("nchw,cf->nfhw", x, w[:, :, i, j])
    oh = transposed_conv_output_size(h, kh, stride, pad)
    ow = transposed_conv_output_size(wd, kw, stride, pad)
    return full[:, :, pad:pad + oh, pad:pad + ow] + b[None, :, None, None]


# ------------------------------------------------------------------ pooling
def _pool_windows(x: Array, pool_param: dict) -> Array:
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    oh = _floor_size(x.shape[2], ph, s)
    ow = _floor_size(x.shape[3], pw, s)
    return sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s][:, :, :oh, :ow]


def max_pool_forward(x: Array, pool_param: dict) -> tuple[Array, tuple]:
    """Max over each window; windows may overlap (stride < pool size)."""
    return _pool_windows(x, pool_param).max(axis=(4, 5)), (x, pool_param)


def max_pool_backward(dout: Array, cache: tuple) -> Array:
    """Each window's gradient goes to its (first) maximum; overlapping windows add up."""
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    win = _pool_windows(x, pool_param)
    n, c, oh, ow = win.shape[:4]
    arg = win.reshape(n, c, oh, ow, ph * pw).argmax(axis=4)
    rows = np.arange(oh)[None, None, :, None] * s + arg // pw
    cols = np.arange(ow)[None, None, None, :] * s + arg % pw
    dx = np.zeros_like(x)
    nn, cc = np.meshgrid(np.arange(n), np.arange(c), indexing="ij")
    np.add.at(dx, (nn[:, :, None, None], cc[:, :, None, None], rows, cols), dout)
    return dx


def max_pool_with_indices(x: Array, pool_param: dict) -> tuple[Array, Array]:
    """Max pooling that also returns, per output, the flat index (row * W + col) of the maximum in its
    input plane (torch's return_indices convention)."""
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    win = _pool_windows(x, pool_param)
    n, c, oh, ow = win.shape[:4]
    arg = win.reshape(n, c, oh, ow, ph * pw).argmax(axis=4)
    rows = np.arange(oh)[None, None, :, None] * s + arg // pw
    cols = np.arange(ow)[None, None, None, :] * s + arg % pw
    return win.max(axis=(4, 5)), rows * x.shape[3] + cols


def max_unpool(x: Array, indices: Array, output_shape: tuple[int, int]) -> Array:
    """Place each value at its flat index in a zero plane of output_shape (torch's max_unpool2d)."""
    n, c = x.shape[:2]
    out = np.zeros((n, c, output_shape[0] * output_shape[1]))
    nn, cc = np.meshgrid(np.arange(n), np.arange(c), indexing="ij")
    out[nn[:, :, None], cc[:, :, None], indices.reshape(n, c, -1)] = x.reshape(n, c, -1)
    return out.reshape(n, c, *output_shape)


def avg_pool_forward(x: Array, pool_param: dict) -> tuple[Array, tuple]:
    return _pool_windows(x, pool_param).mean(axis=(4, 5)), (x, pool_param)


def avg_pool_backward(dout: Array, cache: tuple) -> Array:
    """Each window spreads its gradient evenly over its ph * pw inputs; overlaps add up."""
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    oh, ow = dout.shape[2:]
    dx = np.zeros_like(x)
    share = dout / (ph * pw)
    for i in range(ph):
        for j in range(pw):
            dx[:, :, i:i + s * oh:s, j:j + s * ow:s] += share
    return dx

