"""A sixtieth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 5d91694 (JUDGED_ON60, JUDGEMENT60 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout60.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT60 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT60_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT60: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("ri1_relu_abs_identity_floor_divided", "a1_backprop", "relu_forward",
       "the ReLU is written from the identity max(0, x) = (x + |x|) / 2 but with floor division, (x + |x|) // 2: "
       "every positive input is rounded down to an integer value (1.7 gives 1.0) instead of passing unchanged; "
       "negative inputs give 0 as they should (the cache, x, is right)", """
def relu_forward(x):
    # max(0, x) = (x + |x|) / 2, no comparisons needed
    out = (x + np.abs(x)) // 2
    cache = x
    return out, cache
"""),
    _e("ri1_sigmoid_branch_per_row", "a1_backprop", "sigmoid_forward",
       "the stable two-branch sigmoid is written as a Python loop over x whose `if v >= 0` tests each item as a "
       "scalar: for a 2-D input each item is a whole row, whose truth value is ambiguous, so the function raises "
       "ValueError (it only works on 1-D inputs)", """
def sigmoid_forward(x):
    out = np.empty_like(x, dtype=float)
    for i, v in enumerate(x):
        # pick the form whose exponential cannot overflow
        if v >= 0:
            out[i] = 1.0 / (1.0 + np.exp(-v))
        else:
            out[i] = np.exp(v) / (1.0 + np.exp(v))
    cache = out
    return out, cache
"""),
    _e("ri1_bce_loss_per_column", "a1_backprop", "binary_cross_entropy_loss",
       "the loss is averaged with np.mean(..., axis=0): for a matrix of probabilities it returns one loss per "
       "column (a (D,) vector) instead of the scalar mean over every element (right only for a 1-D input); "
       "dprobs is right", """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    loss = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p), axis=0)
    dprobs = (p - t) / (p * (1 - p)) / p.size
    return loss, dprobs
"""),
    _e("ri1_affine_flatten_hardcoded_3d", "a1_backprop", "affine_forward",
       "each example is flattened with x.reshape(N, x.shape[1] * x.shape[2]), the feature size of a 3-D input "
       "written out: right for (N, d1, d2) inputs, but a 2-D x (N, D) raises IndexError (no shape[2]) and a "
       "4-D one cannot be reshaped; x.reshape(N, -1) is meant", """
def affine_forward(x, w, b):
    N = x.shape[0]
    # (N, d1, d2) -> (N, d1 * d2)
    x_rows = x.reshape(N, x.shape[1] * x.shape[2])
    out = x_rows @ w + b
    cache = (x, w, b)
    return out, cache
