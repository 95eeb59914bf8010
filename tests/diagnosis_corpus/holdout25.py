"""A 25th hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 18f32b9 (JUDGED_ON25, JUDGEMENT25 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout25.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT25 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT25_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT25: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("o1_affine_fwd_torch_weight_layout", "a1_backprop", "affine_forward",
       "the weight is read in torch's nn.Linear layout (out, in) and transposed, x_flat @ w.T + b: w is (D, M) here, "
       "so the product is (N, D) @ (M, D), which raises for D != M (and is the wrong map when D == M)", """
def affine_forward(x, w, b):
    # nn.Linear keeps its weight as (out_features, in_features), so transpose it
    x_rows = x.reshape(x.shape[0], -1)
    out = x_rows @ w.T + b
    cache = (x, w, b)
    return out, cache
"""),
    _e("o1_relu_bwd_mask_from_upstream_gradient", "a1_backprop", "relu_backward",
       "the mask is taken from the upstream gradient, np.where(dout > 0, dout, 0), instead of from the cached input "
       "(x > 0): the ReLU is applied to dout, so positive gradients pass through units whose input was negative and "
       "negative gradients are blocked at open units", """
def relu_backward(dout, cache):
    x = cache
    # only let the gradient through where the unit was active
    dx = np.where(dout > 0, dout, 0.0)
    return dx
"""),
    _e("o1_numgrad_flat_gradient_returned", "a1_backprop", "eval_numerical_gradient",
       "the entries are walked with a flat index and unravel_index (each centred difference right, x restored), but "
       "the gradient is collected in np.zeros(x.size) and returned flat: shape (x.size,) instead of x's shape", """
def eval_numerical_gradient(f, x, h=1e-5):
    grad = np.zeros(x.size)
    for k in range(x.size):
        idx = np.unravel_index(k, x.shape)
        old = x[idx]
        x[idx] = old + h
        fp = f(x)
        x[idx] = old - h
        fm = f(x)
        x[idx] = old
        grad[k] = (fp - fm) / (2 * h)
    return grad
"""),
    _e("o1_mlp_penalty_over_every_parameter", "a1_backprop", "two_layer_mlp_loss",
       "the L2 penalty in the loss is summed over every parameter in params, the biases b1 and b2 included "
       "(0.5 * reg * sum of all squares), though it covers W1 and W2 only: the loss is too large by "
       "0.5 * reg * (|b1|^2 + |b2|^2) (the gradients right)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    h, c1 = affine_forward(X, params["W1"], params["b1"])
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, params["W2"], params["b2"])
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    # weight decay on the parameters
    loss += 0.5 * reg * sum(np.sum(p * p) for p in params.values())
    da, dW2, db2 = affine_backward(dscores, c2)
    _, dW1, db1 = affine_backward(relu_backward(da, cr), c1)
    grads = {"W1": dW1 + reg * params["W1"], "b1": db1, "W2": dW2 + reg * params["W2"], "b2": db2}
    return loss, grads
"""),
    _e("o1_sigmoid_bwd_local_from_recovered_input", "a1_backprop", "sigmoid_backward",
       "the input is recovered from the cached output as the logit log(s / (1 - s)) and the local derivative taken "
       "as sigmoid of it, which is s again: dx = dout * s, the factor (1 - s) missing", """
def sigmoid_backward(dout, cache):
    s = cache
    x = np.log(s / (1 - s))  # recover the input of the layer
    local = 1 / (1 + np.exp(-x))  # d sigmoid / dx
    return dout * local
""", catalogued="sigmoid_derivative_is_s"),
    _e("o1_softmax_apply_along_rows_unshifted", "a1_backprop", "softmax",
       "each row is softmaxed by np.apply_along_axis with a helper exp(r) / sum(exp(r)) on the raw scores (no row "
       "maximum subtracted): rows with scores around 1000 overflow to inf / inf = nan", """
def softmax(scores):
    def row_softmax(r):
        e = np.exp(r)
        return e / np.sum(e)
    return np.apply_along_axis(row_softmax, 1, scores)
""", catalogued="softmax_no_max_subtraction"),
    # ------------------------------------------------------------------ a2_optim
    _e("o2_sgd_weight_decay_sign_flipped", "a2_optim", "sgd",
       "the L2 decay term is subtracted from the gradient, dw - weight_decay * w ('decay pulls the weights down'), "
       "instead of added, dw + weight_decay * w: with weight decay every step pushes the weights away from 0", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    wd = config.get("weight_decay", 0.0)
    # L2 decay pulls the weights towards 0
    step = dw - wd * w
    next_w = w - config["learning_rate"] * step
    return next_w, config
"""),
    _e("o2_adagrad_accumulates_abs_gradient", "a2_optim", "adagrad",
       "the cache accumulates the absolute gradient |g| instead of its square g**2, and the step still divides by "
       "its square root: the per-weight scale is sqrt(sum |g|) instead of sqrt(sum g**2)", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    hist = config.get("cache", np.zeros_like(w))
    hist = hist + np.abs(g)  # accumulated gradient magnitude
    config["cache"] = hist
    next_w = w - config["learning_rate"] * g / (np.sqrt(hist) + config["epsilon"])
    return next_w, config
"""),
    _e("o2_linreg_grad_target_as_column", "a2_optim", "linear_regression_gradient",
       "y is reshaped to a column 'to be safe', so the residual X @ w - y.reshape(-1, 1) broadcasts (N,) against "
       "(N, 1) into an (N, N) matrix: the gradient comes back (D, N) with wrong values instead of (D,)", """
def linear_regression_gradient(w, X, y):
    n = X.shape[0]
    residual = X @ w - y.reshape(-1, 1)  # make y a column
    return 2.0 / n * (X.T @ residual)
"""),
    _e("o2_minibatch_reorders_data_cumulatively", "a2_optim", "minibatch_sgd",
       "each epoch X and y are reassigned to X[perm], y[perm] and cut into consecutive batches: the permutations "
       "compose from epoch to epoch, so from the second epoch on the rows are visited in the order "
       "perm_1[perm_2[...]] instead of rng.permutation(N) of the original rows", """
def minibatch_sgd(X, y, w0, learning_rate, batch_size, epochs, seed):
    rng = np.random.default_rng(seed)
    w = np.array(w0, dtype=float)
    path = []
    for epoch in range(epochs):
        perm = rng.permutation(len(X))
        X, y = X[perm], y[perm]  # shuffle the data for this epoch
        for s in range(0, len(X), batch_size):
            w = w - learning_rate * linear_regression_gradient(w, X[s:s + batch_size], y[s:s + batch_size])
            path.append(w)
    return np.array(path)
"""),
    _e("o2_step_lr_counts_current_step_as_done", "a2_optim", "step_lr",
       "the decays are counted as floor((step + 1) / step_size), the current step counted as already taken: the "
       "rate drops one step early (at step step_size - 1 instead of step_size)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    steps_done = step + 1  # the step we are on has been taken
    n_decays = math.floor(steps_done / step_size)
    return base_lr * gamma ** n_decays
""", catalogued="step_lr_off_by_one"),
    _e("o2_adam_moments_without_correction", "a2_optim", "adam",
       "the moments m and v are updated and stored and t counted, but the step uses m / (sqrt(v) + eps) with no "
       "bias correction ('the moving averages already are averages of the gradient'): the first steps are far too "
       "small", """
def adam(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-3)
    b1 = config.setdefault("beta1", 0.9)
    b2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    m = b1 * config.get("m", 0 * w) + (1 - b1) * g
    v = b2 * config.get("v", 0 * w) + (1 - b2) * (g * g)
    config["m"], config["v"] = m, v
    config["t"] = config.get("t", 0) + 1
    # the moving averages are already averages of the gradient
    return w - lr * m / (np.sqrt(v) + eps), config
""", catalogued="adam_no_bias_correction"),
    # ------------------------------------------------------------------ a3_conv
    _e("o3_avg_pool_bwd_share_assigned", "a3_conv", "avg_pool_backward",
       "each window's share dout / (ph * pw) is assigned (=) to its inputs instead of added: where windows overlap "
       "(stride < pool size) the later window overwrites the earlier one's share", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    dx = np.zeros(x.shape)
    area = ph * pw
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            share = dout[:, :, i, j] / area
            dx[:, :, i * s:i * s + ph, j * s:j * s + pw] = share[:, :, None, None]
    return dx
"""),
    _e("o3_max_pool_fwd_max_over_channels", "a3_conv", "max_pool_forward",
       "each window's maximum is taken over axes (1, 2, 3), the channels as well as the window, and broadcast back "
       "to every channel: every channel of an image gets the largest value of all its channels in that window", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho = 1 + (H - ph) // s
    Wo = 1 + (W - pw) // s
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw]
            out[:, :, i, j] = np.max(window, axis=(1, 2, 3))[:, None]
    return out, (x, pool_param)
