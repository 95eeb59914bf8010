"""A sixty-third hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 85a1075 (JUDGED_ON63, JUDGEMENT63 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout63.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT63 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT63_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT63: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rl1_tanh_bwd_arctan_derivative", "a1_backprop", "tanh_backward",
       "the local derivative is recalled as 1 / (1 + t**2), the derivative of arctan, instead of tanh's 1 - t**2: "
       "dx = dout / (1 + t**2), right only where t = 0 and too large everywhere else", """
def tanh_backward(dout, cache):
    t = cache
    # d/dx tanh(x) = 1 / (1 + tanh(x)^2)
    dx = dout / (1.0 + t * t)
    return dx
"""),
    _e("rl1_linreg_qr_q_not_transposed", "a1_backprop", "linear_regression_closed_form",
       "least squares through the thin QR factorisation X = QR, but the right-hand side is written Q @ y instead of "
       "Q.T @ y: Q is (N, D) and y (N,), so the product raises for N != D (it should solve R w = Q^T y)", """
def linear_regression_closed_form(X, y):
    # QR is better conditioned than the normal equations: X = Q R, so R w = Q^T y
    Q, R = np.linalg.qr(X)
    w = np.linalg.solve(R, Q @ y)
    return w
"""),
    _e("rl1_mse_norm_not_squared", "a1_backprop", "mse_loss",
       "the loss is written as the Frobenius norm of the residual over its size, ||p - t|| / size, the norm itself "
       "instead of its square (sum of squares over size); dpred, 2 (p - t) / size, is right", """
def mse_loss(pred, target):
    diff = pred - target
    loss = np.linalg.norm(diff) / diff.size
    dpred = 2 * diff / diff.size
    return loss, dpred
"""),
    _e("rl1_relu_fwd_ufunc_where_without_out", "a1_backprop", "relu_forward",
       "the ReLU is written np.maximum(x, 0, where=x > 0) with no out= array: a ufunc's where= leaves the masked-out "
       "entries of the freshly allocated result uninitialized, so where x <= 0 out holds arbitrary leftover memory "
       "instead of 0 (right where x > 0)", """
def relu_forward(x):
    # only compute where it matters
    out = np.maximum(x, 0, where=x > 0)
    cache = x
    return out, cache
"""),
    _e("rl1_softmax_power_of_e", "a1_backprop", "softmax",
       "softmax is computed as np.power(np.e, scores) over its row sums with no row maximum subtracted: for scores "
       "around 1000 the powers overflow to inf and the probabilities are nan", """
def softmax(scores):
    # e^s_j / sum_k e^s_k
    num = np.power(np.e, scores)
    den = np.sum(num, axis=1, keepdims=True)
    return num / den
""", catalogued="softmax_no_max_subtraction"),
    _e("rl1_ce_onehot_broadcast_not_over_n", "a1_backprop", "softmax_cross_entropy_loss",
       "a stable log-softmax loss averaged over the rows (right), but dscores = softmax - one_hot, the one-hot built by "
       "broadcasting np.arange(C) == y[:, None], is returned without the division by N: N times too large", """
def softmax_cross_entropy_loss(scores, y):
    n, c = scores.shape
    z = scores - np.max(scores, axis=1, keepdims=True)
    lse = np.log(np.sum(np.exp(z), axis=1, keepdims=True))
    log_p = z - lse
    loss = -np.sum(log_p[np.arange(n), y]) / n
    one_hot = (np.arange(c)[None, :] == y[:, None]).astype(float)
    dscores = np.exp(log_p) - one_hot
    return loss, dscores
