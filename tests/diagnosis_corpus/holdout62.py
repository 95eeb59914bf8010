"""A sixty-second hold-out: student-style mistakes written without seeing the detectors.

Judged on commit 85a1075 (JUDGED_ON62, JUDGEMENT62 at the end) by an independent helper that wrote neither the
detectors nor these entries, by reading the feedback of bench/diagnosis_corpus.py --set holdout62.

Written without reading the diagnosis code (autograder/grading/, autograder/sandbox/), its tests, the judgements of
corpus.py and the earlier hold-outs, the docs about diagnosis, or the git log; only the solutions, their catalogues
(mistakes.py), their grader tests, the student stubs, the reference implementations and the ids and causes of the
earlier sets (to avoid duplicates). Each entry was checked only by its score (every mistake loses points, every right
variant earns full marks), never by reading its feedback. Same Entry format and verdict scale as corpus.py:
HOLDOUT62 holds the mistakes (`catalogued` set where the mistake is in the catalogue, written another way),
HOLDOUT62_CORRECT right implementations written unusually, which must earn full marks. Do not tune the detectors on
these entries: they measure, they are not a target.
"""
from __future__ import annotations

from dataclasses import replace

from tests.diagnosis_corpus.corpus import Entry, _e

HOLDOUT62: list[Entry] = [
    # ------------------------------------------------------------------ a1_backprop
    _e("rk1_tanh_bwd_vectorized_lambda_one_minus_t", "a1_backprop", "tanh_backward",
       "the chain rule is applied element by element with np.vectorize(lambda g, t: g * (1 - t)): the local slope is "
       "1 - t instead of 1 - t**2 (the square of the cached output is missing), so dx = dout * (1 - tanh(x))", """
def tanh_backward(dout, cache):
    t = cache
    # chain rule, one element at a time
    local_grad = np.vectorize(lambda g, ti: g * (1.0 - ti))
    dx = local_grad(dout, t)
    return dx
""", catalogued="tanh_derivative_missing_square"),
    _e("rk1_ce_grad_column_loop_no_div_n", "a1_backprop", "softmax_cross_entropy_loss",
       "the gradient is built one class column at a time, probs[:, c] - (y == c), and never divided by the batch size "
       "N: dscores is N times too large although the loss is the mean over the rows", """
def softmax_cross_entropy_loss(scores, y):
    n, c = scores.shape
    shifted = scores - scores.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    probs = np.exp(log_probs)
    dscores = np.empty_like(probs)
    for k in range(c):
        # d loss / d score_k = p_k - 1[y == k]
        dscores[:, k] = probs[:, k] - (y == k)
    return loss, dscores
""", catalogued="softmax_grad_not_divided_by_n"),
    _e("rk1_relu_fwd_maximum_where_without_out", "a1_backprop", "relu_forward",
       "the ReLU is written np.maximum(x, 0, where=x > 0) without an out array: where the condition is False (x <= 0) "
       "the ufunc leaves the freshly allocated output uninitialized, so the negative inputs get arbitrary leftover "
       "memory instead of 0 (pass out=np.zeros_like(x), or drop where=)", """
def relu_forward(x):
    # only compute where the input is positive
    out = np.maximum(x, 0, where=x > 0)
    cache = x
    return out, cache
"""),
    _e("rk1_sigmoid_fwd_shift_by_global_max", "a1_backprop", "sigmoid_forward",
       "the sigmoid is stabilised with softmax's trick, e = exp(x - m) / (exp(x - m) + exp(-m)) with m = x.max() of the "
       "whole array: exact while m is moderate, but when the largest input is about 745 or more exp(-m) underflows to 0, "
       "so every other output becomes 1 (and inputs more than ~745 below m give 0/0 = NaN) instead of sigmoid(x)", """
def sigmoid_forward(x):
    # shift by the max like in softmax so exp never overflows
    m = x.max()
    e = np.exp(x - m)
    out = e / (e + np.exp(-m))
    cache = out
    return out, cache
"""),
    _e("rk1_sigmoid_bwd_expanded_square_term_without_dout", "a1_backprop", "sigmoid_backward",
       "the product dout * s * (1 - s) is expanded into dout * s - s ** 2, the upstream gradient dropped from the "
       "second term: dx = dout * s - s**2 instead of dout * s - dout * s**2 (right only where dout is 1)", """
def sigmoid_backward(dout, cache):
    s = cache
    # s'(x) = s - s^2
    dx = dout * s - s ** 2
    return dx
"""),
    _e("rk1_lstsq_qr_triangular_solve_lower", "a1_backprop", "linear_regression_closed_form",
       "least squares through the reduced QR, R w = Q^T y, but the triangular system is solved with "
       "scipy.linalg.solve_triangular(R, Q.T @ y, lower=True): R is upper triangular, so reading its lower triangle "
       "keeps only the diagonal and w = (Q^T y) / diag(R) instead of the back-substituted solution", """
def linear_regression_closed_form(X, y):
    from scipy.linalg import solve_triangular
    Q, R = np.linalg.qr(X)
    w = solve_triangular(R, Q.T @ y, lower=True)
    return w
"""),
    # ------------------------------------------------------------------ a2_optim
    _e("rk2_rmsprop_elementwise_loop_no_decay", "a2_optim", "rmsprop",
       "the cache is updated entry by entry in a loop over np.ndindex(w.shape), cache[i] += g[i] ** 2: decay_rate is read "
       "but never applied, so the squared gradients are summed without decay (Adagrad) and the steps keep shrinking", """
def rmsprop(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("decay_rate", 0.99)
    config.setdefault("epsilon", 1e-8)
    g = _gradient(w, dw, config)
    cache = np.array(config.get("cache", np.zeros_like(w)), dtype=float)
    for i in np.ndindex(w.shape):
        cache[i] += g[i] ** 2
    config["cache"] = cache
    next_w = w - config["learning_rate"] * g / (np.sqrt(cache) + config["epsilon"])
    return next_w, config
""", catalogued="rmsprop_without_decay"),
    _e("rk2_momentum_config_rebuilt_with_zero_velocity", "a2_optim", "sgd_momentum",
       "the config is copied as dict(config or {}, velocity=np.zeros_like(w)) ('make sure the velocity exists'): the "
       "keyword overrides the velocity the caller passes back, so every call starts from a zero velocity and the "
       "update is plain SGD, w - learning_rate * dw (the velocity is never carried between calls)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {}, velocity=np.zeros_like(w))
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    v = config["momentum"] * config["velocity"] - config["learning_rate"] * _gradient(w, dw, config)
    config["velocity"] = v
    next_w = w + v
    return next_w, config
""", catalogued="velocity_not_stored"),
    _e("rk2_gd_with_heavy_ball_momentum", "a2_optim", "gradient_descent",
       "full-batch gradient descent is written with a momentum term, w_new = w - lr * grad + 0.9 * (w - w_prev) "
       "('converges faster'): from the second step on every step carries 0.9 of the previous one, so the path differs "
       "from plain gradient descent w - lr * grad (only the first step agrees)", """
def gradient_descent(X, y, w0, learning_rate, steps):
    w = w0.astype(float).copy()
    w_prev = w.copy()
    path = []
    for _ in range(steps):
        w_new = w - learning_rate * linear_regression_gradient(w, X, y) + 0.9 * (w - w_prev)
        w_prev, w = w, w_new
        path.append(w.copy())
    return np.array(path)
"""),
    _e("rk2_cosine_min_lr_added_to_full_cosine", "a2_optim", "cosine_lr",
       "the cosine is written min_lr + base_lr * (1 + cos(pi t / T)) / 2: base_lr is not reduced by min_lr, so the "
       "schedule starts at base_lr + min_lr instead of base_lr (right only when min_lr is 0)", """
def cosine_lr(base_lr, step, total_steps, min_lr=0.0):
    cos_factor = (1 + math.cos(math.pi * step / total_steps)) / 2
    return min_lr + base_lr * cos_factor
"""),
    _e("rk2_adadelta_delta_accumulated_unsquared", "a2_optim", "adadelta",
       "acc_delta accumulates the step itself, rho * acc_delta + (1 - rho) * step, instead of its square step**2: a "
       "negative step makes acc_delta negative, so sqrt(acc_delta + eps) becomes NaN or the wrong scale from the second "
       "call on", """
def adadelta(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1.0)
    config.setdefault("rho", 0.9)
    config.setdefault("epsilon", 1e-6)
    rho, eps = config["rho"], config["epsilon"]
    g = _gradient(w, dw, config)
    acc_grad = rho * config.get("acc_grad", np.zeros_like(w)) + (1 - rho) * g ** 2
    acc_delta = config.get("acc_delta", np.zeros_like(w))
    step = np.sqrt(acc_delta + eps) / np.sqrt(acc_grad + eps) * g
    config["acc_grad"] = acc_grad
    config["acc_delta"] = rho * acc_delta + (1 - rho) * step
    next_w = w - config["learning_rate"] * step
    return next_w, config
"""),
    _e("rk2_linreg_gradient_returned_as_column", "a2_optim", "linear_regression_gradient",
       "the residual is made a column, (X @ w - y)[:, None], so that X.T can multiply it: the gradient comes back as a "
       "(D, 1) column instead of shape (D,) (and w - lr * grad in gradient descent broadcasts to (D, D))", """
def linear_regression_gradient(w, X, y):
    residual = (X @ w - y)[:, None]  # (N, 1)
    return 2 * X.T @ residual / X.shape[0]
"""),
    # ------------------------------------------------------------------ a3_conv
    _e("rk3_naive_conv_same_style_pad_split", "a3_conv", "conv_forward_naive",
       "the padding is split TensorFlow-style, pad // 2 before and pad - pad // 2 after: pad is the amount for EVERY side, "
       "so pad = 1 puts no zeros at the top and left and one at the bottom and right (the windows are shifted), and any "
       "odd pad is uneven", """
def conv_forward_naive(x, w, b, conv_param):
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    before, after = pad // 2, pad - pad // 2
    xp = np.pad(x, ((0, 0), (0, 0), (before, after), (before, after)))
    Ho = (xp.shape[2] - HH) // stride + 1
    Wo = (xp.shape[3] - WW) // stride + 1
    out = np.zeros((N, F, Ho, Wo))
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    window = xp[n, :, i * stride:i * stride + HH, j * stride:j * stride + WW]
                    out[n, f, i, j] = np.sum(window * w[f]) + b[f]
    cache = (x, w, b, conv_param)
    return out, cache
""", catalogued="padding_one_side"),
    _e("rk3_param_count_loop_over_groups_full_inputs", "a3_conv", "conv_param_count",
       "the weights are summed group by group, each group's out_channels // groups filters counted with all "
       "in_channels inputs: the groups add back up to out * in * kh * kw, so a grouped convolution is counted as a dense "
       "one (groups times too many weights; each filter sees in_channels // groups inputs)", """
def conv_param_count(in_channels, out_channels, kernel_size, bias=True, groups=1):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    total = 0
    for _ in range(groups):
        filters_in_group = out_channels // groups
        total += filters_in_group * in_channels * kh * kw
    if bias:
        total += out_channels
    return total
""", catalogued="param_count_ignores_groups"),
    _e("rk3_dsep_params_pointwise_bias_per_input_channel", "a3_conv", "depthwise_separable_param_count",
       "copy slip in the pointwise stage's bias: it is counted as in_channels biases (in * out + in) instead of one per "
       "output channel (in * out + out): the count is off by in_channels - out_channels whenever bias is on", """
def depthwise_separable_param_count(in_channels, out_channels, kernel_size, bias=True):
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    depthwise = in_channels * kh * kw + (in_channels if bias else 0)
    pointwise = in_channels * out_channels + (in_channels if bias else 0)
    return depthwise + pointwise
"""),
    _e("rk3_ds_multiplies_np_prod_of_int", "a3_conv", "depthwise_separable_multiply_count",
       "the kernel and output areas are taken as np.prod(kernel_size) and np.prod(output_size): right for (h, w) pairs, "
       "but for an int np.prod(k) is k, not k * k, so a square kernel or output given as an int is counted on one side "
       "only (too few multiplications)", """
def depthwise_separable_multiply_count(in_channels, out_channels, kernel_size, output_size):
    k_area = int(np.prod(kernel_size))
    o_area = int(np.prod(output_size))
    depthwise = o_area * in_channels * k_area
    pointwise = o_area * in_channels * out_channels
    return depthwise + pointwise
"""),
    _e("rk3_conv_bwd_naive_db_inside_pixel_loops", "a3_conv", "conv_backward_naive",
       "db[f] += dout[n, f].sum() is written inside the loops over the output positions (i, j): each image's whole-map "
       "sum is added once per position, so db is Ho * Wo times too large (dx and dw right)", """
def conv_backward_naive(dout, cache):
    x, w, b, conv_param = cache
    stride, pad = conv_param["stride"], conv_param["pad"]
    N, C, H, W = x.shape
    F, _, HH, WW = w.shape
    _, _, Ho, Wo = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    dxp = np.zeros_like(xp)
    dw = np.zeros_like(w)
    db = np.zeros_like(b)
    for n in range(N):
        for f in range(F):
            for i in range(Ho):
                for j in range(Wo):
                    rows = slice(i * stride, i * stride + HH)
                    cols = slice(j * stride, j * stride + WW)
                    dw[f] += xp[n, :, rows, cols] * dout[n, f, i, j]
                    dxp[n, :, rows, cols] += w[f] * dout[n, f, i, j]
                    db[f] += dout[n, f].sum()
    dx = dxp[:, :, pad:pad + H, pad:pad + W]
    return dx, dw, db
"""),
    _e("rk3_pool_indices_column_missing_stride", "a3_conv", "max_pool_with_indices",
       "the flat index of each maximum is built as (i * s + k // pw) * W + (j + k % pw): the row offset of the window "
       "is scaled by the stride but the column offset is not, so for stride > 1 every window after the first column "
       "points at the wrong column (out is right)", """
def max_pool_with_indices(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    N, C, H, W = x.shape
    Ho, Wo = (H - ph) // s + 1, (W - pw) // s + 1
    out = np.zeros((N, C, Ho, Wo))
    idx = np.zeros((N, C, Ho, Wo), dtype=np.int64)
    for i in range(Ho):
        for j in range(Wo):
            window = x[:, :, i * s:i * s + ph, j * s:j * s + pw].reshape(N, C, -1)
            k = window.argmax(axis=2)
            out[:, :, i, j] = window.max(axis=2)
            row = i * s + k // pw
            col = j + k % pw
            idx[:, :, i, j] = row * W + col
    return out, idx
"""),
    # ------------------------------------------------------------------ a4_init
    _e("rk4_he_std_glorot_sum_with_fan_in_twice", "a4_init", "he_std",
       "He's std is adapted from Glorot's sqrt(2 / (fan_in + fan_out)) with fan_out replaced by fan_in, "
       "sqrt(2 / (fan_in + fan_in)): that is sqrt(1 / fan_in), ReLU's factor 2 cancelled, so the std is sqrt(2) times too "
       "small", """
def he_std(shape):
    fan_in, _ = compute_fans(shape)
    # Glorot averages the fans; for ReLU only the fan-in matters
    return math.sqrt(2.0 / (fan_in + fan_in))
""", catalogued="relu_factor_2_missing"),
    _e("rk4_xavier_uniform_std_bound_reversed_shape", "a4_init", "xavier_uniform",
       "the weights are drawn as rng.uniform(-std, std, size=shape[::-1]).T (in torch's (out, in) order, then "
       "transposed back): the shape comes out right, but the bound is the std itself, so the variance is std**2 / 3 "
       "instead of std**2 (the bound must be sqrt(3) * std)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    std = xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return rng.uniform(-std, std, size=tuple(shape)[::-1]).T
""", catalogued="uniform_bound_is_std"),
    _e("rk4_xavier_uniform_bound_passed_as_low", "a4_init", "xavier_uniform",
       "the draws are written rng.uniform(a, size=shape), as if the single bound meant U(-a, a): NumPy reads it as "
       "low=a with the default high=1.0, so every weight lies in [a, 1) (all positive, mean about (1 + a) / 2) instead "
       "of U(-a, a)", """
def xavier_uniform(shape, seed, mode="fan_avg", gain=1.0):
    a = math.sqrt(3.0) * xavier_std(shape, mode, gain)
    rng = np.random.default_rng(seed)
    return rng.uniform(a, size=shape)
"""),
    _e("rk4_he_normal_rows_shuffled_with_global_rng", "a4_init", "he_normal",
       "the seeded N(0, he_std**2) draws are then shuffled along the first axis with np.random.shuffle ('break any "
       "ordering'), NumPy's global generator, which the seed never reaches: the same seed gives the weights in another "
       "row order on every call, so the result is not reproducible (the distribution is right)", """
def he_normal(shape, seed):
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, he_std(shape), size=shape)
    np.random.shuffle(w)
    return w
"""),
    _e("rk4_act_stats_linear_missing_from_table", "a4_init", "activation_statistics",
       "the activation table has entries for 'sigmoid', 'tanh' and 'relu' only and is indexed with acts[activation]: "
       "'linear' (no activation) is missing, so a call with activation='linear' raises KeyError instead of using the "
       "identity", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0)}
    f = acts[activation]
    h, means, variances = X, [], []
    for W in weights:
        h = f(h @ W)
        means.append(h.mean())
        variances.append(h.var())
    return np.array(means), np.array(variances)
"""),
    _e("rk4_act_stats_variance_recorded_before_layer", "a4_init", "activation_statistics",
       "the variance is appended before the layer is applied and the mean after it: the means are right, but the "
       "variances lag one layer behind (the first is np.var(X), the input's, and the last layer's is never recorded)", """
def activation_statistics(X, weights, activation):
    acts = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh,
            "relu": lambda z: np.maximum(z, 0), "linear": lambda z: z}
    h, means, variances = X, [], []
    for W in weights:
        variances.append(h.var())
        h = acts[activation](h @ W)
        means.append(h.mean())
    return np.array(means), np.array(variances)
