"""A twenty-seventh hold-out: student-style mistakes written without seeing the detectors.

Judged on commit e677ccc (JUDGED_ON27, JUDGEMENT27 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout27.

Written without reading the diagnosis code (grading/diagnosis.py, training.py, relations.py, what_if.py, slips.py,
mutants.py, departure.py, contrast.py, aliasing.py, torch_errors.py, sandbox/locals_trace.py,
sandbox/training_probe.py), its tests, the judgements of corpus.py and the earlier hold-outs, or the git log; only
the solutions, their catalogues (mistakes.py), their grader tests, the student stubs, the reference implementations
and the ids and causes of the earlier sets (to avoid duplicates). Each entry was checked only by its score (every
mistake loses points, every right variant earns full marks), never by reading its feedback. Same Entry format and
verdict scale as corpus.py: HOLDOUT27 holds the mistakes (`catalogued` set where the mistake is in the catalogue,
written another way), HOLDOUT27_CORRECT right implementations written unusually, which must earn full marks. Do not
tune the detectors on these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT27: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("qb1_numgrad_ndindex_forward_difference", "a1_backprop", "eval_numerical_gradient",
       "the entries are walked with np.ndindex and each is bumped by +h only, the quotient taken against f(x) "
       "evaluated once before the loop: a one-sided difference (f(x + h e_i) - f(x)) / h, accurate to O(h), "
       "instead of the centred (f(x + h e_i) - f(x - h e_i)) / 2h (x restored)", """
def eval_numerical_gradient(f, x, h=1e-5):
    base = f(x)
    grad = np.zeros(x.shape)
    for idx in np.ndindex(*x.shape):
        saved = x[idx]
        x[idx] = saved + h
        grad[idx] = (f(x) - base) / h
        x[idx] = saved
    return grad
""", catalogued="one_sided_difference"),
    _e("qb1_relu_fwd_clamps_input_in_place", "a1_backprop", "relu_forward",
       "the negatives are zeroed in place, x[x < 0] = 0, and x itself returned as out and cache: the values are "
       "right but the caller's input array is overwritten with its ReLU", """
def relu_forward(x):
    x[x < 0] = 0          # clamp negatives
    return x, x
"""),
    _e("qb1_mlp_db1_before_relu_mask", "a1_backprop", "two_layer_mlp_loss",
       "the first layer's bias gradient is summed from da, the gradient arriving at the ReLU's output, instead "
       "of from dh = relu_backward(da) (after the mask): db1 counts units whose pre-activation was negative "
       "(dW1 and the rest right)", """
