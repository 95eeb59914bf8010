"""A third hold-out (issue 17): student-style mistakes written without seeing the detectors, judged once.

Written without reading the diagnosis code (grading/diagnosis.py, relations.py, what_if.py, slips.py,
mutants.py), its tests, or the judgements of corpus.py, holdout.py and holdout2.py; only the solutions,
their catalogues (mistakes.py), their grader tests, the student stubs and the ids and causes of the earlier
sets (to avoid duplicates). Same Entry format and verdict scale as corpus.py: HOLDOUT3 holds the mistakes
(`catalogued` set where the mistake is in the catalogue, written another way), HOLDOUT3_CORRECT right
implementations written unusually, which must earn full marks. Verdicts (JUDGEMENT3 below) were judged by
reading the feedback on the commit in JUDGED_ON3 (bench/diagnosis_corpus.py --set holdout3). Do not tune the
detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT3: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("r1_tanh_loop_one_minus_t", "a1_backprop", "tanh_backward",
       "an element-by-element loop whose local derivative is 1 - t instead of 1 - t**2", """
def tanh_backward(dout, cache):
    t = cache
    dx = np.zeros_like(dout)
    for idx, g in np.ndenumerate(dout):
        dx[idx] = g * (1.0 - t[idx])
    return dx
""", catalogued="tanh_derivative_missing_square"),
    _e("r1_sigmoid_bwd_no_dout", "a1_backprop", "sigmoid_backward",
       "returns the local derivative s * (1 - s) without multiplying by the upstream gradient dout", """
def sigmoid_backward(dout, cache):
    s = cache
    local_grad = s * (1 - s)
    return local_grad
"""),
    _e("r1_affine_reshape_d_n", "a1_backprop", "affine_forward",
       "x reshaped to (D, N) and transposed: the right shape, but each row mixes values of several examples", """
def affine_forward(x, w, b):
    N = x.shape[0]
    D = int(np.prod(x.shape[1:]))
    x_rows = x.reshape(D, N).T
    out = x_rows.dot(w) + b
    cache = (x, w, b)
    return out, cache
"""),
    _e("r1_bce_grad_wrt_logit", "a1_backprop", "binary_cross_entropy_loss",
       "dprobs is (p - t) / n, the gradient with respect to the logit: the division by p (1 - p) is missing", """
def binary_cross_entropy_loss(probs, target):
    m = probs.size
    per_elem = target * np.log(probs) + (1 - target) * np.log(1 - probs)
    loss = -per_elem.sum() / m
    dprobs = (probs - target) / m
    return loss, dprobs