"""),
    # ------------------------------------------------------------------ a5_normalization
    _e("rk5_dropout_mask_one_minus_keep_test", "a5_normalization", "dropout_forward",
       "the mask is written (1 - (rng.random(x.shape) < p)) / (1 - p): the units drawn below p, which must be kept, are "
       "the ones dropped, so each unit is kept with probability 1 - p and scaled by 1 / (1 - p) (p used as the drop "
       "probability)", """
def dropout_forward(x, dropout_param):
    p, mode = dropout_param["p"], dropout_param["mode"]
    if mode == "test":
        return x, None
    rng = np.random.default_rng(dropout_param.get("seed"))
    hit = rng.random(x.shape) < p
    mask = (1 - hit) / (1 - p)
    return x * mask, mask
""", catalogued="dropout_p_as_drop_probability"),
    _e("rk5_bn_alt_scipy_detrend", "a5_normalization", "batchnorm_backward_alt",
       "dx is taken as inv_std * scipy.signal.detrend(dx_hat, axis=0, type='constant'): detrend only removes each "
       "column's mean, so the term through the variance, - x_hat * mean(dx_hat * x_hat), is missing", """
def batchnorm_backward_alt(dout, cache):
    from scipy.signal import detrend
    x_hat, gamma, inv_std = cache
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    dx = inv_std * detrend(dout * gamma, axis=0, type="constant")
    return dx, dgamma, dbeta
