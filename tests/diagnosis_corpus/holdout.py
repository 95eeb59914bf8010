"""A held-out set of student-style mistakes, written after the detectors (not used to tune them).

Same format as tests/diagnosis_corpus/corpus.py: each entry redefines one function at the end of the
solution. None of these is a catalogued mistake or an entry of CORPUS; HOLDOUT_CORRECT holds right
implementations written unusually, which must earn full marks. Verdicts (JUDGEMENT below) were judged by
reading the feedback on the day in JUDGED_ON, with the same scale as corpus.py.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("h1_logistic_sigmoid_sign", "a1_backprop", "logistic_regression_gradient",
       "the sigmoid is written 1 / (1 + exp(+z)): pi is 1 - sigmoid(Xw)", """
def logistic_regression_gradient(w, X, y):
    scores = X.dot(w)
    pi = 1.0 / (1.0 + np.exp(scores))
    return X.T.dot(pi - y)
"""),
    _e("h1_ce_loss_summed", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is summed over the batch, not averaged (dscores right)", """
def softmax_cross_entropy_loss(scores, y):
    num = scores.shape[0]
    s = scores - np.max(scores, axis=1, keepdims=True)
    lse = np.log(np.sum(np.exp(s), axis=1))
    loss = np.sum(lse - s[np.arange(num), y])
    p = np.exp(s - lse[:, None])
    p[np.arange(num), y] -= 1.0
    return loss, p / num
"""),
    _e("h1_dw_transposed", "a1_backprop", "affine_backward",
       "dw computed as dout.T @ x: shape (M, D) instead of (D, M)", """
def affine_backward(dout, cache):
    x, w, b = cache
    N = x.shape[0]
    x_row = x.reshape(N, -1)
    dx = dout.dot(w.T).reshape(*x.shape)
    dw = dout.T.dot(x_row)
    db = np.sum(dout, axis=0)
    return dx, dw, db
"""),
    _e("h1_numgrad_over_h", "a1_backprop", "eval_numerical_gradient",
       "centered difference divided by h instead of 2h (twice the gradient)", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.shape)
    flat = x.reshape(-1)
    g = grad.reshape(-1)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + h
        fp = f(x)
        flat[i] = old - h
        fm = f(x)
        flat[i] = old
        g[i] = (fp - fm) / h
    return grad
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("h2_adagrad_cache_overwritten", "a2_optim", "adagrad",
       "the cache is overwritten with dw**2 each step instead of accumulated", """