"""),
    _e("o3_transposed_size_dilated_span_d_times_k", "a3_conv", "transposed_conv_output_size",
       "the dilated kernel is taken to span dilation * kernel_size pixels instead of dilation * (kernel_size - 1) "
       "+ 1: right for dilation 1, too large by dilation - 1 for a dilated kernel", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    span = dilation * kernel_size  # a dilated kernel covers dilation * k pixels
    return (input_size - 1) * stride - 2 * padding + span + output_padding
"""),
    _e("o3_pool_indices_times_output_width", "a3_conv", "max_pool_with_indices",
       "the flat index of each maximum is row * Wo + col, with Wo the width of the pooled output, instead of "
       "row * W + col with W the width of the input plane (the max values and the row, col right)", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            win = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, ph * pw)
            k = np.argmax(win, axis=-1)
            out[:, :, i, j] = np.take_along_axis(win, k[..., None], -1)[..., 0]
            r = i * s + k // pw
            c = j * s + k % pw
            idx[:, :, i, j] = r * Wo + c
    return out, idx
"""),
    _e("o3_output_size_floored_without_check", "a3_conv", "conv_output_size",
       "the size is computed as floor((W - D(K - 1) - 1 + 2P) / S) + 1 with np.floor and no check: a stride that "
       "does not tile the padded input is rounded down (and a kernel larger than the input gives 0 or less) "
       "instead of raising ValueError", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    effective_k = dilation * (kernel_size - 1) + 1
    return int(np.floor((input_size - effective_k + 2 * padding) / stride)) + 1
""", catalogued="output_size_not_rejected"),
    _e("o3_conv_bwd_naive_windows_at_output_index", "a3_conv", "conv_backward_naive",
       "four loops over images, filters and output positions, but each output (i, j) reads its window for dw and "
       "scatters into dx at (i, j) instead of (i * stride, j * stride): wrong for any stride > 1 (db right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    pad = conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)), mode="constant")
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.sum(dout, axis=(0, 2, 3))
    for n in range(N):
        for f in range(F):
            for i in range(dout.shape[2]):
                for j in range(dout.shape[3]):
                    g = dout[n, f, i, j]
                    dw[f] += g * xp[n, :, i:i + HH, j:j + WW]
                    dxp[n, :, i:i + HH, j:j + WW] += g * w[f]
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
""", catalogued="backward_ignores_stride"),
    # ------------------------------------------------------------------ a4_init
    _e("o4_xavier_uniform_gain_applied_twice", "a4_init", "xavier_uniform",
       "the bound a = sqrt(3) * xavier_std(shape, mode, gain) already holds the gain, and the uniform draws are "
       "multiplied by gain once more: the weights' std is gain**2 times Glorot's instead of gain times (right only "
       "for gain 1)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    return gain * rng.uniform(-a, a, size=shape)  # scale by the gain
"""),
    _e("o4_xavier_fan_avg_as_max_fan", "a4_init", "xavier_std",
       "mode 'fan_avg' uses the larger fan, gain * sqrt(1 / max(fan_in, fan_out)), instead of the mean of the two "
       "fans, gain * sqrt(2 / (fan_in + fan_out)): the std is too small whenever the fans differ", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = max(fan_in, fan_out) if mode == "fan_avg" else fan_in  # the larger fan dominates
    return gain * math.sqrt(1.0 / n)
"""),
    _e("o4_he_std_floor_division", "a4_init", "he_std",
       "He's std is written math.sqrt(2 // fan_in), Python's floor division: 2 // fan_in is 0 for every fan_in "
       "above 2, so the std is 0 (or sqrt(2), sqrt(1) for fan_in 1, 2) instead of sqrt(2 / fan_in)", """
def he_std(shape):
    fan_in = compute_fans(shape)[0]
    return math.sqrt(2 // fan_in)
"""),
    _e("o4_activation_relu_clipped_at_one", "a4_init", "activation_statistics",
       "the 'relu' branch is written np.clip(z, 0, 1), which also caps the positive part at 1 (a hard sigmoid / "
       "ReLU1), instead of np.maximum(z, 0): every ReLU layer's mean and variance are wrong once units exceed 1", """
def activation_statistics(X, weights, activation):
    h = X
    means = np.zeros(len(weights))
    variances = np.zeros(len(weights))
    for l, W in enumerate(weights):
        z = h @ W
        if activation == "sigmoid":
            h = 1.0 / (1.0 + np.exp(-z))
        elif activation == "tanh":
            h = np.tanh(z)
        elif activation == "relu":
            h = np.clip(z, 0, 1)
        else:
            h = z
        means[l] = h.mean()
        variances[l] = h.var()
    return means, variances
"""),
    _e("o4_fans_conv_both_from_out_channels", "a4_init", "compute_fans",
       "for a conv weight fan_out = out_channels * kh * kw is computed and fan_in set equal to it ('every filter "
       "sees the same window'): fan_in comes from axis 0 instead of in_channels * kh * kw", """
def compute_fans(shape):
    if len(shape) == 2:
        D, M = shape
        return D, M
    c_out = shape[0]
    k = int(np.prod(shape[2:]))
    fan_out = c_out * k
    fan_in = fan_out  # every filter sees the same window
    return fan_in, fan_out
""", catalogued="conv_fan_in_wrong_axis"),
    _e("o4_stats_of_einsum_preactivations", "a4_init", "activation_statistics",
       "each layer's pre-activation z = einsum('nd,dm->nm', h, W) is recorded (mean, var) before the activation is "
       "applied: the statistics are those of h @ W, not of act(h @ W)", """
def activation_statistics(X, weights, activation):
    act = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
           "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}[activation]
    h = X
    stats = []
    for W in weights:
        z = np.einsum("nd,dm->nm", h, W)
        stats.append((z.mean(), z.var()))
        h = act(z)
    stats = np.array(stats)
    return stats[:, 0], stats[:, 1]
""", catalogued="statistics_before_activation"),
    # ------------------------------------------------------------------ a5_normalization
    _e("o5_bn_gamma_beta_swapped", "a5_normalization", "batchnorm_forward",
       "the scale and the shift are swapped in both modes, beta * x_hat + gamma instead of gamma * x_hat + beta "
       "(the statistics, the cache and the running averages right)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out = beta * x_hat + gamma  # scale and shift
        cache = (x_hat, gamma, inv_std)
        n = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * var * n / (n - 1)
    elif mode == "test":
        out = beta * (x - running_mean) / np.sqrt(running_var + eps) + gamma
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("o5_gn_cache_x_hat_grouped_layout", "a5_normalization", "groupnorm_forward",
       "out is right, but the cache holds x_hat in the grouped layout (N, groups, C // groups * H * W) it was "
       "computed in, not reshaped back to the documented (N, C, H, W): the backward pass multiplies dout "
       "(N, C, H, W) with it and fails", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mean = xg.mean(axis=2, keepdims=True)
    var = xg.var(axis=2, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    xg_hat = (xg - mean) * inv_std
    out = xg_hat.reshape(N, C, H, W) * gamma[None, :, None, None] + beta[None, :, None, None]
    return out, (xg_hat, gamma, inv_std, groups)
"""),
    _e("o5_ln_variance_over_batch_axis", "a5_normalization", "layernorm_forward",
       "each row is centred by its own mean (axis 1), but the squared deviations are averaged over axis 0, the "
       "batch: the variance is per feature (1, D) instead of per row (N, 1), so the rows are not standardized "
       "(and inv_std in the cache has the wrong shape)", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = np.mean(x, axis=1, keepdims=True)
    var = np.mean((x - mu) ** 2, axis=0, keepdims=True)
    inv_std = 1.0 / np.sqrt(var + eps)
    x_hat = (x - mu) * inv_std
    out = gamma * x_hat + beta
    return out, (x_hat, gamma, inv_std)
"""),
    _e("o5_l2_returns_gradient_first", "a5_normalization", "l2_penalty",
       "both values right, but returned in the wrong order, (gradient, penalty) instead of (penalty, gradient)", """
def l2_penalty(W, reg):
    grad = reg * W
    loss = 0.5 * reg * np.sum(W * W)
    return grad, loss
"""),
    _e("o5_bn_test_mode_refreshes_running_stats", "a5_normalization", "batchnorm_forward",
       "test mode normalizes with the running averages (right), then 'keeps them fresh' by averaging the test "
       "batch's mean and unbiased variance into them: a test batch moves running_mean and running_var", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    mom = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    r_mean = bn_param.get("running_mean", np.zeros(D))
    r_var = bn_param.get("running_var", np.ones(D))
    if mode == "train":
        mu, var = x.mean(axis=0), x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        x_hat = (x - mu) * inv_std
        out, cache = gamma * x_hat + beta, (x_hat, gamma, inv_std)
    elif mode == "test":
        out = gamma * (x - r_mean) / np.sqrt(r_var + eps) + beta
        cache = None
    else:
        raise ValueError(mode)
    # keep the running statistics up to date with the data we see
    n = x.shape[0]
    r_mean = mom * r_mean + (1 - mom) * x.mean(axis=0)
    r_var = mom * r_var + (1 - mom) * x.var(axis=0) * n / (n - 1)
    bn_param["running_mean"], bn_param["running_var"] = r_mean, r_var
    return out, cache
""", catalogued="bn_running_updated_in_test_mode"),
    _e("o5_dropout_bwd_mask_capped_at_one", "a5_normalization", "dropout_backward",
       "the gradient is dout * np.minimum(mask, 1): the cached mask is 0 or 1 / p >= 1, so the cap turns it into "
       "the 0/1 keep pattern and the kept units' gradient loses its 1 / p scale", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    keep = np.minimum(cache, 1.0)  # 1 where the unit was kept
    return dout * keep
""", catalogued="dropout_backward_drops_scale"),
    # ------------------------------------------------------------------ a6_cnn
    _e("o6_adam_weight_decay_typo", "a6_cnn", "train_and_predict",
       "Adam is built with weight_decay=0.5 (meant as 5e-4): the L2 term 0.5 * w dominates the gradient of the "
       "loss, so the weights are pulled to 0 at every step and the network barely learns", """
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
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3, weight_decay=0.5)  # a bit of regularization
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
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
    _e("o6_full_batch_fifteen_steps", "a6_cnn", "train_and_predict",
       "the batch size is set to the whole training set ('it fits in memory'): each of the 15 epochs is a single "
       "optimizer step, so the network takes 15 Adam steps in all and is left badly undertrained", """
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
    batch = len(y)  # the whole set fits in memory: use it all at once
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device))
    return logits.cpu().numpy()
"""),
    _e("o6_train_images_transposed", "a6_cnn", "train_and_predict",
       "the training tensor is built with .transpose(2, 3) (meant to put the images 'rows first'), which swaps "
       "the height and width axes of every training image, while the test images are predicted as given: the "
       "model learns transposed images and is tested on untransposed ones", """
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
    X = torch.from_numpy(X_train).transpose(2, 3).contiguous().to(device)  # (N, C, rows, cols)
    y = torch.from_numpy(y_train).to(device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        return model(torch.from_numpy(X_test).to(device)).cpu().numpy()
"""),
    _e("o6_validation_split_labels_offset", "a6_cnn", "train_and_predict",
       "a validation split of n_val images is held out with X_fit = X[n_val:] but y_fit = y[:-n_val]: the labels "
       "are sliced from the other end, so every training image is paired with the label of the image n_val places "
       "before it and the model learns nothing useful", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    n_val = len(y_train) // 10
    X_fit, y_fit = X_train[n_val:], y_train[:-n_val]  # hold out 10% for validation
    X_val, y_val = X_train[:n_val], y_train[:n_val]
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_fit, device=device)
    y = torch.tensor(y_fit, device=device)
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
    with torch.no_grad():
        val_acc = (model(torch.tensor(X_val, device=device)).argmax(1).cpu().numpy() == y_val).mean()
        print(f"validation accuracy {val_acc:.3f}")
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("o6_exponential_lr_stepped_per_batch", "a6_cnn", "train_and_predict",
       "ExponentialLR(gamma=0.9), meant to decay the rate once per epoch, is stepped after every mini-batch: the "
       "rate falls below 1% of its start after about 45 batches (2 epochs), so the rest of the run hardly moves "
       "the weights and the network is undertrained", """
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
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.9)  # decay 10% per epoch
    g = torch.Generator().manual_seed(seed)
    for epoch in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("o6_returns_argmax_of_trained_net", "a6_cnn", "train_and_predict",
       "a trained network, but the function returns logits.argmax(dim=1).numpy(), the predicted class of each test "
       "image (shape (M,), integers), instead of the (M, n_classes) logits the grader takes the argmax of", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    k = int(y_train.max()) + 1
    net = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, k),
    ).to(device)
    X, y = torch.tensor(X_train, device=device), torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(10):
        net.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(net(X[idx]), y[idx]).backward()
            opt.step()
    net.eval()
    with torch.no_grad():
        logits = net(torch.tensor(X_test, device=device))
    return logits.argmax(dim=1).cpu().numpy()  # the predicted label of each test image
""", catalogued="predictions_not_logits"),
    # ------------------------------------------------------------------ a7_architectures
    _e("o7_gauss_dlog_std_not_averaged", "a7_architectures", "gaussian_nll",
       "the loss and dmu are divided by the number of rows N, but dlog_std = 1 - r**2 / var is not: the log_std "
       "gradient is that of the summed loss, N times too large", """
def gaussian_nll(y, mu, log_std):
    n = len(y)
    inv_var = np.exp(-2.0 * log_std)
    diff = y - mu
    loss = (0.5 * np.log(2 * np.pi) * y.size + log_std.sum() + 0.5 * np.sum(diff ** 2 * inv_var)) / n
    dmu = -diff * inv_var / n
    dlog_std = 1.0 - diff ** 2 * inv_var
    return loss, dmu, dlog_std
"""),
    _e("o7_score_map_channels_last", "a7_architectures", "fc_score_map",
       "each window's scores are right, but the map is built channels-last, (N, H2 - H + 1, W2 - W + 1, M) with "
       "out[:, i, j, :], instead of (N, M, H2 - H + 1, W2 - W + 1)", """
def fc_score_map(x, W, b, in_shape):
    C, H, Wd = in_shape
    N, _, H2, W2 = x.shape
    rows, cols = H2 - H + 1, W2 - Wd + 1
    out = np.empty((N, rows, cols, W.shape[1]))
    for i in range(rows):
        for j in range(cols):
            patch = x[:, :, i:i + H, j:j + Wd].reshape(N, -1)
            out[:, i, j, :] = patch @ W + b
    return out
"""),
    _e("o7_mdn_log_sigma_normalizer_dropped", "a7_architectures", "mdn_nll",
       "each component's log-density is written -0.5 log(2 pi) - 0.5 z**2, without the -log_std of the Gaussian's "
       "normalizer: the loss, the responsibilities and so every gradient are those of unnormalized components "
       "(dlog_std still has the 1 of the missing term)", """
def mdn_nll(y, logits, mu, log_std):
    N = len(y)
    log_pi = logits - logits.max(axis=1, keepdims=True)
    log_pi = log_pi - np.log(np.exp(log_pi).sum(axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    # log N(y; mu, sigma) = -0.5 log(2 pi) - 0.5 z^2
    terms = log_pi - 0.5 * np.log(2 * np.pi) - 0.5 * z ** 2
    m = terms.max(axis=1, keepdims=True)
    log_p = m + np.log(np.exp(terms - m).sum(axis=1, keepdims=True))
    resp = np.exp(terms - log_p)
    loss = -np.mean(log_p)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("o7_fc_to_conv_weight_reshaped_directly", "a7_architectures", "fc_to_conv",
       "the (C*H*W, M) weight is reshaped straight to (M, C, H, W) with np.reshape: filter m is made of M "
       "consecutive rows' values instead of column m of W (W.T.reshape is meant)", """
def fc_to_conv(W, b, in_shape):
    M = W.shape[-1]
    # one filter of in_shape per output unit
    filters = np.reshape(W, (M,) + tuple(in_shape))
    return filters, np.array(b, copy=True)
""", catalogued="fc_weight_reshaped_in_wrong_order"),
    _e("o7_saliency_signed_maximum", "a7_architectures", "saliency_map",
       "the gradient of scores[n, y[n]] is right (W2's class column through the ReLU mask and W1, by einsum), but "
       "the map is its signed maximum over the channels, grad.max(axis=1), without the absolute value", """
def saliency_map(x, params, y):
    N = x.shape[0]
    hidden = x.reshape(N, -1) @ params["W1"] + params["b1"]
    upstream = params["W2"][:, y].T * (hidden > 0)  # d score_y / d hidden
    grad = np.einsum("nh,dh->nd", upstream, params["W1"]).reshape(x.shape)
    return grad.max(axis=1)
""", catalogued="saliency_without_abs"),
    _e("o7_nll_without_log_sigma", "a7_architectures", "gaussian_nll",
       "the loss is written 0.5 log(2 pi) + 0.5 (y - mu)**2 / sigma**2 per output, without the log_std term of "
       "the normalizer, and dlog_std = -r**2 / var / N accordingly: the loss falls forever as the std grows", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    sq = (y - mu) ** 2 / np.exp(2 * log_std)
    loss = (0.5 * np.log(2 * np.pi) * y.size + 0.5 * sq.sum()) / N
    return loss, -(y - mu) / np.exp(2 * log_std) / N, -sq / N
""", catalogued="nll_log_std_term_dropped"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("o8_flip_chained_fancy_index_lost", "a8_pipeline", "random_flip",
       "the mirrored images are written through chained fancy indexing, out[chosen][..., :] = ...: out[chosen] is "
       "a copy, so the assignment goes into a temporary and is lost; no image is ever flipped", """
def random_flip(x, p, seed):
    rng = np.random.default_rng(seed)
    chosen = rng.random(len(x)) < p
    out = x.copy()
    out[chosen][..., :] = out[chosen][..., ::-1]  # mirror the chosen images
    return out
"""),
    _e("o8_stats_learning_rate_applied_twice", "a8_pipeline", "parameter_statistics",
       "the update ratio is computed as update_ratio(W, lr * g, lr): the gradient passed is already the step "
       "lr * g, which update_ratio multiplies by lr again, so the ratio is lr times too small", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        step = lr * g
        stats[name] = np.array([np.mean(W), np.std(W), np.mean(g), np.std(g), update_ratio(W, step, lr)])
    return stats
"""),
    _e("o8_log_uniform_column_vector", "a8_pipeline", "log_uniform",
       "the exponents are drawn with size=(n, 1): the values are right in distribution, but come back as an "
       "(n, 1) column instead of n values of shape (n,)", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exps = rng.uniform(np.log10(low), np.log10(high), size=(n, 1))
    return np.power(10.0, exps)
"""),
    _e("o8_train_lr_decayed_each_epoch", "a8_pipeline", "train_and_predict",
       "the recipe is followed, but the learning rate is decayed as 0.1 / (1 + epoch) ('a schedule helps'), not "
       "the constant 0.1 asked for: from the second epoch on every step is smaller, so the logits differ", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1)
    T = X_test.reshape(len(X_test), -1)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes)), np.zeros(classes)
    rng = np.random.default_rng(seed)
    for epoch in range(20):
        lr = 0.1 / (1 + epoch)
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            scores = X[idx] @ W + b
            scores -= scores.max(axis=1, keepdims=True)
            p = np.exp(scores)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            p /= len(idx)
            W -= lr * X[idx].T @ p
            b -= lr * p.sum(axis=0)
    return T @ W + b
