"""A seventeenth hold-out: student-style mistakes written without seeing the detectors.

Not judged yet (JUDGED_ON17 is empty): an independent helper that wrote neither the detectors nor these entries
is to judge it by reading the feedback of bench/diagnosis_corpus.py --set holdout17.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, sandbox/locals_trace.py), its tests, the judgements of corpus.py and the earlier
hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader tests, the student
stubs, the reference implementations and the ids and causes of the earlier sets (to avoid duplicates). Each entry
was checked only by its score (every mistake loses points, every right variant earns full marks), never by
reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT17 holds the mistakes
(`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT17_CORRECT right
implementations written unusually, which must earn full marks. Do not tune the detectors on these entries: they
measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT17: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("c1_mse_half_convention", "a1_backprop", "mse_loss",
       "the loss is written in the '1/2 MSE' convention, 0.5 * mean((p - t)**2), with the gradient that matches it, "
       "(p - t) / size: loss and dpred are both half of the asked mean((p - t)**2) and its gradient 2 (p - t) / size",
       """
def mse_loss(pred, target):
    err = pred - target
    loss = 0.5 * np.mean(err * err)
    dpred = err / err.size
    return loss, dpred
"""),
    _e("c1_tanh_bwd_square_of_difference", "a1_backprop", "tanh_backward",
       "the local derivative 1 - t**2 is written (1 - t) ** 2, the square of the difference instead of one minus the "
       "square: dx = dout * (1 - t)**2 where dout * (1 - t**2) is meant (the cache t = tanh(x) read right)", """
def tanh_backward(dout, cache):
    t = cache
    return dout * (1 - t) ** 2
"""),
    _e("c1_logistic_plus_minus_one_formula", "a1_backprop", "logistic_regression_gradient",
       "the gradient of the logistic loss for labels in {-1, +1}, -X^T (y * sigmoid(-y * Xw)), applied to labels in "
       "{0, 1}: the rows with y = 1 come out right, but the rows with y = 0 contribute nothing instead of pi_i x_i; "
       "for 0/1 labels the gradient is X^T (sigmoid(Xw) - y)", """
def logistic_regression_gradient(w, X, y):
    # NLL = sum_i log(1 + exp(-y_i x_i.w)), so the gradient is -sum_i y_i sigmoid(-y_i x_i.w) x_i
    margins = y * (X @ w)
    s, _ = sigmoid_forward(-margins)
    return -X.T @ (y * s)
"""),
    _e("c1_numgrad_tiny_default_step", "a1_backprop", "eval_numerical_gradient",
       "the default step is changed to h = 1e-12 ('a smaller step is more accurate'): the rounding error of f (about "
       "1e-16 times |f|) divided by 2h swamps the difference, so the entries are off by about 1e-4, where the "
       "centered difference with h = 1e-5 is accurate to about 1e-10 (x restored right)", """
def eval_numerical_gradient(f, x, h=1e-12):
    grad = np.zeros(x.shape)
    for i in np.ndindex(*x.shape):
        old = x[i]
        x[i] = old + h
        fp = f(x)
        x[i] = old - h
        fm = f(x)
        x[i] = old
        grad[i] = (fp - fm) / (2 * h)
    return grad
"""),
    _e("c1_relu_bwd_zero_negatives_only", "a1_backprop", "relu_backward",
       "dx is a copy of dout zeroed only where x < 0: where x is exactly 0 the gradient passes, but the derivative "
       "there is taken as 0 (zero it where x <= 0, i.e. keep dout where x > 0)", """
def relu_backward(dout, cache):
    x = cache
    dx = np.array(dout, copy=True)
    dx[x < 0] = 0
    return dx