def adagrad(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    config["cache"] = g * g
    next_w = w - config["learning_rate"] * g / (np.sqrt(config["cache"]) + config["epsilon"])
    return next_w, config
"""),
    _e("h2_adam_stores_mhat", "a2_optim", "adam",
       "the bias-corrected m_hat and v_hat are stored in config instead of the raw moments m and v", """
def adam(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-3)
    beta1 = config.setdefault("beta1", 0.9)
    beta2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    config["t"] = config.get("t", 0) + 1
    t = config["t"]
    m = beta1 * config.get("m", np.zeros_like(w)) + (1 - beta1) * g
    v = beta2 * config.get("v", np.zeros_like(w)) + (1 - beta2) * g ** 2
    m = m / (1 - beta1 ** t)
    v = v / (1 - beta2 ** t)
    config["m"], config["v"] = m, v
    return w - lr * m / (np.sqrt(v) + eps), config
"""),
    _e("h2_rmsprop_weights_swapped", "a2_optim", "rmsprop",
       "the decay weights are swapped: cache = (1 - rho) * cache + rho * dw**2", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    dr = config["decay_rate"]
    g = _gradient(w, dw, config)
    cache = config.get("cache", np.zeros_like(w))
    cache = (1 - dr) * cache + dr * g * g
    config["cache"] = cache
    return w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"]), config
"""),
    _e("h2_exponential_lr_off_by_one", "a2_optim", "exponential_lr",
       "the step is counted from 1: base_lr * gamma**(step + 1)", """
def exponential_lr(base_lr, step, gamma):
    lr = base_lr
    for _ in range(step + 1):
        lr *= gamma
    return lr
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("h3_avgpool_div_ph", "a3_conv", "avg_pool_forward",
       "each window's sum divided by pool_height only, not by ph * pw", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Hout = 1 + (H - ph) // s
    Wout = 1 + (W - pw) // s
    out = np.zeros((N, C, Hout, Wout))
    for r in range(Hout):
        for c in range(Wout):
            win = x[:, :, r * s:r * s + ph, c * s:c * s + pw]
            out[:, :, r, c] = np.sum(win, axis=(2, 3)) / ph
    return out, (x, pool_param)
"""),
    _e("h3_maxpool_window_step_ph", "a3_conv", "max_pool_forward",
       "windows start at i * pool_height (stride taken to be the pool size) though Ho uses the stride", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            r0, c0 = i * ph, j * pw
            out[:, :, i, j] = np.max(x[:, :, r0:r0 + ph, c0:c0 + pw], axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("h3_convT_no_crop", "a3_conv", "conv_transpose_forward",
       "the full output is never cropped by pad", """
def conv_transpose_forward(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    _, F, HH, WW = w.shape
    out = np.zeros((N, F, (H - 1) * stride + HH, (W - 1) * stride + WW))
    for n in range(N):
        for c in range(C):
            for i in range(H):
                for j in range(W):
                    out[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] += x[n, c, i, j] * w[c]
    out += b.reshape(1, F, 1, 1)
    return out
"""),
    _e("h3_pool_indices_row_times_H", "a3_conv", "max_pool_with_indices",
       "flat index computed as row * H + col instead of row * W + col", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    win = x[n, c, i * s:i * s + ph, j * s:j * s + pw]
                    r, q = np.unravel_index(np.argmax(win), win.shape)
                    out[n, c, i, j] = win[r, q]
                    idx[n, c, i, j] = (i * s + r) * H + (j * s + q)
    return out, idx
"""),
    # ------------------------------------------------------------------ a4_init
    _e("h4_uniform_hardcoded_glorot", "a4_init", "xavier_uniform",
       "the bound is hard-coded sqrt(6 / (fan_in + fan_out)): mode and gain are ignored", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    limit = np.sqrt(6.0 / (fan_in + fan_out))
    rng = np.random.default_rng(seed)
    return rng.uniform(low=-limit, high=limit, size=shape)
"""),
    _e("h4_he_normal_uses_xavier", "a4_init", "he_normal",
       "he_normal draws with xavier_std (the wrong helper) instead of he_std", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, xavier_std(shape), size=shape)
"""),
    _e("h4_stats_std_not_var", "a4_init", "activation_statistics",
       "returns the standard deviation (np.std) where the variance is asked", """
def activation_statistics(X, weights, activation):
    f = {"sigmoid": lambda a: 1.0 / (1.0 + np.exp(-a)), "tanh": np.tanh,
         "relu": lambda a: np.maximum(0, a), "linear": lambda a: a}[activation]
    means, stds = [], []
    out = X
    for W in weights:
        out = f(out.dot(W))
        means.append(np.mean(out))
        stds.append(np.std(out))
    return np.array(means), np.array(stds)
"""),
    _e("h4_fan_out_no_receptive", "a4_init", "compute_fans",
       "for a conv weight fan_out is out_channels only (receptive field forgotten on fan_out)", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    out_ch, in_ch = shape[0], shape[1]
    k = 1
    for d in shape[2:]:
        k *= d
    return in_ch * k, out_ch
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("h5_bn_var_paren", "a5_normalization", "batchnorm_forward",
       "var = np.mean(x - mu, axis=0) ** 2 (square outside the mean: variance ~ 0)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu = np.mean(x, axis=0)
        var = np.mean(x - mu, axis=0) ** 2
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    else:
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("h5_gn_groups_last", "a5_normalization", "groupnorm_forward",
       "x reshaped to (N, -1, groups): each 'group' takes every groups-th value instead of consecutive channels", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, -1, groups)
    mean = xg.mean(axis=1, keepdims=True)
    var = xg.var(axis=1, keepdims=True)
    inv = 1.0 / np.sqrt(var + eps)
    x_hat = ((xg - mean) * inv).reshape(N, C, H, W)
    out = x_hat * gamma[None, :, None, None] + beta[None, :, None, None]
    return out, (x_hat, gamma, inv.reshape(N, groups, 1), groups)
"""),
    _e("h5_dropout_test_scaled_by_p", "a5_normalization", "dropout_forward",
       "test mode returns x * p (vanilla-dropout test rule) though train mode is already inverted", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    if mode == "train":
        mask = (np.random.rand(*x.shape) < p) / p
        return x * mask, mask
    return x * p, None
"""),
    _e("h5_l2_grad_half", "a5_normalization", "l2_penalty",
       "the gradient keeps the 0.5: 0.5 * reg * W instead of reg * W", """
def l2_penalty(W, reg):
    loss = 0.5 * reg * np.sum(W * W)
    dW = 0.5 * reg * W
    return loss, dW
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("h7_projection_bias_missing", "a7_architectures", "residual_block_forward",
       "the projection shortcut omits its bias bs (x @ Ws only)", """
def residual_block_forward(x, params, dropout=None):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    a1 = x.dot(W1) + b1
    h = np.maximum(0, a1)
    scale = None
    if dropout is not None:
        scale = dropout["mask"] / dropout["p"]
        h = h * scale
    if "Ws" in params:
        sc = x.dot(params["Ws"])
    else:
        sc = x
    z = h.dot(W2) + b2 + sc
    return np.maximum(0, z), (x, params, a1, h, scale, z)
"""),
    _e("h7_resbwd_dropout_mask_bool", "a7_architectures", "residual_block_backward",
       "the backward applies the dropout mask as 0/1 (scale > 0), without the 1 / p", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout.copy()
    dz[z <= 0] = 0
    grads = {"W2": h.T.dot(dz), "b2": dz.sum(0)}
    dh = dz.dot(params["W2"].T)
    if scale is not None:
        dh = dh * (scale > 0)
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T.dot(da1)
    grads["b1"] = da1.sum(0)
    dx = da1.dot(params["W1"].T)
    if "Ws" in params:
        grads["Ws"] = x.T.dot(dz)
        grads["bs"] = dz.sum(0)
        dx += dz.dot(params["Ws"].T)
    else:
        dx += dz
    return dx, grads
"""),
    _e("h7_nll_dlogstd_sign", "a7_architectures", "gaussian_nll",
       "dlog_std has its sign flipped: (r**2 / var - 1) / N", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    std = np.exp(log_std)
    z = (y - mu) / std
    loss = (0.5 * np.log(2 * np.pi) * y.size + np.sum(log_std) + 0.5 * np.sum(z ** 2)) / N
    dmu = -(z / std) / N
    dlog_std = (z ** 2 - 1) / N
    return loss, dmu, dlog_std
"""),
    _e("h7_mdn_dlogits_not_over_N", "a7_architectures", "mdn_nll",
       "dlogits is not divided by N (dmu and dlog_std are)", """
def mdn_nll(y, logits, mu, log_std):
    N, K = logits.shape
    lp = logits - logits.max(axis=1, keepdims=True)
    lp = lp - np.log(np.sum(np.exp(lp), axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y.reshape(-1, 1) - mu) / sigma
    comp = lp - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    m = np.max(comp, axis=1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(comp - m), axis=1, keepdims=True))
    loss = -np.mean(lse)
    resp = np.exp(comp - lse)
    dlogits = np.exp(lp) - resp
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z * z) / N
    return loss, dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("h8_warmup_le", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up branch uses step <= warmup_steps: at step == warmup_steps it gives base_lr * (w+1)/w", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step <= warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * progress))
"""),
    _e("h8_log_uniform_ln_base10", "a8_pipeline", "log_uniform",
       "exponent drawn between natural logs of the bounds but raised as 10**", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    e = rng.uniform(np.log(low), np.log(high), n)
    return 10.0 ** e
"""),
    _e("h8_stats_weight_std_twice", "a8_pipeline", "parameter_statistics",
       "the gradient's std slot holds the weights' std (wrong variable)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name in params:
        W, dW = params[name], grads[name]
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(dW), np.std(W), update_ratio(W, dW, lr)])
    return stats
"""),
    _e("h8_train_bias_not_updated", "a8_pipeline", "train_and_predict",
       "the bias b is never updated (only W takes SGD steps)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    Xtr = X_train.reshape(X_train.shape[0], -1)
    Xte = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        Xtr, Xte = normalize_splits(Xtr, Xte)
    K = int(np.max(y_train)) + 1
    W = np.zeros((Xtr.shape[1], K))
    b = np.zeros(K)
    rng = np.random.default_rng(seed)
    N = Xtr.shape[0]
    for epoch in range(20):
        perm = rng.permutation(N)
        for i in range(0, N, 64):
            bi = perm[i:i + 64]
            s = Xtr[bi] @ W + b
            s -= s.max(axis=1, keepdims=True)
            p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
            p[np.arange(len(bi)), y_train[bi]] -= 1
            W -= 0.1 * Xtr[bi].T @ p / len(bi)
    return Xte @ W + b
"""),
]

HOLDOUT_CORRECT: list[Entry] = [
    _e("hok_a1_softmax_logsumexp", "a1_backprop", "softmax",
       "correct: exp(scores - logsumexp) with the row max factored out", """
def softmax(scores):
    m = np.max(scores, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(scores - m), axis=-1, keepdims=True))
    return np.exp(scores - lse)
"""),
    _e("hok_a3_avgpool_windows", "a3_conv", "avg_pool_forward",
       "correct: sliding_window_view with strided slicing, mean over the window axes", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    win = np.lib.stride_tricks.sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    return win.mean(axis=(-2, -1)), (x, pool_param)
"""),
    _e("hok_a5_layernorm_transposed", "a5_normalization", "layernorm_forward",
       "correct: layer norm computed as column statistics of x.T, transposed back", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    xt = x.T
    mean = xt.mean(axis=0)
    var = ((xt - mean) ** 2).mean(axis=0)
    inv_std = (1.0 / np.sqrt(var + eps)).reshape(-1, 1)
    x_hat = ((xt - mean) / np.sqrt(var + eps)).T
    return x_hat * gamma + beta, (x_hat, gamma, inv_std)
"""),
    _e("hok_a8_early_stopping_argmin", "a8_pipeline", "early_stopping",
       "correct: best epoch tracked via index, patience counted as epochs since the best", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_i = 0
    best_loss = float("inf")
    for i in range(len(val_losses)):
        if val_losses[i] < best_loss - min_delta:
            best_loss, best_i = val_losses[i], i
        elif i - best_i >= patience:
            return i, weights[best_i]
    return len(val_losses) - 1, weights[best_i]
"""),
]

