"""A thirty-eighth hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 66d3867 (JUDGED_ON38, JUDGEMENT38 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout38.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT38 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT38_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT38: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qm1_tanh_fwd_caches_local_derivative", "a1_backprop", "tanh_forward",
       "out = tanh(x) is right, but the cache holds the local derivative 1 - out**2 ('precomputed for the backward "
       "pass') instead of the output t that tanh_backward reads: the backward pass computes 1 - (1 - t**2)**2, not "
       "1 - t**2", """
def tanh_forward(x):
    out = np.tanh(x)
    # precompute the local gradient once, backward just multiplies
    local = 1.0 - out * out
    return out, local
"""),
    _e("qm1_bce_loss_negative_term_sign", "a1_backprop", "binary_cross_entropy_loss",
       "the loss is split into two means with the minus sign put on the first only: -mean(t log p) + "
       "mean((1 - t) log(1 - p)), so the negative class's term is added with the wrong sign; the loss is "
       "-mean(t log p) - mean((1 - t) log(1 - p)) (dprobs right)", """
def binary_cross_entropy_loss(probs, target):
    p, t = probs, target
    pos_term = np.mean(t * np.log(p))
    neg_term = np.mean((1 - t) * np.log(1 - p))
    loss = -pos_term + neg_term
    dprobs = (p - t) / (p * (1 - p)) / p.size
    return loss, dprobs
"""),
    _e("qm1_numgrad_half_steps_full_width_quotient", "a1_backprop", "eval_numerical_gradient",
       "each entry is moved by +h/2 and -h/2 ('a total width of h around x') but the difference is still divided "
       "by 2h: the points are h apart, so every derivative comes out half its value; the centred difference moves "
       "by +-h and divides by 2h (x restored)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape, dtype=float)
    for idx in np.ndindex(x.shape):
        keep = x[idx]
        x[idx] = keep + h / 2
        up = f(x)
        x[idx] = keep - h / 2
        down = f(x)
        x[idx] = keep
        grad[idx] = (up - down) / (2 * h)
    return grad
"""),
    _e("qm1_mlp_reg_default_nonzero", "a1_backprop", "two_layer_mlp_loss",
       "wrong default: the signature gives reg=1e-3 ('a little weight decay by default') instead of 0.0, so a "
       "call that leaves reg out adds 0.5e-3 * (|W1|^2 + |W2|^2) to the loss and 1e-3 * W to the weight "
       "gradients (right when reg is given)", """
def two_layer_mlp_loss(X, params, y=None, reg=1e-3):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    hidden, c1 = affine_forward(X, W1, b1)
    act, cr = relu_forward(hidden)
    scores, c2 = affine_forward(act, W2, b2)
    if y is None:
        return scores
    data_loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss = data_loss + 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dact, dW2, db2 = affine_backward(dscores, c2)
    dhidden = relu_backward(dact, cr)
    _, dW1, db1 = affine_backward(dhidden, c1)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    _e("qm1_affine_bwd_dx_tensordot_flat", "a1_backprop", "affine_backward",
       "dx is contracted with np.tensordot(dout, w, axes=(1, 1)), the (N, D) gradient of the flattened input, and "
       "returned as it is: it must be reshaped back to the shape of x (N, d1, ..., dk) (dw and db right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    x_rows = x.reshape(x.shape[0], -1)
    dx = np.tensordot(dout, w, axes=(1, 1))     # (N, M) x (D, M) -> (N, D)
    dw = np.tensordot(x_rows, dout, axes=(0, 0))
    db = np.add.reduce(dout, axis=0)
    return dx, dw, db
""", catalogued="dx_not_reshaped"),
    _e("qm1_ce_take_along_axis_no_onehot", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is right (log-softmax picked with np.take_along_axis and averaged), but dscores is the softmax "
       "over N only: the one-hot labels are never subtracted, softmax - onehot(y) over N is the gradient", """
def softmax_cross_entropy_loss(scores, y):
    n = scores.shape[0]
    z = scores - np.max(scores, axis=1, keepdims=True)
    logz = np.log(np.sum(np.exp(z), axis=1, keepdims=True))
    log_probs = z - logz
    picked = np.take_along_axis(log_probs, y[:, None], axis=1)
    loss = -picked.mean()
    dscores = np.exp(log_probs) / n
    return loss, dscores
""", catalogued="softmax_grad_missing_one_hot"),
    # ------------------------------------------------------------------ a2_optim
    _e("qm2_adagrad_cache_of_abs_gradient", "a2_optim", "adagrad",
       "the cache accumulates |g| instead of g**2 ('the magnitude of the gradient'), and the step divides by its "
       "square root: sqrt(sum |g|) is not the root of the summed squares, so every step is scaled wrongly", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    hist = config.get("cache", np.zeros_like(w))
    hist = hist + np.abs(g)
    config["cache"] = hist
    return w - config["learning_rate"] * g / (np.sqrt(hist) + config["epsilon"]), config
"""),
    _e("qm2_rmsprop_step_before_cache_update", "a2_optim", "rmsprop",
       "the step divides by the root of the cache read from config, before this step's dw**2 is mixed in (the "
       "cache is updated after the step): the first step divides by sqrt(0) + eps, a huge step; the cache must be "
       "updated first and the step take the new one", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    rho = config["decay_rate"]
    config["cache"] = rho * cache + (1 - rho) * g * g
    return next_w, config
"""),
    _e("qm2_cosine_lr_degrees", "a2_optim", "cosine_lr",
       "the cosine is taken of an angle in degrees, 180 * step / total_steps, but math.cos expects radians: the "
       "rate oscillates wildly instead of going down half a cosine period from base_lr to min_lr (pi * step / "
       "total_steps)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    angle = 180.0 * step / total_steps      # half a turn over the run
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(angle))
"""),
    _e("qm2_linreg_grad_divided_by_features", "a2_optim", "linear_regression_gradient",
       "the mean is taken over X.shape[1], the number of features D, instead of X.shape[0], the number of rows N: "
       "the gradient 2 X^T (X w - y) / N is scaled by N / D", """
def linear_regression_gradient(w, X, y):
    residual = X @ w - y
    n_features = X.shape[1]
    return 2.0 * (X.T @ residual) / n_features
