"""A fourteenth hold-out (issue 17): student-style mistakes written without seeing the detectors.

Judged once (JUDGEMENT14 below) on commit ebdc62b by an independent helper that wrote neither the detectors nor
these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout14 (73% named or right then).

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py,
slips.py, mutants.py, departure.py, sandbox/locals_trace.py), its tests, the judgements of corpus.py and the
earlier hold-outs, or the git log; only the solutions, their catalogues (mistakes.py), their grader tests, the
student stubs, the reference implementations and the ids and causes of the earlier sets (to avoid
duplicates). Each entry was checked only by its score (every mistake loses points, every right variant earns
full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py: HOLDOUT14 holds
the mistakes (`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT14_CORRECT
right implementations written unusually, which must earn full marks. Do not tune the detectors on these
entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT14: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("n1_affine_dx_reshaped_only_above_3d", "a1_backprop", "affine_backward",
       "dx is reshaped back to the shape of x only under `if x.ndim > 3`: for a 3-D x (N, d1, d2) dx is returned "
       "flat, (N, D), instead of shaped like x (dw and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    dx = dout.dot(w.T)
    if x.ndim > 3:
        dx = dx.reshape(x.shape)
    dw = x.reshape(x.shape[0], -1).T.dot(dout)
    db = np.sum(dout, axis=0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    _e("n1_softmax_shift_by_row_mean", "a1_backprop", "softmax",
       "the scores are shifted by each row's mean instead of its maximum before np.exp: with scores spread over "
       "thousands the largest score is still far above the mean and np.exp overflows (inf / inf = nan)", """
def softmax(scores):
    centred = scores - scores.mean(axis=1, keepdims=True)
    e = np.exp(centred)
    return e / e.sum(axis=1, keepdims=True)
""", catalogued="softmax_no_max_subtraction"),
    _e("n1_mse_square_of_mean", "a1_backprop", "mse_loss",
       "the loss is the square of the mean difference, np.mean(diff) ** 2, instead of the mean of the squared "
       "differences, np.mean(diff ** 2) (dpred right)", """
def mse_loss(pred, target):
    diff = pred - target
    loss = np.mean(diff) ** 2
    dpred = 2 * diff / diff.size
    return loss, dpred
"""),
    _e("n1_bce_log10", "a1_backprop", "binary_cross_entropy_loss",
       "the loss takes base-10 logarithms (np.log10) instead of natural ones: it is the cross-entropy divided by "
       "ln(10) (dprobs, written for the natural log, right)", """
def binary_cross_entropy_loss(probs, target):
    loss = -np.mean(target * np.log10(probs) + (1 - target) * np.log10(1 - probs))
    dprobs = (probs - target) / (probs * (1 - probs)) / probs.size
    return loss, dprobs