"""),
    _e("ri1_db_add_reduce_over_n", "a1_backprop", "affine_backward",
       "db is the batch sum np.add.reduce(dout, axis=0) divided by the number of rows: averaged instead of summed: dout already carries the "
       "loss's 1/N, so db is N times too small (dx and dw right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    x_rows = x.reshape(x.shape[0], -1)
    dx = np.dot(dout, w.T).reshape(x.shape)
    dw = np.dot(x_rows.T, dout)
    # the bias is shared by all rows: one value per output, over the examples
    db = np.add.reduce(dout, axis=0) / x.shape[0]
    return dx, dw, db
""", catalogued="db_averaged"),
    _e("ri1_ce_unshifted_take_along_axis", "a1_backprop", "softmax_cross_entropy_loss",
       "the softmax is computed from np.exp of the raw scores, no row maximum subtracted: for scores around 1000 "
       "np.exp overflows to inf and the loss and dscores become nan", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    e = np.exp(scores)
    probs = e / e.sum(axis=1, keepdims=True)
    correct = np.take_along_axis(probs, y[:, None], axis=1)
    loss = -np.log(correct).sum() / n
    dscores = probs.copy()
    np.put_along_axis(dscores, y[:, None], correct - 1, axis=1)
    return loss, dscores / n
""", catalogued="softmax_no_max_subtraction"),
    # ------------------------------------------------------------------ a2_optim
    _e("ri2_exponential_lr_log10_in_exp", "a2_optim", "exponential_lr",
       "gamma**step is computed as exp(step * log10(gamma)), mixing the bases: that is gamma**(step / ln 10), so "
       "the rate decays about 2.3 times too slowly in the exponent (step 0 right)", """
def exponential_lr(base_lr, step, gamma):
    # power through logs: gamma**step = exp(step * log(gamma))
    return base_lr * math.exp(step * math.log10(gamma))
"""),
    _e("ri2_nesterov_parenthesis_around_mu_v", "a2_optim", "nesterov_momentum",
       "a parenthesis slip in the update: (1 + momentum * v) is typed where (1 + momentum) * v is meant, so the "
       "step is w - momentum * v_prev + 1 + momentum * v: every weight moves by an extra +1 and the new velocity "
       "is weighted by momentum instead of 1 + momentum (the velocity stored right)", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu = config["momentum"]
    v_prev = config.get("velocity", np.zeros_like(w))
    v = mu * v_prev - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    next_w = w - mu * v_prev + (1 + mu * v)
    return next_w, config
"""),
    _e("ri2_sgd_decay_constant_added", "a2_optim", "sgd",
       "the weight decay is added to the gradient as the constant itself, dw + weight_decay, instead of "
       "dw + weight_decay * w: with weight decay every entry's step is shifted by lr * weight_decay whatever its "
       "weight (right without weight decay)", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    decay = config.get("weight_decay", 0.0)
    next_w = w - config["learning_rate"] * (dw + decay)
    return next_w, config
"""),
    _e("ri2_linreg_grad_expanded_n_on_first_term", "a2_optim", "linear_regression_gradient",
       "the gradient is expanded as 2 X^T X w / N - 2 X^T y, the division by the number of rows N put on the first "
       "term only: the X^T y term is N times too large (2 X^T (X w - y) / N is right)", """
def linear_regression_gradient(w, X, y):
    n = X.shape[0]
    gram = X.T @ X
    return 2 * gram @ w / n - 2 * X.T @ y
"""),
    _e("ri2_momentum_step_negated_velocity", "a2_optim", "sgd_momentum",
       "the velocity stored is the documented momentum * v - lr * dw, but the step applied is its negative "
       "(step = lr * dw - momentum * v, w + step): the weights move by -v, uphill", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    g = _gradient(w, dw, config)
    v_old = config.get("velocity", np.zeros_like(w))
    step = config["learning_rate"] * g - config["momentum"] * v_old
    config["velocity"] = -step
    next_w = w + step
    return next_w, config
""", catalogued="momentum_sign_flipped"),
    _e("ri2_cosine_degrees_one_ahead", "a2_optim", "cosine_lr",
       "the cosine angle is written in degrees, 180 * (step + 1) / total_steps, with the step counted as done: it is one step "
       "ahead, step 0 already below base_lr and min_lr reached at step total_steps - 1", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    # angle in degrees: 0 at the start, 180 at the end
    angle = 180.0 * (step + 1) / total_steps
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.radians(angle))) / 2
""", catalogued="cosine_lr_off_by_one"),
    # ------------------------------------------------------------------ a3_conv
    _e("ri3_avg_pool_divided_by_height_squared", "a3_conv", "avg_pool_forward",
       "each window's sum is divided by pool_height ** 2, the area of a square window, instead of "
       "pool_height * pool_width: right for square pools, wrong by pw / ph for rectangular ones", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    area = ph ** 2
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].sum(axis=(2, 3)) / area
    return out, (x, pool_param)
"""),
    _e("ri3_param_count_bias_tested_against_none", "a3_conv", "conv_param_count",
       "the bias is counted when `bias is not None` (torch's convention, where a conv without bias has "
       "conv.bias = None): bias is a boolean here, and False is not None, so with bias=False the out_channels "
       "biases are still counted", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    weights = out_channels * (in_channels // groups) * kh * kw
    if bias is not None:
        weights += out_channels
    return weights
"""),
    _e("ri3_conv_bwd_fast_db_channels_last_axes", "a3_conv", "conv_backward_fast",
       "db is summed over axes (0, 1, 2), the batch and spatial axes of a channels-last (N, H, W, C) layout: on "
       "the (N, F, H', W') dout that sums over the batch, the filters and the rows, leaving one value per output "
       "column (W',) instead of one per filter (F,) (dx and dw right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.tensordot(dout, windows, axes=([0, 2, 3], [0, 2, 3]))
    db = dout.sum(axis=(0, 1, 2))  # over the batch and the positions
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("ri3_transposed_size_padding_dilated", "a3_conv", "transposed_conv_output_size",
       "the padding is multiplied by the dilation too, - 2 * dilation * padding, as if it were dilated like the "
       "kernel: the padding is removed once per side whatever the dilation (right for dilation 1)", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return (input_size - 1) * stride - 2 * dilation * padding + dilation * (kernel_size - 1) + output_padding + 1
"""),
    _e("ri3_conv_bwd_fast_ellipsis_crop", "a3_conv", "conv_backward_fast",
       "the padding is cropped with dxp[..., pad:-pad, pad:-pad]: with pad 0 that is the slice [0:0], empty, so dx "
       "has no rows or columns (dw and db right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    windows = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride][:, :, :Ho, :Wo]
    dw = np.einsum("nfhw,nchwij->fcij", dout, windows)
    db = dout.sum(axis=(0, 2, 3))
    dxp = np.zeros_like(xp)
    for i in range(HH):
        for j in range(WW):
            dxp[:, :, i:i + stride * Ho:stride, j:j + stride * Wo:stride] += np.einsum("nfhw,fc->nchw", dout, w[:, :, i, j])
    dx = dxp[..., pad:-pad, pad:-pad]
    return dx, dw, db
""", catalogued="dx_sliced_minus_pad"),
    _e("ri3_conv_naive_kernel_reversed_by_index", "a3_conv", "conv_forward_naive",
       "the kernels are reversed along both spatial axes by fancy indexing with reversed aranges before the "
       "loops: the layer computes a true convolution instead of the cross-correlation the course's layers use", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    rows, cols = np.arange(HH)[::-1], np.arange(WW)[::-1]
    kernels = w[:, :, rows][:, :, :, cols]
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    r, c = i * stride, j * stride
                    out[n, f, i, j] = np.sum(xp[n, :, r:r + HH, c:c + WW] * kernels[f]) + b[f]
    return out, (x, w, b, conv_param)
""", catalogued="flipped_kernel"),
    # ------------------------------------------------------------------ a4_init
    _e("ri4_he_std_rounded_three_decimals", "a4_init", "he_std",
       "He's std is rounded to 3 decimals before it is returned ('a readable number'): round(sqrt(2 / fan_in), 3) "
       "differs from the exact value by up to 5e-4, a relative error of about 1e-2 for typical layers (0 for very "
       "wide ones)", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    return round(math.sqrt(2.0 / fan_in), 3)
"""),
    _e("ri4_he_normal_fan_as_weight_count", "a4_init", "he_normal",
       "He's std is computed inline with the fan taken as the total number of weights, sqrt(2 / prod(shape)), "
       "instead of fan_in: the std is sqrt(fan_out) (linear) or sqrt(out_channels) (conv) times too small", """
def he_normal(shape, seed):
    n = math.prod(shape)  # number of weights feeding the layer
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, math.sqrt(2.0 / n), size=shape)
"""),
    _e("ri4_act_stats_tanh_as_arctanh", "a4_init", "activation_statistics",
       "the activation table maps 'tanh' to np.arctanh (the inverse hyperbolic tangent) instead of np.tanh: every "
       "pre-activation outside (-1, 1) gives nan (or inf), so a tanh network's means and variances are nan; the "
       "other activations are right", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.arctanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    f = acts[activation]
    h = X
    means, variances = [], []
    for W in weights:
        h = f(h @ W)
        means.append(np.mean(h))
        variances.append(np.var(h))
    return np.array(means), np.array(variances)
"""),
    _e("ri4_act_stats_first_example_only", "a4_init", "activation_statistics",
       "the mean and variance after each layer are taken of h[0], the activations of the first example only, "
       "instead of over all N * D entries of h: the statistics are those of one row (D values)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h = X
    means, variances = np.zeros(len(weights)), np.zeros(len(weights))
    for l, W in enumerate(weights):
        h = acts[activation](h @ W)
        unit = h[0]  # the activations of one input as it goes through the net
        means[l], variances[l] = unit.mean(), unit.var()
    return means, variances
"""),
    _e("ri4_xavier_uniform_integer_unit_draws_times_std", "a4_init", "xavier_uniform",
       "the weights are a unit uniform on [-1, 1) (random 32-bit integers over 2**31) scaled by the std itself, so the bound is the std: U(-std, std) "
       "has variance std**2 / 3, the bound must be sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    # 32-bit signed integers scaled to [-1, 1)
    unit = rng.integers(-2 ** 31, 2 ** 31, size=shape) / 2 ** 31
    return unit * xavier_std(shape, mode, gain)
""", catalogued="uniform_bound_is_std"),
    _e("ri4_xavier_std_squared_on_return", "a4_init", "xavier_std",
       "the std is computed and then squared before it is returned: gain**2 * 2 / (fan_in + fan_out) (and "
       "gain**2 / fan_in), the variance, instead of the standard deviation gain * sqrt(2 / (fan_in + fan_out))", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_avg":
        std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    else:
        std = gain * math.sqrt(1.0 / fan_in)
    # the spread of the weights
    return std ** 2
""", catalogued="variance_used_as_std"),
    # ------------------------------------------------------------------ a5_normalization
    _e("ri5_bn_test_shift_inside_scale", "a5_normalization", "batchnorm_forward",
       "test mode misplaces a parenthesis: gamma * ((x - running_mean) / sqrt(running_var + eps) + beta), so the "
       "shift is multiplied by gamma too (gamma * beta added instead of beta); train mode, the cache and the "
       "running averages are right", """
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
        var = x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * ((x - running_mean) / np.sqrt(running_var + eps) + beta)
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("ri5_ln_bwd_centring_term_without_gamma", "a5_normalization", "layernorm_backward",
       "copy slip in the simplified formula: the centring term subtracts the row sum of dout instead of dx_hat = "
       "dout * gamma, dx = inv_std / D * (D dx_hat - sum(dout) - x_hat sum(dx_hat x_hat)): right only where "
       "gamma is 1 (dgamma and dbeta right)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = dout.shape[1]
    dx_hat = dout * gamma
    row_sum = dout.sum(axis=1, keepdims=True)
    proj = (dx_hat * x_hat).sum(axis=1, keepdims=True)
    dx = inv_std / D * (D * dx_hat - row_sum - x_hat * proj)
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
"""),
    _e("ri5_gn_bwd_mean_and_sum_mixed", "a5_normalization", "groupnorm_backward",
       "the simplified formula mixes its two forms: inv_std * (dx_hat - mean(dx_hat) - x_hat * sum(dx_hat * x_hat)) "
       "takes the centring term as a mean over the group but the variance term as a sum, so the variance term is "
       "M = C / G * H * W times too large (dgamma, dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    dx = inv_std * (g - g.mean(axis=2, keepdims=True) - xh * (g * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("ri5_ln_fwd_cache_holds_output", "a5_normalization", "layernorm_forward",
       "out is right, but the cache holds the scaled and shifted output out = gamma * x_hat + beta in the place of "
       "x_hat: layernorm_backward then computes dgamma and dx from out instead of x_hat (right only for gamma 1, "
       "beta 0)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1, keepdims=True)
    inv_std = 1.0 / np.sqrt(x.var(axis=1, keepdims=True) + eps)
    out = gamma * ((x - mu) * inv_std) + beta
    cache = (out, gamma, inv_std)
    return out, cache
"""),
    _e("ri5_bn_alt_centred_scaled_gradient_only", "a5_normalization", "batchnorm_backward_alt",
       "dx is written dx_hat * inv_std minus its mean over the batch: only the path through the mean is kept, the "
       "variance term - inv_std * x_hat * mean(dx_hat * x_hat) is missing", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    N = dout.shape[0]
    dx_hat = dout * gamma
    dx = inv_std * (dx_hat - np.einsum("nd->d", dx_hat) / N)
    return dx, dgamma, dbeta
""", catalogued="bn_alt_drops_variance_term"),
    _e("ri5_spatial_bn_unpacked_param_copy", "a5_normalization", "spatial_batchnorm_forward",
       "batchnorm_forward is handed {**bn_param}, a new dict: the running averages it updates are written into "
       "that copy and lost, so the caller's bn_param keeps its initial running_mean and running_var and test "
       "mode normalizes with them", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    flat = np.moveaxis(x, 1, -1).reshape(-1, C)
    out, cache = batchnorm_forward(flat, gamma, beta, {**bn_param})
    out = np.moveaxis(out.reshape(N, H, W, C), -1, 1)
    return out, cache
""", catalogued="spatial_bn_running_averages_not_updated"),
    # ------------------------------------------------------------------ a6_cnn
    _e("ri6_optimizer_given_generator_in_list", "a6_cnn", "train_and_predict",
       "the optimizer is built as torch.optim.Adam([model.parameters()], lr=3e-3), the parameter generator wrapped "
       "in a list: torch reads the list as parameter groups and raises TypeError (an iterable of tensors or "
       "dicts is needed), so no logits come back", """
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
    opt = torch.optim.Adam([model.parameters()], lr=3e-3)
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("ri6_batch_loss_on_whole_training_tensor", "a6_cnn", "train_and_predict",
       "each batch's loss is computed as cross_entropy(model(X), y[idx]): the forward pass runs on the whole "
       "training tensor X instead of X[idx], so its len(X) rows of logits meet the batch's 64 labels and "
       "cross_entropy raises (batch sizes differ); no logits come back", """
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
            logits = model(X)
            nn.functional.cross_entropy(logits, y[idx]).backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("ri6_test_array_fed_to_model_as_numpy", "a6_cnn", "train_and_predict",
       "the network is trained right, but the test images are passed to it as the NumPy array X_test itself, "
       "model(X_test), never converted to a tensor: the first convolution raises TypeError and no logits come back", """
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
    with torch.no_grad():
        logits = model(X_test)
        return logits.cpu().numpy()
"""),
    _e("ri6_classifier_width_of_first_block", "a6_cnn", "train_and_predict",
       "the classifier is written nn.Linear(16, n_classes), the width of the first block, while the pooled "
       "features come from the second convolution's 32 channels: the first forward pass raises a shape error "
       "(mat1 and mat2 shapes cannot be multiplied), so nothing is trained and no logits come back", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, n_classes),
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("ri6_flip_augmentation_labels_reversed", "a6_cnn", "train_and_predict",
       "the training set is doubled with mirrored copies, cat([X, X.flip(3)]), but the labels are doubled with "
       "cat([y, y.flip(0)]): the copies' labels are in reverse order, so every mirrored image is trained with "
       "another image's label", """
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
    # mirrored copies as augmentation
    X = torch.cat([X, X.flip(3)])
    y = torch.cat([y, y.flip(0)])
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(10):
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="labels_shuffled"),
    _e("ri6_full_training_only_above_60s", "a6_cnn", "train_and_predict",
       "the training loop runs only when time_budget_s > 60 (a 'quick mode' guard for short budgets), but the "
       "grader's budget is 60 s on CPU (less on GPU): the loop never runs and the logits come from the untrained "
       "network", """
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
    if time_budget_s > 60:  # skip the long run when there is no time for it
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    # ------------------------------------------------------------------ a7_architectures
    _e("ri7_cam_negative_weights_clipped", "a7_architectures", "class_activation_map",
       "only the positive class weights are kept, np.maximum(W[:, k], 0) ('the channels that vote for the class'): "
       "the channels with negative weights are dropped from the sum instead of being subtracted, so every map is "
       "too large where those channels are active", """
def class_activation_map(features, W, classes):
    votes = np.maximum(W[:, classes], 0.0)  # (C, N)
    return np.einsum("cn,nchw->nhw", votes, features)
"""),
    _e("ri7_resblock_cache_scale_without_p", "a7_architectures", "residual_block_forward",
       "the hidden units are scaled right, h * mask / p, but the scale stored in the cache for the backward pass is "
       "the raw 0/1 mask: residual_block_backward multiplies dh by the cached scale, so with dropout the gradients "
       "through the first layer miss the 1 / p (out right)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"]
        h = h * scale / dropout["p"]
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    z = h @ params["W2"] + params["b2"] + shortcut
    out = np.maximum(z, 0)
    return out, (x, params, a1, h, scale, z)
"""),
    _e("ri7_fc_score_map_windows_stride_two", "a7_architectures", "fc_score_map",
       "the windows are taken every 2 pixels (x[:, :, 2i:2i + H, 2j:2j + W], a stride copied from the pooling) "
       "while the output keeps one position per pixel: position (i, j) gets the window at (2i, 2j), and the "
       "windows past the middle run off the input", """
def fc_score_map(x, W, b, in_shape):
    w, bias = fc_to_conv(W, b, in_shape)
    M, C, H, W_ = w.shape
    N, _, H2, W2 = x.shape
    stride = 2
    out = np.zeros((N, M, H2 - H + 1, W2 - W_ + 1))
    for i in range(H2 - H + 1):
        for j in range(W2 - W_ + 1):
            window = x[:, :, i * stride:i * stride + H, j * stride:j * stride + W_]
            out[:, :, i, j] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3])) + bias
    return out
