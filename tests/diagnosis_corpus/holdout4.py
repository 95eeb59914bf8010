"""A fourth hold-out (issue 17): student-style mistakes written without seeing the detectors, not judged yet.

Written without reading the diagnosis code (grading/diagnosis.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py), its tests, or the judgements of corpus.py, holdout.py, holdout2.py and holdout3.py;
only the solutions, their catalogues (mistakes.py), their grader tests, the student stubs and the ids and causes
of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points,
every right variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as
corpus.py: HOLDOUT4 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another
way), HOLDOUT4_CORRECT right implementations written unusually, which must earn full marks. Verdicts
(JUDGEMENT4 below) are to be judged once by reading the feedback on the commit named in JUDGED_ON4
(bench/diagnosis_corpus.py --set holdout4). Do not tune the detectors on these entries: they measure, they are
not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT4: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("s1_affine_dx_transposed_layout", "a1_backprop", "affine_backward",
       "dx computed as w @ dout.T, the (D, N) transpose of the gradient, and reshaped straight to x's shape "
       "without transposing it back: the values of different examples are interleaved", """
def affine_backward(dout, cache):
    x, w, b = cache
    n = x.shape[0]
    x_flat = x.reshape(n, -1)
    dx_t = w @ dout.T  # (D, N)
    dx = dx_t.reshape(x.shape)
    dw = x_flat.T @ dout
    db = np.sum(dout, axis=0)
    return dx, dw, db
"""),
    _e("s1_ce_loss_max_not_added_back", "a1_backprop", "softmax_cross_entropy_loss",
       "the log-sum-exp is of the max-shifted scores but the correct class's score is the unshifted one: each "
       "row's loss is too small by its row maximum (dscores right)", """
def softmax_cross_entropy_loss(scores, y):
    N = scores.shape[0]
    row_max = np.max(scores, axis=1, keepdims=True)
    exp_scores = np.exp(scores - row_max)
    sum_exp = exp_scores.sum(axis=1)
    correct = scores[np.arange(N), y]
    loss = np.mean(np.log(sum_exp) - correct)
    probs = exp_scores / sum_exp[:, None]
    probs[np.arange(N), y] -= 1
    return loss, probs / N
"""),
    _e("s1_mse_grad_err_over_count", "a1_backprop", "mse_loss",
       "dpred = (pred - target) / n: the factor 2 of the square's derivative is missing (loss right)", """
def mse_loss(pred, target):
    err = np.subtract(pred, target)
    count = err.size
    loss = np.sum(err * err) / count
    dpred = err / count
    return loss, dpred
""", catalogued="mse_gradient_missing_2"),
    _e("s1_logistic_loop_y_minus_p", "a1_backprop", "logistic_regression_gradient",
       "a per-row loop accumulating (y_i - p_i) * x_i: the gradient of the log-likelihood, with the wrong sign "
       "for the negative log-likelihood", """
def logistic_regression_gradient(w, X, y):
    grad = np.zeros(X.shape[1])
    for xi, yi in zip(X, y):
        p = 1.0 / (1.0 + np.exp(-xi.dot(w)))
        grad += (yi - p) * xi
    return grad