"""),
    _e("r1_mlp_relu_bwd_skipped", "a1_backprop", "two_layer_mlp_loss",
       "the ReLU's backward is skipped (dz1 = da1): W1 and b1 get gradient through units whose input was negative", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1 = params["W1"], params["b1"]
    W2, b2 = params["W2"], params["b2"]
    z1, fc1_cache = affine_forward(X, W1, b1)
    a1, _ = relu_forward(z1)
    scores, fc2_cache = affine_forward(a1, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    grads = {}
    da1, grads["W2"], grads["b2"] = affine_backward(dscores, fc2_cache)
    dz1 = da1  # relu just passes the gradient on
    dX, grads["W1"], grads["b1"] = affine_backward(dz1, fc1_cache)
    grads["W1"] += reg * W1
    grads["W2"] += reg * W2
    return loss, grads
"""),
    _e("r1_ce_rowloop_no_div_n", "a1_backprop", "softmax_cross_entropy_loss",
       "a per-row loop: the loss is divided by N at the end, but dscores is not", """
def softmax_cross_entropy_loss(scores, y):
    N = scores.shape[0]
    loss = 0.0
    dscores = np.zeros(scores.shape)
    for i in range(N):
        row = scores[i] - np.max(scores[i])
        log_norm = np.log(np.sum(np.exp(row)))
        p = np.exp(row - log_norm)
        loss -= row[y[i]] - log_norm
        p[y[i]] -= 1
        dscores[i] = p
    loss /= N
    return loss, dscores
""", catalogued="softmax_grad_not_divided_by_n"),
    # ------------------------------------------------------------------ a2_optim
    _e("r2_adam_t_from_zero_inplace", "a2_optim", "adam",
       "t is used before it is incremented (first step divides by 1 - beta**0 = 0), CS231n-style setdefault state", """
def adam(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.setdefault("learning_rate", 1e-3)
    beta1 = config.setdefault("beta1", 0.9)
    beta2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    config.setdefault("m", np.zeros_like(w))
    config.setdefault("v", np.zeros_like(w))
    config.setdefault("t", 0)
    grad = _gradient(w, dw, config)
    config["m"] = beta1 * config["m"] + (1 - beta1) * grad
    config["v"] = beta2 * config["v"] + (1 - beta2) * (grad * grad)
    mhat = config["m"] / (1 - beta1 ** config["t"])
    vhat = config["v"] / (1 - beta2 ** config["t"])
    next_w = w - lr * mhat / (np.sqrt(vhat) + eps)
    config["t"] += 1
    return next_w, config
""", catalogued="adam_t_incremented_after_use"),
    _e("r2_rmsprop_step_with_old_cache", "a2_optim", "rmsprop",
       "the step divides by the previous cache (updated only after use): the first step divides by epsilon", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    config["cache"] = config["decay_rate"] * cache + (1 - config["decay_rate"]) * g ** 2
    return next_w, config
"""),
    _e("r2_momentum_plus_lr", "a2_optim", "sgd_momentum",
       "v = mu * v + lr * dw, then w + v: the update climbs the gradient", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    if "velocity" not in config:
        config["velocity"] = np.zeros(w.shape)
    grad = _gradient(w, dw, config)
    velocity = mu * config["velocity"] + lr * grad
    config["velocity"] = velocity
    next_w = w + velocity
    return next_w, config
""", catalogued="momentum_sign_flipped"),
    _e("r2_adagrad_no_sqrt", "a2_optim", "adagrad",
       "divides by (cache + eps) instead of (sqrt(cache) + eps): the square root is missing", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    if "cache" not in config:
        config["cache"] = np.zeros_like(w)
    config["cache"] = config["cache"] + g * g
    next_w = w - config["learning_rate"] * g / (config["cache"] + config["epsilon"])
    return next_w, config
"""),
    _e("r2_gd_path_aliased", "a2_optim", "gradient_descent",
       "w = w0 updated in place with -= and the same array appended each step: every row of the path is the "
       "final w (and the caller's w0 is overwritten)", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = w0
    path = []
    for step in range(steps):
        grad = linear_regression_gradient(w, X, y)
        w -= learning_rate * grad
        path.append(w)
    return np.array(path)
"""),
    _e("r2_minibatch_array_split", "a2_optim", "minibatch_sgd",
       "np.array_split into ceil(N / B) near-equal parts instead of consecutive batches of B rows (differs when "
       "B does not divide N)", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    N = X.shape[0]
    n_batches = int(np.ceil(N / batch_size))
    w = np.array(w0, dtype=float)
    history = []
    for epoch in range(epochs):
        perm = rng.permutation(N)
        for batch_idx in np.array_split(perm, n_batches):
            grad = linear_regression_gradient(w, X[batch_idx], y[batch_idx])
            w = w - learning_rate * grad
            history.append(w.copy())
    return np.stack(history)
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("r3_conv_pad_batch_axes", "a3_conv", "conv_forward_naive",
       "np.pad pads the batch and channel axes ((pad, pad), (pad, pad), (0, 0), (0, 0)) instead of H and W "
       "(raises when pad > 0)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    H_out = 1 + (H + 2 * pad - HH) // stride
    W_out = 1 + (W + 2 * pad - WW) // stride
    x_pad = np.pad(x, ((pad, pad), (pad, pad), (0, 0), (0, 0)), mode="constant")
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for i in range(H_out):
                for j in range(W_out):
                    hs, ws = i * stride, j * stride
                    out[n, f, i, j] = np.sum(x_pad[n, :, hs:hs + HH, ws:ws + WW] * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("r3_conv_bwd_loops_no_stride", "a3_conv", "conv_backward_naive",
       "the backward loops slice windows at (i, j) instead of (i * stride, j * stride)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, H_out, W_out = dout.shape
    x_pad = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dx_pad = np.zeros(x_pad.shape)
    dw = np.zeros(w.shape)
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(H_out):
                for j in range(W_out):
                    patch = x_pad[n, :, i:i + HH, j:j + WW]
                    dw[f] += patch * dout[n, f, i, j]
                    dx_pad[n, :, i:i + HH, j:j + WW] += w[f] * dout[n, f, i, j]
    dx = dx_pad[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
""", catalogued="backward_ignores_stride"),
    _e("r3_avgpool_mean_no_axis", "a3_conv", "avg_pool_forward",
       "np.mean(region) without an axis: one average over the whole batch and every channel for each window", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    out_h = (H - ph) // s + 1
    out_w = (W - pw) // s + 1
    out = np.zeros((N, C, out_h, out_w))
    for r in range(out_h):
        for c in range(out_w):
            region = x[:, :, r * s:r * s + ph, c * s:c * s + pw]
            out[:, :, r, c] = np.mean(region)
    return out, (x, pool_param)
"""),
    _e("r3_maxpool_bwd_uniform_share", "a3_conv", "max_pool_backward",
       "each window's gradient shared evenly over the window (ones / area) instead of sent to its maximum", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    share = np.ones((ph, pw)) / (ph * pw)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    dx[n, c, i * s:i * s + ph, j * s:j * s + pw] += share * dout[n, c, i, j]
    return dx
""", catalogued="max_pool_gradient_spread"),
    _e("r3_conv_fast_every_window", "a3_conv", "conv_forward_fast",
       "im2col over every window position: the stride is never applied (too large an output when stride > 1)", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    cols = sliding_window_view(xp, (HH, WW), axis=(2, 3))  # N, C, Ho, Wo, HH, WW
    Ho, Wo = cols.shape[2], cols.shape[3]
    cols = cols.transpose(0, 2, 3, 1, 4, 5).reshape(N * Ho * Wo, C * HH * WW)
    out = cols @ w.reshape(F, -1).T + b
    out = out.reshape(N, Ho, Wo, F).transpose(0, 3, 1, 2)
    return out, (x, w, b, conv_param)
"""),
    _e("r3_convT_forward_layout", "a3_conv", "conv_transpose_forward",
       "w read in the forward conv's layout (F, C, HH, WW) instead of torch's (C, F, HH, WW): F = w.shape[0] "
       "and w[:, c] (raises when C != F, the transposed kernel when C == F)", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Hf = (H - 1) * stride + HH
    Wf = (W - 1) * stride + WW
    full = np.zeros((N, F, Hf, Wf))
    for n in range(N):
        for c in range(C):
            for i in range(H):
                for j in range(W):
                    full[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += x[n, c, i, j] * w[:, c]
    out = full[:, :, pad:Hf - pad, pad:Wf - pad] + b.reshape(1, -1, 1, 1)
    return out
"""),
    # ------------------------------------------------------------------ a4_init
    _e("r4_xavier_std_is_variance", "a4_init", "xavier_std",
       "the variance 2 / (fan_in + fan_out) (or 1 / fan_in) times the gain returned: the square root is missing", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan_in":
        var = 1.0 / fan_in
    else:
        var = 2.0 / (fan_in + fan_out)
    std = gain * var
    return std
""", catalogued="variance_used_as_std"),
    _e("r4_fans_tf_layout", "a4_init", "compute_fans",
       "a conv shape read in TensorFlow's (kh, kw, in, out) layout instead of (out, in, kh, kw)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
    else:
        kh, kw, cin, cout = shape
        fan_in = kh * kw * cin
        fan_out = kh * kw * cout
    return fan_in, fan_out
"""),
    _e("r4_uniform_bound_3std", "a4_init", "xavier_uniform",
       "the bound is 3 * std (var = a**2 / 3 solved without the square root) instead of sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain)
    limit = 3 * std
    return rng.uniform(low=-limit, high=limit, size=shape)
"""),
    _e("r4_he_normal_sqrt2_over_fan", "a4_init", "he_normal",
       "std written sqrt(2) / fan_in instead of sqrt(2 / fan_in) (its own formula, not he_std)", """
def he_normal(shape, seed):
    fan_in, _ = compute_fans(shape)
    rng = np.random.default_rng(seed)
    return rng.standard_normal(shape) * np.sqrt(2) / fan_in
"""),
    _e("r4_stats_relu_np_max", "a4_init", "activation_statistics",
       "ReLU written np.max(z, 0) (a reduction: the column maxima) instead of np.maximum(z, 0)", """
def activation_statistics(X, weights, activation):
    means = np.zeros(len(weights))
    variances = np.zeros(len(weights))
    h = X
    for layer, W in enumerate(weights):
        z = h.dot(W)
        if activation == "relu":
            h = np.max(z, 0)
        elif activation == "tanh":
            h = np.tanh(z)
        elif activation == "sigmoid":
            h = 1.0 / (1.0 + np.exp(-z))
        else:
            h = z
        means[layer] = np.mean(h)
        variances[layer] = np.var(h)
    return means, variances
"""),
    _e("r4_xavier_normal_randn", "a4_init", "xavier_normal",
       "draws with np.random.randn (the global generator): the seed argument is never used", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    return std * np.random.randn(*shape)
""", catalogued="global_seed"),
    # ------------------------------------------------------------------ a5_normalization
    _e("r5_bn_cache_raw_x", "a5_normalization", "batchnorm_forward",
       "the cache holds the raw x instead of x_hat (the documented (x_hat, gamma, inv_std)): out is right, the "
       "backward pass gets the wrong input", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D, dtype=x.dtype))
    running_var = bn_param.get("running_var", np.ones(D, dtype=x.dtype))
    out, cache = None, None
    if mode == "train":
        sample_mean = np.mean(x, axis=0)
        sample_var = np.var(x, axis=0)
        std_inv = 1.0 / np.sqrt(sample_var + eps)
        x_norm = (x - sample_mean) * std_inv
        out = gamma * x_norm + beta
        cache = (x, gamma, std_inv)
        running_mean = momentum * running_mean + (1 - momentum) * sample_mean
        running_var = momentum * running_var + (1 - momentum) * np.var(x, axis=0, ddof=1)
    elif mode == "test":
        x_norm = (x - running_mean) / np.sqrt(running_var + eps)
        out = gamma * x_norm + beta
    else:
        raise ValueError("Invalid forward batchnorm mode '%s'" % mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("r5_bn_bwd_mean_path_only", "a5_normalization", "batchnorm_backward",
       "staged backward through x_hat and the mean only: the path through the variance is left out", """
def batchnorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    N, D = dout.shape
    dbeta = np.sum(dout, axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dxhat = dout * gamma
    # x_hat = (x - mu) * inv_std, and mu depends on x
    dx_direct = dxhat * inv_std
    dmu = -np.sum(dxhat * inv_std, axis=0)
    dx = dx_direct + dmu / N
    return dx, dgamma, dbeta
""", catalogued="bn_backward_drops_variance_path"),
    _e("r5_ln_var_unbiased", "a5_normalization", "layernorm_forward",
       "each row's variance divided by D - 1 (unbiased) instead of D", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    D = x.shape[1]
    mean = np.sum(x, axis=1, keepdims=True) / D
    centered = x - mean
    var = np.sum(centered ** 2, axis=1, keepdims=True) / (D - 1)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = centered * inv_std
    out = x_hat * gamma + beta
    return out, (x_hat, gamma, inv_std)
"""),
    _e("r5_gn_per_channel", "a5_normalization", "groupnorm_forward",
       "statistics per channel over H and W (instance norm): groups is never used for the statistics", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    mu = x.mean(axis=(2, 3), keepdims=True)
    var = x.var(axis=(2, 3), keepdims=True)
    x_hat = (x - mu) / np.sqrt(var + eps)
    out = gamma[None, :, None, None] * x_hat + beta[None, :, None, None]
    inv_std = 1 / np.sqrt(var + eps)
    cache = (x_hat, gamma, inv_std.reshape(N, C, 1), groups)
    return out, cache
"""),
    _e("r5_dropout_seed_global_rng_fresh", "a5_normalization", "dropout_forward",
       "np.random.seed(seed) seeds the legacy global generator, but the mask is drawn from a fresh unseeded "
       "default_rng(): the same seed gives different masks", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    if mode == "train":
        rng = np.random.default_rng()
        keep = rng.random(x.shape) < p
        mask = keep / p
        out = x * mask
    else:
        mask = None
        out = x
    return out, mask
"""),
    _e("r5_dropout_no_mode_branch", "a5_normalization", "dropout_forward",
       "mode is never read: the mask is applied in test mode too", """
def dropout_forward(x, dropout_param):
    p = dropout_param["p"]
    rng = np.random.default_rng(dropout_param.get("seed"))
    mask = np.where(rng.random(x.shape) < p, 1.0 / p, 0.0)
    return x * mask, mask
""", catalogued="dropout_at_test_time"),
    _e("r5_spatial_out_no_transpose_back", "a5_normalization", "spatial_batchnorm_forward",
       "the (N*H*W, C) output is reshaped straight to (N, C, H, W) without the inverse transpose", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    x_flat = np.transpose(x, (0, 2, 3, 1)).reshape(N * H * W, C)
    out_flat, cache = batchnorm_forward(x_flat, gamma, beta, bn_param)
    out = out_flat.reshape(N, C, H, W)
    return out, cache
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("r6_returns_argmax", "a6_cnn", "train_and_predict",
       "a trained model, but the predicted classes (argmax) are returned instead of the logits", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    n_classes = int(y_train.max()) + 1
    net = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        nn.Flatten(), nn.Linear(32, n_classes))
    optimizer = torch.optim.Adam(net.parameters(), lr=3e-3)
    Xt = torch.from_numpy(X_train)
    yt = torch.from_numpy(y_train)
    t0 = time.time()
    for epoch in range(12):
        net.train()
        perm = torch.randperm(len(yt))
        for k in range(0, len(yt), 64):
            idx = perm[k:k + 64]
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(net(Xt[idx]), yt[idx])
            loss.backward()
            optimizer.step()
        if time.time() - t0 > 0.7 * time_budget_s:
            break
    net.eval()
    with torch.no_grad():
        logits = net(torch.from_numpy(X_test))
    return logits.argmax(dim=1).numpy()
""", catalogued="predictions_not_logits"),
    _e("r6_torch_never_seeded", "a6_cnn", "train_and_predict",
       "only random and numpy are seeded, never torch: the initial weights and batch order change from run to "
       "run (the same seed gives other logits)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    K = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, K)).to(dev)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    X = torch.tensor(X_train, device=dev)
    Y = torch.tensor(y_train, device=dev)
    start = time.monotonic()
    for epoch in range(15):
        model.train()
        for batch in torch.randperm(len(Y)).split(64):
            batch = batch.to(dev)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[batch]), Y[batch])
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=dev)).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("r7_dropout_mask_as_float", "a7_architectures", "residual_block_forward",
       "the hidden units are multiplied by the 0/1 mask only (mask.astype(float)): no division by p", """
def residual_block_forward(x, params, dropout=None):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    pre = x.dot(W1) + b1
    hidden = np.maximum(0, pre)
    drop = None
    if dropout:
        drop = dropout["mask"].astype(float)
        hidden = hidden * drop
    if "Ws" in params:
        skip = x.dot(params["Ws"]) + params["bs"]
    else:
        skip = x
    z = hidden.dot(W2) + b2 + skip
    out = np.maximum(0, z)
    cache = (x, params, pre, hidden, drop, z)
    return out, cache
""", catalogued="dropout_not_rescaled"),
    _e("r7_resbwd_dropout_forgotten", "a7_architectures", "residual_block_backward",
       "a backward written out by hand that never applies the dropout scale (cached in the forward) to dh", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    grads = {}
    dz = dout.copy()
    dz[z <= 0] = 0
    grads["W2"] = h.T.dot(dz)
    grads["b2"] = np.sum(dz, axis=0)
    dh = dz.dot(params["W2"].T)
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T.dot(da1)
    grads["b1"] = np.sum(da1, axis=0)
    dx = da1.dot(params["W1"].T)
    if "Ws" in params:
        grads["Ws"] = x.T.dot(dz)
        grads["bs"] = np.sum(dz, axis=0)
        dx += dz.dot(params["Ws"].T)
    else:
        dx += dz
    return dx, grads
""", catalogued="dropout_mask_ignored_in_backward"),
    _e("r7_fc_to_conv_channels_last", "a7_architectures", "fc_to_conv",
       "each column of W read as channels-last (H, W, C) and then moved channels-first, though W's rows are in "
       "(C, H, W) order", """
def fc_to_conv(W, b, in_shape):
    C, H, Wd = in_shape
    M = W.shape[1]
    filters = W.T.reshape(M, H, Wd, C).transpose(0, 3, 1, 2)
    return filters, b.copy()
"""),
    _e("r7_cam_loop_row_sums", "a7_architectures", "class_activation_map",
       "a loop weighting each channel by W[c].sum(), the sum over all classes, instead of W[c, classes[n]]", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    cams = np.zeros((N, H, Wd))
    for n in range(N):
        for c in range(C):
            cams[n] += W[c].sum() * features[n, c]
    return cams
""", catalogued="cam_summed_over_classes"),
    _e("r7_nll_dlogstd_chain_factor", "a7_architectures", "gaussian_nll",
       "dlog_std = (1 - 0.5 r**2 / var) / N: the factor 2 of exp(2 log_std)'s chain rule is lost", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    sigma = np.exp(log_std)
    diff = y - mu
    per_row = np.sum(0.5 * np.log(2 * np.pi) + log_std + 0.5 * (diff / sigma) ** 2, axis=1)
    loss = np.mean(per_row)
    dmu = -(diff / sigma ** 2) / N
    dlog_std = (1.0 - 0.5 * (diff / sigma) ** 2) / N
    return loss, dmu, dlog_std
"""),
    _e("r7_mdn_softmax_unshifted", "a7_architectures", "mdn_nll",
       "the mixing weights exponentiate the raw logits (no max subtracted; log-sum-exp only over the components): "
       "nan for large logits", """
def mdn_nll(y, logits, mu, log_std):
    N, K = logits.shape
    e = np.exp(logits)
    pi = e / e.sum(axis=1, keepdims=True)
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    log_comp = np.log(pi) - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z ** 2
    m = np.max(log_comp, axis=1, keepdims=True)
    log_lik = m + np.log(np.sum(np.exp(log_comp - m), axis=1, keepdims=True))
    loss = -np.mean(log_lik)
    resp = np.exp(log_comp - log_lik)
    dlogits = (pi - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("r8_crop_one_window_for_all", "a8_pipeline", "random_crop",
       "one (top, left) offset drawn for the whole batch and sliced from every image at once", """
def random_crop(x, size, padding, seed):
    rng = np.random.default_rng(seed)
    xp = np.pad(x, [(0, 0), (0, 0), (padding, padding), (padding, padding)], mode="constant")
    max_off_h = xp.shape[2] - size
    max_off_w = xp.shape[3] - size
    top = rng.integers(0, max_off_h + 1)
    left = rng.integers(0, max_off_w + 1)
    return xp[:, :, top:top + size, left:left + size].copy()
""", catalogued="crop_same_offset_for_batch"),
    _e("r8_crop_cols_use_row_offset", "a8_pipeline", "random_crop",
       "the column slice uses the row offset r (c is drawn but never used): every window sits on the diagonal", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    padded = np.zeros((N, C, H + 2 * padding, W + 2 * padding), dtype=x.dtype)
    padded[:, :, padding:padding + H, padding:padding + W] = x
    crops = []
    for n in range(N):
        r = rng.integers(0, H + 2 * padding - size + 1)
        c = rng.integers(0, W + 2 * padding - size + 1)
        crops.append(padded[n, :, r:r + size, r:r + size])
    return np.array(crops)
"""),
    _e("r8_normalize_per_image", "a8_pipeline", "normalize_splits",
       "each image normalized by its own mean and std over its pixels, instead of per-pixel statistics of the "
       "training split over the examples", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    def _norm(X):
        axes = tuple(range(1, X.ndim))
        centered = X - X.mean(axis=axes, keepdims=True)
        if mode == "mean_image":
            return centered
        return centered / (X.std(axis=axes, keepdims=True) + eps)
    return _norm(X_train), _norm(X_test)
"""),
    _e("r8_patience_strict_gt", "a8_pipeline", "early_stopping",
       "stops when the count of epochs without improvement exceeds patience (> instead of >=): one epoch late", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_idx = 0
    bad_epochs = 0
    for i in range(len(val_losses)):
        if val_losses[i] < best_loss - min_delta:
            best_loss = val_losses[i]
            best_idx = i
            bad_epochs = 0
        else:
            bad_epochs += 1
        if bad_epochs > patience:
            return i, weights[best_idx]
    return len(val_losses) - 1, weights[best_idx]
""", catalogued="patience_off_by_one"),
    _e("r8_early_returns_epoch_count", "a8_pipeline", "early_stopping",
       "returns the number of epochs run (1-based) instead of the 0-based index of the stopping epoch", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best = np.inf
    best_w = weights[0]
    since_best = 0
    epochs_run = 0
    for loss, w in zip(val_losses, weights):
        epochs_run += 1
        if loss < best - min_delta:
            best = loss
            best_w = w
            since_best = 0
        else:
            since_best += 1
            if since_best == patience:
                break
    return epochs_run, best_w
"""),
    _e("r8_cosine_t_over_total", "a8_pipeline", "warmup_cosine_lr",
       "the cosine's progress divided by total_steps instead of total_steps - warmup_steps: never reaches min_lr", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = (step - warmup_steps) / total_steps
    cos_factor = 0.5 * (1 + math.cos(math.pi * progress))
    return min_lr + (base_lr - min_lr) * cos_factor
"""),
    _e("r8_ratio_norms_upside_down", "a8_pipeline", "update_ratio",
       "norms by hand, the weights' norm over the update's norm (the ratio inverted)", """
def update_ratio(W, dW, lr):
    w_norm = np.sqrt(np.sum(W * W))
    upd = lr * dW
    upd_norm = np.sqrt(np.sum(upd * upd))
    return w_norm / upd_norm
""", catalogued="ratio_inverted"),
    _e("r8_train_one_permutation", "a8_pipeline", "train_and_predict",
       "one permutation drawn before the epoch loop: every epoch visits the rows in the same order", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    Xtr = X_train.reshape(X_train.shape[0], -1)
    Xte = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        Xtr, Xte = normalize_splits(Xtr, Xte, "standardize")
    K = int(y_train.max()) + 1
    W = np.zeros((Xtr.shape[1], K))
    b = np.zeros(K)
    rng = np.random.default_rng(seed)
    order = rng.permutation(Xtr.shape[0])
    for epoch in range(20):
        for s in range(0, len(order), 64):
            batch = order[s:s + 64]
            xb, yb = Xtr[batch], y_train[batch]
            logits = xb @ W + b
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(batch)), yb] -= 1
            p /= len(batch)
            W -= 0.1 * (xb.T @ p)
            b -= 0.1 * p.sum(axis=0)
    return Xte @ W + b
"""),
]

HOLDOUT3_CORRECT: list[Entry] = [
    _e("rok_a1_numgrad_copies", "a1_backprop", "eval_numerical_gradient",
       "correct: each entry perturbed in fresh copies via .flat (x itself never touched)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape, dtype=float)
    for k in range(x.size):
        x_plus = np.array(x, dtype=float)
        x_minus = np.array(x, dtype=float)
        x_plus.flat[k] += h
        x_minus.flat[k] -= h
        grad.flat[k] = (f(x_plus) - f(x_minus)) / (2.0 * h)
    return grad
"""),
    _e("rok_a2_minibatch_np_split", "a2_optim", "minibatch_sgd",
       "correct: batches from np.split at multiples of batch_size, the gradient written inline", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    N = len(X)
    w = np.asarray(w0, dtype=float).copy()
    out = []
    for _ in range(epochs):
        order = rng.permutation(N)
        for idx in np.split(order, np.arange(batch_size, N, batch_size)):
            g = 2.0 / len(idx) * X[idx].T @ (X[idx] @ w - y[idx])
            w = w - learning_rate * g
            out.append(w)
    return np.vstack(out)
"""),
    _e("rok_a3_conv_bwd_kernel_offsets", "a3_conv", "conv_backward_naive",
       "correct: loops over the kernel offsets with strided slices and einsum (not over output positions)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    S, P = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho, Wo = dout.shape[2], dout.shape[3]
    xp = np.pad(x, ((0, 0), (0, 0), (P, P), (P, P)))
    dxp = np.zeros(xp.shape)
    dw = np.zeros(w.shape)
    for a in range(HH):
        for c in range(WW):
            rows = slice(a, a + S * (Ho - 1) + 1, S)
            cols = slice(c, c + S * (Wo - 1) + 1, S)
            dw[:, :, a, c] = np.einsum("nfij,ncij->fc", dout, xp[:, :, rows, cols])
            dxp[:, :, rows, cols] += np.einsum("nfij,fc->ncij", dout, w[:, :, a, c])
    db = dout.sum(axis=(0, 2, 3))
    return dxp[:, :, P:P + H, P:P + W], dw, db
"""),
    _e("rok_a4_stats_manual_moments", "a4_init", "activation_statistics",
       "correct: sigmoid written via tanh, ReLU as a * (a > 0), moments computed by hand", """
def activation_statistics(X, weights, activation):
    nonlin = {
        "sigmoid": lambda a: 0.5 * (1 + np.tanh(a / 2)),
        "tanh": np.tanh,
        "relu": lambda a: a * (a > 0),
        "linear": lambda a: a,
    }[activation]
    h = X
    stats = []
    for W in weights:
        h = nonlin(h @ W)
        m = h.sum() / h.size
        stats.append((m, ((h - m) ** 2).sum() / h.size))
    stats = np.array(stats)
    return stats[:, 0], stats[:, 1]
"""),
    _e("rok_a5_bn_alt_means", "a5_normalization", "batchnorm_backward_alt",
       "correct: the simplified formula written with means over the batch instead of sums over N", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    dbeta = dout.sum(0)
    dgamma = (x_hat * dout).sum(0)
    g = gamma * dout
    dx = inv_std * (g - g.mean(0) - x_hat * (g * x_hat).mean(0))
    return dx, dgamma, dbeta
"""),
    _e("rok_a7_resbwd_mask_from_h", "a7_architectures", "residual_block_backward",
       "correct: the hidden ReLU's mask taken from h (after dropout) instead of a1: where they differ the "
       "dropout scale already zeroed dh", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = np.where(z > 0, dout, 0.0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (h > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0)
    shortcut_grad = dz @ params["Ws"].T if "Ws" in params else dz
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
    return da1 @ params["W1"].T + shortcut_grad, grads
"""),
    _e("rok_a8_flip_where", "a8_pipeline", "random_flip",
       "correct: np.where over a per-image coin broadcast to 4-D, with np.flip(x, axis=3)", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    coins = rng.random(len(x)) < p
    return np.where(coins[:, None, None, None], np.flip(x, axis=3), x)
"""),
]

JUDGED_ON3 = "2026-12-02 on commit d91fd8f"

# id -> (verdict, expected relations, ideal), judged by reading bench/diagnosis_corpus.py --set holdout3 on JUDGED_ON3.
# Counts that day: 47 mistakes, all caught; named 16, right 8, vague 2, check_message 3, wrong_name 1, nothing 17,
# misleading 0: named or right 24/47 = 51% (with the check's message 57%); not in the catalogue (30): right 8 = 27%
# (33% with the check's message). HOLDOUT3_CORRECT: 7/7 full marks.
JUDGEMENT3: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    "r1_tanh_loop_one_minus_t": ("named", (), ""),
    "r1_sigmoid_bwd_no_dout": ("right", ("one_slip",), ""),
    "r1_affine_reshape_d_n": ("nothing", (), "out has the right shape but mixes the examples' values: x flattened in "
                              "the wrong order (reshape(D, N).T), use x.reshape(N, -1)"),
    "r1_bce_grad_wrt_logit": ("right", ("one_slip",), ""),
    "r1_mlp_relu_bwd_skipped": ("nothing", (), "dW1 and db1 are what they would be with ReLU's backward left out: "
                                "mask the gradient with relu_backward before the first affine layer"),
    "r1_ce_rowloop_no_div_n": ("named", (), ""),
    # a2_optim
    "r2_adam_t_from_zero_inplace": ("named", (), ""),
    "r2_rmsprop_step_with_old_cache": ("nothing", (), "the step uses the cache before this step's update (the first "
                                       "step divides by epsilon): update the cache, then step"),
    "r2_momentum_plus_lr": ("named", (), ""),
    "r2_adagrad_no_sqrt": ("nothing", (), "the step divides by cache + eps: the square root of the cache is missing"),
    "r2_gd_path_aliased": ("nothing", (), "every row of the path is the final w: the same array updated in place "
                           "(w -= ...) and appended each step; append a copy"),
    "r2_minibatch_array_split": ("vague", (), "the end_block diagnosis lists five possible causes; ideal: the batches "
                                 "have other sizes than batch_size rows (np.array_split makes near-equal parts): "
                                 "consecutive batches of batch_size rows, only the last smaller"),
    # a3_conv
    "r3_conv_pad_batch_axes": ("nothing", (), "the raised error shows windows of C + 2 * pad channels: the padding "
                               "went to the batch and channel axes, pad only H and W"),
    "r3_conv_bwd_loops_no_stride": ("named", (), ""),
    "r3_avgpool_mean_no_axis": ("right", ("one_slip",), ""),
    "r3_maxpool_bwd_uniform_share": ("named", (), ""),
    "r3_conv_fast_every_window": ("right", ("as_if",), ""),
    "r3_convT_forward_layout": ("nothing", (), "the IndexError comes from reading w as (F, C, HH, WW): the transposed "
                                "convolution's weight is (C, F, HH, WW) (torch's layout)"),
    # a4_init
    "r4_xavier_std_is_variance": ("named", (), ""),
    "r4_fans_tf_layout": ("vague", (), "as_if says one entry of shape is used for another (true, not which), and a "
                          "one_slip `shape[1:` for `shape[2:` points elsewhere; ideal: the conv shape is read as "
                          "(kh, kw, in, out), the layout is (out, in, kh, kw)"),
    "r4_uniform_bound_3std": ("right", ("scaled",), ""),
    "r4_he_normal_sqrt2_over_fan": ("nothing", (), "the std of the draws is sqrt(2) / fan_in: the square root must "
                                    "cover the quotient, sqrt(2 / fan_in) (he_std)"),
    "r4_stats_relu_np_max": ("nothing", (), "np.max(z, 0) reduces over axis 0 (the batch collapses, then raises): "
                             "ReLU is the elementwise np.maximum(z, 0)"),
    "r4_xavier_normal_randn": ("check_message", (), "global_seed not named (it was on d559dad); the check's message "
                               "says to draw with np.random.default_rng(seed)"),
    # a5_normalization
    "r5_bn_cache_raw_x": ("nothing", (), "the forward is right and the backward fails on your own cache: the cache "
                          "holds x where x_hat belongs (the documented (x_hat, gamma, inv_std))"),
    "r5_bn_bwd_mean_path_only": ("named", (), ""),
    "r5_ln_var_unbiased": ("nothing", (), "out is what the unbiased variance (divided by D - 1) gives: layer norm "
                           "uses the biased variance of each row"),
    "r5_gn_per_channel": ("nothing", (), "out is normalized per channel (instance norm): the statistics are over each "
                          "group of C // groups channels and H, W; the cache's inv_std has shape (N, C, 1)"),
    "r5_dropout_seed_global_rng_fresh": ("check_message", (), "the message says the same seed drew different masks "
                                         "and to draw from default_rng(seed); ideal: np.random.seed does not seed a "
                                         "new default_rng(), which is what you draw from"),
    "r5_dropout_no_mode_branch": ("named", (), ""),
    "r5_spatial_out_no_transpose_back": ("nothing", (), "out is batchnorm's (N*H*W, C) output reshaped to (N, C, H, W) "
                                         "without moving the channels back: reshape(N, H, W, C).transpose(0, 3, 1, 2)"),
    # a6_cnn
    "r6_returns_argmax": ("named", (), ""),
    "r6_torch_never_seeded": ("check_message", (), "the message says to seed torch (torch.manual_seed(seed))"),
    # a7_architectures
    "r7_dropout_mask_as_float": ("named", (), ""),
    "r7_resbwd_dropout_forgotten": ("named", (), ""),
    "r7_fc_to_conv_channels_last": ("nothing", (), "w holds W's columns read as (H, W, C): W's rows are in (C, H, W) "
                                    "order, w = W.T.reshape(M, C, H, W)"),
    "r7_cam_loop_row_sums": ("named", (), ""),
    "r7_nll_dlogstd_chain_factor": ("nothing", (), "dlog_std's r**2 / var term is half the expected: d/dlog_std of "
                                    "0.5 r**2 exp(-2 log_std) is -r**2 / var (the 2 of the exponent)"),
    "r7_mdn_softmax_unshifted": ("right", ("non_finite",), ""),
    # a8_pipeline
    "r8_crop_one_window_for_all": ("named", (), ""),
    "r8_crop_cols_use_row_offset": ("right", ("returned_other",), ""),
    "r8_normalize_per_image": ("nothing", (), "each image is normalized with its own mean and std: the statistics are "
                               "per pixel over the training examples (X_train.mean(axis=0))"),
    "r8_patience_strict_gt": ("named", (), ""),
    "r8_early_returns_epoch_count": ("wrong_name", (), "patience_off_by_one named (and as_if patience + 1); the stop "
                                     "epoch is one more than the 0-based index: the count of epochs run is returned"),
    "r8_cosine_t_over_total": ("right", ("one_slip",), ""),
    "r8_ratio_norms_upside_down": ("named", (), ""),
    "r8_train_one_permutation": ("nothing", (), "the logits are those of one permutation used for all 20 epochs: draw "
                                 "rng.permutation(N) at the start of every epoch"),
}
# HOLDOUT3_CORRECT on the same day: all seven full marks.

HOLDOUT3 = [replace(e, verdict=JUDGEMENT3[e.id][0], expected=frozenset(JUDGEMENT3[e.id][1]), ideal=JUDGEMENT3[e.id][2])
            if e.id in JUDGEMENT3 else e for e in HOLDOUT3]