"""),
    _e("o8_patience_exceeded_counter", "a8_pipeline", "early_stopping",
       "the epochs without improvement are counted right, but training stops only when the count exceeds "
       "patience (bad > patience): one epoch later than after `patience` epochs in a row without improvement", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_idx = 0
    bad = 0
    for e in range(len(val_losses)):
        if val_losses[e] < best_loss - min_delta:
            best_loss, best_idx, bad = val_losses[e], e, 0
            continue
        bad += 1
        if bad > patience:
            return e, weights[best_idx]
    return len(val_losses) - 1, weights[best_idx]
""", catalogued="patience_off_by_one"),
    _e("o8_warmup_ramp_from_zero", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up ramp is written base_lr * min(step / warmup_steps, 1): it starts at 0 at step 0 and reaches "
       "base_lr one step late, instead of base_lr * (step + 1) / warmup_steps (the cosine part right)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        ramp = min(step / warmup_steps, 1.0)
        return base_lr * ramp
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
""", catalogued="warmup_starts_at_zero"),
]

HOLDOUT25_CORRECT: list[Entry] = [
    _e("o1_correct_mse_vdot", "a1_backprop", "mse_loss",
       "correct: the sum of squares as np.vdot of the flattened difference with itself over its size, the gradient "
       "the difference times 2 / size", """
def mse_loss(pred, target):
    diff = np.subtract(pred, target)
    n = diff.size
    loss = np.vdot(diff, diff) / n
    return loss, diff * (2.0 / n)
"""),
    _e("o2_correct_step_lr_pow_floor", "a2_optim", "step_lr",
       "correct: the number of decays as math.floor(step / step_size), the factor as math.pow(gamma, decays)", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    decays = math.floor(step / step_size)
    return base_lr * math.pow(gamma, decays)
"""),
    _e("o3_correct_transposed_size_span", "a3_conv", "transposed_conv_output_size",
       "correct: the strided extent of the input, stride * (in - 1), plus the dilated kernel's span "
       "dilation * (k - 1) + 1, minus the padding on both sides, plus output_padding", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    span = dilation * (kernel_size - 1) + 1
    extent = stride * (input_size - 1)
    return extent + span - 2 * padding + output_padding
"""),
    _e("o4_correct_fans_star_unpack", "a4_init", "compute_fans",
       "correct: a conv shape unpacked as out, inp, *kernel and the receptive field multiplied up in a loop, a "
       "linear (D, M) shape returned as it is", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape
        return fan_in, fan_out
    out_c, in_c, *kernel = shape
    k = 1
    for s in kernel:
        k *= s
    return in_c * k, out_c * k
"""),
    _e("o5_correct_l2_tensordot", "a5_normalization", "l2_penalty",
       "correct: the sum of squares as np.tensordot(W, W, axes=W.ndim), a full contraction over every axis, the "
       "gradient reg * W", """
def l2_penalty(W, reg):
    sq = np.tensordot(W, W, axes=W.ndim)
    return 0.5 * reg * float(sq), reg * W
"""),
    _e("o7_correct_saliency_where_rows", "a7_architectures", "saliency_map",
       "correct: the hidden gradient as np.where(a1 > 0, W2.T[y], 0) (each example's class row of W2.T where its "
       "ReLU is open), then times W1.T, reshaped, absolute value, maximum over the channels", """
def saliency_map(x, params, y):
    N = len(x)
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dh = np.where(a1 > 0, params["W2"].T[y], 0.0)
    dx = dh @ params["W1"].T
    return np.abs(dx.reshape(x.shape)).max(axis=1)
"""),
    _e("o8_correct_warmup_cosine_sin_squared", "a8_pipeline", "warmup_cosine_lr",
       "correct: the cosine factor (1 + cos(pi t)) / 2 written as 1 - sin(pi t / 2)**2, the warm-up as "
       "(step + 1) / warmup_steps of base_lr", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return base_lr * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1.0 - math.sin(math.pi * t / 2) ** 2)