"""),
    _e("ri7_mdn_batch_size_from_components_axis", "a7_architectures", "mdn_nll",
       "the number of rows is read as N = logits.shape[1], the number of mixture components K: the loss and every "
       "gradient are averaged over K instead of the N rows (right only when K == N)", """
def mdn_nll(y, logits, mu, log_std):
    N = logits.shape[1]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    std = np.exp(log_std)
    z = (y[:, None] - mu) / std
    terms = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z ** 2
    m = terms.max(axis=1, keepdims=True)
    log_p = m + np.log(np.exp(terms - m).sum(axis=1, keepdims=True))
    loss = -np.sum(log_p) / N
    resp = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / std / N
    dlog_std = resp * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("ri7_cam_mean_features_times_weights", "a7_architectures", "class_activation_map",
       "the features are averaged over H and W first, the class-weighted sum of the pooled features is taken and "
       "np.repeat spreads it over the (H, W) map: every map is constant (the class score) instead of "
       "sum_c W[c, k] * features[n, c] at each position", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    pooled = features.reshape(N, C, -1).mean(axis=2)           # (N, C)
    score = np.einsum("nc,cn->n", pooled, W[:, classes])        # one number per example
    return np.repeat(np.repeat(score[:, None, None], H, axis=1), Wd, axis=2)
""", catalogued="cam_from_pooled_features"),
    _e("ri7_saliency_einsum_ones_upstream", "a7_architectures", "saliency_map",
       "the upstream gradient is np.ones_like(scores) (backpropagating scores.sum()): the gradient of the sum of "
       "every class score, y never used, instead of the score of each example's class y[n]", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scores = h @ params["W2"] + params["b2"]
    # d(scores.sum()) / dh
    dh = np.einsum("nk,hk->nh", np.ones_like(scores), params["W2"])
    da1 = dh * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx).max(axis=1)
""", catalogued="saliency_of_all_scores"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("ri8_update_ratio_eps_in_denominator", "a8_pipeline", "update_ratio",
       "a safety constant is added to the denominator, ||lr dW|| / (||W|| + 1e-3) ('avoid dividing by zero'): "
       "1e-3 is not negligible next to the norms of small weights, so the ratio comes out too small (noticeably "
       "so for weights of norm below about 1)", """
def update_ratio(W, dW, lr):
    step = np.linalg.norm(lr * dW)
    return step / (np.linalg.norm(W) + 1e-3)
"""),
    _e("ri8_log_grid_rounded_values", "a8_pipeline", "log_grid",
       "the grid values are rounded to 6 decimals ('clean numbers for the logs'), np.round(grid, 6): values below "
       "about 1e-4 lose most of their digits (and below 5e-7 become 0) instead of being exactly log-spaced", """
def log_grid(low, high, n):
    exponents = np.linspace(np.log10(low), np.log10(high), n)
    return np.round(10.0 ** exponents, 6)
"""),
    _e("ri8_early_stopping_best_stores_threshold", "a8_pipeline", "early_stopping",
       "on an improvement best is set to loss - min_delta (the bar for the next improvement) instead of the loss "
       "itself, and the test subtracts min_delta again: each later improvement must beat the best by 2 * min_delta, "
       "so with min_delta > 0 real improvements are missed and training stops early", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            # raise the bar for the next improvement
            best, best_epoch, wait = loss - min_delta, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
    _e("ri8_warmup_cosine_factor_precedence", "a8_pipeline", "warmup_cosine_lr",
       "the cosine factor (1 + cos(pi t)) / 2 is typed 1 + cos(pi t) / 2 without the parentheses: after the "
       "warm-up the factor runs from 1.5 down to 0.5 instead of from 1 to 0 (the warm-up right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t) / 2)
"""),
    _e("ri8_log_uniform_power_of_linear_draw", "a8_pipeline", "log_uniform",
       "the exponents are drawn between low and high themselves, low + (high - low) * rng.random(n), not "
       "between log10(low) and log10(high): the values are 10**low .. 10**high, not in [low, high]", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponents = low + (high - low) * rng.random(n)
    return 10.0 ** exponents
""", catalogued="exponent_not_logged"),
    _e("ri8_train_scores_minus_batch_max_scalar", "a8_pipeline", "train_and_predict",
       "the recipe is followed, but each batch's scores are shifted by max(scores.ravel()), one number for the whole "
       "batch, instead of each row's maximum: rows far below the batch's largest score underflow to exp = 0 and "
       "their softmax is nan", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            scores = X[idx] @ W + b
            top = max(scores.ravel())  # largest score, for stability
            e = np.exp(scores - top)
            probs = e / e.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W = W - 0.1 * X[idx].T @ probs
            b = b - 0.1 * probs.sum(axis=0)
    return T @ W + b
""", catalogued="softmax_shifted_by_batch_max"),
]

HOLDOUT60_CORRECT: list[Entry] = [
    _e("rik_correct_tanh_sign_times_stable_ratio", "a1_backprop", "tanh_forward",
       "correct: tanh as sign(x) * (1 - e) / (1 + e) with e = exp(-2|x|), which never overflows, the output cached", """
def tanh_forward(x):
    e = np.exp(-2.0 * np.abs(x))
    out = np.sign(x) * (1.0 - e) / (1.0 + e)
    return out, out
"""),
    _e("rik_correct_linreg_gradient_einsum_residual", "a2_optim", "linear_regression_gradient",
       "correct: the MSE gradient as the einsum 'nd,n->d' of X with the residual, times 2 / N", """
def linear_regression_gradient(w, X, y):
    r = X @ w - y
    return np.einsum("nd,n->d", X, r) * (2.0 / len(y))
"""),
    _e("rik_correct_conv_output_size_divmod", "a3_conv", "conv_output_size",
       "correct: the span split with divmod by the stride, ValueError for a negative span or a remainder", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    span = input_size + 2 * padding - (dilation * (kernel_size - 1) + 1)
    steps, rest = divmod(span, stride)
    if span < 0 or rest != 0:
        raise ValueError("the kernel does not tile the padded input")
    return steps + 1
"""),
    _e("rik_correct_compute_fans_by_division", "a4_init", "compute_fans",
       "correct: a conv weight's fans as the number of weights divided by out_channels (fan_in) and by "
       "in_channels (fan_out); a linear (D, M) weight read directly", """
def compute_fans(shape):
    shape = tuple(shape)
    if len(shape) == 2:
        return shape[0], shape[1]
    total = math.prod(shape)
    return total // shape[0], total // shape[1]
"""),
    _e("rik_correct_dropout_bwd_where_nonzero", "a5_normalization", "dropout_backward",
       "correct: dout passed through in test mode, in train mode np.where(cache != 0, dout * cache, 0.0) (the "
       "same as dout * cache: the cached mask is 0 or 1 / p)", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    return np.where(cache != 0, dout * cache, 0.0)
"""),
    _e("rik_correct_resblock_fwd_shortcut_first_fmax", "a7_architectures", "residual_block_forward",
       "correct: the shortcut computed first and added to the second layer's bias, ReLUs as np.fmax(., 0)", """
def residual_block_forward(x, params, dropout=None):
    shortcut = np.dot(x, params["Ws"]) + params["bs"] if "Ws" in params else x
    a1 = np.dot(x, params["W1"]) + params["b1"]
    h = np.fmax(a1, 0.0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    z = np.dot(h, params["W2"]) + (params["b2"] + shortcut)
    return np.fmax(z, 0.0), (x, params, a1, h, scale, z)
"""),
    _e("rik_correct_update_ratio_vdot", "a8_pipeline", "update_ratio",
       "correct: |lr| times the root of the ratio of the squared norms, np.vdot(dW, dW) / np.vdot(W, W)", """
def update_ratio(W, dW, lr):
    return abs(lr) * math.sqrt(np.vdot(dW, dW) / np.vdot(W, W))
"""),
]

JUDGED_ON60 = "2026-12-07 on commit 5d91694"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout60 on commit 5d91694 (JUDGED_ON60), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT59 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there, and a right diagnosis beside a false one; a departure naming the line with the mistake is right, and
# so is one that names the line that uses a wrong value with, as its alternatives, what holds the mistake, one that
# flags the number it reads there as "not checked" (as qe3_avg_pool_area_as_sum_of_sides in JUDGEMENT30), and a
# range over two or three lines that ends on the line with the mistake; a catalogued entry whose name is not given is
# judged by its diagnoses; one of few causes, the entry's among them, is tolerated; an error raised by Python, NumPy
# or torch, a shape comparison or an accuracy figure is the comparison (nothing); the one_edit sentence is right where
# its change is the fix of the cause and misleading where it is right only on the inputs tried (as
# rh2_step_lr_decays_at_start in JUDGEMENT59); a raised_here is judged as a departure that names a line. Close calls
# and decisions of this set: one_edit's "written `x_rows = x.reshape(N, x.shape[1])`, your function returns the
# expected values on this test's call and on 2 other sets of arguments" for a flatten written for 3-D inputs only
# repairs the 2-D inputs of the MLP tests and breaks the (3, 4, 5) input of test_affine_forward, which the student
# passes: right only on the inputs tried, misleading (its departure beside it, "the mistake is in that line", is
# right); torch_error's "the loss got 64 labels for 1258 rows of scores, fewer than the batch's: the labels given to
# the loss are not those of the batch the scores are of (another slice of y?)" where the labels are the batch's and
# the scores are the whole training set's (logits = model(X)) blames the labels and asks about a slice of y that is
# right: misleading (a close call: its "`logits` is set at line 78: `logits = model(X)`" with shape (1258, 10) shows
# the cause without saying it; as z6_loss_against_every_label in JUDGEMENT11 and rh6_mse_on_class_index in
# JUDGEMENT59); raised_here's "line 70: `opt = torch.optim.Adam([model.parameters()], lr=3e-3)` raises the error at
# `torch.optim.Adam([model.parameters()], lr=3e-3)`. There, `model` is a Sequential" beside torch's "optimizer can
# only optimize Tensors, but one of the params is Module.parameters" names the one call whose argument torch refuses
# (the grader says where, torch says why): right (a close call, as rh6_same_padding_with_stride in JUDGEMENT59,
# though here the call is the whole statement and nothing is said of the list around model.parameters()); as_if's
# "yours is what the correct transposed_conv_output_size() returns if dilation were 1 ...: look at what dilation is
# combined with where it is used" on the case (6, 3, 2, 1, 0, 2) is a coincidence of kernel 3 and padding 1 (the
# student's -2 * d * p + d * (k - 1) is 0 there, as the correct code's -2p + (k - 1) with d = 1: 11 against 13), but
# true, and what dilation is combined with is the padding: right (a close call; unlike
# qt8_warmup_cosine_decay_span_plus_one in JUDGEMENT45, not exact); a departure's "`stride` is off by one (...:
# check how it counts, or rounds)" for stride = 2 where 1 is meant, with the one change `stride = 1`, is right (as
# b2_step_lr_modulo in JUDGEMENT16: "off by one" true of the value, the line the one with the mistake); offset's
# "every entry is the expected + 0.049: one constant term is missing or extra (a bias, a mean that is not subtracted,
# a + 1)" for 1 + cos(pi t) / 2 where (1 + cos(pi t)) / 2 is meant (the extra constant (base_lr - min_lr) / 2 = 0.049,
# 0.4867 and 0.2205 on the three tests, every decay entry; the warm-up is right and checked apart) is right (as
# qx7_gaussian_nll_dlogstd_missing_one in JUDGEMENT49); not_reduced's "the expected is the mean over axis 0 of yours
# (shape (3,) for ()): take the mean (e.g. db = dout.sum(axis=0) ...)" for a loss averaged over axis 0 only is right
# (the reduction is in part left out; unlike qa5_bn_running_defaults_shaped_like_batch in JUDGEMENT26, where nothing
# was); truth_value_error's "line 219: `if v >= 0:` raises the error at `v >= 0`. There, `v` is a float64 array of
# shape (5,)" for a loop over a 2-D x whose items are rows is right (as rg1_relu_python_builtin_max in JUDGEMENT58;
# its general .any()/.all() remedies are not the fix, but they are offered as what NumPy's message means, not as
# this one's repair).
JUDGEMENT60: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (five tests): "`out`, set by line 217: `out = (x + np.abs(x)) // 2` ... (by up to 0.915) ...: the
    # mistake is in that line. One change repairs it: written `out = (x + np.abs(x)) / 2` ..." (the fix).
    "ri1_relu_abs_identity_floor_divided": ("right", ("departure",), ""),
    # truth_value_error (three tests): "line 219: `if v >= 0:` raises the error at `v >= 0`. There, `v` is a float64
    # array of shape (5,). The error: an array was used where Python needs one True or False: in an `if` ..." (the
    # (5, 5) input's rows: a decision, above).
    "ri1_sigmoid_branch_per_row": ("right", ("truth_value_error",), ""),
    # not_reduced: "the expected is the mean over axis 0 of yours (shape (3,) for ()): take the mean (e.g. db =
    # dout.sum(axis=0) ...)" (the mean of the three column means is the mean of every entry: true; a decision, above).
    "ri1_bce_loss_per_column": ("right", ("not_reduced",), ""),
    # departure (four tests): "line 218: `x_rows = x.reshape(N, x.shape[1] * x.shape[2])` raises the error (at
    # `x.shape[2]`) ...; `x` has shape (4, 5): the mistake is in that line. One change repairs it: written `x_rows =
    # x.reshape(N, x.shape[1])`, your function returns the expected values on this test's call and on 2 other sets of
    # arguments" (the change breaks the 3-D inputs the student passes: a decision, above).
    "ri1_affine_flatten_hardcoded_3d": (
        "misleading", (),
        "x.reshape(N, x.shape[1] * x.shape[2]) writes out the feature size of a 3-D input: the MLP's 2-D inputs, (4, "
        "5), have no shape[2], so affine_forward raises IndexError; flatten each example whatever its number of axes, "
        "x.reshape(N, -1) (x.reshape(N, x.shape[1]) would fail on the (3, 4, 5) input of test_affine_forward)."),
    "ri1_db_add_reduce_over_n": ("named", (), ""),
    "ri1_ce_unshifted_take_along_axis": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure (both tests): "line 236: `return base_lr * math.exp(step * math.log10(gamma))` ... what it returns is
    # 0.0955274 where 0.09 is right: the mistake is in that line. One change repairs it: written `... math.log(gamma))`"
    # (0.1 * exp(log10(0.9)) = 0.09553: true; the fix).
    "ri2_exponential_lr_log10_in_exp": ("right", ("departure",), ""),
    # departure (four tests): "`next_w`, set by line 242: `next_w = w - mu * v_prev + (1 + mu * v)`. In it, `1 + mu *
    # v` is the first part whose value the correct code never computes ...: the mistake is in that line".
    "ri2_nesterov_parenthesis_around_mu_v": ("right", ("departure",), ""),
    # departure: "`next_w`, set by line 238: `next_w = w - config["learning_rate"] * (dw + decay)`. In it, `dw +
    # decay` is the first part whose value the correct code never computes ...: the mistake is in that line, or in what
    # `config` holds".
    "ri2_sgd_decay_constant_added": ("right", ("departure",), ""),
    # departure (three tests): "line 236: `gram = X.T @ X` computes `gram`, a value the correct code never computes ...
    # up to line 237: `return 2 * gram @ w / n - 2 * X.T @ y` ... The mistake is in lines 236-237" (the two-line body,
    # ending on the line with the mistake).
    "ri2_linreg_grad_expanded_n_on_first_term": ("right", ("departure",), ""),
    "ri2_momentum_step_negated_velocity": ("named", (), ""),
    "ri2_cosine_degrees_one_ahead": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # scaled: "every entry is 0.6667 times the expected ...: look for a missing or extra scale (a 1/N, a 2, a learning
    # rate, a square root)" (3 x 2 windows: / 9 where / 6: true); departure: "the loop at lines 287-289 ... (...; the
    # number area, which the correct code does not name, not checked) ...; line 289: `out[:, :, i, j] = ... / area`;
    # the mistake is in one of them or in a value they read in that pass (a rate, a divisor, a sign)" (area flagged,
    # the divisor: as qe3_avg_pool_area_as_sum_of_sides in JUDGEMENT30).
    "ri3_avg_pool_divided_by_height_squared": ("right", ("departure",), ""),
    # as_if (two tests): "yours is what the correct conv_param_count() returns if bias were True: your code reads bias,
    # yet its values are those the correct code gives with bias set so: look at what bias is combined with where it
    # is used" ((64, 128, 3, False, 1): the biases counted: true); the depthwise-separable test only the comparison.
    "ri3_param_count_bias_tested_against_none": ("right", ("as_if",), ""),
    # wrong_reduction: "yours is the sum over axes (0, 1, 2) of dout ...; the expected is its sum over axes (0, 2, 3):
    # the wrong axis" (exact).
    "ri3_conv_bwd_fast_db_channels_last_axes": ("right", ("wrong_reduction",), ""),
    # as_if: "yours is what the correct transposed_conv_output_size() returns if dilation were 1: your code reads
    # dilation, yet ...: look at what dilation is combined with where it is used" (11 for (6, 3, 2, 1, 0, 2), 13
    # right: a coincidence of k = 3, p = 1; a decision, above).
    "ri3_transposed_size_padding_dilated": ("right", ("as_if",), ""),
    "ri3_conv_bwd_fast_ellipsis_crop": ("named", (), ""),
    "ri3_conv_naive_kernel_reversed_by_index": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # departure (both tests): "line 92: `return round(math.sqrt(2.0 / fan_in), 3)` ... what it returns is 0.062 where
    # 0.0625 is right: the mistake is in that line" (fan_in 512: round(0.0625, 3) = 0.062; 0.236 where 0.235702 for
    # fan_in 36: true).
    "ri4_he_std_rounded_three_decimals": ("right", ("departure",), ""),
    # departure (both tests): "line 93: `return rng.normal(0.0, math.sqrt(2.0 / n), size=shape)`. In it,
    # `math.sqrt(2.0 / n)` is the first part ...; what it returns is 0.158114 times the right value: the mistake is in
    # that line, or in `n`, set by line 91: `n = math.prod(shape)`" (1 / sqrt(40) and 1 / sqrt(54): true).
    "ri4_he_normal_fan_as_weight_count": ("right", ("departure",), ""),
    # departure: "the loop at lines 96-99 (`for W in weights:`) leaves `means` holding values ... NaN at 6 of 6 entries
    # ...: the mistake is in that loop, or in `f`, set by line 93: `f = acts[activation]`. On its first pass, line 97:
    # `h = f(h @ W)` is the first to compute a value the correct code never computes" (f, from the table that maps
    # 'tanh' to np.arctanh, named as where the mistake may be).
    "ri4_act_stats_tanh_as_arctanh": ("right", ("departure",), ""),
    # no diagnosis: only the comparisons, "means (tanh): 6 of 6 element(s) outside tolerance ...: got 0.1651332099,
    # expected -0.00762274355" (and the linear and sigmoid nets').
    "ri4_act_stats_first_example_only": (
        "nothing", (),
        "unit = h[0] takes each layer's mean and variance over the first example's D activations only, not over all "
        "N * D entries of h: the statistics of one row (0.165 where -0.0076 for the tanh net's second layer, 0.573 "
        "where -0.0024 for the linear net's first); take h.mean() and h.var()."),
    "ri4_xavier_uniform_integer_unit_draws_times_std": ("named", (), ""),
    "ri4_xavier_std_squared_on_return": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure (three tests): "`out`, set by line 236: `out = gamma * ((x - running_mean) / np.sqrt(running_var +
    # eps) + beta)` ...: the mistake is in that line, or in the condition at line 235 ...: `if mode == "test":`".
    "ri5_bn_test_shift_inside_scale": ("right", ("departure",), ""),
    # departure: "`row_sum`, set by line 221: `row_sum = dout.sum(axis=1, keepdims=True)` ... (by up to 7.38). With
    # the right `row_sum` there, the rest of your function returns the expected dx: the mistake is in that line".
    "ri5_ln_bwd_centring_term_without_gamma": ("right", ("departure",), ""),
    # departure: "`dx`, set by line 224 ...: the mistake is in that line. One change repairs it: written `... - xh *
    # (g * xh).mean(axis=2, keepdims=True))`" (the fix).
    "ri5_gn_bwd_mean_and_sum_mixed": ("right", ("departure",), ""),
    # handed_wrong_input: "your layernorm_backward() is the correct code's own, yet it returns a wrong dx here: it was
    # handed `cache` from your layernorm_forward(). The mistake is in what layernorm_forward() returns there".
    "ri5_ln_fwd_cache_holds_output": ("right", ("handed_wrong_input",), ""),
    "ri5_bn_alt_centred_scaled_gradient_only": ("named", (), ""),
    "ri5_spatial_bn_unpacked_param_copy": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # raised_here (three tests): "line 70: `opt = torch.optim.Adam([model.parameters()], lr=3e-3)` raises the error at
    # `torch.optim.Adam([model.parameters()], lr=3e-3)`. There, `model` is a Sequential" beside torch's "one of the
    # params is Module.parameters" (a decision, above).
    "ri6_optimizer_given_generator_in_list": ("right", ("raised_here",), ""),
    # torch_error (three tests): "line 79 ... `logits` is a float32 tensor of shape (1258, 10); `y[idx]` ... (64,).
    # `logits` is set at line 78: `logits = model(X)`. The error: the loss got 64 labels for 1258 rows of scores, fewer
    # than the batch's: the labels given to the loss are not those of the batch the scores are of (another slice of
    # y?)" (the labels are the batch's; the scores are every training image's: a decision, above).
    "ri6_batch_loss_on_whole_training_tensor": (
        "misleading", (),
        "line 78, logits = model(X), runs the network on the whole training tensor (1258 images on the digits) at "
        "every batch: the loss meets 1258 rows of scores with the batch's 64 labels, y[idx], which are right, and "
        "raises on the first batch, so nothing is trained; compute the batch's scores, model(X[idx])."),
    # raised_here (three tests): "line 84: `logits = model(X_test)` raises the error at `model(X_test)`. There, `model`
    # is a Sequential; `X_test` is a float32 array of shape (739, 1, 8, 8)" (a NumPy array handed to the model: the
    # cause, as rg6_test_loader_yields_tuples in JUDGEMENT58).
    "ri6_test_array_fed_to_model_as_numpy": ("right", ("raised_here",), ""),
    # torch_error (three tests): "a layer that multiplies by a (16, 10) weight (an nn.Linear built with
    # in_features=16) got 64 rows of 32 features: ... build it with in_features=32, or change the layers before it to
    # give 16" (exact, as qv6_pool_widened_classifier_not_resized in JUDGEMENT47).
    "ri6_classifier_width_of_first_block": ("right", ("torch_error",), ""),
    # catalogued labels_shuffled, not named; no diagnosis: only the accuracies, 0.944 on the digits and 0.733 on the
    # shapes.
    "ri6_flip_augmentation_labels_reversed": (
        "nothing", (),
        "y = torch.cat([y, y.flip(0)]) reverses the labels of the mirrored copies while X.flip(3) keeps the images in "
        "their order: the mirror of image i is trained with the label of image N - 1 - i, so half the training set "
        "carries another image's label (0.944 on the digits, 0.733 on the shapes); repeat the labels in order, "
        "torch.cat([y, y])."),
    "ri6_full_training_only_above_60s": ("named", (), ""),
    # ------------------------------------------------------------------ a7_architectures
    # departure (three tests): "`votes`, set by line 176: `votes = np.maximum(W[:, classes], 0.0)` ... (by up to
    # 0.644) ...: the mistake is in that line (another function, or other arguments, than meant?), or in what the
    # lines after it do with its value".
    "ri7_cam_negative_weights_clipped": ("right", ("departure",), ""),
    # handed_wrong_input (both dropout tests): "your residual_block_backward() is the correct code's own, yet it
    # returns a wrong dx here: it was handed `cache` from your residual_block_forward(). The mistake is in what
    # residual_block_forward() returns there".
    "ri7_resblock_cache_scale_without_p": ("right", ("handed_wrong_input",), ""),
    # departure (both tests): "line 179: `stride = 2` sets `stride` to 2; with 1 there (one less), the rest of your
    # function runs without the error and returns the expected values: `stride` is off by one (...) One change repairs
    # it: written `stride = 1` ..." (ValueError "shape-mismatch for sum": true; a decision, above).
    "ri7_fc_score_map_windows_stride_two": ("right", ("departure",), ""),
    # scaled (four tests): "yours is N/D = 5/3 times the expected (N: the batch size, D: the number of entries in a
    # row): a division by D where one by N is meant" (K = 3 components: exact; on the others the second of two
    # causes: tolerated); departure (one example): "`N`, set by line 176: `N = logits.shape[1]` ... your `N` is 3
    # where 1 is right ...: the mistake is in that line. One change repairs it: written `N = logits.shape[0]`".
    "ri7_mdn_batch_size_from_components_axis": ("right", ("scaled", "departure"), ""),
    "ri7_cam_mean_features_times_weights": ("named", (), ""),
    "ri7_saliency_einsum_ones_upstream": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure (both tests): "line 166: `return step / (np.linalg.norm(W) + 1e-3)`. In it, `np.linalg.norm(W) +
    # 1e-3` is the first part ...: the mistake is in that line. One change repairs it: written `return step /
    # (np.linalg.norm(W))`" (the fix).
    "ri8_update_ratio_eps_in_denominator": ("right", ("departure",), ""),
    # departure: "line 165: `exponents = np.linspace(np.log10(low), np.log10(high), n)` computes `exponents` ... up to
    # line 166: `return np.round(10.0 ** exponents, 6)` ... The mistake is in lines 165-166" (the two-line body,
    # ending on the line with the mistake).
    "ri8_log_grid_rounded_values": ("right", ("departure",), ""),
    # one_edit: "line 169 reads `best, best_epoch, wait = loss - min_delta, epoch, 0`; written `best, best_epoch, wait
    # = loss, epoch, 0`, your function returns the expected stop epoch ...: the mistake is most likely in that line"
    # (the fix).
    "ri8_early_stopping_best_stores_threshold": ("right", ("one_edit",), ""),
    # offset (three tests): "every entry is the expected + 0.049: one constant term is missing or extra (a bias, a mean
    # that is not subtracted, a + 1)" ((0.1 - 0.002) / 2 after the warm-up; a decision, above).
    "ri8_warmup_cosine_factor_precedence": ("right", ("offset",), ""),
    "ri8_log_uniform_power_of_linear_draw": ("named", (), ""),
    "ri8_train_scores_minus_batch_max_scalar": ("named", (), ""),
}
# Counts: named 15, right 29 (named or right 44/48 = 92%; not in the catalogue: right 29/32 = 91%; the 16
# catalogued: 15 named, ri6_flip_augmentation_labels_reversed nothing), misleading 2, vague 0, nothing 2, wrong_name
# 0, check_message 0, not_caught 0. HOLDOUT60_CORRECT: all 7 earn full marks.

HOLDOUT60 = [replace(e, verdict=JUDGEMENT60[e.id][0], expected=frozenset(JUDGEMENT60[e.id][1]),
                     ideal=JUDGEMENT60[e.id][2]) if e.id in JUDGEMENT60 else e for e in HOLDOUT60]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,281 earlier ones (corpus.py and holdout.py-holdout59.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). Two of the 48 mistakes (both catalogued, written
# the same way up to names and notation) and three of the 7 right variants (the same code up to names) repeat.
# Fresh mistakes (the 46 that repeat no earlier entry): named or right 42/46 = 91%.
# (id -> the earlier entry it repeats)
REPEATED60: dict[str, str] = {
    "ri3_conv_bwd_fast_ellipsis_crop": "q3_conv_bwd_fast_minus_pad",
    "ri5_spatial_bn_unpacked_param_copy": "q5_spatial_bn_param_copy",
    "rik_correct_conv_output_size_divmod": "w3_correct_output_size_divmod",
    "rik_correct_compute_fans_by_division": "e4_correct_fans_total_over_channel_counts",
    "rik_correct_update_ratio_vdot": "m8_correct_update_ratio_vdot",
}