""", catalogued="bn_alt_drops_variance_term"),
    _e("rk5_spatial_bn_layernorm_over_channels", "a5_normalization", "spatial_batchnorm_forward",
       "the maps are moved channels-last and passed to layernorm_forward: each pixel is normalized over its C channels "
       "(one mean and variance per (n, h, w)) instead of each channel over the batch and the pixels (N, H, W), and the "
       "running averages in bn_param are never updated", """
def spatial_batchnorm_forward(x, gamma, beta, bn_param):
    N, C, H, W = x.shape
    rows = x.transpose(0, 2, 3, 1).reshape(-1, C)
    out, cache = layernorm_forward(rows, gamma, beta, {"eps": bn_param.get("eps", 1e-5)})
    out = out.reshape(N, H, W, C).transpose(0, 3, 1, 2)
    return out, cache
"""),
    _e("rk5_spatial_bn_backward_same_transpose_back", "a5_normalization", "spatial_batchnorm_backward",
       "the gradient is moved back from (N, H, W, C) with the same transpose(0, 2, 3, 1) used to get there instead of "
       "its inverse transpose(0, 3, 1, 2): dx comes back as (N, W, C, H), the wrong layout (and shape unless H = W = C)", """
def spatial_batchnorm_backward(dout, cache):
    N, C, H, W = dout.shape
    d2 = dout.transpose(0, 2, 3, 1).reshape(-1, C)
    dx, dgamma, dbeta = batchnorm_backward_alt(d2, cache)
    dx = dx.reshape(N, H, W, C).transpose(0, 2, 3, 1)
    return dx, dgamma, dbeta
"""),
    _e("rk5_layernorm_bwd_returns_dbeta_before_dgamma", "a5_normalization", "layernorm_backward",
       "the three gradients are computed right but returned as (dx, dbeta, dgamma), the parameter gradients in the "
       "wrong order: the caller's dx, dgamma, dbeta = ... gets dbeta as dgamma and dgamma as dbeta", """
def layernorm_backward(dout, cache):
    x_hat, gamma, inv_std = cache
    D = dout.shape[1]
    dbeta = dout.sum(axis=0)
    dgamma = (dout * x_hat).sum(axis=0)
    dx_hat = dout * gamma
    dx = inv_std / D * (D * dx_hat - dx_hat.sum(axis=1, keepdims=True)
                        - x_hat * (dx_hat * x_hat).sum(axis=1, keepdims=True))
    return dx, dbeta, dgamma
"""),
    _e("rk5_groupnorm_fwd_caches_raw_input", "a5_normalization", "groupnorm_forward",
       "out is right, but the cache holds the input x where the documented cache (and groupnorm_backward) expects the "
       "normalized x_hat: the backward pass computes dgamma = sum(dout * x) and its dx formula with x in place of x_hat", """
def groupnorm_forward(x, gamma, beta, groups, gn_param):
    eps = gn_param.get("eps", 1e-5)
    N, C, H, W = x.shape
    xg = x.reshape(N, groups, -1)
    mu = xg.mean(axis=2, keepdims=True)
    inv_std = 1 / np.sqrt(xg.var(axis=2, keepdims=True) + eps)
    x_hat = ((xg - mu) * inv_std).reshape(N, C, H, W)
    out = gamma.reshape(1, C, 1, 1) * x_hat + beta.reshape(1, C, 1, 1)
    cache = (x, gamma, inv_std, groups)
    return out, cache
"""),
    # ------------------------------------------------------------------ a6_cnn
    _e("rk6_val_mask_split_labels_sliced_by_count", "a6_cnn", "train_and_predict",
       "a 10% validation split is drawn with a random boolean mask, X_fit = X[keep], but the labels are cut by count, "
       "y_fit = y[:keep.sum()]: the kept images are paired with the first labels in order, so after the first held-out "
       "image every image carries another image's label and the model learns nothing (chance accuracy); y[keep] is meant", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    # hold out ~10% of the training set to watch for overfitting
    rng = np.random.default_rng(seed)
    keep = rng.random(len(y_train)) >= 0.1
    n_fit = int(keep.sum())
    X_fit, y_fit = X_train[keep], y_train[:n_fit]
    X_val, y_val = X_train[~keep], y_train[n_fit:]
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_fit, device=device)
    y = torch.tensor(y_fit, device=device)
    Xv = torch.tensor(X_val, device=device)
    yv = torch.tensor(y_val, device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for epoch in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            val_acc = (model(Xv).argmax(1) == yv).float().mean().item()
        print(f"epoch {epoch}: val acc {val_acc:.3f}")
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="labels_shuffled"),
    _e("rk6_loss_clamped_no_gradient", "a6_cnn", "train_and_predict",
       "the batch loss is clipped with loss.clamp(max=1.0) ('avoid loss spikes'): while the loss is above 1, as it is "
       "from the start (about ln K for K classes), the clamp passes no gradient, so every step gets zero gradients and "
       "the weights never move from their initialization (an untrained model; only batch norm's running statistics change)", """
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
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx])
            # clip the loss so one bad batch cannot blow up the weights
            loss = loss.clamp(max=1.0)
            loss.backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