"""),
    _e("qm2_nesterov_lookahead_is_plain_momentum", "a2_optim", "nesterov_momentum",
       "the 'look-ahead' is written next_w = w + momentum * v_prev - lr * dw, which is w + v, the plain momentum "
       "step; Nesterov's is w - momentum * v_prev + (1 + momentum) * v (equivalently w + momentum * v - lr * dw with "
       "the new v)", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu, lr = config["momentum"], config["learning_rate"]
    g = _gradient(w, dw, config)
    v_prev = config.get("velocity", np.zeros_like(w))
    config["velocity"] = mu * v_prev - lr * g
    # look ahead along the old velocity, then correct with the gradient
    next_w = w + mu * v_prev - lr * g
    return next_w, config
""", catalogued="nesterov_as_plain_momentum"),
    _e("qm2_adam_corrected_lr_computed_unused", "a2_optim", "adam",
       "the bias-corrected step size lr_t = lr * sqrt(1 - beta2**t) / (1 - beta1**t) is computed but the update "
       "uses config['learning_rate'] with the raw moments: no bias correction, so the first steps are far too "
       "small", """
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
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g * g
    lr_t = config["learning_rate"] * np.sqrt(1 - b2 ** t) / (1 - b1 ** t)
    next_w = w - config["learning_rate"] * m / (np.sqrt(v) + config["epsilon"])
    config["t"], config["m"], config["v"] = t, m, v
    return next_w, config
""", catalogued="adam_no_bias_correction"),
    # ------------------------------------------------------------------ a3_conv
    _e("qm3_pool_indices_row_times_height", "a3_conv", "max_pool_with_indices",
       "the flat index of each maximum is built as row * H + col, with the plane's height H where the row length "
       "is its width W (row * W + col): right for square inputs only, a non-square plane gets indices that point "
       "to other positions (or past its end)", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            patch = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, ph * pw)
            best = patch.argmax(axis=2)
            out[:, :, i, j] = patch.max(axis=2)
            r = i * s + best // pw
            c = j * s + best % pw
            idx[:, :, i, j] = r * H + c
    return out, idx