""", catalogued="relu_derivative_at_zero_is_one"),
    _e("c1_affine_dx_transposed_product_flat", "a1_backprop", "affine_backward",
       "dx is computed as (w @ dout.T).T, the (N, D) gradient of the flattened input, and never reshaped back to x's "
       "shape (N, d1, ..., dk) (dw and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    x2 = x.reshape(len(x), -1)
    dx = (w @ dout.T).T
    dw = x2.T @ dout
    db = dout.sum(axis=0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    # ------------------------------------------------------------------ a2_optim
    _e("c2_momentum_velocity_setdefault", "a2_optim", "sgd_momentum",
       "the velocity is saved with config.setdefault('velocity', v), which writes only when the key is missing: the "
       "first step's velocity is stored and never replaced, so every later step starts again from that first "
       "velocity instead of the previous step's (config['velocity'] = v)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    config.setdefault("velocity", v)
    return w + v, config
"""),
    _e("c2_adam_second_moment_never_shrinks", "a2_optim", "adam",
       "the second moment is kept from shrinking, v = max(v_old, beta2 v_old + (1 - beta2) dw**2) (AMSGrad's idea "
       "put into v itself): once a gradient gets small v stays at its peak, where Adam's v is the plain moving "
       "average beta2 v + (1 - beta2) dw**2 (m, t and the bias corrections right)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v_old = config.get("v", np.zeros_like(w))
    v = np.maximum(v_old, b2 * v_old + (1 - b2) * g * g)  # never let the second moment shrink
    config.update(t=t, m=m, v=v)
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
"""),
    _e("c2_minibatch_batches_drawn_independently", "a2_optim", "minibatch_sgd",
       "each batch is drawn on its own with rng.choice(N, batch_size, replace=False), ceil(N / batch_size) times an "
       "epoch: the batches of an epoch overlap, some rows are never visited and the last batch is never the shorter "
       "one, where one rng.permutation(N) per epoch is cut into consecutive batches that visit every row once", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.array(w0, dtype=float)
    n = len(X)
    updates_per_epoch = -(-n // batch_size)
    path = []
    for _ in range(epochs * updates_per_epoch):
        idx = rng.choice(n, size=batch_size, replace=False)
        w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
        path.append(w)
    return np.array(path)
"""),
    _e("c2_adagrad_cache_defaults_to_first_square", "a2_optim", "adagrad",
       "the cache's default on the first call is the squared gradient itself, config.get('cache', g**2), to which "
       "g**2 is then added: the first squared gradient is counted twice, so every step divides by a cache too large "
       "by dw_1**2 (the first step is 1 / sqrt(2) of Adagrad's); the cache must start at zeros", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config.get("cache", g ** 2) + g ** 2
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    _e("c2_nesterov_delegates_to_momentum", "a2_optim", "nesterov_momentum",
       "nesterov_momentum hands the call to sgd_momentum ('the look-ahead is in the gradient the caller passes'): "
       "the plain momentum step w + v, where the Nesterov step is w - momentum * v_prev + (1 + momentum) * v", """
def nesterov_momentum(w, dw, config=None):
    # Nesterov is momentum evaluated at the look-ahead point; the caller's gradient takes care of that
    return sgd_momentum(w, dw, config)
""", catalogued="nesterov_as_plain_momentum"),
    _e("c2_rmsprop_delegates_to_adagrad", "a2_optim", "rmsprop",
       "rmsprop sets its defaults and delegates to adagrad with that config: the cache accumulates cache + dw**2 "
       "and decay_rate is never used, where RMSProp's cache is the moving average decay_rate * cache + "
       "(1 - decay_rate) * dw**2", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    # RMSProp is Adagrad with a root-mean-square cache of the squared gradients
    return adagrad(w, dw, config)
""", catalogued="rmsprop_without_decay"),
    # ------------------------------------------------------------------ a3_conv
    _e("c3_conv_naive_width_from_height", "a3_conv", "conv_forward_naive",
       "the output width is computed from the input's height, Wo = 1 + (H + 2 * pad - WW) // stride (square inputs "
       "assumed): on inputs whose width differs from their height the output has the wrong number of columns "
       "(W + 2 * pad - WW is meant)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = 1 + (H + 2 * pad - HH) // stride
    Wo = 1 + (H + 2 * pad - WW) // stride
    xp = np.pad(x, [(0, 0), (0, 0), (pad, pad), (pad, pad)], mode="constant")
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    hs, ws = i * stride, j * stride
                    out[n, f, i, j] = np.sum(xp[n, :, hs:hs + HH, ws:ws + WW] * w[f]) + b[f]
    return out, (x, w, b, conv_param)
"""),
    _e("c3_conv_fast_einsum_output_wh", "a3_conv", "conv_forward_fast",
       "the windows are contracted with the filters by one einsum whose output subscripts are 'nfwh' instead of "
       "'nfhw': every output map comes back transposed, (N, F, Wo, Ho) (wrong values on square maps, the wrong shape "
       "on the others)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]  # (N, C, Ho, Wo, HH, WW)
    out = np.einsum("nchwij,fcij->nfwh", win, w, optimize=True) + b[:, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("c3_conv_bwd_fast_full_conv_without_stride", "a3_conv", "conv_backward_fast",
       "dx is computed as the full convolution of dout with the kernel rotated by 180 degrees, a formula that only "
       "holds for stride 1: with a stride the zeros between dout's rows and columns (stride - 1 of them) are never "
       "inserted, so dx is too small and misplaced (dw and db right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.tensordot(dout, windows, axes=([0, 2, 3], [0, 2, 3]))
    db = dout.sum(axis=(0, 2, 3))
    # dx: the full convolution of dout with the kernel rotated by 180 degrees
    dpad = np.pad(dout, ((0, 0), (0, 0), (HH - 1, HH - 1), (WW - 1, WW - 1)))
    dwin = sliding_window_view(dpad, (HH, WW), axis=(2, 3))
    rot = w[:, :, ::-1, ::-1]
    dxp = np.tensordot(dwin, rot, axes=([1, 4, 5], [0, 2, 3])).transpose(0, 3, 1, 2)
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("c3_conv_transpose_blocks_assigned", "a3_conv", "conv_transpose_forward",
       "each input pixel's contribution w[c] * x[n, c, i, j] is assigned (=) to its HH x WW block of the full output "
       "instead of added (+=): where the blocks overlap (a kernel larger than the stride) the later pixel overwrites "
       "the earlier one's share", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    Hf, Wf = (H - 1) * stride + HH, (W - 1) * stride + WW
    full = np.zeros((N, F, Hf, Wf))
    for i in range(H):
        for j in range(W):
            r, c = i * stride, j * stride
            full[:, :, r:r + HH, c:c + WW] = np.tensordot(x[:, :, i, j], w, axes=(1, 0))
    return full[:, :, pad:Hf - pad, pad:Wf - pad] + b.reshape(1, F, 1, 1)
"""),
    _e("c3_maxpool_bwd_reuses_avgpool", "a3_conv", "max_pool_backward",
       "max_pool_backward hands its dout and cache to avg_pool_backward: each window's gradient is spread evenly "
       "over its ph * pw inputs instead of going to the window's maximum only", """
def max_pool_backward(dout, cache):
    # a pooling window's gradient is shared by the inputs of the window, as in average pooling
    return avg_pool_backward(dout, cache)
""", catalogued="max_pool_gradient_spread"),
    _e("c3_output_size_floor_without_checks", "a3_conv", "conv_output_size",
       "the size is floor((W + 2P - D(K - 1) - 1) / S) + 1 with no check at all: a stride that does not tile the "
       "padded input is rounded down and a kernel larger than it gives 0 or less, where both must raise ValueError",
       """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    effective = dilation * (kernel_size - 1) + 1
    return int(np.floor((input_size + 2 * padding - effective) / stride)) + 1
""", catalogued="output_size_not_rejected"),
    # ------------------------------------------------------------------ a4_init
    _e("c4_he_normal_truncated_by_redrawing", "a4_init", "he_normal",
       "the draws are made a truncated normal: every value beyond 2 std is redrawn until none is left, without "
       "rescaling, so the std shrinks to about 0.88 he_std and the tails are cut (kurtosis about 2.4), where He's "
       "weights are plain N(0, he_std**2) draws", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    std = he_std(shape)
    w = rng.normal(0.0, std, size=shape)
    # truncated normal, as the frameworks do: redraw anything beyond two standard deviations
    bad = np.abs(w) > 2 * std
    while bad.any():
        w[bad] = rng.normal(0.0, std, size=int(bad.sum()))
        bad = np.abs(w) > 2 * std
    return w
"""),
    _e("c4_xavier_uniform_gain_not_passed", "a4_init", "xavier_uniform",
       "xavier_std is called with the mode but without the gain: the bound is sqrt(3) * xavier_std(shape, mode), "
       "right for the default gain 1, but any other gain is ignored (the bound is sqrt(3) * gain * std)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    bound = math.sqrt(3.0) * xavier_std(shape, mode)
    return np.random.default_rng(seed).uniform(low=-bound, high=bound, size=shape)
"""),
    _e("c4_xavier_std_fans_from_first_axes", "a4_init", "xavier_std",
       "the fans are read straight from the first two axes, fan_in, fan_out = shape[0], shape[1], instead of with "
       "compute_fans(shape): right for a linear (D, M) weight, but for a conv weight (out, in, kh, kw) the kernel "
       "area kh * kw is left out and fan_in is taken from the output channels", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = shape[0], shape[1]
    if mode == "fan_avg":
        return gain * math.sqrt(2.0 / (fan_in + fan_out))
    return gain / math.sqrt(fan_in)
"""),
    _e("c4_stats_per_unit_moments", "a4_init", "activation_statistics",
       "the mean and the variance of each layer are taken per unit, over the batch only (axis=0), and kept as they "
       "are: two (L, D) arrays of per-unit statistics instead of one mean and one variance over all the entries of "
       "each layer's output, shape (L,)", """
def activation_statistics(X, weights, activation):
    act = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
           "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}[activation]
    h = X
    means, variances = [], []
    for W in weights:
        h = act(h @ W)
        means.append(h.mean(axis=0))  # the mean activation of each unit
        variances.append(h.var(axis=0))
    return np.array(means), np.array(variances)
"""),
    _e("c4_fans_swapped_both_layouts", "a4_init", "compute_fans",
       "fan_in and fan_out come back swapped for both layouts: (M, D) for a linear (D, M) weight and "
       "(out * kh * kw, in * kh * kw) for a conv weight, where fan_in is D, or in * kh * kw", """
def compute_fans(shape):
    receptive = int(np.prod(shape[2:]))  # 1 for a linear weight
    first, second = shape[0] * receptive, shape[1] * receptive
    return (second, first) if len(shape) == 2 else (first, second)
""", catalogued="fans_swapped"),
    _e("c4_xavier_normal_global_standard_normal", "a4_init", "xavier_normal",
       "the draws come from np.random.standard_normal, NumPy's global generator, scaled by the std: the seed "
       "argument is never used, so the same seed gives other weights (draw from np.random.default_rng(seed))", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    return std * np.random.standard_normal(size=shape)
""", catalogued="global_seed"),
    # ------------------------------------------------------------------ a5_normalization
    _e("c5_bn_running_var_bessel_inverted", "a5_normalization", "batchnorm_forward",
       "Bessel's correction is applied upside down to the running variance: it is updated with var * (N - 1) / N, "
       "below the biased variance, instead of the unbiased var * N / (N - 1) (train mode's output and cache right; "
       "test mode then normalizes with too small a variance)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        n = x.shape[0]
        mu = x.mean(axis=0)
        var = ((x - mu) ** 2).sum(axis=0) / n
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * (n - 1) / n
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(f"unknown mode {mode}")
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("c5_bn_test_divides_by_variance", "a5_normalization", "batchnorm_forward",
       "test mode divides x - running_mean by running_var + eps, the variance, instead of its square root "
       "sqrt(running_var + eps) (train mode, its cache and the running averages right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        N = x.shape[0]
        mean, var = np.mean(x, axis=0), np.var(x, axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mean) * inv_std
        out, cache = gamma * x_hat + beta, (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mean
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out, cache = gamma * (x - running_mean) / (running_var + eps) + beta, None
    else:
        raise ValueError(f"invalid batch norm mode {mode!r}")
    bn_param["running_mean"], bn_param["running_var"] = running_mean, running_var
    return out, cache
"""),
    _e("c5_gn_unbiased_group_variance", "a5_normalization", "groupnorm_forward",
       "each group's variance is the unbiased one, var(ddof=1) (torch.var's default), over M - 1 for the "
       "M = C // groups * H * W values of the group, instead of the biased variance over M that group norm uses",
       """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    g = x.reshape(N, groups, -1)
    mu = g.mean(axis=2, keepdims=True)
    var = g.var(axis=2, ddof=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = ((g - mu) * inv_std).reshape(x.shape)
    out = x_hat * gamma[None, :, None, None] + beta[None, :, None, None]
    return out, (x_hat, gamma, inv_std, groups)
"""),
    _e("c5_bn_bwd_dgamma_of_centred_x", "a5_normalization", "batchnorm_backward",
       "a staged backward pass, dx and dbeta right, whose dgamma is sum(dout * (x - mu)), the centred input "
       "recovered from the cache, instead of sum(dout * x_hat), the normalized one (out = gamma * x_hat + beta): "
       "dgamma lacks the factor 1 / sqrt(var + eps)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    x_mu = x_hat / inv_std
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_mu, axis=0)
    dx_hat = dout * gamma
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) + dvar * np.mean(-2.0 * x_mu, axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("c5_dropout_mode_compared_with_is", "a5_normalization", "dropout_forward",
       "the mode is compared with `mode is 'test'`, object identity, instead of ==: the 'test' string the caller "
       "passes is another object, so test mode falls through to train mode and drops units at test time", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode is "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    return x * mask, mask
""", catalogued="dropout_at_test_time"),
    _e("c5_dropout_binomial_mask_unscaled", "a5_normalization", "dropout_forward",
       "the keep mask is drawn with rng.binomial(1, p, x.shape) (each unit kept with probability p, right) and "
       "multiplied in as it is: the kept units are never divided by p, as inverted dropout requires", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = rng.binomial(1, p, size=x.shape)
    return x * mask, mask
""", catalogued="dropout_no_scaling"),
    # ------------------------------------------------------------------ a6_cnn
    _e("c6_train_and_eval_modes_swapped", "a6_cnn", "train_and_predict",
       "model.eval() and model.train() are swapped: the network trains in eval mode (batch norm normalizes with its "
       "running statistics, which eval mode never updates, so they stay at 0 and 1) and predicts in train mode "
       "(each test image normalized with the statistics of the whole test batch, which also moves the running "
       "averages); train() before the training loop, eval() before predicting", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.as_tensor(X_train, dtype=torch.float32, device=device)
    y = torch.as_tensor(y_train, dtype=torch.long, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(15):
        model.eval()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.train()
    with torch.no_grad():
        logits = model(torch.as_tensor(X_test, dtype=torch.float32, device=device))
    return logits.cpu().numpy()
"""),
    _e("c6_step_lr_decays_every_epoch", "a6_cnn", "train_and_predict",
       "the schedule is StepLR(step_size=1, gamma=0.1) stepped after every epoch: the learning rate is divided by 10 "
       "after each epoch (3e-4 in the second, 3e-6 in the fourth), so the network only really trains during its "
       "first epoch or two and stays undertrained (a decay every few epochs, or a cosine over the run, is meant)",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    classes = int(np.max(y_train)) + 1
    net = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, kernel_size=3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, kernel_size=3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, classes),
    ).to(device)
    X = torch.from_numpy(np.ascontiguousarray(X_train, dtype=np.float32)).to(device)
    y = torch.from_numpy(np.asarray(y_train, dtype=np.int64)).to(device)
    optimizer = torch.optim.Adam(net.parameters(), lr=3e-3)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.1)
    gen = torch.Generator().manual_seed(seed)
    t0 = time.monotonic()
    for epoch in range(15):
        net.train()
        for batch in torch.randperm(len(y), generator=gen).split(64):
            batch = batch.to(device)
            optimizer.zero_grad()
            nn.functional.cross_entropy(net(X[batch]), y[batch]).backward()
            optimizer.step()
        scheduler.step()
        if time.monotonic() - t0 > 0.8 * time_budget_s:
            break
    net.eval()
    with torch.no_grad():
        return net(torch.from_numpy(np.ascontiguousarray(X_test, dtype=np.float32)).to(device)).cpu().numpy()
"""),
    _e("c6_batch_order_from_unseeded_python_random", "a6_cnn", "train_and_predict",
       "NumPy and torch are seeded, but the batch order is drawn with Python's random.shuffle, whose generator is "
       "never seeded (random.seed(seed) is missing): two runs with the same seed visit the batches in other orders "
       "and return other logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = len(np.unique(y_train))
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    order = list(range(len(y_train)))
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        random.shuffle(order)
        for s in range(0, len(order), 64):
            idx = torch.tensor(order[s:s + 64], device=device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("c6_standardized_with_train_and_test_pixels", "a6_cnn", "train_and_predict",
       "the inputs are standardized per pixel with the mean and std of the training and test images stacked "
       "together: the test split leaks into the statistics, and a test image's input (so its logits) depends on the "
       "other test images it comes with; the statistics must come from the training images only", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    every = np.concatenate([X_train, X_test])
    mean, std = every.mean(axis=0), every.std(axis=0) + 1e-6
    X_train, X_test = (X_train - mean) / std, (X_test - mean) / std
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, dtype=torch.float32, device=device)
    y = torch.tensor(y_train, dtype=torch.long, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, 15 * ((len(y) + 63) // 64))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, dtype=torch.float32, device=device)).cpu().numpy()
"""),
    _e("c6_curriculum_sorts_images_not_labels", "a6_cnn", "train_and_predict",
       "for a curriculum the training images are sorted from the least to the most ink (np.argsort of their sums), "
       "but y_train is left in its order: the labels no longer belong to their images and the model learns nothing "
       "(index X_train and y_train with the same order)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    # curriculum learning: easy (faint) images first, harder ones later
    easy_first = np.argsort(X_train.reshape(len(X_train), -1).sum(axis=1))
    X = torch.tensor(X_train[easy_first], device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for s in range(0, len(y), 64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[s:s + 64]), y[s:s + 64]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("c6_best_copy_never_refreshed", "a6_cnn", "train_and_predict",
       "a copy of the network is taken before training to keep the best epoch's weights (copy.deepcopy), but when "
       "an epoch's loss improves only best_loss is updated, never the copy: the untrained copy predicts, at chance "
       "(refresh best_model = copy.deepcopy(model) on an improvement)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    import copy
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    best_model, best_loss = copy.deepcopy(model), float("inf")
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        total = 0.0
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        if total < best_loss:  # keep the best epoch
            best_loss = total
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    best_model.eval()
    with torch.no_grad():
        return best_model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    # ------------------------------------------------------------------ a7_architectures
    _e("c7_fc_to_conv_spatial_axes_swapped", "a7_architectures", "fc_to_conv",
       "W is reshaped to (C, H, W, M) right, but brought to filters with transpose(3, 0, 2, 1), which also swaps the "
       "two spatial axes: the filters come back (M, C, W, H), each one transposed, instead of transpose(3, 0, 1, 2) "
       "(fc_score_map, which uses them, is wrong too)", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    M = W.shape[1]
    w = W.reshape(C, H, W_, M).transpose(3, 0, 2, 1)
    return np.ascontiguousarray(w), b.copy()
"""),
    _e("c7_saliency_reshaped_channels_last", "a7_architectures", "saliency_map",
       "the gradient with respect to the flattened input is reshaped to (N, H, W, C), channels last, and the maximum "
       "taken over the last axis: the flat vector is in (C, H, W) order, so the values grouped as one pixel's "
       "'channels' are neighbouring entries of one channel (reshape to x.shape and take the max over axis 1)", """
def saliency_map(x, params, y):
    N, C, H, W = x.shape
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    upstream = params["W2"][:, y].T  # d scores[n, y[n]] / d hidden, (N, hidden)
    da1 = upstream * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(N, H, W, C)
    return np.abs(dx).max(axis=-1)
"""),
    _e("c7_mdn_log_weights_normalized_over_batch", "a7_architectures", "mdn_nll",
       "the log-softmax of the mixing weights is taken over axis 0, across the batch, instead of over each row's K "
       "components (axis 1): each component's weights sum to 1 over the examples, not each example's weights over "
       "its components, so the loss and every gradient are wrong", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    top_logit = logits.max(axis=0, keepdims=True)
    log_pi = logits - top_logit - np.log(np.exp(logits - top_logit).sum(axis=0, keepdims=True))
    std = np.exp(log_std)
    z = (y[:, None] - mu) / std
    log_joint = log_pi - log_std - 0.5 * z ** 2 - 0.5 * np.log(2 * np.pi)
    peak = log_joint.max(axis=1, keepdims=True)
    log_lik = peak + np.log(np.exp(log_joint - peak).sum(axis=1, keepdims=True))
    resp = np.exp(log_joint - log_lik)
    loss = -np.mean(log_lik)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / std / N
    dlog_std = resp * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("c7_nll_reductions_swapped", "a7_architectures", "gaussian_nll",
       "the two reductions are swapped: the loss sums over the N rows (axis 0) and averages over the D outputs, "
       "per_entry.sum(axis=0).mean(), and the gradients are divided by D, where the loss sums over the outputs and "
       "averages over the rows (divide by N)", """
def gaussian_nll(y, mu, log_std):
    D = y.shape[1]
    var = np.exp(2 * log_std)
    r = y - mu
    per_entry = 0.5 * np.log(2 * np.pi) + log_std + 0.5 * r ** 2 / var
    loss = per_entry.sum(axis=0).mean()
    dmu = -r / var / D
    dlog_std = (1 - r ** 2 / var) / D
    return loss, dmu, dlog_std
"""),
    _e("c7_cam_every_class_map_summed", "a7_architectures", "class_activation_map",
       "the maps of every class are computed at once (channels moved last, times W) and then summed over the "
       "classes, instead of picking each example's own class: each map weights channel c by sum_k W[c, k], not "
       "W[c, classes[n]]", """
def class_activation_map(features, W, classes):
    per_class = np.moveaxis(features, 1, -1) @ W  # (N, H, W, K): the map of every class
    return per_class.sum(axis=-1)
""", catalogued="cam_summed_over_classes"),
    _e("c7_resblock_dropout_boolean_mask", "a7_architectures", "residual_block_forward",
       "the dropout mask is applied as booleans, h * mask.astype(bool) (also the scale cached for the backward "
       "pass): the dropped units are zeroed but the kept ones are never divided by the keep probability p "
       "(h * mask / p)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"].astype(bool)
        h = h * scale
    if "Ws" in params:
        shortcut = x @ params["Ws"] + params["bs"]
    else:
        shortcut = x
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
""", catalogued="dropout_not_rescaled"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("c8_crop_column_offsets_from_height", "a8_pipeline", "random_crop",
       "the column offsets are drawn from the rows' range, 0 to H + 2 * padding - size, for both axes (square "
       "images assumed): on images wider than high the windows never reach the right part of the padded image, "
       "whose column offsets run from 0 to W + 2 * padding - size", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    top = H + 2 * padding - size
    rows = rng.integers(0, top + 1, size=N)
    cols = rng.integers(0, top + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    return np.stack([padded[n, :, r:r + size, c:c + size] for n, (r, c) in enumerate(zip(rows, cols))])
"""),
    _e("c8_flip_coin_per_channel", "a8_pipeline", "random_flip",
       "the coins are drawn with shape (N, C), one per image and channel, instead of one per image: on colour "
       "images each channel is mirrored on its own, so an image comes back with some channels flipped and others "
       "not (right only for one-channel images)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.random(x.shape[:2]) < p
    return np.where(coins[:, :, None, None], x[..., ::-1], x)
"""),
    _e("c8_normalize_test_centred_with_own_mean", "a8_pipeline", "normalize_splits",
       "in standardize mode the test split is centred with its own mean, X_test.mean(axis=0), though divided by the "
       "training split's std (mode mean_image right): both statistics must come from the training split", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = X_train.std(axis=0) + eps
    return (X_train - mean) / std, (X_test - X_test.mean(axis=0)) / std
"""),
    _e("c8_train_test_logits_without_bias", "a8_pipeline", "train_and_predict",
       "the recipe is followed, W and b trained right, but the test logits are returned as T @ W without the "
       "trained bias b: every class's logit is off by its bias (X_test @ W + b)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(X_train.shape[0], -1)
    T = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    k = int(y_train.max()) + 1
    W = np.zeros((X.shape[1], k))
    b = np.zeros(k)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        perm = rng.permutation(X.shape[0])
        for s in range(0, X.shape[0], 64):
            rows = perm[s:s + 64]
            z = X[rows] @ W + b
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(rows)), y_train[rows]] -= 1
            p /= len(rows)
            W -= 0.1 * (X[rows].T @ p)
            b -= 0.1 * p.sum(axis=0)
    return T @ W
"""),
    _e("c8_early_stopping_vectorized_without_min_delta", "a8_pipeline", "early_stopping",
       "early stopping written with NumPy (running minimum, epochs since the last improvement): an epoch improves "
       "when its loss is below the best before it, min_delta accepted but never used; it must be below the best "
       "minus min_delta", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    losses = np.asarray(val_losses, dtype=float)
    epochs = np.arange(len(losses))
    best_before = np.concatenate([[np.inf], np.minimum.accumulate(losses)[:-1]])
    improved = losses < best_before
    last_improvement = np.maximum.accumulate(np.where(improved, epochs, 0))
    since = epochs - last_improvement
    stops = np.flatnonzero(since >= patience)
    stop = int(stops[0]) if stops.size else len(losses) - 1
    best_epoch = int(np.argmin(losses[:stop + 1]))
    return stop, weights[best_epoch]
""", catalogued="min_delta_ignored"),
    _e("c8_crop_offsets_from_python_random", "a8_pipeline", "random_crop",
       "the offsets are drawn with Python's random.randint, a generator the seed never reaches: the same seed gives "
       "other crops (draw from rng = np.random.default_rng(seed))", """
def random_crop(x, size, padding, seed):
    import random
    N, C, H, W = x.shape
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((N, C, size, size), dtype=x.dtype)
    for n in range(N):
        r = random.randint(0, H + 2 * padding - size)
        c = random.randint(0, W + 2 * padding - size)
        out[n] = padded[n, :, r:r + size, c:c + size]
    return out
""", catalogued="crop_ignores_seed"),
]

HOLDOUT17_CORRECT: list[Entry] = [
    _e("c1_correct_ce_logaddexp_take_along_axis", "a1_backprop", "softmax_cross_entropy_loss",
       "correct: the log-normalizer as np.logaddexp.reduce over each row (stable for any scores), the correct "
       "class's log-probability read with np.take_along_axis, and the one-hot subtraction written with "
       "np.put_along_axis", """
def softmax_cross_entropy_loss(scores, y):
    n = len(y)
    col = np.asarray(y).reshape(-1, 1)
    log_probs = scores - np.logaddexp.reduce(scores, axis=1, keepdims=True)
    loss = -np.take_along_axis(log_probs, col, axis=1).mean()
    grad = np.exp(log_probs)
    np.put_along_axis(grad, col, np.take_along_axis(grad, col, axis=1) - 1.0, axis=1)
    return loss, grad / n
"""),
    _e("c2_correct_momentum_downhill_step_stored", "a2_optim", "sgd_momentum",
       "correct: the state kept is the downhill step s = momentum * s + lr * dw (the negated velocity) and the "
       "update is w - s, which gives exactly the weights of v = momentum * v - lr * dw, w + v", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    step = mu * config.get("velocity", np.zeros_like(w)) + lr * _gradient(w, dw, config)
    config["velocity"] = step  # the step taken downhill: minus the documented velocity
    return w - step, config
"""),
    _e("c3_correct_avgpool_as_box_filter_conv", "a3_conv", "avg_pool_forward",
       "correct: every channel of every image treated as a one-channel image and convolved by conv_forward_fast "
       "with a single box filter of weight 1 / (ph * pw), stride s and no padding", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    planes = x.reshape(N * C, 1, H, W)
    box = np.full((1, 1, ph, pw), 1.0 / (ph * pw))
    out, _ = conv_forward_fast(planes, box, np.zeros(1), {"stride": s, "pad": 0})
    return out.reshape(N, C, out.shape[2], out.shape[3]), (x, pool_param)
"""),
    _e("c4_correct_xavier_normal_inverse_cdf", "a4_init", "xavier_normal",
       "correct: uniform draws of the seeded generator mapped through the normal's inverse CDF "
       "(scipy.special.ndtri), scaled by xavier_std(shape, mode, gain)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    from scipy.special import ndtri
    u = np.random.default_rng(seed).random(size=shape)
    return xavier_std(shape, mode, gain) * ndtri(u)
"""),
    _e("c5_correct_layernorm_via_batchnorm_of_transpose", "a5_normalization", "layernorm_forward",
       "correct: the row statistics of x are the column statistics of x.T, so batchnorm_forward in train mode "
       "(unit scale, no shift, a throwaway bn_param) normalizes x.T; its x_hat transposed back, gamma and beta "
       "applied, and its inv_std made a column (N, 1) for the cache", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    N = x.shape[0]
    xt_hat, (_, _, inv_std) = batchnorm_forward(x.T, np.ones(N), np.zeros(N), {"mode": "train", "eps": eps})
    x_hat = xt_hat.T
    return gamma * x_hat + beta, (x_hat, gamma, inv_std[:, None])
"""),
    _e("c7_correct_nll_zscores_constant_factored", "a7_architectures", "gaussian_nll",
       "correct: written with the z-scores z = (y - mu) exp(-log_std); the constant 0.5 log(2 pi) counted once for "
       "each of the N * D outputs, outside the sum; dmu = -z exp(-log_std) / N and dlog_std = (1 - z**2) / N", """
def gaussian_nll(y, mu, log_std):
    N, D = y.shape
    inv_sigma = np.exp(-log_std)
    z = (y - mu) * inv_sigma
    loss = (np.sum(0.5 * z * z + log_std) + N * D * 0.5 * math.log(2 * math.pi)) / N
    dmu = -z * inv_sigma / N
    dlog_std = (1.0 - z * z) / N
    return loss, dmu, dlog_std
"""),
    _e("c8_correct_log_grid_ratio_powers", "a8_pipeline", "log_grid",
       "correct: the grid as low times the ratio high / low raised to n equally spaced fractions 0, 1 / (n - 1), ..., "
       "1 (a constant ratio between neighbours, both ends included)", """
def log_grid(low, high, n):
    return low * (high / low) ** (np.arange(n) / (n - 1))
"""),
]

JUDGED_ON17 = "2026-12-04 on commit 6f3525e"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout17 on commit 6f3525e (JUDGED_ON17), by an
# independent helper that did not write the detectors or the entries: judgements, not measurements, and stale as soon
# as the catalogues or detectors change (the bench lists the entries whose output no longer fits their verdict). Read
# from the JSON's full messages against each entry's cause, the student's code and the solution, never from the
# detector code. id -> (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis
# (only where the verdict is not named/right)). Same standards as JUDGEMENT16 (and the judgements before it): a
# diagnosis with a false statement anywhere is misleading (a wrong number included), and so is one whose observation
# is true but whose explanation names only mechanisms that are not there (learned_little's "loop cut short", "not all
# of the training images used", "preprocessed differently" where all 15 epochs run on every image;
# fits_batches_not_predictions' other inputs, another model or shuffled rows where the model predicts in training
# mode; strided's windows and zero_pattern's mask in a mixture density loss); a one_slip stated in the correct code's
# text that is the student's arithmetic written another way is right; a diagnosis that offers two readings of one
# observation, the cause being one of them and named precisely (scaled's "1/gain ... the argument gain", one_slip's
# "either of two slips ... `H` where `W` is meant"), is right; a departure naming the line with the mistake is right,
# and so is the exact line of a one- or two-line function; a departure naming a short span that holds the mistake
# and saying how the value differs is right; a loop departure without a statement is right only when the loop is small
# and the mistake clearly in it (the 4-line block loop of c3_conv_transpose_blocks_assigned); a catalogued entry whose
# name is not given is judged by its diagnoses; an error raised by Python, NumPy or torch, a shape comparison or a
# check's numbers alone is nothing; a check whose own words say what is wrong, with no diagnosis beside it, is
# check_message; checklists that list the cause among many are vague.
JUDGEMENT17: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # scaled: loss "half the expected: a factor 2 is missing", dpred "every entry is half the expected": both halves
    # stated, the 0.5 of the '1/2 MSE' convention and the missing 2 of its gradient (the parenthetical hints are
    # examples, not claims)
    "c1_mse_half_convention": ("right", ("scaled",), ""),
    # departure names the only line, `return dout * (1 - t) ** 2`, and its part `(1 - t) ** 2`
    "c1_tanh_bwd_square_of_difference": ("right", ("departure",), ""),
    # only the check's numbers (got 0.1756, expected -2.634): nothing about the {-1, +1} formula on 0/1 labels
    "c1_logistic_plus_minus_one_formula": ("nothing", (), (
        "your gradient is the {-1, +1}-label formula -X^T (y * sigmoid(-y Xw)): with labels in {0, 1} the rows with "
        "y = 0 contribute nothing; for 0/1 labels the gradient is X^T (sigmoid(Xw) - y)")),
    # departure: the loop at lines 216-223 "leaves grad holding values the correct code never computes, though what
    # the loop reads from before it (f, h, x) agrees with the correct code ... the mistake is in that loop": false, h
    # is the default 1e-12 where the correct code's is 1e-5, and the loop is a right centered difference; close's
    # checklist (lower precision, a one-sided difference, an epsilon placed differently ...) is vague beside it
    "c1_numgrad_tiny_default_step": ("misleading", (), (
        "the default step h = 1e-12 is too small: the rounding error of f (about 1e-16 |f|) divided by 2h swamps "
        "the difference and the entries are off by about 1e-4; keep the default h = 1e-5")),
    "c1_relu_bwd_zero_negatives_only": ("named", (), ""),
    "c1_affine_dx_transposed_product_flat": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # state_not_kept: "your first 2 steps match ... the update is right from a fresh state, so what it carries from
    # one call to the next (its state in config: velocity ...) is probably not kept, not updated, or used wrongly once
    # it is no longer its first value": true (setdefault stores the first velocity only) and points at the velocity
    "c2_momentum_velocity_setdefault": ("right", ("state_not_kept",), ""),
    # departure names line 245, `v = np.maximum(v_old, b2 * v_old + (1 - b2) * g * g)`
    "c2_adam_second_moment_never_shrinks": ("right", ("departure",), ""),
    # departure: the loop at lines 240-243, and "line 241: `idx = rng.choice(n, size=batch_size, replace=False)` is
    # the first to compute a value the correct code never computes ... look there first": the statement with the
    # mistake
    "c2_minibatch_batches_drawn_independently": ("right", ("departure",), ""),
    # departure names line 239, `cache = config.get("cache", g ** 2) + g ** 2`, "your cache is 2 times the right
    # value" (true at the first step, where it fires)
    "c2_adagrad_cache_defaults_to_first_square": ("right", ("departure",), ""),
    "c2_nesterov_delegates_to_momentum": ("named", (), ""),
    "c2_rmsprop_delegates_to_adagrad": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # one_slip: "`H` where `W` is meant (the wrong variable)" (the second test's shape comparison is nothing)
    "c3_conv_naive_width_from_height": ("right", ("one_slip",), ""),
    # axes_permuted: "yours is the expected with its axes in the order (0, 1, 3, 2)": the output maps transposed,
    # which in this function can only be the einsum's output subscripts
    "c3_conv_fast_einsum_output_wh": ("right", ("axes_permuted",), ""),
    # only shape comparisons, "dx (stride 2, pad 0): shape (1, 3, 6, 4) differs from the expected (1, 3, 9, 7)"
    "c3_conv_bwd_fast_full_conv_without_stride": ("nothing", (), (
        "dx is the full convolution of dout with the rotated kernel, which holds only for stride 1: with a stride, "
        "dout must first be dilated (stride - 1 zeros between its rows and columns), or dx scattered window by "
        "window")),
    # departure: the loop at lines 282-285 (4 lines: two fors, the offsets, one block statement) leaves `full`
    # differing: the loop is small and the `=` of its one statement clearly the mistake
    "c3_conv_transpose_blocks_assigned": ("right", ("departure",), ""),
    "c3_maxpool_bwd_reuses_avgpool": ("named", (), ""),
    "c3_output_size_floor_without_checks": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # only the check's numbers, "std of draws (40, 16, 3, 3) ... got 0.1031, expected 0.1179"
    "c4_he_normal_truncated_by_redrawing": ("nothing", (), (
        "the draws beyond 2 std are redrawn, a truncated normal without rescaling: the std is about 0.88 of he_std "
        "and the tails are cut; He's weights are plain N(0, he_std**2) draws")),
    # scaled: "0.5 times the expected, which fits more than one cause: ... a factor 2 is missing ...; or 1/gain of
    # the expected (gain=2, the argument gain): a factor gain is missing": two readings, the cause named precisely
    "c4_xavier_uniform_gain_not_passed": ("right", ("scaled",), ""),
    # departure: line 92 `return gain * math.sqrt(2.0 / (fan_in + fan_out))` "What that line reads (fan_in, fan_out,
    # gain) agrees with the correct code ... the mistake is in that line, or in the condition at line 91": false, the
    # fans are (64, 16) where the correct code's compute_fans gives (144, 576); the mistake is line 90's
    # `fan_in, fan_out = shape[0], shape[1]` (scaled's "sqrt(kh*kw)=3 times ... a division by sqrt(kh*kw) is
    # missing" is true for fan_avg but not said beside a right departure)
    "c4_xavier_std_fans_from_first_axes": ("misleading", (), (
        "the fans are read as shape[0], shape[1]: right for a linear (D, M) weight, but a conv weight "
        "(out, in, kh, kw) has fan_in = in * kh * kw and fan_out = out * kh * kw; use compute_fans(shape)")),
    # not_reduced: "the expected is the mean over axis 1 of yours (shape (6, 40) for (6,)): take the mean": per-unit
    # statistics where one number per layer is meant
    "c4_stats_per_unit_moments": ("right", ("not_reduced",), ""),
    "c4_fans_swapped_both_layouts": ("named", (), ""),
    "c4_xavier_normal_global_standard_normal": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure names line 234, the running_var update with `var * (n - 1) / n`, "the right value - 0.09 * var"
    # (momentum 0.8, N = 5: 0.2 * (5/4 - 4/5) = 0.09, true)
    "c5_bn_running_var_bessel_inverted": ("right", ("departure",), ""),
    # departure names line 233 and its part `gamma * (x - running_mean) / (running_var + eps)`
    "c5_bn_test_divides_by_variance": ("right", ("departure",), ""),
    # departure names line 222, `var = g.var(axis=2, ddof=1, keepdims=True)`, "1.03846 times the right value" (27/26)
    "c5_gn_unbiased_group_variance": ("right", ("departure",), ""),
    # departure names line 222, `dgamma = np.sum(dout * x_mu, axis=0)`, and its part `dout * x_mu`
    "c5_bn_bwd_dgamma_of_centred_x": ("right", ("departure",), ""),
    "c5_dropout_mode_compared_with_is": ("named", (), ""),
    "c5_dropout_binomial_mask_unscaled": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # predicted_in_training_mode ("your model predicted in training mode ... Call model.eval() before predicting") is
    # true, half the cause; but fits_batches_not_predictions explains the train/test gap by "the images scaled or
    # standardized for training but not for predicting ... a new model built to predict ... rows shuffled", none of
    # which the code does (and the training in eval mode is never mentioned)
    "c6_train_and_eval_modes_swapped": ("misleading", ("predicted_in_training_mode",), (
        "model.eval() and model.train() are swapped: the network trains in eval mode (batch norm's running "
        "statistics never updated) and predicts in training mode (each test image normalized with its batch's "
        "statistics); call model.train() before the training loop and model.eval() before predicting")),
    # learned_little: "either it did not learn them (... the loop cut short, on the clock or by an early return; all
    # of the training images used ...), or ... preprocessed differently at test time": none of these is in the code;
    # loss_flat: "learning rate 0.003 ... the model learned nothing" (the rate is 3e-4 from the second epoch and ~0
    # after a few, and the model is at 0.39 on 4 classes), its "a learning rate too small?" among three guesses
    "c6_step_lr_decays_every_epoch": ("misleading", (), (
        "StepLR(step_size=1, gamma=0.1) divides the learning rate by 10 after every epoch: after two or three epochs "
        "it is too small to move the weights and the network stays undertrained; decay every few epochs or use a "
        "cosine schedule over the run")),
    # unseeded_random_source ("draws from Python's random module without seeding it ... random.seed(seed)") is
    # exactly right, but learned_little on the shapes test (0.827 for 0.84: run-to-run variation) blames a loop cut
    # short, a part of the images held out or other preprocessing, none of which the code has
    "c6_batch_order_from_unseeded_python_random": ("misleading", ("unseeded_random_source",), (
        "the batch order comes from Python's random.shuffle, whose generator is never seeded: seed it with "
        "random.seed(seed) (or draw the order from a seeded torch.Generator)")),
    # no diagnosis; the check's own words: "a prediction must not depend on the other test images (call model.eval()
    # before predicting ...; normalize with the training images' statistics)"
    "c6_standardized_with_train_and_test_pixels": ("check_message", (), (
        "the per-pixel mean and std are taken over the training and test images stacked together: the test split "
        "leaks into them and a test image's input depends on the other test images; compute them from X_train "
        "only")),
    # labels_not_images: "X and y are shuffled or indexed apart: index both with the same indices" (catalogued
    # labels_shuffled, its name not given)
    "c6_curriculum_sorts_images_not_labels": ("right", ("labels_not_images",), ""),
    "c6_best_copy_never_refreshed": ("named", (), ""),
    # ------------------------------------------------------------------ a7_architectures
    # axes_permuted "(0, 1, 3, 2)" and departure on line 178, `w = W.reshape(C, H, W_, M).transpose(3, 0, 2, 1)`,
    # "your w holds the right values in another order"
    "c7_fc_to_conv_spatial_axes_swapped": ("right", ("axes_permuted", "departure"), ""),
    # departure (one test of four, the others only numbers) names line 181, `return np.abs(dx).max(axis=-1)`, with
    # "dx agrees": true there (x is (4, 3, 3, 3), so the (N, H, W, C) reshape equals the right dx) and that line's
    # axis is the mistake it shows; the function is 6 lines
    "c7_saliency_reshaped_channels_last": ("right", ("departure",), ""),
    # departure ("the mistake is in how lines 177-178 compute log_pi", the axis=0 max and log-sum-exp) and one_slip
    # ("0 where 1 is meant: the statistic is taken over another axis") are right, but strided ("only the indices 0
    # modulo 2 along axis 0 are wrong ... check how the stride is used (window i starts at i * stride)") and
    # zero_pattern ("a mask (which entries receive a value) is missing or wrong") point at windows and masks the
    # code does not have, and close's checklist at a small numerical difference
    "c7_mdn_log_weights_normalized_over_batch": ("misleading", ("departure", "one_slip"), (
        "the log-softmax of the mixing logits is taken over axis 0, across the batch: take the max and the "
        "log-sum-exp over axis 1, each row's K components")),
    # scaled: "N/D = 6/2 times the expected ... a division by D where one by N is meant" (and with D = 1, "N=8 times
    # ... forget to divide by the batch size?")
    "c7_nll_reductions_swapped": ("right", ("scaled",), ""),
    "c7_cam_every_class_map_summed": ("named", (), ""),
    "c7_resblock_dropout_boolean_mask": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # one_slip: "either of two slips (the test cannot tell which) ...: `H` where `W` is meant; or `seed` where `size`
    # is meant": the first is the cause, named precisely
    "c8_crop_column_offsets_from_height": ("right", ("one_slip",), ""),
    # no diagnosis; the check's words: "image 0 of yours is a mix of its input and its mirror, chosen entry by entry
    # (a coin drawn for every pixel where one for each image is meant: draw len(x) coins and broadcast them)"
    "c8_flip_coin_per_channel": ("check_message", (), (
        "the coins are drawn with shape (N, C), one per channel: each channel of an image is mirrored on its own; "
        "draw one coin per image, rng.random(len(x)) < p, and broadcast it over the channels and pixels")),
    # departure names line 169 and its part `X_test.mean(axis=0)`
    "c8_normalize_test_centred_with_own_mean": ("right", ("departure",), ""),
    # one_slip: "the term `+ b` missing"
    "c8_train_test_logits_without_bias": ("right", ("one_slip",), ""),
    "c8_early_stopping_vectorized_without_min_delta": ("named", (), ""),
    "c8_crop_offsets_from_python_random": ("named", (), ""),
}
# Counts (6f3525e): named 15, right 22 (named or right 37/48 = 77%; not in the catalogue: right 21/32 = 66%; the 16
# catalogued: 15 named, 1 right), misleading 6, vague 0, nothing 3, wrong_name 0, check_message 2, not_caught 0.
# HOLDOUT17_CORRECT: all seven full marks.

HOLDOUT17 = [replace(e, verdict=JUDGEMENT17[e.id][0], expected=frozenset(JUDGEMENT17[e.id][1]),
                     ideal=JUDGEMENT17[e.id][2]) if e.id in JUDGEMENT17 else e for e in HOLDOUT17]