# Judged by reading the feedback (bench/diagnosis_corpus.py's grade(), the full catalogue in place) on the day in
# JUDGED_ON; judgements, not measurements, stale once the catalogues or detectors change. Same scale and tuple layout
# as corpus.py: id -> (verdict, relations judged right for it, ideal diagnosis where the verdict is not named/right).
# 28 wrong entries (4 per assignment), not 24: all were kept rather than trimming after seeing the results.
JUDGED_ON = "2026-12-02, commit de80451's catalogues and detectors (held out: written and judged after them)"
JUDGEMENT: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    # 'as if w were negated: a sign is flipped where w is used' (exp(+Xw) is sigmoid(-Xw))
    "h1_logistic_sigmoid_sign": ("right", ("as_if",), ""),
    "h1_ce_loss_summed": ("right", ("scaled",), ""),  # 'N times ... forget to divide by the batch size?'
    "h1_dw_transposed": ("right", ("transposed",), ""),  # 'x.T @ dout vs dout.T @ x'
    # a tie: '2 times: a factor 2 too many; or N-1=2 times: a division by N - 1 is missing'
    "h1_numgrad_over_h": ("right", ("scaled",), ""),
    # a2_optim
    "h2_adagrad_cache_overwritten": ("right", ("one_slip", "state_not_kept", "as_if"), ""),
    # borderline: 'state in config ... probably not kept, or not updated'; it is kept, with the wrong (corrected) values
    "h2_adam_stores_mhat": ("right", ("state_not_kept",), ""),
    "h2_exponential_lr_off_by_one": ("right", ("shifted_steps",), ""),
    # first_step lists five candidates (first value, decay, bias correction, momentum, learning rate)
    "h2_rmsprop_weights_swapped": ("vague", ("as_if",), ("as if decay_rate were 1 - decay_rate (0.01): the two weights "
                                   "of the moving average are swapped")),
    # a3_conv
    # five candidates, one of them exactly 'a division by pool_width is missing'
    "h3_avgpool_div_ph": ("right", ("scaled",), ""),
    "h3_convT_no_crop": ("right", ("as_if",), ""),  # 'as if pad were 0: pad is left out'
    # only the exception 'zero-size array to reduction operation maximum'
    "h3_maxpool_window_step_ph": ("nothing", (), "windows start at i * pool_height, not i * stride"),
    "h3_pool_indices_row_times_H": ("nothing", (), "the indices are row * H + col: row * W is meant"),
    # a4_init
    "h4_uniform_hardcoded_glorot": ("not_caught", (), "test xavier_uniform with mode='fan_in' and a gain"),
    "h4_stats_std_not_var": ("right", ("square_root",), ""),
    "h4_fan_out_no_receptive": ("right", ("one_slip",), ""),  # 'the factor `* receptive` missing' (fans test)
    "h4_he_normal_uses_xavier": ("nothing", (), "the draws' std is xavier_std(shape): he_std is meant"),
    # a5_normalization
    # one_slip says 'the term `var +` missing, where inv_std is computed' and a running_var term missing: the
    # effect of var ~ 0, but it points at the inv_std and running_var lines, not at var's formula
    "h5_bn_var_paren": ("misleading", (), "your batch variance is ~0: the square is outside the mean"),
    "h5_gn_groups_last": ("nothing", (), "groups taken as strided channels (reshape order)"),
    "h5_dropout_test_scaled_by_p": ("right", ("scaled",), ""),  # 'p times: a factor p is extra'
    "h5_l2_grad_half": ("right", ("scaled",), ""),
    # a7_architectures
    "h7_projection_bias_missing": ("right", ("as_if", "one_slip"), ""),
    # 'every entry is 0.6 times ... a missing or extra scale' (p not named), and on the other test
    # '(N-1)/N times ... unbiased' (p = 3/4 read as (N-1)/N): points elsewhere
    "h7_resbwd_dropout_mask_bool": ("misleading", (), "p times the expected: the 1 / p of the dropout scale is missing"),
    "h7_nll_dlogstd_sign": ("right", ("scaled",), ""),
    "h7_mdn_dlogits_not_over_N": ("right", ("scaled",), ""),
    # a8_pipeline
    "h8_warmup_le": ("right", ("one_slip",), ""),
    # the check says the draws fall outside [low, high]; nothing about the base of the log
    "h8_log_uniform_ln_base10": ("nothing", (), "as if 10 ** uniform(ln low, ln high): natural log with base 10"),
    "h8_stats_weight_std_twice": ("nothing", (), "entry 3 (the gradient's std) equals the weights' std"),
    # 'close ... a small numerical difference (lower precision ... epsilon)' on one run; the bias is never trained
    "h8_train_bias_not_updated": ("misleading", (), "as if b stayed zero: the bias is not updated"),
}
# HOLDOUT_CORRECT on the same day: all four full marks.

HOLDOUT = [replace(e, verdict=JUDGEMENT[e.id][0], expected=frozenset(JUDGEMENT[e.id][1]), ideal=JUDGEMENT[e.id][2])
           if e.id in JUDGEMENT else e for e in HOLDOUT]