"""),
    _e("qm3_convT_crop_from_start_only", "a3_conv", "conv_transpose_forward",
       "the full output is cropped by 2 * pad at its start only, full[:, :, 2 * pad:, 2 * pad:] ('the same number of "
       "pixels removed'): the size is right but the window is shifted by pad towards the end; the crop removes pad "
       "on every side, full[pad:H_full - pad]", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    Hf, Wf = (H - 1) * stride + HH, (W - 1) * stride + WW
    full = np.zeros((N, F, Hf, Wf))
    for i in range(H):
        for j in range(W):
            full[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += np.einsum("nc,cfhw->nfhw", x[:, :, i, j], w)
    out = full[:, :, 2 * pad:, 2 * pad:]
    return out + b[None, :, None, None]
"""),
    _e("qm3_transposed_size_dilated_kernel_as_d_times_k", "a3_conv", "transposed_conv_output_size",
       "the dilated kernel's extent is taken as dilation * kernel_size instead of dilation * (kernel_size - 1) + 1: "
       "the same for dilation 1, but one pixel too many per extra unit of dilation", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    extent = dilation * kernel_size
    return (input_size - 1) * stride - 2 * padding + extent + output_padding
"""),
    _e("qm3_unpool_add_at_doubles_shared_maxima", "a3_conv", "max_unpool",
       "the values are scattered with np.add.at ('accumulate, like a backward pass'): where overlapping windows share "
       "one maximum its index appears several times and the value is added once per window instead of being placed "
       "once (out[idx] = value)", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    Ho, Wo = output_shape
    out = np.zeros((N, C, Ho * Wo))
    for n in range(N):
        for c in range(C):
            np.add.at(out[n, c], indices[n, c].ravel(), x[n, c].ravel())
    return out.reshape(N, C, Ho, Wo)
"""),
    _e("qm3_conv_bwd_naive_dx_window_assigned", "a3_conv", "conv_backward_naive",
       "inside the loops over images, filters and output positions, each window's share is written into the padded "
       "dx with = instead of +=: where windows overlap (and over the filters) the last write wins instead of the "
       "contributions adding up (dw, db right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(Ho):
                for j in range(Wo):
                    hs, ws = i * stride, j * stride
                    g = dout[n, f, i, j]
                    dw[f] += g * xp[n, :, hs:hs + HH, ws:ws + WW]
                    dxp[n, :, hs:hs + HH, ws:ws + WW] = g * w[f]
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
""", catalogued="dx_assigned_not_accumulated"),
    _e("qm3_avgpool_bwd_elementwise_loops_undivided", "a3_conv", "avg_pool_backward",
       "written with loops over images, channels and windows, each window's upstream gradient is added to every "
       "input of the window as it is: the division by the window's area ph * pw is missing (the forward pass "
       "averages)", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros(x.shape)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    dx[n, c, i * s:i * s + ph, j * s:j * s + pw] += dout[n, c, i, j]
    return dx
""", catalogued="avg_pool_gradient_not_divided"),
    # ------------------------------------------------------------------ a4_init
    _e("qm4_actstats_sigmoid_mapped_to_tanh", "a4_init", "activation_statistics",
       "copy-paste slip in the table of activations: 'sigmoid' is mapped to np.tanh, so a sigmoid network is run "
       "through tanh layers (mean about 0 instead of about 0.5); the sigmoid is 1 / (1 + exp(-z))", """
def activation_statistics(X, weights, activation):
    table = {
        "sigmoid": np.tanh,
        "tanh": np.tanh,
        "relu": lambda z: np.maximum(z, 0.0),
        "linear": lambda z: z,
    }
    act = table[activation]
    h = X
    means, variances = np.zeros(len(weights)), np.zeros(len(weights))
    for layer, W in enumerate(weights):
        h = act(h @ W)
        means[layer] = np.mean(h)
        variances[layer] = np.var(h)
    return means, variances
"""),
    _e("qm4_he_normal_clipped_at_two_std", "a4_init", "he_normal",
       "the normal draws are clipped to +-2 std ('truncated like Keras's he_normal'): the values beyond 2 std pile "
       "up at the bounds, so the distribution is not N(0, he_std**2) and its variance is about 0.77 of it", """
def he_normal(shape, seed):
    std = he_std(shape)
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, std, size=shape)
    return np.clip(w, -2 * std, 2 * std)
"""),
    _e("qm4_he_std_own_fans_2d_kernel", "a4_init", "he_std",
       "he_std works out fan_in itself as in * kh * kw from shape[1], shape[2], shape[3] (2-D kernels assumed) "
       "instead of calling compute_fans: a 1-D kernel (out, in, k) raises IndexError and a 3-D one (out, in, kd, "
       "kh, kw) misses its last axis", """
def he_std(shape):
    if len(shape) == 2:
        fan_in = shape[0]
    else:
        fan_in = shape[1] * shape[2] * shape[3]
    return math.sqrt(2.0 / fan_in)
"""),
    _e("qm4_uniform_bound_sqrt_of_3std", "a4_init", "xavier_uniform",
       "the bound is written math.sqrt(3 * std), the root taken of 3 * std as if std were a variance: U(-a, a) has "
       "variance a**2 / 3, so a = sqrt(3) * std (= sqrt(3 * std**2))", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    bound = math.sqrt(3 * std)
    rng = np.random.default_rng(seed)
    return rng.uniform(low=-bound, high=bound, size=shape)
"""),
    _e("qm4_fans_linear_read_as_out_in", "a4_init", "compute_fans",
       "a linear weight is unpacked as torch's (out, in), fan_out, fan_in = shape, and a conv weight's fans taken "
       "from shape[0] and shape[1] the other way round: fan_in and fan_out come back swapped for both layouts "
       "(a linear (D, M) has fan_in D; a conv (out, in, k...) has fan_in in * k)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_out, fan_in = shape          # (out_features, in_features)
        return fan_in, fan_out
    k = 1
    for s in shape[2:]:
        k *= s
    return shape[0] * k, shape[1] * k
""", catalogued="fans_swapped"),
    _e("qm4_he_normal_generator_cached_on_function", "a4_init", "he_normal",
       "the generator is made from the seed on the first call only and cached on the function (he_normal.rng): "
       "later calls, whatever their seed, keep drawing from it, so the same seed does not give the same weights; "
       "make rng = np.random.default_rng(seed) in every call", """
def he_normal(shape, seed):
    if not hasattr(he_normal, "rng"):
        he_normal.rng = np.random.default_rng(seed)
    return he_normal.rng.normal(0.0, he_std(shape), size=shape)
""", catalogued="global_seed_in_he_normal"),
    # ------------------------------------------------------------------ a5_normalization
    _e("qm5_spatial_bn_out_reshaped_without_transpose", "a5_normalization", "spatial_batchnorm_forward",
       "the input is moved to channels last and normalized right, but the (N * H * W, C) output is reshaped straight "
       "to (N, C, H, W) without undoing the transpose (reshape(N, H, W, C).transpose(0, 3, 1, 2)): the values land "
       "in scrambled positions and channels", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    rows = x.transpose(0, 2, 3, 1).reshape(N * H * W, C)
    out_rows, cache = batchnorm_forward(rows, gamma, beta, bn_param)
    out = out_rows.reshape(N, C, H, W)
    return out, cache
"""),
    _e("qm5_groupnorm_channels_interleaved", "a5_normalization", "groupnorm_forward",
       "the channels are split as x.reshape(N, C // G, G, H * W) with the statistics over axes (1, 3): channel c "
       "lands in group c % G (interleaved) instead of c // (C // G), consecutive channels forming a group", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, C // groups, groups, H * W)
    mu = xg.mean(axis=(1, 3), keepdims=True)
    var = xg.var(axis=(1, 3), keepdims=True)
    inv = 1.0 / np.sqrt(var + eps)
    x_hat = ((xg - mu) * inv).reshape(N, C, H, W)
    out = gamma[None, :, None, None] * x_hat + beta[None, :, None, None]
    return out, (x_hat, gamma, inv.reshape(N, groups, 1), groups)
"""),
    _e("qm5_layernorm_bwd_param_grads_per_row", "a5_normalization", "layernorm_backward",
       "dgamma and dbeta are summed over axis 1, the features (as layer norm's statistics are), giving one value per "
       "row (N,) instead of the (D,) sums over the batch, axis 0 (dx right)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = dout.shape[1]
    g = dout * gamma
    dx = inv_std / D * (D * g - g.sum(axis=1, keepdims=True) - x_hat * (g * x_hat).sum(axis=1, keepdims=True))
    dgamma = np.sum(dout * x_hat, axis=1)
    dbeta = np.sum(dout, axis=1)
    return dx, dgamma, dbeta
"""),
    _e("qm5_bn_running_var_from_std", "a5_normalization", "batchnorm_forward",
       "the running variance is fed the batch standard deviation (sqrt of the unbiased variance) instead of the "
       "variance itself: test mode divides by sqrt(running_var + eps) of a std, the wrong scale", """
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
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        sample_std = x.std(axis=0, ddof=1)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * sample_std
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qm5_bn_bwd_param_grads_einsum_over_n", "a5_normalization", "batchnorm_backward",
       "dgamma and dbeta are written with einsum and divided by N ('the mean over the batch'): the gradients of the "
       "parameters must be summed over the rows, sum(dout * x_hat, axis=0) and sum(dout, axis=0) (dx right)", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    dbeta = np.einsum("nd->d", dout) / N
    dgamma = np.einsum("nd,nd->d", dout, x_hat) / N
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = np.sum(dx_hat * x_mu, axis=0) * -0.5 * inv_std ** 3
    dmu = -np.sum(dx_hat * inv_std, axis=0) - 2 * dvar * x_mu.mean(axis=0)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / N + dmu / N
    return dx, dgamma, dbeta
""", catalogued="bn_dgamma_averaged"),
    _e("qm5_dropout_binomial_drop_probability", "a5_normalization", "dropout_forward",
       "the keep decisions are drawn with rng.binomial(1, 1 - p) and scaled by 1 / (1 - p): p is read as the "
       "probability of dropping a unit, where it is the probability of keeping one (binomial(1, p) / p)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.binomial(1, 1 - p, size=x.shape)
    mask = keep / (1 - p)
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    # ------------------------------------------------------------------ a6_cnn
    _e("qm6_lambda_lr_returns_absolute_rate", "a6_cnn", "train_and_predict",
       "the LambdaLR's function returns the learning rate itself (3e-3 times a cosine factor) where LambdaLR "
       "expects a multiplier of the optimizer's lr: the rate actually used is 3e-3 * 3e-3 * factor, about 1e-5, "
       "and the network barely moves from its initialization", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    import math
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    base_lr, epochs, batch = 3e-3, 15, 64
    total = epochs * ((len(y) + batch - 1) // batch)
    opt = torch.optim.Adam(model.parameters(), lr=base_lr)
    # cosine schedule: lr(step) = base_lr * (1 + cos(pi * step / total)) / 2
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: base_lr * (1 + math.cos(math.pi * s / total)) / 2)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qm6_logits_centered_per_class_over_test_set", "a6_cnn", "train_and_predict",
       "a well trained model, but the logits are 'centred' by subtracting their mean over the test images (axis 0, "
       "one value per class) instead of over each row's classes (axis 1, which would not change the prediction): "
       "every class is shifted by its own amount, the predicted classes change and depend on the other test images", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
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
        logits = model(torch.tensor(X_test)).numpy()
    # centre the logits (softmax does not care about a constant shift)
    return logits - logits.mean(axis=0, keepdims=True)
"""),
    _e("qm6_kaiming_init_applied_to_batchnorm", "a6_cnn", "train_and_predict",
       "the weights are initialized with model.apply over every module that has a weight, nn.init.kaiming_normal_ "
       "included for the BatchNorm2d layers, whose weight is 1-D: kaiming_normal_ cannot compute the fans of a 1-D "
       "tensor and raises ValueError before any training; only the Conv2d and Linear weights take it", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))

    def init(m):
        if getattr(m, "weight", None) is not None:
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            if getattr(m, "bias", None) is not None:
                nn.init.zeros_(m.bias)

    model.apply(init)
    X, y = torch.tensor(X_train), torch.tensor(y_train)
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
    _e("qm6_reduce_on_plateau_mode_max_with_loss", "a6_cnn", "train_and_predict",
       "ReduceLROnPlateau is built with mode='max' (copied from an accuracy-driven recipe) but stepped with the "
       "epoch's training loss, which goes down: every epoch after the first counts as no improvement, so with patience 0 "
       "the rate is cut tenfold after every epoch and training stalls long before the model fits (mode='min' for a loss)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="max", factor=0.1, patience=0)  # react fast
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        total = 0.0
        for idx in torch.randperm(len(y), generator=g).split(64):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        sched.step(total / len(y))
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test)).numpy()
"""),
    _e("qm6_optimizer_given_detached_parameters", "a6_cnn", "train_and_predict",
       "the optimizer is given [p.detach() for p in model.parameters()] ('keep the optimizer off the autograd "
       "graph'): the detached tensors share storage but never receive a .grad, so Adam skips them at every step and "
       "the model is never trained; pass model.parameters() themselves", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
    params = [p.detach() for p in model.parameters()]
    opt = torch.optim.Adam(params, lr=3e-3)
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
""", catalogued="untrained_model"),
    _e("qm6_returns_sampled_classes", "a6_cnn", "train_and_predict",
       "a trained model, but the function returns classes sampled from its softmax (torch.distributions.Categorical"
       "(logits=...).sample(), 'a prediction with its uncertainty'): an (M,) array of class indices instead of the "
       "(M, classes) logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes))
    X, y = torch.tensor(X_train), torch.tensor(y_train)
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
        logits = model(torch.tensor(X_test))
        return torch.distributions.Categorical(logits=logits).sample().numpy()
""", catalogued="predictions_not_logits"),
    # ------------------------------------------------------------------ a7_architectures
    _e("qm7_residual_projection_bias_dropped", "a7_architectures", "residual_block_forward",
       "the projection shortcut is computed as x @ Ws, without its bias bs: out = relu(h W2 + b2 + x Ws) instead of "
       "relu(h W2 + b2 + x Ws + bs) (the identity shortcut and the rest right)", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.maximum(a1, 0)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    if "Ws" in params:
        shortcut = x @ params["Ws"]          # project to the output width
    else:
        shortcut = x
    z = h @ params["W2"] + params["b2"] + shortcut
    return np.maximum(z, 0), (x, params, a1, h, scale, z)
"""),
    _e("qm7_score_map_last_window_skipped", "a7_architectures", "fc_score_map",
       "the output is allocated with the right size (H2 - H + 1, W2 - W + 1), but the loops run over range(H2 - H) "
       "and range(W2 - W): the windows starting at the last row and the last column are never scored and stay 0", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    out = np.zeros((N, M, H2 - H + 1, W2 - Wd + 1))
    for i in range(H2 - H):
        for j in range(W2 - Wd):
            patch = x[:, :, i:i + H, j:j + Wd].reshape(N, -1)
            out[:, :, i, j] = patch @ W + b
    return out
"""),
    _e("qm7_gaussian_nll_dlog_std_sign_flipped", "a7_architectures", "gaussian_nll",
       "the loss and dmu are right, but dlog_std is written (r**2 / var - 1) / N, the derivative with its sign "
       "flipped: d/dlog_std [log_std + 0.5 r**2 exp(-2 log_std)] = 1 - r**2 / var", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    inv_var = np.exp(-2.0 * log_std)
    r = y - mu
    loss = np.sum(0.5 * np.log(2 * np.pi) + log_std + 0.5 * r * r * inv_var) / N
    dmu = -r * inv_var / N
    dlog_std = (r * r * inv_var - 1.0) / N
    return loss, dmu, dlog_std
"""),
    _e("qm7_mdn_dmu_sign_flipped", "a7_architectures", "mdn_nll",
       "the stable loss and dlogits, dlog_std are right, but dmu is written +gamma * z / sigma / N: the derivative of "
       "-log p with respect to mu_k is -gamma_k (y - mu_k) / sigma_k**2 / N, so the sign is flipped", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    m = logits.max(axis=1, keepdims=True)
    log_pi = logits - m - np.log(np.sum(np.exp(logits - m), axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    comp = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    top = comp.max(axis=1, keepdims=True)
    log_p = top + np.log(np.sum(np.exp(comp - top), axis=1, keepdims=True))
    resp = np.exp(comp - log_p)
    loss = -np.mean(log_p)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = resp * z / sigma / N
    dlog_std = resp * (1 - z * z) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("qm7_residual_branch_clipped_before_sum", "a7_architectures", "residual_block_forward",
       "the second affine output is passed through np.clip(..., 0, None), a ReLU, before the shortcut is added, and "
       "the sum returned as it is: out = relu(h W2 + b2) + shortcut(x) instead of relu(h W2 + b2 + shortcut(x))", """
def residual_block_forward(x, params, dropout=None):
    a1 = x @ params["W1"] + params["b1"]
    h = np.clip(a1, 0, None)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    z = h @ params["W2"] + params["b2"]
    branch = np.clip(z, 0, None)
    shortcut = x @ params["Ws"] + params["bs"] if "Ws" in params else x
    return branch + shortcut, (x, params, a1, h, scale, z)
""", catalogued="relu_before_addition"),
    _e("qm7_gap_bwd_broadcast_to_undivided", "a7_architectures", "global_avg_pool_backward",
       "each map's gradient is spread with np.broadcast_to(dout[:, :, None, None], (N, C, H, W)) as it is: the "
       "forward pass is a mean over the H * W positions, so each position gets dout / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dx = np.broadcast_to(dout[:, :, None, None], (N, C, H, W)).copy()
    return dx
""", catalogued="gap_backward_not_divided_by_area"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qm8_update_ratio_spectral_norms", "a8_pipeline", "update_ratio",
       "the norms are taken with np.linalg.norm(..., 2), which for a matrix is the spectral norm (largest singular "
       "value), not the Frobenius norm the ratio is defined with (np.linalg.norm's default; the same for vectors)", """
def update_ratio(W, dW, lr):
    step = lr * dW
    return np.linalg.norm(step, 2) / np.linalg.norm(W, 2)
"""),
    _e("qm8_cosine_phase_over_total_steps", "a8_pipeline", "warmup_cosine_lr",
       "after the warm-up the cosine's phase is (step - warmup_steps) / total_steps, over the whole run instead of "
       "over the total_steps - warmup_steps steps of the decay: the schedule never reaches min_lr at the last step "
       "(the warm-up right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = (step - warmup_steps) / total_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
"""),
    _e("qm8_param_stats_sample_std", "a8_pipeline", "parameter_statistics",
       "the standard deviations of the weights and of the gradients are taken with ddof=1 (the sample std) instead "
       "of np.std's default ddof=0 that the docstring asks for: each std is sqrt(n / (n - 1)) too large", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        G = grads[name]
        stats[name] = np.array([np.mean(W), np.std(W, ddof=1), np.mean(G), np.std(G, ddof=1),
                                update_ratio(W, G, lr)])
    return stats
"""),
    _e("qm8_softmax_regression_gradient_not_over_batch", "a8_pipeline", "train_and_predict",
       "the SGD step uses the gradient of the batch's summed cross-entropy: probs - onehot is never divided by the "
       "batch's length, so every step is 64 times the step on the mean loss the recipe asks for", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    k = int(y_train.max()) + 1
    W = np.zeros((X.shape[1], k))
    b = np.zeros(k)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        perm = rng.permutation(len(X))
        for s in range(0, len(X), 64):
            rows = perm[s:s + 64]
            z = X[rows] @ W + b
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(rows)), y_train[rows]] -= 1.0
            W -= 0.1 * X[rows].T @ p
            b -= 0.1 * p.sum(axis=0)
    return T @ W + b
"""),
    _e("qm8_flip_loop_axis1_of_image", "a8_pipeline", "random_flip",
       "each chosen image (C, H, W) is mirrored with np.flip(img, axis=1), its rows (upside down), instead of its "
       "last axis, the columns (left-right)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.random(len(x))
    out = np.array(x, copy=True)
    for i, img in enumerate(x):
        if coins[i] < p:
            out[i] = np.flip(img, axis=1)
    return out
""", catalogued="flip_vertical"),
    _e("qm8_early_stop_restores_stop_epoch", "a8_pipeline", "early_stopping",
       "the best epoch is tracked, but the weights returned are weights[epoch], those of the epoch at which training "
       "stops (or the last), instead of weights[best_epoch]", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best = float("inf")
    best_epoch = 0
    bad_epochs = 0
    stop = len(val_losses) - 1
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch = loss, epoch
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                stop = epoch
                break
    return stop, weights[stop]
""", catalogued="early_stopping_keeps_last_weights"),
]

HOLDOUT38_CORRECT: list[Entry] = [
    _e("qmk_correct_tanh_fwd_via_sigmoid", "a1_backprop", "tanh_forward",
       "correct: tanh written as 2 * sigmoid(2x) - 1 through the stable sigmoid_forward, the output cached", """
def tanh_forward(x):
    s, _ = sigmoid_forward(2.0 * x)
    out = 2.0 * s - 1.0
    return out, out
"""),
    _e("qmk_correct_nesterov_sutskever_form", "a2_optim", "nesterov_momentum",
       "correct: the Nesterov step written as w + momentum * v - lr * dw with the new velocity v, which expands to "
       "w - momentum * v_prev + (1 + momentum) * v", """
def nesterov_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    mu, lr = config["momentum"], config["learning_rate"]
    g = _gradient(w, dw, config)
    v = mu * config.get("velocity", np.zeros_like(w)) - lr * g
    config["velocity"] = v
    return w + mu * v - lr * g, config
"""),
    _e("qmk_correct_unpool_put_along_axis", "a3_conv", "max_unpool",
       "correct: the planes flattened to (N, C, H * W) and the values placed at their flat indices with "
       "np.put_along_axis", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    flat = np.zeros((N, C, output_shape[0] * output_shape[1]), dtype=float)
    np.put_along_axis(flat, indices.reshape(N, C, -1), x.reshape(N, C, -1), axis=2)
    return flat.reshape(N, C, output_shape[0], output_shape[1])
"""),
    _e("qmk_correct_xavier_uniform_affine_map", "a4_init", "xavier_uniform",
       "correct: U(0, 1) draws of the seeded generator mapped affinely to U(-a, a), a = sqrt(3) * xavier_std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    u = np.random.default_rng(seed).random(size=shape)
    return a * (2.0 * u - 1.0)
"""),
    _e("qmk_correct_l2_penalty_vdot", "a5_normalization", "l2_penalty",
       "correct: the sum of squares as np.vdot of W with itself (flattened), the gradient reg * W", """
def l2_penalty(W, reg):
    sq = np.vdot(W, W)
    return 0.5 * reg * float(sq), reg * W
"""),
    _e("qmk_correct_gap_bwd_repeat", "a7_architectures", "global_avg_pool_backward",
       "correct: dout / (H * W) repeated along two new axes with np.repeat", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    share = (dout / (H * W))[:, :, None, None]
    return np.repeat(np.repeat(share, H, axis=2), W, axis=3)
"""),
    _e("qmk_correct_log_grid_geomspace", "a8_pipeline", "log_grid",
       "correct: the log-spaced grid from np.geomspace(low, high, n), both ends included", """
def log_grid(low, high, n):
    return np.geomspace(low, high, num=n)
"""),
]

JUDGED_ON38 = "2026-12-06 on commit 66d3867"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout38 on commit 66d3867 (JUDGED_ON38), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT27 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of values included); a departure naming the line with the mistake is right, and so is
# the exact line of a one- or two-line function, and one that names the line that uses a wrong value with, as its
# alternatives, the variable that holds the mistake; a one_slip stated in the correct code's text that is the
# student's arithmetic written another way is right (one_slip's "`- 0` where `- 1` is meant (off by one) (the same
# slip in two places)" for the dilated extent d * k, whose two places are `(kernel_size - 1)` and the `+ 1` after it,
# right as in JUDGEMENT25, a close call); a catalogued entry whose name is not given is judged by its diagnoses; an
# error raised by Python, NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing);
# checklists that list the cause among many are vague, but one of few causes, the entry's among them, is tolerated;
# masked's "a mask (and a scale) is applied where the expected applies none (dropout in test mode? a mask of the
# wrong entries?)" where the zeros are outputs never written (loops one short) names a mechanism that is not there:
# misleading (as qe3_conv_filter_loop_over_channels in JUDGEMENT30), even beside a right one_slip; where only the
# grader test's own message names the cause the verdict is check_message. Decided here: scaled's "half the expected:
# a factor 2 is missing (the derivative of a square carries a 2; a range from 0 to a is half as wide as one from -a
# to a)" for a centred difference taken over +-h/2 and divided by 2h states the relation exactly, its parenthesis
# examples, not claims: right (as h1_numgrad_over_h); loss_flat's "the learning rate was at most 9e-06 at the steps
# recorded (9e-06 at the first, 2.47e-10 at the last) ...: a warm-up or schedule that keeps the rate near zero (its
# length counted in images where steps are meant?), or a rate set too small" where LambdaLR's factor is itself a
# rate (3e-3 x 3e-3 x a cosine: the numbers checked on 300, 225 and 45 steps) names the schedule first: right;
# optimizer_not_on_model's count now "after 299 of the 299 backward passes that followed one of its steps" is exact
# (300 passes, the first before any step), and its "made for other parameters than those of the model trained" fits
# an optimizer given [p.detach() for p in model.parameters()] (other tensors, sharing storage, never given a .grad),
# its fix exact: right; class_indices's "the predicted classes, where the logits are asked ...: return what the model
# outputs, before any argmax" for classes sampled from the softmax (no argmax) states the kind of value returned and
# the fix: right (a close call); learning_rate_collapsed's "the learning rate fell from 0.003 to 3e-05 by step 46 of
# 225 ...: too strong a decay (gamma), or a decay every epoch where one every few epochs is meant (step_size counts
# scheduler.step() calls), or the scheduler stepped more often than meant" for ReduceLROnPlateau(mode='max') stepped
# once an epoch with a falling loss is true in its numbers and in its second reading (a cut every epoch), but says
# nothing of the mode, the one fault, and its mechanisms (gamma, step_size, stepping too often) are not there: vague
# (a close call beside misleading; unlike qh6_cnn_plateau_scheduler_fed_batch_accuracy in JUDGEMENT33, where one of
# its faults, the stepping every batch, was there); the a6 check's "a prediction must not depend on the other test
# images (call model.eval() ...; normalize with the training images' statistics)" alone, where the logits are centred
# by their mean over the test images, is nothing, as e6_softmax_over_batch_axis in JUDGEMENT19 (its advice is about
# batch norm and the inputs' statistics, not the logits).
JUDGEMENT38: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # handed_wrong_input: "your tanh_backward() is the correct code's own, yet it returns a wrong dx here: it was
    # handed `cache` from your tanh_forward(). The mistake is in what tanh_forward() returns there (what it holds, its
    # layout or its shapes)".
    "qm1_tanh_fwd_caches_local_derivative": ("right", ("handed_wrong_input",), ""),
    # one_slip: "`- (` where `+ (` is meant, where loss is computed": the correct -np.mean(t log p + (1 - t) log(1 - p))
    # with `- (` is the student's -mean(t log p) + mean((1 - t) log(1 - p)).
    "qm1_bce_loss_negative_term_sign": ("right", ("one_slip",), ""),
    # scaled: "every entry is half the expected: a factor 2 is missing (the derivative of a square carries a 2; a range
    # from 0 to a is half as wide as one from -a to a)": the points +-h/2 are half as far apart as the 2h divided by.
    "qm1_numgrad_half_steps_full_width_quotient": ("right", ("scaled",), ""),
    # default_differs: "your two_layer_mlp_loss() has reg=0.001 as its default, where the default asked for is
    # reg=0.0: this call leaves reg to the default, and yours is what the correct two_layer_mlp_loss() returns with
    # reg=0.001".
    "qm1_mlp_reg_default_nonzero": ("right", ("default_differs",), ""),
    "qm1_affine_bwd_dx_tensordot_flat": ("named", (), ""),
    # named on the two loss tests; departure on the two MLP tests names line 222: `dscores = np.exp(log_probs) / n`.
    "qm1_ce_take_along_axis_no_onehot": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure (three tests): "`hist`, set by line 240: `hist = hist + np.abs(g)`. What that line reads (g, hist)
    # agrees with the correct code; your `hist` is, entry by entry, the square root of the right value ...: the mistake
    # is in that line" (|g| for g**2 at the first step, the cache starting at zero: true).
    "qm2_adagrad_cache_of_abs_gradient": ("right", ("departure",), ""),
    # departure (four tests): "`next_w`, set by line 241 ... In it, `np.sqrt(cache) + config["epsilon"]` is the first
    # part whose value the correct code never computes ... your `next_w` is the right value - 1e+06 * `g` ...: the
    # mistake is in that line, or in what `config` holds": the step's root of the old cache (sqrt(0) + 1e-8 at the
    # first step, lr / eps = 1e6), the old cache being a value the correct code reads too.
    "qm2_rmsprop_step_before_cache_update": ("right", ("departure",), ""),
    # departure: "line 236: `return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(angle))` ... 0.00539905 where
    # 0.0993906 is right: the mistake is in that line, or in `angle`, set by line 235: `angle = 180.0 * step /
    # total_steps`"; on the other test "The mistake is in lines 235-236".
    "qm2_cosine_lr_degrees": ("right", ("departure",), ""),
    # scaled: "every entry is N/D = 15/3 times the expected ...: a division by D where one by N is meant"; one_slip:
    # "`shape[1]` where `shape[0]` is meant"; departure on the two-line function's return line (4/3 and 3/2: batches of
    # 4 and 3 over 3 and 2 features, true).
    "qm2_linreg_grad_divided_by_features": ("right", ("scaled", "one_slip", "departure"), ""),
    "qm2_nesterov_lookahead_is_plain_momentum": ("named", (), ""),
    "qm2_adam_corrected_lr_computed_unused": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # one_slip (three tests): "`H` where `W` is meant (the wrong variable), where idx[:, :, i, j] is computed".
    "qm3_pool_indices_row_times_height": ("right", ("one_slip",), ""),
    # shifted: "yours is the expected moved 1 row up and 1 column left (where they overlap they agree): the padding is
    # on one side only, or a window starts at the wrong index" (pad 1 on both calls; the crop starts at 2 * pad: as
    # ql3_convT_crop_two_pad_from_end in JUDGEMENT37).
    "qm3_convT_crop_from_start_only": ("right", ("shifted",), ""),
    # one_slip: "`- 0` where `- 1` is meant (off by one) (the same slip in two places)": `(kernel_size - 1)` and the
    # `+ 1` after it (14 where 13: checked), the second place's sign loosely rendered (as JUDGEMENT25, a close call).
    "qm3_transposed_size_dilated_kernel_as_d_times_k": ("right", ("one_slip",), ""),
    # no diagnosis: only the comparison ("got 40, expected 10").
    "qm3_unpool_add_at_doubles_shared_maxima": (
        "nothing", (),
        "np.add.at adds each value once per occurrence of its index: where overlapping windows share one maximum, its "
        "flat index appears in each of them and the value is summed (40 where 10), where unpooling places it once; "
        "assign out[n, c, indices[n, c].ravel()] = x[n, c].ravel()."),
    # catalogued dx_assigned_not_accumulated, not named; no diagnosis: only the comparisons on both tests.
    "qm3_conv_bwd_naive_dx_window_assigned": (
        "nothing", (),
        "dxp[n, :, hs:hs + HH, ws:ws + WW] = g * w[f] overwrites the window's gradient at every output position and "
        "filter: where windows overlap and across the F filters only the last write survives, instead of the "
        "contributions adding up; accumulate with +=."),
    "qm3_avgpool_bwd_elementwise_loops_undivided": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # as_if: "yours is what the correct activation_statistics() returns if activation were 'tanh': your code reads
    # activation, yet its values are those the correct code gives with activation set so: look at what activation is
    # combined with where it is used" (the table maps 'sigmoid' to np.tanh).
    "qm4_actstats_sigmoid_mapped_to_tanh": ("right", ("as_if",), ""),
    # draws_shape (both tests): "4.5% of yours sit exactly at +-0.235702 ...: they are clipped (np.clip, ...) where the
    # correct code leaves its draws as drawn" (2 * sqrt(2 / 144); P(|z| > 2) = 4.55%: true); departure on the one-line
    # return `return np.clip(w, -2 * std, 2 * std)`.
    "qm4_he_normal_clipped_at_two_std": ("right", ("draws_shape", "departure"), ""),
    # the check's IndexError for (28, 6, 6); departure on the 3-D kernel: "`fan_in`, set by line 94: `fan_in =
    # shape[1] * shape[2] * shape[3]` ... 54 where 270 is right ...: the mistake is in that line, or in the condition
    # at line 91".
    "qm4_he_std_own_fans_2d_kernel": ("right", ("departure",), ""),
    # departure (three tests): "`bound`, set by line 92: `bound = math.sqrt(3 * std)` ... your `bound` is 0.476213; with
    # 0.130931 there instead ...: the mistake is in that line" (sqrt(3 * 0.0756) and sqrt(3) * 0.0756: true).
    "qm4_uniform_bound_sqrt_of_3std": ("right", ("departure",), ""),
    "qm4_fans_linear_read_as_out_in": ("named", (), ""),
    "qm4_he_normal_generator_cached_on_function": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure: "`out`, set by line 221: `out = out_rows.reshape(N, C, H, W)` ... your `out` holds the right values
    # in another order (a reshape or transpose in the wrong order?) ...: the mistake is in that line".
    "qm5_spatial_bn_out_reshaped_without_transpose": ("right", ("departure",), ""),
    # no diagnosis: only the comparison (out: 108 of 108 outside tolerance).
    "qm5_groupnorm_channels_interleaved": (
        "nothing", (),
        "x.reshape(N, C // G, G, H * W) with the statistics over axes (1, 3) puts channel c in group c % G "
        "(interleaved), where a group is C // G consecutive channels (channel c in group c // (C // G)); reshape to "
        "(N, G, C // G, H * W) and take the statistics over axes (2, 3)."),
    # reduced_other_axis (dgamma): "a sum or mean over the wrong axis (axis=1 where axis=0 is asked for)?";
    # wrong_reduction (dbeta): "yours is the sum over axis 1 of dout ...; the expected is its sum over axis 0".
    "qm5_layernorm_bwd_param_grads_per_row": ("right", ("reduced_other_axis", "wrong_reduction"), ""),
    # departure (two tests): "line 233: `sample_std = x.std(axis=0, ddof=1)` computes `sample_std`, a value the
    # correct code never computes ... at line 235, `running_var = momentum * running_var + (1 - momentum) *
    # sample_std`, your `running_var` differs ...: the mistake is in how lines 233-235 compute `running_var`".
    "qm5_bn_running_var_from_std": ("right", ("departure",), ""),
    "qm5_bn_bwd_param_grads_einsum_over_n": ("named", (), ""),
    "qm5_dropout_binomial_drop_probability": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # loss_flat (every test): "the training loss stayed at about 2.37 over 300 steps ..., and the learning rate was at
    # most 9e-06 at the steps recorded (9e-06 at the first, 2.47e-10 at the last): 300 steps that small barely move the
    # weights. A warm-up or schedule that keeps the rate near zero (...?), or a rate set too small" (3e-3 * 3e-3 and
    # 9e-6 * (1 - cos(pi / 300)) / 2; 4.39e-10 and 1.1e-08 on 225 and 45 steps: true).
    "qm6_lambda_lr_returns_absolute_rate": ("right", ("loss_flat",), ""),
    # no diagnosis; the check's message: "a prediction must not depend on the other test images (call model.eval()
    # before predicting, so batch norm uses its running statistics; normalize with the training images' statistics)":
    # eval() is called; the logits are centred over the test images afterwards (as e6_softmax_over_batch_axis).
    "qm6_logits_centered_per_class_over_test_set": (
        "nothing", (),
        "logits - logits.mean(axis=0, keepdims=True) subtracts each class's mean over the test images: every class is "
        "shifted by its own amount, so an image's logits, and its predicted class, depend on the other test images "
        "(0.64 apart when 5 are predicted alone); return the logits as they are (a shift per row, axis=1, would not "
        "change the prediction)."),
    # no diagnosis: only torch's "ValueError: Fan in and fan out can not be computed for tensor with fewer than 2
    # dimensions".
    "qm6_kaiming_init_applied_to_batchnorm": (
        "nothing", (),
        "model.apply(init) calls nn.init.kaiming_normal_ on every module with a weight, the BatchNorm2d layers "
        "included, whose weight is 1-D: torch cannot compute the fans of a 1-D tensor and raises before any training; "
        "initialize only the nn.Conv2d and nn.Linear weights (an isinstance check in init)."),
    # learning_rate_collapsed (shapes only; digits 0.920 without a diagnosis): "the learning rate fell from 0.003 to
    # 3e-05 by step 46 of 225, and was 3e-09 at the last ... The schedule decays the rate too fast: too strong a decay
    # (gamma), or a decay every epoch where one every few epochs is meant (step_size counts scheduler.step() calls), or
    # the scheduler stepped more often than meant": the numbers exact, the cut every epoch true, but mode='max' with a
    # falling loss, the one fault, not said; its mechanisms are not there (a close call beside misleading).
    "qm6_reduce_on_plateau_mode_max_with_loss": (
        "vague", (),
        "ReduceLROnPlateau(mode='max') is stepped with the epoch's training loss, which falls: in mode 'max' a fall "
        "counts as no improvement, so with patience 0 the rate is cut tenfold after every epoch from the second (3e-05 "
        "by step 46 of 225, 3e-09 at the end) and training stalls; use mode='min' for a loss."),
    # catalogued untrained_model, not named; optimizer_not_on_model (every test): "no loss.backward() reaches the
    # weights the optimizer steps: after 299 of the 299 backward passes that followed one of its steps they still had
    # no gradient ... The optimizer was made for other parameters than those of the model trained ...: give it
    # model.parameters() of the model you train" (224 of 224, 44 of 44: exact).
    "qm6_optimizer_given_detached_parameters": ("right", ("optimizer_not_on_model",), ""),
    # catalogued predictions_not_logits, not named; class_indices (digits, shapes): "what your function returns, shape
    # (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...:
    # return what the model outputs, before any argmax" (sampled, not argmax: a close call); the seeded test's own
    # shape message.
    "qm6_returns_sampled_classes": ("right", ("class_indices",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # unread_parameter: "never reads params['bs'] ..."; one_slip: "the term `+ params["bs"]` missing (or it is zero in
    # yours), where shortcut is computed".
    "qm7_residual_projection_bias_dropped": ("right", ("unread_parameter", "one_slip"), ""),
    # one_slip: "the term `+ 1` missing (the same slip in two places)" (the two range bounds: right); but masked (both
    # tests): "yours is 0 at 60 of 120 entries where the expected is not ...: a mask (and a scale) is applied where the
    # expected applies none (dropout in test mode? a mask of the wrong entries?)": no mask, the last windows are never
    # scored (as qe3_conv_filter_loop_over_channels in JUDGEMENT30).
    "qm7_score_map_last_window_skipped": (
        "misleading", ("one_slip",),
        "the loops run over range(H2 - H) and range(W2 - W), one short: the windows at the last row and the last "
        "column are never scored and stay 0 (every entry when the input is the layer's own size, the loop never "
        "running); no mask is applied; loop over range(H2 - H + 1) and range(W2 - W + 1)."),
    # scaled (both tests): "every entry is the negative of the expected: a sign is flipped" (dlog_std only).
    "qm7_gaussian_nll_dlog_std_sign_flipped": ("right", ("scaled",), ""),
    # scaled (five tests): "every entry is the negative of the expected: a sign is flipped" (dmu only).
    "qm7_mdn_dmu_sign_flipped": ("right", ("scaled",), ""),
    "qm7_residual_branch_clipped_before_sum": ("named", (), ""),
    "qm7_gap_bwd_broadcast_to_undivided": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure on the two-line body (both tests): "line 166: `return np.linalg.norm(step, 2) / np.linalg.norm(W, 2)`
    # ... 0.00515125 where 0.0054827 is right: the mistake is in that line".
    "qm8_update_ratio_spectral_norms": ("right", ("departure",), ""),
    # one_slip: "the term `- warmup_steps` missing (or it is zero in yours), where t is computed"; on the other test
    # beside "or `min_lr` where `warmup_steps` is meant" (the test cannot tell which; one of two).
    "qm8_cosine_phase_over_total_steps": ("right", ("one_slip",), ""),
    # one_slip (both tests): "ddof=1 where none is meant: the standard deviation or variance divides by N - 1 ... where
    # N is asked for (np.std's default) (the same slip in two places)".
    "qm8_param_stats_sample_std": ("right", ("one_slip",), ""),
    # one_slip (both tests): "a step never made: nothing done by `probs /= len(idx)`" (the correct code's division of
    # the batch's gradient by its length).
    "qm8_softmax_regression_gradient_not_over_batch": ("right", ("one_slip",), ""),
    "qm8_flip_loop_axis1_of_image": ("named", (), ""),
    "qm8_early_stop_restores_stop_epoch": ("named", (), ""),
}
# Counts: named 13, right 28 (named or right 41/48 = 85%; not in the catalogue: right 26/32 = 81%; the 16
# catalogued: 13 named, qm6_optimizer_given_detached_parameters and qm6_returns_sampled_classes right by their
# diagnoses, qm3_conv_bwd_naive_dx_window_assigned nothing), misleading 1, vague 1, nothing 5, wrong_name 0,
# check_message 0, not_caught 0. HOLDOUT38_CORRECT: all 7 earn full marks.

HOLDOUT38 = [replace(e, verdict=JUDGEMENT38[e.id][0], expected=frozenset(JUDGEMENT38[e.id][1]),
                     ideal=JUDGEMENT38[e.id][2]) if e.id in JUDGEMENT38 else e for e in HOLDOUT38]
