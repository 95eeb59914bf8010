"""reference.conv against torch.nn.functional (conv2d, conv_transpose2d, pools, unpool) and autograd."""
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from reference import conv as ref


def t(a, grad=False):
    return torch.tensor(a, dtype=torch.float64, requires_grad=grad)


def close(a, b, rtol=1e-10, atol=1e-11):
    np.testing.assert_allclose(a, b.detach().numpy() if isinstance(b, torch.Tensor) else b, rtol=rtol, atol=atol)


@pytest.fixture
def rng():
    return np.random.default_rng(9)


@pytest.mark.parametrize("size,k,s,p,d", [(7, 3, 1, 0, 1), (32, 5, 1, 2, 1), (227, 11, 4, 0, 1), (9, 3, 2, 1, 1),
                                          (10, 3, 1, 2, 2), (15, 5, 2, 0, 1)])
def test_output_size_matches_torch_when_whole(rng, size, k, s, p, d):
    out = F.conv2d(torch.zeros(1, 1, size, size), torch.zeros(1, 1, k, k), stride=s, padding=p, dilation=d)
    assert ref.conv_output_size(size, k, s, p, d) == out.shape[-1]


@pytest.mark.parametrize("size,k,s,p", [(7, 3, 3, 0), (10, 3, 2, 0), (5, 7, 1, 0)])
def test_output_size_rejects_configurations_that_do_not_tile(size, k, s, p):
    with pytest.raises(ValueError):
        ref.conv_output_size(size, k, s, p)


@pytest.mark.parametrize("size,k,s,p,op", [(5, 3, 2, 1, 1), (4, 4, 2, 1, 0), (7, 3, 1, 0, 0)])
def test_transposed_output_size_matches_torch(size, k, s, p, op):
    out = F.conv_transpose2d(torch.zeros(1, 1, size, size), torch.zeros(1, 1, k, k), stride=s, padding=p,
                             output_padding=op)
    assert ref.transposed_conv_output_size(size, k, s, p, op) == out.shape[-1]


@pytest.mark.parametrize("cin,cout,k,bias,groups", [(3, 96, 11, True, 1), (64, 128, 3, False, 1), (32, 64, (3, 5), True, 4),
                                                    (16, 16, 3, True, 16)])
def test_param_counts_match_torch(cin, cout, k, bias, groups):
    layer = torch.nn.Conv2d(cin, cout, k, bias=bias, groups=groups)
    assert ref.conv_param_count(cin, cout, k, bias, groups) == sum(p.numel() for p in layer.parameters())


def test_depthwise_separable_counts_and_the_lecture_example():
    dw = torch.nn.Conv2d(3, 3, 3, groups=3)
    pw = torch.nn.Conv2d(3, 128, 1)
    assert ref.depthwise_separable_param_count(3, 128, 3) == sum(p.numel() for m in (dw, pw) for p in m.parameters())
    assert ref.conv_multiply_count(3, 128, 3, 5) == 86_400
    assert ref.depthwise_separable_multiply_count(3, 128, 3, 5) == 675 + 9_600


def test_receptive_field_of_stacked_3x3_convolutions():
    assert ref.receptive_field([3, 3, 3], [1, 1, 1]) == 7
    assert ref.receptive_field([3, 3], [2, 1]) == 7
    assert ref.receptive_field([11, 3, 5], [4, 2, 1]) == 11 + 2 * 4 + 4 * 8
    assert ref.receptive_field([3, 3], [1, 1], [1, 2]) == 7