""", catalogued="logistic_gradient_sign_flipped"),
    _e("s1_mlp_reg_grad_on_biases", "a1_backprop", "two_layer_mlp_loss",
       "the backward pass written inline; the L2 gradient reg * p is added to every parameter, the biases b1 "
       "and b2 included, though the penalty only has W1 and W2", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = (params[k] for k in ("W1", "b1", "W2", "b2"))
    hidden_in = X @ W1 + b1
    hidden = np.maximum(0, hidden_in)
    scores = hidden @ W2 + b2
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    grads = {}
    grads["W2"] = hidden.T @ dscores
    grads["b2"] = dscores.sum(axis=0)
    dhidden = dscores @ W2.T
    dhidden[hidden_in <= 0] = 0
    grads["W1"] = X.T @ dhidden
    grads["b1"] = dhidden.sum(axis=0)
    for name in grads:
        grads[name] += reg * params[name]
    return loss, grads
"""),
    _e("s1_numgrad_shifts_whole_array", "a1_backprop", "eval_numerical_gradient",
       "x + h and x - h shift every entry at once: each entry gets the derivative along the all-ones direction "
       "(the sum of all partial derivatives), the same number everywhere", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros_like(x, dtype=float)
    for idx in np.ndindex(x.shape):
        fxph = f(x + h)
        fxmh = f(x - h)
        grad[idx] = (fxph - fxmh) / (2 * h)
    return grad
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("s2_rmsprop_cache_plus_equals", "a2_optim", "rmsprop",
       "the squared gradients are added into the cache in place (cache += g * g) without decay_rate, which is "
       "read but never used: Adagrad's accumulation", """
def rmsprop(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    grad = _gradient(w, dw, config)
    sq = config.setdefault("cache", np.zeros_like(w))
    sq += grad * grad
    step = config["learning_rate"] * grad / (np.sqrt(sq) + config["epsilon"])
    return w - step, config
""", catalogued="rmsprop_without_decay"),
    _e("s2_adam_correction_power_outside", "a2_optim", "adam",
       "the bias correction divides by (1 - beta)**t instead of 1 - beta**t (the same at t = 1, then far too "
       "large a correction)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-3)
    beta1 = config.setdefault("beta1", 0.9)
    beta2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    grad = _gradient(w, dw, config)
    config["t"] = config.get("t", 0) + 1
    t = config["t"]
    config["m"] = beta1 * config.get("m", np.zeros_like(w)) + (1 - beta1) * grad
    config["v"] = beta2 * config.get("v", np.zeros_like(w)) + (1 - beta2) * grad ** 2
    mb = config["m"] / (1 - beta1) ** t
    vb = config["v"] / (1 - beta2) ** t
    return w - lr * mb / (np.sqrt(vb) + eps), config
"""),
    _e("s2_momentum_decay_outside_step", "a2_optim", "sgd_momentum",
       "weight decay subtracted from w directly (w + v - weight_decay * w), outside the velocity and without "
       "the learning rate, instead of adding weight_decay * w to the gradient (right without decay)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-2)
    mu = config.setdefault("momentum", 0.9)
    wd = config.get("weight_decay", 0.0)
    velocity = config.get("velocity", np.zeros_like(w))
    velocity = mu * velocity - lr * dw
    config["velocity"] = velocity
    next_w = w + velocity - wd * w
    return next_w, config
"""),
    _e("s2_newton_inverse_times_grad", "a2_optim", "newton_step",
       "np.linalg.inv(H) * grad multiplies elementwise, broadcasting grad along the rows (a (D, D) result), "
       "instead of the matrix-vector product H^-1 @ grad", """
def newton_step(w, grad, hessian):
    H_inv = np.linalg.inv(hessian)
    return w - H_inv * grad
"""),
    _e("s2_cosine_one_minus_cos", "a2_optim", "cosine_lr",
       "the schedule uses (1 - cos(pi t)) / 2: it starts at min_lr and rises to base_lr (the sign before the "
       "cosine)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    progress = step / total_steps
    span = base_lr - min_lr
    return min_lr + span * 0.5 * (1 - math.cos(math.pi * progress))
"""),
    _e("s2_linreg_grad_over_features", "a2_optim", "linear_regression_gradient",
       "the MSE gradient is divided by the number of features D (X.shape[1]) instead of the number of rows N",
       """
def linear_regression_gradient(w, X, y):
    n_samples, n_features = X.shape
    residual = X.dot(w) - y
    return 2.0 * X.T.dot(residual) / n_features
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("s3_conv_out_size_pad_once", "a3_conv", "conv_forward_naive",
       "the output size adds pad once, (H + pad - HH) // stride + 1, instead of 2 * pad (x itself is padded on "
       "both sides): the last rows and columns of outputs are missing when pad > 0", """
def conv_forward_naive(x, w, b, conv_param):
    S, P = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, kh, kw = w.shape
    H_out = 1 + (H + P - kh) // S
    W_out = 1 + (W + P - kw) // S
    x_pad = np.pad(x, ((0, 0), (0, 0), (P, P), (P, P)), mode="constant")
    out = np.zeros((N, F, H_out, W_out))
    for n in range(N):
        for f in range(F):
            for r in range(H_out):
                for c in range(W_out):
                    patch = x_pad[n, :, r * S:r * S + kh, c * S:c * S + kw]
                    out[n, f, r, c] = (patch * w[f]).sum() + b[f]
    return out, (x, w, b, conv_param)
"""),
    _e("s3_conv_bwd_dw_from_unpadded_x", "a3_conv", "conv_backward_naive",
       "dw accumulates windows of the unpadded x (x[n, :, h0:h0 + HH, ...]) though the windows index the "
       "padded x_padded (used right for dx): dw is wrong whenever pad > 0", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Hout, Wout = dout.shape[2], dout.shape[3]
    x_padded = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dx_padded = np.zeros(x_padded.shape)
    dw = np.zeros(w.shape)
    db = np.zeros(F)
    for n in range(N):
        for f in range(F):
            db[f] += dout[n, f].sum()
            for i in range(Hout):
                for j in range(Wout):
                    h0, w0 = i * stride, j * stride
                    g = dout[n, f, i, j]
                    dw[f] += g * x[n, :, h0:h0 + HH, w0:w0 + WW]
                    dx_padded[n, :, h0:h0 + HH, w0:w0 + WW] += g * w[f]
    dx = dx_padded[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("s3_im2col_rows_channel_first", "a3_conv", "conv_forward_fast",
       "the (N, C, Ho, Wo, HH, WW) windows are reshaped to (N * Ho * Wo, C * HH * WW) rows without moving C "
       "after Ho and Wo first (transpose(0, 2, 3, 1, 4, 5)): each row mixes channels and positions", """
def conv_forward_fast(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    patches = sliding_window_view(xp, (HH, WW), axis=(2, 3))[:, :, ::stride, ::stride]
    # patches: (N, C, Ho, Wo, HH, WW) -> one row per output position
    cols = patches.reshape(N * Ho * Wo, C * HH * WW)
    out = cols @ w.reshape(F, -1).T + b
    out = out.reshape(N, Ho, Wo, F).transpose(0, 3, 1, 2)
    cache = (x, w, b, conv_param)
    return out, cache
"""),
    _e("s3_conv_bwd_fast_flipped_scatter", "a3_conv", "conv_backward_fast",
       "the loop over kernel offsets scatters dout into dx with the flipped kernel w[:, :, kh-1-u, kw-1-v]: the "
       "flip belongs to the gather form (a full convolution of dout), not to this scatter (dw and db right)", """
def conv_backward_fast(dout, cache):
    x, w, b, conv_param = cache
    s, p = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, kh, kw = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    db = dout.sum(axis=(0, 2, 3))
    dw = np.empty_like(w)
    dxp = np.zeros_like(xp)
    for u in range(kh):
        for v in range(kw):
            rows = slice(u, u + s * Ho, s)
            cols = slice(v, v + s * Wo, s)
            dw[:, :, u, v] = np.einsum("nfij,ncij->fc", dout, xp[:, :, rows, cols])
            flipped = w[:, :, kh - 1 - u, kw - 1 - v]
            dxp[:, :, rows, cols] += np.einsum("nfij,fc->ncij", dout, flipped)
    return dxp[:, :, p:p + H, p:p + W], dw, db
"""),
    _e("s3_pad_copy_top_left", "a3_conv", "conv_forward_naive",
       "x is copied into the top-left corner of a zero array of the padded size: all 2 * pad zero rows and "
       "columns end up below and to the right", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Hp, Wp = H + 2 * pad, W + 2 * pad
    padded = np.zeros((N, C, Hp, Wp))
    padded[:, :, :H, :W] = x
    Ho = (Hp - HH) // stride + 1
    Wo = (Wp - WW) // stride + 1
    out = np.empty((N, F, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            win = padded[:, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
            out[:, :, i, j] = np.einsum("nchw,fchw->nf", win, w) + b
    return out, (x, w, b, conv_param)
""", catalogued="padding_one_side"),
    _e("s3_param_count_no_groups", "a3_conv", "conv_param_count",
       "every filter counted over all in_channels: groups is accepted but never divides the input channels", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    if isinstance(kernel_size, tuple):
        area = kernel_size[0] * kernel_size[1]
    else:
        area = kernel_size ** 2
    weights = in_channels * out_channels * area
    return weights + out_channels * int(bias)
""", catalogued="param_count_ignores_groups"),
    # ------------------------------------------------------------------ a4_init
    _e("s4_he_std_one_over_sqrt", "a4_init", "he_std",
       "He's std written 1 / sqrt(fan_in) (LeCun's): the factor 2 for ReLU is missing", """
def he_std(shape):
    fan_in = compute_fans(shape)[0]
    return 1.0 / np.sqrt(fan_in)
""", catalogued="relu_factor_2_missing"),
    _e("s4_uniform_bound_sqrt_3_std", "a4_init", "xavier_uniform",
       "the bound is sqrt(3 * std), the square root over the product, instead of sqrt(3) * std", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    std = xavier_std(shape, mode, gain)
    limit = math.sqrt(3.0 * std)
    return rng.uniform(low=-limit, high=limit, size=shape)
"""),
    _e("s4_he_normal_std_as_loc", "a4_init", "he_normal",
       "gen.normal(sigma, 1.0, shape): the std is passed as the mean (loc) and 1 as the scale (the arguments "
       "in the wrong order)", """
def he_normal(shape, seed):
    sigma = he_std(shape)
    gen = np.random.default_rng(seed)
    return gen.normal(sigma, 1.0, shape)
"""),
    _e("s4_stats_second_moment", "a4_init", "activation_statistics",
       "the recorded 'variance' is np.mean(h ** 2), the second moment: the squared mean is never subtracted "
       "(means right)", """
def activation_statistics(X, weights, activation):
    def act(z):
        if activation == "sigmoid":
            return 1.0 / (1.0 + np.exp(-z))
        if activation == "tanh":
            return np.tanh(z)
        if activation == "relu":
            return z * (z > 0)
        return z
    h = X
    mus, vs = [], []
    for W in weights:
        h = act(h.dot(W))
        mus.append(h.mean())
        vs.append(np.mean(h ** 2))
    return np.array(mus), np.array(vs)
"""),
    _e("s4_stats_layers_not_chained", "a4_init", "activation_statistics",
       "every layer is applied to X itself (out = act(X @ W)), never to the previous layer's output: the "
       "statistics are of L one-layer nets, not of one L-layer net (the first layer right)", """
def activation_statistics(X, weights, activation):
    table = {"sigmoid": lambda a: 1 / (1 + np.exp(-a)), "tanh": np.tanh,
             "relu": lambda a: np.maximum(a, 0), "linear": lambda a: a}
    f = table[activation]
    means = np.zeros(len(weights))
    variances = np.zeros(len(weights))
    for layer, W in enumerate(weights):
        out = f(X @ W)
        means[layer] = out.mean()
        variances[layer] = out.var()
    return means, variances
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("s5_bn_divides_by_var", "a5_normalization", "batchnorm_forward",
       "train mode divides the centered x by var + eps, not by its square root (inv_std = 1 / (var + eps)); "
       "test mode and the running averages right", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    N, D = x.shape
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        batch_mean = np.sum(x, axis=0) / N
        centered = x - batch_mean
        batch_var = np.sum(centered ** 2, axis=0) / N
        inv_std = 1.0 / (batch_var + eps)
        x_hat = centered * inv_std
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, inv_std)
        running_mean = momentum * running_mean + (1 - momentum) * batch_mean
        running_var = momentum * running_var + (1 - momentum) * batch_var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
        cache = None
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("s5_bn_bwd_dvar_inv_std_squared", "a5_normalization", "batchnorm_backward",
       "staged backward whose dvar uses inv_std ** 2 where d/dvar (var + eps)**(-1/2) gives -0.5 * inv_std ** 3 "
       "(one factor inv_std lost); dgamma and dbeta right", """
def batchnorm_backward(dout, cache):
    xhat, gamma, istd = cache
    m = dout.shape[0]
    dgamma = np.sum(dout * xhat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dxhat = dout * gamma
    xc = xhat / istd
    dvar = np.sum(dxhat * xc, axis=0) * (-0.5) * istd ** 2
    dmean = np.sum(-dxhat * istd, axis=0) + dvar * np.mean(-2.0 * xc, axis=0)
    dx = dxhat * istd + dvar * 2.0 * xc / m + dmean / m
    return dx, dgamma, dbeta
"""),
    _e("s5_gn_bwd_mean_across_groups", "a5_normalization", "groupnorm_backward",
       "the two mean terms of dx are averaged over axis 1 (across the groups, at each position) instead of "
       "axis 2 (over the C // G * H * W values of each group); dgamma and dbeta right", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, G = cache
    N, C, H, W = dout.shape
    dbeta = dout.sum(axis=(0, 2, 3))
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dxh = (dout * gamma[None, :, None, None]).reshape(N, G, -1)
    xh = x_hat.reshape(N, G, -1)
    mean_dxh = dxh.mean(axis=1, keepdims=True)
    mean_dxh_xh = (dxh * xh).mean(axis=1, keepdims=True)
    dx = inv_std * (dxh - mean_dxh - xh * mean_dxh_xh)
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("s5_dropout_caches_uniform_draws", "a5_normalization", "dropout_forward",
       "the cache holds the raw uniform draws u instead of the mask (u < p) / p: out is right, but "
       "dropout_backward multiplies dout by u", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode != "train":
        return x, None
    if "seed" in dropout_param:
        np.random.seed(dropout_param["seed"])
    u = np.random.rand(*x.shape)
    out = x * (u < p) / p
    return out, u
"""),
    _e("s5_bn_stats_before_mode", "a5_normalization", "batchnorm_forward",
       "the batch's mean and variance are computed before the mode is looked at and normalize in test mode "
       "too: the running averages are updated but never used", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    bn_param.setdefault("running_mean", np.zeros(D))
    bn_param.setdefault("running_var", np.ones(D))
    mean = x.mean(axis=0)
    var = x.var(axis=0)
    x_hat = (x - mean) / np.sqrt(var + eps)
    out = gamma * x_hat + beta
    if mode == "train":
        n = x.shape[0]
        bn_param["running_mean"] = momentum * bn_param["running_mean"] + (1 - momentum) * mean
        bn_param["running_var"] = momentum * bn_param["running_var"] + (1 - momentum) * var * n / (n - 1)
        return out, (x_hat, gamma, 1 / np.sqrt(var + eps))
    return out, None
""", catalogued="bn_test_uses_batch_statistics"),
    _e("s5_bn_alt_dgamma_dbeta_mean", "a5_normalization", "batchnorm_backward_alt",
       "dgamma and dbeta are averaged over the batch (np.mean) instead of summed; dx right", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = len(dout)
    dbeta = np.mean(dout, axis=0)
    dgamma = np.mean(x_hat * dout, axis=0)
    g = gamma * dout
    dx = (inv_std / N) * (N * g - np.sum(g, axis=0) - x_hat * np.sum(g * x_hat, axis=0))
    return dx, dgamma, dbeta
""", catalogued="bn_dgamma_averaged"),
    # ------------------------------------------------------------------ a6_cnn
    _e("s6_backward_without_step", "a6_cnn", "train_and_predict",
       "loss.backward() is called on every batch but optimizer.step() never is: the weights stay at their "
       "initialization (an untrained model)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    random.seed(seed)
    n_classes = int(y_train.max()) + 1
    net = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
        nn.Flatten(), nn.Linear(64, n_classes))
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
    X = torch.from_numpy(X_train)
    y = torch.from_numpy(y_train)
    start = time.monotonic()
    for epoch in range(10):
        perm = torch.randperm(len(y))
        for i in range(0, len(y), 128):
            idx = perm[i:i + 128]
            optimizer.zero_grad()
            loss = nn.functional.cross_entropy(net(X[idx]), y[idx])
            loss.backward()
        if time.monotonic() - start > 0.7 * time_budget_s:
            break
    net.eval()
    with torch.no_grad():
        return net(torch.from_numpy(X_test)).numpy()
""", catalogued="untrained_model"),
    _e("s6_logits_of_training_tensor", "a6_cnn", "train_and_predict",
       "a well trained model, but the final forward pass runs on X (the training tensor) instead of X_test: "
       "logits of shape (len(X_train), classes)", """
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
    X_te = torch.tensor(X_test, device=device)
    with torch.no_grad():
        logits = model(X).cpu().numpy()
    return logits
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("s7_resblock_no_output_relu", "a7_architectures", "residual_block_forward",
       "the ReLU after the addition is left out: out = z (the cache still holds z, so the backward pass masks "
       "as if it had been applied)", """
def residual_block_forward(x, params, dropout=None):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    pre = np.dot(x, W1) + b1
    hidden = np.where(pre > 0, pre, 0.0)
    drop_scale = None
    if dropout is not None:
        drop_scale = dropout["mask"] / dropout["p"]
        hidden = hidden * drop_scale
    skip = x
    if "Ws" in params:
        skip = np.dot(x, params["Ws"]) + params["bs"]
    z = np.dot(hidden, W2) + b2 + skip
    out = z
    return out, (x, params, pre, hidden, drop_scale, z)
"""),
    _e("s7_proj_dx_without_transpose", "a7_architectures", "residual_block_backward",
       "the projection shortcut's share of dx is dz @ Ws, without the transpose (dz @ Ws.T): it raises for "
       "D != M (the identity shortcut right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout.copy()
    dz[z <= 0] = 0.0
    grads = {}
    grads["W2"] = h.T.dot(dz)
    grads["b2"] = dz.sum(0)
    dh = dz.dot(params["W2"].T)
    if scale is not None:
        dh *= scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T.dot(da1)
    grads["b1"] = da1.sum(0)
    dx = da1.dot(params["W1"].T)
    if "Ws" in params:
        grads["Ws"] = x.T.dot(dz)
        grads["bs"] = dz.sum(0)
        dx += dz.dot(params["Ws"])
    else:
        dx += dz
    return dx, grads
"""),
    _e("s7_score_map_filters_reshape", "a7_architectures", "fc_score_map",
       "the (M, C, H, W) filters from fc_to_conv are flattened with reshape(-1, M) instead of "
       "reshape(M, -1).T: each column mixes the weights of several filters", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    M = W.shape[1]
    rows, cols = H2 - H + 1, W2 - Wd + 1
    out = np.empty((N, M, rows, cols))
    filters = fc_to_conv(W, b, in_shape)[0]
    kernel = filters.reshape(-1, M)
    for r in range(rows):
        for c in range(cols):
            patch = x[:, :, r:r + H, c:c + Wd].reshape(N, -1)
            out[:, :, r, c] = patch @ kernel + b
    return out
"""),
    _e("s7_saliency_ones_upstream", "a7_architectures", "saliency_map",
       "the upstream gradient is all ones: the gradient of the sum of every class's score, y never used", """
def saliency_map(x, params, y):
    n = len(x)
    flat = x.reshape(n, -1)
    hidden_pre = flat @ params["W1"] + params["b1"]
    relu_mask = (hidden_pre > 0).astype(float)
    upstream = np.ones((n, params["W2"].shape[1]))
    dflat = ((upstream @ params["W2"].T) * relu_mask) @ params["W1"].T
    grad = dflat.reshape(x.shape)
    return np.max(np.abs(grad), axis=1)
""", catalogued="saliency_of_all_scores"),
    _e("s7_nll_exp_log_std_as_variance", "a7_architectures", "gaussian_nll",
       "exp(log_std) taken as the variance: the squared term divides by the std and the normalizer "
       "contributes 0.5 * log_std (gradients consistent with that wrong loss)", """
def gaussian_nll(y, mu, log_std):
    n = len(y)
    sigma2 = np.exp(log_std)
    diff = y - mu
    per_entry = 0.5 * np.log(2 * np.pi) + 0.5 * log_std + diff ** 2 / (2 * sigma2)
    loss = per_entry.sum() / n
    dmu = -diff / sigma2 / n
    dlog_std = (0.5 - 0.5 * diff ** 2 / sigma2) / n
    return loss, dmu, dlog_std
""", catalogued="nll_std_used_as_variance"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("s8_flip_reverses_batch_axis", "a8_pipeline", "random_flip",
       "the 'mirror' is x[::-1], which reverses the batch axis: a chosen image is replaced by image N - 1 - n "
       "instead of being mirrored left-right", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    chosen = rng.uniform(size=len(x)) < p
    mirrored = x[::-1]
    result = np.array(x, copy=True)
    result[chosen] = mirrored[chosen]
    return result
"""),
    _e("s8_normalize_test_by_own_std", "a8_pipeline", "normalize_splits",
       "the test split is centered with the training mean but divided by its own per-pixel std (the wrong "
       "variable in that one line); mean_image mode right", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mu = np.mean(X_train, axis=0)
    train_c = X_train - mu
    test_c = X_test - mu
    if mode == "mean_image":
        return train_c, test_c
    sd_train = np.std(X_train, axis=0)
    sd_test = np.std(X_test, axis=0)
    return train_c / (sd_train + eps), test_c / (sd_test + eps)
"""),
    _e("s8_early_best_loss_never_updated", "a8_pipeline", "early_stopping",
       "an improvement updates the best epoch's index but not best_loss, which stays inf: every epoch "
       "improves, training never stops, and the last epoch's weights come back", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_idx = 0
    bad_epochs = 0
    for i in range(len(val_losses)):
        if val_losses[i] < best_loss - min_delta:
            best_idx = i
            bad_epochs = 0
        else:
            bad_epochs += 1
        if bad_epochs >= patience:
            return i, weights[best_idx]
    return len(val_losses) - 1, weights[best_idx]
"""),
    _e("s8_early_compares_previous", "a8_pipeline", "early_stopping",
       "each epoch is compared with the previous epoch's loss (prev - loss > min_delta) instead of the best so "
       "far: a slow recovery above the best keeps resetting the count", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    prev = np.inf
    best_epoch = 0
    since = 0
    for epoch, loss in enumerate(val_losses):
        if prev - loss > min_delta:
            best_epoch = epoch
            since = 0
        else:
            since += 1
            if since == patience:
                return epoch, weights[best_epoch]
        prev = loss
    return len(val_losses) - 1, weights[best_epoch]
""", catalogued="improvement_against_previous_epoch"),
    _e("s8_warmup_min_step_ratio", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is base_lr * min(1, step / warmup_steps): it starts at 0 and runs one step behind "
       "(step + 1 is meant)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * min(1.0, step / warmup_steps)
    frac = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * frac))
""", catalogued="warmup_starts_at_zero"),
    _e("s8_train_db_divided_twice", "a8_pipeline", "train_and_predict",
       "the bias gradient is p.mean(axis=0) of a p already divided by the batch size: db is divided by the "
       "batch size twice (dW right)", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    Xtr = X_train.reshape(X_train.shape[0], -1)
    Xte = X_test.reshape(X_test.shape[0], -1)
    if normalize:
        Xtr, Xte = normalize_splits(Xtr, Xte, "standardize")
    k = int(y_train.max()) + 1
    W = np.zeros((Xtr.shape[1], k))
    b = np.zeros(k)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        perm = rng.permutation(Xtr.shape[0])
        for s in range(0, Xtr.shape[0], 64):
            batch = perm[s:s + 64]
            xb, yb = Xtr[batch], y_train[batch]
            logits = xb @ W + b
            logits -= logits.max(axis=1, keepdims=True)
            p = np.exp(logits)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(batch)), yb] -= 1
            p /= len(batch)
            dW = xb.T @ p
            db = p.mean(axis=0)
            W -= 0.1 * dW
            b -= 0.1 * db
    return Xte @ W + b
"""),
]

HOLDOUT4_CORRECT: list[Entry] = [
    _e("sok_a1_ce_onehot_logsumexp", "a1_backprop", "softmax_cross_entropy_loss",
       "correct: a one-hot matrix np.eye(C)[y] and the log-sum-exp with the row maximum added back", """
def softmax_cross_entropy_loss(scores, y):
    n, c = scores.shape
    onehot = np.eye(c)[y]
    m = scores.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(scores - m).sum(axis=1, keepdims=True))
    loss = float(np.sum(onehot * (lse - scores)) / n)
    dscores = (np.exp(scores - lse) - onehot) / n
    return loss, dscores
"""),
    _e("sok_a2_adadelta_inplace_on_copies", "a2_optim", "adadelta",
       "correct: the accumulators copied out of config, updated in place (*=, +=), one square root of the ratio",
       """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1.0)
    rho = config.setdefault("rho", 0.9)
    eps = config.setdefault("epsilon", 1e-6)
    g = dw + config.get("weight_decay", 0.0) * w
    Eg = np.array(config.get("acc_grad", np.zeros_like(w)), dtype=float)
    Ed = np.array(config.get("acc_delta", np.zeros_like(w)), dtype=float)
    Eg *= rho
    Eg += (1 - rho) * g * g
    delta = np.sqrt((Ed + eps) / (Eg + eps)) * g
    Ed *= rho
    Ed += (1 - rho) * delta ** 2
    config["acc_grad"], config["acc_delta"] = Eg, Ed
    return w - lr * delta, config
"""),
    _e("sok_a3_maxpool_sliding_windows", "a3_conv", "max_pool_forward",
       "correct: sliding_window_view over (H, W), every stride-th window, max over the window axes", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    windows = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    out = windows.max(axis=(4, 5))
    return out, (x, pool_param)
"""),
    _e("sok_a5_ln_bwd_staged", "a5_normalization", "layernorm_backward",
       "correct: layer norm's backward staged node by node (dvar, dmu per row, over the D features)", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = dout.shape[1]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    x_mu = x_hat / inv_std
    dvar = -0.5 * inv_std ** 3 * (dx_hat * x_mu).sum(axis=1, keepdims=True)
    dmu = -inv_std * dx_hat.sum(axis=1, keepdims=True) + dvar * (-2.0 * x_mu).mean(axis=1, keepdims=True)
    dx = dx_hat * inv_std + dvar * 2 * x_mu / D + dmu / D
    return dx, dgamma, dbeta
"""),
    _e("sok_a7_nll_precision", "a7_architectures", "gaussian_nll",
       "correct: written with the precision exp(-2 log_std) and log(sqrt(2 pi))", """
def gaussian_nll(y, mu, log_std):
    n = y.shape[0]
    precision = np.exp(-2.0 * log_std)
    sq = (y - mu) ** 2
    nll = log_std + 0.5 * sq * precision + np.log(np.sqrt(2.0 * np.pi))
    loss = nll.sum() / n
    dmu = (mu - y) * precision / n
    dlog_std = (1.0 - sq * precision) / n
    return loss, dmu, dlog_std
"""),
    _e("sok_a8_crop_offset_pairs", "a8_pipeline", "random_crop",
       "correct: (row, col) offsets drawn as one (N, 2) integers call with per-axis bounds, a zero canvas, "
       "np.stack of the windows", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    highs = np.array([H + 2 * padding - size + 1, W + 2 * padding - size + 1])
    offsets = rng.integers(0, highs, size=(N, 2))
    canvas = np.zeros((N, C, H + 2 * padding, W + 2 * padding), dtype=x.dtype)
    canvas[:, :, padding:padding + H, padding:padding + W] = x
    crops = [canvas[n, :, r:r + size, c:c + size] for n, (r, c) in enumerate(offsets)]
    return np.stack(crops)
"""),
]

JUDGED_ON4 = "2026-12-03 on commit dec2028"

# id -> (verdict, expected relations, ideal), judged by reading bench/diagnosis_corpus.py --set holdout4 on JUDGED_ON4.
# Counts that day: 42 mistakes, all caught; named 10, right 15, vague 3, check_message 0, wrong_name 2, nothing 8,
# misleading 4: named or right 25/42 = 60% (with the check's message 60%); not in the catalogue (29): right 13 = 45%
# (45% with the check's message). HOLDOUT4_CORRECT: 6/6 full marks.
JUDGEMENT4: dict[str, tuple[str, tuple[str, ...], str]] = {
    # a1_backprop
    "s1_affine_dx_transposed_layout": ("right", ("reshaped_untransposed", "departure"), ""),
    "s1_ce_loss_max_not_added_back": ("right", ("departure",), ""),
    "s1_mse_grad_err_over_count": ("named", (), ""),
    "s1_logistic_loop_y_minus_p": ("named", (), ""),
    "s1_mlp_reg_grad_on_biases": ("right", ("missing_term",), ""),
    "s1_numgrad_shifts_whole_array": ("nothing", (), "every entry of grad is the same number (the derivative along "
                                      "all ones): f(x + h) shifts every entry at once; shift only x[idx]"),
    # a2_optim
    "s2_rmsprop_cache_plus_equals": ("named", (), ""),
    "s2_adam_correction_power_outside": ("misleading", (), "state_not_kept says the state in config is probably not "
                                         "kept or not updated (it is); the first step matches because (1 - beta)**1 "
                                         "= 1 - beta**1: the bias correction divides by (1 - beta)**t where "
                                         "1 - beta**t is meant"),
    "s2_momentum_decay_outside_step": ("nothing", (), "wrong only with weight decay: w loses weight_decay * w outside "
                                       "the step (no learning rate, no velocity); add weight_decay * w to dw before "
                                       "the velocity update"),
    "s2_newton_inverse_times_grad": ("nothing", (), "only the shape (5, 5) for (5,); ideal: H_inv * grad multiplies "
                                     "elementwise and broadcasts to (D, D): the step is the matrix-vector product "
                                     "H_inv @ grad (or np.linalg.solve(hessian, grad))"),
    "s2_cosine_one_minus_cos": ("right", ("reversed",), ""),
    "s2_linreg_grad_over_features": ("right", ("one_slip", "departure"), ""),
    # a3_conv
    "s3_conv_out_size_pad_once": ("right", ("one_slip",), ""),
    "s3_conv_bwd_dw_from_unpadded_x": ("nothing", (), "dx and db right, dw wrong only with pad > 0 (the ValueError "
                                       "comes from windows cut short at x's border): dw reads windows of x where "
                                       "x_padded is meant"),
    "s3_im2col_rows_channel_first": ("nothing", (), "every value wrong with the shapes right: the (N, C, Ho, Wo, HH, "
                                     "WW) windows are reshaped to rows without moving C after Ho and Wo; "
                                     "transpose(0, 2, 3, 1, 4, 5) before the reshape"),
    "s3_conv_bwd_fast_flipped_scatter": ("right", ("as_if",), ""),
    "s3_pad_copy_top_left": ("right", ("shifted",), ""),
    "s3_param_count_no_groups": ("named", (), ""),
    # a4_init
    "s4_he_std_one_over_sqrt": ("named", (), ""),
    "s4_uniform_bound_sqrt_3_std": ("misleading", (), "square_root (true: the draws' std is the square root of the "
                                    "expected) guesses a std where a variance is asked for, and departure blames the "
                                    "return line, saying limit agrees with the correct code (it does not); ideal: "
                                    "the bound is sqrt(3 * std), the square root over the product: sqrt(3) * std"),
    "s4_he_normal_std_as_loc": ("right", ("departure",), ""),
    "s4_stats_second_moment": ("vague", (), "close lists numerical differences or a small term left out (tanh); "
                               "ideal: the variances are np.mean(h ** 2), the second moment (0.31 for 0.022 with "
                               "sigmoid): subtract the squared mean, h.var()"),
    "s4_stats_layers_not_chained": ("vague", (), "end_block says only the first layer is right and lists what is "
                                    "carried from step to step among other causes; ideal: every layer is applied to "
                                    "X, not to the previous layer's output: h = act(h @ W)"),
    # a5_normalization
    "s5_bn_divides_by_var": ("right", ("departure",), ""),
    "s5_bn_bwd_dvar_inv_std_squared": ("right", ("one_slip",), ""),
    "s5_gn_bwd_mean_across_groups": ("nothing", (), "dx wrong with dgamma and dbeta right: the two mean terms are "
                                     "averaged over axis 1 (across the groups); average over axis 2, the values of "
                                     "each group"),
    "s5_dropout_caches_uniform_draws": ("vague", (), "zero_pattern says dx is not 0 where dropped (a mask missing or "
                                        "wrong), not where; ideal: out is right and dx is dout times the uniform "
                                        "draws: the cache holds u, not the mask (u < p) / p"),
    "s5_bn_stats_before_mode": ("named", (), ""),
    "s5_bn_alt_dgamma_dbeta_mean": ("right", ("scaled", "wrong_reduction"), ""),
    # a6_cnn
    "s6_backward_without_step": ("nothing", (), "untrained_model not named; the check only says the model did not "
                                 "learn (accuracy 0.08); ideal: untrained_model: loss.backward() without "
                                 "optimizer.step(), the weights never change"),
    "s6_logits_of_training_tensor": ("wrong_name", (), "predictions_not_logits named (its message: class indices "
                                     "returned; they are logits); ideal: the logits have len(X_train) rows (1258 for "
                                     "539 test images): the last forward pass runs on X, not X_test"),
    # a7_architectures
    "s7_resblock_no_output_relu": ("right", ("zero_pattern", "departure"), ""),
    "s7_proj_dx_without_transpose": ("nothing", (), "the ValueError (shapes not aligned) comes from dz.dot(Ws): the "
                                     "projection's share of dx is dz @ Ws.T"),
    "s7_score_map_filters_reshape": ("right", ("departure",), ""),
    "s7_saliency_ones_upstream": ("named", (), ""),
    "s7_nll_exp_log_std_as_variance": ("named", (), ""),
    # a8_pipeline
    "s8_flip_reverses_batch_axis": ("wrong_name", (), "flip_vertical named (its message: flipped upside down, axis "
                                    "2); ideal: x[::-1] reverses the batch axis, a chosen image becomes image "
                                    "N - 1 - n: mirror with x[..., ::-1]"),
    "s8_normalize_test_by_own_std": ("misleading", ("departure",), "departure points at `sd_test = np.std(X_test, "
                                     "axis=0)` (right), but scaled_per_feature guesses a std over the wrong axes or "
                                     "one number for all features (neither); ideal: the test split is divided by its "
                                     "own std: divide both splits by the training std"),
    "s8_early_best_loss_never_updated": ("misleading", ("one_slip",), "one_slip (nothing done by `best = loss`) is "
                                         "right, but as_if says min_delta is left out (it is in the comparison, "
                                         "without effect while best_loss stays inf); ideal: an improvement never "
                                         "updates best_loss: set it with best_idx"),
    "s8_early_compares_previous": ("named", (), ""),
    "s8_warmup_min_step_ratio": ("named", (), ""),
    "s8_train_db_divided_twice": ("right", ("one_slip",), ""),
}
# When written (scores only, on 65aba66 plus the working tree of that day): all 42 mistakes lost points;
# HOLDOUT4_CORRECT: all six full marks.
# HOLDOUT4_CORRECT on the same day (dec2028): all six full marks.

HOLDOUT4 = [replace(e, verdict=JUDGEMENT4[e.id][0], expected=frozenset(JUDGEMENT4[e.id][1]), ideal=JUDGEMENT4[e.id][2])
            if e.id in JUDGEMENT4 else e for e in HOLDOUT4]