""", catalogued="softmax_grad_not_divided_by_n"),
    # ------------------------------------------------------------------ a2_optim
    _e("rl2_sgd_result_cast_to_float32", "a2_optim", "sgd",
       "the updated weights are cast to float32 ('as torch stores parameters'): next_w is rounded to single "
       "precision, about 1e-7 relative, and comes back as float32 instead of the float64 of w", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    next_w = w - config["learning_rate"] * _gradient(w, dw, config)
    next_w = next_w.astype(np.float32)
    return next_w, config
"""),
    _e("rl2_adadelta_rms_stored_as_accumulator", "a2_optim", "adadelta",
       "the gradient accumulator is stored in config as its RMS, sqrt(acc_grad + eps) ('the value the step needs'), "
       "and the next call reads that root back as the accumulator: from the second step on acc_grad is decayed from a "
       "square root instead of the running mean of squares (the first step right)", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    rms_grad = np.sqrt(acc_grad + eps)
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / rms_grad * g
    config["acc_grad"] = rms_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step ** 2
    return w - config["learning_rate"] * step, config
"""),
    _e("rl2_adagrad_cache_of_weights", "a2_optim", "adagrad",
       "wrong variable in the accumulator: the cache adds the squared weights, w**2, instead of the squared gradient "
       "g**2, so the step is scaled by the weights' magnitude history rather than the gradients'", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w)) + w ** 2
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
"""),
    _e("rl2_gd_heavy_ball_momentum_added", "a2_optim", "gradient_descent",
       "a heavy-ball momentum term 0.9 * (w - w_prev) is added to every step out of habit: plain full-batch gradient "
       "descent takes w - lr * grad only, so from the second step on every point of the path is wrong (the first step "
       "right)", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = np.array(w0, dtype=float)
    w_prev = w.copy()
    path = []
    for _ in range(steps):
        step = -learning_rate * linear_regression_gradient(w, X, y) + 0.9 * (w - w_prev)
        w_prev = w
        w = w + step
        path.append(w.copy())
    return np.array(path)
"""),
    _e("rl2_rmsprop_elementwise_loop_no_decay", "a2_optim", "rmsprop",
       "the cache is updated element by element in a loop over np.ndindex, cache[i] += g[i]**2, with decay_rate "
       "read but never used: Adagrad's growing sum of squares instead of RMSProp's decaying average", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    cache = np.array(config.get("cache", np.zeros_like(w)), dtype=float)
    for i in np.ndindex(w.shape):
        cache[i] += g[i] ** 2
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
""", catalogued="rmsprop_without_decay"),
    _e("rl2_nesterov_prev_copied_after_update", "a2_optim", "nesterov_momentum",
       "v_prev is taken as v.copy() after v has been updated, so it is the new velocity: w - mu * v + (1 + mu) * v "
       "is w + v, the plain momentum step instead of Nesterov's", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu = config["momentum"]
    v = config.get("velocity", np.zeros_like(w))
    v = mu * v - config["learning_rate"] * _gradient(w, dw, config)
    v_prev = v.copy()
    config["velocity"] = v
    next_w = w - mu * v_prev + (1 + mu) * v
    return next_w, config
""", catalogued="nesterov_as_plain_momentum"),
    # ------------------------------------------------------------------ a3_conv
    _e("rl3_conv_naive_np_pad_every_axis", "a3_conv", "conv_forward_naive",
       "the input is padded with np.pad(x, pad): an int width pads every axis, so besides the rows and columns it adds "
       "pad zero images and pad zero channels on both sides; the loops then run over the padded batch and channels "
       "(a wrong output shape for pad > 0, right for pad = 0)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    xp = np.pad(x, pad)
    N, C, H, W = xp.shape
    F, _, HH, WW = w.shape
    Ho = (H - HH) // stride + 1
    Wo = (W - WW) // stride + 1
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window[:w.shape[1]] * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("rl3_maxpool_out_size_true_division", "a3_conv", "max_pool_forward",
       "the output size is computed with true division, (H - ph) / s + 1, a float: np.zeros with a float shape raises "
       "TypeError (the size must be the integer 1 + (H - ph) // s)", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho = (H - ph) / s + 1
    Wo = (W - pw) / s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(int(Ho)):
        for j in range(int(Wo)):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("rl3_conv_bwd_fast_dx_buffer_unpadded", "a3_conv", "conv_backward_fast",
       "the dx buffer is np.zeros_like(x), the unpadded input, while the kernel-offset slices index the padded "
       "coordinates: for pad > 0 the slices run past the buffer (a broadcast error or clipped, shifted gradients) "
       "and the final crop [pad:pad + H] cuts a part of it (right for pad = 0; dw and db right)", """
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
    dxp = np.zeros_like(x)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("rl3_conv_bwd_db_over_spatial_only", "a3_conv", "conv_backward_naive",
       "db is summed over the spatial axes only, dout.sum(axis=(2, 3)), an (N, F) array of per-image bias "
       "gradients instead of the (F,) sum over the batch as well (dx and dw right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = dout.sum(axis=(2, 3))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    hs, ws = i * stride, j * stride
                    dw[f] += xp[n, :, hs:hs + HH, ws:ws + WW] * dout[n, f, i, j]
                    dxp[n, :, hs:hs + HH, ws:ws + WW] += w[f] * dout[n, f, i, j]
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("rl3_fast_conv_zero_canvas_top_left", "a3_conv", "conv_forward_fast",
       "the padded input is built as a zero canvas of the padded size with x copied into its top-left corner, "
       "xp[:, :, :H, :W] = x: all the zero padding is below and to the right, so every output is shifted (right for "
       "pad = 0)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.zeros((N, C, H + 2 * pad, W + 2 * pad), dtype=x.dtype)
    xp[:, :, :H, :W] = x
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,fcij->nfhw", windows, w) + b[None, :, None, None]
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="padding_one_side"),
    _e("rl3_param_count_groups_delegated_dense", "a3_conv", "conv_param_count",
       "for groups > 1 the function calls itself with groups left at 1 ('grouping only changes the connections, not the "
       "weights'): a grouped convolution is counted as the dense one, out * in * kh * kw weights instead of "
       "out * (in / groups) * kh * kw", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    if groups > 1:
        # a grouped conv has the same kernel tensor, only split into blocks
        return conv_param_count(in_channels, out_channels, kernel_size, bias)
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    return out_channels * in_channels * kh * kw + (out_channels if bias else 0)
""", catalogued="param_count_ignores_groups"),
    # ------------------------------------------------------------------ a4_init
    _e("rl4_xavier_normal_root_of_std", "a4_init", "xavier_normal",
       "the draws' scale is np.sqrt(xavier_std(shape, mode, gain)), as if xavier_std returned the variance: the "
       "weights' standard deviation is the root of Glorot's std (too large for every std below 1)", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    var = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, np.sqrt(var), size=shape)
"""),
    _e("rl4_xavier_std_integer_root", "a4_init", "xavier_std",
       "the root of the fans is taken with math.isqrt, the integer square root, which floors it: gain * sqrt(2) / "
       "isqrt(fan_in + fan_out) (gain / isqrt(fan_in) in mode fan_in) is too large whenever the sum is not a perfect "
       "square", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * math.sqrt(2.0) / math.isqrt(fan_in + fan_out)
    return gain / math.isqrt(fan_in)
"""),
    _e("rl4_fans_shape_ndim_attribute", "a4_init", "compute_fans",
       "the layout is told apart with shape.ndim == 2, as if shape were an array: a shape tuple has no ndim, so every "
       "call with a tuple raises AttributeError (the number of axes is len(shape))", """
def compute_fans(shape):
    if shape.ndim == 2:  # a linear weight (D, M)
        return shape[0], shape[1]
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive
"""),
    _e("rl4_he_std_fans_of_reversed_shape", "a4_init", "he_std",
       "the fans are computed for the reversed shape, compute_fans(shape[::-1]) ('torch stores (out, in)'): for a "
       "linear (D, M) weight fan_in becomes M, and for a conv weight the kernel axes are read as channels, so the std "
       "is wrong for every non-symmetric shape", """
def he_std(shape):
    fan_in, _ = compute_fans(tuple(shape)[::-1])
    return math.sqrt(2.0 / fan_in)
"""),
    _e("rl4_he_normal_seedsequence_without_entropy", "a4_init", "he_normal",
       "the generator is built from np.random.SeedSequence() with no entropy argument ('proper seeding'), which draws "
       "fresh OS entropy: the seed argument is never used, so the same seed gives different weights on every call", """
def he_normal(shape, seed):
    ss = np.random.SeedSequence()
    rng = np.random.default_rng(ss)
    return rng.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("rl4_xavier_std_reciprocal_mean_fan", "a4_init", "xavier_std",
       "the std is written gain / statistics.mean([fan_in, fan_out]) (gain / fan_in in mode fan_in): one over the mean "
       "fan is Glorot's variance, returned without its square root", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    import statistics
    fan_in, fan_out = compute_fans(shape)
    n = statistics.mean([fan_in, fan_out]) if mode == "fan_avg" else fan_in
    return gain / n
""", catalogued="variance_used_as_std"),
    # ------------------------------------------------------------------ a5_normalization
    _e("rl5_bn_bwd_dmu_direct_term_not_summed", "a5_normalization", "batchnorm_backward",
       "in the staged backward pass the direct term of dmu, -dx_hat * inv_std, is not summed over the batch: dmu is an "
       "(N, D) array, so each row gets its own -dx_hat * inv_std / N instead of the batch sum / N (dgamma, dbeta right)",
       """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    xmu = x_hat / inv_std
    dvar = -0.5 * inv_std ** 3 * (dx_hat * xmu).sum(axis=0)
    dmu = -dx_hat * inv_std + dvar * (-2.0 * xmu).mean(axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * xmu / N + dmu / N
    return dx, dgamma, dbeta
"""),
    _e("rl5_spatial_bn_bwd_param_grads_image_shaped", "a5_normalization", "spatial_batchnorm_backward",
       "dx is right, but dgamma and dbeta are reshaped to (1, C, 1, 1) 'to broadcast like the image layout' instead "
       "of staying (C,), the shape of gamma and beta", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    rows = dout.transpose(0, 2, 3, 1).reshape(-1, C)
    dx, dgamma, dbeta = batchnorm_backward_alt(rows, cache)
    dx = dx.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return dx, dgamma.reshape(1, C, 1, 1), dbeta.reshape(1, C, 1, 1)
"""),
    _e("rl5_l2_penalty_averaged_gradient_not", "a5_normalization", "l2_penalty",
       "the penalty is averaged over the weights, 0.5 * reg * mean(W**2), while the gradient stays reg * W: the loss "
       "is W.size times too small and no longer matches its gradient", """
def l2_penalty(W, reg):
    penalty = 0.5 * reg * np.mean(W * W)
    return penalty, reg * W
"""),
    _e("rl5_spatial_bn_forward_called_twice", "a5_normalization", "spatial_batchnorm_forward",
       "batchnorm_forward is called twice on the same bn_param, once for the output and once more for the cache: "
       "out and the cache are right, but in train mode the running mean and variance are updated twice per call", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    rows = x.transpose(0, 2, 3, 1).reshape(-1, C)
    out = batchnorm_forward(rows, gamma, beta, bn_param)[0]
    cache = batchnorm_forward(rows, gamma, beta, bn_param)[1]
    out = out.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return out, cache
"""),
    _e("rl5_dropout_test_shortcut_only_when_p_one", "a5_normalization", "dropout_forward",
       "the input is passed through unchanged only when mode == 'test' and p == 1 ('nothing to drop'): for any keep "
       "probability below 1 test mode draws and applies a mask like train mode", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test" and p == 1:
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = (rng.random(x.shape) < p) / p
    out = x * mask
    return out, mask
""", catalogued="dropout_at_test_time"),
    _e("rl5_bn_alt_apply_along_axis_centring", "a5_normalization", "batchnorm_backward_alt",
       "dx is each feature's column of dx_hat centred by np.apply_along_axis(lambda g: g - g.mean(), 0, ...) times "
       "inv_std: only the path through the mean is kept, the term through the variance, - x_hat * mean(dx_hat * "
       "x_hat), is missing (dgamma and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    centred = np.apply_along_axis(lambda g: g - g.mean(), 0, dx_hat)
    dx = centred * inv_std
    return dx, dgamma, dbeta
""", catalogued="bn_alt_drops_variance_term"),
    # ------------------------------------------------------------------ a6_cnn
    _e("rl6_test_set_shuffled_before_predict", "a6_cnn", "train_and_predict",
       "the test images are shuffled with a random permutation before prediction ('shuffle like the training set') "
       "and the logits are returned in that shuffled order: row i no longer belongs to test image i, so the accuracy "
       "is at chance", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    Xt = torch.tensor(X_test, device=device)
    Xt = Xt[torch.randperm(len(Xt), generator=g).to(device)]
    model.eval()
    with torch.no_grad():
        logits = model(Xt).cpu().numpy()
    return logits
"""),
    _e("rl6_predicts_training_images", "a6_cnn", "train_and_predict",
       "copy-paste slip in the prediction: the logits are computed for X_train[:len(X_test)], the first training "
       "images, instead of X_test: the shape is right but the rows belong to other images, so the accuracy is at chance",
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
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        inputs = torch.tensor(X_train[:len(X_test)], device=device)
        logits = model(inputs).cpu().numpy()
    return logits
"""),
    _e("rl6_test_images_cast_to_uint8", "a6_cnn", "train_and_predict",
       "the test images are converted with X_test.astype(np.uint8) ('images are bytes') before prediction while the "
       "model was trained on the float images: every test pixel is cast to a byte (fractions truncated toward 0, negatives "
       "wrapped around to 256 + v), so the test inputs no longer look like the training images", """
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
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    test_images = X_test.astype(np.uint8)
    with torch.no_grad():
        logits = model(torch.tensor(test_images, device=device).float()).cpu().numpy()
    return logits
"""),
    _e("rl6_classifier_hard_coded_ten_classes", "a6_cnn", "train_and_predict",
       "the classifier is built with nn.Linear(32, 10), ten classes hard-coded ('digits have ten'), instead of "
       "int(y_train.max()) + 1: on a data set with another number of classes the logits have 10 columns", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("rl6_loss_detached_then_requires_grad", "a6_cnn", "train_and_predict",
       "the loss is detached ('no memory leak') and then made a leaf with requires_grad_() so that backward() runs: "
       "the graph to the parameters is cut, no parameter ever gets a gradient, and the optimizer steps change "
       "nothing (the model stays untrained)", """
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
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    losses = []
    for _ in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx]).detach().requires_grad_()
            loss.backward()
            opt.step()
            losses.append(loss.item())
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("rl6_images_argsorted_by_label_labels_kept", "a6_cnn", "train_and_predict",
       "for class-ordered batches the images are reordered with np.argsort(y_train), but the labels are left in their "
       "original order: image i is paired with another image's label, so the network learns nothing useful", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    order = np.argsort(y_train, kind="stable")
    X_train = X_train[order]
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(10):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="labels_shuffled"),
    # ------------------------------------------------------------------ a7_architectures
    _e("rl7_cam_cast_to_uint8", "a7_architectures", "class_activation_map",
       "the maps are computed right but returned as np.uint8 ('an image to display'): every value is truncated to an "
       "integer and negative values wrap around modulo 256, instead of the float maps", """
def class_activation_map(features, W, classes):
    weights = W[:, classes].T
    cam = (weights[:, :, None, None] * features).sum(axis=1)
    return cam.astype(np.uint8)
"""),
    _e("rl7_saliency_onehot_rows_by_label", "a7_architectures", "saliency_map",
       "the one-hot upstream gradient is set with dscores[y] = 1, indexing rows by the labels: the rows whose index is "
       "a label get 1 in every class (the gradient of their summed scores) and the others get 0, instead of 1 at "
       "(n, y[n])", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[y] = 1
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
"""),
    _e("rl7_resblock_projection_added_to_identity", "a7_architectures", "residual_block_forward",
       "with a projection the shortcut is written x + x @ Ws + bs, the identity kept and the projection added to it: "
       "for D != M the sum raises, and for D == M the block adds x once too often (right without a projection)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    shortcut = x
    if "Ws" in params:
        shortcut = shortcut + x @ params["Ws"] + params["bs"]
    z = h @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0)
    return out, (x, params, a1, h, scale, z)
"""),
    _e("rl7_gap_forward_transposed", "a7_architectures", "global_avg_pool_forward",
       "the means are taken right but returned transposed, x.mean(axis=(2, 3)).T ('features as columns'): shape "
       "(C, N) instead of (N, C) (the cache right)", """
def global_avg_pool_forward(x):
    pooled = x.mean(axis=(2, 3))
    return pooled.T, x.shape
"""),
    _e("rl7_gap_backward_np_resize", "a7_architectures", "global_avg_pool_backward",
       "dout is spread over the maps with np.resize(dout, (H, W, N, C)) moved back to (N, C, H, W): every position "
       "gets the whole dout[n, c], never divided by the area H * W", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    tiled = np.resize(dout, (H, W, N, C))  # one copy of dout per position
    return tiled.transpose(2, 3, 0, 1).copy()
""", catalogued="gap_backward_not_divided_by_area"),
    _e("rl7_fc_to_conv_filters_from_row_blocks", "a7_architectures", "fc_to_conv",
       "each filter m is cut in a loop from W.reshape(M, -1)[m], row m of W reshaped to M rows, without transposing W "
       "first: filter m is made of consecutive values of W's rows instead of its column m (C*H*W values of one output)",
       """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    M = W.shape[1]
    rows = W.reshape(M, -1)
    w = np.empty((M, C, H, W_))
    for m in range(M):
        w[m] = rows[m].reshape(C, H, W_)
    return w, b.copy()
""", catalogued="fc_weight_reshaped_in_wrong_order"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rl8_param_stats_median_as_mean", "a8_pipeline", "parameter_statistics",
       "the centre of the weights and of the gradient is reported with np.median ('robust to outliers') instead of "
       "np.mean that the docstring asks for: the first and third entries are the medians (the stds and the update "
       "ratio right)", """
def parameter_statistics(params, grads, lr):
    out = {}
    for k, W in params.items():
        g = grads[k]
        out[k] = np.array([np.median(W), W.std(), np.median(g), g.std(), update_ratio(W, g, lr)])
    return out
"""),
    _e("rl8_train_batch_slice_end_fixed", "a8_pipeline", "train_and_predict",
       "each batch is sliced order[start:64] instead of order[start:start + 64]: only the first batch of every epoch "
       "has rows, every later slice is empty (skipped), so each epoch trains on its first 64 rows only", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    batch = 64
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), batch):
            idx = order[start:batch]
            if len(idx) == 0:
                continue
            scores = X[idx] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            p = np.exp(scores)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= 0.1 * X[idx].T @ p
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
    _e("rl8_early_best_starts_at_zero", "a8_pipeline", "early_stopping",
       "the best loss starts at 0.0 instead of infinity: no loss is below 0, so no epoch ever counts as an "
       "improvement; training stops after the first `patience` epochs and the weights of epoch 0 are restored", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = 0.0, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("rl8_flip_unseeded_generator", "a8_pipeline", "random_flip",
       "the coins come from np.random.default_rng() created without the seed: the flips are random but the seed "
       "argument is never used, so the same seed gives different flips on every call", """
def random_flip(x, p, seed):
    rng = np.random.default_rng()
    flip = rng.random(x.shape[0]) < p
    out = x.copy()
    out[flip] = x[flip][..., ::-1]
    return out
"""),
    _e("rl8_log_grid_cumsum_equal_steps", "a8_pipeline", "log_grid",
       "the grid is built from low by a cumulative sum of n - 1 equal additive steps (high - low) / (n - 1): a linear "
       "grid, where a log-scale grid has a constant ratio between consecutive values", """
def log_grid(low, high, n):
    steps = np.full(n - 1, (high - low) / (n - 1))
    return low + np.concatenate([[0.0], np.cumsum(steps)])
""", catalogued="linear_grid"),
    _e("rl8_crop_offsets_endpoint_false_per_image", "a8_pipeline", "random_crop",
       "each image's offsets are drawn in a loop with rng.integers(0, room, endpoint=False), room = H + 2 * padding - "
       "size: the upper end is excluded, so the largest offset is never drawn and the window never touches the bottom "
       "or right edge of the padded image", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    room_h, room_w = H + 2 * padding - size, W + 2 * padding - size
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        r = rng.integers(0, room_h, endpoint=False) if room_h > 0 else 0
        c = rng.integers(0, room_w, endpoint=False) if room_w > 0 else 0
        out[i] = padded[i, :, r:r + size, c:c + size]
    return out
""", catalogued="crop_offset_off_by_one"),
]

HOLDOUT63_CORRECT: list[Entry] = [
    _e("rlk_correct_sigmoid_errstate_overflow", "a1_backprop", "sigmoid_forward",
       "correct: the plain 1 / (1 + exp(-x)) under np.errstate(over='ignore'): for large negative x exp overflows to "
       "inf and 1 / inf is 0, so the result stays finite; the output cached", """
def sigmoid_forward(x):
    with np.errstate(over="ignore"):
        out = 1.0 / (1.0 + np.exp(-np.asarray(x, dtype=float)))
    return out, out
"""),
    _e("rlk_correct_newton_solve_shifted_rhs", "a2_optim", "newton_step",
       "correct: the new weights solved directly from H w' = H w - grad (one np.linalg.solve, no inverse)", """
def newton_step(w, grad, hessian):
    return np.linalg.solve(hessian, hessian @ w - grad)
"""),
    _e("rlk_correct_maxpool_sliding_window", "a3_conv", "max_pool_forward",
       "correct: max pooling from sliding_window_view with every stride-th window kept, reduced over the window axes",
       """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    win = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    out = win.max(axis=(-2, -1))
    return out, (x, pool_param)
"""),
    _e("rlk_correct_he_normal_standard_scaled", "a4_init", "he_normal",
       "correct: standard normal draws of the seeded generator scaled by he_std (the same values as normal(0, std))",
       """
def he_normal(shape, seed):
    z = np.random.default_rng(seed).standard_normal(size=shape)
    return he_std(shape) * z
"""),
    _e("rlk_correct_layernorm_fwd_np_std", "a5_normalization", "layernorm_forward",
       "correct: layer norm with inv_std from np.sqrt(np.var(..., axis=1) + eps) written as a negative power, the "
       "row statistics kept as (N, 1) columns", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = np.mean(x, axis=1)[:, None]
    inv_std = (np.var(x, axis=1)[:, None] + eps) ** -0.5
    x_hat = (x - mu) * inv_std
    return x_hat * gamma + beta, (x_hat, gamma, inv_std)
"""),
    _e("rlk_correct_gap_backward_repeat", "a7_architectures", "global_avg_pool_backward",
       "correct: dout / (H * W) repeated over the H and W axes with np.repeat", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = (dout / (H * W))[:, :, None, None]
    return np.repeat(np.repeat(share, H, axis=2), W, axis=3)
"""),
    _e("rlk_correct_update_ratio_sqrt_sums", "a8_pipeline", "update_ratio",
       "correct: the ratio as |lr| * sqrt(sum(dW**2)) / sqrt(sum(W**2))", """
def update_ratio(W, dW, lr):
    return abs(lr) * math.sqrt(np.sum(np.square(dW))) / math.sqrt(np.sum(np.square(W)))
"""),
]

JUDGED_ON63 = "2026-12-07 on commit 85a1075"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout63 on commit 85a1075 (JUDGED_ON63), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT61 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included, and a right diagnosis beside a false one), and so is one whose observation is true but whose
# explanation names only mechanisms that are not there; a departure naming the line with the mistake is right, and so is
# a range over two to four lines that holds it; a catalogued entry whose name is not given is judged by its diagnoses;
# one of few causes, the entry's among them, is tolerated (close's checklist beside an exact departure, as
# z1_numgrad_backward_difference in JUDGEMENT11; loss_flat's first of three guesses, as
# rj6_dedup_with_np_unique_sorts_images in JUDGEMENT61); a raised_here is judged as a departure that names a line; an
# error raised by Python, NumPy or torch, a shape comparison or an accuracy figure alone is nothing; a one_edit (or a
# one_slip) is right where its change is the fix of the cause and misleading where its facts hold only on the inputs
# tried. Of the kinds new in the last bench (optimizer_setting, whole_powers, rows_per_image, class_ranking,
# unending_recursion, the one_edit on a deleted line that stores state, warmup_never_ends) none appears in this set's
# feedback. Decided here (new in this set): kept_state's generic "it keeps something from one call to the next outside
# what it is given and returns (a global, an attribute set on the function, a mutable default argument ...), or draws
# random numbers without the seed it is given; keep state only where the assignment asks (in config)" for np.maximum(x,
# 0, where=x > 0) without out= (the entries where x <= 0 left uninitialized: no state, no draw) names only mechanisms
# that are not there, beside right departures on the MLP tests: misleading (a close call; unlike JUDGEMENT56's
# kept_state that names np.empty's "whatever memory held", right); a departure saying "line 286: `out = np.zeros((N, C,
# Ho, Wo))` raises the error ..., though what that line reads (C, Ho, N, Wo) agrees with the correct code; the mistake
# is in that line" for an output size computed with true division (Ho is 4.0, a float, where the correct code's 4 is an
# int: the very difference np.zeros refuses) declares the float agreeing and blames the correct code's own line:
# misleading (a close call: the student's loops take int(Ho), so int() added on line 286 would repair it too, and the
# fourth test's raised_here shows "`Ho` is a float (3.5)"; as in m3_avgpool_output_size_true_division in JUDGEMENT13,
# the slip is the `/`); one_slip's "yours is what the correct code gives with either of two slips (the test cannot tell
# which) ...: `loss > best` where `loss < best` is meant ...; or `best_epoch` where `best` is meant" for a best loss
# started at 0.0 instead of infinity (both slips, like the student's 0.0, make no epoch an improvement on the test's
# positive losses: true there) names slips that are not there: misleading (as the one_edit right only on the inputs
# tried); a departure naming `p` at line 181, `p = np.exp(scores)`, as "most likely" the mistake on the 65-example test,
# for a batch slice order[start:64] (line 176; the second pass's slice is empty, skipped by `continue`, so line 181
# never runs in it and `p` keeps pass 1's value) blames a right line, though the 90-example test names line 176:
# misleading (as rj3_dsep_mults_spatially_separable_depthwise in JUDGEMENT61); fits_batches_not_predictions's three
# guesses (other inputs than it trained on, another model, rows in another order) for a prediction run on
# X_train[:len(X_test)] (the model is handed training images, the very ones it trained on, in order) are all absent:
# misleading (a close call: "another order" is the nearest, but nothing is reordered; as
# qu6_returns_negative_log_probabilities in JUDGEMENT46). Close calls: float32's "something computes in float32 (an
# array or a constant of that dtype, torch's default); compute in float64" for a result cast with .astype(np.float32) at
# the end: right (as qk2_exponential_lr_float32 in JUDGEMENT36); close's "within a relative 0.0006242 of the expected
# everywhere, but the check asks for 1e-07" on xavier_std (300, 101) (isqrt(401) = 20: 0.0707107 where 0.0706225,
# 0.000624 in the grader's |a - b| / (|a| + |b|), the measure of its "max rel error"; the check is EXACT, rtol 1e-12,
# and "1e-07" is close's own threshold, as in JUDGEMENT50) beside departures that give every other number exactly:
# right; a wrong name (saliency_of_all_scores, on the one test where every row's index is a label, so every row gets a
# row of ones) beside a right index_error and departure on the others: wrong_name, with those relations (as
# ql7_resblock_fwd_cache_branch_before_shortcut in JUDGEMENT37); raised_here's "line 218: `w = np.linalg.solve(R, Q @
# y)` raises the error at `Q @ y`. There, `Q` ... (20, 4); `y` ... (20,)" under NumPy's matmul error names the product
# and the operand that needs its transpose: right.
JUDGEMENT63: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (both tests): "`dx`, set by line 218: `dx = dout / (1.0 + t * t)`. What that line reads (dout, t)
    # agrees ...; your `dx` differs from the right value (by up to 0.858) ...: the mistake is in that line".
    "rl1_tanh_bwd_arctan_derivative": ("right", ("departure",), ""),
    # raised_here (three tests): "line 218: `w = np.linalg.solve(R, Q @ y)` raises the error at `Q @ y`. There, `Q` is
    # a float64 array of shape (20, 4); `y` ... (20,). `Q` is set at line 217: `Q, R = np.linalg.qr(X)`" (reduced QR:
    # true; a close call, above).
    "rl1_linreg_qr_q_not_transposed": ("right", ("raised_here",), ""),
    # departure: "`loss`, set by line 217: `loss = np.linalg.norm(diff) / diff.size` ... your `loss` is 0.470963 where
    # 2.66167 is right ...: the mistake is in that line" (sqrt(31.94) / 12 and 31.94 / 12 on the (4, 3) inputs: true).
    "rl1_mse_norm_not_squared": ("right", ("departure",), ""),
    # kept_state (two tests): "your relu_forward() returns other values each time it is called again with the same
    # arguments ...: it keeps something from one call to the next outside what it is given and returns (a global, an
    # attribute set on the function, a mutable default argument such as config={}), or draws random numbers without
    # the seed it is given; keep state only where the assignment asks (in config) ..." (none of these is there: a
    # decision, above); departure (three MLP tests): "`out`, set by line 217: `out = np.maximum(x, 0, where=x > 0)`
    # ...: the mistake is in that line (another function, or other arguments, than meant?) ..." (right).
    "rl1_relu_fwd_ufunc_where_without_out": (
        "misleading", (),
        "line 217, np.maximum(x, 0, where=x > 0) with no out= array, computes only where x > 0: the other entries of "
        "the freshly allocated result are never written and hold whatever memory held (other values on every call), "
        "not 0; nothing is kept between calls and nothing is drawn; write np.maximum(x, 0), or pass "
        "out=np.zeros_like(x)."),
    "rl1_softmax_power_of_e": ("named", (), ""),
    "rl1_ce_onehot_broadcast_not_over_n": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # float32 (two tests): "your values are float32 numbers: a precision issue, not a wrong formula: something
    # computes in float32 (an array or a constant of that dtype, torch's default); compute in float64" (a close call,
    # above); the weight-decay test's own message adds "your output is float32".
    "rl2_sgd_result_cast_to_float32": ("right", ("float32",), ""),
    # departure (five tests): "the first value of yours that is not what the correct code's `config['acc_grad']` holds
    # there is `config['acc_grad']`, set by line 245: `config["acc_grad"] = rms_grad` ... (by up to 5.98) ...: the
    # mistake is in that line, or in what `config` holds" (the stored root: the line with the mistake).
    "rl2_adadelta_rms_stored_as_accumulator": ("right", ("departure",), ""),
    # departure (four tests): "`cache`, set by line 239: `cache = config.get("cache", np.zeros_like(w)) + w ** 2`. In
    # it, `w ** 2` is the first part whose value the correct code never computes ...: the mistake is in that line, or
    # in what `config` holds"; on two tests "The mistake is in lines 239-241" (the range begins on the mistake).
    "rl2_adagrad_cache_of_weights": ("right", ("departure",), ""),
    # departure: "the loop at lines 238-242 ... On its first pass, line 239: `step = -learning_rate *
    # linear_regression_gradient(w, X, y) + 0.9 * (w - w_prev)` is the first to compute a value the correct code never
    # computes ...: look there first. One change repairs it: written `step = -learning_rate *
    # linear_regression_gradient(w, X, y)` ..." (the fix); end_block beside it: "the first 1 of 10 are right ...
    # either what is carried from one step ... to the next goes wrong (state, ...) or ..." (a hedge; w_prev carried).
    "rl2_gd_heavy_ball_momentum_added": ("right", ("departure",), ""),
    "rl2_rmsprop_elementwise_loop_no_decay": ("named", (), ""),
    "rl2_nesterov_prev_copied_after_update": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # departure (both tests): "`xp`, set by line 283: `xp = np.pad(x, pad)` ...; your `xp` has shape (4, 5, 9, 9) where
    # the right value has (2, 3, 9, 9) ...: the mistake is in that line (another function, or other arguments, than
    # meant?)" (pad 1 on every axis; (6, 6, 13, 15) where (2, 2, 13, 15) with pad 2: true).
    "rl3_conv_naive_np_pad_every_axis": ("right", ("departure",), ""),
    # departure (three tests): "line 286: `out = np.zeros((N, C, Ho, Wo))` raises the error (at `np.zeros((N, C, Ho,
    # Wo))`), though what that line reads (C, Ho, N, Wo) agrees with the correct code; the mistake is in that line"
    # (Ho is 4.0, a float, for 9 x 9 with 3 x 3 windows of stride 2: a decision, above); raised_here (windows that do
    # not tile): "... `Ho` is a float (3.5)".
    "rl3_maxpool_out_size_true_division": (
        "misleading", (),
        "lines 284-285 compute the output size with true division, Ho = (H - ph) / s + 1, a float (4.0 for 9 x 9 "
        "with 3 x 3 windows of stride 2, 3.5 where the windows do not tile), and np.zeros((N, C, Ho, Wo)) at line 286 "
        "refuses a float size (TypeError); compute Ho = (H - ph) // s + 1 (and Wo alike), whole numbers rounded "
        "down."),
    # departure (both tests): "`dxp`, set by line 291: `dxp = np.zeros_like(x)` ...; your `dxp` has shape (8, 3, 16,
    # 16) where the right value has (8, 3, 18, 18) ...: the mistake is in that line" ((2, 2, 9, 11) where (2, 2, 13,
    # 15) with pad 2: true); shape_error beside it gives NumPy's mismatch at line 294 (15 against 16).
    "rl3_conv_bwd_fast_dx_buffer_unpadded": ("right", ("departure",), ""),
    # not_reduced: "the expected is the sum over axis 0 of yours (shape (2, 4) for (4,)): take the sum (e.g. db =
    # dout.sum(axis=0) ...)" (N = 2, F = 4: exact).
    "rl3_conv_bwd_db_over_spatial_only": ("right", ("not_reduced",), ""),
    # catalogued padding_one_side, not named; shifted (both tests): "yours is the expected moved 1 row up and 1 column
    # left (where they overlap they agree): the padding is on one side only, or a window starts at the wrong index"
    # (pad 1, stride 1; pad 2, stride 2: one output row either way: true).
    "rl3_fast_conv_zero_canvas_top_left": ("right", ("shifted",), ""),
    "rl3_param_count_groups_delegated_dense": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # departure (three tests): "line 93: `return rng.normal(0.0, np.sqrt(var), size=shape)`. In it, `np.sqrt(var)` is
    # the first part ...; what it returns is 3.63714 times the right value: the mistake is in that line" (1 /
    # sqrt(0.0755929) for (200, 150); 3.87298 = sqrt(15) for fan_in 225; 2.18994 for gain 2, fan_in 92: true).
    "rl4_xavier_normal_root_of_std": ("right", ("departure",), ""),
    # departure (seven tests): "line 93: `return gain * math.sqrt(2.0) / math.isqrt(fan_in + fan_out)` ... what it
    # returns is 0.0543928 where 0.0527046 is right: the mistake is in that line, or in the condition at line 92"
    # (isqrt(720) = 26; 0.0785674 where 0.0755929 for isqrt(350) = 18: true); close beside it on (300, 101) (a close
    # call, above).
    "rl4_xavier_std_integer_root": ("right", ("departure",), ""),
    # raised_here (three tests): "line 91: `if shape.ndim == 2:  # a linear weight (D, M)` raises the error at
    # `shape.ndim`. There, `shape` is a tuple of 2 items (an int (784), an int (100))" beside Python's "'tuple' object
    # has no attribute 'ndim'"; the other tests give that error alone.
    "rl4_fans_shape_ndim_attribute": ("right", ("raised_here",), ""),
    # departure (four tests): "`fan_in`, set by line 91: `fan_in, _ = compute_fans(tuple(shape)[::-1])` ...; your
    # `fan_in` is 256 where 512 is right ...: the mistake is in that line, or in compute_fans() that it calls" ((512,
    # 256) reversed; 1920 where 144 for (40, 16, 3, 3): true).
    "rl4_he_std_fans_of_reversed_shape": ("right", ("departure",), ""),
    "rl4_he_normal_seedsequence_without_entropy": ("named", (), ""),
    "rl4_xavier_std_reciprocal_mean_fan": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure (both tests): "`dmu`, set by line 225: `dmu = -dx_hat * inv_std + dvar * (-2.0 * xmu).mean(axis=0)`
    # ...; your `dmu` has shape (6, 4) where the right value has (4,) ...: the mistake is in that line".
    "rl5_bn_bwd_dmu_direct_term_not_summed": ("right", ("departure",), ""),
    # reshaped: "your values are right but your shape is (1, 3, 1, 1) where (3,) is expected: an axis of length 1 too
    # many or missing (keepdims=True, [:, None], ..., or a missing reshape)".
    "rl5_spatial_bn_bwd_param_grads_image_shaped": ("right", ("reshaped",), ""),
    # scaled: "yours is 1/W.size of the expected (W.size=24, the number of entries of W): a mean over its entries where
    # their sum is asked (np.mean for np.sum) ..." (exact).
    "rl5_l2_penalty_averaged_gradient_not": ("right", ("scaled",), ""),
    # no diagnosis: only the comparison, "out in test mode: 36 of 36 element(s) outside tolerance ...: got
    # -8.122085596, expected -8.007458548".
    "rl5_spatial_bn_forward_called_twice": (
        "nothing", (),
        "batchnorm_forward runs twice on the same bn_param, once for out and once more for the cache: out and the "
        "cache are right, but in train mode each call updates the running mean and variance twice (the momentum "
        "applied twice), so test mode normalizes with other statistics (-8.122 where -8.007); call it once, out, cache "
        "= batchnorm_forward(rows, gamma, beta, bn_param)."),
    "rl5_dropout_test_shortcut_only_when_p_one": ("named", (), ""),
    "rl5_bn_alt_apply_along_axis_centring": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # predictions_shuffled (three tests): "your code drew a permutation of the 739 rows of X_test (a DataLoader with
    # shuffle=True over X_test?): the predictions then come back in that shuffled order ...: Predict in order" (the
    # torch.randperm over Xt; the DataLoader a question).
    "rl6_test_set_shuffled_before_predict": ("right", ("predictions_shuffled",), ""),
    # fits_batches_not_predictions (digits, shapes): "the training loss fell from 2.11 to 0.04 ..., yet it predicts
    # 200 of those same training images ... at accuracy 0.12: what reaches the model when it predicts differs from
    # what it trained on (...), or the model that predicts is not the one that trained (...), or the predictions come
    # back in another order than the images (rows shuffled to predict them)" (a decision, above).
    "rl6_predicts_training_images": (
        "misleading", (),
        "the prediction runs on torch.tensor(X_train[:len(X_test)]), the first training images, instead of X_test: "
        "the logits have the right shape but row i is the prediction for training image i, not for test image i "
        "(0.12 on the 200 training images placed among the test images, a model that fits its batches); predict "
        "model(torch.tensor(X_test))."),
    # fits_batches_not_predictions (digits, shapes): "... at accuracy 0.14: what reaches the model when it predicts
    # differs from what it trained on (the images scaled or standardized for training but not for predicting, or with
    # other statistics, or another layout), or ..." (the first of three: the bytes of X_test.astype(np.uint8)).
    "rl6_test_images_cast_to_uint8": ("right", ("fits_batches_not_predictions",), ""),
    # no diagnosis; the check's message says it: "one column per class: the training labels are 0-5, so the logits
    # have 6 columns, got 10: take the number of classes from the labels (int(y_train.max()) + 1), not a number
    # written in the code".
    "rl6_classifier_hard_coded_ten_classes": (
        "check_message", (),
        "nn.Linear(32, 10) writes ten classes into the model: on the seeded test's labels 0-5 the logits have 10 "
        "columns where 6 are asked; build the last layer with int(y_train.max()) + 1 outputs."),
    # catalogued untrained_model, not named; loss_detached (three tests): "loss.backward() ran on losses cut off from
    # your model: of the first 20, 20 reach no weight through their graph ... A loss rebuilt from a number
    # (torch.tensor(loss.item(), requires_grad=True)), or computed from outputs taken out of the graph (.detach(),
    # ...): call backward() on the loss computed with torch operations from the model's output" (as
    # qk6_forward_under_no_grad_loss_requires_grad in JUDGEMENT36).
    "rl6_loss_detached_then_requires_grad": ("right", ("loss_detached",), ""),
    # catalogued labels_shuffled, not named; loss_flat (digits, shapes): "the training loss stayed at about 2.17 over
    # 200 steps (ln 10 = 2.30 ...): the model learned nothing from its batches. A batch's labels not those of its
    # images (index X and y with the same indices, one permutation for both), steps that do not reach ..., or a
    # learning rate too small ...?" (the first of three, the cause; 20 batches x 10 epochs: true).
    "rl6_images_argsorted_by_label_labels_kept": ("right", ("loss_flat",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # departure (three tests): "line 178: `return cam.astype(np.uint8)`. What that line reads (cam) agrees ...; what it
    # returns differs from the right value (by up to 256): the mistake is in that line".
    "rl7_cam_cast_to_uint8": ("right", ("departure",), ""),
    # saliency_of_all_scores named on the every-class test (a decision, above); index_error (main test): "line 179:
    # `dscores[y] = 1` raises the error at `dscores[y]`. There, `dscores` ... (3, 4); `y` ... (3,) ... index 3 on axis
    # 0 of an array of 3 ...: ... or one computed with another axis's length (..., rows indexed by what counts
    # columns)?" (the last guess the cause); departure (three tests): "... the mistake is in that line".
    "rl7_saliency_onehot_rows_by_label": (
        "wrong_name", ("index_error", "departure"),
        "line 179, dscores[y] = 1, indexes rows by the labels: each row whose index is a label gets 1 in every class "
        "and the others 0 (IndexError where a label is N or more: label 3 for 3 rows), where the one-hot has 1 at (n, "
        "y[n]); write dscores[np.arange(N), y] = 1."),
    # shape_error (both projection tests): "line 184: `shortcut = shortcut + x @ params["Ws"] + params["bs"]` raises
    # the error at `shortcut + x @ params["Ws"]` ... (3, 4) and (3, 6) ..."; one_edit: "written `shortcut = x @
    # params["Ws"] + params["bs"]`, your function runs without the error and returns the expected values ..." (the fix).
    "rl7_resblock_projection_added_to_identity": ("right", ("shape_error", "one_edit"), ""),
    # transposed (both tests): "yours is the expected transposed (shape (3, 2) for (2, 3)): a .T too many or missing
    # ...".
    "rl7_gap_forward_transposed": ("right", ("transposed",), ""),
    "rl7_gap_backward_np_resize": ("named", (), ""),
    "rl7_fc_to_conv_filters_from_row_blocks": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # wrong_statistic (both tests): "your value [0] is the median of params['W1'] ..., np.median(params['W1']), where
    # its mean, np.mean(params['W1']), is asked; your value [2] is the median of grads['W1'] ...: the wrong statistic".
    "rl8_param_stats_median_as_mean": ("right", ("wrong_statistic",), ""),
    # departure (90 examples): "... after pass 2 (start = 64) they part ... your `idx` (line 176: `idx =
    # order[start:batch]`) holds what the correct code's `idx` holds in its pass 1 ...: the mistake is most likely in
    # line 176"; (65 examples): "... your `p` (line 181: `p = np.exp(scores)`) holds what the correct code's `probs`
    # holds in its pass 1 ...; the mistake is most likely in line 181" (a right line: a decision, above).
    "rl8_train_batch_slice_end_fixed": (
        "misleading", (),
        "line 176 slices order[start:batch], an end fixed at 64: from the second batch of each epoch on the slice is "
        "empty (order[64:64]) and skipped by the `continue`, so every epoch takes one step on its first 64 rows (20 "
        "steps where 40 on the 90 examples); write order[start:start + batch]."),
    # one_slip: "yours is what the correct code gives with either of two slips (the test cannot tell which) ...: `loss
    # > best` where `loss < best` is meant ...; or `best_epoch` where `best` is meant" (true on the test's positive
    # losses, neither there: a decision, above); the min_delta test gives only "stop epoch: ... got 1, expected 4".
    "rl8_early_best_starts_at_zero": (
        "misleading", (),
        "best starts at 0.0 where it must start at infinity: no validation loss is below 0, so no epoch is ever an "
        "improvement, wait counts from epoch 0 and training stops at epoch patience - 1 with weights[0] (stop 1 where "
        "4 with patience 2 on the min_delta test); start with best = math.inf."),
    # unread_parameter (both tests): "your random_flip() never reads its parameter `seed` (here 5), which the correct
    # code uses: what the caller passes there is ignored" (np.random.default_rng() without it).
    "rl8_flip_unseeded_generator": ("right", ("unread_parameter",), ""),
    "rl8_log_grid_cumsum_equal_steps": ("named", (), ""),
    "rl8_crop_offsets_endpoint_false_per_image": ("named", (), ""),
}
# Counts: named 13, right 27 (named or right 40/48 = 83%; not in the catalogue: right 24/32 = 75%; the 16
# catalogued: 13 named, and 3, rl3_fast_conv_zero_canvas_top_left, rl6_loss_detached_then_requires_grad and
# rl6_images_argsorted_by_label_labels_kept, right by their diagnoses), misleading 5, vague 0, nothing 1, wrong_name
# 1, check_message 1, not_caught 0. HOLDOUT63_CORRECT: all 7 earn full marks.

HOLDOUT63 = [replace(e, verdict=JUDGEMENT63[e.id][0], expected=frozenset(JUDGEMENT63[e.id][1]),
                     ideal=JUDGEMENT63[e.id][2]) if e.id in JUDGEMENT63 else e for e in HOLDOUT63]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,391 earlier ones (corpus.py and holdout.py-holdout61.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). 6 of the 48 mistakes (3 of them catalogued) and 5 of
# the 7 right variants repeat.
# Fresh mistakes (the 42 that repeat no earlier entry): named or right 35/42 = 83%.
# (id -> the earlier entry it repeats)
REPEATED63: dict[str, str] = {
    "rl1_ce_onehot_broadcast_not_over_n": "l1_ce_onehot_gradient_not_over_n",
    "rl4_xavier_std_reciprocal_mean_fan": "g4_xavier_std_one_over_n",
    "rl5_spatial_bn_bwd_param_grads_image_shaped": "j5_spatial_bwd_dgamma_kept_4d",
    "rl6_test_set_shuffled_before_predict": "b6_test_loader_shuffled",
    "rl6_classifier_hard_coded_ten_classes": "d6_ten_classes_hardcoded",
    "rl6_images_argsorted_by_label_labels_kept": "ql6_images_sorted_by_ink_labels_kept",
    "rlk_correct_newton_solve_shifted_rhs": "rek_correct_newton_solve_shifted_rhs",
    "rlk_correct_maxpool_sliding_window": "sok_a3_maxpool_sliding_windows",
    "rlk_correct_he_normal_standard_scaled": "qbk_correct_he_normal_standard_scaled",
    "rlk_correct_gap_backward_repeat": "qbk_correct_gap_bwd_repeat",
    "rlk_correct_update_ratio_sqrt_sums": "l8_correct_update_ratio_root_sums",
}