def _receptive_field_by_autograd(kernels, strides, dilations):
    size = 64
    x = torch.zeros(1, 1, size, size, requires_grad=True)
    h = x
    for k, s, d in zip(kernels, strides, dilations):
        h = F.conv2d(h, torch.ones(1, 1, k, k), stride=s, dilation=d)
    h[0, 0, h.shape[2] // 2, h.shape[3] // 2].backward()
    rows = torch.nonzero(x.grad[0, 0].abs().sum(dim=1))
    return int(rows.max() - rows.min() + 1)


@pytest.mark.parametrize("kernels,strides,dilations", [([3, 3, 3], [1, 1, 1], [1, 1, 1]), ([5, 3], [2, 2], [1, 1]),
                                                        ([3, 3, 3], [1, 1, 1], [1, 2, 4])])
def test_receptive_field_matches_autograd(kernels, strides, dilations):
    assert ref.receptive_field(kernels, strides, dilations) == _receptive_field_by_autograd(kernels, strides, dilations)


CONV_CASES = [
    dict(x=(2, 3, 7, 7), w=(4, 3, 3, 3), stride=1, pad=0, dilation=1, groups=1),
    dict(x=(2, 3, 8, 8), w=(5, 3, 3, 3), stride=2, pad=1, dilation=1, groups=1),
    dict(x=(1, 2, 9, 11), w=(3, 2, 3, 5), stride=1, pad=2, dilation=1, groups=1),
    dict(x=(2, 2, 9, 9), w=(2, 2, 3, 3), stride=1, pad=0, dilation=2, groups=1),
    dict(x=(2, 4, 6, 6), w=(6, 2, 3, 3), stride=1, pad=1, dilation=1, groups=2),
    dict(x=(1, 3, 10, 10), w=(3, 1, 4, 4), stride=2, pad=1, dilation=1, groups=3),
]


@pytest.mark.parametrize("case", CONV_CASES, ids=lambda c: f"s{c['stride']}p{c['pad']}d{c['dilation']}g{c['groups']}")
def test_conv_forward_backward_match_torch(rng, case):
    x, w, b = rng.normal(size=case["x"]), rng.normal(size=case["w"]), rng.normal(size=case["w"][0])
    param = {k: case[k] for k in ("stride", "pad", "dilation", "groups")}
    out, cache = ref.conv_forward(x, w, b, param)
    tx, tw, tb = t(x, True), t(w, True), t(b, True)
    tout = F.conv2d(tx, tw, tb, stride=case["stride"], padding=case["pad"], dilation=case["dilation"],
                    groups=case["groups"])
    close(out, tout)
    dout = rng.normal(size=out.shape)
    tout.backward(t(dout))
    dx, dw, db = ref.conv_backward(dout, cache)
    close(dx, tx.grad)
    close(dw, tw.grad)
    close(db, tb.grad)


@pytest.mark.parametrize("stride,pad", [(1, 0), (2, 0), (2, 1), (3, 1)])
def test_conv_transpose_matches_torch(rng, stride, pad):
    x, w, b = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(3, 2, 3, 3)), rng.normal(size=2)
    close(ref.conv_transpose_forward(x, w, b, {"stride": stride, "pad": pad}),
          F.conv_transpose2d(t(x), t(w), t(b), stride=stride, padding=pad))


@pytest.mark.parametrize("ph,pw,s", [(2, 2, 2), (3, 3, 2), (3, 2, 1)])
def test_pools_match_torch(rng, ph, pw, s):
    x = rng.normal(size=(2, 3, 9, 9))
    param = {"pool_height": ph, "pool_width": pw, "stride": s}
    for fwd, bwd, tfn in ((ref.max_pool_forward, ref.max_pool_backward, F.max_pool2d),
                          (ref.avg_pool_forward, ref.avg_pool_backward, F.avg_pool2d)):
        out, cache = fwd(x, param)
        tx = t(x, True)
        tout = tfn(tx, (ph, pw), stride=s)
        close(out, tout)
        dout = rng.normal(size=out.shape)
        tout.backward(t(dout))
        close(bwd(dout, cache), tx.grad)


def test_max_pool_indices_and_unpool_match_torch(rng):
    x = rng.normal(size=(2, 3, 8, 6))
    param = {"pool_height": 2, "pool_width": 2, "stride": 2}
    out, idx = ref.max_pool_with_indices(x, param)
    tout, tidx = F.max_pool2d(t(x), 2, stride=2, return_indices=True)
    close(out, tout)
    assert np.array_equal(idx, tidx.numpy())
    close(ref.max_unpool(out, idx, (8, 6)), F.max_unpool2d(tout, tidx, 2, stride=2, output_size=(8, 6)))