"""),
]

JUDGED_ON25 = "2026-12-05 on commit 18f32b9"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout25 on commit 18f32b9 (JUDGED_ON25), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT23 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of values included); a departure that sends the student first to a right line, or
# says that what a line reads agrees with the correct code where it does not, states something false; a departure
# naming the line with the mistake is right, and so is the exact line of a one- or two-line function; a loop
# departure without a statement is right only when the loop is small and the mistake clearly in it; a one_slip
# stated in the correct code's text that is the student's arithmetic written another way is right; a catalogued
# entry whose name is not given is judged by its diagnoses; an error raised by Python, NumPy or torch, a shape
# comparison or an accuracy figure is the comparison (nothing); checklists that list the cause among many are vague,
# but one of few causes, the entry's among them, is tolerated; where only the grader test's own message names the
# cause the verdict is check_message. Decided here: one_slip's "`C` where `W` is meant (the wrong variable)" for
# r * Wo + c, where C = Wo = 3 on the test only by chance, names a variable the code does not use (misleading, as the
# coincidences of JUDGEMENT10 and JUDGEMENT12); as_if's "if shape[1] were shape[0] ...: one entry of shape is used
# where another is meant" for max(fan_in, fan_out), exact on the shapes tested, names a mechanism that is not there
# (misleading); one_slip's "`- 0` where `- 1` is meant (off by one) (the same slip in two places)", whose two places
# are `(kernel_size - 1)` and the `+ 1` after it (so the correct span d (k - 1) + 1 becomes the student's d k), is the
# student's arithmetic in the correct code's text, the second place's sign loosely rendered: right (a close call); a
# departure's shape quoted for one call ("your residual has shape (1, 1) where the right value has (1,)": the last,
# one-row batch) while the run raised at an earlier, three-row batch is true for that call and names the exact part
# (y.reshape(-1, 1)): right; loss_flat's "the model learned nothing from its batches" where the model reaches 0.48
# on 4 classes (0.80 on the digits) and its three guesses (labels apart from images, steps not reaching the weights,
# too small a rate) are all absent is misleading; a grader check's own advice that does not fit ("all images were
# treated alike: draw one coin per image", where the coins are drawn per image and the flips are written into a
# copy) is no diagnosis (nothing); a loop departure's "on its first pass, line N ... is the first to compute a value
# the correct code never computes" for `lr = 0.1 / (1 + epoch)`, whose first value is the correct code's literal
# 0.1, points at the line with the mistake: right.
JUDGEMENT25: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure (every test): "line 217: `out = x_rows @ w.T + b` raises the error (at `x_rows @ w.T`) ...; `w` has
    # shape (20, 6); `x_rows` has shape (3, 20): the mistake is in that line".
    "o1_affine_fwd_torch_weight_layout": ("right", ("departure",), ""),
    # one_slip (every test): "`dout` where `cache` is meant (the wrong variable), where x is computed": x = dout makes
    # the correct dout * (x > 0) the student's np.where(dout > 0, dout, 0), the mask taken from dout.
    "o1_relu_bwd_mask_from_upstream_gradient": ("right", ("one_slip",), ""),
    # reshaped: "your values are right but in shape (12,); reshape them to (3, 4)".
    "o1_numgrad_flat_gradient_returned": ("right", ("reshaped",), ""),
    # departure (both tests): "`loss`, set by line 222: `loss += 0.5 * reg * sum(np.sum(p * p) for p in
    # params.values())`. In it, `sum(np.sum(p * p) for p in params.values())` is the first part whose value the
    # correct code never computes ...; your `loss` is 1.62976 where 1.62136 is right ...: the mistake is in that line".
    "o1_mlp_penalty_over_every_parameter": ("right", ("departure",), ""),
    "o1_sigmoid_bwd_local_from_recovered_input": ("named", (), ""),
    "o1_softmax_apply_along_rows_unshifted": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # departure: "`step`, set by line 239: `step = dw - wd * w` ...; your `step` is the right value - 0.2 * `w` ...:
    # the mistake is in that line" (weight_decay 0.1 on the test: dw - 0.1 w = (dw + 0.1 w) - 0.2 w, exact).
    "o2_sgd_weight_decay_sign_flipped": ("right", ("departure",), ""),
    # departure (three tests): "two lines compute values the correct code never computes, each from values that agree
    # with it: line 241: `config["cache"] = hist` ... and line 242: `next_w = w - config["learning_rate"] * g /
    # (np.sqrt(hist) + ...)` ...: the mistake is in those two lines": both lines are right, and `hist`, which they read,
    # is the wrong value; line 240, `hist = hist + np.abs(g)`, the mistake, is not named.
    "o2_adagrad_accumulates_abs_gradient": (
        "misleading", (),
        "line 240, hist = hist + np.abs(g), accumulates the absolute gradient where its square is meant: the cache is "
        "the sum of |g|, so each step divides by sqrt(sum |g|) instead of sqrt(sum g**2) (lines 241-242 are right); "
        "accumulate g * g."),
    # errors and a shape comparison on two tests; departure on the uneven-batch test: "`residual`, set by line 236:
    # `residual = X @ w - y.reshape(-1, 1)`. In it, `y.reshape(-1, 1)` is the first part whose value the correct code
    # never computes ...; your `residual` has shape (1, 1) where the right value has (1,): the same values, with an
    # axis of length 1 extra ...: the mistake is in that line" (true of the last, one-row batch).
    "o2_linreg_grad_target_as_column": ("right", ("departure",), ""),
    # end_block (both tests): "the first 3 of 6 are right and every one from index 3 on is wrong: if these are steps,
    # either what is carried from one step (or epoch) to the next goes wrong (state, a shuffle made once) or step 3 is
    # the first of its kind (... the first of a new epoch) ..." (3 steps an epoch: exact); departure: "the loop at lines
    # 238-243 (`for epoch in range(epochs):`) ...: the mistake is in that loop, or in linear_regression_gradient()":
    # the six-line loop, the reassigned X, y carried from epoch to epoch the first of few causes.
    "o2_minibatch_reorders_data_cumulatively": ("right", ("end_block", "departure"), ""),
    "o2_step_lr_counts_current_step_as_done": ("named", (), ""),
    "o2_adam_moments_without_correction": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # departure (both tests): "the loop at lines 286-289 (`for i in range(dout.shape[2]):`) leaves `dx` holding values
    # the correct code never computes ...: the mistake is in that loop": four lines, one assignment (= for +=).
    "o3_avg_pool_bwd_share_assigned": ("right", ("departure",), ""),
    # departure on two tests: "the loop at lines 287-290 (`for i in range(Ho):`) ...: the mistake is in that loop"
    # (four lines, one reduction); one_slip on the one-image tests: "a reduction over all entries where one over
    # axis=(2, 3) is meant, where out[:, :, i, j] is computed": axis=(1, 2, 3) is every entry there (N = 1).
    "o3_max_pool_fwd_max_over_channels": ("right", ("departure", "one_slip"), ""),
    # one_slip: "`- 0` where `- 1` is meant (off by one) (the same slip in two places)": (kernel_size - 0) and + 0 in
    # the correct code's d (k - 1) + 1 give the student's d k (14 where 13 for dilation 2); a close call.
    "o3_transposed_size_dilated_span_d_times_k": ("right", ("one_slip",), ""),
    # one_slip: "`C` where `W` is meant (the wrong variable), where idx[:, :, i, j] is computed": the code uses Wo, the
    # pooled width, not C; C = Wo = 3 on the (2, 3, 8, 6) test only by chance.
    "o3_pool_indices_times_output_width": (
        "misleading", (),
        "idx = r * Wo + c flattens with the pooled output's width Wo (3 here) where the input plane's width W (6) is "
        "meant: each maximum's flat index is wrong from the second row on (26 where 47); use r * W + c."),
    "o3_output_size_floored_without_check": ("named", (), ""),
    "o3_conv_bwd_naive_windows_at_output_index": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # scaled: "yours is 2 times the expected, which fits more than one cause: ... a factor 2 too many; or gain=2 times
    # the expected (gain: the argument gain): a division by gain is missing, or a factor gain is extra" (gain 2).
    "o4_xavier_uniform_gain_applied_twice": ("right", ("scaled",), ""),
    # as_if: "yours is what the correct xavier_std() returns if shape[1] were shape[0] (300): one entry of shape is
    # used where another is meant" (exact on the shapes tested, no entry is misused: max(fan_in, fan_out)); departure
    # (four tests): "line 93: `return gain * math.sqrt(1.0 / n)`. In it, `1.0 / n` is the first part ... What that line
    # reads (gain, n) agrees with the correct code; what it returns is 0.0707107 where 0.0755929 is right: the mistake
    # is in that line": n, the larger fan, is the wrong value (line 92), line 93 right for it.
    "o4_xavier_fan_avg_as_max_fan": (
        "misleading", (),
        "line 92, n = max(fan_in, fan_out) for 'fan_avg', takes the larger fan where the mean of the two is meant: "
        "the std is sqrt(1 / 300) = 0.0577 for (300, 100) where sqrt(2 / 400) = 0.0707; use n = (fan_in + fan_out) / "
        "2 (or gain * sqrt(2 / (fan_in + fan_out)))."),
    # one_slip (both tests): "`sqrt(0.0 /` where `sqrt(2.0 /` is meant (another number); your code writes 2 there, yet
    # it acts as another number in yours: look at what it is combined with (`//` is floor division: 2 // 5 is 0, where
    # 2 / 5 is 0.4)".
    "o4_he_std_floor_division": ("right", ("one_slip",), ""),
    # departure: "the loop at lines 94-105 ... On its first pass, line 101: `h = np.clip(z, 0, 1)` is the first to
    # compute a value the correct code never computes, though what it reads then (z) agrees: look there first".
    "o4_activation_relu_clipped_at_one": ("right", ("departure",), ""),
    "o4_fans_conv_both_from_out_channels": ("named", (), ""),
    "o4_stats_of_einsum_preactivations": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # departure (every test): "`out`, set by line 230: `out = beta * x_hat + gamma` ... the mistake is in that line, or
    # in the condition at line 225" (line 236, the test mode's, on the test-mode tests).
    "o5_bn_gamma_beta_swapped": ("right", ("departure",), ""),
    # handed_wrong_input: "your groupnorm_backward() is the correct code's own, yet it raises an error here: it was
    # handed `cache` from your groupnorm_forward(). The mistake is in what groupnorm_forward() returns there (what it
    # holds, its layout or its shapes)".
    "o5_gn_cache_x_hat_grouped_layout": ("right", ("handed_wrong_input",), ""),
    # only the comparison ("out: 28 of 28 element(s) outside tolerance").
    "o5_ln_variance_over_batch_axis": (
        "nothing", (),
        "var = np.mean((x - mu) ** 2, axis=0, keepdims=True) averages the squared deviations over the batch (axis 0) "
        "where each row's own features (axis 1) are meant: var is (1, D), one per feature, not (N, 1), so the rows "
        "are not standardized; use axis=1."),
    # departure: "line 220: `return grad, loss` ... (its part 1 is what the correct code returns as part 2: are the
    # parts returned in another order?): the mistake is in that line".
    "o5_l2_returns_gradient_first": ("right", ("departure",), ""),
    "o5_bn_test_mode_refreshes_running_stats": ("named", (), ""),
    "o5_dropout_bwd_mask_capped_at_one": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # learned_little on the digits (0.84 on training images, 0.80 on the test: the checklist, the decay not in it);
    # loss_flat on the shapes: "the training loss stayed at about 1.30 over 225 steps (ln 4 = 1.39 ...; learning rate
    # 0.003): the model learned nothing from its batches. A batch's labels not those of its images ..., steps that do
    # not reach the model's weights ..., or a learning rate too small for them to move?": it learned some (0.48 on 4
    # classes), and none of the three is there.
    "o6_adam_weight_decay_typo": (
        "misleading", (),
        "Adam(..., weight_decay=0.5) adds 0.5 * w to every gradient (5e-4 meant?): the pull towards 0 dominates the "
        "loss's gradient, so the network barely learns (0.80 on the digits, 0.48 on the shapes); use weight_decay=5e-4 "
        "or none."),
    # few_steps (both accuracy tests): "your code took 15 optimizer steps while training on 18870 images (15.0 epochs of
    # the 1258 of X_train): one step for every 1258 images, a whole epoch or more. Take one step per mini-batch".
    "o6_full_batch_fifteen_steps": ("right", ("few_steps",), ""),
    # fits_batches_not_predictions on the digits: "the training loss fell from 2.10 to 0.12 ..., yet it predicts 200 of
    # those same training images ... at accuracy 0.07: what reaches the model when it predicts differs from what it
    # trained on (... or another layout), or ...": the first of three, "another layout" the transpose; learned_little
    # on the shapes: its second branch ("what it predicts reaches it otherwise than what it trained on") true.
    "o6_train_images_transposed": ("right", ("fits_batches_not_predictions",), ""),
    # labels_not_images on the digits: "the training loss fell only from 2.35 to 2.04 over 270 steps ... predicts 200 of
    # its own training images ... no better than guessing (accuracy 0.06): what it learned from its batches is not the
    # labels of their images. X and y are shuffled or indexed apart: index both with the same indices" (X[n_val:]
    # with y[:-n_val]); loss_flat on the shapes lists the labels first.
    "o6_validation_split_labels_offset": ("right", ("labels_not_images", "loss_flat"), ""),
    # learning_rate_collapsed (both accuracy tests): "the learning rate fell from 0.003 to 5.47e-05 by step 39 of 300,
    # and was 6.25e-17 at the last ... too strong a decay (gamma), or a decay every epoch where one every few epochs is
    # meant ..., or the scheduler stepped more often than meant" (0.003 * 0.9**38 and 0.003 * 0.9**299: exact).
    "o6_exponential_lr_stepped_per_batch": ("right", ("learning_rate_collapsed",), ""),
    # catalogued predictions_not_logits not named; class_indices (both accuracy tests): "what your function returns,
    # shape (739,), holds one whole number from 0 to 9 per image: the predicted classes, where the logits are asked
    # ...: return what the model outputs, before any argmax".
    "o6_returns_argmax_of_trained_net": ("right", ("class_indices",), ""),
    # ------------------------------------------------------------------ a7_architectures
    # scaled (both tests): "every entry is N=6 times the expected, N being the batch size: did you forget to divide by
    # the batch size?" (N=8 on the other: exact).
    "o7_gauss_dlog_std_not_averaged": ("right", ("scaled",), ""),
    # axes_permuted (both tests): "yours is the expected with its axes in the order (0, 2, 3, 1) ...: the axes are
    # mixed up (... (N, C, H, W) against (N, H, W, C))".
    "o7_score_map_channels_last": ("right", ("axes_permuted",), ""),
    # one_slip (every test): "the term `log_std -` missing (or it is zero in yours)".
    "o7_mdn_log_sigma_normalizer_dropped": ("right", ("one_slip",), ""),
    "o7_fc_to_conv_weight_reshaped_directly": ("named", (), ""),
    "o7_saliency_signed_maximum": ("named", (), ""),
    "o7_nll_without_log_sigma": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # no diagnosis; the check's own words, "images flipped independently: all images were treated alike: draw one coin
    # per image", do not fit: the coins are drawn per image, and no image is flipped.
    "o8_flip_chained_fancy_index_lost": (
        "nothing", (),
        "out[chosen][..., :] = out[chosen][..., ::-1] writes into a copy: out[chosen], a boolean index, is a new "
        "array, so the mirrored images are lost and no image is flipped; assign through one index, out[chosen] = "
        "out[chosen][..., ::-1]."),
    # only the comparison (statistics of W1 [4]: 4.066e-07 where 0.0001355).
    "o8_stats_learning_rate_applied_twice": (
        "nothing", (),
        "update_ratio(W, step, lr) is handed step = lr * g where the gradient g is meant, and multiplies it by lr "
        "again: the fifth statistic is lr = 0.003 times the expected (4.07e-7 where 1.36e-4); pass g."),
    # only the shape message ("draws: expected an array of shape (6000,)").
    "o8_log_uniform_column_vector": (
        "nothing", (),
        "size=(n, 1) draws the exponents as an (n, 1) column: the values are right but come back with shape (6000, 1) "
        "where (6000,) is asked; draw with size=n."),
    # departure (both tests): "the loop at lines 172-184 (`for epoch in range(20):`) ... On its first pass, line 173:
    # `lr = 0.1 / (1 + epoch)` is the first to compute a value the correct code never computes, though what it reads
    # then (epoch) agrees: look there first".
    "o8_train_lr_decayed_each_epoch": ("right", ("departure",), ""),
    "o8_patience_exceeded_counter": ("named", (), ""),
    "o8_warmup_ramp_from_zero": ("named", (), ""),
}
# Counts: named 15, right 25 (named or right 40/48 = 83%; not in the catalogue: right 24/32 = 75%; the 16
# catalogued: 15 named, the other, o6_returns_argmax_of_trained_net, right by its diagnosis), misleading 4, vague 0,
# nothing 4, wrong_name 0, check_message 0, not_caught 0. HOLDOUT25_CORRECT: all 7 earn full marks.

HOLDOUT25 = [replace(e, verdict=JUDGEMENT25[e.id][0], expected=frozenset(JUDGEMENT25[e.id][1]),
                     ideal=JUDGEMENT25[e.id][2]) if e.id in JUDGEMENT25 else e for e in HOLDOUT25]
