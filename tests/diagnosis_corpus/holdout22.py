"""A twenty-second hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 4dbf470 (JUDGED_ON22, JUDGEMENT22 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout22.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, sandbox/locals_trace.py, sandbox/training_probe.py), its tests, the
judgements of corpus.py and the earlier hold-outs, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every
right variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT22 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT22_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors
on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT22: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("i1_relu_fwd_np_max_reduction", "a1_backprop", "relu_forward",
       "the ReLU is written np.max(x, 0), NumPy's reduction whose second argument is the axis: it returns the "
       "column maxima of x, shape (D,), instead of the elementwise np.maximum(x, 0) of shape (N, D)", """
def relu_forward(x):
    out = np.max(x, 0)
    cache = x
    return out, cache
"""),
    _e("i1_mlp_dw2_from_preactivation", "a1_backprop", "two_layer_mlp_loss",
       "the net is written inline and its forward pass is right, but W2's gradient is taken with the hidden "
       "pre-activations, z1.T @ dscores, instead of the ReLU outputs that actually feed the second layer, "
       "relu(z1).T @ dscores (the loss, dW1, db1 and db2 are right)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    z1 = X @ W1 + b1
    a1 = np.maximum(z1, 0)
    scores = a1 @ W2 + b2
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    dW2 = z1.T @ dscores + reg * W2
    db2 = dscores.sum(axis=0)
    dz1 = (dscores @ W2.T) * (z1 > 0)
    dW1 = X.T @ dz1 + reg * W1
    db1 = dz1.sum(axis=0)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
"""),
    _e("i1_linreg_scaled_features_not_unscaled", "a1_backprop", "linear_regression_closed_form",
       "the columns of X are divided by their standard deviation 'to condition the normal equations', and the "
       "weights solved for the scaled features are returned as they are: each weight is its column's std times "
       "the least-squares weight (it must be divided back by the scale)", """
def linear_regression_closed_form(X, y):
    scale = X.std(axis=0)
    Xs = X / scale
    return np.linalg.solve(Xs.T @ Xs, Xs.T @ y)
"""),
    _e("i1_sigmoid_bwd_divided_by_batch", "a1_backprop", "sigmoid_backward",
       "the local derivative s * (1 - s) times dout is divided by the number of rows N 'to average over the "
       "batch': the 1/N of the mean loss is already inside dout, a layer's backward pass must not divide again",
       """
def sigmoid_backward(dout, cache):
    s = cache
    return dout * s * (1 - s) / dout.shape[0]
"""),
    _e("i1_ce_scipy_log_softmax_no_onehot", "a1_backprop", "softmax_cross_entropy_loss",
       "the loss is right (scipy's log_softmax, the correct classes' log-probabilities averaged), but dscores "
       "is softmax(scores) / N: the one-hot labels are never subtracted (1 at each row's correct class)", """
def softmax_cross_entropy_loss(scores, y):
    from scipy.special import log_softmax
    n = len(y)
    logp = log_softmax(scores, axis=1)
    loss = -np.mean(logp[np.arange(n), y])
    dscores = np.exp(logp) / n
    return loss, dscores
""", catalogued="softmax_grad_missing_one_hot"),
    _e("i1_relu_bwd_not_negative_mask", "a1_backprop", "relu_backward",
       "the mask is written ~(x < 0), 'not negative', which is x >= 0: the gradient passes where x is exactly "
       "0, where the derivative is to be taken as 0 (the mask must be x > 0)", """
def relu_backward(dout, cache):
    negative = cache < 0
    return dout * ~negative
""", catalogued="relu_derivative_at_zero_is_one"),
    # ------------------------------------------------------------------ a2_optim
    _e("i2_sgd_default_lr_1e3", "a2_optim", "sgd",
       "wrong default: the learning rate defaults to 1e-3 (Adam's, copied from the rule below) instead of the "
       "docstring's 1e-2, so a call without config['learning_rate'] takes steps ten times too small", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-3)
    return w - lr * _gradient(w, dw, config), config