def two_layer_mlp_loss(X, params, y=None, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    h, c1 = affine_forward(X, W1, b1)
    a, cr = relu_forward(h)
    scores, c2 = affine_forward(a, W2, b2)
    if y is None:
        return scores
    loss, dscores = softmax_cross_entropy_loss(scores, y)
    loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    da, dW2, db2 = affine_backward(dscores, c2)
    dh = relu_backward(da, cr)
    dW1 = X.reshape(X.shape[0], -1).T @ dh
    db1 = da.sum(axis=0)
    return loss, {"W1": dW1 + reg * W1, "b1": db1, "W2": dW2 + reg * W2, "b2": db2}
"""),
    _e("qb1_logistic_labels_as_column", "a1_backprop", "logistic_regression_gradient",
       "y is reshaped to a column (N, 1) 'to match shapes' while pi stays (N,): pi - y broadcasts to an (N, N) "
       "matrix and X^T times it is (D, N) instead of the (D,) gradient", """
def logistic_regression_gradient(w, X, y):
    y = y.reshape(-1, 1)
    pi = 1.0 / (1.0 + np.exp(-(X @ w)))
    return X.T @ (pi - y)
"""),
    _e("qb1_ce_onehot_logsumexp_no_div_n", "a1_backprop", "softmax_cross_entropy_loss",
       "a stable log-sum-exp loss averaged over the rows, but dscores = softmax - one_hot (built with np.eye) is "
       "returned without the division by N: the gradient of the summed loss, N times too large", """
def softmax_cross_entropy_loss(scores, y):
    n, c = scores.shape
    z = scores - scores.max(axis=1, keepdims=True)
    lse = np.log(np.exp(z).sum(axis=1))
    loss = np.mean(lse - z[np.arange(n), y])
    onehot = np.eye(c)[y]
    dscores = np.exp(z - lse[:, None]) - onehot
    return loss, dscores
""", catalogued="softmax_grad_not_divided_by_n"),
    _e("qb1_affine_db_einsum_over_n", "a1_backprop", "affine_backward",
       "db is the batch sum written with einsum and then divided by the number of rows: the mean of dout over "
       "the batch instead of its sum (dx and dw right)", """
def affine_backward(dout, cache):
    x, w, b = cache
    n = x.shape[0]
    xf = x.reshape(n, -1)
    dx = np.einsum("nm,dm->nd", dout, w).reshape(x.shape)
    dw = np.einsum("nd,nm->dm", xf, dout)
    db = np.einsum("nm->m", dout) / n
    return dx, dw, db
""", catalogued="db_averaged"),
    # ------------------------------------------------------------------ a2_optim
    _e("qb2_momentum_velocity_only_initialized", "a2_optim", "sgd_momentum",
       "config['velocity'] is only written by the 'first call' initialization (zeros); the updated velocity goes "
       "into a local v that is never stored, so every step starts from zero velocity (plain SGD steps)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    if "velocity" not in config:
        config["velocity"] = np.zeros_like(w)
    v = config["momentum"] * config["velocity"] - config["learning_rate"] * _gradient(w, dw, config)
    next_w = w + v
    return next_w, config
""", catalogued="velocity_not_stored"),
    _e("qb2_adam_t_setdefault_incremented_last", "a2_optim", "adam",
       "t is read with config.setdefault('t', 0) and incremented only after the bias corrections: the first step "
       "divides by 1 - beta**0 = 0 (inf / nan weights)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-3)
    config.setdefault("beta1", 0.9)
    config.setdefault("beta2", 0.999)
    config.setdefault("epsilon", 1e-8)
    config.setdefault("t", 0)
    g = _gradient(w, dw, config)
    config["m"] = config["beta1"] * config.get("m", np.zeros_like(w)) + (1 - config["beta1"]) * g
    config["v"] = config["beta2"] * config.get("v", np.zeros_like(w)) + (1 - config["beta2"]) * g * g
    mt = config["m"] / (1 - config["beta1"] ** config["t"])
    vt = config["v"] / (1 - config["beta2"] ** config["t"])
    next_w = w - config["learning_rate"] * mt / (np.sqrt(vt) + config["epsilon"])
    config["t"] += 1
    return next_w, config
""", catalogued="adam_t_incremented_after_use"),
    _e("qb2_adagrad_cache_stores_root", "a2_optim", "adagrad",
       "the cache stored in config is the root sqrt(cache + g**2) ('the denominator'), and the next call adds g**2 "
       "to that root instead of to the sum of squares: the first step is right, later steps divide by the wrong "
       "accumulated magnitude", """
def adagrad(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("epsilon", 1e-10)
    g = _gradient(w, dw, config)
    root = np.sqrt(config.get("cache", np.zeros_like(w)) + g ** 2)
    config["cache"] = root
    return w - config["learning_rate"] * g / (root + config["epsilon"]), config
"""),
    _e("qb2_adam_bias_corrections_swapped", "a2_optim", "adam",
       "the bias corrections are swapped between the moments: m is divided by 1 - beta2**t and v by "
       "1 - beta1**t (the early steps are far too large)", """
def adam(w, dw, config=None):
    config = dict(config or {})
    lr = config.setdefault("learning_rate", 1e-3)
    b1 = config.setdefault("beta1", 0.9)
    b2 = config.setdefault("beta2", 0.999)
    eps = config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    t = config.get("t", 0) + 1
    m = b1 * config.get("m", np.zeros_like(w)) + (1 - b1) * g
    v = b2 * config.get("v", np.zeros_like(w)) + (1 - b2) * g ** 2
    m_hat = m / (1 - b2 ** t)
    v_hat = v / (1 - b1 ** t)
    config["t"], config["m"], config["v"] = t, m, v
    return w - lr * m_hat / (np.sqrt(v_hat) + eps), config
"""),
    _e("qb2_newton_returns_step_only", "a2_optim", "newton_step",
       "the function returns the Newton step -H^-1 grad itself instead of the new weights w - H^-1 grad (w is "
       "never added)", """
def newton_step(w, grad, hessian):
    delta = np.linalg.solve(hessian, grad)
    return -delta
"""),
    _e("qb2_sgd_returns_weights_only", "a2_optim", "sgd",
       "sgd returns next_w alone instead of the pair (next_w, config): the caller's `next_w, config = sgd(...)` "
       "unpacks the weight array itself", """
def sgd(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    next_w = w - config["learning_rate"] * _gradient(w, dw, config)
    return next_w
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("qb3_max_pool_bwd_loop_mean_window", "a3_conv", "max_pool_backward",
       "the max-pool gradient is spread evenly over the whole window (dout / (ph * pw) to every input, as for "
       "average pooling) instead of going only to the window's maximum", """
def max_pool_backward(dout, cache):
    x, pool_param = cache
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, Ho, Wo = dout.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(Ho):
                for j in range(Wo):
                    # each input of the window shares the gradient
                    dx[n, c, i * s:i * s + ph, j * s:j * s + pw] += dout[n, c, i, j] / (ph * pw)
    return dx
""", catalogued="max_pool_gradient_spread"),
    _e("qb3_receptive_field_stride_unpacked_unused", "a3_conv", "receptive_field",
       "the strides are zipped and unpacked with each layer but never used: each layer grows the field by "
       "d * (k - 1) instead of d * (k - 1) times the product of the earlier strides", """
def receptive_field(kernel_sizes, strides, dilations=None):
    if dilations is None:
        dilations = [1] * len(kernel_sizes)
    rf = 1
    for k, s, d in zip(kernel_sizes, strides, dilations):
        rf = rf + (k - 1) * d
    return rf
""", catalogued="receptive_field_ignores_stride"),
    _e("qb3_max_unpool_integer_buffer", "a3_conv", "max_unpool",
       "the output buffer is allocated with the dtype of the indices (np.zeros(..., dtype=indices.dtype), an "
       "integer array): the pooled values are truncated to integers when they are written in", """
def max_unpool(x, indices, output_shape):
    N, C = x.shape[:2]
    H, W = output_shape
    out = np.zeros((N, C, H * W), dtype=indices.dtype)
    for n in range(N):
        for c in range(C):
            out[n, c, indices[n, c].reshape(-1)] = x[n, c].reshape(-1)
    return out.reshape(N, C, H, W)
"""),
    _e("qb3_avg_pool_fwd_caches_output", "a3_conv", "avg_pool_forward",
       "the forward output is right, but the cache holds the pooled output instead of the input x: the backward "
       "pass builds dx with the output's (smaller) shape", """
def avg_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + ph, j * s:j * s + pw].mean(axis=(2, 3))
    return out, (out, pool_param)
"""),
    _e("qb3_multiply_count_bias_as_multiply", "a3_conv", "conv_multiply_count",
       "the bias is counted as one more multiplication per output value, (in * kh * kw + 1) * out * oh * ow: "
       "every count is too large by oh * ow * out_channels", """
def conv_multiply_count(in_channels, out_channels, kernel_size, output_size):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    oh, ow = (output_size, output_size) if isinstance(output_size, int) else output_size
    per_output = in_channels * kh * kw + 1  # +1 for the bias
    return per_output * out_channels * oh * ow
"""),
    _e("qb3_conv_fwd_out_allocated_like_x", "a3_conv", "conv_forward_naive",
       "the output is allocated with np.zeros_like(x), shape (N, C, H, W) and x's dtype, instead of "
       "(N, F, H', W'): the loops index filters and positions past it (or leave a wrong-shaped output)", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    Ho = (H + 2 * pad - HH) // stride + 1
    Wo = (W + 2 * pad - WW) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    out = np.zeros_like(x)
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    out[n, f, i, j] = np.sum(xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW] * w[f]) + b[f]
    return out, (x, w, b, conv_param)
"""),
    # ------------------------------------------------------------------ a4_init
    _e("qb4_fans_returned_in_reverse_order", "a4_init", "compute_fans",
       "both fans are computed right but returned as (fan_out, fan_in), the tuple in the wrong order: for every "
       "layout fan_in and fan_out come back swapped", """
def compute_fans(shape):
    if len(shape) == 2:
        fan_in, fan_out = shape[0], shape[1]
    else:
        rf = math.prod(shape[2:])
        fan_in, fan_out = shape[1] * rf, shape[0] * rf
    return fan_out, fan_in
""", catalogued="fans_swapped"),
    _e("qb4_stats_of_preactivations_list", "a4_init", "activation_statistics",
       "the pre-activations z = h @ W of every layer are kept in a list and their mean and variance returned: "
       "the statistics are those before the activation instead of the layer's output act(h @ W)", """
def activation_statistics(X, weights, activation):
    f = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
         "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}[activation]
    pre = []
    h = X
    for W in weights:
        z = h @ W
        pre.append(z)
        h = f(z)
    return np.array([z.mean() for z in pre]), np.array([z.var() for z in pre])
""", catalogued="statistics_before_activation"),
    _e("qb4_fans_non_4d_as_linear", "a4_init", "compute_fans",
       "only 4-D shapes are treated as convolutions (`if len(shape) != 4` takes the linear branch): a 1-D kernel "
       "(out, in, k) or a 3-D one (out, in, kd, kh, kw) gets fan_in = out and fan_out = in, without the kernel's "
       "size and in the wrong order", """
def compute_fans(shape):
    if len(shape) != 4:          # linear layer
        return shape[0], shape[1]
    out_c, in_c, kh, kw = shape
    return in_c * kh * kw, out_c * kh * kw
"""),
    _e("qb4_xavier_mode_hyphen_typo", "a4_init", "xavier_std",
       "the mode is compared with 'fan-avg' (a hyphen for the underscore): the default 'fan_avg' never matches, "
       "so every call gets the fan_in formula gain * sqrt(1 / fan_in)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(shape)
    if mode == "fan-avg":
        return gain * math.sqrt(2.0 / (fan_in + fan_out))
    return gain * math.sqrt(1.0 / fan_in)
"""),
    _e("qb4_xavier_std_shape_reversed", "a4_init", "xavier_std",
       "the fans are computed from the reversed shape, compute_fans(shape[::-1]) (a torch-layout habit): the "
       "fan_avg std of a linear weight survives (the sum is symmetric), but mode 'fan_in' uses fan_out, and a "
       "conv weight (out, in, kh, kw) is read as (kw, kh, in, out)", """
def xavier_std(shape, mode="fan_avg", gain=1.0):
    fan_in, fan_out = compute_fans(tuple(shape)[::-1])
    n = (fan_in + fan_out) / 2 if mode == "fan_avg" else fan_in
    return gain / math.sqrt(n)
"""),
    _e("qb4_he_normal_std_of_reversed_shape", "a4_init", "he_normal",
       "the draws have the right shape, but the std is he_std(shape[::-1]), of the reversed shape: a linear "
       "(D, M) weight gets sqrt(2 / M) (the fan_out), a conv weight a fan-in of kh * in * out", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    std = he_std(tuple(reversed(shape)))
    return rng.normal(loc=0.0, scale=std, size=shape)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("qb5_bn_inline_std_plus_eps", "a5_normalization", "batchnorm_forward",
       "batch norm written out with std = sqrt(var) and x_hat = (x - mean) / (std + eps): eps is added to the "
       "standard deviation instead of inside the square root (wrong for features of tiny variance)", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    rm = bn_param.get("running_mean", np.zeros(D))
    rv = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        N = x.shape[0]
        mean = np.sum(x, axis=0) / N
        var = np.sum((x - mean) ** 2, axis=0) / N
        std = np.sqrt(var)
        x_hat = (x - mean) / (std + eps)
        out = gamma * x_hat + beta
        cache = (x_hat, gamma, 1.0 / (std + eps))
        rm = momentum * rm + (1 - momentum) * mean
        rv = momentum * rv + (1 - momentum) * var * N / (N - 1)
    elif mode == "test":
        out = gamma * (x - rm) / np.sqrt(rv + eps) + beta
    else:
        raise ValueError(mode)
    bn_param["running_mean"] = rm
    bn_param["running_var"] = rv
    return out, cache
""", catalogued="bn_eps_outside_sqrt"),
    _e("qb5_dropout_bwd_zeroed_where_dropped", "a5_normalization", "dropout_backward",
       "dx is a copy of dout zeroed where the cached mask is 0: the dropped units are right, but the kept units' "
       "gradient is not multiplied by the mask's 1 / p", """
def dropout_backward(dout, cache):
    if cache is None:
        return dout
    dx = dout.copy()
    dx[cache == 0] = 0.0
    return dx
""", catalogued="dropout_backward_drops_scale"),
    _e("qb5_bn_fwd_cache_holds_raw_x", "a5_normalization", "batchnorm_forward",
       "out and the running averages are right, but the cache holds the raw input x where the documented layout "
       "has x_hat: (x, gamma, inv_std), so a backward pass reading x_hat from it gets the unnormalized values", """
def batchnorm_forward(x, gamma, beta, bn_param):
    mode = bn_param["mode"]
    eps = bn_param.get("eps", 1e-5)
    momentum = bn_param.get("momentum", 0.9)
    D = x.shape[1]
    running_mean = bn_param.get("running_mean", np.zeros(D))
    running_var = bn_param.get("running_var", np.ones(D))
    cache = None
    if mode == "train":
        mu, var = x.mean(axis=0), x.var(axis=0)
        inv_std = 1 / np.sqrt(var + eps)
        out = gamma * (x - mu) * inv_std + beta
        cache = (x, gamma, inv_std)
        N = x.shape[0]
        running_mean = momentum * running_mean + (1 - momentum) * mu
        running_var = momentum * running_var + (1 - momentum) * x.var(axis=0, ddof=1)
    else:
        out = gamma * (x - running_mean) / np.sqrt(running_var + eps) + beta
    bn_param["running_mean"] = running_mean
    bn_param["running_var"] = running_var
    return out, cache
"""),
    _e("qb5_groupnorm_bwd_dgamma_keeps_pixels", "a5_normalization", "groupnorm_backward",
       "dgamma and dbeta are summed over the batch axis only, shape (C, H, W), instead of over the batch and "
       "both spatial axes (0, 2, 3), shape (C,) (dx right)", """
def groupnorm_backward(dout, cache):
    x_hat, gamma, inv_std, groups = cache
    N, C, H, W = dout.shape
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    g = (dout * gamma[None, :, None, None]).reshape(N, groups, -1)
    xh = x_hat.reshape(N, groups, -1)
    M = xh.shape[-1]
    dx = inv_std / M * (M * g - g.sum(axis=2, keepdims=True) - xh * (g * xh).sum(axis=2, keepdims=True))
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("qb5_spatial_bn_bwd_reshaped_without_transpose", "a5_normalization", "spatial_batchnorm_backward",
       "the backward pass flattens dout with dout.reshape(-1, C), without first moving the channels last as "
       "the forward pass did (transpose(0, 2, 3, 1)): the rows no longer match the cached x_hat, and dx is "
       "reshaped straight back to (N, C, H, W)", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    dx, dgamma, dbeta = batchnorm_backward(dout.reshape(-1, C), cache)
    return dx.reshape(N, C, H, W), dgamma, dbeta
"""),
    _e("qb5_layernorm_fwd_inv_std_cached_flat", "a5_normalization", "layernorm_forward",
       "out is right, but the cache holds inv_std as a flat (N,) vector (computed without keepdims and expanded "
       "only for x_hat) instead of the documented (N, 1): a backward pass multiplying (N, D) arrays by it "
       "broadcasts it along the features", """
def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    mu = x.mean(axis=1)
    inv_std = 1.0 / np.sqrt(x.var(axis=1) + eps)
    x_hat = (x - mu[:, None]) * inv_std[:, None]
    return gamma * x_hat + beta, (x_hat, gamma, inv_std)
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("qb6_warmup_lambda_floor_division", "a6_cnn", "train_and_predict",
       "a linear warm-up written LambdaLR(lambda step: min(1, step // warmup)) with warmup = 20 epochs of "
       "batches: the floor division makes the factor 0 for every step of the 15 epochs, so the learning rate "
       "is 0 throughout and the network keeps its initial weights (an untrained model)", """
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
    epochs, batch = 15, 64
    steps_per_epoch = (len(y) + batch - 1) // batch
    warmup = 20 * steps_per_epoch
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: min(1, step // warmup))  # linear warm-up
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
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
""", catalogued="untrained_model"),
    _e("qb6_adam_maximize_true", "a6_cnn", "train_and_predict",
       "the optimizer is built with Adam(..., maximize=True) ('we want to maximize accuracy'), but the quantity "
       "stepped is the cross-entropy loss: every step climbs the loss, so the network learns to avoid the "
       "right classes", """
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
    opt = torch.optim.Adam(model.parameters(), lr=3e-3, maximize=True)  # maximize accuracy
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            loss.backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(torch.tensor(X_test, device=device)).cpu().numpy()
"""),
    _e("qb6_onecycle_total_steps_is_epochs", "a6_cnn", "train_and_predict",
       "OneCycleLR is built with total_steps=epochs (15) but stepped after every mini-batch: on the 16th batch "
       "the scheduler raises ValueError (stepped more times than total_steps), so no logits come back", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    torch.manual_seed(seed)
    np.random.seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs = 15
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=epochs)
    g = torch.Generator().manual_seed(seed)
    for _ in range(epochs):
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
    _e("qb6_flatten_from_batch_axis", "a6_cnn", "train_and_predict",
       "the network's flatten layer is nn.Flatten(0), which flattens from axis 0, the batch, too: the pooled "
       "(B, 32, 1, 1) features become one vector of B * 32 values and nn.Linear(32, classes) raises on it", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    model = nn.Sequential(
        nn.Conv2d(X_train.shape[1], 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(0), nn.Linear(32, n_classes),
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
    _e("qb6_logits_returned_transposed", "a6_cnn", "train_and_predict",
       "a well trained model, but the logits are returned transposed, logits.T of shape (classes, M) "
       "('one row per class'), instead of (M, classes)", """
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
    with torch.no_grad():
        scores = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return scores.T  # one row per class
"""),
    _e("qb6_trains_on_test_tensor", "a6_cnn", "train_and_predict",
       "copy-paste slip in the batch line: the model is fed Xt[idx], rows of the test tensor, with the training "
       "labels y[idx]: the indices run over the training set (IndexError where it is larger than the test set, "
       "else images paired with labels that are not theirs)", """
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
    Xt = torch.tensor(X_test, device=device)
    y = torch.tensor(y_train, device=device)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    for _ in range(15):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(64):
            idx = idx.to(device)
            opt.zero_grad()
            nn.functional.cross_entropy(model(Xt[idx]), y[idx]).backward()
            opt.step()
    model.eval()
    with torch.no_grad():
        return model(Xt).cpu().numpy()
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("qb7_cam_channels_last_matmul_summed", "a7_architectures", "class_activation_map",
       "the features are moved channels-last and multiplied by the whole W, (N, H, W, C) @ (C, K), and the K "
       "class maps are summed: every example's CAM is the sum over all classes instead of its own class's map "
       "(classes never used)", """
def class_activation_map(features, W, classes):
    f = features.transpose(0, 2, 3, 1)     # N, H, W, C
    maps = f @ W                            # N, H, W, K
    return maps.sum(axis=-1)
""", catalogued="cam_summed_over_classes"),
    _e("qb7_gap_bwd_broadcast_no_area", "a7_architectures", "global_avg_pool_backward",
       "each example's dout is broadcast over its H x W positions with np.broadcast_to, without dividing by "
       "H * W: the gradient of a sum, not of the mean the forward pass took", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return np.broadcast_to(dout[:, :, None, None], (N, C, H, W)).copy()
""", catalogued="gap_backward_not_divided_by_area"),
    _e("qb7_gap_fwd_caches_input_array", "a7_architectures", "global_avg_pool_forward",
       "the pooled output is right, but the cache is the input array x itself instead of its shape: a backward "
       "pass that unpacks N, C, H, W = cache unpacks the N examples (ValueError, or four example arrays when "
       "N == 4)", """
def global_avg_pool_forward(x):
    out = x.mean(axis=(2, 3))
    cache = x
    return out, cache
"""),
    _e("qb7_cam_weights_row_indexed", "a7_architectures", "class_activation_map",
       "the class weights are gathered as W[classes], rows of W (channels), instead of W[:, classes], its "
       "columns (classes): an (N, K) array that is broadcast against the C channels (raises unless K == C, "
       "else weights the channels wrongly)", """
def class_activation_map(features, W, classes):
    wc = W[classes]                         # weights of each example's class
    return np.sum(wc[:, :, None, None] * features, axis=1)
"""),
    _e("qb7_residual_bwd_db2_before_output_relu", "a7_architectures", "residual_block_backward",
       "b2's gradient is summed from dout, before the final ReLU's mask, instead of from dz = dout * (z > 0): "
       "outputs whose ReLU was off still contribute to db2 (every other gradient right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dout.sum(axis=0)}
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
    _e("qb7_mdn_dlog_std_not_over_n", "a7_architectures", "mdn_nll",
       "the loss is the mean over the rows and dlogits and dmu are divided by N, but dlog_std = gamma * (1 - z**2) "
       "is not: the log-std gradient is that of the summed loss, N times too large", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    a = logits - logits.max(axis=1, keepdims=True)
    log_pi = a - np.log(np.sum(np.exp(a), axis=1, keepdims=True))
    sigma = np.exp(log_std)
    z = (y[:, None] - mu) / sigma
    t = log_pi - 0.5 * np.log(2 * np.pi) - log_std - 0.5 * z * z
    m = t.max(axis=1, keepdims=True)
    log_p = m + np.log(np.sum(np.exp(t - m), axis=1, keepdims=True))
    resp = np.exp(t - log_p)
    dlogits = (np.exp(log_pi) - resp) / N
    dmu = -resp * z / sigma / N
    dlog_std = resp * (1 - z * z)
    return -np.mean(log_p), dlogits, dmu, dlog_std
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("qb8_crop_max_offset_exclusive", "a8_pipeline", "random_crop",
       "the largest offset is computed as H + 2 * padding - size and passed as rng.integers' upper bound, which "
       "is exclusive: the last offset (the window touching the bottom or right edge) is never drawn", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    max_r = H + 2 * padding - size
    max_c = W + 2 * padding - size
    rows = rng.integers(0, max_r, size=N)
    cols = rng.integers(0, max_c, size=N)
    xp = np.pad(x, [(0, 0), (0, 0), (padding, padding), (padding, padding)], mode="constant")
    return np.stack([xp[n, :, r:r + size, c:c + size] for n, (r, c) in enumerate(zip(rows, cols))])
""", catalogued="crop_offset_off_by_one"),
    _e("qb8_early_stop_wait_greater_than_patience", "a8_pipeline", "early_stopping",
       "the stop test is written wait > patience instead of wait >= patience: training stops after patience + 1 "
       "epochs without improvement, one epoch late", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best_loss = float("inf")
    best_i = 0
    bad_epochs = 0
    for i in range(len(val_losses)):
        if val_losses[i] < best_loss - min_delta:
            best_loss, best_i, bad_epochs = val_losses[i], i, 0
        else:
            bad_epochs += 1
            if bad_epochs > patience:
                return i, weights[best_i]
    return len(val_losses) - 1, weights[best_i]
""", catalogued="patience_off_by_one"),
    _e("qb8_train_gradient_ascent", "a8_pipeline", "train_and_predict",
       "the SGD step is added instead of subtracted, W += 0.1 * X^T (probs - onehot) / B (and b likewise): "
       "gradient ascent on the cross-entropy, so the model moves away from the right classes", """
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
            idx = perm[s:s + 64]
            z = X[idx] @ W + b
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_train[idx]] -= 1
            grad_W = X[idx].T @ p / len(idx)
            grad_b = p.sum(axis=0) / len(idx)
            W += 0.1 * grad_W
            b += 0.1 * grad_b
    return T @ W + b
"""),
    _e("qb8_crop_one_offset_for_rows_and_cols", "a8_pipeline", "random_crop",
       "one offset per image is drawn and used for both the row and the column (cols = rows): every window "
       "lies on the diagonal of the padded image instead of at an independent row and column offset", """
def random_crop(x, size, padding, seed):
    N, C, H, W = x.shape
    rng = np.random.default_rng(seed)
    rows = rng.integers(0, H + 2 * padding - size + 1, size=N)
    cols = rows
    padded = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.empty((N, C, size, size), dtype=x.dtype)
    for i in range(N):
        out[i] = padded[i, :, rows[i]:rows[i] + size, cols[i]:cols[i] + size]
    return out
"""),
    _e("qb8_early_stop_returns_epochs_run", "a8_pipeline", "early_stopping",
       "the stop epoch is returned as the number of epochs run, epoch + 1 (and len(val_losses) when no stop), "
       "instead of the 0-based index of the last epoch (the restored weights right)", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss < best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch + 1, weights[best_epoch]   # epochs trained
    return len(val_losses), weights[best_epoch]
"""),
    _e("qb8_log_grid_endpoint_false", "a8_pipeline", "log_grid",
       "the grid is np.geomspace(low, high, n, endpoint=False): n log-spaced values from low that stop one ratio "
       "short of high (high itself is never in the grid)", """
def log_grid(low, high, n):
    return np.geomspace(low, high, n, endpoint=False)
"""),
]

HOLDOUT27_CORRECT: list[Entry] = [
    _e("qbk_correct_sigmoid_bwd_expanded", "a1_backprop", "sigmoid_backward",
       "correct: the product dout * s * (1 - s) expanded into dout * s - dout * s * s", """
def sigmoid_backward(dout, cache):
    s = cache
    ds = dout * s
    return ds - ds * s
"""),
    _e("qbk_correct_step_lr_floor_true_division", "a2_optim", "step_lr",
       "correct: the number of decays as math.floor(step / step_size), gamma raised to it with math.pow", """
def step_lr(base_lr, step, step_size, gamma=0.1):
    decays = math.floor(step / step_size)
    return base_lr * math.pow(gamma, decays)
"""),
    _e("qbk_correct_output_size_divmod", "a3_conv", "conv_output_size",
       "correct: the span over the stride split with divmod, a negative span or a remainder rejected", """
def conv_output_size(input_size, kernel_size, stride=1, padding=0, dilation=1):
    effective_kernel = dilation * (kernel_size - 1) + 1
    q, r = divmod(input_size + 2 * padding - effective_kernel, stride)
    if q < 0 or r != 0:
        raise ValueError("kernel does not fit or stride does not tile the input")
    return q + 1
"""),
    _e("qbk_correct_he_normal_standard_scaled", "a4_init", "he_normal",
       "correct: standard normal draws from the seeded generator scaled by he_std", """
def he_normal(shape, seed):
    z = np.random.default_rng(seed).standard_normal(shape)
    return z * he_std(shape)
"""),
    _e("qbk_correct_l2_penalty_vdot", "a5_normalization", "l2_penalty",
       "correct: the sum of squares as np.vdot of W with itself (any shape, flattened), the gradient reg * W", """
def l2_penalty(W, reg):
    return 0.5 * reg * float(np.vdot(W, W)), reg * W
"""),
    _e("qbk_correct_gap_bwd_repeat", "a7_architectures", "global_avg_pool_backward",
       "correct: dout / (H * W) given two trailing axes and repeated H times along the rows and W times along "
       "the columns with np.repeat", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    g = (dout / (H * W))[:, :, None, None]
    return np.repeat(np.repeat(g, H, axis=2), W, axis=3)
"""),
    _e("qbk_correct_update_ratio_sum_squares", "a8_pipeline", "update_ratio",
       "correct: the Frobenius norms written as square roots of sums of squares, lr taken outside the norm", """
def update_ratio(W, dW, lr):
    return abs(lr) * np.sqrt(np.sum(dW * dW)) / np.sqrt(np.sum(W * W))
"""),
]

JUDGED_ON27 = "2026-12-05 on commit e677ccc"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout27 on commit e677ccc (JUDGED_ON27), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT23 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there (a coincidence of values included); a departure that sends the student first to a right line, or
# says that what a line reads agrees with the correct code where it does not, states something false; a departure
# naming the line with the mistake is right, and so is the exact line of a one- or two-line function; a loop
# departure without a statement is right only when the loop is small and the mistake clearly in it (the whole
# training loop is vague); a one_slip stated in the correct code's text that is the student's arithmetic written
# another way is right; a catalogued entry whose name is not given is judged by its diagnoses; an error raised by
# Python, NumPy or torch, a shape comparison or an accuracy figure is the comparison (nothing); checklists that list
# the cause among many are vague, but one of few causes, the entry's among them, is tolerated (index_error's generic
# checklist where the index is right and the array too short is vague, as in JUDGEMENT24); where only the grader
# test's own message names the cause the verdict is check_message. Decided here: the grader's generic "could not use
# your return value (ValueError: too many values to unpack (expected 2)); check the number and kind of values your
# function returns" is check_message where the mistake is exactly the number of values returned (one array where
# the pair (next_w, config) is asked), unlike m4_fans_receptive_field_as_tuple in JUDGEMENT13 (nothing), where it was
# not; one_slip's "`!= 2` where `== 2` is meant" for `if len(shape) != 4:` taking the linear branch names the
# student's branch condition and the condition meant (`len(shape) == 2`), the student's `!= 4` acting as the slip on
# every failing shape: right (a close call); extra_at_end's "yours has shape (1, 3, 7, 6) where (1, 2, 3, 3) ...: a
# size or a loop bound too large" for an output allocated with np.zeros_like(x) (x's shape quoted, the loop bounds
# right) states the cause (one of two) and makes the entry right beside index_error's vague checklist on the other
# calls (a close call); torch_error's OneCycleLR reading ("built for 15 steps (epochs x steps_per_epoch) ...: it needs
# steps_per_epoch to count every batch of an epoch, the last shorter one too ..., or it is stepped more often than
# once a batch") where total_steps is the number of epochs (no steps per epoch at all: it raises at the 16th batch of
# the first epoch) names only mechanisms that are not there: misleading; torch_error's "what reaches it has 2048
# features per example (the maps flattened before it), so build it with in_features=2048" where the 2048 are a whole
# batch of 64 x 32 flattened into one row (nn.Flatten(0)) is false: misleading; as_if's "if patience were one more
# than given: patience is off by one where it is used" where patience is used right and the stop epoch is returned
# as epoch + 1 (a coincidence of values on the runs that stop) is misleading, as the coincidences of JUDGEMENT25.
JUDGEMENT27: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "qb1_numgrad_ndindex_forward_difference": ("named", (), ""),
    # written_in_place: "line 215: `x[x < 0] = 0 # clamp negatives` writes into x, the caller's array: compute into a
    # new array ... and leave x as given".
    "qb1_relu_fwd_clamps_input_in_place": ("right", ("written_in_place",), ""),
    # departure (both tests): "`db1`, set by line 226: `db1 = da.sum(axis=0)`. What that line reads (da) agrees with
    # the correct code; your `db1` differs from the right value (by up to 0.105) ...: the mistake is in that line".
    "qb1_mlp_db1_before_relu_mask": ("right", ("departure",), ""),
    # departure: "`y`, set by line 215: `y = y.reshape(-1, 1)` ... your `y` has shape (8, 1) where the right value has
    # (8,): the same values, with an axis of length 1 extra ...: the mistake is in that line".
    "qb1_logistic_labels_as_column": ("right", ("departure",), ""),
    "qb1_ce_onehot_logsumexp_no_div_n": ("named", (), ""),
    "qb1_affine_db_einsum_over_n": ("named", (), ""),
    # ------------------------------------------------------------------ a2_optim
    "qb2_momentum_velocity_only_initialized": ("named", (), ""),
    "qb2_adam_t_setdefault_incremented_last": ("named", (), ""),
    # departure (three tests): "`config['cache']`, set by line 240: `config["cache"] = root`. What that line reads
    # (root; ...) agrees with the correct code; your `config['cache']` is the right value divided by `root` (a factor
    # `root` missing?) ...: the mistake is in that line, or in what `config` holds": the root stored for the sum of
    # squares (|g| where g**2 at the first step).
    "qb2_adagrad_cache_stores_root": ("right", ("departure",), ""),
    # departure (four tests): "line 244: `m_hat = m / (1 - b2 ** t)` (your `m_hat` is 100 times the right value) and
    # line 245: `v_hat = v / (1 - b1 ** t)` (your `v_hat` is 0.01 times the right value) ...: the mistake is in those
    # two lines" (20 and 0.05 with beta1 0.8, beta2 0.99: true).
    "qb2_adam_bias_corrections_swapped": ("right", ("departure",), ""),
    # departure on the two-line body: "line 236: `return -delta`. What that line reads (delta) agrees with the correct
    # code; what it returns differs from the right value (by up to 0.643): the mistake is in that line".
    "qb2_newton_returns_step_only": ("right", ("departure",), ""),
    # no diagnosis; the check's message: "the grader could not use your return value (ValueError: too many values to
    # unpack (expected 2)); check the number and kind of values your function returns".
    "qb2_sgd_returns_weights_only": (
        "check_message", (),
        "sgd returns next_w alone where the pair (next_w, config) is asked: the caller's next_w, config = sgd(...) "
        "unpacks the weight array itself and raises; return next_w, config."),
    # ------------------------------------------------------------------ a3_conv
    "qb3_max_pool_bwd_loop_mean_window": ("named", (), ""),
    "qb3_receptive_field_stride_unpacked_unused": ("named", (), ""),
    # integer_array (both tests): "yours is an array of integers (int64): the expected values with their fractions cut
    # off (1.987 became 1): is the result written into an array of integers (..., np.zeros(n, dtype=int), ...) ...?
    # Make it an array of floats".
    "qb3_max_unpool_integer_buffer": ("right", ("integer_array",), ""),
    # handed_wrong_input (three tests): "your avg_pool_backward() is the correct code's own, yet it returns a wrong dx
    # here: it was handed `cache` from your avg_pool_forward(). The mistake is in what avg_pool_forward() returns there
    # (what it holds, its layout or its shapes)".
    "qb3_avg_pool_fwd_caches_output": ("right", ("handed_wrong_input",), ""),
    # departure: "line 285: `return per_output * out_channels * oh * ow` ... what it returns is 89600 where 86400 is
    # right: the mistake is in that line, or in `per_output`, set by line 284: `per_output = in_channels * kh * kw +
    # 1`" (28 x 128 x 25 where 27 x 128 x 25: true).
    "qb3_multiply_count_bias_as_multiply": ("right", ("departure",), ""),
    # index_error on both tests: "index 3 on axis 1 of an array of 3 is one past its last entry (at 2): an index
    # counted from 1 ... (or a range one step too long), or one computed with another axis's length ...?" (the generic
    # checklist: the filter index is right, out has x's 3 channels where 4 filters are written); extra_at_end on the
    # unpadded one-image call: "yours has shape (1, 3, 7, 6) where (1, 2, 3, 3) is expected: your first entries along
    # axes 1 and 2 and 3 are the expected ones and yours goes on past them ...: a size or a loop bound too large"
    # (true: x's shape, the size too large; a close call).
    "qb3_conv_fwd_out_allocated_like_x": ("right", ("extra_at_end",), ""),
    # ------------------------------------------------------------------ a4_init
    "qb4_fans_returned_in_reverse_order": ("named", (), ""),
    "qb4_stats_of_preactivations_list": ("named", (), ""),
    # one_slip (fans (25, 8, 3), fans (25, 8, 3, 5, 3)): "yours is what the correct code gives with one slip in
    # compute_fans(): `!= 2` where `== 2` is meant": the branch condition, and the condition meant (a close call).
    "qb4_fans_non_4d_as_linear": ("right", ("one_slip",), ""),
    # as_if (test_xavier_std, test_gain): "yours is what the correct xavier_std() returns if mode were 'fan_in': your
    # code reads mode, yet its values are those the correct code gives with mode set so: look at what mode is combined
    # with where it is used" (true); but departure on the three draw tests: "line 94: `return gain * math.sqrt(1.0 /
    # fan_in)`. In it, `1.0 / fan_in` is the first part whose value the correct code never computes ... what it
    # returns is 0.0707107 where 0.0755929 is right: the mistake is in that line": a right line (the fan_in branch),
    # the mistake is line 92's 'fan-avg'.
    "qb4_xavier_mode_hyphen_typo": (
        "misleading", ("as_if",),
        "line 92 compares mode with 'fan-avg' (a hyphen for the underscore): the default 'fan_avg' never matches, so "
        "every call falls through to the fan_in formula gain * sqrt(1 / fan_in) (0.0707 where 0.0756 for (200, 150)); "
        "compare with 'fan_avg'."),
    # departure (four tests): "`fan_in`, set by line 91: `fan_in, fan_out = compute_fans(tuple(shape)[::-1])` ... your
    # `fan_in` is 3072 where 144 is right ...: the mistake is in that line, or in compute_fans() that it calls" (3525
    # where 225, 209 where 92, 53 where 130: true).
    "qb4_xavier_std_shape_reversed": ("right", ("departure",), ""),
    # departure: "`std`, set by line 92: `std = he_std(tuple(reversed(shape)))` ... your `std` is 0.0322749 where
    # 0.117851 is right ...: the mistake is in that line, or in he_std() that it calls" (sqrt(2 / 1920): true).
    "qb4_he_normal_std_of_reversed_shape": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "qb5_bn_inline_std_plus_eps": ("named", (), ""),
    "qb5_dropout_bwd_zeroed_where_dropped": ("named", (), ""),
    # handed_wrong_input (three tests; only the comparison on the spatial one): "your batchnorm_backward() is the
    # correct code's own, yet it returns a wrong dx here: it was handed `cache` from your batchnorm_forward(). The
    # mistake is in what batchnorm_forward() returns there (what it holds, its layout or its shapes)".
    "qb5_bn_fwd_cache_holds_raw_x": ("right", ("handed_wrong_input",), ""),
    # not_reduced (dgamma, dbeta): "the expected is the sum over axes (1, 2) of yours (shape (6, 3, 3) for (6,)): take
    # the sum": the spatial axes left unsummed.
    "qb5_groupnorm_bwd_dgamma_keeps_pixels": ("right", ("not_reduced",), ""),
    # departure: "`dx`, set by line 219: `dx, dgamma, dbeta = batchnorm_backward(dout.reshape(-1, C), cache)`. What
    # that line reads (C, cache, dout) agrees with the correct code; your `dx` has shape (40, 3) where the right value
    # has (2, 3, 4, 5) ...: the mistake is in that line, or in batchnorm_backward() that it calls": the line with the
    # reshape that skips the transpose.
    "qb5_spatial_bn_bwd_reshaped_without_transpose": ("right", ("departure",), ""),
    # handed_wrong_input: "your layernorm_backward() is the correct code's own, yet it raises an error here: it was
    # handed `cache` from your layernorm_forward(). The mistake is in what layernorm_forward() returns there (what it
    # holds, its layout or its shapes)".
    "qb5_layernorm_fwd_inv_std_cached_flat": ("right", ("handed_wrong_input",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued untrained_model not named; loss_flat on every test: "the training loss stayed at about 2.43 over 300
    # steps (ln 10 = 2.30, what guessing gives): the learning rate 0 is too small for the weights to move" (300 = 15
    # epochs of 20 batches; the factor min(1, step // warmup) is 0 throughout: true).
    "qb6_warmup_lambda_floor_division": ("right", ("loss_flat",), ""),
    # loss_rose on every test: "the training loss jumped from 2.3 at the first step to 370 ...: the steps are too large
    # (learning rate 0.003) or go uphill (a sign flipped)": the second of two, maximize=True.
    "qb6_adam_maximize_true": ("right", ("loss_rose",), ""),
    # torch_error on every test: "the learning-rate schedule (OneCycleLR) was built for 15 steps (epochs x
    # steps_per_epoch) and stepped 16 times: stepped once a batch, it needs steps_per_epoch to count every batch of an
    # epoch, the last shorter one too (math.ceil(len(X) / batch_size) ..., not len(X) // batch_size); or it is stepped
    # more often than once a batch": total_steps is the epochs alone, no steps per epoch; neither mechanism is there.
    "qb6_onecycle_total_steps_is_epochs": (
        "misleading", (),
        "OneCycleLR(opt, max_lr=3e-3, total_steps=epochs) is built for 15 steps but stepped after every mini-batch "
        "(20 an epoch on the digits): it raises at the 16th batch of the first epoch; give it total_steps=epochs * "
        "math.ceil(len(y) / 64) (or epochs=epochs and steps_per_epoch=the number of batches)."),
    # torch_error on every test: "a layer that multiplies by a (32, 10) weight (an nn.Linear built with
    # in_features=32) got 1 rows of 2048 features: what reaches it has 2048 features per example (the maps flattened
    # before it), so build it with in_features=2048": false, the 2048 are the whole batch (64 x 32) in one row.
    "qb6_flatten_from_batch_axis": (
        "misleading", (),
        "nn.Flatten(0) flattens from the batch axis too: the pooled (64, 32, 1, 1) features of a batch become one row "
        "of 64 * 32 = 2048 values, which nn.Linear(32, classes) refuses; use nn.Flatten() (start_dim=1), one row of "
        "32 per image."),
    # no diagnosis: only the check's shape comparison, "expected logits of shape (739, classes), got shape (10, 739)".
    "qb6_logits_returned_transposed": (
        "nothing", (),
        "scores.T returns the logits transposed, (classes, M) = (10, 739) where (739, 10) is asked: the model already "
        "gives one row per test image; return scores."),
    # no diagnosis: only the error, "train_and_predict() raised IndexError: index 1041 is out of bounds for dimension
    # 0 with size 739".
    "qb6_trains_on_test_tensor": (
        "nothing", (),
        "the batch line feeds model(Xt[idx]), rows of the test images, where X[idx] is meant: idx runs over the 1258 "
        "training rows and raises past the 739 test images (index 1041), and y[idx] are not those images' labels; "
        "feed X[idx]."),
    # ------------------------------------------------------------------ a7_architectures
    "qb7_cam_channels_last_matmul_summed": ("named", (), ""),
    "qb7_gap_bwd_broadcast_no_area": ("named", (), ""),
    # handed_wrong_input (both tests): "... it was handed `cache` from your global_avg_pool_forward(). The mistake is in
    # what global_avg_pool_forward() returns there ... Your global_avg_pool_forward() returns a NumPy array at [1]
    # (handed on as `cache`); the correct one returns the shape (2, 3, 4, 5) there".
    "qb7_gap_fwd_caches_input_array": ("right", ("handed_wrong_input",), ""),
    # departure (every test): "line 176: `wc = W[classes]` raises the error (at `W[classes]`) ...; `W` has shape (5,
    # 6); `classes` has shape (3,): the mistake is in that line"; on the one-example test "your `wc` has shape (1, 4)
    # where the right value has (1, 3)"; index_error beside it ends on "rows indexed by what counts columns" (true).
    "qb7_cam_weights_row_indexed": ("right", ("departure",), ""),
    # zero_pattern on grads['b2'] (five tests): "the expected is exactly 0 at 1 of 5 entries (inputs that do not affect
    # the output get nothing), but yours is not 0 at 1 of them: a mask (which entries receive a value) is missing or
    # wrong": the output ReLU's mask missing from db2, no place said (as t7_resbwd_b1_before_relu_mask).
    "qb7_residual_bwd_db2_before_output_relu": ("right", ("zero_pattern",), ""),
    # scaled (four tests): "every entry is N=5 times the expected, N being the batch size: did you forget to divide by
    # the batch size?" (dlog_std only; N=4, 6, 4 on the others: true).
    "qb7_mdn_dlog_std_not_over_n": ("right", ("scaled",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "qb8_crop_max_offset_exclusive": ("named", (), ""),
    "qb8_early_stop_wait_greater_than_patience": ("named", (), ""),
    # departure on test_training_recipe only: "the loop at lines 173-185 (`for epoch in range(20):`) leaves `W` and `b`
    # holding values the correct code never computes ... (by up to 0.816) ...: the mistake is in that loop": the whole
    # training loop, no statement named; elsewhere only accuracies and the checks' own messages.
    "qb8_train_gradient_ascent": (
        "vague", (),
        "W += 0.1 * grad_W and b += 0.1 * grad_b add the gradient of the cross-entropy: gradient ascent, every step "
        "moves away from the right classes (accuracy 0.01); subtract it, W -= 0.1 * grad_W, b -= 0.1 * grad_b."),
    # departure (three tests): "`cols`, set by line 168: `cols = rows`. What that line reads (rows) agrees with the
    # correct code; your `cols` differs from the right value (by up to 6) ...: the mistake is in that line".
    "qb8_crop_one_offset_for_rows_and_cols": ("right", ("departure",), ""),
    # off_by_one (test_early_stopping): "yours is 1 more than the expected: an off-by-one (a + 1 too many or missing,
    # ...)" (true); but as_if (test_early_stopping_min_delta): "yours is what the correct early_stopping() returns if
    # patience were one more than given: patience is off by one where it is used (counted from one instead of zero, or
    # the reverse?)": patience is used right; the stop index is returned as epoch + 1 (a coincidence of values).
    "qb8_early_stop_returns_epochs_run": (
        "misleading", ("off_by_one",),
        "the stop epoch is returned as epoch + 1, the number of epochs run (9 where 8), and len(val_losses) when "
        "training never stops: the 0-based index of the last epoch is asked; return epoch (and len(val_losses) - 1), "
        "patience is used right."),
    # departure on the one-line body: "line 165: `return np.geomspace(low, high, n, endpoint=False)` ... what it returns
    # differs from the right value (by up to 0.00627): the mistake is in that line".
    "qb8_log_grid_endpoint_false": ("right", ("departure",), ""),
}
# Counts: named 15, right 25 (named or right 40/48 = 83%; not in the catalogue: right 24/32 = 75%; the 16
# catalogued: 15 named, the other, qb6_warmup_lambda_floor_division, right by its diagnosis), misleading 4, vague 1,
# nothing 2, wrong_name 0, check_message 1, not_caught 0. HOLDOUT27_CORRECT: all 7 earn full marks.

HOLDOUT27 = [replace(e, verdict=JUDGEMENT27[e.id][0], expected=frozenset(JUDGEMENT27[e.id][1]),
                     ideal=JUDGEMENT27[e.id][2]) if e.id in JUDGEMENT27 else e for e in HOLDOUT27]
