"""A sixty-fifth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 52efd30 (JUDGED_ON65, JUDGEMENT65 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout65.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT65 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT65_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT65: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rn1_relu_fwd_softplus_smooth", "a1_backprop", "relu_forward",
       "the forward pass is written as the 'smooth ReLU' softplus, log(1 + exp(x)), instead of max(0, x): every output "
       "is off (log 2 at 0, positive for negative inputs), and np.exp overflows to inf for large inputs.",
       """
def relu_forward(x):
    # smooth version of the ReLU, nicer to differentiate
    out = np.log1p(np.exp(x))
    cache = x
    return out, cache
"""),
    _e("rn1_tanh_bwd_square_typed_as_times_two", "a1_backprop", "tanh_backward",
       "typo in the local derivative: 1 - t**2 is typed 1 - t * 2, twice the output instead of its square, so "
       "dx = dout * (1 - 2 t) instead of dout * (1 - t**2).",
       """
def tanh_backward(dout, cache):
    t = cache  # tanh(x) from the forward pass
    local = 1 - t * 2
    dx = dout * local
    return dx
"""),
    _e("rn1_affine_bwd_dx_reshaped_to_its_own_shape", "a1_backprop", "affine_backward",
       "dx is 'reshaped back' with dx.reshape(dx.shape), its own (N, D) shape, where x.shape was meant: for an input "
       "with more than two dimensions dx keeps the flattened shape instead of x's (N, d1, ..., dk) (dw and db right).",
       """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_rows = x.reshape(N, -1)
    dx = dout @ w.T
    dx = dx.reshape(dx.shape)  # back to the input's shape
    dw = x_rows.T @ dout
    db = np.sum(dout, axis=0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    _e("rn1_ce_grad_of_log_normalizer_only", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is written as mean(logsumexp(s) - s_y) and only the first term is differentiated: the gradient of the "
       "log-sum-exp is the softmax, but the -s_y term's derivative, the -1 at each row's correct class, is left out, "
       "so dscores = softmax / N instead of (softmax - one_hot) / N.",
       """
def softmax_cross_entropy_loss(scores, y):
    N = scores.shape[0]
    m = scores.max(axis=1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(scores - m), axis=1, keepdims=True))
    correct = scores[np.arange(N), y][:, None]
    loss = np.mean(lse - correct)
    # d/ds of logsumexp(s) is the softmax
    dscores = np.exp(scores - lse) / N
    return loss, dscores
""", catalogued="softmax_grad_missing_one_hot"),
    _e("rn1_sigmoid_fwd_hard_sigmoid", "a1_backprop", "sigmoid_forward",
       "the sigmoid is replaced by the piecewise-linear 'hard sigmoid' clip(0.2 x + 0.5, 0, 1) (cheap and never "
       "overflows): it is only an approximation, off everywhere except at 0 and exactly 0 or 1 beyond |x| = 2.5, and "
       "the backward pass then works from those wrong cached outputs.",
       """
def sigmoid_forward(x):
    # hard sigmoid: no exp, so nothing can overflow
    out = np.clip(0.2 * x + 0.5, 0.0, 1.0)
    cache = out
    return out, cache
"""),
    _e("rn1_mse_grad_floor_division", "a1_backprop", "mse_loss",
       "the gradient is typed 2 * diff // diff.size with floor division: each entry of 2 (p - t) / size is rounded "
       "down to a whole number (0 or -1 for small residuals) instead of divided exactly (the loss right).",
       """
def mse_loss(pred, target):
    diff = pred - target
    n = diff.size
    loss = np.sum(diff * diff) / n
    dpred = 2 * diff // n
    return loss, dpred
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("rn2_adam_bias_correction_behind_flag", "a2_optim", "adam",
       "the bias correction is put behind an option, config.get('bias_correction', False), that is off by default: "
       "without it every step divides the raw moments m / (sqrt(v) + eps), so the first steps are far too small.",
       """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    beta1, beta2 = config["beta1"], config["beta2"]
    grad = _gradient(w, dw, config)
    config["t"] = config.get("t", 0) + 1
    config["m"] = beta1 * config.get("m", np.zeros_like(w)) + (1 - beta1) * grad
    config["v"] = beta2 * config.get("v", np.zeros_like(w)) + (1 - beta2) * grad * grad
    m, v = config["m"], config["v"]
    if config.get("bias_correction", False):
        m = m / (1 - beta1 ** config["t"])
        v = v / (1 - beta2 ** config["t"])
    next_w = w - config["learning_rate"] * m / (np.sqrt(v) + config["epsilon"])
    return next_w, config
""", catalogued="adam_no_bias_correction"),
    _e("rn2_adam_returns_config_with_t_only", "a2_optim", "adam",
       "the state is returned as a new dict {**config, 't': t}: the step count goes back, but the moments m and v stay "
       "local variables and are never put into it, so every call starts again from zero moments.",
       """
def adam(w, dw, config=None):
    config = dict(config or {})
    lr = config.get("learning_rate", 1e-3)
    b1 = config.get("beta1", 0.9)
    b2 = config.get("beta2", 0.999)
    eps = config.get("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g ** 2
    m_hat = m / (1 - b1 ** t)
    v_hat = v / (1 - b2 ** t)
    next_w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
    return next_w, {**config, "t": t}
""", catalogued="adam_moments_not_stored"),
    _e("rn2_sgd_decay_scales_the_gradient", "a2_optim", "sgd",
       "the weight decay multiplies the gradient, dw * (1 + weight_decay), instead of adding weight_decay * w to it: "
       "the decay never pulls on the weights themselves (right only without weight decay).",
       """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    decay = config.get("weight_decay", 0.0)
    step = dw * (1.0 + decay)
    next_w = w - config["learning_rate"] * step
    return next_w, config
"""),
    _e("rn2_adadelta_step_on_raw_dw", "a2_optim", "adadelta",
       "acc_grad accumulates the squares of g = dw + weight_decay * w, but the step multiplies the raw dw: the weight "
       "decay never reaches the update (right only without weight decay).",
       """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    Eg = config.get("acc_grad", np.zeros_like(w))
    Ed = config.get("acc_delta", np.zeros_like(w))
    Eg = rho * Eg + (1 - rho) * g * g
    delta = np.sqrt(Ed + eps) / np.sqrt(Eg + eps) * dw
    Ed = rho * Ed + (1 - rho) * delta * delta
    config["acc_grad"], config["acc_delta"] = Eg, Ed
    return w - config["learning_rate"] * delta, config
"""),
    _e("rn2_rmsprop_divides_by_cache_not_root", "a2_optim", "rmsprop",
       "the step divides by cache + epsilon, the moving average of the squared gradients itself, instead of by its "
       "square root: the step scales as 1 / |g| (huge for small gradients) instead of being about learning_rate.",
       """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    cache = config.get("cache", np.zeros_like(w))
    cache = rho * cache + (1 - rho) * g ** 2
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (cache + config["epsilon"])
    return next_w, config
"""),
    _e("rn2_nesterov_default_momentum_099", "a2_optim", "nesterov_momentum",
       "wrong default: the momentum defaults to 0.99 (typed from the 'momentum close to 1' advice) instead of the "
       "docstring's 0.9, so a call without config['momentum'] keeps ten times more of the old velocity.",
       """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.99)
    v_prev = config.get("velocity", np.zeros_like(w))
    v = mu * v_prev - lr * _gradient(w, dw, config)
    config["velocity"] = v
    next_w = w - mu * v_prev + (1 + mu) * v
    return next_w, config
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("rn3_conv_bwd_fast_full_correlation_undilated", "a3_conv", "conv_backward_fast",
       "dx is computed as the 'full' correlation of dout (padded by the kernel size - 1) with the flipped kernels, the "
       "formula for stride 1, without first dilating dout by the stride (stride - 1 zeros between its entries): with "
       "stride > 1 each output's gradient lands at (i, j) instead of (i * stride, j * stride) (dw and db right).",
       """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    # dw: correlate the input windows with dout
    win = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.einsum("nchwij,nfhw->fcij", win, dout)
    db = dout.sum(axis=(0, 2, 3))
    # dx: full correlation of dout with the flipped filters
    dpad = np.pad(dout, ((0, 0), (0, 0), (HH - 1, HH - 1), (WW - 1, WW - 1)))
    dwin = sliding_window_view(dpad, (HH, WW), axis=(2, 3))
    full = np.einsum("nfhwij,fcij->nchw", dwin, w[:, :, ::-1, ::-1])
    dxp = np.zeros_like(xp)
    hh, ww = min(full.shape[2], dxp.shape[2]), min(full.shape[3], dxp.shape[3])
    dxp[:, :, :hh, :ww] = full[:, :, :hh, :ww]
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
""", catalogued="backward_ignores_stride"),
    _e("rn3_conv_bwd_fast_col2im_fancy_index_add", "a3_conv", "conv_backward_fast",
       "col2im is written as one fancy-indexed dxp[:, :, rows, cols] += contributions: NumPy's += on advanced indices "
       "is buffered, so where windows overlap (repeated indices) only one contribution is kept instead of their sum "
       "(np.add.at accumulates); dw and db right.",
       """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    s, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    cols = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::s, ::s][:, :, :Ho, :Wo]
    dw = np.tensordot(dout, cols, axes=([0, 2, 3], [0, 2, 3]))
    db = dout.sum(axis=(0, 2, 3))
    # col2im: every window position's gradient, scattered back with index grids
    contrib = np.einsum("nfhw,fcij->nchwij", dout, w)
    r = (np.arange(Ho) * s)[:, None, None, None] + np.arange(HH)[None, None, :, None]
    c = (np.arange(Wo) * s)[None, :, None, None] + np.arange(WW)[None, None, None, :]
    dxp = np.zeros_like(xp)
    dxp[:, :, r, c] += contrib
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
""", catalogued="dx_assigned_not_accumulated"),
    _e("rn3_maxpool_bwd_gradient_to_window_minimum", "a3_conv", "max_pool_backward",
       "each window's position is found with np.argmin instead of np.argmax: the gradient is routed to the window's "
       "smallest input, which did not affect the pooled output, instead of to its maximum.",
       """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    region = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    k = np.argmin(region)
                    r, q = k // pw, k % pw
                    dx[n, c, i * s + r, j * s + q] += dout[n, c, i, j]
    return dx
"""),
    _e("rn3_avgpool_window_end_inclusive", "a3_conv", "avg_pool_forward",
       "each window is sliced i * s : i * s + ph + 1, as if the end of a slice were included: the windows are "
       "(ph + 1) x (pw + 1) (cut short at the border) instead of ph x pw, so every average takes in an extra row and column.",
       """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho = 1 + (H - ph) // s
    Wo = 1 + (W - pw) // s
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            top, left = i * s, j * s
            window = x[:, :, top:top + ph + 1, left:left + pw + 1]
            out[:, :, i, j] = window.mean(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("rn3_unpool_buffer_np_empty", "a3_conv", "max_unpool",
       "the output planes are allocated with np.empty ('faster than zeros'): only the positions named by the indices "
       "are written, every other entry keeps whatever was in memory instead of 0.",
       """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    H, W = output_shape
    out = np.empty((N, C, H * W))
    for n in range(N):
        for c in range(C):
            out[n, c, indices[n, c].ravel()] = x[n, c].ravel()
    return out.reshape(N, C, H, W)
"""),
    _e("rn3_conv_fast_output_cropped_to_unpadded_size", "a3_conv", "conv_forward_fast",
       "the windows come from the padded input, but the result is then cropped to Ho = (H - HH) // stride + 1, an output "
       "size computed without the padding: with pad > 0 the last 2 * pad / stride rows and columns are cut off.",
       """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H - HH) // stride + 1
    Wo = (W - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", windows, w) + b[None, :, None, None]
    out = out[:, :, :Ho, :Wo]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    # ------------------------------------------------------------------ a4_init
    _e("rn4_xavier_normal_cs231n_global_seed", "a4_init", "xavier_normal",
       "the seed is given to NumPy's global generator, np.random.seed(seed), and the weights drawn with np.random.normal "
       "(the CS231n habit): the caller's global random state is reset and consumed, where the draws must come from a "
       "generator of this call's own, np.random.default_rng(seed).",
       """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    np.random.seed(seed)
    std = xavier_std(shape, mode, gain)
    return np.random.normal(0.0, std, size=shape)
""", catalogued="global_seed"),
    _e("rn4_fans_slice_skips_in_channels", "a4_init", "compute_fans",
       "fan_in of a conv weight is meant as 'every axis but the output channels', but the slice is written "
       "shape[:1] + shape[2:], which keeps axis 0 (out_channels) and drops axis 1: fan_in = out * kh * kw instead of "
       "in * kh * kw (fan_out and linear weights right).",
       """
def compute_fans(shape):
    shape = tuple(shape)
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    kernel = math.prod(shape[2:])
    fan_in = math.prod(shape[:1] + shape[2:])   # everything but the output channels
    fan_out = shape[0] * kernel
    return fan_in, fan_out
""", catalogued="conv_fan_in_wrong_axis"),
    _e("rn4_xavier_uniform_generator_per_row", "a4_init", "xavier_uniform",
       "the weights are drawn row by row with a generator re-created from the seed for every row, "
       "np.random.default_rng(seed).uniform(...): every row gets the same draws, so the rows of the weight matrix are "
       "identical copies instead of independent samples.",
       """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    W = np.empty(shape)
    for i in range(shape[0]):
        W[i] = np.random.default_rng(seed).uniform(-a, a, size=shape[1:])
    return W
"""),
    _e("rn4_xavier_std_fans_summed_from_shape", "a4_init", "xavier_std",
       "for mode fan_avg the sum of the fans is taken as sum(shape), the sum of the weight's dimensions: right for a "
       "linear (D, M) weight, but for a conv weight (out, in, kh, kw) it adds out + in + kh + kw instead of "
       "(in + out) * kh * kw.",
       """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    if mode == "fan_avg":
        n = sum(shape)  # fan_in + fan_out
        return gain * math.sqrt(2.0 / n)
    fan_in, _ = compute_fans(shape)
    return gain * math.sqrt(1.0 / fan_in)
"""),
    _e("rn4_he_std_compute_fans_unpacked_shape", "a4_init", "he_std",
       "compute_fans is called with the shape unpacked, compute_fans(*shape), as if each dimension were an argument: "
       "it takes one shape tuple, so the call raises TypeError and no std comes back.",
       """
def he_std(shape):
    fan_in, fan_out = compute_fans(*shape)
    return math.sqrt(2.0 / fan_in)
"""),
    _e("rn4_actstats_tanh_typed_np_tan", "a4_init", "activation_statistics",
       "typo in the table of activations: 'tanh' is mapped to np.tan, the circular tangent, instead of np.tanh: a tanh "
       "network's activations blow up near odd multiples of pi / 2 instead of saturating at +-1, so its means and "
       "variances are wrong.",
       """
def activation_statistics(X, weights, activation):
    nonlin = {
        "sigmoid": lambda a: 1.0 / (1.0 + np.exp(-a)),
        "tanh": np.tan,
        "relu": lambda a: np.maximum(0.0, a),
        "linear": lambda a: a,
    }[activation]
    means, variances = [], []
    h = X
    for W in weights:
        h = nonlin(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("rn5_bn_bwd_dvar_term_left_out", "a5_normalization", "batchnorm_backward",
       "a staged backward pass computes dvar but never adds its term, dvar * 2 (x - mu) / N, to dx: dx = dx_hat * inv_std "
       "+ dmu / N keeps only the paths through x_hat and the mean, the path through the variance is missing.",
       """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxhat = dout * gamma
    xc = x_hat / inv_std                      # x - mu
    dvar = np.sum(dxhat * xc, axis=0) * (-0.5) * inv_std ** 3
    dmu = -np.sum(dxhat * inv_std, axis=0) + dvar * np.mean(-2.0 * xc, axis=0)
    dx = dxhat * inv_std + dmu / N
    return dx, dgamma, dbeta
""", catalogued="bn_backward_drops_variance_path"),
    _e("rn5_bn_welford_sample_variance", "a5_normalization", "batchnorm_forward",
       "the batch mean and variance are accumulated row by row with Welford's online algorithm, finished as M2 / (n - 1), "
       "the sample variance: train mode normalizes with the unbiased variance where batch norm uses the biased one "
       "(M2 / n); only the running variance takes the unbiased one.",
       """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        # Welford: one pass over the rows, numerically stable
        n, mean, M2 = 0, np.zeros(D), np.zeros(D)
        for row in x:
            n += 1
            delta = row - mean
            mean = mean + delta / n
            M2 = M2 + delta * (row - mean)
        var = M2 / (n - 1)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mean) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mean
        running_var = momentum * running_var + (1 - momentum) * M2 / (n - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_unbiased_variance"),
    _e("rn5_dropout_bwd_returns_pair", "a5_normalization", "dropout_backward",
       "the backward pass returns (dx, None), a pair as the layer backward passes with parameters do ('no parameter "
       "gradient'), instead of dx alone: the caller gets a tuple where the gradient array belongs.",
       """
def dropout_backward(dout, cache):
    if cache is None:
        return dout, None
    dx = dout * cache
    return dx, None
"""),
    _e("rn5_spatial_bn_bwd_dout_averaged_over_positions", "a5_normalization", "spatial_batchnorm_backward",
       "dout is divided by N * H * W before the batch-norm backward pass ('average over all the positions the "
       "statistics were taken over'): dout already is the gradient of the loss, so dx, dgamma and dbeta all come out "
       "N * H * W times too small.",
       """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    rows = dout.transpose(0, 2, 3, 1).reshape(-1, C)
    rows = rows / rows.shape[0]
    dx, dgamma, dbeta = batchnorm_backward_alt(rows, cache)
    dx = dx.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return dx, dgamma, dbeta
"""),
    _e("rn5_dropout_mask_floor_divided_by_p", "a5_normalization", "dropout_forward",
       "the keep mask is scaled with floor division, (u < p) // p: 1 // p rounds 1 / p down to a whole number (1 for "
       "p = 0.8, 3 for p = 0.3), so the kept units are not scaled by 1 / p unless 1 / p happens to be an integer.",
       """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.random(x.shape) < p
    mask = keep // p
    out = x * mask
    return out, mask
"""),
    _e("rn5_ln_bwd_centring_sum_over_batch", "a5_normalization", "layernorm_backward",
       "copy-paste from batch norm in one term: the centring sum is taken over the batch, dx_hat.sum(axis=0), while the "
       "variance term sums over each row (axis=1) as layer norm needs: dx = inv_std / D (D dx_hat - sum over the rows - "
       "x_hat * row sums) mixes the two axes (dgamma and dbeta right).",
       """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    g = dout * gamma
    term_mean = g.sum(axis=0)
    term_var = x_hat * np.sum(g * x_hat, axis=1, keepdims=True)
    dx = inv_std / D * (D * g - term_mean - term_var)
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    return dx, dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("rn6_optimizer_holds_first_model_instance", "a6_cnn", "train_and_predict",
       "the optimizer is built on the parameters of a first network, and the network is then built a second time "
       "('build it again on the device'): every step updates the first instance, and the returned logits come "
       "from the second one, which is never trained, so its predictions are chance.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    random.seed(seed)
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    k = int(y_train.max()) + 1
    c = X_train.shape[1]

    def make_net():
        return nn.Sequential(
            nn.Conv2d(c, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, k))

    net = make_net()
    optimizer = torch.optim.Adam(net.parameters(), lr=3e-3)
    # put the network on the GPU if there is one
    net = make_net().to(dev)
    Xt = torch.tensor(X_train, device=dev)
    yt = torch.tensor(y_train, device=dev)
    gen = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        net.train()
        for idx in torch.randperm(len(yt), generator=gen).split(64):
            idx = idx.to(dev)
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(net(Xt[idx]), yt[idx])
            loss.backward()
            optimizer.step()
    net.eval()
    with torch.no_grad():
        out = net(torch.tensor(X_test, device=dev))
    return out.cpu().numpy()
""", catalogued="untrained_model"),
    _e("rn6_batch_labels_sliced_by_position", "a6_cnn", "train_and_predict",
       "each batch's images are taken from the shuffled index, X[idx], but its labels are sliced by position, "
       "y[start:start + 64], in the original order: the images and labels of a batch do not belong together, so the "
       "network learns nothing.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    B = 64
    for epoch in range(12):
        model.train()
        perm = torch.randperm(len(X))
        for start in range(0, len(X), B):
            idx = perm[start:start + B]
            xb = X[idx]
            yb = y[start:start + B]
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(xb), yb)
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
""", catalogued="labels_shuffled"),
    _e("rn6_returns_logits_of_training_images", "a6_cnn", "train_and_predict",
       "the network trains well, but the final prediction is run on the training tensor (the X already on the device) "
       "instead of X_test: the function returns logits for the training images, of the wrong length and for the "
       "wrong images.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    num_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, num_classes)).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    Xte = torch.tensor(X_test, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        scores = model(X)
    return scores.cpu().numpy()
"""),
    _e("rn6_tta_flip_on_batch_axis", "a6_cnn", "train_and_predict",
       "test-time augmentation averages each test image's logits with those of its 'mirror', but the mirror is made "
       "with torch.flip(Xt, dims=[0]), which reverses the order of the test batch instead of the image's width (dims=[3]): "
       "every image's logits are averaged with another image's, so the predictions are wrong and depend on the other "
       "test images.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes)).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    Xt = torch.tensor(X_test, device=device)
    with torch.no_grad():
        # test-time augmentation: average the logits of the image and of its mirror image
        plain = model(Xt)
        mirrored = model(torch.flip(Xt, dims=[0]))
        logits = (plain + mirrored) / 2
    return logits.cpu().numpy()
"""),
    _e("rn6_train_mode_attribute_not_called", "a6_cnn", "train_and_predict",
       "after each epoch's validation pass (model.eval()), training mode is meant to be switched back on with "
       "model.train written without its parentheses: the method is never called, so from the second epoch on the "
       "network trains in eval mode, its batch norm layers normalizing with running statistics instead of each batch's.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    # hold out 10% to watch the validation accuracy
    rng = np.random.default_rng(seed)
    perm = rng.permutation(len(X_train))
    n_val = len(X_train) // 10
    val, fit = perm[:n_val], perm[n_val:]
    X, y = torch.tensor(X_train[fit]), torch.tensor(y_train[fit])
    Xv, yv = torch.tensor(X_train[val]), torch.tensor(y_train[val])
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    model.train()
    for epoch in range(15):
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            acc = (model(Xv).argmax(1) == yv).float().mean().item()
        model.train   # back to training
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("rn6_relu_after_classifier", "a6_cnn", "train_and_predict",
       "the network ends with an nn.ReLU() after its last nn.Linear ('every layer gets its activation'): the logits are "
       "clipped at 0, so a class whose score goes negative gets no gradient from the cross-entropy and ties with the "
       "others at 0; the logits must be the raw output of the last linear layer.",
       """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    C = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(C, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(),
        nn.Linear(32, n_classes), nn.ReLU(),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("rn7_resblock_scale_cached_mask_applied", "a7_architectures", "residual_block_forward",
       "the inverted-dropout scale mask / p is computed and cached for the backward pass, but the forward pass "
       "multiplies h by the bare 0/1 mask: the kept units are never divided by the keep probability p.",
       """
def residual_block_forward(x, params, dropout=None):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    a1 = x @ W1 + b1
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        mask = dropout["mask"]
        scale = mask / dropout["p"]   # kept for the backward pass
        h = h * mask
    if "Ws" in params:
        sc = x @ params["Ws"] + params["bs"]
    else:
        sc = x
    z = h @ W2 + b2 + sc
    out = np.maximum(z, 0)
    return out, (x, params, a1, h, scale, z)
""", catalogued="dropout_not_rescaled"),
    _e("rn7_mdn_weights_exponentiated_not_normalized", "a7_architectures", "mdn_nll",
       "the mixing weights are written pi = exp(logits), the softmax's numerator without its denominator: log pi is the "
       "raw logits, so the weights do not sum to 1 and the loss and dlogits are wrong (the log-sum-exp over the "
       "components itself is stable).",
       """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    pi = np.exp(logits)          # mixing weights
    log_pi = np.log(pi)
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    log_comp = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    mx = log_comp.max(axis=1, keepdims=True)
    log_p = mx + np.log(np.sum(np.exp(log_comp - mx), axis=1, keepdims=True))
    loss = -np.mean(log_p)
    resp = np.exp(log_comp - log_p)
    dlogits = (pi - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z * z) / N
    return loss, dlogits, dmu, dlog_std
""", catalogued="mdn_logits_used_as_log_weights"),
    _e("rn7_mdn_logits_shifted_in_place", "a7_architectures", "mdn_nll",
       "for the stable softmax the logits are shifted in place, logits -= logits.max(axis=1, keepdims=True): the loss "
       "and gradients are right, but the caller's logits array is overwritten with the shifted values.",
       """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    logits -= logits.max(axis=1, keepdims=True)   # stability
    log_pi = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    z = (y[:, None] - mu) / np.exp(log_std)
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / np.exp(log_std) / N
    dlog_std = gamma * (1 - z ** 2) / N
    return -log_p.mean(), dlogits, dmu, dlog_std
"""),
    _e("rn7_gap_bwd_ones_like_of_shape_tuple", "a7_architectures", "global_avg_pool_backward",
       "the gradient is spread with np.ones_like(cache), where the cache is the input's shape tuple (N, C, H, W): "
       "ones_like builds an array shaped like the tuple itself, four ones, instead of an (N, C, H, W) array of ones "
       "(np.ones(cache)), so dx comes back (N, C, 1, 4) instead of the input's shape.",
       """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    ones = np.ones_like(cache)
    dx = ones * dout[:, :, None, None] / (H * W)
    return dx
"""),
    _e("rn7_saliency_flattens_caller_x_in_place", "a7_architectures", "saliency_map",
       "the input is flattened by assigning x.shape = (N, -1), which reshapes the caller's array in place: the gradient "
       "is right, but reshaping it back with dx.reshape(x.shape) keeps it flat, so the maximum over axis 1 runs over "
       "every input value instead of the channels, an (N,) result instead of (N, H, W) (and the caller's x is left flat).",
       """
def saliency_map(x, params, y):
    N = x.shape[0]
    x.shape = (N, -1)
    a1 = x @ params["W1"] + params["b1"]
    upstream = params["W2"][:, y].T          # d score_y / d hidden, one row per example
    da1 = upstream * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
"""),
    _e("rn7_gaussian_nll_residual_aliases_y", "a7_architectures", "gaussian_nll",
       "the residual is built as r = y followed by r -= mu: r is the caller's y array itself, so the loss and the "
       "gradients are right but y is overwritten with y - mu.",
       """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    r = y
    r -= mu
    inv_var = np.exp(-2.0 * log_std)
    loss = (0.5 * math.log(2 * math.pi) * y.size + np.sum(log_std) + 0.5 * np.sum(r * r * inv_var)) / N
    dmu = -r * inv_var / N
    dlog_std = (1.0 - r * r * inv_var) / N
    return loss, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rn8_cosine_progress_numerator_not_shifted", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the cosine's progress is step / (total_steps - warmup_steps): the denominator is the length of "
       "the decay, but the step is counted from 0 instead of from the end of the warm-up, so the decay starts part-way "
       "down and reaches min_lr warmup_steps steps early (then climbs again).",
       """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    decay_steps = total_steps - warmup_steps
    progress = step / decay_steps
    cos_factor = 0.5 * (1.0 + math.cos(math.pi * progress))
    return min_lr + (base_lr - min_lr) * cos_factor
""", catalogued="cosine_ignores_warmup"),
    _e("rn8_normalize_average_of_split_statistics", "a8_pipeline", "normalize_splits",
       "the mean and std are the averages of the two splits' own statistics, (train + test) / 2: the test split leaks "
       "into the normalization (with half the weight), where the statistics must come from the training split alone.",
       """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = (X_train.mean(axis=0) + X_test.mean(axis=0)) / 2
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = (X_train.std(axis=0) + X_test.std(axis=0)) / 2
    return (X_train - mean) / (std + eps), (X_test - mean) / (std + eps)
""", catalogued="normalize_with_all_data_statistics"),
    _e("rn8_param_stats_moments_with_keepdims", "a8_pipeline", "parameter_statistics",
       "the moments are taken with keepdims=True out of habit: each mean and std is an array with as many length-1 "
       "axes as the weight, so the entry built from them is not the flat vector of five numbers (for a matrix it is "
       "(4, 1, 1) plus a scalar, which NumPy cannot stack).",
       """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stats[name] = np.array([
            W.mean(keepdims=True), W.std(keepdims=True),
            g.mean(keepdims=True), g.std(keepdims=True),
            update_ratio(W, g, lr),
        ])
    return stats
"""),
    _e("rn8_early_stopping_weights_slice_keeps_axis", "a8_pipeline", "early_stopping",
       "the best weights are returned as the slice weights[best:best + 1] instead of weights[best]: the epoch axis is "
       "kept, so the restored weights have shape (1, ...) instead of the shape of one epoch's weights.",
       """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best = 0
    bad_epochs = 0
    for epoch in range(len(val_losses)):
        if val_losses[epoch] < best_loss - min_delta:
            best_loss = val_losses[epoch]
            best = epoch
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                return epoch, weights[best:best + 1]
    return len(val_losses) - 1, weights[best:best + 1]
"""),
    _e("rn8_log_uniform_np_log_base_argument", "a8_pipeline", "log_uniform",
       "the exponents' bounds are written np.log(low, 10), math.log's (value, base) habit: NumPy's second positional "
       "argument is the output array, not the base, so the call raises instead of giving log10(low).",
       """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    lo, hi = np.log(low, 10), np.log(high, 10)
    exponents = rng.uniform(lo, hi, size=n)
    return 10.0 ** exponents
"""),
    _e("rn8_flip_coin_as_percentage", "a8_pipeline", "random_flip",
       "the coins are drawn as whole percentages, rng.integers(0, 100, N) < p, with p the probability 0..1: only a "
       "draw of 0 is below p = 0.5, so each image is mirrored with probability 1 / 100 instead of p "
       "(rng.integers(0, 100) < 100 * p was meant).",
       """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.integers(0, 100, size=x.shape[0])
    flip = coins < p
    out = x.copy()
    out[flip] = out[flip][:, :, :, ::-1]
    return out
"""),
]

HOLDOUT65_CORRECT: list[Entry] = [
    _e("rnk_correct_softmax_scipy_special", "a1_backprop", "softmax",
       "right: scipy.special.softmax over axis 1, which subtracts each row's maximum itself (stable for scores of 1000)",
       """
def softmax(scores):
    from scipy.special import softmax as sp_softmax
    return sp_softmax(scores, axis=1)
"""),
    _e("rnk_correct_step_lr_int_truncation", "a2_optim", "step_lr",
       "right: the number of decays as int(step / step_size), which truncates towards zero and equals step // step_size "
       "for the non-negative steps",
       """
def step_lr(base_lr, step, step_size, gamma=0.1):
    n_decays = int(step / step_size)
    lr = base_lr
    lr *= gamma ** n_decays
    return lr
"""),
    _e("rnk_correct_avgpool_bwd_offset_slices", "a3_conv", "avg_pool_backward",
       "right: a loop over the ph x pw offsets inside the window, each adding dout / (ph * pw) to the strided slice of "
       "dx that the offset touches in every window (overlaps add up)",
       """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    share = dout / (ph * pw)
    for u in range(ph):
        for v in range(pw):
            dx[:, :, u:u + s * (Ho - 1) + 1:s, v:v + s * (Wo - 1) + 1:s] += share
    return dx
"""),
    _e("rnk_correct_xavier_uniform_scaled_unit_draws", "a4_init", "xavier_uniform",
       "right: U(-1, 1) draws of the seeded generator scaled by the bound a = sqrt(3) * xavier_std",
       """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    bound = math.sqrt(3.0) * xavier_std(shape, mode=mode, gain=gain)
    return bound * rng.uniform(-1.0, 1.0, size=shape)
"""),
    _e("rnk_correct_layernorm_fwd_centred_second_moment", "a5_normalization", "layernorm_forward",
       "right: each row centred first, its biased variance as the mean of the squared centred values, and inv_std "
       "from np.reciprocal of the root",
       """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    centred = x - np.mean(x, axis=1, keepdims=True)
    var = np.mean(centred ** 2, axis=1, keepdims=True)
    inv_std = np.reciprocal(np.sqrt(var + eps))
    x_hat = centred * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    _e("rnk_correct_mdn_pairwise_logaddexp_loop", "a7_architectures", "mdn_nll",
       "right: the log mixing weights from a log-softmax, the mixture's log-likelihood accumulated component by "
       "component with np.logaddexp (stable for far targets), the responsibilities exp(term - log_p)",
       """
def mdn_nll(y, logits, mu, log_std):
    N, K = logits.shape
    m = logits.max(axis=1, keepdims=True)
    log_pi = logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    terms = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z ** 2
    log_p = terms[:, 0]
    for k in range(1, K):
        log_p = np.logaddexp(log_p, terms[:, k])
    log_p = log_p[:, None]
    resp = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return -np.mean(log_p), dlogits, dmu, dlog_std
"""),
    _e("rnk_correct_crop_offsets_drawn_per_image", "a8_pipeline", "random_crop",
       "right: the batch zero-padded once, then a loop over the images drawing each image's row and column offset with "
       "rng.integers(0, room + 1) inside the loop (a different draw order, the same uniform offsets)",
       """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    p = padding
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)), mode="constant")
    crops = []
    for img in xp:
        top = rng.integers(0, H + 2 * p - size + 1)
        left = rng.integers(0, W + 2 * p - size + 1)
        crops.append(img[:, top:top + size, left:left + size])
    return np.stack(crops).astype(x.dtype, copy=False)
"""),
]

JUDGED_ON65 = "2026-12-07 on commit 52efd30"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout65 on commit 52efd30 (JUDGED_ON65), the
# full messages from its --json output (results.json, not the bench's truncated lines), by an independent helper that
# did not write the detectors or the entries and did not read the detector code: judgements, not measurements, and
# stale as soon as the catalogues or detectors change. id -> (verdict, relations that are right for it (only where
# confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)). Numbers were checked against
# the entries' sources where they could be (the conv backward cases and the max-pool as_if run against the solution
# modules; counts of steps, batches, rows and stds recomputed by hand). Same standards as JUDGEMENT62 and JUDGEMENT63
# (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a wrong number included, and a
# right diagnosis beside a false one), and so is one whose observation is true but whose explanation names only
# mechanisms that are not there; a departure naming the line with the mistake is right, and so is a range over two to
# four lines that holds it, a loop of up to six lines whose statement holds it (as qt7_score_map_softmax_per_position
# in JUDGEMENT45 and rc3_maxpool_indices_np_take_flat in JUDGEMENT54), and one that names the line that uses a wrong
# value with, as its alternatives, what holds the mistake; a departure that clears what is read before a loop and
# puts the mistake in a right loop is misleading (as d4_stats_input_layer_included in JUDGEMENT18); a catalogued entry
# whose name is not given is judged by its diagnoses; a catalogued name that is not the entry's is wrong_name even
# where part of its message holds (as rk4_he_normal_rows_shuffled_with_global_rng in JUDGEMENT62); one of few causes,
# the entry's among them, is tolerated (loss_flat's first of three guesses; strided's two checks, as
# y3_conv_bwd_offsets_dx_assigned in JUDGEMENT10); zero_pattern alone, whose list names "a stride not applied", is
# right for a stride left out (as t3_conv_bwd_fast_dx_no_stride in JUDGEMENT5); a raised_here is judged as a departure
# that names a line; a one_slip stated in the correct code's text that is the student's arithmetic written another way
# is right (as JUDGEMENT41), and so is one_slip's "either of two slips" whose first is exact (as
# rk8_early_stopping_ties_count_as_improvement in JUDGEMENT62); as_if's "if x were negated: a sign is flipped" for
# argmin where argmax is meant is exact (argmin(x) = argmax(-x), checked with ties) and right (as
# qu8_early_stop_improvement_is_increase in JUDGEMENT46); reshaped for an axis of length 1 whose mechanism is not among
# its examples is right (as rb7_score_map_squeezed in JUDGEMENT53); an error raised by Python, NumPy or torch, a shape
# comparison or an accuracy figure alone is nothing. Of the kinds new in the last benches, this set's feedback shows
# default_differs, returned_tuple, optimizer_not_on_model, rows_of_another_argument, trained_in_eval_mode,
# clipped_logits, written_in_place and shape_set_in_place, each exact where it appears (but see the close calls).
# Decided here (new in this set): a loop departure on max_unpool's three-line scatter loop, "though what the loop reads
# from before it (C, N, indices, x) agrees with the correct code ...: the mistake is in that loop", for an output
# buffer made with np.empty at line 284, before the loop (the loop is right; the buffer it writes into is not among
# what it "reads"), beside kept_state's right "Line 284: `out = np.empty(...)` makes an array whose entries are
# whatever memory held ... (start from np.zeros ...)" on a third test: misleading (a close call; as
# d4_stats_input_layer_included in JUDGEMENT18 and n7_score_map_window_steps_by_its_size in JUDGEMENT14, and the
# kept_state alone would have been right, as re8_random_crop_last_image_skipped in JUDGEMENT56); a departure on
# `log_pi = np.log(pi)` (line 178) saying "What that line reads (pi) agrees with the correct code (pi: your own, and
# right values come of it elsewhere)" where pi = np.exp(logits) (line 177) is the unnormalized value with the mistake
# (right values do come of it, resp and the parameter gradients, because the row shift cancels there) declares the
# value with the mistake agreeing and sends the student to a right line on four tests: misleading (a close call, as
# qy2_momentum_decoupled_weight_decay in JUDGEMENT50: the large-logits test's departure names "how lines 177-178
# compute `log_pi`", right, and the one-example test's "the right value + 2.04571" is the missing log-sum-exp);
# as_if's "yours is what the correct random_flip() returns if p were 0 or if p were 1" for coins drawn as whole
# percentages (rng.integers(0, 100) < p: 11 of 1000 and 8 of 800 images mirrored) is false for p = 1 (every image
# mirrored) and only near for p = 0 (none mirrored; 0.011 is within the flip-rate check's matching tolerance):
# misleading (a close call: its hint "look at what p is combined with where it is used" points at `coins < p`; unlike
# f8_early_wait_counted_on_improvement in JUDGEMENT20, whose "if patience were 0 or if patience were 1" was exact);
# dropout_no_scaling named on the p = 0.6 test for a mask floor-divided by p (1 // 0.6 = 1: no scaling there, exactly
# the name's effect; 3 where 3.33 on the p = 0.3 test, which gets only the comparison): wrong_name (the mistake is the
# floor division, not a missing scale; as rk4_he_normal_rows_shuffled_with_global_rng in JUDGEMENT62).
# Close calls: fits_batches_not_predictions' three guesses for test-time augmentation mirrored with torch.flip(Xt,
# dims=[0]) (the batch reversed, each image's logits averaged with those of the image at the other end): its third,
# "the predictions come back in another order than the images (rows shuffled to predict them)", is what happens to the
# mirrored half: right (unlike rl6_predicts_training_images in JUDGEMENT63, where nothing was reordered); the seeded
# test's own message ("call model.eval() ...; normalize with the training images' statistics") is the check's, not
# judged; trained_in_eval_mode's "ran in eval mode for 42 of its 45 training steps ...: call model.train() before the
# training loop" for `model.train` written without its parentheses after each epoch's validation (the count exact: 162
# images, 3 steps an epoch, the first epoch in training mode; the remedy places the call where the student has one,
# and the line without parentheses is not shown): right, as the relation judged right for
# qz6_validation_eval_never_back in JUDGEMENT51; shape_set_in_place's "line 177: `x.shape = (N, -1)` reshapes the
# caller's `x` itself, in place ... Reshape a view instead: `x = x.reshape(...)`, or keep the original shape to
# restore it" names the line with the mistake and what it does (true), though its first remedy alone would still
# return (N,) (dx.reshape(x.shape) of the rebound flat x) and only the second restores (N, H, W): right;
# raised_here's "`W.mean(keepdims=True)` is a float64 array of shape (1, 1) ... (a reduction with an axis keeps one
# value per row or column; without one, a single number)" shows the keepdims items and their shape against the
# scalar after them, its general parenthesis not the student's case: right; one_slip's "`dw` where `w` is meant (the
# wrong variable), where next_w is computed" for dw * (1 + decay) is the correct code's _gradient(w, dw, config) with
# dw for w, dw + decay * dw, the student's arithmetic: right; the check's message "np.random's global generator left
# alone: ... seeded or drew from NumPy's global generator" beside a departure on line 93, `return
# np.random.normal(0.0, std, size=shape)` (one of the two lines with the mistake): right by the departure.
JUDGEMENT65: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (five tests): "`out`, set by line 217: `out = np.log1p(np.exp(x))`. What that line reads (x) agrees
    # ...; your `out` differs from the right value (by up to 0.676) ...: the mistake is in that line".
    "rn1_relu_fwd_softplus_smooth": ("right", ("departure",), ""),
    # one_slip (both tests): "`t * 2` where `t ** 2` is meant, where dx is computed" (the fix).
    "rn1_tanh_bwd_square_typed_as_times_two": ("right", ("one_slip",), ""),
    "rn1_affine_bwd_dx_reshaped_to_its_own_shape": ("named", (), ""),
    # named on both softmax tests; the MLP tests' departures name line 222, `dscores = np.exp(scores - lse) / N`.
    "rn1_ce_grad_of_log_normalizer_only": ("named", (), ""),
    # departure (three tests): "`out`, set by line 217: `out = np.clip(0.2 * x + 0.5, 0.0, 1.0)`. In it, `0.2 * x +
    # 0.5` is the first part whose value the correct code never computes ...: the mistake is in that line".
    "rn1_sigmoid_fwd_hard_sigmoid": ("right", ("departure",), ""),
    # departure: "`dpred`, set by line 219: `dpred = 2 * diff // n` ...: the mistake is in that line. One change
    # repairs it: written `dpred = 2 * diff / n` ..." (the fix).
    "rn1_mse_grad_floor_division": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "rn2_adam_bias_correction_behind_flag": ("named", (), ""),
    "rn2_adam_returns_config_with_t_only": ("named", (), ""),
    # one_slip: "`dw` where `w` is meant (the wrong variable), where next_w is computed" (_gradient(dw, dw, config):
    # dw + decay * dw, the student's arithmetic; a close call, above).
    "rn2_sgd_decay_scales_the_gradient": ("right", ("one_slip",), ""),
    # departure: "`delta`, set by line 244: `delta = np.sqrt(Ed + eps) / np.sqrt(Eg + eps) * dw` ... (by up to
    # 0.000166) ...: the mistake is in that line" (the raw dw, where the decayed g is meant).
    "rn2_adadelta_step_on_raw_dw": ("right", ("departure",), ""),
    # departure (four tests): "`next_w`, set by line 244 ... In it, `cache + config["epsilon"]` is the first part whose
    # value the correct code never computes ...: the mistake is in that line, or in what `config` holds".
    "rn2_rmsprop_divides_by_cache_not_root": ("right", ("departure",), ""),
    # default_differs (both tests): "gives config['momentum'] the default 0.99 ...; the default asked for is 0.9 ...".
    "rn2_nesterov_default_momentum_099": ("right", ("default_differs",), ""),
    # ------------------------------------------------------------------ a3_conv
    # catalogued backward_ignores_stride, not named; zero_pattern (both tests): "yours is 0 at 72 of 189 entries where
    # the expected is not: nothing reaches them ... (..., a loop or window that does not cover them such as a stride
    # not applied, ...)" (204 of 396 on the pad-2 case, checked: the undilated full correlation covers only the top
    # left of dx).
    "rn3_conv_bwd_fast_full_correlation_undilated": ("right", ("zero_pattern",), ""),
    # catalogued dx_assigned_not_accumulated, not named; the stride-1 test gives only the comparison; strided (one
    # image, 3 x 2 kernel, stride 2): "only the indices 0 modulo 2 along axis 2 are wrong (every 2nd position), the
    # others are right: check how the stride is used ... and what overlapping windows add up" (rows 2 and 4, where two
    # windows overlap, checked: true; as y3_conv_bwd_offsets_dx_assigned in JUDGEMENT10).
    "rn3_conv_bwd_fast_col2im_fancy_index_add": ("right", ("strided",), ""),
    # as_if (four tests): "yours is what the correct max_pool_backward() returns if cache[0] were negated: a sign is
    # flipped where cache[0] is used" (argmin(x) = argmax(-x), checked, ties included).
    "rn3_maxpool_bwd_gradient_to_window_minimum": ("right", ("as_if",), ""),
    # departure (three tests): "the loop at lines 287-291 (`for i in range(Ho):`) leaves `out` holding values the
    # correct code never computes ...: the mistake is in that loop" (two headers, three statements, the window slice
    # with + 1 among them).
    "rn3_avgpool_window_end_inclusive": ("right", ("departure",), ""),
    # departure (two tests): "the loop at lines 285-287 (`for n in range(N):`) leaves `out` holding values the correct
    # code never computes, though what the loop reads from before it (C, N, indices, x) agrees ...: the mistake is in
    # that loop" (the loop is right; np.empty at line 284, before it: a decision, above); zero_pattern: "a mask ... is
    # missing or wrong"; kept_state (third test): "Line 284: `out = np.empty((N, C, H * W))` makes an array whose
    # entries are whatever memory held ... (start from np.zeros ...)" (right).
    "rn3_unpool_buffer_np_empty": (
        "misleading", ("kept_state",),
        "line 284 allocates the output with np.empty: the loop writes only the positions named by the indices, and "
        "every other entry keeps whatever memory held (other values, NaN among them, on every call) where 0 is "
        "expected; the loop is right; allocate with np.zeros((N, C, H * W))."),
    # departure (both tests): "`out`, set by line 290: `out = out[:, :, :Ho, :Wo]` ...; your `out` has shape (8, 8, 14,
    # 14) where the right value has (8, 8, 16, 16) ...: the mistake is in that line, or in `Ho`, set by line 285: `Ho
    # = (H - HH) // stride + 1`, or in `Wo` ..." (the crop and the sizes without the padding: true).
    "rn3_conv_fast_output_cropped_to_unpadded_size": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a4_init
    # catalogued global_seed, not named; the checks' own message: "xavier_normal() seeded or drew from NumPy's global
    # generator ..."; departure (one test): "line 93: `return np.random.normal(0.0, std, size=shape)` ...: the mistake
    # is in that line" (the draw from the global generator: a close call, above).
    "rn4_xavier_normal_cs231n_global_seed": ("right", ("departure",), ""),
    # named on both fans tests; one_slip elsewhere ("`shape[0]` where `shape[1]` is meant").
    "rn4_fans_slice_skips_in_channels": ("named", (), ""),
    # draws_shape (three tests): "... hold only 450 different values, where the correct code's hold 90000: the same
    # draws repeated (a generator made anew from the same seed for each row or call, ...?)"; departure: "... Line 94:
    # `W[i] = np.random.default_rng(seed).uniform(...)` makes the generator anew from the same seed on every pass ...:
    # make it once, before the loop".
    "rn4_xavier_uniform_generator_per_row": ("right", ("draws_shape", "departure"), ""),
    # departure (four tests): "line 93: `return gain * math.sqrt(2.0 / n)` ... what it returns is 0.152499 where
    # 0.0527046 is right: the mistake is in that line, or in `n`, set by line 92: `n = sum(shape)`, ..." (sqrt(2 /
    # 86); 0.160128 = sqrt(2 / 78); 0.223607 = sqrt(2 / 40): true).
    "rn4_xavier_std_fans_summed_from_shape": ("right", ("departure",), ""),
    # departure (four tests): "line 91: `fan_in, fan_out = compute_fans(*shape)` raises the error (at
    # `compute_fans(*shape)`) ...: the mistake is in that line, or in compute_fans() that it calls"; raised_here on the
    # fifth.
    "rn4_he_std_compute_fans_unpacked_shape": ("right", ("departure", "raised_here"), ""),
    # departure: "the loop at lines 99-102 ...: the mistake is in that loop, or in `nonlin`, set by line 91: `nonlin =
    # { ..., "tanh": np.tan, ... }[activation]`. On its first pass, line 100: `h = nonlin(h @ W)` ...: look there
    # first" (the line that applies the table's entry, the table its alternative: as re4_activation_stats_lecun_tanh
    # in JUDGEMENT56, unlike n4_stats_tanh_mapped_to_arctan in JUDGEMENT14).
    "rn4_actstats_tanh_typed_np_tan": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "rn5_bn_bwd_dvar_term_left_out": ("named", (), ""),
    # named on four tests; one_edit on the spatial test: "written `var = M2 / (n)` ..." (the fix).
    "rn5_bn_welford_sample_variance": ("named", (), ""),
    # returned_tuple (both tests): "you return 2 values where one is asked for; value 0 of them is the expected one:
    # return it alone".
    "rn5_dropout_bwd_returns_pair": ("right", ("returned_tuple",), ""),
    # scaled: "every entry is 0.025 times the expected" (1 / (N * H * W) = 1 / 40); wrong_reduction (dbeta): "the mean
    # over axes (0, 2, 3) of dout ...; the expected is its sum"; departure: "`rows`, set by line 220: `rows = rows /
    # rows.shape[0]` ... One change repairs it: written `rows = rows` ..." (the line dropped: the fix).
    "rn5_spatial_bn_bwd_dout_averaged_over_positions": ("right", ("scaled", "wrong_reduction", "departure"), ""),
    # dropout_no_scaling named on test_dropout_train (p = 0.6: 1 // 0.6 = 1, no scale there; a decision, above); the
    # p = 0.3 test gives only the comparison ("got 3, expected 3.333333333").
    "rn5_dropout_mask_floor_divided_by_p": (
        "wrong_name", (),
        "mask = keep // p floor-divides: a kept unit's scale is 1 // p rounded down to a whole number, 1 for p = 0.6 "
        "(the kept units not scaled: 1 where 1.667) and 3 for p = 0.3 (3 where 3.333), where inverted dropout scales "
        "them by 1 / p exactly; divide, mask = keep / p."),
    # one_slip: "dx_hat.sum(axis=0, where dx_hat.sum(axis=1, is meant: the statistic is taken over another axis"
    # (g.sum(axis=0): exact).
    "rn5_ln_bwd_centring_sum_over_batch": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model, not named; optimizer_not_on_model (three tests): "after 299 of the 299 backward
    # passes that followed one of its steps they still had no gradient ... The optimizer was made for other parameters
    # than those of the model trained (another model, or a second copy built by calling the constructor again)" (20 x
    # 15 steps on the digits, 15 x 15 on the shapes, 3 x 15 seeded: true).
    "rn6_optimizer_holds_first_model_instance": ("right", ("optimizer_not_on_model",), ""),
    # catalogued labels_shuffled, not named; loss_flat (three tests): "the training loss stayed at about 2.31 over 240
    # steps ...: A batch's labels not those of its images (index X and y with the same indices, one permutation for
    # both), ..." (the first of three, the cause; 240 = 12 x 20, 180 = 12 x 15, 36 = 12 x 3: true).
    "rn6_batch_labels_sliced_by_position": ("right", ("loss_flat",), ""),
    # rows_of_another_argument (digits, shapes): "yours has 1258 rows, as many as `X_train` has, where 739 are asked
    # for ...: it is computed from `X_train` where `X_test` is meant"; the seeded test gives only the shape.
    "rn6_returns_logits_of_training_images": ("right", ("rows_of_another_argument",), ""),
    # fits_batches_not_predictions (digits, shapes): "... at accuracy 0.52: what reaches the model when it predicts
    # differs ..., or the model that predicts is not the one that trained ..., or the predictions come back in another
    # order than the images (rows shuffled to predict them)" (the third: the mirrored half is the batch reversed; a
    # close call, above).
    "rn6_tta_flip_on_batch_axis": ("right", ("fits_batches_not_predictions",), ""),
    # trained_in_eval_mode: "ran in eval mode for 42 of its 45 training steps: batch norm then normalizes each batch
    # with running statistics ... call model.train() before the training loop ..." (a close call, above); the check's
    # own message: "model.eval() left on from an evaluation inside the loop ...?: call model.train() at the start of
    # every epoch's training".
    "rn6_train_mode_attribute_not_called": ("right", ("trained_in_eval_mode",), ""),
    # clipped_logits (digits, shapes): "your logits are never negative, and 89% of them are exactly 0: a ReLU (or a
    # clamp) after the last layer clips the scores ... no activation after it"; learned_little's checklist beside it
    # (vague, not false).
    "rn6_relu_after_classifier": ("right", ("clipped_logits",), ""),
    # ------------------------------------------------------------------ a7_architectures
    "rn7_resblock_scale_cached_mask_applied": ("named", (), ""),
    # catalogued mdn_logits_used_as_log_weights, not named; departure (four tests): "`log_pi`, set by line 178:
    # `log_pi = np.log(pi)`. What that line reads (pi) agrees with the correct code (pi: your own, and right values
    # come of it elsewhere) ...: the mistake is in that line (another function, or other arguments, than meant?), or
    # in what the lines after it do with its value (a step left out?)" (pi, line 177, is the value with the mistake: a
    # decision, above); large logits: "line 177: `pi = np.exp(logits)` computes `pi`, a value the correct code never
    # computes ...: the mistake is in how lines 177-178 compute `log_pi`" (right).
    "rn7_mdn_weights_exponentiated_not_normalized": (
        "misleading", (),
        "line 177, pi = np.exp(logits), is the softmax's numerator without its denominator: the mixing weights do not "
        "sum to 1, and log_pi = np.log(pi) (line 178) is the raw logits, off from the log-softmax by each row's "
        "log-sum-exp (+2.04571 on the one-example test; Inf once a logit passes 709), so the loss and dlogits = (pi - "
        "resp) / N are wrong (resp and the parameter gradients right: the row shift cancels); compute log_pi = "
        "logits - logsumexp(logits, axis=1, keepdims=True) and pi = np.exp(log_pi)."),
    # written_in_place: "line 177: `logits -= logits.max(axis=1, keepdims=True)` writes into logits, the caller's
    # array ...: compute into a new array (logits_new = logits - ...)".
    "rn7_mdn_logits_shifted_in_place": ("right", ("written_in_place",), ""),
    # departure (both tests): "line 177: `ones = np.ones_like(cache)` computes `ones`, a value the correct code never
    # computes ... up to line 178 ... The mistake is in lines 177-178" (the range begins on the mistake).
    "rn7_gap_bwd_ones_like_of_shape_tuple": ("right", ("departure",), ""),
    # shape_set_in_place (four tests): "line 177: `x.shape = (N, -1)` reshapes the caller's `x` itself, in place ...
    # Reshape a view instead: `x = x.reshape(...)`, or keep the original shape to restore it" (a close call, above).
    "rn7_saliency_flattens_caller_x_in_place": ("right", ("shape_set_in_place",), ""),
    # written_in_place: "line 177: `r = y` makes `r` another name for y, not a copy, so line 178: `r -= mu` writes
    # into y, the caller's array: make a copy (r = y.copy()) ...".
    "rn7_gaussian_nll_residual_aliases_y": ("right", ("written_in_place",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # catalogued cosine_ignores_warmup, not named; one_slip: "the term `- warmup_steps` missing (or it is zero in
    # yours), where t is computed" (exact); on the other settings "either of two slips ...: the term `- warmup_steps`
    # missing ...; or `min_lr` where `warmup_steps` is meant" (the first exact).
    "rn8_cosine_progress_numerator_not_shifted": ("right", ("one_slip",), ""),
    # catalogued normalize_with_all_data_statistics, not named; departure: "`mean`, set by line 165: `mean =
    # (X_train.mean(axis=0) + X_test.mean(axis=0)) / 2`. In it, `X_test.mean(axis=0)` is the first part whose value the
    # correct code never computes ...: the mistake is in that line"; the other tests: "the mistake is in those two
    # lines" (165 and 168).
    "rn8_normalize_average_of_split_statistics": ("right", ("departure",), ""),
    # raised_here (both tests): "line 168: `stats[name] = np.array([ ...` raises the error at `np.array([...`. There,
    # `W.mean(keepdims=True)` is a float64 array of shape (1, 1); ... `W.mean(keepdims=True)` has shape (1, 1), and an
    # item after it another" (a close call, above).
    "rn8_param_stats_moments_with_keepdims": ("right", ("raised_here",), ""),
    # reshaped (both tests): "your values are right but your shape is (1, 2, 3) where (2, 3) is expected: an axis of
    # length 1 too many or missing (keepdims=True, [:, None], ...)" (the slice weights[best:best + 1]).
    "rn8_early_stopping_weights_slice_keeps_axis": ("right", ("reshaped",), ""),
    # departure (three tests): "line 166: `lo, hi = np.log(low, 10), np.log(high, 10)` raises the error (at
    # `np.log(low, 10)`) ...: the mistake is in that line".
    "rn8_log_uniform_np_log_base_argument": ("right", ("departure",), ""),
    # as_if (both tests): "yours is what the correct random_flip() returns if p were 0 or if p were 1: your code reads
    # p, yet its values are those the correct code gives with p set so: look at what p is combined with where it is
    # used ..." (rates 0.011 and 0.010: a decision, above).
    "rn8_flip_coin_as_percentage": (
        "misleading", (),
        "coins = rng.integers(0, 100, size=N) draws whole percentages 0-99, and flip = coins < p compares them with "
        "the probability p (0.3, 0.8): only a coin of 0 is below p, so each image is mirrored with probability 1/100 "
        "(0.011 where 0.3, 0.010 where 0.8) whatever p is; compare with 100 * p, or draw rng.random(N) < p."),
}
# Counts: named 8, right 36 (named or right 44/48 = 92%; not in the catalogue: right 29/32 = 91%; the 16 catalogued: 8
# named, 7 right by their diagnoses (rn3_conv_bwd_fast_full_correlation_undilated, rn3_conv_bwd_fast_col2im_fancy_
# index_add, rn4_xavier_normal_cs231n_global_seed, rn6_optimizer_holds_first_model_instance,
# rn6_batch_labels_sliced_by_position, rn8_cosine_progress_numerator_not_shifted,
# rn8_normalize_average_of_split_statistics), and rn7_mdn_weights_exponentiated_not_normalized misleading),
# misleading 3, vague 0, nothing 0, wrong_name 1, check_message 0, not_caught 0. HOLDOUT65_CORRECT: all 7 earn full
# marks.

HOLDOUT65 = [replace(e, verdict=JUDGEMENT65[e.id][0], expected=frozenset(JUDGEMENT65[e.id][1]),
                     ideal=JUDGEMENT65[e.id][2]) if e.id in JUDGEMENT65 else e for e in HOLDOUT65]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,501 earlier ones (corpus.py and holdout.py-holdout63.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). 9 of the 48 mistakes and 2 of the
# 7 right variants repeat.
# Fresh mistakes (the 39 that repeat no earlier entry): named or right 35/39 = 90%.
# (id -> the earlier entry it repeats)
REPEATED65: dict[str, str] = {
    # dx "reshaped back" with a no-op reshape to its own (N, D) shape (dx.shape vs reshape(N, -1)): same
    # dx_not_reshaped pattern, same values
    "rn1_affine_bwd_dx_reshaped_to_its_own_shape": "e1_affine_dx_reshaped_to_rows",
    # vectorized stable log-softmax, dscores = exp(scores - lse) / N with no one-hot subtracted: the same
    # softmax_grad_missing_one_hot code (as a1_ce_no_onehot)
    "rn1_ce_grad_of_log_normalizer_only": "qp1_ce_take_along_axis_grad_without_onehot",
    # m and v updated in local variables and never stored, only t written back (returned as {**config, 't': t}):
    # same adam_moments_not_stored pattern
    "rn2_adam_returns_config_with_t_only": "q2_adam_moments_local_only",
    # dx as the full correlation of undilated dout (padded by kernel - 1) with the flipped kernel, dw/db by
    # strided windows: near-identical code (c3 was left uncatalogued)
    "rn3_conv_bwd_fast_full_correlation_undilated": "c3_conv_bwd_fast_full_conv_without_stride",
    # staged backward with dx = dxhat * inv_std + dmu / N, the variance path missing; the extra dvar line only
    # adds a zero term to dmu
    "rn5_bn_bwd_dvar_term_left_out": "r5_bn_bwd_mean_path_only",
    # make_net() called twice: the optimizer holds one instance's parameters while the other is trained and
    # predicts (untrained_model)
    "rn6_optimizer_holds_first_model_instance": "t6_optimizer_on_second_model",
    # images X[perm[start:start+64]] but labels y[start:start+64] in the original order: identical
    "rn6_batch_labels_sliced_by_position": "x6_batch_labels_sliced_by_position",
    # a trained model whose final forward pass runs on the training tensor X instead of X_test: identical
    "rn6_returns_logits_of_training_images": "s6_logits_of_training_tensor",
    # nn.ReLU() after the last nn.Linear clips the logits at 0: identical
    "rn6_relu_after_classifier": "qd6_relu_after_classifier",
    # loop over the ph x pw offsets adding dout / (ph * pw) to strided slices of dx: identical way
    "rnk_correct_avgpool_bwd_offset_slices": "d3_correct_avgpool_bwd_offset_slices",
    # number of decays as true division rounded down, int(step / step_size) vs math.floor(step / step_size): same
    # unusual way
    "rnk_correct_step_lr_int_truncation": "o2_correct_step_lr_pow_floor",
}