"""),
    _e("i2_adagrad_one_scalar_cache", "a2_optim", "adagrad",
       "the cache accumulates np.sum(g * g), one scalar for the whole weight array (the squared norm of the "
       "gradient), instead of each weight's own squared gradients: every coordinate is divided by the same "
       "global root, so Adagrad's per-coordinate step sizes are lost", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    config["cache"] = config.get("cache", 0.0) + np.sum(g * g)
    return w - config["learning_rate"] * g / (np.sqrt(config["cache"]) + config["epsilon"]), config
"""),
    _e("i2_linreg_grad_of_sum", "a2_optim", "linear_regression_gradient",
       "the gradient is 2 X^T (X w - y), that of the sum of squared errors: the division by the number of rows "
       "N of the mean squared error is missing (and gradient_descent, which calls it, steps N times too far)",
       """
def linear_regression_gradient(w, X, y):
    residual = X @ w - y
    return 2 * X.T @ residual
"""),
    _e("i2_newton_damped_by_identity", "a2_optim", "newton_step",
       "the Newton system is solved with the identity added to the Hessian, (H + I) d = grad (a Levenberg-style "
       "damping 'for safety'): the step falls short of H^-1 grad and does not land on the quadratic's minimum",
       """
def newton_step(w, grad, hessian):
    damped = hessian + np.eye(len(w))
    return w - np.linalg.solve(damped, grad)
"""),
    _e("i2_rmsprop_history_summed", "a2_optim", "rmsprop",
       "every squared gradient is kept in a list in config and the list is summed: decay_rate is read but never "
       "applied, so the cache is Adagrad's growing sum of squares instead of a moving average", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    history = config.get("squared_grads", []) + [g ** 2]
    config["squared_grads"] = history
    mean_square = np.sum(history, axis=0)
    return w - config["learning_rate"] * g / (np.sqrt(mean_square) + config["epsilon"]), config
""", catalogued="rmsprop_without_decay"),
    _e("i2_adam_state_dict_recreated", "a2_optim", "adam",
       "the moments live in a local state dict created with zeros at every call, and only t is written into "
       "config: each step starts from m = v = 0, so the moments never accumulate (with the bias correction every "
       "step is about lr * sign(g))", """
def adam(w, dw, config=None):
    config = dict(config or {})
    for key, value in (("learning_rate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8)):
        config.setdefault(key, value)
    b1, b2 = config["beta1"], config["beta2"]
    g = _gradient(w, dw, config)
    state = {"m": np.zeros_like(w), "v": np.zeros_like(w)}
    t = config["t"] = config.get("t", 0) + 1
    state["m"] = b1 * state["m"] + (1 - b1) * g
    state["v"] = b2 * state["v"] + (1 - b2) * g * g
    m_hat = state["m"] / (1 - b1 ** t)
    v_hat = state["v"] / (1 - b2 ** t)
    return w - config["learning_rate"] * m_hat / (np.sqrt(v_hat) + config["epsilon"]), config
""", catalogued="adam_moments_not_stored"),
    # ------------------------------------------------------------------ a3_conv
    _e("i3_maxpool_fwd_caches_output", "a3_conv", "max_pool_forward",
       "the forward output is right, but the cache holds the pooled output instead of the input x, (out, "
       "pool_param): max_pool_backward searches the maxima in out's windows and builds dx with out's shape, not "
       "x's", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.empty((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].max(axis=(2, 3))
    return out, (out, pool_param)
"""),
    _e("i3_transposed_size_precedence", "a3_conv", "transposed_conv_output_size",
       "the parentheses around (input_size - 1) are missing: input_size - 1 * stride is read as input_size - "
       "stride, instead of (input_size - 1) * stride (right only for stride 1)", """
def transposed_conv_output_size(input_size, kernel_size, stride=1, padding=0, output_padding=0, dilation=1):
    return input_size - 1 * stride - 2 * padding + dilation * (kernel_size - 1) + output_padding + 1
"""),
    _e("i3_avgpool_fwd_ceil_mode", "a3_conv", "avg_pool_forward",
       "the output size is rounded up (ceil mode): when the windows do not tile the input, one more row and "
       "column of windows is kept, running past the input and averaged over the part inside it, where the "
       "docstring asks for 1 + (H - pool_height) // stride (rounded down)", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho = -(-(H - ph) // s) + 1
    Wo = -(-(W - pw) // s) + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].mean(axis=(2, 3))
    return out, (x, pool_param)
"""),
    _e("i3_separable_pointwise_with_kernel", "a3_conv", "depthwise_separable_param_count",
       "copy-paste slip: the pointwise convolution is counted with kernel_size (a k x k convolution from "
       "in_channels to out_channels) instead of 1: a pointwise convolution is 1 x 1", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    depthwise = conv_param_count(in_channels, in_channels, kernel_size, bias, groups=in_channels)
    pointwise = conv_param_count(in_channels, out_channels, kernel_size, bias)
    return depthwise + pointwise
"""),
    _e("i3_avgpool_bwd_transposed_conv_of_ones", "a3_conv", "avg_pool_backward",
       "each window's gradient is spread with a transposed convolution whose kernel is all ones (stride s, every "
       "channel as an image of its own): the window's area pool_height * pool_width is never divided out, so "
       "each input gets the whole dout of each window it is in", """
def avg_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    _, _, Ho, Wo = dout.shape
    ones = np.ones((1, 1, ph, pw))
    spread = conv_transpose_forward(dout.reshape(N * C, 1, Ho, Wo), ones, np.zeros(1), {"stride": s, "pad": 0})
    dx = np.zeros((N * C, 1, H, W))
    dx[:, :, :spread.shape[2], :spread.shape[3]] = spread
    return dx.reshape(N, C, H, W)
""", catalogued="avg_pool_gradient_not_divided"),
    _e("i3_conv_bwd_loops_windows_at_ij", "a3_conv", "conv_backward_naive",
       "four loops over images, filters and output positions, but each output (i, j) reads and scatters into "
       "the window starting at (i, j) instead of (i * stride, j * stride): dw and dx are wrong whenever "
       "stride > 1 (db right)", """
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
                    g = dout[n, f, i, j]
                    dw[f] += g * xp[n, :, i:i + HH, j:j + WW]
                    dxp[n, :, i:i + HH, j:j + WW] += g * w[f]
    return dxp[:, :, pad:pad + H, pad:pad + W], dw, db
""", catalogued="backward_ignores_stride"),
    # ------------------------------------------------------------------ a4_init
    _e("i4_stats_lists_aliased", "a4_init", "activation_statistics",
       "the two result lists are created with one chained assignment, means = variances = []: both names are "
       "the same list, so every mean and every variance goes into it and both returned arrays hold all 2L "
       "values interleaved (mean, variance, mean, ...) instead of L each", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    means = variances = []
    h = X
    for W in weights:
        h = acts[activation](h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("i4_he_std_float32", "a4_init", "he_std",
       "He's std is computed in single precision, np.sqrt(np.float32(2) / np.float32(fan_in)) ('the weights "
       "will be float32 anyway'): the returned std is right only to about 1e-7, not to double precision", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    return np.sqrt(np.float32(2.0) / np.float32(fan_in))
"""),
    _e("i4_xavier_uniform_draws_normal", "a4_init", "xavier_uniform",
       "copied from xavier_normal: the weights are drawn from the normal N(0, std**2) instead of the uniform "
       "U(-a, a) with a = sqrt(3) * std (the variance is right, the distribution and its bounds are not)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, xavier_std(shape, mode, gain), size=shape)
"""),
    _e("i4_xavier_std_geometric_mean_fans", "a4_init", "xavier_std",
       "the 'average' of the fans in mode fan_avg is taken as their geometric mean sqrt(fan_in * fan_out) "
       "instead of their arithmetic mean (fan_in + fan_out) / 2: the std is gain / (fan_in * fan_out)**(1/4), "
       "right only when the two fans are equal (mode fan_in right)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    n = math.sqrt(fan_in * fan_out) if mode == "fan_avg" else fan_in
    return gain / math.sqrt(n)
"""),
    _e("i4_fans_chained_from_out_channels", "a4_init", "compute_fans",
       "for a conv weight one chained assignment, fan_in = fan_out = out_channels * kh * kw, sets both fans "
       "from the out-channel axis: fan_in must be in_channels * kh * kw (linear weights right)", """
def compute_fans(shape):
    if len(shape) == 2:
        return shape[0], shape[1]
    out_channels, in_channels, *kernel = shape
    fan_in = fan_out = out_channels * math.prod(kernel)
    return fan_in, fan_out
""", catalogued="conv_fan_in_wrong_axis"),
    _e("i4_he_normal_randn", "a4_init", "he_normal",
       "the draws are np.random.randn(*shape) scaled by he_std: NumPy's global generator, the seed argument is "
       "never used, so a seed does not reproduce its weights (and the global stream is consumed)", """
def he_normal(shape, seed):
    return np.random.randn(*shape) * he_std(shape)
""", catalogued="global_seed_in_he_normal"),
    # ------------------------------------------------------------------ a5_normalization
    _e("i5_gn_bwd_gamma_forgotten", "a5_normalization", "groupnorm_backward",
       "the simplified group-norm formula is applied to dout itself instead of dx_hat = dout * gamma (per "
       "channel): dx misses the factor gamma (dgamma and dbeta right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = (dout * x_hat).sum(axis=(0, 2, 3))
    dbeta = dout.sum(axis=(0, 2, 3))
    g = dout.reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[2]
    dx = inv_std / M * (M * g - g.sum(axis=2, keepdims=True) - xh * (g * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("i5_gn_fwd_variance_mean_of_channel_vars", "a5_normalization", "groupnorm_forward",
       "the group's mean is right, but its variance is the average of the per-channel variances (each channel "
       "over H, W around its own mean): the spread between the channel means of a group is left out, so the "
       "variance is too small and x_hat too large", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, C // groups, H * W)
    mu = xg.mean(axis=(2, 3), keepdims=True)
    var = xg.var(axis=3, keepdims=True).mean(axis=2, keepdims=True)
    inv = 1 / np.sqrt(var + eps)
    x_hat = ((xg - mu) * inv).reshape(N, C, H, W)
    out = gamma[None, :, None, None] * x_hat + beta[None, :, None, None]
    return out, (x_hat, gamma, inv.reshape(N, groups, 1), groups)
"""),
    _e("i5_bn_alt_variance_term_sign", "a5_normalization", "batchnorm_backward_alt",
       "sign slip in the simplified formula: the variance term is added, + x_hat * sum(dx_hat * x_hat), "
       "instead of subtracted (dgamma and dbeta right; spatial_batchnorm_backward, which calls it, is wrong "
       "too)", """
def batchnorm_backward_alt(dout, cache):
    x_hat, gamma, inv_std = cache
    N = dout.shape[0]
    g = dout * gamma
    dx = inv_std / N * (N * g - g.sum(axis=0) + x_hat * (g * x_hat).sum(axis=0))
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
"""),
    _e("i5_dropout_fair_coin", "a5_normalization", "dropout_forward",
       "each unit's coin is rng.integers(0, 2), a fair coin: every unit is kept with probability 1/2 whatever "
       "p, though the kept ones are scaled by 1 / p (right only for p = 0.5)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    keep = rng.integers(0, 2, size=x.shape).astype(bool)
    mask = keep / p
    return x * mask, mask
"""),
    _e("i5_layernorm_features_as_rows", "a5_normalization", "layernorm_forward",
       "the data are taken to be laid out (D, N), one row per feature: each row of x.T, a feature over the "
       "batch, is normalized and transposed back, which are batch norm's statistics (over axis 0) instead of "
       "each example's over its own D features", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    feats = x.T
    mu = feats.mean(axis=1, keepdims=True).T
    inv_std = (1 / np.sqrt(feats.var(axis=1, keepdims=True) + eps)).T
    x_hat = (x - mu) * inv_std
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
""", catalogued="layernorm_stats_over_batch"),
    _e("i5_dropout_bwd_scale_undone", "a5_normalization", "dropout_backward",
       "the backward pass recovers p as 1 / mask.max() and multiplies the cached mask by it, undoing the 1 / p "
       "scale: the kept units' gradient is dout instead of dout / p (the mask's 0/1 pattern only)", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    p = 1.0 / cache.max()
    return dout * cache * p
""", catalogued="dropout_backward_drops_scale"),
    # ------------------------------------------------------------------ a6_cnn
    _e("i6_grad_clip_max_norm_zero", "a6_cnn", "train_and_predict",
       "gradient clipping is called with max_norm=0.0, meant as 'no clipping' (as 0 disables it in some "
       "trainers' settings), but clip_grad_norm_ scales every gradient to norm 0: Adam gets zero gradients and "
       "never moves the weights, so the model stays at its initialization (only batch norm's running "
       "statistics change)", """
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
    max_grad_norm = 0.0  # 0: no clipping
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            nn.utils.clip_grad_norm_(model.parameters(), max_norm=max_grad_norm)
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("i6_gradient_accumulation_64_batches", "a6_cnn", "train_and_predict",
       "gradient accumulation copied from a large-model recipe: the loss is divided by 64 and the optimizer "
       "steps only once every 64 mini-batches, so the 15 epochs of about 20 batches give a handful of Adam "
       "steps of lr 3e-3: the network is barely trained", """
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
    accumulation = 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    seen = 0
    start = time.monotonic()
    opt.zero_grad()
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx]) / accumulation
            loss.backward()
            seen += 1
            if seen % accumulation == 0:
                opt.step()
                opt.zero_grad()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("i6_cross_entropy_arguments_swapped", "a6_cnn", "train_and_predict",
       "the loss is called cross_entropy(y[idx], logits), labels first as in scikit-learn's metric(y_true, "
       "y_pred): torch's cross_entropy takes the logits first and the targets second, so the first batch "
       "raises (the integer labels are taken as the input)", """
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
            logits = model(X[idx])
            loss = nn.functional.cross_entropy(y[idx], logits)
            loss.backward()
            opt.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("i6_in_channels_from_last_axis", "a6_cnn", "train_and_predict",
       "the number of input channels is read from the last axis, X_train.shape[-1] (the channels-last habit of "
       "Keras, (N, H, W, C)), but the images are (N, C, H, W): the first convolution is built for W input "
       "channels and the first forward pass raises", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[-1]
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
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("i6_topk_indices_returned", "a6_cnn", "train_and_predict",
       "a trained model, but the function returns torch.topk(logits, k=1).indices squeezed to (M,), the "
       "predicted class of each test image, instead of the (M, n_classes) logits the grader takes the argmax "
       "of", """
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
        logits = model(torch.tensor(X_test, device=device))
    return torch.topk(logits, k=1, dim=1).indices.squeeze(1).cpu().numpy()
""", catalogued="predictions_not_logits"),
    _e("i6_split_labels_not_permuted", "a6_cnn", "train_and_predict",
       "a 10% validation split: the images are split by a permutation, X[perm[:n_fit]], but the labels are "
       "sliced in their original order, y[:n_fit]: each image is trained with another image's label, so the "
       "model learns nothing", """
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
    perm = np.random.default_rng(seed).permutation(len(y_train))
    n_fit = int(0.9 * len(y_train))
    X = torch.tensor(X_train[perm[:n_fit]], device=device)
    y = torch.tensor(y_train[:n_fit], device=device)
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
""", catalogued="labels_shuffled"),
    # ------------------------------------------------------------------ a7_architectures
    _e("i7_score_map_averaged_over_windows", "a7_architectures", "fc_score_map",
       "the classifier's scores of every window are averaged into one (N, M) score per image (as in multi-crop "
       "evaluation) instead of being returned as the (N, M, H2 - H + 1, W2 - W + 1) map of the windows' scores",
       """
def fc_score_map(x, W, b, in_shape):
    C, H, W_ = in_shape
    N, _, H2, W2 = x.shape
    scores = []
    for i in range(H2 - H + 1):
        for j in range(W2 - W_ + 1):
            scores.append(x[:, :, i:i + H, j:j + W_].reshape(N, -1) @ W + b)
    return np.mean(scores, axis=0)
"""),
    _e("i7_cam_divided_by_area", "a7_architectures", "class_activation_map",
       "each map is divided by H * W ('so that the map averages to the class score', the pooling's 1 / (H W) "
       "carried over): the CAM is the weighted sum of the feature maps, sum_c W[c, k] features[c], without "
       "that factor", """
def class_activation_map(features, W, classes):
    N, C, H, Wd = features.shape
    cam = np.einsum("nchw,nc->nhw", features, W[:, classes].T)
    return cam / (H * Wd)
"""),
    _e("i7_saliency_gradient_times_input", "a7_architectures", "saliency_map",
       "the gradient of scores[n, y[n]] with respect to x is right, but it is multiplied by the input before "
       "the absolute value and the maximum over the channels (gradient x input attribution): the saliency is "
       "max_c |dx|, of the gradient alone", """
def saliency_map(x, params, y):
    N = x.shape[0]
    a1 = x.reshape(N, -1) @ params["W1"] + params["b1"]
    dscores = np.zeros((N, params["W2"].shape[1]))
    dscores[np.arange(N), y] = 1
    da1 = dscores @ params["W2"].T * (a1 > 0)
    dx = (da1 @ params["W1"].T).reshape(x.shape)
    return np.abs(dx * x).max(axis=1)
"""),
    _e("i7_res_bwd_dw2_hidden_recomputed", "a7_architectures", "residual_block_backward",
       "W2's gradient is taken with the hidden units recomputed from the cache as relu(a1), which leaves out "
       "the dropout scale mask / p that the forward pass applied before W2: with dropout grads['W2'] is wrong "
       "(the cached h is the second layer's input; everything else right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    hidden = np.maximum(a1, 0)
    grads = {"W2": hidden.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = da1.sum(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("i7_nll_head_read_as_log_variance", "a7_architectures", "gaussian_nll",
       "the log_std head is read as the log-variance (log_var = log_std, the other common parameterization): "
       "the squared term is divided by exp(log_std), the std, instead of exp(2 * log_std), and the normalizer "
       "contributes 0.5 * log_std instead of log_std (gradients consistent with that loss)", """
def gaussian_nll(y, mu, log_std):
    log_var = log_std
    N = y.shape[0]
    r = y - mu
    inv_var = np.exp(-log_var)
    loss = 0.5 * np.sum(np.log(2 * np.pi) + log_var + r * r * inv_var) / N
    dmu = -r * inv_var / N
    dlog_std = 0.5 * (1 - r * r * inv_var) / N
    return loss, dmu, dlog_std
""", catalogued="nll_std_used_as_variance"),
    _e("i7_mdn_logits_as_log_weights_scipy", "a7_architectures", "mdn_nll",
       "the mixture is summed stably with scipy's logsumexp, but the logits are added to the log-densities as "
       "if they were log mixing weights: the log-softmax normalization (logits - logsumexp(logits)) is missing, "
       "so the weights do not sum to 1 (dlogits = -responsibilities / N follows from that loss)", """
def mdn_nll(y, logits, mu, log_std):
    from scipy.special import logsumexp
    N = len(y)
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    log_joint = logits - log_std - 0.5 * np.log(2 * np.pi) - 0.5 * z ** 2
    log_p = logsumexp(log_joint, axis=1, keepdims=True)
    resp = np.exp(log_joint - log_p)
    return -log_p.mean(), -resp / N, -resp * z / sigma / N, resp * (1 - z ** 2) / N
""", catalogued="mdn_logits_used_as_log_weights"),
    # ------------------------------------------------------------------ a8_pipeline
    _e("i8_crop_fresh_generator_per_axis", "a8_pipeline", "random_crop",
       "the row offsets and the column offsets each come from their own np.random.default_rng(seed): two "
       "generators with the same seed draw the same stream, so on square images every crop's row offset equals "
       "its column offset (the windows all lie on the diagonal) instead of the two being independent", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rows = np.random.default_rng(seed).integers(0, H + 2 * padding - size + 1, size=N)
    cols = np.random.default_rng(seed).integers(0, W + 2 * padding - size + 1, size=N)
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        out[i] = padded[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size]
    return out
"""),
    _e("i8_train_in_float32", "a8_pipeline", "train_and_predict",
       "the recipe is followed, but the flattened inputs (and so the weights and the whole SGD run) are cast "
       "to float32 'to save memory': the logits are single-precision numbers that drift from the float64 "
       "recipe's by far more than its rounding", """
def train_and_predict(X_train, y_train, X_test, normalize=True, seed=0):
    X = X_train.reshape(len(X_train), -1).astype(np.float32)
    T = X_test.reshape(len(X_test), -1).astype(np.float32)
    if normalize:
        X, T = normalize_splits(X, T, "standardize")
    classes = int(y_train.max()) + 1
    W, b = np.zeros((X.shape[1], classes), dtype=np.float32), np.zeros(classes, dtype=np.float32)
    rng = np.random.default_rng(seed)
    for _ in range(20):
        order = rng.permutation(len(X))
        for start in range(0, len(X), 64):
            idx = order[start:start + 64]
            scores = X[idx] @ W + b
            scores = scores - scores.max(axis=1, keepdims=True)
            probs = np.exp(scores)
            probs /= probs.sum(axis=1, keepdims=True)
            probs[np.arange(len(idx)), y_train[idx]] -= 1
            probs /= len(idx)
            W -= 0.1 * X[idx].T @ probs
            b -= 0.1 * probs.sum(axis=0)
    return T @ W + b
"""),
    _e("i8_log_grid_arange_excludes_high", "a8_pipeline", "log_grid",
       "the logarithms are stepped with np.arange(log(low), log(high), step), step = (log(high) - log(low)) / "
       "(n - 1): arange excludes its stop, so high is left out and n - 1 values come back", """
def log_grid(low, high, n):
    step = (np.log(high) - np.log(low)) / (n - 1)
    return np.exp(np.arange(np.log(low), np.log(high), step))
"""),
    _e("i8_param_stats_rms_as_std", "a8_pipeline", "parameter_statistics",
       "the two std entries are computed as the root mean square, sqrt(mean(W**2)), without subtracting the "
       "mean first: that is sqrt(std**2 + mean**2), not np.std (the means and the update ratio right)", """
def parameter_statistics(params, grads, lr):
    stats = {}
    for name, W in params.items():
        g = grads[name]
        stats[name] = np.array([W.mean(), np.sqrt(np.mean(W ** 2)), g.mean(), np.sqrt(np.mean(g ** 2)),
                                update_ratio(W, g, lr)])
    return stats
"""),
    _e("i8_warmup_fraction_from_zero", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is written as a progress fraction step / warmup_steps and returns base_lr * progress while "
       "it is below 1: the ramp starts at 0 at step 0 and reaches base_lr one step late (the docstring's ramp is "
       "(step + 1) / warmup_steps)", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    progress = step / warmup_steps if warmup_steps else 1.0
    if progress < 1.0:
        return base_lr * progress
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
""", catalogued="warmup_starts_at_zero"),
    _e("i8_normalize_mean_image_averaged_per_channel", "a8_pipeline", "normalize_splits",
       "the mean image (and the image of squared deviations) is averaged once more over each channel's pixels, "
       "'one statistic per colour channel': per-channel statistics over the examples and the pixels, where the "
       "docstring asks for per-pixel ones over the examples only, X_train.mean(axis=0)", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    pixels = tuple(range(1, X_train.ndim - 1))
    mean = X_train.mean(axis=0).mean(axis=pixels, keepdims=True)
    if mode == "mean_image":
        return X_train - mean, X_test - mean
    std = np.sqrt(((X_train - mean) ** 2).mean(axis=0).mean(axis=pixels, keepdims=True)) + eps
    return (X_train - mean) / std, (X_test - mean) / std
""", catalogued="statistics_per_channel"),
]

HOLDOUT22_CORRECT: list[Entry] = [
    _e("i1_correct_relu_fwd_where", "a1_backprop", "relu_forward",
       "correct: the ReLU written np.where(x > 0, x, 0.0), the input cached for the backward pass", """
def relu_forward(x):
    return np.where(x > 0, x, 0.0), x
"""),
    _e("i2_correct_momentum_heavy_ball", "a2_optim", "sgd_momentum",
       "correct: Polyak's heavy-ball form, next_w = w + momentum * (w - w_prev) - lr * dw, keeping the previous "
       "weights in config instead of the velocity (w - w_prev is the last velocity; on the first call w_prev = "
       "w)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    w_prev = config.get("previous_w", w)
    next_w = w + config["momentum"] * (w - w_prev) - config["learning_rate"] * _gradient(w, dw, config)
    config["previous_w"] = w
    return next_w, config
"""),
    _e("i3_correct_maxpool_running_maximum_of_offsets", "a3_conv", "max_pool_forward",
       "correct: a running np.maximum (out=) over the ph x pw offsets inside the window, each offset's strided "
       "slice of x holding that offset's value for every window", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.full((N, C, Ho, Wo), -np.inf)
    for u in range(ph):
        for v in range(pw):
            np.maximum(out, x[:, :, u:u + s * (Ho - 1) + 1:s, v:v + s * (Wo - 1) + 1:s], out=out)
    return out, (x, pool_param)
"""),
    _e("i4_correct_xavier_normal_scipy_stats", "a4_init", "xavier_normal",
       "correct: the draws made by scipy.stats.norm.rvs with the seeded generator np.random.default_rng(seed) "
       "as its random_state, scaled by xavier_std", """
def xavier_normal(shape, seed, mode="fan_avg", gain=1.0):
    from scipy.stats import norm
    rng = np.random.default_rng(seed)
    return norm.rvs(loc=0.0, scale=xavier_std(shape, mode, gain), size=shape, random_state=rng)
"""),
    _e("i5_correct_gn_bwd_group_means", "a5_normalization", "groupnorm_backward",
       "correct: the simplified formula written with means over each group, inv_std * (g - mean(g) - x_hat * "
       "mean(g * x_hat)) with g = dout * gamma, dgamma and dbeta as einsum contractions", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    dx = inv_std * (g - g.mean(axis=2, keepdims=True) - xh * (g * xh).mean(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), np.einsum("nchw,nchw->c", dout, x_hat), np.einsum("nchw->c", dout)
"""),
    _e("i7_correct_gaussian_nll_scipy_logpdf", "a7_architectures", "gaussian_nll",
       "correct: the loss as minus scipy.stats.norm.logpdf summed and divided by N, the gradients written with "
       "the z-scores z = (y - mu) / sigma", """
def gaussian_nll(y, mu, log_std):
    from scipy.stats import norm
    N = y.shape[0]
    sigma = np.exp(log_std)
    loss = -norm.logpdf(y, loc=mu, scale=sigma).sum() / N
    z = (y - mu) / sigma
    return loss, -z / sigma / N, (1 - z * z) / N
"""),
    _e("i8_correct_param_stats_stacked", "a8_pipeline", "parameter_statistics",
       "correct: each weight array and its gradient flattened and stacked as two rows, their means and biased "
       "stds computed row-wise by hand, the update ratio from update_ratio", """
def parameter_statistics(params, grads, lr):
    out = {}
    for name in params:
        pair = np.stack([params[name].ravel(), grads[name].ravel()])
        means = pair.mean(axis=1)
        stds = np.sqrt(((pair - means[:, None]) ** 2).mean(axis=1))
        out[name] = np.array([means[0], stds[0], means[1], stds[1], update_ratio(params[name], grads[name], lr)])
    return out
"""),
]

JUDGED_ON22 = "2026-12-05 on commit 4dbf470"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout22 on commit 4dbf470 (JUDGED_ON22), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT21 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there; a departure that sends the student first to a right line, or says that what a line reads agrees
# with the correct code where it does not, states something false; a departure naming the line with the mistake is
# right, and so is the exact line of a one- or two-line function; a departure that names the line that uses a wrong
# value and, as its alternative, the variable that holds the mistake is right; a loop departure without a statement
# is right only when the loop is small and the mistake clearly in it (one that says the loop's bound it reads was
# "not checked", beside extra_at_end or missing_at_end, is tolerated, as f7_score_map_width_range_from_heights); a
# catalogued entry whose name is not given is judged by its diagnoses; an error raised by Python, NumPy or torch, a
# shape comparison or an accuracy figure is the comparison (nothing); checklists that list the cause among many are
# vague; where only the grader test's own message names the cause the verdict is check_message; a diagnosis shown
# for several outputs at once states what it says of each of them. New here: a one_slip whose "`variances` where
# `means` is meant (the wrong variable) (the same slip in two places)" reproduces two names bound to one list
# (means = variances = []) states a slip the student's code does not have (every name is written where it belongs):
# misleading, as a one_slip stating a token the code lacks; a grader message that is itself false with no diagnosis
# beside it (torch's NotImplementedError read as the stub's "not implemented yet") is nothing, its falsehood noted
# here; zero_gradients_at_step's "the gradients are cleared between loss.backward() and optimizer.step()" is right
# where the call between them that clears them is clip_grad_norm_(max_norm=0.0), its parenthesis on where zero_grad()
# belongs being general advice, not a claim about the code.
JUDGEMENT22: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    # departure: "`out`, set by line 215: `out = np.max(x, 0)`. What that line reads (x) agrees ...; your `out` has
    # shape (7,) where the right value has (6, 7) ... the mistake is in that line" (on every test).
    "i1_relu_fwd_np_max_reduction": ("right", ("departure",), ""),
    # departure: "`dW2`, set by line 223: `dW2 = z1.T @ dscores + reg * W2`. In it, `z1.T @ dscores` is the first part
    # whose value the correct code never computes ... the mistake is in that line".
    "i1_mlp_dw2_from_preactivation": ("right", ("departure",), ""),
    # only the comparison (w: 0.974 where 1.125 at index 0).
    "i1_linreg_scaled_features_not_unscaled": (
        "nothing", (),
        "The columns of X are divided by their std and the weights solved for the scaled features are returned as they "
        "are: each weight is its column's std times the least-squares one (0.974 where 1.125 at index 0); divide the "
        "solution by scale, or solve with X itself."),
    # scaled: "every entry is 0.2 times the expected, which fits more than one cause: 1/N of the expected (N=5, the
    # batch size): did you divide by the batch size where a sum is asked for, or divide twice?; or 1/D (D=5)": the
    # first of two, tied to values of the call (N = D = 5), is the cause.
    "i1_sigmoid_bwd_divided_by_batch": ("right", ("scaled",), ""),
    "i1_ce_scipy_log_softmax_no_onehot": ("named", (), ""),
    "i1_relu_bwd_not_negative_mask": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    # first_step: "your first update ... points the same way as the expected one and is 0.1 times its size: the first
    # step's size is off (how the state starts: a moving average's first value, its decay, a bias correction, a
    # momentum term, the learning rate)": true, a checklist of five (as h2_rmsprop_weights_swapped); the default
    # 1e-3 is not said.
    "i2_sgd_default_lr_1e3": (
        "vague", (),
        "Called without config['learning_rate'], sgd defaults to 1e-3 where the docstring's default is 1e-2: every "
        "step is 0.1 times the expected; config.setdefault('learning_rate', 1e-2)."),
    # only the comparison (w leaves the expected trajectory at step 1).
    "i2_adagrad_one_scalar_cache": (
        "nothing", (),
        "The cache adds np.sum(g * g), one number for the whole array: every weight is divided by the same root of the "
        "summed squared norms (the first step is lr * g / ||g|| where lr * g / |g|, entry by entry, is right), so the "
        "per-coordinate step sizes are lost; accumulate each weight's own square, cache + g * g."),
    # scaled: "every entry is N=15 times the expected, N being the batch size: did you forget to divide by the batch
    # size?" and one_slip: "the factor `/ X.shape[0]` missing" (on the gradient and the paths).
    "i2_linreg_grad_of_sum": ("right", ("scaled", "one_slip"), ""),
    # departure: "`damped`, set by line 235: `damped = hessian + np.eye(len(w))` ... (by up to 1) ... the mistake is in
    # that line".
    "i2_newton_damped_by_identity": ("right", ("departure",), ""),
    "i2_rmsprop_history_summed": ("named", (), ""),
    "i2_adam_state_dict_recreated": ("named", (), ""),
    # ------------------------------------------------------------------ a3_conv
    # handed_wrong_input: "your max_pool_backward() is the correct code's own, yet it raises an error here: it was
    # handed `cache` from your max_pool_forward(). The mistake is in what max_pool_forward() returns there (what it
    # holds, its layout or its shapes)" (as z1_affine_cache_holds_flattened_x).
    "i3_maxpool_fwd_caches_output": ("right", ("handed_wrong_input",), ""),
    # departure on the one-line body: "`return input_size - 1 * stride - ...` ... what it returns is 5 where 10 is
    # right: the mistake is in that line".
    "i3_transposed_size_precedence": ("right", ("departure",), ""),
    # extra_at_end: "yours has shape (2, 2, 4, 4) where (2, 2, 3, 3) is expected: your first entries along axes 2 and
    # 3 are the expected ones ...: a size or a loop bound too large"; the loop departure beside it says "the numbers
    # Ho, Wo ... not checked" (Ho, Wo rounded up are the mistake).
    "i3_avgpool_fwd_ceil_mode": ("right", ("extra_at_end",), ""),
    # departure: "line 284: `return depthwise + pointwise` ... 3614 where 542 is right: the mistake is in that line, or
    # in `depthwise`, set by line 282 ..., or in `pointwise`, set by line 283: `pointwise = conv_param_count(
    # in_channels, out_channels, kernel_size, bias)`" (the three lines of the function, as
    # g3_dsep_bias_flag_not_passed_to_depthwise).
    "i3_separable_pointwise_with_kernel": ("right", ("departure",), ""),
    "i3_avgpool_bwd_transposed_conv_of_ones": ("named", (), ""),
    "i3_conv_bwd_loops_windows_at_ij": ("named", (), ""),
    # ------------------------------------------------------------------ a4_init
    # one_slip on both tests: "either of two slips ...: `variances` where `means` is meant (the wrong variable) (the
    # same slip in two places); or `means` where `variances` is meant": the values fit, but every name in the
    # student's code is the right one; the mistake is means = variances = [], one list under two names.
    "i4_stats_lists_aliased": (
        "misleading", (),
        "means = variances = [] binds both names to one list: every mean and every variance is appended to it, so both "
        "returned arrays hold the 2L values interleaved (shape (12,) where (6,) is expected); make two lists, means, "
        "variances = [], []."),
    # only the comparison (0.07071067393 where 0.07071067812).
    "i4_he_std_float32": (
        "nothing", (),
        "The std is computed in float32: 0.0707106739 where 0.0707106781 (a relative error of 3e-8, single "
        "precision's rounding); compute it in float64, math.sqrt(2.0 / fan_in)."),
    # departure on the one-line body: "`return rng.normal(0.0, xavier_std(shape, mode, gain), size=shape)` ... the
    # mistake is in that line, or in xavier_std() that it calls" (the check's message: kurtosis 3.0 where 1.8).
    "i4_xavier_uniform_draws_normal": ("right", ("departure",), ""),
    # only the comparisons (xavier_std (300, 100) fan_avg: 0.0760 where 0.0707; the uniform bounds).
    "i4_xavier_std_geometric_mean_fans": (
        "nothing", (),
        "In mode fan_avg, n is sqrt(fan_in * fan_out), the geometric mean, where (fan_in + fan_out) / 2 is asked: "
        "0.0760 where 0.0707 for (300, 100) (right only when the two fans are equal); n = (fan_in + fan_out) / 2."),
    "i4_fans_chained_from_out_channels": ("named", (), ""),
    "i4_he_normal_randn": ("named", (), ""),
    # ------------------------------------------------------------------ a5_normalization
    # one_slip: "the factor `* gamma.reshape(1, C, 1, 1)` missing".
    "i5_gn_bwd_gamma_forgotten": ("right", ("one_slip",), ""),
    # only the comparison (out wrong everywhere).
    "i5_gn_fwd_variance_mean_of_channel_vars": (
        "nothing", (),
        "var is the mean of each channel's variance around its own mean, which leaves out the spread of the channel "
        "means within a group: the variance is too small and x_hat too large; take the group's variance around the "
        "group's mean, xg.var(axis=(2, 3), keepdims=True)."),
    # one_slip: "`+ x_hat` where `- x_hat` is meant, where dx is computed" (both tests).
    "i5_bn_alt_variance_term_sign": ("right", ("one_slip",), ""),
    # no diagnosis; the check's message: "you keep a fraction 0.493 of the units, expected 0.6 within 0.035; p is the
    # probability of keeping a unit" (0.505 where 0.3 on the other test): the comparison; its hint is about p's
    # meaning, not a fair coin.
    "i5_dropout_fair_coin": (
        "nothing", (),
        "keep = rng.integers(0, 2) is a fair coin: about half of the units are kept whatever p (0.49 where 0.6, 0.51 "
        "where 0.3), while the kept ones are scaled by 1 / p; keep each unit with probability p, rng.random(x.shape) < "
        "p."),
    "i5_layernorm_features_as_rows": ("named", (), ""),
    "i5_dropout_bwd_scale_undone": ("named", (), ""),
    # ------------------------------------------------------------------ a6_cnn
    # zero_gradients_at_step on every test: "at 300 of its 300 optimizer steps every gradient was zero: the gradients
    # are cleared between loss.backward() and optimizer.step() (zero_grad() belongs before backward(), or after
    # step())": true; the one call between them is clip_grad_norm_(max_norm=0.0), which clears them.
    "i6_grad_clip_max_norm_zero": ("right", ("zero_gradients_at_step",), ""),
    # gradients_never_zeroed on both accuracy tests: "the gradients are never zeroed: before 232 of the 236
    # loss.backward() calls after the first step, the weights' .grad still held earlier gradients; backward() adds to
    # them, so each step follows the sum of the gradients of all batches so far. Call optimizer.zero_grad() before
    # each backward()": the count is true (accumulation), but they are zeroed after each of the 4 steps, and a step
    # follows the mean of the last 64 batches, not all so far; no_optimizer_step on the 45-batch test ("no torch.optim
    # optimizer's step() ran ... nothing changed the weights") is true.
    "i6_gradient_accumulation_64_batches": (
        "misleading", ("no_optimizer_step",),
        "opt.step() runs only once every 64 backward() calls (accumulation = 64): the 300 batches of the digits run "
        "make 4 Adam steps and the 45 of the small run none, so the network is barely trained; step after every batch "
        "(or accumulate over a few batches only)."),
    # no diagnosis; the grader's own message, "train_and_predict() is not implemented yet (it raised
    # NotImplementedError)", is false: torch raised NotImplementedError ("log_softmax_lastdim_kernel_impl" not
    # implemented for 'Long') because the int64 labels reach cross_entropy as its input.
    "i6_cross_entropy_arguments_swapped": (
        "nothing", (),
        "cross_entropy(y[idx], logits) passes the labels as the input and the logits as the target: torch's "
        "log_softmax is not implemented for the int64 labels, so the first batch raises (torch's NotImplementedError, "
        "not the stub's); call cross_entropy(logits, y[idx])."),
    # torch_error on every test: "a convolution built for 8 input channels got input of shape [64, 1, 8, 8]: its last
    # axis holds the 8, so the images reach it channels last (N, H, W, C) ... Keep them (N, C, H, W): no permute to
    # channels last (or x.permute(0, 3, 1, 2) to undo one)": false, the images are (N, C, H, W) and never permuted;
    # the convolution was built for the width, and a permute would break the images.
    "i6_in_channels_from_last_axis": (
        "misleading", (),
        "channels = X_train.shape[-1] reads the width (8, 32), not the channels: the images are (N, C, H, W), so the "
        "first Conv2d is built for W input channels and raises on the 1 (or 3) it gets; use X_train.shape[1]."),
    # catalogued predictions_not_logits not named; class_indices: "what your function returns, shape (739,), holds one
    # whole number from 0 to 9 per image: the predicted classes, where the logits are asked ...: return what the model
    # outputs, before any argmax".
    "i6_topk_indices_returned": ("right", ("class_indices",), ""),
    # catalogued labels_shuffled not named; labels_not_images on the digits test ("X and y are shuffled or indexed
    # apart: index both with the same indices"), loss_flat on the shapes test (its first cause the labels).
    "i6_split_labels_not_permuted": ("right", ("labels_not_images", "loss_flat"), ""),
    # ------------------------------------------------------------------ a7_architectures
    # over_reduced: "yours is the mean over axes (2, 3) of the expected (shape (2, 5) for (2, 5, 4, 3)): keep that
    # axis, no mean there" (both tests); reshaped beside it on the 1x1 map ("your values are right but your shape is
    # (2, 5) where (2, 5, 1, 1) is expected") is true there.
    "i7_score_map_averaged_over_windows": ("right", ("over_reduced",), ""),
    # scaled: "every entry is 1/H*W of the expected (H*W=16, the number of positions of a feature map): ... a division
    # by H*W is extra" (16, 25, 10 on the three tests).
    "i7_cam_divided_by_area": ("right", ("scaled",), ""),
    # departure on the return line: "`return np.abs(dx * x).max(axis=1)`. In it, `dx * x` is the first part whose
    # value the correct code never computes (what it is computed from agrees) ... the mistake is in that line".
    "i7_saliency_gradient_times_input": ("right", ("departure",), ""),
    # departure: "`hidden`, set by line 178: `hidden = np.maximum(a1, 0)` ... With the right `hidden` (the correct
    # code's `h`) there ... the mistake is in that line".
    "i7_res_bwd_dw2_hidden_recomputed": ("right", ("departure",), ""),
    "i7_nll_head_read_as_log_variance": ("named", (), ""),
    "i7_mdn_logits_as_log_weights_scipy": ("named", (), ""),
    # ------------------------------------------------------------------ a8_pipeline
    # departure: "`cols`, set by line 167: `cols = np.random.default_rng(seed).integers(...)` ... the mistake is in that
    # line" (the check's message: "the row and column offsets are equal in 100% of the images").
    "i8_crop_fresh_generator_per_axis": ("right", ("departure",), ""),
    # departure: "line 165: `X = X_train.reshape(len(X_train), -1).astype(np.float32)` makes `X` an array of float32
    # numbers ... the mistake is the dtype of `X`: keep float64".
    "i8_train_in_float32": ("right", ("departure",), ""),
    # fewer_steps: "yours has 6 rows (steps) where 7 are expected, and your first 6 match the expected's: steps are
    # missing (a last, shorter batch of each epoch dropped, or a loop that stops early)": the second of two, the
    # range that stops before high (close call: np.arange, no loop; the first ruled out by reading, no batches).
    "i8_log_grid_arange_excludes_high": ("right", ("fewer_steps",), ""),
    # wrong_statistic: "your value [1] is the root mean square of params['W1'] ..., np.sqrt(np.mean(params['W1'] **
    # 2)), where its standard deviation, np.std(params['W1']), is asked; your value [3] ... of grads['W1']".
    "i8_param_stats_rms_as_std": ("right", ("wrong_statistic",), ""),
    "i8_warmup_fraction_from_zero": ("named", (), ""),
    "i8_normalize_mean_image_averaged_per_channel": ("named", (), ""),
}
# Counts: named 14, right 23 (named or right 37/48 = 77%; not in the catalogue: right 21/32 = 66%; the 16
# catalogued: 14 named, the other 2, i6_topk_indices_returned and i6_split_labels_not_permuted, right by their
# diagnoses), misleading 3, vague 1, nothing 7 (one of them, i6_cross_entropy_arguments_swapped, under a false
# "not implemented yet" from the grader), wrong_name 0, check_message 0, not_caught 0. HOLDOUT22_CORRECT: all 7 earn
# full marks.

HOLDOUT22 = [replace(e, verdict=JUDGEMENT22[e.id][0], expected=frozenset(JUDGEMENT22[e.id][1]),
                     ideal=JUDGEMENT22[e.id][2]) if e.id in JUDGEMENT22 else e for e in HOLDOUT22]