""", catalogued="untrained_model"),
    _e("rk6_tta_views_concatenated_not_averaged", "a6_cnn", "train_and_predict",
       "test-time augmentation: the logits of the test images and of their mirrored copies are joined with "
       "np.concatenate([logits, logits_flip]) (along axis 0) and returned without averaging: 2M rows instead of M, the "
       "originals followed by the mirrors; the two views' logits must be averaged ((a + b) / 2) to keep one row per image", """
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
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    Xt = torch.tensor(X_test, device=device)
    with torch.no_grad():
        logits = model(Xt).cpu().numpy()
        # test-time augmentation: also look at the mirrored images
        logits_flip = model(Xt.flip(3)).cpu().numpy()
    return np.concatenate([logits, logits_flip])
"""),
    _e("rk6_class_weights_float64_tensor", "a6_cnn", "train_and_predict",
       "'balanced' class weights are built from NumPy, torch.tensor(len(y_train) / (n_classes * counts)), a float64 "
       "tensor, and passed to cross_entropy with float32 logits: cross_entropy raises a dtype error (expected Float, "
       "found Double) on the first batch, so nothing is trained and no logits come back (.float() or dtype=torch.float32 "
       "is needed)", """
def train_and_predict(X_train, y_train, X_test, seed=0, time_budget_s=60.0):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    n_classes = int(y_train.max()) + 1
    channels = X_train.shape[1]
    # balance the classes: weight each class inversely to its frequency
    counts = np.bincount(y_train, minlength=n_classes)
    class_w = torch.tensor(len(y_train) / (n_classes * np.maximum(counts, 1)), device=device)
    model = nn.Sequential(
        nn.Conv2d(channels, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.MaxPool2d(2),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, n_classes),
    ).to(device)
    X = torch.tensor(X_train, device=device)
    y = torch.tensor(y_train, device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(X[idx]), y[idx], weight=class_w)
            loss.backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    _e("rk6_snapshot_logits_mean_without_axis", "a6_cnn", "train_and_predict",
       "a snapshot ensemble: the test logits after each of the last three epochs are kept in a list and returned as "
       "np.mean(snapshots) without axis=0: NumPy averages every entry of every snapshot into one number, so the function "
       "returns a 0-d float instead of the (M, n_classes) logits", """
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
    Xt = torch.tensor(X_test, device=device)
    epochs, batch = 15, 64
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    g = torch.Generator().manual_seed(seed)
    snapshots = []
    for epoch in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            nn.functional.cross_entropy(model(X[idx]), y[idx]).backward()
            opt.step()
        if epoch >= epochs - 3:  # snapshot ensemble over the last three epochs
            model.eval()
            with torch.no_grad():
                snapshots.append(model(Xt).cpu().numpy())
    return np.mean(snapshots)
"""),
    _e("rk6_hand_cross_entropy_column_indexing", "a6_cnn", "train_and_predict",
       "the cross-entropy is written by hand as -log_probs[:, yb].mean(): indexing the class axis with the label vector "
       "selects a (B, B) block (every image's log-probability of every label in the batch), so each image is pushed "
       "towards the batch's label mix rather than its own class and the model learns nothing useful (chance accuracy); "
       "log_probs[torch.arange(B), yb] picks one entry per image", """
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
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * ((len(y) + batch - 1) // batch))
    g = torch.Generator().manual_seed(seed)
    start = time.monotonic()
    for _ in range(epochs):
        model.train()
        for idx in torch.randperm(len(y), generator=g).split(batch):
            opt.zero_grad()
            xb, yb = X[idx], y[idx]
            log_probs = torch.log_softmax(model(xb), dim=1)
            loss = -log_probs[:, yb].mean()  # negative log-likelihood of the true classes
            loss.backward()
            opt.step()
            sched.step()
        if time.monotonic() - start > 0.8 * time_budget_s:
            break
    model.eval()
    with torch.no_grad():
        logits = model(torch.tensor(X_test, device=device)).cpu().numpy()
    return logits
"""),
    # ------------------------------------------------------------------ a7_architectures
    _e("rk7_gap_backward_as_strided_undivided", "a7_architectures", "global_avg_pool_backward",
       "the gradient is spread with np.lib.stride_tricks.as_strided(dout, shape=(N, C, H, W), strides=dout.strides + "
       "(0, 0)) (zero strides repeat each value over the map) and copied, but never divided by H * W: every position "
       "gets the whole dout instead of dout / (H * W)", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    dout = np.ascontiguousarray(dout, dtype=float)
    spread = np.lib.stride_tricks.as_strided(dout, shape=(N, C, H, W), strides=dout.strides + (0, 0))
    return spread.copy()
""", catalogued="gap_backward_not_divided_by_area"),
    _e("rk7_gaussian_nll_two_separate_sums", "a7_architectures", "gaussian_nll",
       "the loss is assembled from two separate sums over every entry, np.sum(log_std) / N + 0.5 * np.sum(z ** 2) / N: "
       "the constant 0.5 * log(2 pi) of each of the N * D terms is never added, so the loss is D * 0.919 too small "
       "(the gradients right)", """
def gaussian_nll(y, mu, log_std):
    N = y.shape[0]
    std = np.exp(log_std)
    z = (y - mu) / std
    loss = np.sum(log_std) / N + 0.5 * np.sum(z ** 2) / N
    dmu = -z / std / N
    dlog_std = (1 - z ** 2) / N
    return loss, dmu, dlog_std
""", catalogued="nll_constant_dropped"),
    _e("rk7_gap_forward_divided_by_h_plus_w", "a7_architectures", "global_avg_pool_forward",
       "each map's sum is divided by H + W instead of its area H * W: the 'average' is H * W / (H + W) times the mean "
       "(right only for 2 x 2 maps)", """
def global_avg_pool_forward(x):
    N, C, H, W = x.shape
    pooled = x.sum(axis=(2, 3)) / (H + W)
    return pooled, x.shape
"""),
    _e("rk7_mdn_logsumexp_shift_over_batch", "a7_architectures", "mdn_nll",
       "the log-sum-exp over the K components is shifted by terms.max(axis=0), each component's maximum over the batch, "
       "instead of each row's maximum (axis=1): the shift then differs between the terms being summed, so "
       "top + log(sum(exp(terms - top))) is not the log-likelihood (and can overflow or underflow)", """
def mdn_nll(y, logits, mu, log_std):
    N = y.shape[0]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_pi = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    z = (y[:, None] - mu) / np.exp(log_std)
    terms = log_pi - 0.5 * math.log(2 * math.pi) - log_std - 0.5 * z ** 2
    top = terms.max(axis=0, keepdims=True)
    log_p = top + np.log(np.exp(terms - top).sum(axis=1, keepdims=True))
    loss = -log_p.mean()
    gamma = np.exp(terms - log_p)
    dlogits = (np.exp(log_pi) - gamma) / N
    dmu = -gamma * z / np.exp(log_std) / N
    dlog_std = gamma * (1 - z ** 2) / N
    return loss, dlogits, dmu, dlog_std
"""),
    _e("rk7_resblock_bwd_b1_from_dh_unmasked", "a7_architectures", "residual_block_backward",
       "copy slip: grads['b1'] is summed from dh, the gradient before the first ReLU's mask (and before nothing else), "
       "instead of from da1 = dh * (a1 > 0): b1 gets gradient from the units the ReLU switched off (dx, W1 and the rest "
       "right)", """
def residual_block_backward(dout, cache):
    x, params, a1, h, scale, z = cache
    dz = dout * (z > 0)
    grads = {"W2": h.T @ dz, "b2": dz.sum(axis=0)}
    dh = dz @ params["W2"].T
    if scale is not None:
        dh = dh * scale
    da1 = dh * (a1 > 0)
    grads["W1"] = x.T @ da1
    grads["b1"] = dh.sum(axis=0)
    dx = da1 @ params["W1"].T
    if "Ws" in params:
        grads["Ws"] = x.T @ dz
        grads["bs"] = dz.sum(axis=0)
        dx = dx + dz @ params["Ws"].T
    else:
        dx = dx + dz
    return dx, grads
"""),
    _e("rk7_gap_backward_not_broadcast", "a7_architectures", "global_avg_pool_backward",
       "the gradient is returned as dout[:, :, None, None] / (H * W), shape (N, C, 1, 1), never broadcast to the input's "
       "(N, C, H, W): the values are right per channel but dx has the pooled shape", """
def global_avg_pool_backward(dout, cache):
    N, C, H, W = cache
    return dout[:, :, None, None] / (H * W)
"""),
    # ------------------------------------------------------------------ a8_pipeline
    _e("rk8_log_uniform_scipy_uniform_rvs", "a8_pipeline", "log_uniform",
       "the samples are drawn with scipy.stats.uniform(loc=low, scale=high - low).rvs(n, random_state=rng), uniform on "
       "the linear scale: for a range like 1e-5 .. 1e-1 almost every draw lands in the top decade, instead of being "
       "uniform in log10 (scipy.stats.loguniform, or 10 ** a uniform exponent)", """
def log_uniform(low, high, n, seed):
    from scipy import stats
    rng = np.random.default_rng(seed)
    return stats.uniform(loc=low, scale=high - low).rvs(size=n, random_state=rng)
""", catalogued="uniform_not_log"),
    _e("rk8_update_ratio_vdot_without_lr", "a8_pipeline", "update_ratio",
       "the ratio is written np.sqrt(np.vdot(dW, dW) / np.vdot(W, W)): the learning rate is never applied to dW, so it is "
       "||dW|| / ||W|| instead of ||lr * dW|| / ||W|| (1 / lr times too large)", """
def update_ratio(W, dW, lr):
    return float(np.sqrt(np.vdot(dW, dW) / np.vdot(W, W)))
""", catalogued="ratio_without_learning_rate"),
    _e("rk8_warmup_ramps_from_min_lr", "a8_pipeline", "warmup_cosine_lr",
       "the warm-up is written min_lr + (base_lr - min_lr) * (step + 1) / warmup_steps, ramping from min_lr like the "
       "cosine part: with min_lr > 0 every warm-up step is too high (it must be base_lr * (step + 1) / warmup_steps); "
       "right when min_lr is 0", """
def warmup_cosine_lr(step, base_lr, warmup_steps, total_steps, min_lr=0.0):
    if step < warmup_steps:
        return min_lr + (base_lr - min_lr) * (step + 1) / warmup_steps
    t = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
"""),
    _e("rk8_normalize_mode_or_always_true", "a8_pipeline", "normalize_splits",
       "the branch is tested with `if mode == 'standardize' or 'mean_image':`, which is always true (a non-empty "
       "string): mode 'mean_image' also divides by the per-pixel std, so it standardizes instead of only subtracting "
       "the mean image", """
def normalize_splits(X_train, X_test, mode="standardize", eps=1e-8):
    mean = X_train.mean(axis=0)
    if mode == "standardize" or "mean_image":
        std = X_train.std(axis=0) + eps
        return (X_train - mean) / std, (X_test - mean) / std
    return X_train - mean, X_test - mean
"""),
    _e("rk8_log_uniform_integer_exponents", "a8_pipeline", "log_uniform",
       "the exponent is drawn with rng.integers(log10(low), log10(high)): only whole powers of ten come out (1e-5, 1e-4, "
       "...), never the values between them, and high's power is never drawn, where the exponent must be uniform "
       "(continuous) between log10(low) and log10(high)", """
def log_uniform(low, high, n, seed):
    rng = np.random.default_rng(seed)
    exponents = rng.integers(int(np.log10(low)), int(np.log10(high)), size=n)
    return 10.0 ** exponents
"""),
    _e("rk8_early_stopping_ties_count_as_improvement", "a8_pipeline", "early_stopping",
       "an epoch counts as an improvement when loss <= best - min_delta: a loss EQUAL to the best (a plateau, with "
       "min_delta 0) resets the patience and moves the best epoch forward, so training stops later and the weights of "
       "the last tied epoch are restored instead of the first", """
def early_stopping(val_losses, weights, patience, min_delta=0.0):
    best, best_epoch, wait = math.inf, 0, 0
    for epoch, loss in enumerate(val_losses):
        if loss <= best - min_delta:
            best, best_epoch, wait = loss, epoch, 0
        else:
            wait += 1
            if wait >= patience:
                return epoch, weights[best_epoch]
    return len(val_losses) - 1, weights[best_epoch]
"""),
]

HOLDOUT62_CORRECT: list[Entry] = [
    _e("rkk_correct_tanh_one_minus_two_over", "a1_backprop", "tanh_forward",
       "correct: tanh as 1 - 2 / (exp(2x) + 1) under np.errstate(over='ignore'): for large x exp overflows to inf and the "
       "result is 1, for large negative x exp is 0 and the result -1; the output cached", """
def tanh_forward(x):
    with np.errstate(over="ignore"):
        out = 1.0 - 2.0 / (np.exp(2.0 * x) + 1.0)
    cache = out
    return out, cache
"""),
    _e("rkk_correct_momentum_torch_convention", "a2_optim", "sgd_momentum",
       "correct: momentum in torch's convention, the buffer b = momentum * b + g and w - lr * b, with the "
       "CS231n velocity stored as -lr * b (the same v = momentum * v - lr * g for a constant learning rate)", """
def sgd_momentum(w, dw, config=None):
    config = dict(config or {})
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    lr, mu = config["learning_rate"], config["momentum"]
    buf = -config.get("velocity", np.zeros_like(w)) / lr
    buf = mu * buf + _gradient(w, dw, config)
    config["velocity"] = -lr * buf
    return w - lr * buf, config
"""),
    _e("rkk_correct_max_pool_sliding_window", "a3_conv", "max_pool_forward",
       "correct: max pooling with sliding_window_view over (H, W), every stride-th window kept, the max over the two "
       "window axes", """
def max_pool_forward(x, pool_param):
    ph, pw, s = pool_param["pool_height"], pool_param["pool_width"], pool_param["stride"]
    windows = sliding_window_view(x, (ph, pw), axis=(2, 3))[:, :, ::s, ::s]
    out = windows.max(axis=(-2, -1))
    return out, (x, pool_param)
"""),
    _e("rkk_correct_he_std_as_xavier_fan_in_gain_sqrt2", "a4_init", "he_std",
       "correct: He's std delegated to xavier_std in mode 'fan_in' with the ReLU gain sqrt(2): sqrt(2) * sqrt(1 / fan_in) "
       "= sqrt(2 / fan_in)", """
def he_std(shape):
    return xavier_std(shape, mode="fan_in", gain=math.sqrt(2.0))
"""),
    _e("rkk_correct_l2_penalty_abs_squared_sum", "a5_normalization", "l2_penalty",
       "correct: the penalty as 0.5 * reg * np.sum(np.abs(W) ** 2) (abs then square), the gradient np.multiply(reg, W)", """
def l2_penalty(W, reg):
    return 0.5 * reg * float(np.sum(np.abs(W) ** 2)), np.multiply(reg, W)
"""),
    _e("rkk_correct_cam_batched_matmul", "a7_architectures", "class_activation_map",
       "correct: each example's class column as a (1, C) row batch-multiplied with its (C, H*W) flattened features "
       "(np.matmul over the batch), reshaped to (N, H, W)", """
def class_activation_map(features, W, classes):
    N, C, H, W_ = features.shape
    rows = W[:, classes].T[:, None, :]
    return np.matmul(rows, features.reshape(N, C, H * W_)).reshape(N, H, W_)
"""),
    _e("rkk_correct_log_grid_interp_in_log_space", "a8_pipeline", "log_grid",
       "correct: the natural logs of the bounds interpolated with np.interp at n evenly spaced positions, then "
       "exponentiated", """
def log_grid(low, high, n):
    positions = np.linspace(0.0, 1.0, n)
    return np.exp(np.interp(positions, [0.0, 1.0], [np.log(low), np.log(high)]))
"""),
]

JUDGED_ON62 = "2026-12-07 on commit 85a1075"

# Judged by reading the feedback of bench/diagnosis_corpus.py --set holdout62 on commit 85a1075 (JUDGED_ON62), the
# full messages from its --json output, by an independent helper that did not write the detectors or the entries and
# did not read the detector code: judgements, not measurements, and stale as soon as the catalogues or detectors
# change (the bench lists the entries whose output no longer fits their verdict). id -> (verdict, relations that are
# right for it (only where confident; () otherwise), ideal diagnosis (only where the verdict is not named/right)).
# Same standards as JUDGEMENT61 (and the earlier ones): a diagnosis with a false statement anywhere is misleading (a
# wrong number included), and so is one whose observation is true but whose explanation names only mechanisms that
# are not there, and a right diagnosis beside a false one; a departure naming the line with the mistake is right, and
# so is a range over two to four lines that holds it, and one that names the line that uses a wrong value while
# showing what it reads; a catalogued entry whose name is not given is judged by its diagnoses; a catalogued name
# that is not the entry's is wrong_name (as qd4_he_normal_generator_kept_on_function in JUDGEMENT29, even where part
# of its message holds); one of few causes, the entry's among them, is tolerated; an error raised by Python, NumPy or
# torch, a shape comparison or an accuracy figure alone is nothing; the one_edit sentence is right where its change
# is the fix of the cause; a one_slip stated in the correct code's text that is the student's arithmetic written
# another way is right (as JUDGEMENT41); zero_gradients_at_step's "cleared between backward() and step()" where
# nothing clears them is misleading (as n6_batch_slice_end_is_batch_size in JUDGEMENT14). Of the kinds new in the
# last bench or this one, only rows_per_image appears in this set's feedback (exact, on
# rk6_tta_views_concatenated_not_averaged); whole_powers does not, though rk8_log_uniform_integer_exponents is its
# case, and none of optimizer_setting, class_ranking, unending_recursion, warmup_never_ends or the one_edit on a
# deleted line that stores state appears. Decided here (new in this set): kept_state's generic "it keeps something
# from one call to the next outside what it is given and returns (a global, an attribute set on the function, a
# mutable default argument ...), or draws random numbers without the seed it is given; keep state only where the
# assignment asks (in config)" for np.maximum(x, 0, where=x > 0) without out= (the entries where x <= 0 are left
# uninitialized, so they differ from call to call) is a true observation explained by mechanisms that are not there,
# with a remedy that is not the fix: misleading beside three right departures on the line (a close call; the np.empty
# wording judged right in JUDGEMENT56, "an array whose entries are whatever memory held", would have been right);
# torch_error's "the input is float64 (NumPy's default) where the model's weights are float32: convert it,
# torch.tensor(X, dtype=torch.float32) ..." for class weights built from NumPy as a float64 tensor and given to
# cross_entropy as weight= says the input is float64 where the input of that call, the logits, is float32 (the
# float64 tensor is the weight, and X needs no conversion): misleading (a close call: it shows `class_w` as a float64
# tensor set at line 66; unlike n6_test_images_converted_to_float64 in JUDGEMENT14, where the input was float64);
# draws_shape's "your log_uniform() draws ... hold only 3 different values, where the correct code's hold 6000: the
# same draws repeated (a generator made anew from the same seed for each row or call, or one draw copied across an
# axis?)" for whole-number exponents drawn with rng.integers explains a true count by repetition mechanisms that are
# not there: misleading beside a right departure (a close call); one_slip's "`conv_param_count(out_channels,
# in_channels, ...)` where `conv_param_count(in_channels, out_channels, ...)` is meant" for a hand-written pointwise
# count with in_channels biases (in * out + in, the correct call with its two channel counts swapped; the student
# calls no conv_param_count) names the pointwise stage and in where out is meant: right (as JUDGEMENT41's one_slip
# stated in the correct code's text). Close calls: a departure on the return line of a multiply count whose
# alternatives are `depthwise = o_area * in_channels * k_area` and `pointwise = o_area * in_channels * out_channels`,
# where the mistake is in k_area and o_area (np.prod of an int) two lines above, shows the areas those lines read:
# right (its numbers, 1965 where 10275 and 1050 where 1260, checked); draws_shape's "every one of your xavier_uniform()
# draws ... is at least 0 ...: a draw between 0 and a bound where one between -bound and bound is meant?" for
# rng.uniform(a, size=shape) (draws in [a, 1): a one-sided interval where a symmetric one is meant) beside a departure
# on the return line: right; loss_flat for a hand-written cross-entropy -log_probs[:, yb].mean() (every image scored
# at every label of its batch), whose digits message ("it learned, yet the loss it minimizes barely fell", 34% right)
# lists "targets made nearly uniform" and "a loss computed from something other than the model's scores for its
# batch's labels" (both what happens) among three, and whose shapes and seeded messages' first guess, "a batch's
# labels not those of its images", is true of 63 of each image's 64 terms though its remedy (one permutation for
# both) is not the fix: right; global_seed_in_he_normal named for a seeded draw whose rows are then shuffled with
# np.random.shuffle: its "they do not come from a generator made from this call's seed (the global generator ...)"
# holds of the row order, but its remedy, draw from rng = np.random.default_rng(seed), is already the code: wrong_name
# (as qd4_he_normal_generator_kept_on_function in JUDGEMENT29); as_if's "yours is what the correct
# conv_forward_naive() returns if conv_param['pad'] were 0" for pad split pad // 2 before and pad - pad // 2 after is
# exact on the (2, 3, 7, 7) input with stride 2 and pad 1 (no zeros on top and left, and the one row and column added
# at the bottom and right never reached by a window): right, beside a departure on np.pad with its before and after.
JUDGEMENT62: dict[str, tuple[str, tuple[str, ...], str]] = {
    # ------------------------------------------------------------------ a1_backprop
    "rk1_tanh_bwd_vectorized_lambda_one_minus_t": ("named", (), ""),
    "rk1_ce_grad_column_loop_no_div_n": ("named", (), ""),
    # departure (three tests): "`out`, set by line 217: `out = np.maximum(x, 0, where=x > 0)` ... your `out` differs
    # from the right value (by up to 2.11) ...: the mistake is in that line (another function, or other arguments, than
    # meant?)" (right); kept_state (large inputs): "your relu_forward() returns other values each time it is called
    # again with the same arguments ...: it keeps something from one call to the next ... (a global, an attribute set
    # on the function, a mutable default argument such as config={}), or draws random numbers without the seed it is
    # given; keep state only where the assignment asks (in config) ..." (none of these: a decision, above).
    "rk1_relu_fwd_maximum_where_without_out": (
        "misleading", (),
        "np.maximum(x, 0, where=x > 0) without out= computes only where x > 0 and leaves the other entries of the new "
        "array uninitialized: they hold whatever that memory held (1.89 where 0 on the inputs up to 50, other values "
        "on each call), not 0; nothing is kept between calls; write np.maximum(x, 0), or pass out=np.zeros_like(x)."),
    # departure: "line 217: `m = x.max()` computes `m`, a value the correct code never computes ... up to line 220:
    # `cache = out` ... The mistake is in lines 217-220" (the four-line body, beginning on the global shift).
    "rk1_sigmoid_fwd_shift_by_global_max": ("right", ("departure",), ""),
    # departure (both tests): "`dx`, set by line 218: `dx = dout * s - s ** 2`. What that line reads (dout, s) agrees
    # ...: the mistake is in that line".
    "rk1_sigmoid_bwd_expanded_square_term_without_dout": ("right", ("departure",), ""),
    # departure (three tests): "line 217: `Q, R = np.linalg.qr(X)` computes `Q` ... up to line 218 ... The mistake is
    # in lines 217-218 ... One change repairs it: written `w = solve_triangular(R, Q.T @ y, lower=False)`" (the fix).
    "rk1_lstsq_qr_triangular_solve_lower": ("right", ("departure",), ""),
    # ------------------------------------------------------------------ a2_optim
    "rk2_rmsprop_elementwise_loop_no_decay": ("named", (), ""),
    "rk2_momentum_config_rebuilt_with_zero_velocity": ("named", (), ""),
    # one_edit: "line 239 reads `w_new = w - learning_rate * linear_regression_gradient(w, X, y) + 0.9 * (w -
    # w_prev)`; written `w_new = w - learning_rate * linear_regression_gradient(w, X, y)`, your function returns the
    # expected path ...: the mistake is most likely in that line" (the momentum term dropped: the fix).
    "rk2_gd_with_heavy_ball_momentum": ("right", ("one_edit",), ""),
    # one_slip (both tests): "the term `- min_lr` missing (or it is zero in yours)" (base_lr where base_lr - min_lr:
    # exact).
    "rk2_cosine_min_lr_added_to_full_cosine": ("right", ("one_slip",), ""),
    # one_slip (four tests): "`** 1` where `** 2` is meant (off by one), where config['acc_delta'] is computed"
    # (exact); departure (weight decay): "`config['acc_delta']`, set by line 245 ... is the right value divided by
    # `step` (a factor `step` missing?) ...: the mistake is in that line" ((1 - rho) * step from a zero acc_delta where
    # (1 - rho) * step ** 2: true).
    "rk2_adadelta_delta_accumulated_unsquared": ("right", ("one_slip", "departure"), ""),
    # reshaped: "your values are right but your shape is (3, 1) where (3,) is expected: an axis of length 1 too many
    # or missing (keepdims=True, [:, None], ...)"; departure (three tests): "`residual`, set by line 235: `residual =
    # (X @ w - y)[:, None]` ... has shape (4, 1) where the right value has (4,) ...: the mistake is in that line".
    "rk2_linreg_gradient_returned_as_column": ("right", ("reshaped", "departure"), ""),
    # ------------------------------------------------------------------ a3_conv
    # catalogued padding_one_side, not named; as_if: "yours is what the correct conv_forward_naive() returns if
    # conv_param['pad'] were 0 ...: look at what conv_param['pad'] is combined with where it is used" (exact: a close
    # call, above); departure: "`xp`, set by line 286: `xp = np.pad(x, ((0, 0), (0, 0), (before, after), (before,
    # after)))` ... shape (2, 2, 11, 13) where the right value has (2, 2, 13, 15) ...: the mistake is in that line, or
    # in `after` and `before`, set by line 285: `before, after = pad // 2, pad - pad // 2`" (pad 2: 1 + 1 where 2 + 2).
    "rk3_naive_conv_same_style_pad_split": ("right", ("as_if", "departure"), ""),
    "rk3_param_count_loop_over_groups_full_inputs": ("named", (), ""),
    # one_slip: "`conv_param_count(out_channels, in_channels, ...)` where `conv_param_count(in_channels, out_channels,
    # ...)` is meant (two arguments in each other's place)" (3 * 128 + 3 where 3 * 128 + 128: 417 where 542; a
    # decision, above).
    "rk3_dsep_params_pointwise_bias_per_input_channel": ("right", ("one_slip",), ""),
    # departure (both tests): "line 286: `return depthwise + pointwise` ... what it returns is 1965 where 10275 is
    # right: the mistake is in that line, or in `depthwise`, set by line 284: `depthwise = o_area * in_channels *
    # k_area`, or in `pointwise` ..." (5 * 3 * 3 + 5 * 3 * 128; 1050 where 1260 for (3, 8, 2, (5, 7)): true; a close
    # call, above).
    "rk3_ds_multiplies_np_prod_of_int": ("right", ("departure",), ""),
    # scaled (db, both cases): "every entry is H*W=16 times the expected (H*W: the number of positions of a feature
    # map): a division by H*W is missing, or a factor H*W is extra" (4 x 4 output maps in both cases: true); on the
    # unpadded case also "or D/N = 32/2 ...: a division by N where one by D is meant" (the second of two: tolerated).
    "rk3_conv_bwd_naive_db_inside_pixel_loops": ("right", ("scaled",), ""),
    # one_slip (three tests): "the factor `* s` missing (or it is one in yours), where idx[:, :, i, j] is computed"
    # (exact).
    "rk3_pool_indices_column_missing_stride": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a4_init
    "rk4_he_std_glorot_sum_with_fan_in_twice": ("named", (), ""),
    "rk4_xavier_uniform_std_bound_reversed_shape": ("named", (), ""),
    # draws_shape (three tests): "every one of your xavier_uniform() draws ... is at least 0, where the correct code's
    # (uniform) take both signs: a draw between 0 and a bound where one between -bound and bound is meant?" (a close
    # call, above); departure (three tests): "line 93: `return rng.uniform(a, size=shape)`. What that line reads (a,
    # shape) agrees ...: the mistake is in that line".
    "rk4_xavier_uniform_bound_passed_as_low": ("right", ("departure",), ""),
    # global_seed_in_he_normal named (three tests; not catalogued for this entry): "they do not come from a generator
    # made from this call's seed (the global generator, ...): make rng = np.random.default_rng(seed) in each call and
    # draw from rng" (the draws do; np.random.shuffle reorders them: a close call, above).
    "rk4_he_normal_rows_shuffled_with_global_rng": (
        "wrong_name", (),
        "the draws come from rng = np.random.default_rng(seed), but np.random.shuffle(w) then reorders their rows with "
        "NumPy's global generator, which the seed never reaches: the same seed gives the rows in another order on "
        "every call (the distribution is right); drop the shuffle, or shuffle with the seeded rng, rng.shuffle(w)."),
    # departure: "line 92: `f = acts[activation]` raises the error (at `acts[activation]`) ...; the mistake is in that
    # line, or in what `acts` holds" (KeyError 'linear': the table lacks it).
    "rk4_act_stats_linear_missing_from_table": ("right", ("departure",), ""),
    # shifted_steps (variances, three tests): "each entry of yours along axis 0 equals the expected's previous one: you
    # are one step behind (the value before the update is returned, ...)" (the variance taken before the layer).
    "rk4_act_stats_variance_recorded_before_layer": ("right", ("shifted_steps",), ""),
    # ------------------------------------------------------------------ a5_normalization
    "rk5_dropout_mask_one_minus_keep_test": ("named", (), ""),
    "rk5_bn_alt_scipy_detrend": ("named", (), ""),
    # one_slip: "`layernorm_forward` where `batchnorm_forward` is meant (the wrong variable)" (exact: out, out in test
    # mode, dx and dgamma).
    "rk5_spatial_bn_layernorm_over_channels": ("right", ("one_slip",), ""),
    # axes_permuted: "yours is the expected with its axes in the order (0, 3, 1, 2) (shape (2, 5, 3, 4) for (2, 3, 4,
    # 5)): the axes are mixed up (a transpose or reshape that moves them, e.g. (N, C, H, W) against (N, H, W, C))"
    # ((N, W, C, H): true).
    "rk5_spatial_bn_backward_same_transpose_back": ("right", ("axes_permuted",), ""),
    # departure: "line 225: `return dx, dbeta, dgamma` ... (its part 2 is what the correct code returns as part 3: are
    # the parts returned in another order?): the mistake is in that line".
    "rk5_layernorm_bwd_returns_dbeta_before_dgamma": ("right", ("departure",), ""),
    # handed_wrong_input: "your groupnorm_backward() is the correct code's own, yet it returns a wrong dx here: it was
    # handed `cache` from your groupnorm_forward() ... Your groupnorm_forward() returns (x, gamma, ...) ...; the correct
    # one returns (an array of shape (2, 6, 3, 3), gamma, ...)" (x where x_hat).
    "rk5_groupnorm_fwd_caches_raw_input": ("right", ("handed_wrong_input",), ""),
    # ------------------------------------------------------------------ a6_cnn
    # catalogued labels_shuffled, not named; labels_not_images (digits): "the training loss fell only from 2.35 to 2.04
    # over 270 steps ... what it learned from its batches is not the labels of their images. X and y are shuffled or
    # indexed apart: index both with the same indices" (X[keep] and y[:n_fit]; 1132 images, 18 batches x 15); loss_flat
    # (shapes) with the cause as the first of three guesses.
    "rk6_val_mask_split_labels_sliced_by_count": ("right", ("labels_not_images", "loss_flat"), ""),
    # catalogued untrained_model, not named; zero_gradients_at_step (three tests): "at 300 of its 300 optimizer steps
    # every gradient was zero: the gradients are cleared between loss.backward() and optimizer.step() (zero_grad()
    # belongs before backward(), or after step())" (the counts true: 20, 15 and 3 batches x 15 epochs; nothing clears
    # them: the clamp passes no gradient).
    "rk6_loss_clamped_no_gradient": (
        "misleading", (),
        "loss.clamp(max=1.0) passes no gradient while the loss is above 1, as it is from the start (about ln 10 = 2.30 "
        "on the digits, ln 4 = 1.39 on the shapes): every step's gradients are zero (300 of 300 on the digits), so the "
        "weights never leave their initialization (0.085 on the digits, 0.203 on the shapes); zero_grad() is in its "
        "place; drop the clamp (clip the gradients, torch.nn.utils.clip_grad_norm_, if spikes are the worry)."),
    # rows_per_image (digits, shapes): "yours has 1478 rows where 739 are asked for ...: 2 rows an image ... The
    # predictions of 2 passes over the images are joined (views of a test-time augmentation concatenated where their
    # logits are to be averaged, ...?): return one row of logits per image" (exact).
    "rk6_tta_views_concatenated_not_averaged": ("right", ("rows_per_image",), ""),
    # torch_error (three tests): "line 83: `loss = nn.functional.cross_entropy(model(X[idx]), y[idx],
    # weight=class_w)` raises the error ... `class_w` is a float64 tensor of shape (10,). `class_w` is set at line 66
    # ... The error: the input is float64 (NumPy's default) where the model's weights are float32: convert it,
    # torch.tensor(X, dtype=torch.float32) or torch.from_numpy(X).float()" (the input, the logits, is float32; the
    # float64 tensor is the weight: a decision, above).
    "rk6_class_weights_float64_tensor": (
        "misleading", (),
        "class_w = torch.tensor(len(y_train) / (n_classes * counts)) keeps NumPy's float64: cross_entropy gets a "
        "float64 weight= beside the model's float32 logits and raises 'expected scalar type Float but found Double' "
        "on the first batch, so nothing is trained and no logits come back; the images are float32 already; build "
        "the weights as float32, torch.tensor(..., dtype=torch.float32)."),
    # no diagnosis: only the comparisons, "expected logits of shape (739, classes), got float32" (and the shapes' and
    # the seeded test's).
    "rk6_snapshot_logits_mean_without_axis": (
        "nothing", (),
        "np.mean(snapshots) with no axis averages every entry of the three snapshots' (739, 10) logits into one "
        "float32 number, so a 0-d value comes back where one row of logits per test image is asked; average over the "
        "snapshots only, np.mean(snapshots, axis=0)."),
    # loss_flat (digits): "the training loss stayed at about 2.30 over 300 steps ..., though the model predicts 34% of
    # the test images right ...: it learned, yet the loss it minimizes barely fell. A term added to the loss ...,
    # targets made nearly uniform (label smoothing), or a loss computed from something other than the model's scores
    # for its batch's labels?"; shapes and seeded: "... A batch's labels not those of its images (...), steps that do
    # not reach ..., or a learning rate too small ...?" (a close call, above).
    "rk6_hand_cross_entropy_column_indexing": ("right", ("loss_flat",), ""),
    # ------------------------------------------------------------------ a7_architectures
    "rk7_gap_backward_as_strided_undivided": ("named", (), ""),
    "rk7_gaussian_nll_two_separate_sums": ("named", (), ""),
    # scaled: "every entry is 2.222 times the expected (one common factor) ..." (20 / 9 for 4 x 5 maps); departure
    # (both tests): "`pooled`, set by line 177: `pooled = x.sum(axis=(2, 3)) / (H + W)` ... is 2.22222 times the right
    # value ...: the mistake is in that line" (1.42857 = 10 / 7 on the one example: true).
    "rk7_gap_forward_divided_by_h_plus_w": ("right", ("departure",), ""),
    # one_slip (five tests): "0 where 1 is meant: the statistic is taken over another axis" (terms.max(axis=0) where
    # axis=1: exact).
    "rk7_mdn_logsumexp_shift_over_batch": ("right", ("one_slip",), ""),
    # departure (six tests): "`grads['b1']`, set by line 184: `grads["b1"] = dh.sum(axis=0)` ...: the mistake is in
    # that line, or in what `grads` holds".
    "rk7_resblock_bwd_b1_from_dh_unmasked": ("right", ("departure",), ""),
    # one_slip (both tests): "the factor `np.ones((N, C, H, W)) *` missing (or it is one in yours)" (the broadcast
    # left out: exact).
    "rk7_gap_backward_not_broadcast": ("right", ("one_slip",), ""),
    # ------------------------------------------------------------------ a8_pipeline
    "rk8_log_uniform_scipy_uniform_rvs": ("named", (), ""),
    "rk8_update_ratio_vdot_without_lr": ("named", (), ""),
    # departure: "line 166: `return min_lr + (base_lr - min_lr) * (step + 1) / warmup_steps` ... what it returns is
    # 0.0216 where 0.02 is right: the mistake is in that line, or in the condition at line 165" (0.002 + 0.098 / 5:
    # true).
    "rk8_warmup_ramps_from_min_lr": ("right", ("departure",), ""),
    # as_if: "yours is what the correct normalize_splits() returns if mode were 'standardize': your code reads mode,
    # yet its values are those ...: look at what mode is combined with where it is used" (the always-true test, as
    # rj4_actstats_sigmoid_or_clause_always_true in JUDGEMENT61).
    "rk8_normalize_mode_or_always_true": ("right", ("as_if",), ""),
    # draws_shape: "your log_uniform() draws (6000 of them in this test) hold only 3 different values, where the
    # correct code's hold 6000: the same draws repeated (a generator made anew from the same seed for each row or
    # call, or one draw copied across an axis?)" (1e-4, 1e-3 and 1e-2: the count true, the mechanisms not there: a
    # decision, above); departure (both tests): "`exponents`, set by line 166 ... (by up to 3) ...: the mistake is in
    # that line" (right).
    "rk8_log_uniform_integer_exponents": (
        "misleading", (),
        "rng.integers(int(np.log10(low)), int(np.log10(high))) draws whole exponents only: every draw is a power of "
        "ten, 1e-4, 1e-3 or 1e-2 for the range 1e-4 .. 1e-1 (never 1e-1 itself, nothing between), where the exponent "
        "must be uniform on the whole interval: draw it with rng.uniform(np.log10(low), np.log10(high), size=n)."),
    # one_slip: "either of two slips (the test cannot tell which) ...: `loss <= best` where `loss < best` is meant (the
    # case of two equal values goes the other way); or a loop that skips its first item" (the first exact).
    "rk8_early_stopping_ties_count_as_improvement": ("right", ("one_slip",), ""),
}
# Counts: named 13, right 29 (named or right 42/48 = 88%; not in the catalogue: right 27/32 = 84%; the 16
# catalogued: 13 named, 2, rk3_naive_conv_same_style_pad_split and rk6_val_mask_split_labels_sliced_by_count, right by
# their diagnoses, and rk6_loss_clamped_no_gradient misleading), misleading 4, vague 0, nothing 1, wrong_name 1,
# check_message 0, not_caught 0. HOLDOUT62_CORRECT: all 7 earn full marks.

HOLDOUT62 = [replace(e, verdict=JUDGEMENT62[e.id][0], expected=frozenset(JUDGEMENT62[e.id][1]),
                     ideal=JUDGEMENT62[e.id][2]) if e.id in JUDGEMENT62 else e for e in HOLDOUT62]


# Repeats: after the bench, an independent helper that saw neither the feedback nor the verdicts compared each entry
# with the 3,391 earlier ones (corpus.py and holdout.py-holdout61.py) and found these repeat an earlier entry's cause
# on the same function (a catalogued one: written the same way). 11 of the 48 mistakes (3 of them catalogued) and 4
# of the 7 right variants repeat an earlier entry.
# Fresh mistakes (the 37 that repeat no earlier entry): named or right 32/37 = 86%.
# (id -> the earlier entry it repeats)
REPEATED62: dict[str, str] = {
    "rk2_adadelta_delta_accumulated_unsquared": "j2_adadelta_acc_delta_unsquared",
    "rk2_cosine_min_lr_added_to_full_cosine": "q2_cosine_amplitude_base_lr",
    "rk3_param_count_loop_over_groups_full_inputs": "qs3_param_count_groups_each_see_all_inputs",
    "rk4_he_std_glorot_sum_with_fan_in_twice": "qd4_he_relu_halving_on_fan_in",
    "rk7_gap_backward_as_strided_undivided": "rf7_gap_backward_zero_stride_view",
    "rk7_gap_backward_not_broadcast": "b7_gap_bwd_not_expanded",
    "rk7_resblock_bwd_b1_from_dh_unmasked": "t7_resbwd_b1_before_relu_mask",
    "rk8_log_uniform_integer_exponents": "d8_log_uniform_integer_exponents",
    "rk8_normalize_mode_or_always_true": "qx8_normalize_mode_or_string_always_true",
    "rk8_warmup_ramps_from_min_lr": "p8_warmup_ramps_from_min_lr",
    "rk8_early_stopping_ties_count_as_improvement": "a8_early_le",
    "rkk_correct_tanh_one_minus_two_over": "rgk_correct_tanh_from_logistic_overflow_ignored",
    "rkk_correct_max_pool_sliding_window": "sok_a3_maxpool_sliding_windows",
    "rkk_correct_he_std_as_xavier_fan_in_gain_sqrt2": "p4_correct_he_std_as_scaled_xavier",
    "rkk_correct_cam_batched_matmul": "qdk_correct_cam_batched_matmul",
}