"""),
    _e("n1_numgrad_minus_step_from_shifted_x", "a1_backprop", "eval_numerical_gradient",
       "the second evaluation is set up with x[i] -= h on the already shifted x[i] + h, which brings it back to "
       "x[i] instead of x[i] - h: the difference is f(x + h) - f(x), divided by 2h, half of a one-sided "
       "difference (and x[i] is restored only up to rounding)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    for i in np.ndindex(*x.shape):
        x[i] += h
        f_plus = f(x)
        x[i] -= h
        f_minus = f(x)
        grad[i] = (f_plus - f_minus) / (2 * h)
    return grad
"""),
    _e("n1_mlp_tanh_hidden_layer", "a1_backprop", "two_layer_mlp_loss",
       "the hidden layer uses tanh (tanh_forward / tanh_backward) instead of the ReLU the docstring asks for: "
       "scores, loss and gradients are those of another network", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, c1 = affine_forward(X, W1, b1)
    a, ct = tanh_forward(h)
    scores, c2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    da, dW2, db2 = affine_backward(dscores, c2)
    dh = tanh_backward(da, ct)
    _, dW1, db1 = affine_backward(dh, c1)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("n2_momentum_velocity_stored_never_read", "a2_optim", "sgd_momentum",
       "the velocity is stored in config['velocity'] after each step but never read back: every call starts "
       "from v = np.zeros_like(w), so the update is always -lr * dw and momentum never builds up", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = np.zeros_like(w)
    v = config["momentum"] * v - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    return w + v, config
""", catalogued="velocity_not_stored"),
    _e("n2_adadelta_decay_weights_swapped", "a2_optim", "adadelta",
       "both accumulators weight the old value by (1 - rho) and the new square by rho (acc = (1 - rho) acc + "
       "rho g**2): with rho = 0.9 they follow the last step almost alone instead of decaying slowly", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = (1 - rho) * config.get("acc_grad", np.zeros_like(w)) + rho * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = (1 - rho) * acc_delta + rho * step ** 2
    return w - config["learning_rate"] * step, config
"""),
    _e("n2_minibatch_short_last_batch_merged", "a2_optim", "minibatch_sgd",
       "the epoch is cut into N // batch_size batches and the leftover rows are merged into the last one (one "
       "larger batch) instead of forming a smaller batch of their own: one update fewer per epoch when "
       "batch_size does not divide N", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    n_batches = max(n // batch_size, 1)
    w = np.array(w0, dtype=float)
    path = []
    for _ in range(epochs):
        order = rng.permutation(n)
        for k in range(n_batches):
            stop = (k + 1) * batch_size if k < n_batches - 1 else n
            idx = order[k * batch_size:stop]
            w = w - learning_rate * linear_regression_gradient(w, X[idx], y[idx])
            path.append(w.copy())
    return np.array(path)
"""),
    _e("n2_noise_std_power_one_half_precedence", "a2_optim", "gradient_noise_std",
       "the square root is written x ** 1 / 2, which Python reads as (x ** 1) / 2: the function returns half "
       "the variance eta / (1 + step)**gamma instead of its square root (x ** 0.5 or x ** (1 / 2))", """
def gradient_noise_std(step, eta=0.3, gamma=0.55):
    variance = eta / (1 + step) ** gamma
    return variance ** 1 / 2
"""),
    _e("n2_rmsprop_cache_starts_at_first_square", "a2_optim", "rmsprop",
       "on the first call the cache is set to the first squared gradient itself (cache = dw**2, no decay) "
       "instead of starting from zero and taking (1 - decay_rate) dw**2: the first steps are about "
       "1 / sqrt(1 - decay_rate) times too small", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    rho = config["decay_rate"]
    if "cache" not in config:
        config["cache"] = g ** 2
    else:
        config["cache"] = rho * config["cache"] + (1 - rho) * g ** 2
    return w - config["learning_rate"] * g / (np.sqrt(config["cache"]) + config["epsilon"]), config
"""),
    _e("n2_step_lr_searchsorted_left", "a2_optim", "step_lr",
       "the number of decays is counted with np.searchsorted(milestones, step) (side='left'), which counts the "
       "milestones strictly below step: at step 7, 14, ... the rate has not decayed yet, so every decay comes "
       "one step late (side='right' counts the milestones <= step)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    milestones = np.arange(step_size, step + step_size + 1, step_size)
    decays = int(np.searchsorted(milestones, step))
    return base_lr * gamma ** decays
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("n3_output_size_rounded_to_nearest", "a3_conv", "conv_output_size",
       "only a kernel larger than the padded input is rejected; when the stride does not tile the span the "
       "quotient is rounded to the nearest integer (round(span / stride)) instead of raising ValueError", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - dilation * (kernel_size - 1) - 1
    if span < 0:
        raise ValueError("the kernel does not fit")
    return int(round(span / stride)) + 1
""", catalogued="output_size_not_rejected"),
    _e("n3_conv_fast_stride_on_rows_only", "a3_conv", "conv_forward_fast",
       "the windows are subsampled by the stride along the rows only ([:, :, ::stride, :]): along the columns "
       "every window is kept, so with stride 2 the output is (N, F, Ho, W') with W' the stride-1 width", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    F, C, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, :]
    out = np.einsum("nchwkl,fckl->nfhw", windows, w) + b[None, :, None, None]
    return out, (x, w, b, conv_param)
"""),
    _e("n3_avgpool_bwd_area_from_stride", "a3_conv", "avg_pool_backward",
       "each window's gradient is divided by stride * stride instead of its area pool_height * pool_width: "
       "right only when the stride equals a square window's size (2x2, stride 2), wrong for overlapping or "
       "non-square windows", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    _, _, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for i in range(Ho):
        for j in range(Wo):
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] += dout[:, :, i, j][:, :, None, None] / (s * s)
    return dx
"""),
    _e("n3_conv_bwd_fast_db_divided_by_batch", "a3_conv", "conv_backward_fast",
       "db is summed over the batch and the pixels, then divided by the batch size N: the bias gradient is a sum, "
       "the 1/N of the loss is already in dout (dx and dw right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.einsum("nfhw,nchwkl->fckl", dout, windows)
    db = dout.sum(axis=(0, 2, 3)) / N
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout,
                                                                                       w[:, :, i, j])
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
"""),
    _e("n3_unpool_indices_decoded_column_major", "a3_conv", "max_unpool",
       "the flat indices (row * W + col, row-major) are decoded with np.unravel_index(..., order='F'), the "
       "column-major order: each value lands at another position of the output plane", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    out = np.zeros((N, C, *output_shape))
    for n in range(N):
        for c in range(C):
            rows, cols = np.unravel_index(indices[n, c].ravel(), output_shape, order="F")
            out[n, c, rows, cols] = x[n, c].ravel()
    return out
"""),
    _e("n3_dsep_multiply_pointwise_with_kernel_area", "a3_conv", "depthwise_separable_multiply_count",
       "the pointwise part is counted with the kernel's area too (oh * ow * in * out * kh * kw): the pointwise "
       "convolution is 1x1, one multiplication per input channel and output channel at each position", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    depthwise = oh * ow * in_channels * kh * kw
    pointwise = oh * ow * in_channels * out_channels * kh * kw
    return depthwise + pointwise
"""),
    # ------------------------------------------------------------------ a4_init
    _e("n4_he_normal_seeded_rng_unused", "a4_init", "he_normal",
       "a generator is made from the seed, but the draws come from np.random.normal, NumPy's global generator: "
       "the seed does not reproduce the weights", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    std = he_std(shape)
    return np.random.normal(loc=0.0, scale=std, size=shape)
""", catalogued="global_seed_in_he_normal"),
    _e("n4_xavier_std_floor_division", "a4_init", "xavier_std",
       "the fan_avg formula is written 2 // (fan_in + fan_out), Python's floor division: it is 0 for any layer "
       "with more than 2 units, so the std is 0 (true division, 2 / (fan_in + fan_out))", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        return gain * math.sqrt(2 // (fan_in + fan_out))
    return gain * math.sqrt(1 / fan_in)
"""),
    _e("n4_fans_conv_in_channels_counted_twice", "a4_init", "compute_fans",
       "for a conv weight the receptive field is taken as the product of shape[1:] (in_channels included), then "
       "multiplied by in_channels again for fan_in and by out_channels for fan_out: both fans carry an extra "
       "factor in_channels (the receptive field is kh * kw, shape[2:])", """
def compute_fans(shape):
    if len(shape) == 2:
        return shape[0], shape[1]
    receptive = int(np.prod(shape[1:]))
    return shape[1] * receptive, shape[0] * receptive
"""),
    _e("n4_stats_tanh_mapped_to_arctan", "a4_init", "activation_statistics",
       "the activation table maps 'tanh' to np.arctan instead of np.tanh: the tanh layers compute arctan, whose "
       "outputs lie in (-pi/2, pi/2) and saturate far more slowly", """
def activation_statistics(X, weights, activation):
    table = {
        "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
        "tanh": np.arctan,
        "relu": lambda z: np.maximum(0.0, z),
        "linear": lambda z: z,
    }
    f = table[activation]
    h = X
    means, variances = [], []
    for W in weights:
        h = f(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("n4_xavier_std_gain_squared", "a4_init", "xavier_std",
       "the gain multiplies the std squared (gain**2 * sqrt(...)), as if it scaled the variance: the std is "
       "gain * sqrt(...), the variance gain**2 * 2 / (fan_in + fan_out)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    fan = (fan_in + fan_out) / 2 if mode == "fan_avg" else fan_in
    return gain ** 2 * math.sqrt(1.0 / fan)
"""),
    _e("n4_stats_mean_of_absolute_values", "a4_init", "activation_statistics",
       "the mean recorded after each layer is the mean of |h| (np.abs(h).mean()) instead of the mean of h: "
       "for tanh layers, centred on 0, it reports a large positive mean (the variances right)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h = X
    means = np.zeros(len(weights))
    variances = np.zeros(len(weights))
    for layer, W in enumerate(weights):
        h = acts[activation](h @ W)
        means[layer] = np.abs(h).mean()
        variances[layer] = h.var()
    return means, variances
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("n5_bn_variance_from_np_cov", "a5_normalization", "batchnorm_forward",
       "the batch variance is taken as the diagonal of np.cov(x, rowvar=False), which divides by N - 1 (ddof=1 "
       "by default): x is normalized with the unbiased variance instead of the biased x.var(axis=0)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mu = x.mean(axis=0)
        var = np.atleast_1d(np.diag(np.atleast_2d(np.cov(x, rowvar=False))))
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * x.var(axis=0) * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
""", catalogued="bn_unbiased_variance"),
    _e("n5_layernorm_via_batchnorm_forward", "a5_normalization", "layernorm_forward",
       "layer norm calls batchnorm_forward on x as it is (train mode, a throwaway bn_param): the statistics are "
       "each feature's over the batch (axis 0) instead of each row's over its features; layer norm needs them "
       "per row (batchnorm_forward on x.T, or axis=1)", """
def layernorm_forward(x, gamma, beta, ln_param):
    bn_param = {"mode": "train", "eps": ln_param.get("eps", 1e-5)}
    out, (x_hat, _, inv_std) = batchnorm_forward(x, gamma, beta, bn_param)
    return out, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),
    _e("n5_bn_statistics_over_every_entry", "a5_normalization", "batchnorm_forward",
       "the mean and variance are x.mean() and x.var() over the whole (N, D) batch, one pair of scalars, instead "
       "of one per feature (axis=0): features with other scales are not normalized to unit variance", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mu = x.mean()
        var = x.var()
        inv_std = np.full(D, 1.0 / np.sqrt(var + eps))
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("n5_ln_bwd_dgamma_summed_per_row", "a5_normalization", "layernorm_backward",
       "dgamma and dbeta are summed over the features (axis=1), giving one value per row (N,), instead of over "
       "the batch (axis=0), one per feature (D,) (dx right)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = dout.shape[1]
    dx_hat = dout * gamma
    dx = inv_std / D * (D * dx_hat - dx_hat.sum(axis=1, keepdims=True)
                        - x_hat * (dx_hat * x_hat).sum(axis=1, keepdims=True))
    dgamma = np.sum(dout * x_hat, axis=1)
    dbeta = np.sum(dout, axis=1)
    return dx, dgamma, dbeta
"""),
    _e("n5_bn_alt_gamma_left_out", "a5_normalization", "batchnorm_backward_alt",
       "the simplified formula is applied to dout itself instead of dx_hat = dout * gamma: dx misses the factor "
       "gamma (dgamma and dbeta right)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx = inv_std / N * (N * dout - dout.sum(axis=0) - x_hat * (dout * x_hat).sum(axis=0))
    return dx, dgamma, dbeta
"""),
    _e("n5_groupnorm_bwd_inv_std_of_first_group", "a5_normalization", "groupnorm_backward",
       "the group statistics are indexed inv_std[:, 0:1] (the first group's) for every group instead of "
       "broadcasting inv_std (N, groups, 1) over the groups: every group's dx is scaled by the first group's "
       "inverse std", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[2]
    scale = inv_std[:, 0:1]
    dx = scale / M * (M * g - g.sum(axis=2, keepdims=True) - xh * (g * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("n7_mdn_log_weights_shifted_not_normalized", "a7_architectures", "mdn_nll",
       "log pi is taken as logits - max(logits) (the shift of a stable softmax) without subtracting the "
       "log-sum-exp: the mixing weights do not sum to 1, so every row's loss is off by its log-sum-exp minus its "
       "maximum (the responsibilities, hence the gradients, are unchanged by a per-row shift)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    log_pi = logits - logits.max(axis=1, keepdims=True)
    std = np.exp(log_std)
    z = (y[:, None] - mu) / std
    terms = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=1, keepdims=True)
    log_p = top + np.log(np.sum(np.exp(terms - top), axis=1, keepdims=True))
    gamma = np.exp(terms - log_p)
    pi = np.exp(log_pi) / np.exp(log_pi).sum(axis=1, keepdims=True)
    return -log_p.mean(), (pi - gamma) / N, -gamma * z / std / N, gamma * (1 - z ** 2) / N
""", catalogued="mdn_logits_used_as_log_weights"),
    _e("n7_nll_dlogstd_missing_one", "a7_architectures", "gaussian_nll",
       "dlog_std keeps only the derivative of the squared term, -(y - mu)**2 / var / N: the derivative 1 of the "
       "log_std term is left out (the loss and dmu right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    var = np.exp(2 * log_std)
    r = y - mu
    loss = np.sum(0.5 * np.log(2 * np.pi) + log_std + 0.5 * r ** 2 / var) / N
    dmu = -r / var / N
    dlog_std = -(r ** 2) / var / N
    return loss, dmu, dlog_std
"""),
    _e("n7_nll_dmu_not_divided_by_variance", "a7_architectures", "gaussian_nll",
       "dmu is -(y - mu) / N, the gradient of the unit-variance squared error: the division by the variance "
       "exp(2 log_std) is missing (the loss and dlog_std right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    inv_var = np.exp(-2 * log_std)
    r = y - mu
    loss = (0.5 * np.log(2 * np.pi) * r.size + log_std.sum() + 0.5 * np.sum(r ** 2 * inv_var)) / N
    dmu = -r / N
    dlog_std = (1 - r ** 2 * inv_var) / N
    return loss, dmu, dlog_std
"""),
    _e("n7_gap_forward_channels_mixed_by_reshape", "a7_architectures", "global_avg_pool_forward",
       "x is reshaped to (N, H * W, C) and averaged over axis 1, as if it were channels-last: on (N, C, H, W) "
       "that reshape mixes the channels' values, so each output averages pieces of several feature maps "
       "(x.reshape(N, C, -1).mean(axis=2))", """
def global_avg_pool_forward(x):
    N, C, H, W = x.shape
    out = x.reshape(N, H * W, C).mean(axis=1)
    return out, x.shape
"""),
    _e("n7_gap_bwd_height_width_swapped", "a7_architectures", "global_avg_pool_backward",
       "the gradient is broadcast onto np.ones((N, C, W, H)), the last two axes swapped: dx has shape "
       "(N, C, W, H) instead of the input's (N, C, H, W) (values right where H == W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.ones((N, C, W, H)) * dout[:, :, None, None] / (H * W)
"""),
    _e("n7_score_map_window_steps_by_its_size", "a7_architectures", "fc_score_map",
       "the window slides by the classifier's own size (range(0, H2 - H + 1, H)) instead of by one pixel: "
       "only non-overlapping windows are scored and the map has far fewer positions than H2 - H + 1", """
def fc_score_map(x, W, b, in_shape):
    w, bias = fc_to_conv(W, b, in_shape)
    M, C, H, W_ = w.shape
    N, _, H2, W2 = x.shape
    rows = range(0, H2 - H + 1, H)
    cols = range(0, W2 - W_ + 1, W_)
    out = np.zeros((N, M, len(rows), len(cols)))
    for a, i in enumerate(rows):
        for c, j in enumerate(cols):
            out[:, :, a, c] = x[:, :, i:i + H, j:j + W_].reshape(N, -1) @ W + bias
    return out
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("n8_crop_offsets_floor_of_scaled_uniform", "a8_pipeline", "random_crop",
       "the offsets are drawn as (rng.random(N) * (H + 2 * padding - size)).astype(int): a uniform number in "
       "[0, 1) times the largest offset, floored, never reaches the largest offset itself (multiply by one "
       "more, or rng.integers(0, hi + 1))", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = (rng.random(N) * (H + 2 * padding - size)).astype(int)
    cols = (rng.random(N) * (W + 2 * padding - size)).astype(int)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    return np.stack([padded[i, :, r:r + size, c:c + size] for i, (r, c) in enumerate(zip(rows, cols))])
""", catalogued="crop_offset_off_by_one"),
    _e("n8_train_test_reflattened_after_normalizing", "a8_pipeline", "train_and_predict",
       "both splits are normalized, but the test matrix is then flattened again from X_test "
       "(T = X_test.reshape(...)) after the normalization, which throws the normalized test split away: the "
       "model predicts on raw test inputs", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    T = X_test.reshape(X_test.shape[0], -1)
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            scores = X[idx] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            p = np.exp(scores)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= 0.1 * X[idx].T @ p
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
""", catalogued="test_split_not_normalized"),
    _e("n8_normalize_mean_pooled_from_sums", "a8_pipeline", "normalize_splits",
       "the mean and the std are pooled from both splits' sums ((sum over X_train + sum over X_test) / (N + M)): "
       "the test split leaks into the statistics, which must come from the training split alone", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    n, m = len(X_train), len(X_test)
    mean = (X_train.sum(axis=0) + X_test.sum(axis=0)) / (n + m)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    second = ((X_train - mean) ** 2).sum(axis=0) + ((X_test - mean) ** 2).sum(axis=0)
    std = np.sqrt(second / (n + m)) + eps
    return (X_train - mean) / std, (X_test - mean) / std
""", catalogued="normalize_with_all_data_statistics"),
    _e("n8_flip_mirrors_channel_axis", "a8_pipeline", "random_flip",
       "the chosen images are mirrored along axis 1 (x[flip][:, ::-1], the channels) instead of the last axis "
       "(the columns): on one-channel images nothing changes, on colour images the channels are reversed", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    flip = rng.random(len(x)) < p
    out = x.copy()
    out[flip] = x[flip][:, ::-1]
    return out
"""),
    _e("n8_normalize_std_without_eps", "a8_pipeline", "normalize_splits",
       "the standardization divides by the training std alone, without eps: a pixel constant over the training "
       "split (std 0, as a digit's border) gives 0 / 0 = nan instead of staying 0", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = np.mean(X_train, axis=0)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = np.std(X_train, axis=0)
    return (X_train - mean) / std, (X_test - mean) / std
"""),
    _e("n8_warmup_cosine_amplitude_base_lr", "a8_pipeline", "warmup_cosine_lr",
       "the cosine part is min_lr + base_lr * (1 + cos(pi t)) / 2, its amplitude base_lr instead of "
       "base_lr - min_lr: the decay starts at base_lr + min_lr, not base_lr (it still ends at min_lr)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + base_lr * (1 + math.cos(math.pi * t)) / 2
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("n6_loss_item_before_backward", "a6_cnn", "train_and_predict",
       "the loss is turned into a Python float with .item() (to print it) and then .backward() is called on that "
       "float: AttributeError on the first batch, nothing is trained (keep the tensor for backward, call .item() "
       "only for logging)", """
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
    for epoch in range(15):
        model.train()
        total = 0.0
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx]).item()
            loss.backward()
            opt.step()
            total += loss
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("n6_labels_shifted_to_one_based", "a6_cnn", "train_and_predict",
       "the labels are taken to run from 1 to K: the code subtracts 1 from y_train and counts y_train.max() "
       "classes, but the labels already start at 0, so class 0 becomes -1, out of range for cross_entropy "
       "(an error on the first batch), and the model has one output too few", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    n_classes = int(y_train.max())
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X = torch.tensor(X_train)
    y = torch.tensor(y_train - 1)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("n6_plain_sgd_tiny_learning_rate", "a6_cnn", "train_and_predict",
       "plain SGD (no momentum) with learning rate 1e-4, a fine-tuning rate: over 15 epochs of small batches the "
       "weights hardly move from their initialization, so the model is badly undertrained (low accuracy); SGD "
       "needs a rate around 0.01-0.1 (or momentum, or Adam at 1e-3)", """
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
    opt = torch.optim.SGD(model.parameters(), lr=1e-4)
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
    _e("n6_all_weights_zero_initialized", "a6_cnn", "train_and_predict",
       "every convolution and linear weight is initialized to zero (nn.init.zeros_): the first layers output "
       "constants that batch norm maps to 0, and zero weights downstream pass no gradient back, so only the "
       "last bias learns (the class frequencies): chance accuracy. Weights need random initialization to break "
       "the symmetry", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    for layer in model:
        if isinstance(layer, (nn.Conv2d, nn.Linear)):
            nn.init.zeros_(layer.weight)
            nn.init.zeros_(layer.bias)
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
    _e("n6_batch_slice_end_is_batch_size", "a6_cnn", "train_and_predict",
       "the batches are sliced order[start:batch_size] instead of order[start:start + batch_size]: the first "
       "batch of each epoch is right, every later one is empty (a nan mean loss with zero gradients, while Adam "
       "keeps moving the weights on its stored moments), so the model learns from one batch of 64 images per "
       "epoch, 15 real steps in all: an undertrained model", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X = torch.tensor(X_train)
    y = torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    batch_size = 64
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        order = torch.randperm(len(y), generator=g)
        for start in range(0, len(y), batch_size):
            idx = order[start:batch_size]
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("n6_test_images_converted_to_float64", "a6_cnn", "train_and_predict",
       "the test images are converted with np.asarray(X_test, dtype=float), NumPy's float64, while the model's "
       "weights are float32: the first convolution raises a dtype error at prediction time, after training "
       "(keep float32, or call .float())", """
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
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    test = torch.from_numpy(np.asarray(X_test, dtype=float)).to(device)
    with torch.no_grad():
        return model(test).cpu().numpy()
"""),
]

HOLDOUT14_CORRECT: list[Entry] = [
    _e("n1_correct_tanh_sinh_over_cosh", "a1_backprop", "tanh_forward",
       "correct: tanh computed as np.sinh(x) / np.cosh(x), the output cached for the backward pass", """
def tanh_forward(x):
    out = np.sinh(x) / np.cosh(x)
    return out, out
"""),
    _e("n2_correct_nesterov_mu_v_minus_lr_g", "a2_optim", "nesterov_momentum",
       "correct: the Nesterov step written w + momentum * v - lr * g with v the new velocity, which expands to "
       "w - momentum * v_prev + (1 + momentum) * v", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    g = _gradient(w, dw, config)
    v = mu * config.get("velocity", np.zeros_like(w)) - lr * g
    config["velocity"] = v
    return w + mu * v - lr * g, config
"""),
    _e("n3_correct_param_count_total_over_groups", "a3_conv", "conv_param_count",
       "correct: the weights of a dense conv divided by groups (out * in * kh * kw // groups), equal to "
       "out * (in / groups) * kh * kw, plus one bias per output channel", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else tuple(kernel_size)
    weights = out_channels * in_channels * kh * kw // groups
    return weights + (out_channels if bias else 0)
"""),
    _e("n4_correct_xavier_uniform_shifted_interval", "a4_init", "xavier_uniform",
       "correct: draws from U(0, 2a) shifted down by a, a = sqrt(3) * xavier_std, the same distribution as "
       "U(-a, a)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return rng.uniform(0.0, 2.0 * a, size=shape) - a
"""),
    _e("n5_correct_spatial_bn_bwd_full_graph_moveaxis", "a5_normalization", "spatial_batchnorm_backward",
       "correct: the channels moved last with np.moveaxis, the full-graph batchnorm_backward (not the simplified "
       "one) on the (N * H * W, C) batch, and the axes moved back", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    flat = np.moveaxis(dout, 1, -1).reshape(-1, C)
    dx, dgamma, dbeta = batchnorm_backward(flat, cache)
    dx = np.moveaxis(dx.reshape(N, H, W, C), -1, 1)
    return dx, dgamma, dbeta
"""),
    _e("n7_correct_fc_to_conv_reshape_then_moveaxis", "a7_architectures", "fc_to_conv",
       "correct: W reshaped to (C, H, W, M) first (its rows are in C, H, W order), then the output axis moved to "
       "the front with np.moveaxis", """
def fc_to_conv(W, b, in_shape):
    C, H, W_ = in_shape
    w = np.moveaxis(W.reshape(C, H, W_, W.shape[1]), -1, 0)
    return np.ascontiguousarray(w), np.array(b, copy=True)
"""),
    _e("n8_correct_warmup_cosine_half_angle_squared", "a8_pipeline", "warmup_cosine_lr",
       "correct: the cosine part written with the half-angle identity (1 + cos(pi t)) / 2 = cos(pi t / 2)**2", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * math.cos(math.pi * t / 2) ** 2
"""),
]

JUDGED_ON14 = "2026-12-04 on commit ebdc62b"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout14 on commit ebdc62b (JUDGED_ON14), by an
# independent helper that did not write the detectors or the entries: judgements, not measurements, and stale as soon
# as the catalogues or detectors change (the bench lists the entries whose output no longer fits their verdict).
# id -> (verdict, relations that are right for it (only where confident; () otherwise), ideal diagnosis (only where
# the verdict is not named/right)). Same standards as JUDGEMENT13 (and JUDGEMENT12 .. JUDGEMENT8): a diagnosis with a
# false statement anywhere is misleading, and so is one whose observation is true but whose explanation of it names
# only mechanisms that are not there (ties' "how ties are broken" for columns constant over the training split,
# scaled_per_feature's per-feature statistics where gamma is left out, loss_flat's labels apart from their images
# where they are indexed together); a departure naming a line where the mistake is not, is misleading (a loop fed by
# a wrong value set before it: the table entry "tanh": np.arctan, the ranges rows and cols), but one that names the
# line that uses a wrong value and then "or in `x`, set by line N" (the mistake) is right; a loop departure without a
# statement is right only when the loop is small and the mistake clearly in it; a generic hedge beside a right
# diagnosis is tolerated, and so is one_slip's or scaled's "either of two slips" / "fits more than one cause" where
# one of its few causes is the entry's; a one_slip that states a token the student's code does not have ("`sqrt(0.0
# /` where `sqrt(2.0 /` is meant" for `sqrt(2 // ...)`) is misleading; a catalogued name given to an entry that is
# not catalogued is judged by what it states (wrong_name where its cause is not the entry's); an error raised by
# Python, NumPy or torch is the comparison, not the check's message, and so is a check's message that points
# elsewhere; torch_error is right where the first cause it gives for torch's error is the entry's; a6's diagnoses
# read from the training are judged by whether the fitting, the steps and the cause they state are there.
JUDGEMENT14: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    "n1_affine_dx_reshaped_only_above_3d": ("named", (), ""),
    # catalogued softmax_no_max_subtraction not named; departure names line 215 `centred = scores -
    # scores.mean(axis=1, keepdims=True)`: "In it, `scores.mean(axis=1, keepdims=True)` is the first part whose value
    # the correct code never computes ... the mistake is in that line" (the mean where the maximum is meant)
    "n1_softmax_shift_by_row_mean": ("right", ("departure",), ""),
    # departure names `loss = np.mean(diff) ** 2` ("your `loss` is 0.000652596 where 2.66167 is right")
    "n1_mse_square_of_mean": ("right", ("departure",), ""),
    # one_slip: "a log10 where a log is meant (log10() for log()), where loss is computed (the same slip in two
    # places)"
    "n1_bce_log10": ("right", ("one_slip",), ""),
    # loop departure on the five-statement loop (lines 216-221, the function's body: "the mistake is in that loop"),
    # as z1_numgrad_backward_difference (a close call: it names no statement)
    "n1_numgrad_minus_step_from_shifted_x": ("right", ("departure",), ""),
    # one_slip: "`tanh_forward` where `relu_forward` is meant"; departure names `a, ct = tanh_forward(h)`
    "n1_mlp_tanh_hidden_layer": ("right", ("one_slip", "departure"), ""),
    # a2_optim
    "n2_momentum_velocity_stored_never_read": ("named", (), ""),
    # only the comparison (w leaves the trajectory at step 1)
    "n2_adadelta_decay_weights_swapped": ("nothing", (), (
        "both accumulators keep (1 - rho) of their old value and add rho times the new square: acc = (1 - rho) * acc "
        "+ rho * g ** 2 follows the last step almost alone; write rho * acc + (1 - rho) * g ** 2")),
    # fewer_steps: "yours has 9 rows (steps) where 12 are expected, and your first 2 match the expected's: steps are
    # missing (a last, shorter batch of each epoch dropped, or a loop that stops early)": the short batch is not
    # formed (its rows merged into the one before), so its step is missing (close call: the rows are not dropped)
    "n2_minibatch_short_last_batch_merged": ("right", ("fewer_steps",), ""),
    # departure names `return variance ** 1 / 2` ("0.15 where 0.547723 is right")
    "n2_noise_std_power_one_half_precedence": ("right", ("departure",), ""),
    # departure names line 242 `config["cache"] = g ** 2` ("10 times the right value" at decay 0.9, 100 times at 0.99:
    # true) "or in the condition at line 241"
    "n2_rmsprop_cache_starts_at_first_square": ("right", ("departure",), ""),
    # shifted_steps: "each step of yours ... equals the expected's previous one: you are one step behind" (true:
    # side='left' counts the milestones below step, the decays of step - 1), as m2_cosine_lr_steps_counted_from_one
    "n2_step_lr_searchsorted_left": ("right", ("shifted_steps",), ""),
    # a3_conv
    # catalogued output_size_not_rejected not named; not_rejected: "returns a value for this invalid input; it must
    # raise ValueError: check the condition that rejects it", as t3_output_size_truncates
    "n3_output_size_rounded_to_nearest": ("right", ("not_rejected",), ""),
    # departure names the windows line `[:, :, ::stride, :]` ("shape (2, 3, 4, 7, 3, 1) where ... (2, 3, 4, 4, 3, 1)")
    "n3_conv_fast_stride_on_rows_only": ("right", ("departure",), ""),
    # avg_pool_gradient_not_divided named on the stride-1 test ("Looks like a known mistake
    # (avg_pool_gradient_not_divided): Average pooling divides each window's sum by its area ..."): the code divides,
    # by s * s, which is 1 at stride 1 (and the area on a 2x2 stride-2 window, where the two part)
    "n3_avgpool_bwd_area_from_stride": ("wrong_name", (), (
        "avg_pool_gradient_not_divided says the gradient is not divided (false: it is divided by s * s); ideal: each "
        "window's share is divided by the stride squared (1 here, stride 1), not by the window's area pool_height * "
        "pool_width (6 here); divide by ph * pw")),
    # scaled: "every entry is 1/N of the expected (N=8, the batch size): did you divide by the batch size where a sum
    # is asked for"; on the pad-2 test "fits more than one cause" (1/N among them)
    "n3_conv_bwd_fast_db_divided_by_batch": ("right", ("scaled",), ""),
    # loop departure, then "On its first pass, line 281: `rows, cols = np.unravel_index(..., order="F")` is the first
    # to compute a value the correct code never computes ...: look there first"
    "n3_unpool_indices_decoded_column_major": ("right", ("departure",), ""),
    # departure names `return depthwise + pointwise` "or in `depthwise`, set by line 279 ..., or in `pointwise`, set
    # by line 280: `pointwise = oh * ow * in_channels * out_channels * kh * kw`" (the mistake; a close call: two
    # candidates)
    "n3_dsep_multiply_pointwise_with_kernel_area": ("right", ("departure",), ""),
    # a4_init
    "n4_he_normal_seeded_rng_unused": ("named", (), ""),
    # one_slip: "`sqrt(0.0 /` where `sqrt(2.0 /` is meant (another number)": the student wrote 2; the value is 0
    # because 2 // (fan_in + fan_out) is floor division
    "n4_xavier_std_floor_division": ("misleading", (), (
        "one_slip says the numerator is 0.0 where 2.0 is meant (false: it is 2); ideal: 2 // (fan_in + fan_out) is "
        "floor division, 0 for any layer with more than 2 units, so the std is 0; write 2 / (fan_in + fan_out)")),
    # one_slip: "`shape[1:` where `shape[2:` is meant (off by one)"
    "n4_fans_conv_in_channels_counted_twice": ("right", ("one_slip",), ""),
    # loop departure on lines 99-102 "though what the loop reads from before it (h, weights) agrees ... the mistake is
    # in that loop", then line 100 `h = f(h @ W)` "look there first": the loop is right; f, set before it, is
    # np.arctan from the table's "tanh" entry (line 92), which the departure neither checks nor names
    "n4_stats_tanh_mapped_to_arctan": ("misleading", (), (
        "departure puts the mistake in the loop's `h = f(h @ W)` (false: the loop is right); ideal: the table maps "
        "'tanh' to np.arctan, so the tanh layers compute arctan (outputs in (-pi/2, pi/2)); map it to np.tanh")),
    # scaled: "2 times ... or gain=2 times the expected: ... a factor gain is extra"; "gain=1.667 times the expected
    # ...: a factor gain is extra" (true: gain ** 2 where gain)
    "n4_xavier_std_gain_squared": ("right", ("scaled",), ""),
    # loop departure on the three-statement loop (lines 95-98) whose output `means` is the one wrong ("or in what
    # `acts` holds", a hedge)
    "n4_stats_mean_of_absolute_values": ("right", ("departure",), ""),
    # a5_normalization
    # named on four tests; departure on the spatial test names the var line ("1.02564 times the right value")
    "n5_bn_variance_from_np_cov": ("named", (), ""),
    "n5_layernorm_via_batchnorm_forward": ("named", (), ""),
    # one_slip: "a reduction over all entries where one over axis=0 is meant (the same slip in two places)"
    "n5_bn_statistics_over_every_entry": ("right", ("one_slip",), ""),
    # reduced_other_axis (dgamma: "axis=1 where axis=0 is asked for"), wrong_reduction (dbeta)
    "n5_ln_bwd_dgamma_summed_per_row": ("right", ("reduced_other_axis", "wrong_reduction"), ""),
    # scaled_per_feature on the alt test: "the expected times a factor ... per feature (from -0.6673 to 63.21): a
    # per-feature statistic (a standard deviation, a norm) computed over the wrong axes or of the wrong data ..., one
    # used in place of another ..., or one number used where one per feature is asked for": the factor is 1 / gamma,
    # none of those; one_slip on the spatial test is right ("the factor `* gamma` missing")
    "n5_bn_alt_gamma_left_out": ("misleading", ("one_slip",), (
        "scaled_per_feature blames a per-feature statistic (none is wrong) beside one_slip's right '* gamma missing'; "
        "ideal: dx is the expected divided by gamma per feature: the formula is applied to dout instead of dx_hat = "
        "dout * gamma; multiply by gamma first")),
    # departure names `scale = inv_std[:, 0:1]` ("shape (2, 1, 1) where the right value has (2, 2, 1)")
    "n5_groupnorm_bwd_inv_std_of_first_group": ("right", ("departure",), ""),
    # a7_architectures
    # catalogued mdn_logits_used_as_log_weights not named; departure names `log_pi = logits - logits.max(axis=1,
    # keepdims=True)` on all five tests ("differs from the right value (by up to 0.603) ... the mistake is in that
    # line")
    "n7_mdn_log_weights_shifted_not_normalized": ("right", ("departure",), ""),
    # offset: "every entry is the expected - 0.1667: one constant term is missing or extra (a bias, a mean that is not
    # subtracted, a + 1)" (the 1 / N of (1 - r ** 2 / var) / N; 0.125 with N = 8)
    "n7_nll_dlogstd_missing_one": ("right", ("offset",), ""),
    # one_slip: "the factor `var /` missing (or it is one in yours), where dmu is computed"
    "n7_nll_dmu_not_divided_by_variance": ("right", ("one_slip",), ""),
    # departure names `out = x.reshape(N, H * W, C).mean(axis=1)`
    "n7_gap_forward_channels_mixed_by_reshape": ("right", ("departure",), ""),
    # axes_permuted: "the expected with its axes in the order (0, 1, 3, 2) ...: the axes are mixed up"
    "n7_gap_bwd_height_width_swapped": ("right", ("axes_permuted",), ""),
    # loop departure on lines 182-184 "though what the loop reads from before it (H, N, W, W_, bias, x) agrees ...
    # the mistake is in that loop": the loop is right; the ranges rows and cols, set before it (lines 179-180), step
    # by H and W_; missing_at_end ("the last ones are missing (a size or a loop bound too small, an output row or
    # column left out)") blames a bound: the stops are right, the steps wrong
    "n7_score_map_window_steps_by_its_size": ("misleading", (), (
        "departure puts the mistake in the loop and missing_at_end blames a bound too small (both false); ideal: "
        "range(0, H2 - H + 1, H) slides the window by its own height (and width), so only non-overlapping windows are "
        "scored: 1 x 1 positions where 4 x 3 are expected; slide by one pixel, range(H2 - H + 1)")),
    # a8_pipeline
    "n8_crop_offsets_floor_of_scaled_uniform": ("named", (), ""),
    "n8_train_test_reflattened_after_normalizing": ("named", (), ""),
    "n8_normalize_mean_pooled_from_sums": ("named", (), ""),
    # no name or diagnosis; the checks' messages: "all images were treated alike: draw one coin per image" (points
    # elsewhere: one coin per image is drawn, but mirroring the one channel changes nothing) and "647 of 800 images
    # are neither (image 2 is the first)", which does not say what they are
    "n8_flip_mirrors_channel_axis": ("nothing", (), (
        "x[flip][:, ::-1] reverses axis 1, the channels, not the columns: one-channel images come back unchanged and "
        "colour images with their channels reversed; mirror the last axis, x[flip][..., ::-1]")),
    # ties: "yours is wrong only at entries of X_train ... whose value occurs more than once (60 of 420; ties): how
    # ties are broken (which of equal maxima gets the gradient ...)": the wrong entries are the columns constant over
    # the training split (std 0), no tie is broken anywhere
    "n8_normalize_std_without_eps": ("misleading", (), (
        "ties blames how ties are broken (none are); ideal: the wrong entries are the pixels constant over the "
        "training split: their std is 0 (or a rounding residue), and without eps (x - mean) / std is 0 / 0 or +-1; "
        "divide by std + eps")),
    # one_slip: "the term `- min_lr` missing (or it is zero in yours)"; on the other test "either of two slips" with it
    # first
    "n8_warmup_cosine_amplitude_base_lr": ("right", ("one_slip",), ""),
    # a6_cnn
    # only Python's error ("AttributeError: 'float' object has no attribute 'backward'"), the comparison
    "n6_loss_item_before_backward": ("nothing", (), (
        "loss = cross_entropy(...).item() makes the loss a Python float, which has no backward(): keep the tensor for "
        "loss.backward() and call .item() only for logging")),
    # torch_error: "a label -1 met scores with no column -1: the model outputs fewer scores than there are classes
    # (labels 0..-1 need at least 0); its last layer gives one score per class (int(y_train.max()) + 1)": a label -1
    # is out of range however many scores there are; it is -1 because y_train - 1 shifts labels that start at 0, which
    # the diagnosis does not say ("need at least 0" is meaningless)
    "n6_labels_shifted_to_one_based": ("misleading", (), (
        "torch_error blames too few output scores for the label -1 (a negative label fits no number of scores); "
        "ideal: y_train - 1 turns class 0 into the label -1: the labels already start at 0, so keep them and build "
        "int(y_train.max()) + 1 outputs")),
    # loss_flat on all three tests: "the training loss stayed at about 2.39 over 300 steps (...; learning rate 0.0001):
    # the model learned nothing from its batches, as when a batch's labels are not those of its images: index X and y
    # with the same indices": they are indexed together; the rate is what is too small
    "n6_plain_sgd_tiny_learning_rate": ("misleading", (), (
        "loss_flat blames labels apart from their images (false); ideal: plain SGD at learning rate 1e-4 hardly moves "
        "the weights in 300 steps, so the loss stays near ln 10; use a rate around 0.05, momentum, or Adam")),
    # loss_flat on all three tests, "as when a batch's labels are not those of its images" (false)
    "n6_all_weights_zero_initialized": ("misleading", (), (
        "loss_flat blames labels apart from their images (false); ideal: nn.init.zeros_ on every weight: the layers "
        "output constants and pass no gradient back, so only the last bias learns; keep the default random "
        "initialization")),
    # zero_gradients_at_step: "at 285 of its 300 optimizer steps every gradient was zero: the gradients are cleared
    # between loss.backward() and optimizer.step()": the count is true (one real batch per epoch), the cause false
    # (zero_grad() comes first; the batches after the first are empty); loss_not_finite on the seeded test blames
    # steps too large or a hand-written log of 0
    "n6_batch_slice_end_is_batch_size": ("misleading", (), (
        "zero_gradients_at_step says the gradients are cleared between backward and step (false); ideal: "
        "order[start:batch_size] is empty for every batch after the first of each epoch (nan loss, zero gradients), "
        "so the model trains on 64 images once per epoch, 15 real steps; slice order[start:start + batch_size]")),
    # torch_error: "the input is float64 (NumPy's default) where the model's weights are float32: convert it"
    "n6_test_images_converted_to_float64": ("right", ("torch_error",), ""),
}
# Counts (ebdc62b): named 8, right 27 (named or right 35/48 = 73%; not in the catalogue: right 24/37 = 65%; the 11
# catalogued: 8 named, 3 right), misleading 9, vague 0, nothing 3, wrong_name 1, check_message 0, not_caught 0.
# HOLDOUT14_CORRECT: all seven full marks.

HOLDOUT14 = [replace(e, verdict=JUDGEMENT14[e.id][0], expected=frozenset(JUDGEMENT14[e.id][1]),
                     ideal=JUDGEMENT14[e.id][2]) if e.id in JUDGEMENT14 else e for e in HOLDOUT14]
